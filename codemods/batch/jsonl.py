"""JSONL datasets: the text field of a record, the record written back, and resuming an output.

A record whose text did not change is written back as its original line, byte for byte; a changed
one is re-serialised (UTF-8, keys in their original order) with the original line ending.
"""
from __future__ import annotations

import json
from pathlib import Path


class RecordError(ValueError):
    """The line is not a record this batch can fix (not a JSON object, no text field)."""


def load(line: bytes, field: str) -> tuple[dict, str]:
    """The record and the text of its ``field``."""
    try:
        record = json.loads(line)
    except ValueError:
        raise RecordError("not valid JSON") from None
    if not isinstance(record, dict):
        raise RecordError("not a JSON object")
    text = record.get(field)
    if not isinstance(text, str):
        raise RecordError(f"no text field {field!r}" if text is None else f"field {field!r} is not a string")
    return record, text


def dump(record: dict, field: str, text: str, line: bytes) -> bytes:
    """The line for ``record`` with ``field`` set to ``text``, ending like the original ``line``."""
    ending = line[len(line.rstrip(b"\r\n")):]
    return json.dumps({**record, field: text}, ensure_ascii=False).encode("utf-8") + ending


def sample_id(record: dict | None, id_field: str | None, fallback: str) -> str:
    """The record's id from ``id_field`` when it has one, else ``fallback`` (file and line)."""
    if record is not None and id_field and record.get(id_field) is not None:
        value = record[id_field]
        return value if isinstance(value, str) else json.dumps(value)
    return fallback


def keep_lines(path: Path, count: int) -> None:
    """Cut ``path`` after its first ``count`` lines: what a resumed batch has already reported."""
    if not path.exists():
        return
    with path.open("r+b") as handle:
        offset = 0
        for _ in range(count):
            line = handle.readline()
            if not line:
                break
            offset += len(line)
        handle.truncate(offset)
