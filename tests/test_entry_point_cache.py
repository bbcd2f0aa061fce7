"""The registry's kept list of entry points: used while the import paths are unchanged, asked again otherwise."""
from __future__ import annotations

import json

from codemods import registry


def test_the_kept_list_matches_importlib_metadata():
    from importlib.metadata import entry_points

    expected = sorted((e.name, e.value) for e in entry_points(group=registry.GROUP))
    assert registry.registered() == expected
    assert registry.registered() == expected  # the second answer comes from the kept file


def test_a_kept_list_is_read_while_the_paths_are_unchanged(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "__file__", str(tmp_path / "registry.py"))
    (tmp_path / "__pycache__").mkdir()
    kept = tmp_path / "__pycache__" / f"entry-points-{registry._paths_digest()}.json"
    kept.write_text(json.dumps([["other", "somewhere:thing"]]))
    assert registry.registered() == [("other", "somewhere:thing")]


def test_a_new_install_on_the_path_asks_again(tmp_path, monkeypatch):
    monkeypatch.setattr(registry, "__file__", str(tmp_path / "registry.py"))
    (tmp_path / "__pycache__").mkdir()
    site = tmp_path / "site"
    site.mkdir()
    monkeypatch.syspath_prepend(str(site))
    registry.registered()
    before = registry._paths_digest()
    (site / "plugin-1.0.dist-info").mkdir()  # what an install does to its folder
    import os
    os.utime(site, ns=(10**18, 10**18))
    assert registry._paths_digest() != before
    files = list((tmp_path / "__pycache__").glob("entry-points-*.json"))
    assert len(files) == 1
    registry.registered()
    assert [f.name for f in (tmp_path / "__pycache__").glob("entry-points-*.json")] == [
        f"entry-points-{registry._paths_digest()}.json"]  # the stale list is removed


def test_load_follows_the_attribute_path():
    assert registry._load("codemods.registry:registered") is registry.registered
    assert registry._load("json") is json
