"""The lines closing a daily that credit its helpers and disclose its commissions.

"Rafaela Jinich contributed to this newsletter." names who helped write the edition, and "When you
buy a book using a link in this newsletter, we receive a commission." discloses how it earns: neither
is news. Read as printed they were a story of their own, titled with the helper's name.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def _split(body: str) -> Split:
    edition = Edition(path="harbour-daily.md", format=Format.MARKDOWN)
    return split_document(Document(edition, body), ReadSettings())


DAILY = """\
# Harbour Daily

The ferry timetable changed again this week, and the early crossing now leaves at six. Regulars on \
the quay say the change was announced with two days' notice.

The new fish market opened on Saturday with forty stalls, twice as many as the old one, and queues \
stretched past the lighthouse by nine in the morning.

Ana Ruiz and Tom Bell contributed to this newsletter.

When you buy a book using a link in this newsletter, we receive a commission. Thank you for \
supporting Harbour Daily.
"""


def test_staff_credits_and_a_commission_note_are_no_stories() -> None:
    split = _split(DAILY)
    assert not [s for s in split.stories if "contributed" in s.text or "commission" in s.text]
    reasons = {d.text.split()[0]: d.reason for d in split.dropped}
    assert reasons["Ana"] is DropReason.BOILERPLATE
    assert reasons["When"] is DropReason.AFFILIATE
    assert [s for s in split.stories if "fish market" in s.text]


def test_a_story_on_who_contributed_stays() -> None:
    body = DAILY.replace(
        "Ana Ruiz and Tom Bell contributed to this newsletter.",
        "Ana Ruiz contributed to this newsletter for ten years before she left to run the harbour museum, "
        "which reopens in May with a room of her photographs.",
    )
    assert [s for s in _split(body).stories if "harbour museum" in s.text]
