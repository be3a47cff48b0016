"""Titles glued to what follows them, where an e-mail's conversion to text lost a block's break.

A briefing's table of contents printed as a row of short titles may reach us on one line, each title
glued to the next ("Ferry fares risebridge reopens" read as "Ferry fares riseBridge reopens"), and a
section's heading may be glued to its first sentence ("Harbour outlookEarly this spring, ..."). Read
as printed, the row of titles headed the paragraph under it and the heading ran into its sentence.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.glued import part_titles

CONTENTS = "Ferry fares riseBridge reopens after repairsMayor’s budget fight‘Harbour tax’ heads to voters"

BRIEF = "\n".join(
    [
        "Harbour Daily",
        "",
        "Today in the Port",
        CONTENTS,
        "Shares of shipping firms slid after the fuel report, the third fall in a week.",
        "",
        "## Ferry fares rise again",
        "",
        "Ferry operators raised fares for the second time this year, citing the cost of diesel and "
        "a shortage of crews. Commuters on the northern routes will pay 12% more from May.",
        "",
        "## Bridge reopens after repairs",
        "",
        "The old swing bridge reopened on Tuesday after eight months of repairs, two weeks later than "
        "the council had promised. Traffic is limited to one lane until June.",
        "",
        "Harbour outlookEarly this spring, things looked bleak for the port: two carriers had left, "
        "the dredging was late and the union threatened a strike. Since then all three have turned.",
        "",
    ]
)


def _read(tmp_path: Path) -> tuple[list[tuple[str, str]], list[tuple[DropReason, str]]]:
    path = tmp_path / "harbour-daily-2026-04-27.md"
    path.write_text(BRIEF, encoding="utf-8")
    reading = read_stories([str(path)])
    stories = [(story.title, story.text) for story in reading.stories]
    return stories, [(drop.reason, drop.text) for drop in reading.dropped]


def test_a_row_of_glued_titles_is_the_contents_not_a_headline(tmp_path: Path) -> None:
    """The row goes to the ledger as navigation, each of its titles; the line under it keeps its
    own words as its title."""
    stories, dropped = _read(tmp_path)
    titles = [title for title, _ in stories]
    assert not [title for title in titles if "riseBridge" in title or "repairsMayor" in title]
    assert (DropReason.NAVIGATION, "Ferry fares rise") in dropped
    assert (DropReason.NAVIGATION, "‘Harbour tax’ heads to voters") in dropped
    assert "Ferry fares rise again" in titles
    assert "Bridge reopens after repairs" in titles


def test_a_heading_glued_to_its_paragraph_is_parted(tmp_path: Path) -> None:
    stories, _ = _read(tmp_path)
    assert not [title for title, text in stories if "outlookEarly" in title or "outlookEarly" in text]
    paragraphs = [part for _, text in stories for part in text.split("\n\n")]
    assert "Harbour outlook" in paragraphs
    assert [part for part in paragraphs if part.startswith("Early this spring, things looked bleak")]


def test_names_and_identifiers_are_never_parted() -> None:
    """A name opening with a capital ("DeepSeek", "OpenAI"), a short prefix ("iPhone", "useState"), a
    sentence glued after its end (``part_glued``'s) and a single glued pair in a title stay as printed."""
    lines = [
        "DeepSeek and OpenAI ship models for the iPhone",
        "Call useState and setTimeout from the React hook",
        "The port reopened.Traffic resumed at noon and the ferries ran late into the evening.",
        "Harbour news roundupFerries",
        "A short title with sparkleMore",
    ]
    assert part_titles(lines) == (lines, frozenset())


def test_a_row_of_titles_needs_three_titles_of_two_words_or_more() -> None:
    lines = ["Ferry fares riseBridge reopens", "Fares riseBridge reopens todayMayor"]
    assert part_titles(lines) == (lines, frozenset())
    parted, listed = part_titles(["Ferry fares riseBridge reopens todayMayor speaks"])
    assert parted == ["Ferry fares rise", "", "Bridge reopens today", "", "Mayor speaks", ""]
    assert listed == {"Ferry fares rise", "Bridge reopens today", "Mayor speaks"}
