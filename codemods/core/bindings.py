"""Local names for imported names, chosen once per file for every language's import rewrite."""
from __future__ import annotations


class LocalNames:
    """The local names planned for imported ``(module, name)`` pairs.

    A name is imported under itself unless the file already uses it for something else; then it
    gets ``Aws<Name>``, ``Aws<Name>2``, ... A pair may have several locals when the file imported it
    under several aliases; a use that names none takes the first.
    """

    def __init__(self, taken: set[str]) -> None:
        self.taken = set(taken)
        self.planned: dict[tuple[str, str], list[str]] = {}

    def bind(self, module: str, name: str, local: str | None = None) -> str:
        planned = self.planned.setdefault((module, name), [])
        if local is None:
            if planned:
                return planned[0]
            local = name if name not in self.taken else self.fresh("Aws" + name)
        if local not in planned:
            planned.append(local)
        self.taken.add(local)
        return local

    def fresh(self, base: str) -> str:
        name, n = base, 2
        while name in self.taken:
            name, n = f"{base}{n}", n + 1
        return name
