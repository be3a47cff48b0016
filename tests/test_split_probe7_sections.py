"""Sections that are the edition's own furniture, and items whose link sits inside their sentence.

A heading over a section made mostly of prompts ("Your referral count", "Click to Share") is
a prompt with all its text; a games section and a recap of last week's issue are the
edition's own; a jobs board keeps its "Apply" buttons; a ticker's figures with units are
figures; a list item opening with a link inside its sentence is titled by the sentence.
"""

from __future__ import annotations

from digest.models import DropReason
from tests.test_split_layouts import split_text, titles

_EDITION = """\
# Harbor Letter

## Cranes arrive in Lisbon

Three autonomous cranes arrived at the port of Lisbon on Monday for a six-month trial.

## SHARE THE LETTER

You're two referrals away from the Harbor Letter tote bag. Share your link with a colleague.

Your referral count: **1**

[Click to Share](https://harbor.example/refer?id=9)

## Games

**Crossword:** Today's mini is about knots. [Play it here](https://harbor.example/games/x)

**Brain teaser answer:** An anchor.

## In case you missed it

- [Rotterdam tests hydrogen tugs](https://harbor.example/41#tugs)
- [Hamburg rail strike ends](https://harbor.example/41#rail)

## Jobs board

**Port Engineer** — Portline · Lisbon · €60k
[Apply](https://jobs.harbor.example/1)

**Crane Operator** — Tejo Docks · Lisbon · €38k
[Apply](https://jobs.harbor.example/2)

## Quick hits

- [Maersk](https://news.example/maersk) ordered twelve methanol ships from a Korean yard.
- [Antwerp](https://news.example/antwerp) opened a second shore power berth for cruise ships.

Harbor Letter is written by Rosa Alves in Lisbon.
"""


def test_furniture_sections_go_to_the_ledger_and_linked_items_are_titled_by_their_sentence() -> None:
    """Only the news is a story; each quick hit is titled by its sentence and keeps its link."""
    split = split_text(_EDITION, path="harbor.md")
    assert titles(split) == [
        "Cranes arrive in Lisbon",
        "Maersk ordered twelve methanol ships from a Korean yard",
        "Antwerp opened a second shore power berth for cruise ships",
    ]
    assert split.stories[1].url == "https://news.example/maersk"
    assert split.stories[1].section == "Quick hits"
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["SHARE THE LETTER"] is DropReason.PROMOTION
    assert reasons[
        "You're two referrals away from the Harbor Letter tote bag. Share your link with a colleague."
    ] is (DropReason.PROMOTION)
    assert reasons["Brain teaser answer: An anchor."] is DropReason.POLL
    assert reasons["Rotterdam tests hydrogen tugs"] is DropReason.BOILERPLATE
    assert reasons["Apply"] is DropReason.JOBS
    assert reasons["Harbor Letter is written by Rosa Alves in Lisbon."] is DropReason.BOILERPLATE


def test_ticker_figures_with_units_are_figures() -> None:
    """ "+3.1 bps" and "$5.12/lb" in a ticker's cells are figures, not a headline over the next text."""
    body = (
        "### MARKETS\n\n10-Year\n\n4.187%\n\n+3.1 bps\n\nCopper\n\n$5.12/lb\n\n+4.60%\n\n"
        "## Copper soars\n\nCopper rose 4.6% on Monday after a mine flooded in Chile.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Copper soars"]
