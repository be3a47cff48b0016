"""Outputs are written atomically: never half a file."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cli.output import write_atomic
from digest.errors import OutputError
from digest.render.json import dumps, iter_json


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


def test_pieces_are_written_in_order_and_a_failing_piece_leaves_nothing(tmp_path: Path) -> None:
    """A digest written in pieces is the pieces joined; if making one fails, no file is left."""
    target = tmp_path / "digest.json"
    write_atomic(target, iter(["{", '"a": 1', "}\n"]))
    assert target.read_text(encoding="utf-8") == '{"a": 1}\n'

    def broken() -> Iterator[str]:
        yield "{"
        raise RuntimeError("rendering failed")

    with pytest.raises(RuntimeError):
        write_atomic(tmp_path / "other.json", broken())
    assert [p.name for p in tmp_path.iterdir()] == ["digest.json"]


_JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(alphabet='ab<>&"\\é\n'),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(alphabet="k<&", max_size=3), inner),
    max_leaves=20,
)


@given(_JSON)
def test_json_in_pieces_equals_the_one_string_form(data: object) -> None:
    """Escaping piece by piece gives the same text as escaping the whole text once."""
    whole = json.dumps(data, ensure_ascii=False, indent=2)
    expected = whole.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026") + "\n"
    assert "".join(iter_json(data)) == dumps(data) == expected
