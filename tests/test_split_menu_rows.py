"""A menu printed one entry per line with a lone bar between each two ("Signup", "|", "Work With Us",
"|", "Archive"), as a converted e-mail keeps a row of links: one row, the page's menu, never the
section of the text under it. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

import time

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import _separator_rows
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Harbour Signals
Port news for people who move things.
Signup
|
Work With Us
|
Follow on X
|
Archive
Hey Sam,
Porto had a big week. Its new cranes cut the time to unload a ship by a fifth, the operator said.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.
"""


def test_a_menu_printed_down_the_page_is_one_row_of_navigation() -> None:
    split = split_text(_BODY)
    assert all(story.section != "Signup" for story in split.stories)
    assert not any(story.title in {"Signup", "Work With Us", "Follow on X"} for story in split.stories)
    row = [entry for entry in split.dropped if entry.text == "Signup | Work With Us | Follow on X | Archive"]
    assert [entry.reason for entry in row] == [DropReason.NAVIGATION]


def test_rows_need_two_separators_and_short_entries() -> None:
    lines = ["Oil rose on Monday", "|", "Gold fell"]
    assert _separator_rows(lines) == lines
    long = ["The port of Porto cut the time to unload a ship", "|", "Gold fell", "|", "Rates"]
    assert _separator_rows(long) == long
    assert _separator_rows(["A", "·", "B", "·", "C", "text"]) == ["A · B · C", "text"]


def test_a_row_of_names_is_no_menu() -> None:
    assert block_verdict("Apple | Google | Meta") is None
    assert block_verdict("Porto | Lisbon | Archive") is not None


@given(st.lists(st.sampled_from(["Home", "Jobs", "|", "", "Read the story today"]), max_size=40))
def test_rows_keep_every_word(lines: list[str]) -> None:
    joined = " ".join(_separator_rows(lines)).split()
    assert [w for w in joined if w != "|"] == [w for w in " ".join(lines).split() if w != "|"]


def test_a_long_run_of_bars_stays_fast() -> None:
    start = time.perf_counter()
    _separator_rows(["A", "|"] * 100_000 + ["A"])
    block_verdict(" | ".join(["Home"] * 50_000))
    assert time.perf_counter() - start < 2
