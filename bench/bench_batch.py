#!/usr/bin/env python3
"""Benchmark ``codemod batch``: samples per second and peak memory at 1x and 10x the input.

Usage: bench_batch.py [--corpus DIR ...] [--scales 1 10] [--jobs N] [--verify] [--keep DIR] [--code DIR]

The input is a JSONL dataset built from the Markdown responses under the corpus folders
(``*/MODEL_RESPONSE.md``), repeated ``scale`` times with distinct ids. Each scale runs
``codemod batch`` in a fresh process; memory is sampled from /proc (Linux) every 50 ms: the peak
of the batch's own process, and the peak of the whole process tree (the batch, its workers and,
with --verify, their tsc processes). A streaming batch keeps both flat as the input grows: the
script says whether the 10x peaks stay within 10% of the 1x ones. It also reports the CPU seconds
(user + system) of the whole process tree per sample: on a busy machine the steadier figure.

``--keep DIR`` keeps each scale's output folder as ``DIR/out-<scale>x`` (to ``diff -r`` it against
another version's); ``--code DIR`` runs the codemods and transforms of another checkout (put first
on ``PYTHONPATH``), so two versions can be measured back to back with one installation.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

DEFAULT_CORPUS = [Path(__file__).resolve().parents[2] / "shared" / "corpus" / "dev" / "cdktf-ts"]
PAGE = os.sysconf("SC_PAGE_SIZE")
TOLERANCE = 1.10


def build_dataset(corpora: list[Path], scale: int, path: Path) -> int:
    responses = sorted(p for corpus in corpora for p in corpus.glob("*/MODEL_RESPONSE.md"))
    with path.open("w", encoding="utf-8") as out:
        for copy in range(scale):
            for response in responses:
                record = {"id": f"{copy}/{response.parent.parent.name}/{response.parent.name}",
                          "text": response.read_text(encoding="utf-8", errors="replace")}
                out.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(responses) * scale


def rss(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/statm") as statm:
            return int(statm.read().split()[1]) * PAGE
    except (OSError, IndexError, ValueError):
        return 0


def descendants(root: int) -> list[int]:
    parents = {}
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    parents[int(entry)] = int(stat.read().rpartition(")")[2].split()[1])
            except (OSError, ValueError, IndexError):
                pass
    found, frontier = [], [root]
    while frontier:
        children = [pid for pid, parent in parents.items() if parent in frontier]
        found += children
        frontier = children
    return found


class MemoryWatch(threading.Thread):
    """Peak RSS of one process and of its process tree, sampled until ``stop()``."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.own, self.tree = pid, 0, 0
        self.stopped = threading.Event()

    def run(self) -> None:
        while not self.stopped.wait(0.05):
            own = rss(self.pid)
            self.own = max(self.own, own)
            self.tree = max(self.tree, own + sum(rss(child) for child in descendants(self.pid)))

    def stop(self) -> None:
        self.stopped.set()
        self.join()


def run_batch(dataset: Path, out: Path, jobs: int, verify: bool,
              code: Path | None = None) -> tuple[float, float, int, int, str]:
    """Wall seconds, CPU seconds of the process tree, peak RSS of the batch and of its tree, stderr."""
    command = [sys.executable, "-c", "from codemods.cli import main; main()", "batch", str(dataset), "--out", str(out),
               "--field", "text", "--id-field", "id", "-j", str(jobs), *(["--verify"] if verify else [])]
    env = dict(os.environ)
    if code is not None:
        env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(code.resolve()), env.get("PYTHONPATH")]))
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, env=env)
    watch = MemoryWatch(process.pid)
    watch.start()
    _, stderr = process.communicate()
    watch.stop()
    elapsed = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)  # the batch and every descendant it reaped
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    if process.returncode not in (0, 2):
        sys.exit(f"codemod batch failed ({process.returncode}):\n{stderr[-2000:]}")
    return elapsed, cpu, watch.own, watch.tree, stderr


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--corpus", type=Path, nargs="+", default=DEFAULT_CORPUS)
    parser.add_argument("--scales", type=int, nargs="+", default=[1, 10])
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--verify", action="store_true", help="also type-check every sample (needs the typings)")
    parser.add_argument("--keep", type=Path, help="keep the output folders here (out-<scale>x)")
    parser.add_argument("--code", type=Path, help="run the code of this checkout instead of the installed one")
    args = parser.parse_args()
    rows = []
    with tempfile.TemporaryDirectory(prefix="bench-batch-") as work:
        for scale in args.scales:
            dataset = Path(work) / f"dataset-{scale}x.jsonl"
            samples = build_dataset(args.corpus, scale, dataset)
            out = (args.keep or Path(work)) / f"out-{scale}x"
            if out.exists():
                shutil.rmtree(out)  # a batch into a used folder would resume, not run
            elapsed, cpu, own, tree, _ = run_batch(dataset, out, args.jobs, args.verify, args.code)
            rows.append((scale, samples, elapsed, own, tree))
            print(f"{scale:>3}x: {samples:>6} samples in {elapsed:7.1f} s = {samples / elapsed:6.1f} samples/s, "
                  f"{cpu / samples:6.3f} CPU s/sample; peak memory {own / 2**20:6.0f} MB (batch process), "
                  f"{tree / 2**20:6.0f} MB (process tree)", flush=True)
    if len(rows) > 1:
        base, top = rows[0], rows[-1]
        for label, index in (("batch process", 3), ("process tree", 4)):
            ratio = top[index] / base[index]
            verdict = "within" if ratio <= TOLERANCE else "NOT within"
            print(f"peak memory ({label}) at {top[0]}x is {ratio:.2f} times {base[0]}x: {verdict} 10%")


if __name__ == "__main__":
    main()
