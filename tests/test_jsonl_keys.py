"""JSON Lines written by other tools: their keys for title, text, link, source and date are read,
and a record without an id gets a stable one."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.models import Story
from digest.readers import _jsonl

NEWSAPI = {
    "source": {"id": None, "name": "Caixin Global"},
    "author": "Staff",
    "title": "CATL weighs HK$41 billion follow-on share sale",
    "description": "The battery maker is weighing a follow-on sale in Hong Kong.",
    "url": "https://caixin.example/catl?utm_source=newsapi",
    "publishedAt": "2026-02-01T11:45:00Z",
    "content": "Contemporary Amperex Technology is weighing a follow-on share sale … [+2345 chars]",
}
SCRAPER = {
    "headline": "BYD January sales fall 30%",
    "body": "BYD sold 210,051 vehicles in January.",
    "link": "https://wire.example/byd",
    "publisher": "Wire",
    "published": "2026-02-02",
}


def _read(tmp_path: Path, name: str, *records: dict[str, object]) -> list[Story]:
    path = tmp_path / name
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return list(read_stories([path]).stories)


def test_newsapi_and_scraper_records_are_read(tmp_path: Path) -> None:
    catl, byd = _read(tmp_path, "export.jsonl", NEWSAPI, SCRAPER)
    assert catl.source == "Caixin Global"
    assert catl.text == "Contemporary Amperex Technology is weighing a follow-on share sale"
    assert catl.date == dt.date(2026, 2, 1)
    assert catl.url is not None
    assert "utm_" not in catl.url
    assert (byd.title, byd.source, byd.url, byd.date) == (
        "BYD January sales fall 30%",
        "Wire",
        "https://wire.example/byd",
        dt.date(2026, 2, 2),
    )


def test_a_record_without_an_id_gets_the_same_id_in_every_file(tmp_path: Path) -> None:
    """The id comes from source, link, title and date: one record exported twice is one story."""
    (first,) = _read(tmp_path, "monday.jsonl", SCRAPER)
    (again,) = _read(tmp_path, "tuesday.jsonl", SCRAPER)
    assert first.id == again.id
    assert len(first.id) == 16
    (other,) = _read(tmp_path, "other.jsonl", {**SCRAPER, "headline": "BYD February sales rise"})
    assert other.id != first.id


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            ["Text", " ", "\n", "…", "...", "[+", "12", " chars]", "chars]", "[+3 chars]", " chars", "]"]
        ),
        max_size=12,
    )
)
def test_cut_mark_looked_for_only_where_it_can_be(pieces: list[str]) -> None:
    """A text without " chars]" is kept as it is: the same text as the cut mark's substitution."""
    text = "".join(pieces)
    assert _jsonl._uncut(text) == _jsonl._CUT_MARK.sub("", text)
