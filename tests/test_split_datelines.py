"""A line that is only a date, over a story rather than under one, is never its title nor its text.

A masthead prints the places and the day of the edition on their own lines ("LISBON" / "May 5, 2026"
/ "[Read on the web](...)"); read as lines, the date titled the first story under it.
"""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

#: An invented briefing: a preheader, the places and the day, the web link, then the day's items.
BRIEFING = """# 🟡 Harbour days

**From:** Harbour Brief <brief@example.com>
**Date:** Mon, 4 May 2026 22:09:18 +0000 (UTC)
**Source:** [View original](https://brief.example.com/s/abc)

---

The harbour reopens and the ferry strike ends.             LISBON
 OSLO
 VALPARAISO

May 5, 2026
[Read on the web](https://brief.example.com/s/abc)Harbour

The World Today

Port of Lisbon reopens

The port reopened on Monday after nine days of strikes, the harbour authority said. Ferries will run
on the winter timetable until the end of the week.

Oslo ferry strike ends

Dockworkers in Oslo voted to end their strike late on Sunday night. The union's leaders said pay
talks would resume next month.
"""


def _split(body: str) -> Split:
    return split_document(Document(Edition(path="brief.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_date_alone_on_its_line_titles_no_story() -> None:
    split = _split(BRIEFING)
    titles = [s.title for s in split.stories]
    assert "May 5, 2026" not in titles
    assert "Port of Lisbon reopens" in titles
    assert "Oslo ferry strike ends" in titles
    assert not any("May 5, 2026" in s.text for s in split.stories)
    dated = [d for d in split.dropped if d.text == "May 5, 2026"]
    assert dated
    assert dated[0].reason is DropReason.BOILERPLATE


@given(
    st.sampled_from(["May 5, 2026", "Tuesday, May 5, 2026", "2026-05-05", "5 May 2026", "Tue, 05.05.2026"]),
)
def test_a_line_only_a_date_never_heads_the_text_under_it(date: str) -> None:
    told = "The port reopened on Monday after nine days of strikes, the harbour authority said."
    body = f"{BRIEFING}\n{date}\n\n{told}\n"
    split = _split(body)
    assert all(s.title != date for s in split.stories)
    assert any(s.text.startswith("The port reopened") for s in split.stories)


def test_a_sentence_with_a_date_is_still_told() -> None:
    body = (
        "Port reopens\n\nThe harbour authority said the strike was over and the port would reopen.\n\n"
        "On May 5, 2026 the port reopened after nine days of strikes.\n\n"
        "The ferries run on the winter timetable until Friday.\n"
    )
    told = " ".join(f"{s.title} {s.text}" for s in _split(body).stories)
    assert "On May 5, 2026 the port reopened after nine days" in told


def test_a_date_closing_an_item_still_ends_it() -> None:
    """A date under an archive piece's last paragraph, over the next piece's byline or label, dates the
    piece and ends it: the paragraph under the label is no words of the piece."""
    body = (
        "Mira Holt\n\nThe Tide Tables [https://review.example.com/articles/1988/06/30/tide-tables/]\n\n"
        "The harbour's tide tables were printed with errors for a decade, and nobody noticed until the "
        "ferries ran aground.\n\n—June 30, 1988\n\nNew Member Offer!\n\n"
        "Members can now share unlocked versions of our articles with friends and family.\n"
    )
    split = _split(body)
    tide = [s for s in split.stories if "tide tables were printed" in s.text]
    assert tide
    assert "Members can now share" not in tide[0].text
