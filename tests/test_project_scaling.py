"""One project costs what its files cost: what a file looks up in the other files of its project
(declarations, construct props, interfaces, names passed as tags) comes from indexes built once per
project, so doubling the files of one project doubles the work rather than quadrupling it.

The work is counted, not timed: the Python function calls of the engine's run (cProfile), in a
fresh process per size so that no cache of an earlier run answers. The files are generated stacks
(``bench/generate_corpus.py``) put into one project, the second size holding every file twice
under another folder: the same texts, so a file's own work is the same, and every class name
(``TapStack``) is declared twice as often, as in a folder of model responses.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FILES = 12

COUNT_CALLS = r"""
import cProfile, json, pstats, sys
from codemods.core.engine import RunConfig
from codemods.registry import all_transforms
from codemods.runner import run
config = RunConfig([t for t in all_transforms() if "typescript" in t.languages])
list(run([sys.argv[2]], config, True, 1, None))  # imports, the catalog, compiled queries
profile = cProfile.Profile()
profile.enable()
results = list(run([sys.argv[1]], config, True, 1, None))
profile.disable()
print(json.dumps({"calls": pstats.Stats(profile).total_calls, "files": len(results),
                  "changed": sum(r.changed for r in results), "failed": sum(r.status.value == "failed" for r in results)}))
"""


@pytest.fixture(scope="module")
def stacks(tmp_path_factory) -> list[bytes]:
    sys.path.insert(0, str(ROOT / "bench"))
    try:
        from generate_corpus import generate
    finally:
        sys.path.remove(str(ROOT / "bench"))
    out = tmp_path_factory.mktemp("generated") / "corpus"
    generate(out, seed=5, count=FILES)
    return [p.read_bytes() for p in sorted(out.rglob("*.ts"))]


def _project(folder: Path, stacks: list[bytes], copies: int) -> Path:
    (folder / "cdktf.json").parent.mkdir(parents=True)
    (folder / "cdktf.json").write_text(json.dumps({"language": "typescript", "app": "npx ts-node main.ts"}))
    for copy in range(copies):
        for i, text in enumerate(stacks):
            path = folder / "lib" / f"copy{copy}" / f"stack{i:02d}.ts"
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_bytes(text)
    return folder


def _calls(project: Path, warm_up: Path) -> dict:
    done = subprocess.run([sys.executable, "-c", COUNT_CALLS, str(project), str(warm_up)],
                          capture_output=True, text=True, check=True)
    return json.loads(done.stdout.strip().splitlines()[-1])


@pytest.mark.slow
def test_doubling_the_files_of_one_project_doubles_the_work(tmp_path, stacks):
    warm_up = tmp_path / "warm-up"
    _project(warm_up, stacks[:1], 1)
    one = _calls(_project(tmp_path / "one", stacks, 1), warm_up)
    two = _calls(_project(tmp_path / "two", stacks, 2), warm_up)
    assert (one["files"], two["files"]) == (len(stacks), 2 * len(stacks))
    assert one["failed"] == two["failed"] == 0
    assert two["changed"] == 2 * one["changed"] > 0  # the files are fixed as they would be alone
    ratio = two["calls"] / one["calls"]
    assert 1.8 <= ratio <= 2.2, f"{one['calls']} calls for {one['files']} files, {two['calls']} for {two['files']}"


def test_the_project_is_counted_as_one(tmp_path, stacks):
    # the sizes above are one project each: a file's look-ups see all the others
    from codemods.runner import package_root

    project = _project(tmp_path / "p", stacks[:2], 2)
    roots = {package_root(p.parent) for p in project.rglob("*.ts")}
    assert roots == {str(project)}
