"""Finding golden cases: tests/golden/<transform-id>/<case>.input.<ext> (+ .output.<ext>).

A case without an output file asserts that the transform changes nothing. ``<case>.findings``
holds what the transform reports on the input in one check pass, a line per finding
(``line:col id [safety] message``, safety ``report`` for a finding without a fix). Optional companions:
``<case>.options.json`` (the transform's options), ``<case>.context/`` (other files of the same
project, for transforms that look across files), ``<case>.profiles`` (the fix profiles the case runs
with, as ``--profile`` spells them; all profiles when absent) and ``<case>.project/`` (the files
around the project on disk: ``package.json``, a lockfile, ``.gen/``, requirements. A case with one
runs on disk, its input at ``lib/<case>.<ext>`` of that project, so the pins it reads are real;
transforms the engine leaves out for those pins appear in ``.findings`` as ``left out: ...``).
"""
from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

GOLDEN = Path(__file__).parent / "golden"
EXTENSIONS = (".ts", ".tsx", ".py")


@dataclass(frozen=True)
class Case:
    transform: str
    name: str
    input: Path

    @property
    def ext(self) -> str:
        return self.input.suffix

    @property
    def output(self) -> Path:
        return self.input.with_name(f"{self.name}.output{self.ext}")

    @property
    def findings(self) -> Path:
        return self.input.with_name(f"{self.name}.findings")

    @property
    def options(self) -> dict:
        path = self.input.with_name(f"{self.name}.options.json")
        return json.loads(path.read_text()) if path.exists() else {}

    @property
    def context(self) -> dict[str, bytes]:
        folder = self.input.with_name(f"{self.name}.context")
        if not folder.is_dir():
            return {}
        return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}

    @property
    def profiles(self) -> str | None:
        path = self.input.with_name(f"{self.name}.profiles")
        return path.read_text(encoding="utf-8").strip() if path.exists() else None

    @property
    def project(self) -> Path | None:
        folder = self.input.with_name(f"{self.name}.project")
        return folder if folder.is_dir() else None

    @property
    def id(self) -> str:
        return f"{self.transform}/{self.name}"


def all_cases() -> list[Case]:
    cases = []
    for folder in sorted(p for p in GOLDEN.iterdir() if p.is_dir()):
        for path in sorted(folder.iterdir()):
            stem, dot, ext = path.name.rpartition(".")
            if stem.endswith(".input") and f".{ext}" in EXTENSIONS:
                cases.append(Case(folder.name, stem[: -len(".input")], path))
    return cases
