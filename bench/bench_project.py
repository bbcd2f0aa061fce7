#!/usr/bin/env python3
"""Time ``codemod diff`` over one project as its files double, and against the same files as
separate projects.

Usage: bench_project.py [--files N] [--responses DIR] [--runs K] [--jobs J] [--codemod PATH]

The files are N and 2N TypeScript stacks: generated ones (``generate_corpus.py``, seed 1), or with
``--responses`` the blocks of the ``MODEL_RESPONSE.md`` files under DIR, as ``codemod batch``
reads them (cycled when there are fewer than 2N). Three layouts, each timed ``--runs`` times with
``--no-cache``: one project (one ``cdktf.json``) of N files, one of 2N files, and the 2N files
as 2N projects of one file each. A project's look-ups into its other files come from indexes built
once per project, so the goals are: 2N files in one project within 2.2 times N files, and within
2.5 times the same files as separate projects. Both ratios are printed, in CPU seconds (user +
system, workers included: the steadier figure on a busy machine) and wall seconds.
"""
from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
from pathlib import Path

from bench_diff import Timings, _venv_tool, ensure_corpus, timed

CDKTF_JSON = json.dumps({"language": "typescript", "app": "npx ts-node main.ts"}) + "\n"


def generated(count: int, scratch: Path) -> list[bytes]:
    corpus = scratch / "generated"
    ensure_corpus(corpus, 1, count)
    return [p.read_bytes() for p in sorted(corpus.rglob("*.ts"))]


def response_blocks(folder: Path) -> list[bytes]:
    """The TypeScript blocks of every response under ``folder`` that stand for files."""
    from codemods.batch.markdown import FILE, blocks

    found = []
    for response in sorted(folder.rglob("MODEL_RESPONSE.md")):
        found += [b.code for b in blocks(response.read_bytes()) if b.language == "typescript" and b.state == FILE]
    return found


def one_project(folder: Path, texts: list[bytes]) -> Path:
    (folder / "lib").mkdir(parents=True)
    (folder / "cdktf.json").write_text(CDKTF_JSON)
    for i, text in enumerate(texts):
        (folder / "lib" / f"block{i:05d}.ts").write_bytes(text)
    return folder


def separate_projects(folder: Path, texts: list[bytes]) -> Path:
    for i, text in enumerate(texts):
        one_project(folder / f"project{i:05d}", [text])
    return folder


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=100, help="N: the smaller project's files (default 100)")
    parser.add_argument("--responses", type=Path, help="take the blocks of the MODEL_RESPONSE.md files under this folder")
    parser.add_argument("--runs", type=int, default=1, help="timed runs of each layout (default 1)")
    parser.add_argument("--jobs", type=int, help="codemod --jobs (default: all cores)")
    parser.add_argument("--codemod", help="the codemod executable (default: the one beside this Python)")
    args = parser.parse_args(argv)
    codemod = args.codemod or _venv_tool("codemod") or shutil.which("codemod")
    if codemod is None:
        raise SystemExit("codemod is not installed (pip install .)")
    scratch = Path(tempfile.mkdtemp(prefix="bench-project-"))
    try:
        texts = response_blocks(args.responses) if args.responses else generated(2 * args.files, scratch)
        if not texts:
            raise SystemExit(f"no TypeScript blocks under {args.responses}")
        texts = [texts[i % len(texts)] for i in range(2 * args.files)]
        layouts = {
            f"one project of {args.files}": one_project(scratch / "small", texts[:args.files]),
            f"one project of {2 * args.files}": one_project(scratch / "large", texts),
            f"{2 * args.files} separate projects": separate_projects(scratch / "separate", texts),
        }
        extra = ["--jobs", str(args.jobs)] if args.jobs else []
        found: dict[str, Timings] = {}
        for name, folder in layouts.items():
            timed([codemod, "diff", "--no-cache", "--exit-zero", *extra, "."], cwd=folder)  # warm-up
            found[name] = Timings()
            for _ in range(args.runs):
                found[name].add(*timed([codemod, "diff", "--no-cache", "--exit-zero", *extra, "."], cwd=folder)[:2])
            print(f"{name}: {found[name].describe()}", flush=True)
        small, large, separate = found.values()
        for label, ratio_of, goal in (("one project, 2N / N files", (large, small), 2.2),
                                      ("2N files, one project / separate projects", (large, separate), 2.5)):
            a, b = ratio_of
            print(f"{label}: cpu {a.cpu_median / b.cpu_median:.2f}, wall {a.wall_median / b.wall_median:.2f} "
                  f"(goal <= {goal})")
    finally:
        shutil.rmtree(scratch, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
