"""A calendar of the coming days is the edition looking forward, never its news.

A briefing's "Week Ahead" prints a paragraph per day ("Monday: the port authority reports ..."),
another glues its one day's events to the date with no space ("May 6:The council votes ..."):
read as printed, each day was a story titled by its label and its first event, and a day's
list of earnings reports and votes joined the clusters of the week's real stories.
"""

from __future__ import annotations

import datetime as dt

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

CALENDAR = "calendar: the coming days' events"


def _split(body: str, date: dt.date | None = dt.date(2026, 5, 5)) -> Split:
    edition = Edition(path="harbour-weekly.md", format=Format.MARKDOWN, date=date)
    return split_document(Document(edition, body), ReadSettings())


WEEK_AHEAD = """\
# Harbour Weekly

## Cranes

The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a \
week without a stop, and will order twelve more by the summer.

## Week Ahead

Monday: The port authority reports quarterly tonnage; the ferry union meets in Porto; Tidewater \
and Quayline report earnings.

Tuesday: Rate decisions from the harbour board and the regional bank; the fish market's new hall \
opens to the public.

Wednesday: The council votes on the marina budget; Dockside Group reports earnings.
"""


def test_a_week_ahead_is_a_calendar() -> None:
    split = _split(WEEK_AHEAD)
    assert [s.title for s in split.stories] == ["The port of Lisbon finished its trial of driverless cranes"]
    days = [d for d in split.dropped if d.detail == CALENDAR]
    assert [d.text.split(":")[0] for d in days] == ["Monday", "Tuesday", "Wednesday"]
    assert all(d.reason is DropReason.BOILERPLATE for d in days)


def test_one_day_glued_to_its_events_after_the_editions_date() -> None:
    body = """\
# Harbour Daily

## Cranes

The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a \
week without a stop, and will order twelve more by the summer.

## Coming up

May 6:The council is expected to approve the marina budget.Tidewater and Quayline report \
quarterly earnings.The fish market's new hall opens to the public.
"""
    split = _split(body)
    assert not [s for s in split.stories if "marina" in s.text]
    assert [d.text[:6] for d in split.dropped if d.detail == CALENDAR] == ["May 6:"]


def test_two_days_in_one_paragraph_are_a_calendar() -> None:
    body = WEEK_AHEAD.split("## Week Ahead", maxsplit=1)[0] + (
        "## This weekend\n\nSaturday: The regatta, which the mayor will open for the first time. "
        "Sunday: The harbour festival closes with fireworks over the quay.\n"
    )
    split = _split(body)
    assert not [s for s in split.stories if "regatta" in s.text]
    assert [d for d in split.dropped if d.detail == CALENDAR]


def test_a_past_day_alone_is_news() -> None:
    body = WEEK_AHEAD.split("## Week Ahead", maxsplit=1)[0] + (
        "## Looking back\n\nApril 28: The council approved the marina budget after a night of debate, "
        "and the harbour board said work would start in June.\n"
    )
    split = _split(body)
    assert [s for s in split.stories if "marina budget" in s.text]
    assert not [d for d in split.dropped if d.detail == CALENDAR]


def test_a_day_alone_in_an_undated_edition_is_news() -> None:
    body = WEEK_AHEAD.split("## Week Ahead", maxsplit=1)[0] + (
        "## Tuesday\n\nTuesday: The council approved the marina budget after a night of debate.\n"
    )
    split = _split(body, date=None)
    assert [s for s in split.stories if "marina budget" in s.text]
