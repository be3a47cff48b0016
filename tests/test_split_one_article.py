"""An essay sent by e-mail, a paragraph a line with no blank line between them, is one article:
its paragraphs with no headline of their own go on with the part before them instead of each
being a story titled by its first sentence, and an untitled opening is titled by the post's title.
A post of news items on different subjects, and an edition that is no post, are split as before.

The bodies are invented, in the shape of a Substack post converted to Markdown.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import Story

_ADDRESS = "https://longread.example.com/p/why-the-northern-canals-failed"

_HEAD = """\
---
subject: "Why the northern canals failed"
date: Tue, 28 Apr 2026 11:45:01 +0000
---

# Why the northern canals failed

**From:** The Long Read <longread@example.com>
**Date:** Tue, 28 Apr 2026 11:45:01 +0000

---

"""

_WEB = f"View this post on the web at {_ADDRESS}\n\n"

_ESSAY = "\n".join(
    (
        "This essay appeared in the spring issue of the magazine, which print subscribers "
        "received over the past two weeks.",
        "On a grey morning in 1791, the first barge of coal crossed the aqueduct at "
        "Barton, and the canal age of the north began in earnest with crowds lining the "
        "towpath.",
        "Within two decades the canal companies had dug more waterways than any other "
        "region, and the tolls on coal, grain and stone paid dividends that the "
        "shareholders had not dared to hope for.",
        "The canal boom",
        "The early canal companies were run by engineers who answered to no one, and the "
        "aqueducts, locks and tunnels they built were approved by Parliament within "
        "months of a petition.",
        "The approvals process for a canal was simple. A company petitioned Parliament, "
        "surveyors walked the route, and the canal was authorised by a private act within "
        "a single session.",
        "If landowners objected to a canal, the committee heard them in a day, and the "
        "objections of millers about their water were settled with a payment for every "
        "lock that drew from their streams.",
        "The canal companies grew rich on coal. Their tolls on coal barges paid for new "
        "locks, and the locks brought more barges, until the waterways of the north were "
        "crowded with traffic every day of the year.",
        "The railways arrive",
        "By 1845 the railway companies were buying the canals outright, and the canal "
        "engineers who had once answered to no one now answered to railway boards that "
        "wanted the waterways closed.",
        "The canal companies that stayed independent cut their tolls on coal again and "
        "again, but the barges could not match the speed of the railways, and the traffic "
        "on the northern canals fell every year.",
        "The last of the great canal companies sold its locks and aqueducts to a railway "
        "board in 1871, and the waterways that had carried the coal of the north were "
        "left to silt.",
    )
)

_BRIEFS = "\n".join(
    (
        "This week's briefing appeared first on our site, which members read over the past two days.",
        "Harrow Motors sold 210,051 electric vans in January, up 14% on a year earlier, "
        "the company said on Monday.",
        "The central bank of Veltria left its policy rate at 3.1% and said inflation had "
        "peaked in the autumn.",
        "The news",
        "Quillon Pharma signed a licensing deal worth up to $1.2 billion for a kidney "
        "drug with a Danish partner.",
        "Lowmere's port authority opened a second container terminal, doubling its "
        "capacity for ships from Asia.",
        "Farmers in the Tessaly valley reported the smallest olive harvest in twenty "
        "years after a dry summer.",
        "Brindle Bank raised $410 million in a share sale in Hong Kong to fund lending to small exporters.",
        "The markets",
        "Stocks in Veltria rose for a fifth day as miners gained on higher copper prices "
        "and a weaker currency.",
        "Bond yields in Lowmere fell after the finance minister promised to cut the "
        "deficit by a third by 2028.",
        "The price of cocoa fell 9% as rain returned to the growing regions of the west coast.",
    )
)


def _read(tmp_path: Path, body: str) -> list[Story]:
    path = tmp_path / "long-read-2026-04-28.md"
    path.write_text(body, encoding="utf-8")
    return list(read_stories([path], workers=1).stories)


def test_an_essays_untitled_paragraphs_are_one_story_titled_by_the_post(tmp_path: Path) -> None:
    stories = _read(tmp_path, _HEAD + _WEB + _ESSAY)
    assert len(stories) == 1, [s.title for s in stories]
    essay = stories[0]
    assert essay.title == "Why the northern canals failed"
    assert essay.url == _ADDRESS
    assert "first barge of coal crossed the aqueduct" in essay.text
    assert essay.text.endswith("were left to silt.")


def test_a_post_of_news_items_on_different_subjects_keeps_its_items(tmp_path: Path) -> None:
    stories = _read(tmp_path, _HEAD + _WEB + _BRIEFS)
    titles = [s.title for s in stories]
    assert len(stories) >= 8, titles
    assert any(t.startswith("Quillon Pharma signed a licensing deal") for t in titles), titles


def test_an_edition_that_is_no_post_is_split_as_before(tmp_path: Path) -> None:
    """Without the post's address nothing says the edition is one piece: a briefing of paragraphs
    on one subject can be items as well (a China business briefing's untitled notes)."""
    stories = _read(tmp_path, _HEAD + _ESSAY)
    assert len(stories) > 1, [s.title for s in stories]
