"""A kept text part of an HTML newsletter: the message declared multipart whose parts were flattened
into one body, headings boxed between rule lines with their link's address on a line of its own in
parentheses, and a story's sentence going on into the list of what it names."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.errors import InputError
from digest.ingest import Reading, read_stories
from digest.readers._angled import angled_links

#: An invented changelog mail as an export keeps it: multipart headers, no boundary in the body.
FLATTENED = """MIME-Version: 1.0
From: Lumen Maps <news@lumen.example>
To: Ada <ada@example.org>
Date: Tue, 11 Mar 2025 09:00:00 +0000
Subject: Lumen Maps Changelog: March
Content-Type: multipart/alternative; boundary="0f0f0f0f0f0f0f0f"

Hi Ada,

Here is what changed at Lumen Maps this month.

-----------------------------------------------------------------
Tide Tables Layer (
https://click.example.net/u1/aHR0cHM6Ly9sdW1lbi5leGFtcGxlL3RpZGVz
)
-----------------------------------------------------------------


The Tide Tables layer joins our growing family of coastal layers
next to buoys, ferries and marinas. It shows, for each harbour:

* High water times
* Low water times
* Tidal range
* Moon phase

Each value updates every hour from the national survey feeds.

-----------------------------------------------------------------
Offline Packs for Hikers (
https://click.example.net/u2/aHR0cHM6Ly9sdW1lbi5leGFtcGxlL29mZmxpbmU=
)
-----------------------------------------------------------------


Offline packs now cover trails in four more countries, and a pack
downloads in half the time it took last year. Read the notes (
https://click.example.net/u3/aHR0cHM6Ly9sdW1lbi5leGFtcGxlL25vdGVz
) for the full list of regions.

Thanks for mapping with us!

Unsubscribe (
https://unsub.example.net/u4
) | 12 Quay Street, Portland, ME 04101
"""


def _stories(tmp_path: Path, text: str, name: str = "march.eml") -> Reading:
    path = tmp_path / name
    path.write_bytes(text.encode("utf-8"))
    return read_stories([path])


def test_a_multipart_message_whose_body_never_opens_its_boundary_is_read_as_its_text(tmp_path: Path) -> None:
    """An export that kept a multipart message's headers and one flattened text part: the payload is
    the message's text (it had been 'message has no text or HTML part', nothing read)."""
    reading = _stories(tmp_path, FLATTENED)
    assert reading.stories
    assert reading.editions[0].title == "Lumen Maps Changelog: March"
    assert not [d for d in reading.dropped if "no text or HTML part" in (d.detail or "")]


def test_a_flattened_html_body_is_read_as_html(tmp_path: Path) -> None:
    """The flattened payload opening with an HTML tag is read as HTML, its tags no text."""
    html = FLATTENED.split("\n\n", 1)[0] + (
        "\n\n<html><body><table><tr><td><h2>Tide Tables Layer</h2>"
        "<p>The Tide Tables layer joins our growing family of coastal layers next to buoys and"
        " ferries, and it updates every hour from the national survey feeds.</p>"
        "</td></tr></table></body></html>\n"
    )
    reading = _stories(tmp_path, html)
    story = next(s for s in reading.stories if "Tide Tables" in s.title)
    assert "<" not in story.text
    assert "national survey feeds" in story.text


def test_an_empty_flattened_message_still_fails_with_one_line(tmp_path: Path) -> None:
    """A multipart message with no boundary and nothing in its body names the file in one line."""
    empty = FLATTENED.split("\n\n", 1)[0] + "\n\n\n"
    path = tmp_path / "empty.eml"
    path.write_bytes(empty.encode("utf-8"))
    with pytest.raises(InputError, match="no text or HTML part"):
        read_stories([path], strict=True)


def test_a_heading_boxed_between_rule_lines_keeps_its_whole_linked_title(tmp_path: Path) -> None:
    """``-----`` / ``Title (`` / ``https://...`` / ``)`` / ``-----``: the line under the rule opens a
    block, so the address links the whole title (it had linked its last word only, 'Tide Tables
    [Layer](url)'), and the boxed linked title heads the text under it (its address's ':' had kept it
    from being read as a heading)."""
    linked = angled_links(FLATTENED)
    assert "[Tide Tables Layer](https://click.example.net/u1/" in linked
    stories = _stories(tmp_path, FLATTENED).stories
    tide = next(s for s in stories if s.title == "Tide Tables Layer")
    assert "joins our growing family of coastal layers" in tide.text
    offline = next(s for s in stories if s.title == "Offline Packs for Hikers")
    assert "four more countries" in offline.text


