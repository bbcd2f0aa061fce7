"""The same batch on a Dask LocalCluster (two worker processes) matches the local run."""
from __future__ import annotations

import pytest
from test_batch_resume import (
    codemod_batch,
    outputs,
    report_without_timings,
    write_inputs,
)
from typer.testing import CliRunner

from codemods.cli import app

pytest.importorskip("distributed")


def test_dask_gives_the_local_outputs_and_report(tmp_path):
    inputs = write_inputs(tmp_path / "in", records=30, documents=12)
    local, cluster = tmp_path / "local", tmp_path / "cluster"
    runner = CliRunner()
    result = runner.invoke(app, codemod_batch(inputs, local, "-j", "1")[3:])
    assert result.exit_code == 0, result.output
    result = runner.invoke(app, codemod_batch(inputs, cluster, "-j", "2", "--scheduler", "local")[3:])
    assert result.exit_code == 0, result.output
    assert outputs(cluster) == outputs(local)
    assert report_without_timings(cluster) == report_without_timings(local)
    assert len(report_without_timings(local)) == 42
