"""Scan synthesized stacks with checkov (the optional ``verify`` extra).

checkov reads a CDKTF ``cdk.tf.json`` as Terraform JSON when it is named with ``-f`` and
``--framework terraform_json``; one run scans all the stacks of a sample (checkov takes
seconds to start, so one process per sample, not per stack). The result counts passed and
failed checks and lists the failed check ids per stack file.
"""
from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
import time
from collections import Counter
from dataclasses import asdict, dataclass, field
from pathlib import Path

from . import tools

INSTALL_HINT = ("checkov is not installed: run `codemod verify install` (its own environment), "
                "or pip install 'cdktf-codemods[verify]'")
DEFAULT_TIMEOUT = 600.0


class ScanUnavailable(Exception):
    """checkov cannot be run (not installed)."""


@dataclass
class ScanResult:
    """checkov's verdict on one sample's stacks; ``error`` is set when checkov itself failed."""

    passed: int = 0
    failed: int = 0
    failed_checks: list[str] = field(default_factory=list)  # check ids, one per failure, sorted
    by_file: dict[str, list[str]] = field(default_factory=dict)  # stack file -> failed check ids
    parsing_errors: int = 0
    error: str | None = None
    seconds: float = 0.0

    def counts(self) -> Counter:
        return Counter(self.failed_checks)

    def record(self) -> dict:
        return asdict(self)


def checkov_command() -> list[str]:
    """How to run checkov: the environment ``codemod verify install`` made, the executable next to this
    Python, on PATH, or ``python -m checkov.main``."""
    own = tools.find(tools.CHECKOV)
    if own is not None:
        return [str(own.bin("checkov"))]
    beside = Path(sys.executable).with_name("checkov")
    if beside.is_file():
        return [str(beside)]
    if shutil.which("checkov"):
        return [shutil.which("checkov")]
    if importlib.util.find_spec("checkov") is not None:
        return [sys.executable, "-m", "checkov.main"]
    raise ScanUnavailable(INSTALL_HINT)


def available() -> bool:
    try:
        checkov_command()
    except ScanUnavailable:
        return False
    return True


def scan(stack_files: list[Path], timeout: float = DEFAULT_TIMEOUT) -> ScanResult:
    """Run checkov on the given ``cdk.tf.json`` files; :class:`ScanUnavailable` without checkov."""
    command = checkov_command()
    started = time.perf_counter()
    if not stack_files:
        return ScanResult(error="no stacks to scan")
    arguments = [a for f in stack_files for a in ("-f", str(Path(f).resolve()))]
    env = {**os.environ, "BC_SKIP_MAPPING": "TRUE", "CHECKOV_RUN_SCA_PACKAGE_SCAN_V2": "false",
           "LOG_LEVEL": "ERROR"}
    try:
        done = subprocess.run([*command, *arguments, "--framework", "terraform_json", "-o", "json",
                               "--skip-download", "--compact"],
                              capture_output=True, text=True, timeout=timeout, env=env, cwd=Path(stack_files[0]).parent)
    except subprocess.TimeoutExpired:
        return ScanResult(error=f"checkov gave no result after {timeout:g} s", seconds=round(time.perf_counter() - started, 3))
    result = parse_report(done.stdout)
    if result.error and done.stderr.strip():
        result.error += ": " + done.stderr.strip().splitlines()[-1]
    result.seconds = round(time.perf_counter() - started, 3)
    return result


def parse_report(text: str) -> ScanResult:
    """checkov's ``-o json`` output (one report, or a list of them) as a :class:`ScanResult`."""
    try:
        data = json.loads(text)
    except ValueError:
        return ScanResult(error="checkov printed no JSON report")
    reports = data if isinstance(data, list) else [data]
    result = ScanResult()
    for report in reports:
        if not isinstance(report, dict):
            continue
        summary = report.get("summary", {})
        result.passed += summary.get("passed", 0)
        result.failed += summary.get("failed", 0)
        result.parsing_errors += summary.get("parsing_errors", 0)
        for check in report.get("results", {}).get("failed_checks", []):
            result.failed_checks.append(check["check_id"])
            where = check.get("file_abs_path") or check.get("file_path", "")
            result.by_file.setdefault(where, []).append(check["check_id"])
    result.failed_checks.sort()
    for ids in result.by_file.values():
        ids.sort()
    return result
