"""Findings for machines: JSON, SARIF 2.1.0 (with fixes) and GitHub workflow annotations, and the
per-transform statistics of ``check --statistics``.

Every format names each fix's profile: safe (repairs code, same infrastructure), ideal (the catalog's
ideal form, destroying nothing) or disposable (may replace a resource or lose data: test stacks).
"""
from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterable, Sequence
from importlib import metadata
from pathlib import Path, PurePosixPath
from typing import Any
from urllib.parse import quote

from codemods.core.engine import Diagnostic, FileResult, PlacedEdit, Status
from codemods.core.suppressions import UNUSED
from codemods.core.transform import Transform

SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
SOURCE_ROOT = "SRCROOT"


def findings(results: Iterable[FileResult]) -> list[tuple[str, Diagnostic]]:
    """(path, diagnostic) of every remaining finding, by path, line and column."""
    return [(r.path, d) for r in results for d in sorted(r.remaining, key=lambda d: (d.line, d.column))]


def level(diagnostic: Diagnostic) -> str:
    """``error`` for what a transform found, ``warning`` for a suppression that suppresses nothing."""
    return "warning" if diagnostic.transform == UNUSED else "error"


# JSON


def findings_json(results: Iterable[FileResult]) -> str:
    """Each finding with its place, transform, message and fix (edits and safety), like Ruff's JSON."""
    return json.dumps([_json_record(path, d) for path, d in findings(results)], indent=2, ensure_ascii=False)


def _json_record(path: str, d: Diagnostic) -> dict[str, Any]:
    fix = None
    if d.fixable:
        fix = {"safety": d.safety.value if d.safety else None, "edits": [_json_edit(e) for e in d.edits]}
    return {"path": path, "line": d.line, "column": d.column, "transform": d.transform,
            "message": d.message, "fixable": d.fixable, "safety": d.safety.value if d.safety else None,
            "fix": fix}


def _json_edit(edit: PlacedEdit) -> dict[str, Any]:
    return {"line": edit.line, "column": edit.column, "end_line": edit.end_line,
            "end_column": edit.end_column, "content": edit.content}


# Statistics


def statistics(results: Iterable[FileResult]) -> list[dict[str, Any]]:
    """Counts per transform, most frequent first: findings, how many have a fix, and their safety."""
    found = findings(results)
    counts = Counter(d.transform for _, d in found)
    rows = []
    for transform, count in sorted(counts.items(), key=lambda item: (-item[1], item[0])):
        mine = [d for _, d in found if d.transform == transform]
        safeties = sorted({d.safety.value for d in mine if d.fixable and d.safety})
        rows.append({"transform": transform, "count": count, "fixable": sum(d.fixable for d in mine),
                     "safety": "/".join(safeties) or None})
    return rows


def statistics_text(results: Iterable[FileResult]) -> list[str]:
    lines = []
    for row in statistics(results):
        fix = f"[fix: {row['safety']}]" if row["fixable"] else ""
        lines.append(f"{row['count']:>6}  {row['transform']:<32} {fix}".rstrip())
    return lines


# GitHub workflow annotations


def github(results: Iterable[FileResult]) -> list[str]:
    """``::error file=...,line=...,col=...,title=...::message`` lines that GitHub shows on the diff."""
    lines = []
    for path, d in findings(results):
        tag = f" [fix: {d.safety.value}]" if d.fixable and d.safety else ""
        properties = ",".join(f"{key}={_escape_property(str(value))}" for key, value in
                              (("file", path), ("line", d.line), ("col", d.column), ("title", f"codemod {d.transform}")))
        lines.append(f"::{level(d)} {properties}::{_escape_data(d.message + tag)}")
    return lines


def _escape_data(text: str) -> str:
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


# SARIF 2.1.0


