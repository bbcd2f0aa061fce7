"""Every golden case: byte-exact output, a second run changes nothing, the parse is no worse."""
from __future__ import annotations

import re
import shutil
import tempfile
from pathlib import Path

import pytest
from golden_cases import all_cases

from codemods.api import fix_text, make_config
from codemods.core import languages
from codemods.core.edits import ALL_PROFILES, parse_profiles
from codemods.core.project import Project
from codemods.core.source import language_of

CASES = all_cases()


def _result(case, text: bytes, fix: bool):
    profiles = parse_profiles(case.profiles) if case.profiles else ALL_PROFILES
    config = make_config(select=[case.transform], options={case.transform: case.options}, profiles=profiles)
    if case.project is None:
        return _checked(_run(case, text, config, f"lib/{case.name}{case.ext}", fix))
    with tempfile.TemporaryDirectory() as folder:  # on disk, so the engine reads the project's pins
        root = Path(folder) / "project"
        shutil.copytree(case.project, root)
        path = root / "lib" / f"{case.name}{case.ext}"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(text)
        return _checked(_run(case, text, config, str(path), fix))


def _run(case, text: bytes, config, path: str, fix: bool):
    folder = path.rpartition("/")[0]
    others = {f"{folder}/{k}": v for k, v in case.context.items()}
    return fix_text(text, path, config, Project(texts={path: text, **others}), fix=fix)


def _checked(result):
    assert not result.errors, result.errors
    assert not result.not_converged, result.not_converged
    return result


def run_case(case, text: bytes) -> bytes:
    return _result(case, text, fix=True).fixed


def findings_of(case, text: bytes) -> str:
    """What the transform reports on ``text`` in one check pass, as the ``.findings`` file holds it."""
    result = _result(case, text, fix=False)
    lines = [f"left out: {re.sub(r'/[^ ]*/project/', '<project>/', why)}\n" for why in result.left_out]
    for d in result.remaining:
        safety = d.safety.value if d.fixable and d.safety else "report"
        lines.append(f"{d.line}:{d.column} {d.transform} [{safety}] {d.message}\n")
    return "".join(lines)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_golden(case, update):
    source = case.input.read_bytes()
    fixed = run_case(case, source)
    reported = findings_of(case, source)
    if update:
        case.findings.write_text(reported, encoding="utf-8", newline="\n")
        if fixed != source:
            case.output.write_bytes(fixed)
        elif case.output.exists():
            case.output.unlink()
        return
    assert case.findings.exists(), f"{case.id}: no {case.findings.name} (pytest tests/test_golden.py --update)"
    assert reported == case.findings.read_text(encoding="utf-8"), f"{case.id}: findings differ from {case.findings.name}"
    expected = case.output.read_bytes() if case.output.exists() else source
    assert fixed == expected, f"{case.id}: output differs from {case.output.name if case.output.exists() else 'input'}"
    assert run_case(case, fixed) == fixed, f"{case.id}: a second run changed the output"
    language = language_of(case.input.name)
    _, before = languages.try_parse(language, source)
    _, after = languages.try_parse(language, fixed)
    assert after <= before, f"{case.id}: the output parses worse than the input"


def test_golden_folders_name_real_transforms():
    from codemods.registry import by_id

    assert {c.transform for c in CASES} <= set(by_id())
