"""A batch: samples streamed through a pool of workers, outputs and report written in input order.

Resuming is built on one rule: a sample's outputs are written completely (files atomically,
through a temporary file and a rename; a JSONL line appended) before its report record is
appended, and records are appended in input order. So the report always lists a prefix of the
work with every listed output complete, and a rerun with the same ``--out`` skips the samples
in the report, cuts each output JSONL back to its reported lines, drops a half-written last
report line, and carries on. Outputs are written without fsync: they survive a killed process,
not a power cut.

At most a few samples per worker are being fixed at once, and at most a bounded number of finished
ones wait for a slower sample before them, so memory does not grow with the input.
Workers are local processes (``spawn``ed, one per core by default) or Dask workers.
"""
from __future__ import annotations

import itertools
import json
import logging
import multiprocessing
import os
import shutil
import signal
import tempfile
from collections import Counter, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from codemods.batch import jsonl
from codemods.batch.samples import RECORD, Sample, Unit, read, units
from codemods.batch.worker import Outcome, Settings, failed_outcome, process

REPORT_NAME = "report.jsonl"
STAGING = ".partial"
IN_FLIGHT_PER_WORKER = 4
#: Finished samples held back per worker while an earlier, slower one is still being fixed: outputs
#: are written in input order, and a worker must not sit idle behind one slow sample. Bounded, so
#: memory stays flat whatever the input's size.
BUFFERED_PER_WORKER = 32


@dataclass
class Batch:
    """One batch job: inputs, output folder, what to run and where."""

    inputs: list[str]
    out: Path
    settings: Settings
    include: tuple[str, ...] = ()
    jobs: int = 1
    scheduler: str | None = None  # a Dask scheduler address, or "local" for a LocalCluster
    report: Path | None = None

    @property
    def report_path(self) -> Path:
        return self.report or self.out / REPORT_NAME

    def units(self) -> list[Unit]:
        """The inputs, refusing any whose fixed copy would overwrite it."""
        found = list(units(self.inputs, self.include, exclude=self.out))
        for unit in found:
            if (self.out / unit.key).resolve() == unit.path.resolve():
                raise ValueError(f"--out {self.out} would overwrite the input {unit.path}")
        return found


class Resume:
    """What earlier runs into the same output folder finished, read from their report."""

    def __init__(self, report: Path) -> None:
        self.done: set[str] = set()
        self.records: Counter[str] = Counter()
        if report.exists():
            self._load(report)

    def _load(self, report: Path) -> None:
        complete = 0
        with report.open("rb") as handle:
            for line in handle:
                try:
                    record = json.loads(line) if line.endswith(b"\n") else None
                except ValueError:
                    record = None
                if record is None:
                    break
                complete += len(line)
                if record.get("kind") == RECORD:
                    self.records[record["source"]] += 1
                else:
                    self.done.add(record["id"])
        with report.open("r+b") as handle:
            handle.truncate(complete)  # a line cut short by a kill

    def pending(self, batch_units: Iterable[Unit]) -> Iterator[Sample]:
        """The samples not done yet, in input order."""
        for unit in batch_units:
            if unit.kind == RECORD:
                yield from itertools.islice(read(unit), self.records[unit.key], None)
            elif unit.key not in self.done:
                yield from read(unit)


def run(batch: Batch, batch_units: list[Unit] | None = None, resume: Resume | None = None) -> Iterator[Outcome]:
    """Fix every pending sample; yields each outcome once its outputs and record are written."""
    batch.out.mkdir(parents=True, exist_ok=True)
    batch.report_path.parent.mkdir(parents=True, exist_ok=True)
    resume = resume or Resume(batch.report_path)
    samples = resume.pending(batch_units if batch_units is not None else batch.units())
    with Writer(batch.out, batch.report_path, resume) as writer, _pool(batch) as pool:
        for sample, outcome in pool.map(samples):
            writer.write(sample, outcome)
            yield outcome


def _pool(batch: Batch):
    if batch.scheduler:
        return DaskPool(batch.settings, batch.scheduler, batch.jobs)
    return LocalPool(batch.settings, batch.jobs)


class Writer:
    """Writes each outcome's outputs, then its report record.

    Files are first written in ``OUT/.partial/`` and renamed into place; that folder is emptied
    when a run starts (a killed run may leave a file there) and removed when it ends.
    """

    def __init__(self, out: Path, report: Path, resume: Resume) -> None:
        self.out = out
        self.staging = out / STAGING
        shutil.rmtree(self.staging, ignore_errors=True)
        self.staging.mkdir(parents=True)
        self.resume = resume
        self.report: IO[bytes] = report.open("ab")
        self.dataset: tuple[str, IO[bytes]] | None = None

    def write(self, sample: Sample, outcome: Outcome) -> None:
        for relative, data in outcome.files:
            write_atomic(self.out / relative, data, self.staging)
        if outcome.line is not None:
            handle = self._dataset(sample.key)
            handle.write(outcome.line)
            handle.flush()
        self.report.write(json.dumps(outcome.record, ensure_ascii=False).encode("utf-8") + b"\n")
        self.report.flush()

    def _dataset(self, key: str) -> IO[bytes]:
        if self.dataset is None or self.dataset[0] != key:
            if self.dataset is not None:
                self.dataset[1].close()
            path = self.out / key
            path.parent.mkdir(parents=True, exist_ok=True)
            jsonl.keep_lines(path, self.resume.records[key])
            self.dataset = key, path.open("ab")
        return self.dataset[1]

    def __enter__(self) -> "Writer":
        return self

    def __exit__(self, *exc) -> None:
        if self.dataset is not None:
            self.dataset[1].close()
        self.report.close()
        shutil.rmtree(self.staging, ignore_errors=True)


