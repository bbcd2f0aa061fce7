"""The verification tools' own virtual environments, made by ``codemod verify install``.

checkov pins old releases of packages that test and application tools need newer
(``packaging<24``), so it is not installed next to the tool: it gets a virtual environment of its
own. The Python checker (basedpyright) and the pinned CDKTF Python packages it checks against
(``cdktf``, ``constructs``, ``cdktf-cdktf-provider-aws`` at the catalog's release; the same
environment runs a Python app to synthesize it) get a second one. Both live in the cache folder,
``$CODEMOD_VERIFY_DIR`` when set, else ``$XDG_CACHE_HOME/cdktf-codemods`` (``~/.cache`` by
default), named after a hash of their pins. Each is marked ready only when pip has finished: an
environment without the mark (a killed install) is never used, and the next install starts it
again. Two installs of the same environment at once are not supported.
"""
from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from codemods.catalog import load_catalog

ENV_DIR = "CODEMOD_VERIFY_DIR"
CHECKOV, PYTHON = "checkov", "python"
READY_MARK = ".cdktf-codemods-ready"


class ToolError(Exception):
    """A verification environment cannot be made or is not there."""


@dataclass(frozen=True)
class Environment:
    name: str  # CHECKOV or PYTHON
    packages: tuple[str, ...]  # pip requirement specifiers
    executable: str  # the program in bin/ that shows it works

    @property
    def folder(self) -> Path:
        spec = json.dumps([self.name, self.packages, sys.version_info[:2]]).encode()
        return _cache() / f"verify-{self.name}-{hashlib.sha256(spec).hexdigest()[:12]}"

    def bin(self, program: str) -> Path:
        return self.folder / "bin" / program

    @property
    def ready(self) -> bool:
        return (self.folder / READY_MARK).is_file() and self.bin(self.executable).is_file()


def environments() -> dict[str, Environment]:
    """The two environments and what goes into each, pinned."""
    return {
        CHECKOV: Environment(CHECKOV, ("checkov==3.3.30",), "checkov"),
        PYTHON: Environment(PYTHON, ("basedpyright==1.40.2", "cdktf==0.21.0", "constructs==10.4.2",
                                     f"cdktf-cdktf-provider-aws=={load_catalog().version}"), "basedpyright"),
    }


def _cache() -> Path:
    if os.environ.get(ENV_DIR):
        return Path(os.environ[ENV_DIR]).expanduser()
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "cdktf-codemods"


def find(name: str) -> Environment | None:
    """The environment ``name`` when it is installed and complete, else None."""
    environment = environments()[name]
    return environment if environment.ready else None


def install(name: str, log: Callable[[str], None] = lambda _: None) -> Environment:
    """Create the environment ``name`` unless it is there; :class:`ToolError` when pip fails."""
    environment = environments()[name]
    if environment.ready:
        return environment
    folder = environment.folder
    shutil.rmtree(folder, ignore_errors=True)  # an install that was cut short: never marked ready
    folder.parent.mkdir(parents=True, exist_ok=True)
    try:
        log(f"python -m venv {folder}")
        _run([sys.executable, "-m", "venv", str(folder)], "cannot create the virtual environment")
        log(f"pip install {' '.join(environment.packages)}")
        _run([str(folder / "bin" / "python"), "-m", "pip", "install", "-q", "--disable-pip-version-check",
              *environment.packages], "pip install failed")
        if not environment.bin(environment.executable).is_file():
            raise ToolError(f"pip installed no {environment.executable} into {folder}")
        (folder / READY_MARK).write_text(json.dumps(list(environment.packages)) + "\n")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    return environment


def _run(command: list[str], what: str) -> None:
    done = subprocess.run(command, capture_output=True, text=True)
    if done.returncode != 0:
        raise ToolError(f"{what}:\n{(done.stderr or done.stdout).strip()[-2000:]}")
