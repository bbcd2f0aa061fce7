"""Import management for Python: the one place that edits Python import statements.

Transforms ask it for a name (``add``): an existing binding is reused, a new name is merged into
an existing ``from module import ...`` of the same module (in its layout, parenthesized or not),
or a new ``from module import Name`` line goes after the last import of the same package (else
after the last import); a name already used in the file gets an alias. It also removes and
renames bindings with their references, rewrites whole statements, and tells what a dotted name
in the code refers to (``s3_bucket.S3Bucket`` -> ``cdktf_cdktf_provider_aws.s3_bucket.S3Bucket``).
"""
from __future__ import annotations

import functools
from dataclasses import dataclass

import libcst as cst

from codemods.core.edits import Edit
from codemods.core.text import indentation_at, line_end
from codemods.python import syntax as py

MAX_LINE = 99


@dataclass(frozen=True)
class Binding:
    """One name a ``from`` import brings in: ``name`` as exported, ``local`` as used here."""

    name: str
    local: str
    node: cst.ImportAlias


@dataclass(frozen=True, eq=False)
class FromImport:
    """``from module import a, b as c`` (``star`` for ``import *``), at any depth of the file."""

    line: cst.SimpleStatementLine
    node: cst.ImportFrom
    module: str  # dotted, with its leading dots when relative
    bindings: tuple[Binding, ...]
    star: bool
    top_level: bool


@dataclass(frozen=True, eq=False)
class ModuleImport:
    """``import a.b`` (binds ``a``) or ``import a.b as c`` (binds ``c`` to ``a.b``)."""

    line: cst.SimpleStatementLine
    node: cst.Import
    module: str
    local: str
    alias: cst.ImportAlias
    top_level: bool

    @property
    def bound_module(self) -> str:
        """The module the local name stands for: ``a`` for ``import a.b``, ``a.b`` with ``as``."""
        return self.module if self.alias.asname is not None else self.module.split(".")[0]