def test_a_sentence_going_on_into_its_list_is_no_table_of_contents(tmp_path: Path) -> None:
    """'The layer joins our family ... It shows, for each harbour:' over short items tells something
    before its ':': the list is the story's, not a table of contents sent to the ledger (the
    paragraph and its four items had been navigation)."""
    reading = _stories(tmp_path, FLATTENED)
    navigation = [d for d in reading.dropped if d.detail == "table of contents or teaser list"]
    assert not navigation
    told = " ".join(s.text for s in reading.stories)
    assert "It shows, for each harbour:" in told


def test_a_label_introducing_a_list_is_still_a_table_of_contents(tmp_path: Path) -> None:
    """'In today's edition:' over titles printed again below stays navigation."""
    body = (
        "In today's edition:\n\n* Harbour dredging starts\n* Ferry fares fall\n\n"
        "## Harbour dredging starts\n\nThe port authority began dredging the east basin on Monday,"
        " a job of six weeks.\n\n## Ferry fares fall\n\nFares on the island ferry fall by a tenth"
        " from April, the operator said on Tuesday.\n"
    )
    path = tmp_path / "port.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    navigation = [d for d in reading.dropped if d.detail == "table of contents or teaser list"]
    assert {d.text for d in navigation} >= {"Harbour dredging starts", "Ferry fares fall"}
    assert {s.title for s in reading.stories} == {"Harbour dredging starts", "Ferry fares fall"}


@given(st.integers(min_value=3, max_value=80), st.sampled_from("-=*_"))
def test_rule_lines_of_any_length_open_a_block(width: int, mark: str) -> None:
    """Under a rule line of any mark and width, a title's address links the whole title."""
    rule = mark * width
    text = "\n".join(
        f"{rule}\nTitle number {k} (\nhttps://example.com/{k}\n)\n{rule}\n\nSome text here.\n"
        for k in range(3)
    )
    linked = angled_links(text)
    for k in range(3):
        assert f"[Title number {k}](https://example.com/{k})" in linked


def test_a_long_rule_like_line_stays_fast() -> None:
    """A line of 200,000 marks ending in a letter is read in linear time."""
    line = "- " * 100_000 + "x"
    text = f"{line}\nA title (\nhttps://example.com/a\n)\n" * 3
    assert "https://example.com/a" in angled_links(text)


#: Two headlines, each over a sentence going on into a list of plain points: most of the body's lines
#: follow one another with no blank between, so a blank line ends a story there.
LISTS = """## Tide Tables Layer

The Tide Tables layer joins our growing family of coastal layers. It shows, for each harbour:

* High water times
* Low water times
* Tidal range
* Moon phase
* Surge warnings
* Water temperature
* Wave height
* Wind at the pier

## Ferry Timetables Layer

The Ferry Timetables layer lists every crossing on the coast. It gives, for each route:

* Departure times
* Crossing length
* Fares for foot passengers
* Fares for cars
* Night crossings
* Accessible boats
* Bicycle places
* Live delays
"""


def test_a_story_going_on_into_a_list_keeps_the_list(tmp_path: Path) -> None:
    """'... It shows, for each harbour:' then a blank line and plain points: the points are the
    story's (each had been a story of its own, 'High water times' titled by itself)."""
    path = tmp_path / "layers.md"
    path.write_text(LISTS, encoding="utf-8")
    stories = read_stories([path]).stories
    assert [s.title for s in stories] == ["Tide Tables Layer", "Ferry Timetables Layer"]
    assert "Wind at the pier" in stories[0].text
    assert "Live delays" in stories[1].text


def test_linked_items_after_a_colon_stay_items_of_their_own(tmp_path: Path) -> None:
    """A paragraph ending in ':' over items with links of their own introduces items, each a story."""
    items = "".join(
        f"- [Harbour piece number {k}](https://port.example/{k}) looks at the port's week.\n"
        for k in range(8)
    )
    intro = "Eight pieces we liked this week, from harbours to ferries, with notes:"
    body = f"## Reading list\n\n{intro}\n\n{items}"
    path = tmp_path / "reading.md"
    path.write_text(body, encoding="utf-8")
    urls = {s.url for s in read_stories([path]).stories}
    assert {f"https://port.example/{k}" for k in range(8)} <= urls
