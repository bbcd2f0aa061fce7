"""Killing a batch half-way and running it again gives the outputs of an uninterrupted run."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

from typer.testing import CliRunner

from codemods.cli import app

STACK = '''import {{ Construct }} from "constructs";
import {{ TerraformStack }} from "cdktf";
import {{ S3Bucket, SqsQueue }} from "@cdktf/provider-aws";

export class {name}Stack extends TerraformStack {{
  constructor(scope: Construct, id: string) {{
    super(scope, id);
    const queue = new SqsQueue(this, "jobs", {{ name: "{slug}-jobs" }});
    new S3Bucket(this, "files", {{ bucketPrefix: "{slug}-" + queue.name }});
  }}
}}
'''
ENTRY = '''import {{ App }} from "cdktf";
import {{ {name}Stack }} from "../lib/{slug}-stack";

const app = new App();
new {name}Stack(app, "{slug}");
app.synth();
'''


def response(i: int) -> str:
    name, slug = f"Unit{i}", f"unit{i}"
    entry = f"## bin/main.ts\n\n```ts\n{ENTRY.format(name=name, slug=slug)}```\n" if i % 2 else ""
    return (f"Sample {i}: a queue and a bucket.\n\n### `lib/{slug}-stack.ts`\n\n```typescript\n"
            f"{STACK.format(name=name, slug=slug)}```\n\n{entry}That is all.\n")


def write_inputs(folder: Path, records: int, documents: int) -> Path:
    """A folder holding ``data.jsonl`` (``records`` lines, one not a record) and ``documents`` responses."""
    (folder / "responses").mkdir(parents=True)
    lines = [json.dumps({"uid": f"r{i}", "completion": response(i)}) if i != 3 else "not json" for i in range(records)]
    (folder / "data.jsonl").write_text("\n".join(lines) + "\n")
    for i in range(documents):
        (folder / "responses" / f"{i:03}.md").write_text(response(1000 + i), newline="\r\n" if i % 3 == 0 else "\n")
    return folder


def outputs(out: Path) -> dict[str, bytes]:
    """Every file under ``out`` except the report."""
    return {str(p.relative_to(out)): p.read_bytes() for p in sorted(out.rglob("*"))
            if p.is_file() and p.name != "report.jsonl"}


def report_without_timings(out: Path) -> list[dict]:
    records = [json.loads(line) for line in (out / "report.jsonl").read_text().splitlines()]
    for record in records:
        record.pop("seconds")
    return records


def codemod_batch(inputs: Path, out: Path, *options: str) -> list[str]:
    return [sys.executable, "-c", "from codemods.cli import main; main()", "batch", str(inputs), "--out", str(out), "--field", "completion",
            "--id-field", "uid", *options]


def reported(out: Path) -> int:
    try:
        return (out / "report.jsonl").read_bytes().count(b"\n")
    except FileNotFoundError:
        return 0


def test_a_killed_batch_resumes_to_the_same_outputs(tmp_path):
    inputs = write_inputs(tmp_path / "in", records=240, documents=30)
    total = 270
    whole, resumed = tmp_path / "whole", tmp_path / "resumed"
    result = CliRunner().invoke(app, codemod_batch(inputs, whole, "-j", "1")[3:])
    assert result.exit_code == 0, result.output

    run = subprocess.Popen(codemod_batch(inputs, resumed, "-j", "2"), stdout=subprocess.DEVNULL,
                           stderr=subprocess.DEVNULL, start_new_session=True)
    deadline = time.monotonic() + 120
    while reported(resumed) < 60 and run.poll() is None and time.monotonic() < deadline:
        time.sleep(0.01)
    os.killpg(run.pid, signal.SIGKILL)
    run.wait()
    done_when_killed = reported(resumed)
    assert 0 < done_when_killed < total, f"the batch was not killed half-way ({done_when_killed} of {total})"

    again = subprocess.run(codemod_batch(inputs, resumed, "-j", "2"), capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert f"resuming: {done_when_killed} of {total} sample(s) already done" in again.stderr
    assert outputs(resumed) == outputs(whole)
    assert report_without_timings(resumed) == report_without_timings(whole)
    assert len(report_without_timings(whole)) == total
