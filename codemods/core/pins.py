"""The provider versions a project pins: package.json and its lockfile, or the Python requirements.

A transform whose fixes write names, module paths or shapes of the shipped catalog declares the
provider majors they exist in (``Transform.provider_majors``); on a project that pins another major,
or that uses locally generated bindings (``.gen``) instead of the prebuilt package, the engine
leaves that transform's code alone and says why. A file with no project around it (a model
response) is taken to target the catalog's version.
"""
from __future__ import annotations

import contextlib
import json
import os
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

NPM_PACKAGE = "@cdktf/provider-aws"
PYTHON_PACKAGE = "cdktf-cdktf-provider-aws"
_PYTHON_FILES = ("requirements.txt", "requirements-dev.txt", "pyproject.toml", "Pipfile", "Pipfile.lock", "poetry.lock",
                 "setup.py", "setup.cfg")


@dataclass(frozen=True)
class Pins:
    """What a project says about its AWS provider bindings."""

    source: str | None = None  # the file the version was read from
    version: str | None = None  # as written or resolved ("^19.3.0", "19.65.1")
    generated: bool = False  # bindings generated into .gen rather than the prebuilt package
    package: str = NPM_PACKAGE  # the package the version is of (the npm or the PyPI name)

    @property
    def major(self) -> int | None:
        match = re.search(r"(\d+)", self.version or "")
        return int(match.group(1)) if match else None

    def describe(self) -> str:
        if self.generated:
            return f"locally generated provider bindings (.gen, {self.source})"
        if self.version is None:
            return "no pinned provider (the catalog's version assumed)"
        return f"{self.package} {self.version} ({self.source})"


def pins_for(path: str | Path) -> Pins:
    """The pins of the nearest project folder above ``path`` that says anything about them."""
    return pins_of_folder(Path(path).resolve().parent)


def pins_of_folder(folder: Path) -> Pins:
    """:func:`pins_for` a file in ``folder``, a resolved (absolute, real) path."""
    for candidate in (folder, *folder.parents):
        found = _remembered("pins", candidate, lambda c=candidate: _read_node(c) or _read_python(c))
        if found is not None:
            return found
        if _is_repository_root(candidate):
            break
    return Pins()


def _is_repository_root(folder: Path) -> bool:
    return _remembered("git", folder, lambda: _exists(folder, ".git"))


# Within :func:`remembering`, what each folder says (its pins, its version files, whether it is a
# repository's root) is read once: the files of a run share their parent folders, and a warm run
# over thousands of files otherwise spends most of its time asking the same folders again.
_memo: dict | None = None


@contextlib.contextmanager
def remembering() -> Iterator[None]:
    """Read each folder's files once inside the block (files do not change during one run)."""
    global _memo
    outer = _memo
    if outer is None:
        _memo = {}
    try:
        yield
    finally:
        if outer is None:
            _memo = None


def _remembered(kind: str, folder: Path, read):
    if _memo is None:
        return read()
    key = (kind, folder)
    if key not in _memo:
        _memo[key] = read()
    return _memo[key]


def _is_file(folder: Path, name: str) -> bool:
    """Whether ``folder / name`` is a file. Inside :func:`remembering` a folder is listed once and a
    name it does not hold costs no system call (a folder is asked for about fifteen names)."""
    return _listed(folder, name) and (folder / name).is_file()


def _exists(folder: Path, name: str) -> bool:
    return _listed(folder, name) and (folder / name).exists()


def _listed(folder: Path, name: str) -> bool:
    """False when the folder's listing (read once per run) lacks ``name``; True when it has it or
    cannot be listed (the caller then asks the file system)."""
    if _memo is None:
        return True
    names = _remembered("listing", folder, lambda: _listing(folder))
    return names is None or name in names


def _listing(folder: Path) -> frozenset[str] | None:
    try:
        return frozenset(os.listdir(folder))
    except OSError:
        return None


