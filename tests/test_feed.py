"""The Atom feed of the latest digests: valid Atom 1.0 (feedparser, no bozo), one entry a week, stable ids."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

import feedparser
import pytest

from digest.cli.main import main
from digest.history.store import History

WEEKS = Path(__file__).parent / "newsletters" / "weekly"
W05, W06 = WEEKS / "2026-W05", WEEKS / "2026-W06"


def _weeks(tmp_path: Path, *weeks: tuple[Path, str]) -> str:
    state = str(tmp_path / "history.sqlite")
    for folder, week in weeks:
        target = str(tmp_path / f"{week}.md")
        assert main(["compile", str(folder), "--week", week, "--state", state, "-q", "-o", target]) == 0
    return state


def _feed(state: str, out: Path, *extra: str) -> Any:
    assert main(["feed", "--state", state, "-o", str(out), *extra]) == 0
    parsed = feedparser.parse(out.read_bytes())
    assert not parsed.bozo, parsed.get("bozo_exception")
    assert parsed.version == "atom10"
    return parsed


def test_feed_of_two_weeks_is_valid_atom_with_each_weeks_digest(tmp_path: Path) -> None:
    """Two entries, latest week first, each with its title, its recorded time and its digest as HTML."""
    state = _weeks(tmp_path, (W05, "2026-W05"), (W06, "2026-W06"))
    feed = _feed(state, tmp_path / "digests.atom")
    assert [e.title for e in feed.entries] == [
        "Newsletter digest: 2026-W06 (2–8 February 2026)",
        "Newsletter digest: 2026-W05 (26 January – 1 February 2026)",
    ]
    with History(state) as history:
        recorded = {p.period: p.recorded_at for p in history.periods()}
    assert [e.updated for e in feed.entries] == [recorded["2026-W06"], recorded["2026-W05"]]
    for entry, week in zip(feed.entries, ("2026-W06", "2026-W05"), strict=True):
        (content,) = entry.content
        assert content.type == "text/html"
        markdown = (tmp_path / f"{week}.md").read_text(encoding="utf-8")
        headlines = re.findall(r"^### (?:\[)?([^\]\n]+)", markdown, flags=re.MULTILINE)
        assert headlines
        assert all(h.replace("\\", "") in content.value for h in headlines)
        assert "<style" not in content.value  # the column only: readers bring their own styles


def test_ids_are_stable_when_a_week_is_compiled_again(tmp_path: Path) -> None:
    """Compiling a week again keeps its entry id (and updates its time); the feed id never changes."""
    state = _weeks(tmp_path, (W05, "2026-W05"), (W06, "2026-W06"))
    first = _feed(state, tmp_path / "a.atom")
    _weeks(tmp_path, (W06, "2026-W06"))
    second = _feed(state, tmp_path / "b.atom")
    assert first.feed.id == second.feed.id
    assert [e.id for e in first.entries] == [e.id for e in second.entries]
    assert len({e.id for e in second.entries}) == 2
    _feed(state, tmp_path / "c.atom")
    assert (tmp_path / "c.atom").read_bytes() == (
        tmp_path / "b.atom"
    ).read_bytes()  # same history, same bytes


def test_link_names_the_feed_and_limit_keeps_the_latest(tmp_path: Path) -> None:
    """--link gives the feed its self link and ids under that address; --limit 1 keeps the latest week."""
    state = _weeks(tmp_path, (W05, "2026-W05"), (W06, "2026-W06"))
    link = "https://example.org/digests.atom"
    feed = _feed(state, tmp_path / "d.atom", "--link", link, "--limit", "1")
    assert feed.feed.id == link
    assert [e.id for e in feed.entries] == [f"{link}#2026-W06"]
    assert any(item.get("rel") == "self" and item.get("href") == link for item in feed.feed.links)


def test_input_text_stays_text_in_the_feed(tmp_path: Path) -> None:
    """A title with markup and control characters is text in the feed's XML, which stays well-formed."""
    state = tmp_path / "history.sqlite"
    title = "Week <script>alert(1)</script> & \x01 more"
    with History(state) as history:
        when = dt.datetime(2026, 2, 9, 6, 30, tzinfo=dt.UTC)
        history.record(dt.date(2026, 2, 2), dt.date(2026, 2, 8), title, [], when, html="<p>x &lt;b&gt;</p>")
    feed = _feed(str(state), tmp_path / "e.atom")
    (entry,) = feed.entries
    assert "<script>alert(1)</script>" in entry.title
    assert "\x01" not in (tmp_path / "e.atom").read_text(encoding="utf-8")
    assert entry.updated == "2026-02-09T06:30:00+00:00"


def test_empty_history_is_one_line_and_exit_1(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """No digest recorded yet: one line saying what to run, no file written."""
    out = tmp_path / "f.atom"
    assert main(["feed", "--state", str(tmp_path / "h.sqlite"), "-o", str(out)]) == 1
    err = capsys.readouterr().err
    assert len(err.splitlines()) == 1
    assert "digest compile" in err
    assert not out.exists()
    assert main(["feed", "--state", str(tmp_path / "h.sqlite"), "--link", "javascript:x"]) == 2
