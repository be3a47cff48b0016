"""A plain-text weekly's chrome around its items: a classifieds label over a paid item, a byline under
an item after a dash with the writer's affiliation ("-- Bill Kent (Quay Labs)"), the editors' credit
opening with its role ("Curated by ..."), a trademark notice, "Change your email" and "Stop getting
this newsletter" lines. Each in the ledger, never a story or a section. Minimal synthetic reproducers,
never a real text."""

from __future__ import annotations

import time

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict, heading_verdict
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
HARBOUR WEEKLY

* [CRANES SPEED UP IN PORTO](https://porto.example/cranes) — Porto cut unloading times by a fifth.

* [TUGS GO ELECTRIC IN LISBON](https://lisbon.example/tugs) — Lisbon ordered six electric tugs.

-- Bill Kent (Quay Labs)

* [BERTHS BOOKED ONLINE IN BREMEN](https://bremen.example/berths) — Bremen takes berth bookings online.

📰 Classifieds

⚙️ [Quaykit ships your containers faster](https://quaykit.example/). Try it free today.

------------------

Curated by Ana Ruiz and Tom Bell.

Harbour Weekly is a trademark of Quay Press.

[Change your email](https://weekly.example/edit)

[Stop getting this newsletter](https://weekly.example/leave)
"""


def test_a_weeklys_chrome_is_in_the_ledger() -> None:
    split = split_text(_BODY)
    titles = [story.title for story in split.stories]
    assert titles == [
        "CRANES SPEED UP IN PORTO",
        "TUGS GO ELECTRIC IN LISBON",
        "BERTHS BOOKED ONLINE IN BREMEN",
    ]
    assert {story.section for story in split.stories} == {"HARBOUR WEEKLY"}
    assert not any("Quaykit" in story.text for story in split.stories)
    ledger = {entry.text.strip(): entry.reason for entry in split.dropped}
    assert ledger["-- Bill Kent (Quay Labs)"] is DropReason.BOILERPLATE
    assert ledger["📰 Classifieds"] is DropReason.SPONSOR
    assert ledger["Curated by Ana Ruiz and Tom Bell."] is DropReason.BOILERPLATE
    assert ledger["Harbour Weekly is a trademark of Quay Press."] is DropReason.FOOTER
    assert ledger["Change your email"] is DropReason.FOOTER


def test_news_with_the_same_words_stays() -> None:
    assert heading_verdict("Classified documents leak from the port authority") is None
    assert block_verdict("Curated by AI, a gallery in Lisbon opens with works picked by algorithms") is None
    assert block_verdict("Why shippers stop getting their e-mails answered, and what ports do") is None
    assert block_verdict("— Jo (see below) and more") is None


def test_a_long_byline_line_stays_fast() -> None:
    start = time.perf_counter()
    block_verdict("-- Ab (" + "x" * 200_000)
    block_verdict("-- " + "Ab " * 100_000)
    assert time.perf_counter() - start < 2
