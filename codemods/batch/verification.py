"""``batch --verify``: one sample's verification ladder, as given and as fixed, for its report record.

At ``compile`` a TypeScript sample is type-checked by this worker's long-lived checker, the rest
of the ladder (:mod:`codemods.verify`) runs at ``synth`` and ``scan``; a Python sample is checked
with basedpyright and synthesized with python. The record::

    "verify": {"level", "language", "files", "excluded", "changed",
               "before": <compile verdict>, "after": <compile verdict>,
               "synth": {"before", "after"}, "scan": {"before", "after"},   # at those levels
               "seconds": {"before": {level: s}, "after": {level: s}}}

``before``/``after`` are None (with a ``reason``) when nothing could be verified. When the fix
changed none of the verified files, the after side is the before side, not run again.
"""
from __future__ import annotations

import multiprocessing.util
import re
import traceback
from pathlib import Path, PurePosixPath

from codemods.batch import markdown
from codemods.typings import Checker
from codemods.verify import ladder
from codemods.verify.ladder import PYTHON, LadderResult

_TEST_NAME = re.compile(r"\.(test|spec)\.[cm]?tsx?$")
_TEST_FOLDERS = {"test", "tests", "__tests__"}
_PY_TEST_NAME = re.compile(r"(?:^|/)(?:test_[^/]*|[^/]*_test)\.py$")
TYPESCRIPT_SUFFIXES = (".ts", ".tsx", ".mts", ".cts")
NO_TYPINGS = "the TypeScript typings are not installed: run `codemod typings install`"


def verified_files(files: dict[str, bytes]) -> tuple[list[str], dict[str, str]]:
    """TypeScript and Python files that are whole modules of the program (not tests, not snippets)."""
    chosen, excluded = [], {}
    for path, code in files.items():
        python = path.endswith(".py")
        if not (python or path.endswith(TYPESCRIPT_SUFFIXES)) or path.endswith(".d.ts"):
            continue
        if (_PY_TEST_NAME.search(path) if python else _TEST_NAME.search(path)) \
                or _TEST_FOLDERS & set(PurePosixPath(path).parts[:-1]):
            excluded[path] = "test"
        elif not markdown.is_module(code):
            excluded[path] = "snippet (no import or export)"
        else:
            chosen.append(path)
    return chosen, excluded


def verify(originals: dict[str, bytes], fixed: dict[str, bytes], level: str, typings: str | None,
           timeout: float) -> dict:
    """The ``verify`` field of a sample's record."""
    chosen, excluded = verified_files(originals)
    language = ladder.language({p: originals[p] for p in chosen})
    record = {"level": level, "language": language, "files": chosen, "excluded": excluded}
    if not chosen:
        return {**record, "before": None, "after": None}
    if language != PYTHON and typings is None:
        return {**record, "before": None, "after": None, "reason": NO_TYPINGS}
    try:
        before = _ladder({p: originals[p] for p in chosen}, level, language, typings, timeout)
        same = all(fixed[p] == originals[p] for p in chosen)
        after = before if same else _ladder({p: fixed[p] for p in chosen}, level, language, typings, timeout)
    except Exception as exc:  # a tool that is missing or broke: the fix record stands without a verdict
        return {**record, "before": None, "after": None,
                "reason": traceback.format_exception_only(type(exc), exc)[-1].strip()}
    record.update(changed=not same, before=before.compile, after=after.compile)
    if level != "compile":
        record["synth"] = {"before": _synth(before), "after": _synth(after)}
    if level == "scan":
        record["scan"] = {"before": before.scan.record() if before.scan else None,
                          "after": after.scan.record() if after.scan else None}
    record["seconds"] = {"before": before.seconds, "after": {} if same else after.seconds}
    return record


def _synth(result: LadderResult) -> dict | None:
    return result.synth.record() if result.synth else None


def _ladder(files: dict[str, bytes], level: str, language: str, typings: str | None, timeout: float) -> LadderResult:
    if language == PYTHON:
        return ladder.verify_files(files, level, timeout=timeout)
    if level == "compile":  # the worker's checker alone: no temporary folders, no node start per sample
        result = LadderResult(level, list(files))
        result.compile = _checker(typings).check(files).record()
        return result
    return ladder.verify_files(files, level, typings=Path(typings), checker=_checker(typings), timeout=timeout)


def ladders(verify: dict) -> tuple[LadderResult, LadderResult] | None:
    """The sample's ladder before and after, rebuilt from its ``verify`` record (None if not verified)."""
    if not verify or verify.get("before") is None:
        return None
    sides = []
    for side in ("before", "after"):
        synth = (verify.get("synth") or {}).get(side)
        scan = (verify.get("scan") or {}).get(side)
        sides.append(LadderResult.from_record({
            "level": verify.get("level", "compile"), "files": verify.get("files", []), "compile": verify[side],
            "synth": synth, "scan": scan, "seconds": (verify.get("seconds") or {}).get(side, {}),
            "language": verify.get("language", ladder.TYPESCRIPT)}))
    return sides[0], sides[1]


_CHECKERS: dict[str, Checker] = {}


def _checker(folder: str) -> Checker:
    """This process's checker; closed (and waited for) when the process exits."""
    if folder not in _CHECKERS:
        _CHECKERS[folder] = checker = Checker(Path(folder))
        multiprocessing.util.Finalize(None, checker.close, exitpriority=10)
    return _CHECKERS[folder]
