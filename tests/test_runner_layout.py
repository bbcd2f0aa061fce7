"""Without package markers, files are grouped into projects by the CDKTF layout."""
from pathlib import Path

from codemods.runner import layout_root


def test_files_under_lib_or_bin_belong_to_the_folder_holding_them(tmp_path: Path):
    assert layout_root(tmp_path / "task-1" / "lib") == str(tmp_path / "task-1")
    assert layout_root(tmp_path / "task-1" / "bin") == str(tmp_path / "task-1")
    assert layout_root(tmp_path / "task-2" / "lib" / "constructs") == str(tmp_path / "task-2")


def test_other_files_belong_to_their_own_folder(tmp_path: Path):
    assert layout_root(tmp_path / "stacks") == str(tmp_path / "stacks")
