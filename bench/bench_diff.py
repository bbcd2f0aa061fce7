#!/usr/bin/env python3
"""Time ``codemod diff`` over a generated corpus against ast-grep running one equivalent rule.

Usage: bench_diff.py [--seed N] [--files K] [--runs R] [--corpus DIR] [--breakdown]

The corpus comes from ``generate_corpus.py`` (reused when its manifest matches the seed, the file
count and the generator's source). Both tools run as subprocesses, interleaved, after one warm-up
run each; the figures are the medians of wall time and of CPU time (user + system, workers
included). ast-grep applies ``egress-to-port-zero.yml`` with ``--update-all`` to a fresh copy of
the corpus on every run (the copy is not timed). codemod runs cold (``--no-cache``) and warm (its
result cache filled by the warm-up); start-up is the CPU time of ``codemod --help`` and of a diff of
one small file. The goal is ours / ast-grep <= 1.0: every transform in no more wall time than
ast-grep needs for one rule.

``--breakdown`` also measures, in this process, where our time goes: interpreter start-up and
imports, catalog load, parsing, and each transform's share of the engine's run.
"""
from __future__ import annotations

import argparse
import hashlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
GENERATOR = HERE / "generate_corpus.py"
RULE = HERE / "egress-to-port-zero.yml"
BIN = Path(sys.executable).parent


@dataclass
class Timings:
    """Wall and CPU seconds of repeated runs of one command."""

    wall: list[float] = field(default_factory=list)
    cpu: list[float] = field(default_factory=list)

    def add(self, wall: float, cpu: float) -> None:
        self.wall.append(wall)
        self.cpu.append(cpu)

    @property
    def wall_median(self) -> float:
        return statistics.median(self.wall)

    @property
    def cpu_median(self) -> float:
        return statistics.median(self.cpu)

    def describe(self) -> str:
        spread = f"{min(self.wall):.3f}-{max(self.wall):.3f}"
        return f"wall {self.wall_median:.3f} s (runs {spread}), cpu {self.cpu_median:.3f} s"


def generator_digest() -> str:
    return hashlib.sha256(GENERATOR.read_bytes()).hexdigest()[:16]


def ensure_corpus(folder: Path, seed: int, files: int) -> dict:
    """The manifest of a corpus in ``folder``, generating it unless a matching one is there."""
    manifest_path = folder / "corpus.json"
    if manifest_path.exists():
        manifest = json.loads(manifest_path.read_text())
        if (manifest.get("seed"), manifest.get("files"), manifest.get("generator")) == (seed, files, generator_digest()):
            return manifest
        shutil.rmtree(folder)
    subprocess.run([sys.executable, str(GENERATOR), "--seed", str(seed), "--files", str(files), str(folder)],
                   check=True, stdout=subprocess.DEVNULL)
    manifest = json.loads(manifest_path.read_text())
    manifest["generator"] = generator_digest()
    manifest_path.write_text(json.dumps(manifest, indent=2) + "\n")
    return manifest


def timed(command: list[str], cwd: Path | None = None) -> tuple[float, float, subprocess.CompletedProcess]:
    """Wall and CPU seconds (children included) of one run of ``command``, which must succeed."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    done = subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    wall = time.perf_counter() - start
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if done.returncode != 0:
        raise SystemExit(f"{' '.join(command)} exited {done.returncode}:\n{done.stderr.decode(errors='replace')}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    return wall, cpu, done


SMALL_FILE = """import { Construct } from "constructs";
import { TerraformStack } from "cdktf";
import { S3Bucket } from "@cdktf/provider-aws/lib/s3-bucket";

