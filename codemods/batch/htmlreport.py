"""The HTML report of a verified batch, written beside its ``report.jsonl``.

Read back from the report (so a resumed batch shows all its runs), rendered by
:func:`codemods.verify.html.render` into one self-contained file that opens from disk, and written
atomically.
"""
from __future__ import annotations

import json
import os
import tempfile
from collections import Counter
from pathlib import Path

from codemods.batch.verification import ladders
from codemods.verify.html import SampleLadder, render


def path_for(report: Path) -> Path:
    """Where the HTML report of ``report`` goes: beside it, ``report.jsonl`` -> ``report.html``."""
    return report.with_suffix(".html")


def samples(report: Path) -> tuple[list[SampleLadder], Counter]:
    """The verified samples' ladders (as given, and as fixed when the fix changed the code) and the
    fixes per transform over the whole batch."""
    found, fixes = [], Counter()
    with report.open("rb") as handle:
        for line in handle:
            record = json.loads(line)
            fixes.update(record.get("transforms", {}))
            pair = ladders(record.get("verify"))
            if pair is not None:
                before, after = pair
                found.append(SampleLadder(record["id"], before, after if record["verify"].get("changed", True) else None))
    return found, fixes


def write(report: Path, title: str = "cdktf-codemods batch verification") -> Path | None:
    """Write the HTML report of ``report``; None (nothing written) when no sample was verified."""
    found, fixes = samples(report)
    if not found:
        return None
    target = path_for(report)
    text = render(found, fixes, title=title)
    fd, temporary = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.")
    mask = os.umask(0)
    os.umask(mask)
    os.chmod(temporary, 0o666 & ~mask)  # mkstemp makes it private; the report is an ordinary file
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as handle:
            handle.write(text)
        os.replace(temporary, target)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
    return target
