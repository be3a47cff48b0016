"""A briefing's text part printing a table of figures a cell per line, and links cut out of their
sentences at the end of a line.

The market snapshot prints each row as its label (linked: ``Label <https://...>``) over its figure
with the change glued to it ("$95.69+1.4%"), and a sentence's aside after a link goes on on the next
line (" — far out."). Read line by line, the last figure titled the section over every story, and the
aside was a story of its own.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.split.assemble import _FIGURE

#: An invented morning briefing's text part.
BRIEFING = """Harbor Morning Briefing

Good morning. The ferry strike ends today. And we look at tide tables.Listen to the day's top
stories <https://pod.example.com/today>.

Market Snapshot
Harbor 100 Futures\x20
<https://news.example.com/quote/HB1>
7,191.50-0.0%
Tide Index Futures\x20
<https://news.example.com/quote/TI1>
27,470.00+0.1%
North Sea crude oil futures\x20
<https://news.example.com/quote/NS1>
$95.69+1.4%
Market data as of 06:50 AM ET. Data is subject to provider delays.Your
watchlist <https://news.example.com/markets/watchlist>
The council voted late on Sunday to reopen the harbour, ending a week of
talks <https://news.example.com/articles/harbour-vote>
, while the ferry union said it would return to work by noon. Pilots were
hoping for <https://news.example.com/articles/pilots-deal>
 a longer contract.

Grain prices fell for a third day as farmers brought in an early
harvest <https://news.example.com/articles/grain>
, traders said. And a lab wants to power its servers with sunlight collected in
space <https://news.example.com/articles/space>
 — far out.

The mayor arrives in Lisbon today for a three-day trade visit <https://news.example.com/articles/mayor>
, as talks on fishing quotas remain stalled. Security around the trip will be under close
scrutiny <https://news.example.com/articles/security>
 following last week's protests.
"""


def test_a_snapshot_table_heads_no_story_and_its_words_title_none(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    reading = read_stories([str(path)])
    titles = [story.title for story in reading.stories]
    sections = {story.section for story in reading.stories}
    for cell in ("$95.69+1.4%", "North Sea crude oil futures", "Market Snapshot", "Tide Index Futures"):
        assert cell not in sections
        assert cell not in titles
    assert "far out" not in titles
    # A link's words cut out of the sentence above them ("... top" / "[stories](url).", "... delays.Your"
    # / "[watchlist](url)") title no story.
    assert "stories" not in titles
    assert "watchlist" not in titles
    assert any("The council voted late on Sunday" in story.text for story in reading.stories)
    told = " ".join(f"{story.title} {story.text}" for story in reading.stories)
    assert "sunlight collected in space — far out." in told


@given(
    st.sampled_from(["$", "", "€"]),
    st.integers(min_value=1, max_value=99_999),
    st.sampled_from(["+", "-"]),
    st.integers(min_value=0, max_value=99),
)
def test_a_figure_with_its_change_glued_is_one_cell(
    currency: str, whole: int, sign: str, change: int
) -> None:
    assert _FIGURE.fullmatch(f"{currency}{whole:,}.50{sign}{change / 10:.1f}%")


def test_dates_and_ranges_are_no_figure_cells() -> None:
    for text in ("2026-04-28", "10-15", "1.2-3"):
        assert _FIGURE.fullmatch(text) is None
