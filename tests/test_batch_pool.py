"""The local worker pool: input order, and a worker process that dies costs only its sample."""
from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from test_batch import response

from codemods.batch.runner import LocalPool
from codemods.batch.samples import MARKDOWN, Sample
from codemods.batch.worker import Settings, process

SETTINGS = Settings(select=("split-provider-imports",))


def dies_on_c(sample: Sample, settings: Settings):
    if sample.key == "c.md":
        os._exit(3)
    return process(sample, settings)


def samples(keys: str) -> list[Sample]:
    return [Sample(MARKDOWN, f"{key}.md", response(f"Unit{key.upper()}")) for key in keys]


def test_results_come_back_in_input_order():
    with LocalPool(SETTINGS, 2) as pool:
        keys = [sample.key for sample, _ in pool.map(iter(samples("abcdefghijklmn")))]
    assert keys == [f"{key}.md" for key in "abcdefghijklmn"]


def test_a_dying_worker_fails_its_sample_and_the_others_are_fixed():
    with LocalPool(SETTINGS, 2, task=dies_on_c) as pool:
        results = [(sample.key, outcome.record["status"], outcome.record.get("errors"))
                   for sample, outcome in pool.map(iter(samples("abcdefghij")))]
    assert [key for key, _, _ in results] == [f"{key}.md" for key in "abcdefghij"]
    assert results[2] == ("c.md", "failed", ["the worker process died while fixing this sample"])
    assert all(status == "changed" for key, status, _ in results if key != "c.md")


def test_a_pool_found_broken_when_submitting_is_replaced(monkeypatch):
    """A worker can die between two submissions: the next submit raises instead of a result."""
    from concurrent.futures import ThreadPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    class Broken:
        def submit(self, *args):
            raise BrokenProcessPool("a child process terminated abruptly")

        def shutdown(self, *args, **kwargs):
            pass

    made = []
    monkeypatch.setattr(LocalPool, "_new_executor", staticmethod(
        lambda workers: made.append(workers) or (Broken() if len(made) == 1 else ThreadPoolExecutor(workers))))
    with LocalPool(SETTINGS, 2, task=lambda sample, settings: sample.key) as pool:
        assert [outcome for _, outcome in pool.map(iter(samples("abc")))] == ["a.md", "b.md", "c.md"]
    assert made[0] == 2 and len(made) == 2


def waits_for_the_others(sample: Sample, settings: Settings):
    """``a`` finishes only once 12 later samples are done (or after 30 s); each sample leaves a
    file in the folder its data names, so ``a`` can see them."""
    folder = Path(sample.data.decode())
    if sample.key == "a":
        deadline = time.monotonic() + 30
        while len(list(folder.iterdir())) < 12 and time.monotonic() < deadline:
            time.sleep(0.01)
        seen = len(list(folder.iterdir()))
    else:
        seen = None
    (folder / sample.key).touch()
    return sample.key, seen


def test_workers_go_on_past_a_slow_sample_while_outputs_stay_in_order(tmp_path):
    """Outputs are written in input order, but the samples after a slow one are fixed meanwhile
    (up to a bound), so one slow sample does not leave the other workers idle."""
    keys = [f"{chr(97 + i)}" for i in range(16)]
    with LocalPool(SETTINGS, 2, task=waits_for_the_others) as pool:
        results = [outcome for _, outcome in pool.map(Sample(MARKDOWN, key, str(tmp_path).encode()) for key in keys)]
    assert [key for key, _ in results] == keys
    assert results[0][1] >= 12


def counts_runs(sample: Sample, settings: Settings):
    """Logs each run in the folder the data names; ``c`` kills its worker after a while."""
    folder = Path(sample.data.decode())
    with (folder / "runs").open("a") as log:
        log.write(sample.key + "\n")
    if sample.key == "c":
        time.sleep(2)  # the other worker fixes all the others meanwhile
        os._exit(3)
    return sample.key


def test_after_a_worker_dies_the_samples_that_came_back_are_not_fixed_again(tmp_path):
    keys = list("abcdefgh")
    with LocalPool(SETTINGS, 2, task=counts_runs) as pool:
        results = [(s.key, o if isinstance(o, str) else o.record["status"])
                   for s, o in pool.map(Sample(MARKDOWN, key, str(tmp_path).encode()) for key in keys)]
    assert results == [(key, "failed" if key == "c" else key) for key in keys]
    runs = (tmp_path / "runs").read_text().split()
    assert {key: runs.count(key) for key in keys} == {key: 2 if key == "c" else 1 for key in keys}


@pytest.mark.parametrize("jobs", [1, 2, 3])
def test_outcomes_are_the_same_for_any_number_of_workers(jobs):
    batch = [Sample(MARKDOWN, f"{i}.md", response(f"Unit{i}")) for i in range(12)]
    expected = [process(sample, SETTINGS).record for sample in batch]
    with LocalPool(SETTINGS, jobs) as pool:
        got = [outcome.record for _, outcome in pool.map(iter(batch))]
    for record in expected + got:
        record.pop("seconds")
    assert got == expected


def test_a_worker_freezes_its_heap_when_it_exits_and_not_before(monkeypatch):
    import atexit
    import gc

    from codemods.batch import worker

    registered = []
    monkeypatch.setattr(worker, "_exit_freeze", False)
    monkeypatch.setattr(atexit, "register", registered.append)
    frozen = gc.get_freeze_count()
    for sample in samples("abc"):
        assert process(sample, SETTINGS).record["status"] == "changed"
    assert registered == [gc.freeze]
    assert gc.get_freeze_count() == frozen  # the engine's own collector policy runs unchanged
