"""Many files: discover them, run the engine on each (in a process pool when it pays), stream results.

One bad file never stops a run: every file yields a :class:`FileResult`, and writing happens only
in the caller (``apply``), after the whole file's fixes are known.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from .engine import FileResult, RunConfig, Status, fix_file
from .files import Target, discover, display_path
from .project import Project

PARALLEL_THRESHOLD = 24


def run(paths: Iterable[str | Path], config: RunConfig, fix: bool = True, jobs: int | None = None) -> Iterator[FileResult]:
    """Results for every file under ``paths``, in discovery order."""
    targets = list(discover(list(paths)))
    files = [t for t in targets if t.error is None]
    project_paths = [str(t.path) for t in files]
    jobs = jobs or os.cpu_count() or 1
    if jobs > 1 and len(files) >= PARALLEL_THRESHOLD:
        with ProcessPoolExecutor(jobs, initializer=_init_worker, initargs=(project_paths,)) as pool:
            chunk = max(1, len(files) // (jobs * 8))
            done = pool.map(_run_one, [(t, config, fix) for t in targets], chunksize=chunk)
            yield from done
    else:
        _init_worker(project_paths)
        for target in targets:
            yield _run_one((target, config, fix))


_PROJECT: Project | None = None


def _init_worker(paths: list[str]) -> None:
    global _PROJECT
    _PROJECT = Project(paths)


def _run_one(job: tuple[Target, RunConfig, bool]) -> FileResult:
    target, config, fix = job
    shown = display_path(target.path)
    if target.error is not None:
        return FileResult(shown, Status.FAILED, errors=[f"{shown}: {target.error}"], reason=target.error)
    try:
        raw = target.path.read_bytes()
    except OSError as exc:
        return FileResult(shown, Status.FAILED, errors=[f"cannot read: {exc.strerror}"], reason=exc.strerror)
    result = fix_file(str(target.path), raw, config, _PROJECT, fix)
    result.path = shown
    return result
