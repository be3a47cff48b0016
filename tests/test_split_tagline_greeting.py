"""A short line linking the writer's front page, over a greeting, is the masthead's tagline.

A weekly's text part opens with its name in a box, a line linking the writer's site ("The latest from
author and investor Tim Ferriss (https://tim.blog/)"), then "Hi All!" and the editor's note. The line
read as a headline with the note as its text: a story "The latest from author and investor ..." in
every issue. A greeting on its own line opens the editor's note, and a line with no text of its own
over it, linking only a site's front page, is the masthead's; a headline linking an article keeps the
paragraphs under it.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason

_SECTIONS = """-----------------
What I'm watching
-----------------

Harbour Lights (
https://video.example/watch/harbour-lights
). I've seen this film five times over the past ten years, and it
will make you want to take the night ferry to Porto.

-----------------
What I'm reading
-----------------

"The Tide Tables of Lisbon (
https://essays.example/p/tide-tables
)" by Ana Ruiz. A long essay on how the port's tables were drawn by
hand until 1974, and why the pilots still trust them.

-----------------
Quote I'm pondering
-----------------

"The sea does not reward those who are too anxious." — Anne Lindbergh (
https://quotes.example/lindbergh
)
"""


def _read(tmp_path: Path, top: str) -> tuple[list[str], list[tuple[DropReason, str]]]:
    path = tmp_path / "harbor-friday-2026-04-24.md"
    path.write_text(f"# Harbor Friday — Films, Tides and More\n\n{top}\n{_SECTIONS}", encoding="utf-8")
    reading = read_stories([path])
    return [s.title for s in reading.stories], [(d.reason, d.text) for d in reading.dropped]


def test_a_line_linking_the_front_page_over_a_greeting_is_the_tagline(tmp_path: Path) -> None:
    top = (
        "***************\nHarbor Friday\n***************\n\n"
        "The latest from writer and sailor Ada Lund (\nhttps://ada.example/\n)\n\n \n\n"
        "Hi All!\n\n"
        "Here is your weekly dose of Harbor Friday, a list of what I'm\npondering and exploring.\n"
    )
    titles, dropped = _read(tmp_path, top)
    assert titles[:2] == ["What I'm watching", "What I'm reading"]
    assert not any(title.startswith(("The latest", "Here is your")) for title in titles)
    assert (DropReason.BOILERPLATE, "The latest from writer and sailor Ada Lund") in dropped


def test_a_headline_linking_an_article_keeps_its_text(tmp_path: Path) -> None:
    top = (
        "Lisbon's cranes run on their own (\nhttps://news.example/ports/cranes\n)\n\n"
        "Hi All!\n\n"
        "The port of Lisbon began a trial of six driverless cranes on Monday, the\nfirst in Europe.\n"
    )
    titles, _ = _read(tmp_path, top)
    assert titles[0] == "Lisbon's cranes run on their own"
