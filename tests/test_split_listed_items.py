"""An aggregator's digest: a preheader listing its items ("Daily Brew Item A • Item B • Item C"), then
each item alone on its line, a count glued to its site ("Item A 412301example.com") or over a
one-line dek. The preheader is the navigation, each item a story; the count is no word of the title.
Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

import time

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import _glued_sites
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Daily Brew Porto cranes speed up unloading • Lisbon orders electric tugs • Bremen books berths online \
• Quaykit • Tugboard

Daily Brew

May 4 • Issue #312 • Edit

4 Monday May, 2026

Harbour News ...
Porto cranes speed up unloading 412301porto.example

Lisbon orders electric tugs 388120news.lisbon.example

Bremen books berths online 2174bremen.example

Launches ...
[ Quaykit ](https://launches.example/quaykit)1645
Ship your containers with one click

[ Tugboard ](https://launches.example/tugboard)984
Book a tug from your phone

Share Daily Brew with friends!

Have friends who'd love Daily Brew too? Give them your unique referral link.

PS: You referred 0 people so far!

Daily Brew is a digest by Ana Ruiz.

Unsubscribe • Edit Brew • View Online
"""


def test_a_preheaders_items_are_the_stories() -> None:
    split = split_text(_BODY)
    titles = [story.title for story in split.stories]
    assert titles == [
        "Porto cranes speed up unloading",
        "Lisbon orders electric tugs",
        "Bremen books berths online",
        "Quaykit",
        "Tugboard",
    ]
    assert split.stories[0].text == "Porto cranes speed up unloading (porto.example)"
    assert "Ship your containers with one click" in split.stories[3].text
    reasons = {entry.text.split(" • ")[0]: entry.reason for entry in split.dropped}
    assert reasons["Daily Brew Porto cranes speed up unloading"] is DropReason.NAVIGATION
    assert reasons["Share Daily Brew with friends!"] is DropReason.PROMOTION
    assert reasons["PS: You referred 0 people so far!"] is DropReason.PROMOTION
    assert reasons["Daily Brew is a digest by Ana Ruiz."] is DropReason.BOILERPLATE


def test_a_table_of_contents_still_goes_to_the_ledger() -> None:
    body = """\
In brief

Porto cranes speed up unloading

Lisbon orders electric tugs

Bremen books berths online

## Porto cranes speed up unloading

The port of Porto cut the time to unload a ship by a fifth with new cranes.

## Lisbon orders electric tugs

Lisbon's tug operator ordered six electric boats for its river work.

## Bremen books berths online

Bremen now takes bookings for berths on its website, a day ahead at most.
"""
    split = split_text(body)
    assert [story.title for story in split.stories] == [
        "Porto cranes speed up unloading",
        "Lisbon orders electric tugs",
        "Bremen books berths online",
    ]
    assert all(story.text for story in split.stories)


def test_counts_glued_to_sites_need_three_lines() -> None:
    lines = ["Porto cranes speed up 412301porto.example", "Version 2 ships 3.5x faster"]
    assert _glued_sites(lines) == lines
    three = ["A 1a.example", "B 22b.example", "C 3c.example", "Python 3.12"]
    assert _glued_sites(three) == ["A (a.example)", "B (b.example)", "C (c.example)", "Python 3.12"]


def test_news_about_referrals_stays() -> None:
    assert (
        block_verdict("Doctors you referred to the clinic were seen within a week, the study found") is None
    )


def test_a_long_token_stays_fast() -> None:
    start = time.perf_counter()
    _glued_sites(["A 1" + "a." * 100_000 + "!"] * 3)
    assert time.perf_counter() - start < 2


_LINKED_ENTRIES = """\
Reading list

[“Field Notes: The Tide Tables Are Wrong”](https://example.org/tide) by [Ada \
Quill](https://example.org/ada)/Harbour Desk: \
The tide tables printed for the bay have been off by twenty minutes since the spring survey, our desk found.

🎧 🖥 [“The Pilot Who Never Docks”](https://example.org/pilot) by [Ben Marr](https://example.org/ben)/On Air: \
A harbour pilot talks through a week of night shifts, and why he has never tied up his own boat.

[“Lighthouse Keepers Go Remote”](https://example.org/keepers) by [Cleo \
Dunn](https://example.org/cleo)/Harbour Desk: \
The last three keepers on the coast will watch their lights from a control room in town from May.

[“Why Ferries Run Late”](https://example.org/ferries) by [Dev Rao](https://example.org/dev)/Working Waters: \
Most delays come from loading cars, not from the weather, a year of timetables shows.
"""


def test_an_entry_opening_with_its_own_linked_title_is_no_part_of_the_entry_above() -> None:
    split = split_text(_LINKED_ENTRIES)
    texts = [s.text for s in split.stories]
    assert len(split.stories) == 4
    assert not any("Lighthouse Keepers" in t and "Pilot Who Never Docks" in t for t in texts)
    assert any(s.url == "https://example.org/keepers" for s in split.stories)
