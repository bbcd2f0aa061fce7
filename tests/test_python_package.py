"""The Python golden outputs against the real ``cdktf-cdktf-provider-aws`` package.

The package is installed once, at the catalog's release, into a virtual environment kept in the
cache (``$XDG_CACHE_HOME/cdktf-codemods/python-provider-aws-<version>``, or the folder named by
``CDKTF_CODEMODS_PYTHON_PROVIDER``) and reused by later runs; loading it needs node, as every jsii
package does. Every name a golden output imports from ``cdktf`` or ``cdktf_cdktf_provider_aws``
must import, and every keyword its provider calls pass must be a parameter of the class that no
positional argument fills already (a construct's ``scope_`` and ``id_``).
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import libcst as cst
import pytest
from golden_cases import all_cases

from codemods.catalog import load_catalog
from codemods.python.imports import Imports
from codemods.python.provider import PACKAGE, provider_calls

DISTRIBUTION = "cdktf-cdktf-provider-aws"
CHECKED_PACKAGES = (PACKAGE, "cdktf")
ROOT = Path(__file__).parent.parent

PROBE = r"""
import importlib, inspect, json, sys

imports, calls = json.load(sys.stdin)
failures = []
for module, name in imports:
    try:
        getattr(importlib.import_module(module), name)
    except Exception as exc:
        failures.append(f"from {module} import {name}: {type(exc).__name__}: {exc}")
for where, module, name, positional, keywords in calls:
    try:
        parameters = inspect.signature(getattr(importlib.import_module(module), name).__init__).parameters
    except Exception as exc:
        failures.append(f"{where}: {module}.{name}: {type(exc).__name__}: {exc}")
        continue
    filled = [p for p in list(parameters)[1:] if parameters[p].kind is parameters[p].POSITIONAL_OR_KEYWORD][:positional]
    failures += [f"{where}: {name} takes no keyword {k}" for k in keywords if k not in parameters]
    failures += [f"{where}: {name} gets {k} both by position and by keyword" for k in keywords if k in filled]
json.dump(failures, sys.stdout)
"""


def environment_folder(version: str) -> Path:
    if os.environ.get("CDKTF_CODEMODS_PYTHON_PROVIDER"):
        return Path(os.environ["CDKTF_CODEMODS_PYTHON_PROVIDER"]).expanduser()
    cache = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return cache / "cdktf-codemods" / f"python-provider-aws-{version}"


def installed_version(python: Path) -> str | None:
    if not python.exists():
        return None
    probe = subprocess.run([str(python), "-c", f"import importlib.metadata as m; print(m.version('{DISTRIBUTION}'))"],
                           capture_output=True, text=True)
    return probe.stdout.strip() if probe.returncode == 0 else None


@pytest.fixture(scope="module")
def provider_python() -> Path:
    """A Python with the pinned provider package (installed on first use, then reused)."""
    version = load_catalog().version
    folder = environment_folder(version)
    python = folder / "bin" / "python"
    if installed_version(python) != version:
        subprocess.run([sys.executable, "-m", "venv", "--clear", str(folder)], check=True)
        subprocess.run([str(python), "-m", "pip", "install", "-q", f"{DISTRIBUTION}=={version}"], check=True)
    assert installed_version(python) == version
    return python


def golden_outputs() -> list[Path]:
    return sorted(c.output for c in all_cases() if c.ext == ".py" and c.output.exists())


def used_names(paths: list[Path]) -> tuple[list[tuple[str, str]], list[tuple[str, str, str, list[str]]]]:
    """(module, name) of every import from the checked packages, and (where, module, class,
    number of positional arguments, keywords) of every provider call, over the given files."""
    imports: set[tuple[str, str]] = set()
    calls = []
    for path in paths:
        source = path.read_bytes()
        found = Imports(source, cst.parse_module(source))
        for statement in found.from_imports:
            if statement.module.split(".")[0] in CHECKED_PACKAGES and not statement.star:
                imports |= {(statement.module, b.name) for b in statement.bindings}
        for target in provider_calls(found):
            module = f"{PACKAGE}.{target.module}" if target.module else PACKAGE
            keywords = [k for k in target.call.keywords]
            line = source.count(b"\n", 0, found.idx.start(target.call.node)) + 1
            calls.append((f"{path.relative_to(ROOT)}:{line}", module, target.name, len(target.call.positional),
                          keywords))
    return sorted(imports), calls


@pytest.mark.slow
def test_golden_outputs_import_and_call_the_real_package(provider_python):
    outputs = golden_outputs()
    assert outputs, "no Python golden outputs found"
    imports, calls = used_names(outputs)
    probe = subprocess.run([str(provider_python), "-c", PROBE], input=json.dumps([imports, calls]),
                           capture_output=True, text=True, timeout=900)
    assert probe.returncode == 0, probe.stderr[-2000:]
    failures = json.loads(probe.stdout)
    assert not failures, "\n".join(failures)
