"""The node helper of the compiler tier: one process, the TypeScript language service, a time limit.

:class:`Session` starts ``service.js`` (shipped beside this module) under node with the TypeScript
that ``codemod typings install`` put in place, sends it the project's files and asks for the code
fixes of one file at a time. Every request shares one time budget (``limit`` seconds, counted
from :meth:`Session.begin`); when it is spent the process is killed and the session answers
nothing more, so a slow or stuck compiler costs one project its compiler fixes, never the run.
"""
from __future__ import annotations

import json
import queue
import subprocess
import threading
import time
from importlib.resources import files
from pathlib import Path

from codemods import typings

#: Seconds one project (one ``begin``) may spend in the compiler: the first request loads the
#: typings (several seconds), each later one re-checks one file.
DEFAULT_LIMIT = 300.0


class CompilerUnavailable(Exception):
    """The compiler tier cannot run: no typings, no node, or the helper failed to start."""


def helper_path() -> Path:
    """The node helper shipped in the package (``codemods/compiler/service.js``)."""
    return Path(str(files(__package__).joinpath("service.js")))


def typings_folder(folder: Path | None = None) -> Path:
    """The ready typings folder, or :class:`CompilerUnavailable` saying how to install it."""
    try:
        return typings.ensure(folder)
    except typings.TypingsError as exc:
        raise CompilerUnavailable(f"--compiler needs the TypeScript compiler and typings: {exc}") from None


class Session:
    """One node process answering code-fix requests for the projects given to it in turn."""

    def __init__(self, folder: Path, limit: float = DEFAULT_LIMIT) -> None:
        self.folder = folder
        self.limit = limit
        self.failure: str | None = None
        self._process: subprocess.Popen | None = None
        self._lines: queue.Queue[str] = queue.Queue()
        self._deadline = time.monotonic() + limit

    def begin(self) -> None:
        """Start a project's time budget (and forget an earlier project's failure)."""
        self._deadline = time.monotonic() + self.limit
        self.failure = None

    def ask(self, files: dict[str, str], file: str, codes: list[int], hints: list[str]) -> dict | None:
        """The helper's reply for ``file`` of the project ``files`` ({relative path: text}), or
        None once the session has failed (``failure`` says why)."""
        if self.failure is not None:
            return None
        request = json.dumps({"files": files, "file": file, "codes": codes, "hints": hints})
        try:
            process = self._start()
            process.stdin.write(request + "\n")
            process.stdin.flush()
            line = self._lines.get(timeout=max(0.0, self._deadline - time.monotonic()))
        except queue.Empty:
            return self._fail(f"the compiler took longer than {self.limit:.0f} s; compiler fixes stopped")
        except (OSError, typings.TypingsError) as exc:
            return self._fail(f"the compiler helper failed: {exc}")
        if not line:
            return self._fail(f"the compiler helper exited ({self._process.poll()})")
        reply = json.loads(line)
        if "error" in reply:
            return self._fail(f"the compiler helper failed: {reply['error'].splitlines()[0]}")
        return reply

    def _fail(self, why: str) -> None:
        self.failure = why
        self.close()
        return None

    def _start(self) -> subprocess.Popen:
        if self._process is None or self._process.poll() is not None:
            self._lines = queue.Queue()
            self._process = subprocess.Popen(
                [typings._require("node"), "--max-old-space-size=4096", str(helper_path()), str(self.folder)],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL,
                text=True, encoding="utf-8")
            threading.Thread(target=self._read, args=(self._process, self._lines), daemon=True).start()
        return self._process

    @staticmethod
    def _read(process: subprocess.Popen, lines: queue.Queue) -> None:
        for line in process.stdout:
            lines.put(line)
        lines.put("")

    def close(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.wait()
            self._process = None

    def __enter__(self) -> "Session":
        return self

    def __exit__(self, *exc) -> None:
        self.close()
