"""An item whose every link is a show's episode page promotes the episode.

A weekly's round-up of its bundle's shows lists each show's name over its episodes
("* Tim Cook Steps Down ( https://show.example/member/episode/... )"), and its lead items point to
"this week's episode of <show>": told as stories, the episodes' titles sat in the digest's In brief
as if they were news.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

EPISODE = "a show's episode: its links go to the episode's page"


def _split(body: str) -> Split:
    edition = Edition(path="harbour-bundle.md", format=Format.MARKDOWN, source="Harbour Bundle")
    return split_document(Document(edition, body), ReadSettings())


BUNDLE = """\
# Harbour Bundle

## This week

- The port of Lisbon finished its trial of [driverless cranes](https://harbour.example/2026/cranes), \
which moved 4,000 containers in a week without a stop.
- On Quayside, Ana and I talked about the \
[ferry strike](https://quayside.example/member/episode/ferry-strike) and what it means for the summer \
timetable.

## Quayside with Ana Ruiz

- [Ferry Strike Talk](https://quayside.example/member/episode/ferry-strike)
- [The Lighthouse Sale](https://quayside.example/member/episode/the-lighthouse-sale)

## Tidewater Podcast

- [Episode 412: Tugboats and Batteries](https://tidewater.example/episodes/412-tugboats-and-batteries)
"""


def test_items_linking_only_episode_pages_are_promotions() -> None:
    split = _split(BUNDLE)
    assert [s.url for s in split.stories] == ["https://harbour.example/2026/cranes"]
    episodes = [d for d in split.dropped if d.detail == EPISODE]
    assert len(episodes) == 4
    assert all(d.reason is DropReason.PROMOTION for d in episodes)


def test_an_item_with_a_page_besides_its_episode_stays() -> None:
    body = BUNDLE.replace(
        "and what it means", "and [the union's statement](https://union.example/statement) on what it means"
    )
    split = _split(body)
    assert [s for s in split.stories if "ferry strike" in s.text]