export class Small extends TerraformStack {
  constructor(scope: Construct, id: string) {
    super(scope, id);
    new S3Bucket(this, "b", { bucket: "x" });
  }
}
"""


class Bench:
    def __init__(self, corpus: Path, codemod: str, ast_grep: str | None, extra: list[str]) -> None:
        self.corpus = corpus
        self.codemod_bin = codemod
        # run in the corpus: no outside configuration; cold without the result cache, warm with it
        self.cold = [codemod, "diff", "--exit-zero", "--no-cache", *extra, "."]
        self.warm = [codemod, "diff", "--exit-zero", *extra, "."]
        self.ast_grep = ast_grep
        self.scratch = Path(tempfile.mkdtemp(prefix="bench-ast-grep-"))

    def ours(self, warm: bool = False) -> tuple[float, float, str]:
        wall, cpu, done = timed(self.warm if warm else self.cold, cwd=self.corpus)
        return wall, cpu, done.stderr.decode(errors="replace")

    def startup(self) -> tuple[float, float]:
        """CPU seconds of ``codemod --help`` and of ``codemod diff --no-cache`` on one small file."""
        small = self.scratch / "small" / "lib" / "small.ts"
        small.parent.mkdir(parents=True, exist_ok=True)
        small.write_text(SMALL_FILE)
        help_cpu = min(timed([self.codemod_bin, "--help"])[1] for _ in range(3))
        diff_cpu = min(timed([self.codemod_bin, "diff", "--exit-zero", "--no-cache", str(small)])[1] for _ in range(3))
        return help_cpu, diff_cpu

    def theirs(self) -> tuple[float, float]:
        target = self.scratch / "corpus"
        if target.exists():
            shutil.rmtree(target)
        shutil.copytree(self.corpus, target)
        wall, cpu, _ = timed([self.ast_grep, "scan", "--rule", str(RULE), "--update-all", str(target)])
        return wall, cpu

    def rule_matches(self) -> int:
        done = subprocess.run([self.ast_grep, "scan", "--rule", str(RULE), "--json=compact", str(self.corpus)],
                              capture_output=True, check=True)
        return len(json.loads(done.stdout or b"[]"))

    def close(self) -> None:
        shutil.rmtree(self.scratch, ignore_errors=True)


def run_bench(args, corpus: Path) -> None:
    ast_grep = args.ast_grep or shutil.which("ast-grep") or _venv_tool("ast-grep")
    codemod = args.codemod or _venv_tool("codemod") or shutil.which("codemod")
    extra = ["--jobs", str(args.jobs)] if args.jobs else []
    bench = Bench(corpus, codemod, ast_grep, extra)
    try:
        help_cpu, small_cpu = bench.startup()
        print(f"start-up (CPU): codemod --help {help_cpu:.3f} s; codemod diff on one small file {small_cpu:.3f} s")
        _, _, summary = bench.ours()  # warm-up: file cache, bytecode
        bench.ours(warm=True)  # fills the result cache
        if ast_grep:
            bench.theirs()
        cold, warm, theirs = Timings(), Timings(), Timings()
        for _ in range(args.runs):
            cold.add(*bench.ours()[:2])
            warm.add(*bench.ours(warm=True)[:2])
            if ast_grep:
                theirs.add(*bench.theirs())
        print("codemod diff summary:")
        print("  " + "\n  ".join(summary.strip().splitlines()))
        print(f"codemod diff (all transforms), cold (--no-cache): {cold.describe()}")
        print(f"codemod diff (all transforms), warm (cached): {warm.describe()}")
        if not ast_grep:
            print("ast-grep not installed (pip install ast-grep-cli): no ratio")
            return
        print(f"ast-grep one rule ({bench.rule_matches()} rewrites): {theirs.describe()}")
        for name, ours in (("cold", cold), ("warm", warm)):
            print(f"ratio ours/ast-grep, {name}: wall {ours.wall_median / theirs.wall_median:.2f}, "
                  f"cpu {ours.cpu_median / theirs.cpu_median:.2f}")
    finally:
        bench.close()


def _venv_tool(name: str) -> str | None:
    path = BIN / name
    return str(path) if path.exists() else None


# -- where the time goes -------------------------------------------------------------------------

def breakdown(corpus: Path) -> None:
    """Start-up, catalog load, parsing and each transform's share of the engine, in CPU seconds (so
    that other load on the machine does not count), measured in one process."""
    startup = min(timed([sys.executable, "-c", "import codemods.cli, codemods.registry; codemods.registry.all_transforms()"])[1]
                  for _ in range(3))
    bare = min(timed([sys.executable, "-c", "pass"])[1] for _ in range(3))
    print(f"CPU seconds: interpreter start-up {bare:.3f}; + importing the CLI and every transform {startup - bare:.3f}")

    from codemods.catalog import load_catalog
    from codemods.core import languages
    from codemods.core.engine import RunConfig, fix_file
    from codemods.core.source import SourceFile
    from codemods.registry import all_transforms

    start = time.process_time()
    load_catalog()
    print(f"catalog load: {time.process_time() - start:.3f} s")

    paths = sorted(str(p) for p in corpus.rglob("*.ts"))
    sources = [SourceFile.from_bytes(p, Path(p).read_bytes()) for p in paths]
    start = time.process_time()
    for source in sources:
        languages.parse(source.language, source.text)
    parse_time = time.process_time() - start
    print(f"parsing {len(sources)} files once: {parse_time:.3f} s ({parse_time / len(sources) * 1000:.2f} ms a file)")

    transforms = [t for t in all_transforms() if {s.language for s in sources} & set(t.languages)]
    spent = dict.fromkeys((t.id for t in transforms), 0.0)
    calls = dict.fromkeys(spent, 0)
    for transform in transforms:
        transform.check = _timed_check(transform, spent, calls)
    project = projects_by_path(paths)
    start = time.process_time()
    try:
        for source in sources:
            fix_file(source.path, source.to_bytes(), RunConfig(transforms), project[source.path])
    finally:
        for transform in transforms:
            del transform.check
    total = time.process_time() - start
    print(f"engine, every file to its fixed point: {total:.3f} s, {max(calls.values()) / len(sources):.2f} passes "
          f"a file; checks {sum(spent.values()):.3f} s, by transform (shared caches count for the first "
          "transform to fill them):")
    for transform_id, seconds in sorted(spent.items(), key=lambda item: -item[1]):
        print(f"  {transform_id:32} {seconds:.3f} s")


def _timed_check(transform, spent: dict[str, float], calls: dict[str, int]):
    check = transform.check

    def timed_check(ctx):
        start = time.process_time()
        findings = list(check(ctx))
        spent[transform.id] += time.process_time() - start
        calls[transform.id] += 1
        return findings

    return timed_check


def projects_by_path(paths: list[str]) -> dict:
    """Each file's project, grouped by package root as ``codemod`` groups them."""
    from codemods.core.project import Project
    from codemods.runner import package_root

    packages: dict[str | None, list[str]] = {}
    for path in paths:
        packages.setdefault(package_root(Path(path).resolve().parent), []).append(path)
    projects = {}
    for group in packages.values():
        project = Project(group)
        projects.update(dict.fromkeys(group, project))
    return projects


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--files", type=int, default=300)
    parser.add_argument("--runs", type=int, default=5, help="timed runs of each tool (default 5)")
    parser.add_argument("--corpus", type=Path, help="corpus folder (default: a folder under the temp dir)")
    parser.add_argument("--jobs", type=int, help="pass --jobs to codemod")
    parser.add_argument("--codemod", help="codemod executable (default: the one beside this Python)")
    parser.add_argument("--ast-grep", dest="ast_grep", help="ast-grep executable")
    parser.add_argument("--breakdown", action="store_true", help="also show where codemod's time goes")
    args = parser.parse_args(argv)
    corpus = args.corpus or Path(tempfile.gettempdir()) / "cdktf-codemods-bench" / f"seed{args.seed}-files{args.files}"
    manifest = ensure_corpus(corpus, args.seed, args.files)
    print(f"corpus {corpus}: {manifest['files']} files in {manifest['projects']} projects")
    run_bench(args, corpus)
    if args.breakdown:
        breakdown(corpus)
    return 0


if __name__ == "__main__":
    sys.exit(main())