class Imports:
    """The imports of one parsed Python module, and edits on them."""

    def __init__(self, source: bytes, module: cst.Module) -> None:
        self.source = source
        self.module = module
        self.idx = py.index(module)
        self.from_imports: list[FromImport] = []
        self.module_imports: list[ModuleImport] = []
        self._read()

    def _read(self) -> None:
        top = {id(s) for s in self.module.body}
        for line in self.idx.import_lines:
            for small in line.body:
                if isinstance(small, cst.ImportFrom):
                    self.from_imports.append(_from_import(line, small, id(line) in top))
                elif isinstance(small, cst.Import):
                    for alias in small.names:
                        name = _dotted_text(alias.name)
                        local = alias.asname.name.value if alias.asname else name.split(".")[0]
                        self.module_imports.append(ModuleImport(line, small, name, local, alias, id(line) in top))

    # -- reading -------------------------------------------------------------------------------
    @functools.cached_property
    def used_names(self) -> set[str]:
        """Every name the file binds or reads (not attribute or keyword names): a new binding
        must avoid all of them."""
        return {n.value for n in self.idx.names if not self._is_member_name(n)}

    def local_name(self, module: str, name: str) -> str | None:
        """The local name under which ``name`` from ``module`` is imported at the top, if it is."""
        for statement in self.from_imports:
            if statement.module == module and statement.top_level:
                for binding in statement.bindings:
                    if binding.name == name:
                        return binding.local
        return None

    def qualified(self, path: tuple[str, ...]) -> tuple[str, ...] | None:
        """The full dotted name a name or dotted name of the code stands for, through the imports.

        ``("S3Bucket",)`` -> ``("cdktf_cdktf_provider_aws", "s3_bucket", "S3Bucket")`` after
        ``from cdktf_cdktf_provider_aws.s3_bucket import S3Bucket``; ``("aws", "vpc", "Vpc")``
        after ``import cdktf_cdktf_provider_aws as aws``. None for names no import binds.
        """
        head, rest = path[0], path[1:]
        for statement in self.from_imports:
            for binding in statement.bindings:
                if binding.local == head:
                    return tuple(statement.module.split(".")) + (binding.name,) + rest
        for statement in self.module_imports:
            if statement.local == head:
                return tuple(statement.bound_module.split(".")) + rest
        return None

    def references(self, local: str) -> list[cst.Name]:
        """The names spelling ``local`` as a value: not in imports, attributes, keywords or definitions."""
        return [n for n in self.idx.names if n.value == local and self._is_reference(n)]

    def _is_reference(self, name: cst.Name) -> bool:
        if self._is_member_name(name):
            return False
        if isinstance(self.idx.parent(name), (cst.FunctionDef, cst.ClassDef, cst.Param, cst.ImportAlias, cst.AsName)):
            return False
        return self.idx.enclosing(name, cst.ImportFrom, cst.Import) is None

    def _is_member_name(self, name: cst.Name) -> bool:
        """``b`` in ``a.b`` and ``k`` in ``f(k=v)``: names that bind nothing in the file."""
        parent = self.idx.parent(name)
        return (isinstance(parent, cst.Attribute) and parent.attr is name) or (
            isinstance(parent, cst.Arg) and parent.keyword is name)

    def fresh_name(self, base: str, reserved: set[str] = frozenset()) -> str:
        """``base`` if nobody uses it, else ``base2``, ``base3``, ..."""
        taken = self.used_names | set(reserved)
        if base not in taken:
            return base
        n = 2
        while f"{base}{n}" in taken:
            n += 1
        return f"{base}{n}"

    # -- rendering -----------------------------------------------------------------------------
    @staticmethod
    def render(module: str, bindings: list[tuple[str, str]], indent: str = "", one_line: bool | None = None) -> str:
        """``from module import A, B as C`` (no newline); parenthesized one a line when ``one_line``
        is False, or when it is None and the line would be too long."""
        specs = [name if name == local else f"{name} as {local}" for name, local in bindings]
        line = f"from {module} import {', '.join(specs)}"
        if one_line is None:
            one_line = len(indent) + len(line) <= MAX_LINE
        if one_line or len(specs) == 1:
            return line
        body = "".join(f"\n{indent}    {spec}," for spec in specs)
        return f"from {module} import ({body}\n{indent})"

    # -- editing -------------------------------------------------------------------------------
    def add(self, module: str, name: str, alias: str | None = None) -> tuple[str, list[Edit]]:
        """Make ``name`` from ``module`` available; returns the local name and the edits needed."""
        existing = self.local_name(module, name)
        if existing is not None:
            return existing, []
        local = name if name not in self.used_names else self.fresh_name(alias or name)
        spec = name if local == name else f"{name} as {local}"
        target = next((s for s in self.from_imports if s.module == module and s.top_level and not s.star), None)
        if target is not None:
            return local, py.insert_element(self.source, self.idx, target.node, spec)
        return local, [self._new_line(module, self.render(module, [(name, local)]))]

    def _new_line(self, module: str, line: str) -> Edit:
        """An edit adding an import line after the last top-level import of the same package."""
        package = module.split(".")[0]
        top = [s for s in self.from_imports + self.module_imports if s.top_level]
        same = [s for s in top if s.module.split(".")[0] == package]
        anchor = max(same or top, key=lambda s: self.idx.start(s.line), default=None)
        if anchor is None:
            at = self._after_preamble()
            return Edit(at, at, line + "\n")
        at = line_end(self.source, self.idx.end(anchor.line))
        if at == len(self.source) and not self.source.endswith(b"\n"):
            return Edit(at, at, "\n" + line)
        return Edit(at, at, line + "\n")

    def _after_preamble(self) -> int:
        """Where a first import goes: after the module docstring and ``__future__`` imports."""
        offset = 0
        for statement in self.module.body:
            if not isinstance(statement, cst.SimpleStatementLine):
                break
            small = statement.body[0]
            docstring = isinstance(small, cst.Expr) and isinstance(small.value, (cst.SimpleString, cst.ConcatenatedString))
            future = isinstance(small, cst.ImportFrom) and _dotted_text(small.module) == "__future__"
            if not (docstring and offset == 0) and not future:
                break
            offset = line_end(self.source, self.idx.end(statement))
        return offset

    def rewrite(self, bindings: list[tuple[str, str, str]], replace: dict) -> list[Edit]:
        """Edits that replace ``replace``'s statements by imports of ``bindings`` (module, name, local).

        ``replace`` maps each rewritten statement (a ``from`` import or a module import) to the
        (name, local) pairs it keeps, renamed ones included (none: it goes). A binding joins a kept part of a rewritten statement
        of its module, else an import of its module that stays, else a new import line; new lines
        (one per module, sorted) go where the first rewritten statement stood. Comments inside
        rewritten statements are kept on lines of their own.
        """
        staying = [s for s in self.from_imports if s not in replace and s.top_level and not s.star]
        partial = {s.module: s for s in replace if isinstance(s, FromImport) and replace[s]}
        kept = {s: list(replace[s]) for s in replace}
        merges: dict[FromImport, list[str]] = {}
        fresh: dict[str, list[tuple[str, str]]] = {}
        for module, name, local in bindings:
            if self._has_binding(module, name, local, replace):
                continue
            target = next((s for s in staying if s.module == module), None)
            if module in partial:
                kept[partial[module]].append((name, local))
            elif target is not None:
                merges.setdefault(target, []).append(name if name == local else f"{name} as {local}")
            elif (name, local) not in fresh.setdefault(module, []):
                fresh[module].append((name, local))
        edits: list[Edit] = []
        for statement, specs in merges.items():
            edits += py.insert_element(self.source, self.idx, statement.node, ", ".join(specs))
        ordered = sorted(replace, key=lambda s: self.idx.start(s.node))
        for position, statement in enumerate(ordered):
            indent = indentation_at(self.source, self.idx.start(statement.line))
            one_line = b"\n" not in self.source[slice(*self.idx.span(statement.node))]
            lines = [self.render(statement.module, kept[statement], indent, one_line)] if kept[statement] else []
            if position == 0:
                lines += [c.value for s in ordered for c in _comments(s.node)]
                lines += [self.render(m, sorted(fresh[m]), indent) for m in sorted(fresh)]
            if lines:
                edits.append(py.replace(self.idx, statement.node, f"\n{indent}".join(lines)))
            else:
                edits.append(self.remove_statement(statement))
        return edits

    def _has_binding(self, module: str, name: str, local: str, replace: dict) -> bool:
        """Whether ``local`` is already bound to ``name`` of ``module`` by an import that stays."""
        for statement in self.from_imports:
            if statement.module != module:
                continue
            staying = replace[statement] if statement in replace else [(b.name, b.local) for b in statement.bindings]
            if (name, local) in staying:
                return True
        return False

    def remove(self, local: str) -> list[Edit]:
        """Remove the binding ``local``; the whole statement goes when it was its only binding."""
        for statement in self.from_imports:
            for binding in statement.bindings:
                if binding.local != local:
                    continue
                if len(statement.bindings) == 1:
                    return [self.remove_statement(statement)]
                return py.remove_element(self.source, self.idx, statement.node, binding.node)
        return []

    def remove_statement(self, statement: FromImport | ModuleImport) -> Edit:
        """Remove an import statement; its line goes with it when it is the only statement there."""
        if len(statement.line.body) == 1:
            return py.remove_statement(self.source, self.idx, statement.line)
        start, end = self.idx.span(statement.node)
        following = self.source.find(b";", end)
        return Edit(start, following + 1 if following >= 0 else end, "")

    def rename(self, old: str, new: str) -> list[Edit]:
        """Rename the binding ``old`` to ``new``, with every reference to it."""
        edits = []
        for statement in self.from_imports:
            for binding in statement.bindings:
                if binding.local == old:
                    spec = new if binding.name == new else f"{binding.name} as {new}"
                    edits.append(py.replace(self.idx, binding.node, spec))
        edits += [py.replace(self.idx, node, new) for node in self.references(old)]
        return edits


def _from_import(line: cst.SimpleStatementLine, node: cst.ImportFrom, top_level: bool) -> FromImport:
    module = "." * len(node.relative) + (_dotted_text(node.module) if node.module is not None else "")
    if isinstance(node.names, cst.ImportStar):
        return FromImport(line, node, module, (), True, top_level)
    bindings = tuple(
        Binding(_dotted_text(a.name), a.asname.name.value if a.asname else _dotted_text(a.name), a)
        for a in node.names
    )
    return FromImport(line, node, module, bindings, False, top_level)


def _dotted_text(node: cst.BaseExpression) -> str:
    path = py.dotted(node)
    return ".".join(path) if path else ""


def _comments(node: cst.CSTNode) -> list[cst.Comment]:
    found: list[cst.Comment] = []

    class _Comments(cst.CSTVisitor):
        def visit_Comment(self, comment: cst.Comment) -> None:
            found.append(comment)

    node.visit(_Comments())
    return found
