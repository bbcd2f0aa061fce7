"""The local worker pool: input order, and a worker process that dies costs only its sample."""
from __future__ import annotations

import os

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