def write_atomic(path: Path, data: bytes, staging: Path) -> None:
    """Replace ``path`` with ``data`` through a temporary file in ``staging`` (same file system) and a rename."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, temporary = tempfile.mkstemp(dir=staging, prefix=f"{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


class LocalPool:
    """Worker processes on this machine; ``jobs == 1`` runs in this process.

    ``task`` (a module-level function, for pickling) fixes one sample: :func:`worker.process`.
    """

    def __init__(self, settings: Settings, jobs: int, task: Callable[[Sample, Settings], Outcome] = process) -> None:
        self.settings = settings
        self.jobs = max(1, jobs)
        self.task = task
        self.executor: ProcessPoolExecutor | None = None

    def map(self, samples: Iterator[Sample]) -> Iterator[tuple[Sample, Outcome]]:
        if self.jobs == 1:
            for sample in samples:
                yield sample, self.task(sample, self.settings)
            return
        window: deque[tuple[Sample, Future]] = deque()
        running = self.jobs * IN_FLIGHT_PER_WORKER  # submitted and not finished: keeps every worker fed
        buffered = self.jobs * BUFFERED_PER_WORKER  # finished, waiting for a slower sample before them
        for sample in samples:
            try:
                future = self._submit(sample)
            except BrokenProcessPool:  # a worker died before this sample could be submitted
                yield from self._after_crash(window)
                future = self._submit(sample)
            window.append((sample, future))
            while window and (window[0][1].done() or len(window) >= buffered
                              or sum(not f.done() for _, f in window) >= running):
                if not window[0][1].done() and len(window) < buffered:
                    wait([f for _, f in window if not f.done()], return_when=FIRST_COMPLETED)  # a worker frees up
                    continue
                yield from self._take(window)
        while window:
            yield from self._take(window)

    def _submit(self, sample: Sample) -> Future:
        if self.executor is None:
            self.executor = self._new_executor(self.jobs)
        return self.executor.submit(self.task, sample, self.settings)

    @staticmethod
    def _new_executor(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(workers, mp_context=multiprocessing.get_context("spawn"),
                                   initializer=signal.signal, initargs=(signal.SIGINT, signal.SIG_IGN))

    def _take(self, window: deque[tuple[Sample, Future]]) -> Iterator[tuple[Sample, Outcome]]:
        sample, future = window[0]
        try:
            outcome = future.result()
        except BrokenProcessPool:
            yield from self._after_crash(window)
            return
        window.popleft()
        yield sample, outcome

    def _after_crash(self, window: deque[tuple[Sample, Future]]) -> Iterator[tuple[Sample, Outcome]]:
        """A worker died: keep the outcomes that came back, and rerun the samples that were in
        flight one at a time, so only the culprit fails."""
        self.executor.shutdown(wait=False, cancel_futures=True)
        self.executor = None
        alone: ProcessPoolExecutor | None = None
        try:
            while window:
                sample, future = window.popleft()
                if future.done() and not future.cancelled() and future.exception() is None:
                    yield sample, future.result()
                    continue
                alone = alone or self._new_executor(1)
                try:
                    outcome = alone.submit(self.task, sample, self.settings).result()
                except BrokenProcessPool:
                    alone.shutdown(wait=False)
                    alone = None
                    outcome = failed_outcome(sample, "the worker process died while fixing this sample")
                yield sample, outcome
        finally:
            if alone is not None:
                alone.shutdown()

    def __enter__(self) -> "LocalPool":
        return self

    def __exit__(self, *exc) -> None:
        if self.executor is not None:  # on Ctrl-C, do not wait for the samples in flight
            self.executor.shutdown(wait=exc[0] is None, cancel_futures=True)


class DaskPool:
    """Workers of a Dask cluster: a scheduler address, or ``local`` for a LocalCluster of ``jobs``."""

    def __init__(self, settings: Settings, scheduler: str, jobs: int) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise RuntimeError("cluster mode needs Dask: pip install 'cdktf-codemods[dask]'") from None
        self.settings = settings
        self.cluster = None
        if scheduler == "local":
            self.cluster = LocalCluster(n_workers=max(1, jobs), threads_per_worker=1, processes=True,
                                        dashboard_address=None, silence_logs=logging.ERROR)
            self.client = Client(self.cluster)
        else:
            self.client = Client(scheduler)
        self.in_flight = max(1, sum(self.client.nthreads().values())) * IN_FLIGHT_PER_WORKER

    def map(self, samples: Iterator[Sample]) -> Iterator[tuple[Sample, Outcome]]:
        window: deque[tuple[Sample, Future]] = deque()
        for sample in samples:
            window.append((sample, self.client.submit(process, sample, self.settings, pure=False)))
            if len(window) >= self.in_flight:
                yield self._take(window)
        while window:
            yield self._take(window)

    @staticmethod
    def _take(window: deque) -> tuple[Sample, Outcome]:
        sample, future = window.popleft()
        try:
            return sample, future.result()
        except Exception as exc:  # e.g. KilledWorker: the sample crashed its workers
            return sample, failed_outcome(sample, f"the Dask task failed: {type(exc).__name__}: {exc}")

    def __enter__(self) -> "DaskPool":
        return self

    def __exit__(self, *exc) -> None:
        self.client.close()
        if self.cluster is not None:
            self.cluster.close()
