"""Outputs are written atomically: never half a file."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest._output import write_atomic
from digest.errors import OutputError


def test_write_creates_parent_folders_and_leaves_no_temp_files(tmp_path: Path) -> None:
    """The file appears whole, its folder is created, and no temporary file is left behind."""
    target = tmp_path / "out" / "digest.json"
    write_atomic(target, "hello\n")
    assert target.read_text(encoding="utf-8") == "hello\n"
    assert [p.name for p in target.parent.iterdir()] == ["digest.json"]


def test_unwritable_target_is_a_one_line_output_error(tmp_path: Path) -> None:
    """Writing over a folder fails with OutputError naming the path, and the folder survives."""
    target = tmp_path / "taken"
    target.mkdir()
    with pytest.raises(OutputError, match="taken: cannot write"):
        write_atomic(target, "x")
    assert target.is_dir()
    assert list(target.iterdir()) == []
    assert [p.name for p in tmp_path.iterdir()] == ["taken"]
