"""A section label speaking to the reader about the edition's day ("What You Need to Know Today",
"Things to Know This Week") names no subject: over an untitled paragraph it opens a section, and the
paragraph is a story titled by its own first sentence, never by the label. A headline naming what
the reader needs to know about ("What You Need to Know About the Ferry Strike") stays a headline.
Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.split.roles import reader_label

BRIEFING = """\
Harbour Evening Briefing

Cranes idle as talks stall

The port's new cranes stood idle for a third week as the operator and the union argued over who
may run them, leaving six ships waiting off the breakwater.

—Ada Brill

What You Need to Know Today

The city council voted to sell the old ferry terminal to a developer for $40 million, ending a
decade of debate over the waterfront site.

Tide Tables Are an Hour Off, Harbour Master Says

The harbour master said the printed tables had been wrong since the clocks changed.
Read more <https://harbour.example/tides>
"""


def test_a_label_for_the_day_titles_no_story(tmp_path: Path) -> None:
    path = tmp_path / "harbour-evening-2026-04-28.md"
    path.write_text(BRIEFING, encoding="utf-8")
    stories = read_stories([str(path)]).stories
    titles = [s.title for s in stories]
    assert "What You Need to Know Today" not in titles
    sold = next(s for s in stories if s.text.startswith("The city council voted"))
    assert sold.title.startswith("The city council voted")
    assert "Tide Tables Are an Hour Off, Harbour Master Says" in titles


@pytest.mark.parametrize(
    "label",
    [
        "What You Need to Know Today",
        "What You’ll Need to Know Tomorrow",
        "What to Know This Week",
        "Things to know",
        "WHAT YOU NEED TO KNOW",
    ],
)
def test_reader_labels(label: str) -> None:
    assert reader_label(label)


@pytest.mark.parametrize(
    "headline",
    [
        "What You Need to Know About the Ferry Strike",
        "What the Council Needs to Know Today",
        "Ten Things to Know Before the Vote",
        "Know Your Tides",
    ],
)
def test_headlines_naming_a_subject_are_no_labels(headline: str) -> None:
    assert not reader_label(headline)