def _read_node(folder: Path) -> Pins | None:
    if not _is_file(folder, "package.json"):
        return None
    package = folder / "package.json"
    try:
        manifest = json.loads(package.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    declared = {**manifest.get("devDependencies", {}), **manifest.get("dependencies", {})}
    if NPM_PACKAGE not in declared:
        cdktf_json = folder / "cdktf.json" if _is_file(folder, "cdktf.json") else None
        if _exists(folder, ".gen") or (cdktf_json and "aws" in cdktf_json.read_text(errors="replace")):
            return Pins(str(cdktf_json or folder / ".gen"), None, generated=True)
        return None
    return Pins(*_resolved(folder, declared[NPM_PACKAGE], str(package)))


def _resolved(folder: Path, declared: str, source: str) -> tuple[str, str]:
    """The version a lockfile resolved (npm, yarn, pnpm), else the range package.json declares."""
    lock = folder / "package-lock.json"
    if _is_file(folder, "package-lock.json"):
        try:
            data = json.loads(lock.read_text(encoding="utf-8"))
            entry = data.get("packages", {}).get(f"node_modules/{NPM_PACKAGE}") or data.get("dependencies", {}).get(NPM_PACKAGE)
            if entry and entry.get("version"):
                return str(lock), entry["version"]
        except (OSError, ValueError):
            pass
    for name, pattern in (("yarn.lock", r'"?@cdktf/provider-aws@[^\n]*:\n\s+version:? "?([\d.]+)'),
                          ("pnpm-lock.yaml", r"/?@cdktf/provider-aws[@/]([\d.]+)")):
        lockfile = folder / name
        if _is_file(folder, name):
            match = re.search(pattern, lockfile.read_text(encoding="utf-8", errors="replace"))
            if match:
                return str(lockfile), match.group(1)
    return source, declared


def _read_python(folder: Path) -> Pins | None:
    for name in _PYTHON_FILES:
        if not _is_file(folder, name):
            continue
        file = folder / name
        text = file.read_text(encoding="utf-8", errors="replace")
        if name == "poetry.lock":
            match = re.search(r'name = "cdktf-cdktf-provider-aws"\nversion = "([^"]+)"', text)
        elif name == "Pipfile.lock":
            match = re.search(r'"cdktf-cdktf-provider-aws":\s*\{[^}]*"version":\s*"==([^"]+)"', text)
        else:
            match = re.search(r"cdktf[-_]cdktf[-_]provider[-_]aws\s*[\"']?\s*(?:[:=](?!=)\s*)?[\"']?\s*((?:[~^<>!=]=?|===)?\s*[\d.*]+)",
                              text, re.IGNORECASE)
        if match:
            return Pins(str(file), match.group(1).strip(), package=PYTHON_PACKAGE)
    return None


_TOOL_VERSION_FILES = (
    (".terraform-version", re.compile(r"^\s*v?(\d+\.\d+(?:\.\d+)?)\s*$", re.MULTILINE)),  # tfenv
    (".tool-versions", re.compile(r"^\s*terraform\s+v?(\d+\.\d+(?:\.\d+)?)\b", re.MULTILINE)),  # asdf, mise
)


def terraform_version_for(path: str | Path) -> tuple[str, str] | None:
    """The Terraform version the project deploys with, and the file that says so: a
    ``.terraform-version`` (tfenv) or ``.tool-versions`` (asdf) in the file's folder or one above it,
    up to the repository root. Only a plain version counts (``1.5.7``, ``1.9``); ``latest`` or a
    constraint says nothing. None when nothing is known (a model response, text given in memory)."""
    start = Path(path)
    if not start.is_file():
        return None
    return terraform_version_of_folder(start.resolve().parent)


def terraform_version_of_folder(folder: Path) -> tuple[str, str] | None:
    """:func:`terraform_version_for` a file in ``folder``, a resolved (absolute, real) path."""
    for candidate in (folder, *folder.parents):
        found = _remembered("terraform", candidate, lambda c=candidate: _terraform_version_in(c))
        if found is not None:
            return found
        if _is_repository_root(candidate):
            break
    return None


def _terraform_version_in(folder: Path) -> tuple[str, str] | None:
    for name, pattern in _TOOL_VERSION_FILES:
        if _is_file(folder, name):
            file = folder / name
            match = pattern.search(file.read_text(encoding="utf-8", errors="replace"))
            if match:
                return match.group(1), str(file)
    return None
