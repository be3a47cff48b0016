"""Reading inputs end to end: the ledger, duplicates across containers, and strict mode."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.errors import InputError
from digest.ingest import read_stories
from digest.models import DropReason
from digest.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_fixtures_read_into_stories_and_ledger() -> None:
    """All fixtures read: many stories, every edition named, bad JSON Lines records in the ledger."""
    reading = read_stories([FIXTURES], Settings())
    assert len(reading.stories) >= 70
    assert len({s.id for s in reading.stories}) == len(reading.stories)
    assert all(e.source for e in reading.editions)
    unreadable = [d for d in reading.dropped if d.reason is DropReason.UNREADABLE]
    assert unreadable
    assert all(d.path.endswith(".jsonl") for d in unreadable)


def test_same_story_twice_is_a_duplicate(tmp_path: Path) -> None:
    """The same edition read from two files gives its stories once, the copies in the ledger."""
    source = FIXTURES / "formats" / "euro-china-letter-cp1252.txt"
    for name in ("a.txt", "b.txt"):
        (tmp_path / name).write_bytes(source.read_bytes())
    reading = read_stories([tmp_path], Settings())
    duplicates = [d for d in reading.dropped if d.reason is DropReason.DUPLICATE]
    assert len(reading.stories) == len(duplicates) == 4
    assert all("same story as" in d.detail for d in duplicates)


def test_strict_stops_at_an_unreadable_file_inside_a_folder(tmp_path: Path) -> None:
    """With strict, a bad file met while walking a folder stops the run with its name."""
    (tmp_path / "good.md").write_text("## Nio cuts prices\n\nNio cut prices by 10%.\n", encoding="utf-8")
    (tmp_path / "bad.jsonl").write_text("{not json\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"bad\.jsonl"):
        read_stories([tmp_path], Settings(), strict=True)
    reading = read_stories([tmp_path], Settings())
    assert [s.title for s in reading.stories] == ["Nio cuts prices"]
    assert [d.reason for d in reading.dropped] == [DropReason.UNREADABLE]


def test_missing_input_is_an_error_before_anything_is_read(tmp_path: Path) -> None:
    """A named input that does not exist is a mistake in the command: an error naming it, strict or not."""
    good = tmp_path / "good.txt"
    good.write_text("Nio cut prices.\n", encoding="utf-8")
    missing = tmp_path / "nope.eml"
    seen: list[str] = []
    with pytest.raises(InputError, match=r"nope\.eml: no such file or folder"):
        read_stories([good, missing], Settings(), on_progress=seen.append)
    assert seen == []
    with pytest.raises(InputError, match=r"nope\.eml"):
        read_stories([missing], Settings(), strict=True)
