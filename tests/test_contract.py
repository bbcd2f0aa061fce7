"""What every transform promises, checked over all of them (see CONTRIBUTING.md).

Documentation with the shared headings, twins (``ts.py`` and ``py.py`` of one folder) that share
their options, ids that follow the folder, enough golden cases, and twins that share code through
their folder's ``__init__.py`` only.
"""
from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from golden_cases import all_cases

from codemods.registry import all_transforms

TRANSFORMS_DIR = Path(__file__).resolve().parent.parent / "transforms"

#: The headings of every transform's documentation (``codemod explain``), in this order, each on a
#: line of its own.
HEADINGS = ("What it fixes", "Why", "Example", "What it leaves alone", "Fix safety")
#: Golden cases per transform: this many that change the input, this many that must not.
MIN_CHANGING, MIN_UNCHANGED = 4, 2
#: Folders whose twins still import from each other, with the reason. Keep this empty.
SIBLING_IMPORTS_PENDING: dict[str, str] = {}

TRANSFORMS = all_transforms()


def _folder(transform) -> str:
    """The transforms/ folder of a transform (``transforms.kms_key_arn.py`` -> ``kms_key_arn``)."""
    parts = transform.module_name.split(".")
    assert parts[0] == "transforms" and len(parts) == 3 and parts[2] in ("ts", "py"), (
        f"{transform.id}: defined in {transform.module_name}, not in transforms/<folder>/ts.py or py.py")
    return parts[1]


def _twins() -> dict[str, dict[str, object]]:
    """folder -> {"ts": transform, "py": transform} (either may be missing)."""
    folders: dict[str, dict[str, object]] = {}
    for transform in TRANSFORMS:
        kind = transform.module_name.rsplit(".", 1)[1]
        folders.setdefault(_folder(transform), {})[kind] = transform
    return folders


TWINS = _twins()


@pytest.mark.parametrize("transform", TRANSFORMS, ids=[t.id for t in TRANSFORMS])
def test_documentation_has_the_headings(transform):
    lines = [line.rstrip() for line in transform.documentation().splitlines()]
    missing = [h for h in HEADINGS if h not in lines]
    assert not missing, f"{transform.id}: documentation lacks the headings {missing}"
    order = [lines.index(h) for h in HEADINGS]
    assert order == sorted(order), f"{transform.id}: headings out of order, expected {HEADINGS}"
    first = lines[0]
    assert re.match(rf"{re.escape(transform.id)}( \(failure \d+\))?: ", first), (
        f"{transform.id}: the first line should be '<id> (failure N): ...' or '<id>: ...', not {first!r}")
    if transform.failure is not None:
        assert first.startswith(f"{transform.id} (failure {transform.failure}): "), (
            f"{transform.id}: the first line should name failure {transform.failure}")


@pytest.mark.parametrize("transform", TRANSFORMS, ids=[t.id for t in TRANSFORMS])
def test_class_attributes(transform):
    for attribute in ("id", "name", "summary"):
        assert isinstance(getattr(transform, attribute, None), str) and getattr(transform, attribute), (
            f"{transform.id}: {attribute} must be a non-empty string")
    assert transform.languages, f"{transform.id}: no languages"
    assert all(isinstance(needle, bytes) for needle in transform.requires), f"{transform.id}: requires holds bytes"


@pytest.mark.parametrize("folder", sorted(TWINS))
def test_ids_follow_the_folder(folder):
    twins = TWINS[folder]
    dashed = folder.replace("_", "-")
    if "ts" in twins:
        assert twins["ts"].id == dashed, f"transforms/{folder}/ts.py: id {twins['ts'].id!r}, expected {dashed!r}"
        assert "python" not in twins["ts"].languages
    if "py" in twins:
        py = twins["py"]
        expected = f"{twins['ts'].id}-py" if "ts" in twins else None
        if expected:
            assert py.id == expected, f"transforms/{folder}/py.py: id {py.id!r}, expected {expected!r}"
        else:
            assert py.id.endswith("-py"), f"transforms/{folder}/py.py: id {py.id!r} should end with -py"
        assert py.languages == ("python",), f"{py.id}: languages {py.languages}"
        for alias in getattr(py, "aliases", ()):
            assert alias.endswith("-py"), f"{py.id}: alias {alias!r} of a Python transform should end with -py"


@pytest.mark.parametrize("folder", sorted(f for f, t in TWINS.items() if {"ts", "py"} <= set(t)))
def test_twins_share_their_options(folder):
    ts, py = TWINS[folder]["ts"], TWINS[folder]["py"]
    assert set(py.options) == set(ts.options), (
        f"{py.id} options {sorted(py.options)} differ from {ts.id} options {sorted(ts.options)}")
    for name, option in ts.options.items():
        assert py.options[name].default == option.default, (
            f"{py.id} option {name}: default {py.options[name].default!r}, {ts.id} has {option.default!r}")
    if ts.options:
        assert py.options_of == ts.id, f"{py.id}: options_of should be {ts.id!r} (it follows its twin's configuration)"


@pytest.mark.parametrize("transform", TRANSFORMS, ids=[t.id for t in TRANSFORMS])
def test_enough_golden_cases(transform):
    """At least 4 cases that change code and 2 that must not, for every registered transform."""
    mine = [c for c in all_cases() if c.transform == transform.id]
    changing = [c for c in mine if c.output.exists()]
    unchanged = [c for c in mine if not c.output.exists()]
    assert len(changing) >= MIN_CHANGING, f"{transform.id}: {len(changing)} changing golden cases (need {MIN_CHANGING})"
    assert len(unchanged) >= MIN_UNCHANGED, (
        f"{transform.id}: {len(unchanged)} unchanged golden cases (need {MIN_UNCHANGED})")


def _imported_modules(path: Path, package: str) -> set[str]:
    """Every module ``path`` imports, at any depth, relative imports resolved against ``package``."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[: len(base) - node.level + 1]
                module = ".".join(base + ([node.module] if node.module else []))
            else:
                module = node.module or ""
            found.add(module)
            found.update(f"{module}.{alias.name}" for alias in node.names)
    return found


@pytest.mark.parametrize("folder", sorted(p.name for p in TRANSFORMS_DIR.iterdir() if (p / "__init__.py").exists()))
def test_twins_do_not_import_each_other(folder):
    """Shared names live in the folder's __init__.py; ts.py and py.py never import one another."""
    if folder in SIBLING_IMPORTS_PENDING:
        pytest.skip(f"transforms/{folder}: {SIBLING_IMPORTS_PENDING[folder]}")
    package = f"transforms.{folder}"
    for mine, sibling in (("ts", "py"), ("py", "ts")):
        path = TRANSFORMS_DIR / folder / f"{mine}.py"
        if path.exists():
            imported = _imported_modules(path, package)
            assert f"{package}.{sibling}" not in imported and not any(
                m.startswith(f"{package}.{sibling}.") for m in imported
            ), f"transforms/{folder}/{mine}.py imports from {sibling}.py: move what they share into __init__.py"


def test_pending_exemptions_are_still_needed():
    """An exemption whose folder no longer imports its sibling must go."""
    for folder in SIBLING_IMPORTS_PENDING:
        package = f"transforms.{folder}"
        imports = set()
        for mine in ("ts", "py"):
            path = TRANSFORMS_DIR / folder / f"{mine}.py"
            if path.exists():
                imports |= _imported_modules(path, package)
        assert any(m.startswith((f"{package}.ts", f"{package}.py")) for m in imports), (
            f"transforms/{folder} no longer imports across twins: remove it from SIBLING_IMPORTS_PENDING")
