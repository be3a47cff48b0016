"""Inputs cut short (a feed, a message, a mailbox saved half-way): read as far as they go, said in
the ledger, and a ``--strict`` run stops on them with one line naming the file."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.errors import InputError
from digest.ingest import read_stories
from digest.models import Document, Dropped, DropReason
from digest.readers import read_path
from digest.settings import ReadSettings

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def _cut(tmp_path: Path, name: str, keep: int) -> Path:
    data = (FORMATS / name).read_bytes()
    path = tmp_path / name
    path.write_bytes(data[:keep])
    return path


def _unreadable(items: list[object]) -> list[Dropped]:
    return [i for i in items if isinstance(i, Dropped) and i.reason is DropReason.UNREADABLE]


def test_a_feed_cut_short_is_read_as_far_as_it_goes_and_said(tmp_path: Path) -> None:
    whole = [i for i in read_path(FORMATS / "shanghai-wire.rss", ReadSettings()) if isinstance(i, Document)]
    cut = _cut(tmp_path, "shanghai-wire.rss", len((FORMATS / "shanghai-wire.rss").read_bytes()) * 2 // 3)
    items = list(read_path(cut, ReadSettings()))
    (said,) = _unreadable(items)
    assert said.detail.startswith("not well-formed XML (line ")
    documents = [i for i in items if isinstance(i, Document)]
    assert 0 < len(documents) <= len(whole)
    assert documents[0].edition.title == whole[0].edition.title
    with pytest.raises(InputError, match="not well-formed XML") as raised:
        read_stories([cut], strict=True)
    assert raised.value.path == str(cut)
    assert read_stories([cut]).stories  # without --strict, what was recovered is kept


def test_a_feed_entry_without_title_or_text_is_an_empty_ledger_entry(tmp_path: Path) -> None:
    feed = tmp_path / "wire.rss"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>'
        "<item><title>Ningde lifts output</title><description>CATL raised output.</description></item>"
        "<item><link>https://wire.example/2</link></item></channel></rss>",
        encoding="utf-8",
    )
    reading = read_stories([feed])
    assert [s.title for s in reading.stories] == ["Ningde lifts output"]
    (empty,) = [d for d in reading.dropped if d.reason is DropReason.EMPTY]
    assert empty.text == "https://wire.example/2"


def test_a_message_cut_short_is_read_and_said(tmp_path: Path) -> None:
    data = (FORMATS / "china-tech-brief.eml").read_bytes()
    closing = data.index(b"--===============3360772930465580101==--")
    cut = _cut(tmp_path, "china-tech-brief.eml", closing - 200)
    items = list(read_path(cut, ReadSettings()))
    (said,) = _unreadable(items)
    assert "cut short" in said.detail
    assert next(i for i in items if isinstance(i, Document)).body
    with pytest.raises(InputError, match="cut short"):
        read_stories([cut], strict=True)
    assert not _unreadable(list(read_path(FORMATS / "china-tech-brief.eml", ReadSettings())))


def test_a_mailbox_cut_in_its_last_messages_headers(tmp_path: Path) -> None:
    data = (FORMATS / "yuan-ledger.mbox").read_bytes()
    last = data.index(b"\nFrom editors@")
    cut = _cut(tmp_path, "yuan-ledger.mbox", data.index(b"\n", last + 1) + 1 + 60)
    reading = read_stories([cut])
    (said,) = [d for d in reading.dropped if d.reason is DropReason.UNREADABLE]
    assert said.detail.startswith("message 2: the message is cut short")
    assert [d.detail for d in reading.dropped if d.reason is DropReason.EMPTY] == ["edition with no text"]
    assert {s.date for s in reading.stories} == {e.date for e in reading.editions[:1]}
    with pytest.raises(InputError, match="message 2"):
        read_stories([cut], strict=True)
