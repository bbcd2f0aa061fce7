"""Messages on stderr: plain lines as they are, errors and warnings behind a coloured label.

The lines carry paths and transform ids in brackets (``[bucket-encryption]``, ``app/[id]/main.ts``):
they are written as they are, never read as rich markup (rich took ``[bucket-encryption]`` for a
style and printed nothing in its place). rich is imported only for a coloured label or a progress
bar, so a run that prints only its summary does not load it.
"""
from __future__ import annotations

import functools
import sys
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from rich.console import Console


def line(text: str) -> None:
    """Write ``text`` and a newline to stderr, as it is."""
    stream = sys.stderr  # looked up on each call: a test runner swaps it
    stream.write(text + "\n")
    stream.flush()


def error(text: str) -> None:
    """``error: <text>``, the label in red on a terminal."""
    _labelled("red", "error", text)


def warning(text: str) -> None:
    """``warning: <text>``, the label in yellow on a terminal."""
    _labelled("yellow", "warning", text)


def _labelled(colour: str, label: str, text: str) -> None:
    from rich.markup import escape

    console().print(f"[{colour}]{label}:[/{colour}] {escape(text)}")


@functools.cache
def console() -> Console:
    """The rich console on stderr (for progress bars); it writes to whatever stderr is then."""
    from rich.console import Console

    return Console(stderr=True, highlight=False, soft_wrap=True)