def sarif(results: Sequence[FileResult], transforms: Iterable[Transform]) -> dict[str, Any]:
    """One SARIF run: the transforms as rules, each finding as a result with its fix, and the files
    that were skipped or failed as tool notifications."""
    rules = [_rule(t) for t in transforms] + [_unused_rule()]
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    notifications = [
        {"level": "error", "message": {"text": message}, "locations": [_location(r.path)]}
        for r in results for message in _problems(r)
    ]
    run = {
        "tool": {"driver": {"name": "codemod", "version": _version(), "rules": rules}},
        "columnKind": "unicodeCodePoints",
        "originalUriBaseIds": {SOURCE_ROOT: {"uri": Path.cwd().resolve().as_uri() + "/"}},
        "results": [_result(path, d, index) for path, d in findings(results)],
        "invocations": [{"executionSuccessful": not notifications,
                         "toolExecutionNotifications": notifications}],
    }
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


def sarif_json(results: Sequence[FileResult], transforms: Iterable[Transform]) -> str:
    return json.dumps(sarif(results, transforms), indent=2, ensure_ascii=False)


def _rule(transform: Transform) -> dict[str, Any]:
    properties: dict[str, Any] = {"safety": transform.safety.value}
    if transform.failure is not None:
        properties["failure"] = transform.failure
    documentation = transform.documentation()
    return {
        "id": transform.id,
        "name": transform.name,
        "shortDescription": {"text": transform.summary},
        "help": {"text": documentation},
        "defaultConfiguration": {"level": "error"},
        "properties": properties,
    }


def _unused_rule() -> dict[str, Any]:
    return {
        "id": UNUSED,
        "name": "UnusedSuppression",
        "shortDescription": {"text": "A codemod-ignore comment that suppresses nothing."},
        "defaultConfiguration": {"level": "warning"},
    }


def _result(path: str, d: Diagnostic, rule_index: dict[str, int]) -> dict[str, Any]:
    result: dict[str, Any] = {
        "ruleId": d.transform,
        "level": level(d),
        "message": {"text": d.message},
        "locations": [_location(path, {"startLine": d.line, "startColumn": d.column})],
    }
    if d.transform in rule_index:
        result["ruleIndex"] = rule_index[d.transform]
    if d.fixable and d.safety:
        result["properties"] = {"safety": d.safety.value}
        result["fixes"] = [{
            "description": {"text": f"{d.safety.value} fix"},
            "artifactChanges": [{"artifactLocation": _artifact(path),
                                 "replacements": [_replacement(e) for e in d.edits]}],
        }]
    return result


def _replacement(edit: PlacedEdit) -> dict[str, Any]:
    region = {"startLine": edit.line, "startColumn": edit.column,
              "endLine": edit.end_line, "endColumn": edit.end_column}
    return {"deletedRegion": region, "insertedContent": {"text": edit.content}}


def _location(path: str, region: dict[str, int] | None = None) -> dict[str, Any]:
    physical: dict[str, Any] = {"artifactLocation": _artifact(path)}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


def _artifact(path: str) -> dict[str, str]:
    posix = PurePosixPath(path)
    if posix.is_absolute():
        return {"uri": Path(path).as_uri()}
    return {"uri": quote(str(posix)), "uriBaseId": SOURCE_ROOT}


def _problems(result: FileResult) -> list[str]:
    problems = [f"skipped: {result.reason}"] if result.status is Status.SKIPPED else []
    return problems + list(result.errors)


def _version() -> str:
    try:
        return metadata.version("cdktf-codemods")
    except metadata.PackageNotFoundError:
        return "0"


# Dispatch for ``check --format``


FORMATS = ("text", "json", "sarif", "github")


def render(results: Sequence[FileResult], output_format: str, transforms: Iterable[Transform],
           with_statistics: bool = False) -> str:
    """``check``'s output in one of :data:`FORMATS`; with statistics (text or JSON) counts per
    transform replace the findings."""
    from codemods.output.report import findings_text

    if with_statistics:
        if output_format == "json":
            return json.dumps(statistics(results), indent=2)
        if output_format == "text":
            return "\n".join(statistics_text(results))
        raise ValueError(f"--statistics works with --format text or json, not {output_format}")
    if output_format == "json":
        return findings_json(results)
    if output_format == "sarif":
        return sarif_json(results, transforms)
    if output_format == "github":
        return "\n".join(github(results))
    return "\n".join(findings_text(results))
