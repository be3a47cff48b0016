"""An item linking an event's page on the sender's own site is the edition selling its event.

A weekly's "This week's camp" box ("[Crane Camp](https://<its site>/events/crane-camp) on May 8: A
hands-on camp with our editor ...") and a briefing's "Join us for a live Q&A" (its site's
/sessions/ page) read like items: told as stories, the publication's own events sat in the digest's
In brief. A recap's event hosted elsewhere (a chat server's events page) is news of that community.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

OWN_EVENT = "the edition's event: its page on the sender's site"


def _split(body: str, source: str = "Harbour Weekly") -> Split:
    edition = Edition(path="harbour-weekly.md", format=Format.MARKDOWN, source=source)
    return split_document(Document(edition, body), ReadSettings())


WEEKLY = """\
# Harbour Weekly

## Cranes

The port of Lisbon finished its trial of [driverless cranes](https://news.example.com/cranes), which \
moved 4,000 containers in a week without a stop, and will order twelve more by the summer.

## This week's camp

[Crane Camp](https://harbourweekly.example/events/crane-camp) on May 8: A hands-on camp with our \
editor on reading port statistics, with exercises on real tonnage data. The first 50 attendees get \
a printed handbook.

## Ferries

Fares on the northern crossing rise by six percent in June, the operator [said on \
Monday](https://news.example.com/fares), the second rise this year.
"""


def test_an_item_linking_the_senders_event_page_is_a_promotion() -> None:
    split = _split(WEEKLY)
    assert not [s for s in split.stories if "Crane Camp" in s.title or "hands-on" in s.text]
    assert [d.reason for d in split.dropped if d.detail == OWN_EVENT] == [DropReason.PROMOTION]
    assert len(split.stories) == 2


def test_an_event_page_on_another_site_stays() -> None:
    """A platform's events page (a chat server hosting a community's office hours) is no sender's own."""
    body = WEEKLY.replace(
        "https://harbourweekly.example/events/crane-camp", "https://chat.example/events/4411"
    )
    split = _split(body)
    assert [s for s in split.stories if "hands-on" in s.text]
    assert not [d for d in split.dropped if d.detail == OWN_EVENT]


def test_an_event_page_on_the_publications_events_site_is_its_own() -> None:
    """The publication's events site, named by its first word ("harbourevents.example" for "Harbour
    Weekly"), is the sender's own too."""
    body = WEEKLY.replace(
        "https://harbourweekly.example/events/crane-camp",
        "https://tickets.harbourevents.example/event/crane-camp",
    )
    split = _split(body)
    assert [d.reason for d in split.dropped if d.detail == OWN_EVENT] == [DropReason.PROMOTION]
