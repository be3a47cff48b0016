"""Lists inside and around stories: a weekly's points each headed by its own title in italics, the
list a line of a story introduces ("Here's what the numbers look like:") in a body printing a
paragraph per line, the edition's title printed again with its date written another way, and a
plain-text weekly's byline and asides around an item. The bodies are invented, in the shape of the
publications they imitate."""

from __future__ import annotations

import time

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document


def split_text(body: str, **edition: object) -> Split:
    """Split ``body`` as one edition."""
    return split_document(
        Document(Edition(path="edition.md", format=Format.MARKDOWN, **edition), body),  # type: ignore[arg-type]
        ReadSettings(),
    )


def titles(split: Split) -> list[str]:
    return [s.title for s in split.stories]


_WEEKLY = """\
## 2031.9: The Harbour Week

Welcome back to This Week at the Harbour Review! Each Friday we send an overview of the week's \
pieces; the free ones are marked.

On that note, here were a few of our favourites this week.

* *The End of the Crane Era.* The port's last manual crane was switched off on Tuesday after sixty \
years of service, and the crews who ran it gathered on the quay to watch the lights go out for the \
final time while the new automated gantries carried on behind them.

* On the Review, I wrote about what the gantries cost and what they save.

* *Can Tugboats Go Electric?* When I first heard that the port had ordered six electric tugs, my first \
reaction was doubt about the batteries and the long winter shifts, but the harbour master explained \
how the charging berths would work between jobs, and I came away convinced it could work.

## Articles

* Dredging the Channel — The channel was dredged for the first time in forty years.
"""


def test_points_each_headed_by_a_title_in_italics_are_items_of_their_own() -> None:
    split = split_text(_WEEKLY)
    assert "The End of the Crane Era" in titles(split)
    assert "Can Tugboats Go Electric?" in titles(split)
    opening = next(s for s in split.stories if s.title == "2031.9: The Harbour Week")
    assert "crane" not in opening.text
    crane = next(s for s in split.stories if s.title == "The End of the Crane Era")
    assert crane.text.startswith("The port's last manual crane")
    assert "what the gantries cost" in crane.text  # its plain note stays with it


_ESSAY = """\
## Why the quay matters

The quay is older than the town, and its stones tell the story of every trade that passed over them.

* *The first reason is money.* The quay brings in more in fees each year than the town collects in \
taxes, and every plan to replace it has foundered on that single fact, which the council knows well.

Beyond money there is memory, and the town has never been good at letting go of either.
"""


def test_a_lone_titled_point_in_an_essay_stays_part_of_its_argument() -> None:
    split = split_text(_ESSAY)
    assert titles(split) == ["Why the quay matters"]


_SIGNALS = """\
Harbour Signal
Top News
Port of Lenmouth opens its automated terminal to all carriers
The port opened its new terminal to every carrier on Monday
, a year after the first trials.
Here's what makes it worth paying attention to:
Forty cranes running without drivers
, all of them electric
Ships turned around in half the time
Berths booked online a week ahead
Fees start at two hundred euros per call, with discounts for regular carriers
It is open now to every line calling at the port.
Bookings for the summer open next month.
"""


def test_short_lines_a_line_of_the_story_introduces_are_its_list() -> None:
    split = split_text(_SIGNALS)
    fees = "Fees start at two hundred euros per call, with discounts for regular carriers"
    assert fees not in titles(split)
    port = next(s for s in split.stories if s.title.startswith("Port of Lenmouth"))
    assert "Forty cranes running without drivers" in port.text
    assert "It is open now to every line" in port.text


_POSTS = """\
# Harbour Notes for April 24, 2031

Harbour Notes for Apr 24, 2031

Notes + Links for Apr 24, 2031

[The last lighthouse keepers of the north coast](https://notes.example/a)
[ notes.example](https://notes.example/a)

[Tugboats go electric in Lisbon](https://notes.example/b) The city ordered six electric tugs this week.
"""


def test_the_editions_title_printed_again_with_its_date_is_no_section() -> None:
    import datetime as dt

    split = split_text(_POSTS, title="Harbour Notes for April 24, 2031", date=dt.date(2031, 4, 24))
    assert all(s.section is None for s in split.stories)
    assert not any("Apr 24" in s.title for s in split.stories)
    assert any(d.text == "Notes + Links for Apr 24, 2031" for d in split.dropped)


_PLAIN_WEEKLY = """\
## CODE & TOOLS

* [HARBOUR-CLI 2.0: A FASTER WAY TO BOOK BERTHS](https://harbour.example/cli) — A single-binary tool
for booking berths from the command line, with webhooks for arrivals and departures.
(GitHub [repo.](https://github.example/harbour/cli))
  -- Ana Ruiz

* [QUAYKIT 1.2: CONTAINERS ON BARE METAL](https://quaykit.example/) — Runs the quay's container tools
with no operating system at all, on four kinds of processor.

Change your email ( https://weekly.example/edit )
Stop
getting this [newsletter](https://weekly.example/leave)
"""


def test_a_byline_and_an_aside_under_an_item_are_no_section_and_no_story() -> None:
    split = split_text(_PLAIN_WEEKLY)
    assert titles(split) == [
        "HARBOUR-CLI 2.0: A FASTER WAY TO BOOK BERTHS",
        "QUAYKIT 1.2: CONTAINERS ON BARE METAL",
    ]
    assert all(s.section == "CODE & TOOLS" for s in split.stories)
    assert "GitHub repo." in split.stories[0].text


def test_a_word_cut_from_its_line_before_a_link_is_read_with_it() -> None:
    blocks = parse_blocks("Stop\ngetting this [newsletter](https://weekly.example/leave)\n")
    assert len(blocks) == 1
    assert blocks[0].text.startswith("Stop getting this newsletter")
    assert len(parse_blocks("Weather\nsunny and warm all week.\n")) == 2


def test_the_list_rules_stay_fast_on_a_long_line() -> None:
    body = "Here's what we found:\n" + "a" * 200_000 + "\n* *" + "b " * 100_000 + "*\n"
    start = time.perf_counter()
    split_text(body)
    assert time.perf_counter() - start < 10
