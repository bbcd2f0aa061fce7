"""Many files: discover them, run the engine on each (in a process pool when it pays), stream results.

One bad file never stops a run: every file yields a :class:`FileResult`, and writing happens only
in the caller (``apply``), after the whole file's fixes are known.

A file's project (the other files cross-file transforms may read) is the files of the run under the
same package root: the nearest folder with a ``cdktf.json``, ``package.json`` or ``tsconfig.json``.
Outside any package, the folder that holds the file's ``lib``/``bin``/``src`` folder (the CDKTF
layout), else the file's own folder. So a run over many packages or many unpacked responses
neither mixes their declarations nor makes each file read every other one.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator
from pathlib import Path

from codemods.cache import ResultCache, config_fingerprint, project_digest
from codemods.core.engine import FileResult, RunConfig, Status, fix_file
from codemods.core.files import Target, discover, display_path, read_or_none
from codemods.core.pins import pins_of_folder, remembering, terraform_version_of_folder
from codemods.core.project import Project
from codemods.review.diff import hunks

PARALLEL_THRESHOLD = 24
PACKAGE_MARKERS = ("cdktf.json", "package.json", "tsconfig.json")


def run(paths: Iterable[str | Path], config: RunConfig, fix: bool = True, jobs: int | None = None,
        cache: ResultCache | None = None) -> Iterator[FileResult]:
    """Results for every file under ``paths``, in discovery order; ``cache`` answers the files
    whose result it holds (see ``codemods.cache``), and learns the others."""
    targets = list(discover(list(paths)))
    packages: dict[str | None, list[str]] = {}
    work = []
    resolved: dict[int, Path] = {}
    for i, target in enumerate(targets):
        root = None
        if target.error is None:
            resolved[i] = target.path.resolve()
            folder = resolved[i].parent
            root = package_root(folder) or layout_root(folder)
            packages.setdefault(root, []).append(str(target.path))
        work.append((target, root))
    known: dict[int, FileResult] = {}
    keys: dict[int, str] = {}
    if cache is not None:
        config_digest = config_fingerprint(config, fix)
        texts = {path: read_or_none(path) for paths in packages.values() for path in paths}
        digests = {root: project_digest(paths, texts) for root, paths in packages.items()}
        pinned_in: dict[Path, str] = {}
        with remembering():  # the files share their folders: each is read once
            for i, (target, root) in enumerate(work):
                raw = texts.get(str(target.path)) if target.error is None else None
                if raw is None:
                    continue
                # The provider the project pins decides which transforms run, the Terraform version
                # it deploys with what state-locking writes (codemods.core.pins): both are read from
                # the file's folder upwards, so once per folder.
                folder = resolved[i].parent
                if folder not in pinned_in:
                    pinned_in[folder] = f"{pins_of_folder(folder).describe()}\0{terraform_version_of_folder(folder)}"
                pinned = pinned_in[folder]
                keys[i] = cache.key(config_digest, f"{target.path}\0{pinned}", raw, digests[root])
                hit = cache.get(keys[i])
                if hit is not None:
                    hit.path = display_path(target.path, resolved[i])
                    known[i] = hit
    computed = _compute([job for i, job in enumerate(work) if i not in known], packages, config, fix, jobs)
    for i in range(len(work)):  # in discovery order, streaming what the engine computes
        if i in known:
            yield known[i]
            continue
        result = next(computed)
        if cache is not None and i in keys and result.status is not Status.FAILED:
            cache.put(keys[i], result)
        yield result


def _compute(work, packages, config: RunConfig, fix: bool, jobs: int | None) -> Iterator[FileResult]:
    """The engine's results for ``work``, in order: in a process pool when there are enough files."""
    workers = jobs or os.cpu_count() or 1
    setup = (packages, config, fix)
    if workers > 1 and len(work) >= PARALLEL_THRESHOLD:
        from concurrent.futures import ProcessPoolExecutor  # a run of a few files does not import it

        with ProcessPoolExecutor(workers, initializer=_init_worker, initargs=setup) as pool:
            yield from pool.map(_run_one, work, chunksize=max(1, len(work) // (workers * 8)))
    else:
        _init_worker(*setup)
        for job in work:
            yield _run_one(job)


@functools.lru_cache(maxsize=4096)
def package_root(folder: Path) -> str | None:
    """The nearest folder at or above ``folder`` holding a package marker, if there is one."""
    if any((folder / marker).is_file() for marker in PACKAGE_MARKERS):
        return str(folder)
    return None if folder.parent == folder else package_root(folder.parent)


LAYOUT_FOLDERS = ("lib", "bin", "src")


def layout_root(folder: Path) -> str:
    """The folder holding the nearest ``lib``/``bin``/``src`` at or above ``folder``, else ``folder``."""
    for candidate in (folder, *folder.parents):
        if candidate.name in LAYOUT_FOLDERS:
            return str(candidate.parent)
    return str(folder)


_WORK: tuple[dict[str | None, Project], RunConfig, bool] | None = None


def _init_worker(packages: dict[str | None, list[str]], config: RunConfig, fix: bool) -> None:
    global _WORK
    _WORK = ({root: Project(paths) for root, paths in packages.items()}, config, fix)


def _run_one(job: tuple[Target, str | None]) -> FileResult:
    target, root = job
    projects, config, fix = _WORK
    shown = display_path(target.path)
    if target.error is not None:
        return FileResult(shown, Status.FAILED, errors=[f"{shown}: {target.error}"], reason=target.error)
    try:
        raw = target.path.read_bytes()
    except OSError as exc:
        return FileResult(shown, Status.FAILED, errors=[f"cannot read: {exc.strerror}"], reason=exc.strerror)
    result = fix_file(str(target.path), raw, config, projects[root], fix)
    result.path = shown
    if result.changed:  # rendered here, in the worker, so that the cache keeps it too
        result.hunks = hunks(result.original, result.fixed)
    return result
