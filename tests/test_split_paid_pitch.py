"""A publication's pitch for its own paid subscription, printed as a short paragraph of the post.

"Isn't it time we made this thing official? Paid subscriptions start at $10 per month." and "Our
reporting is made possible by our subscribers. Become one today »" sell the newsletter, they tell
no news: each goes to the ledger as a promotion. A story reporting what another
company charges for its subscriptions stays.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def _split(body: str) -> Split:
    edition = Edition(path="harbour-notes.md", format=Format.MARKDOWN)
    return split_document(Document(edition, body), ReadSettings())


POST = """\
# Harbour Notes

This is the free Monday edition of Harbour Notes, a newsletter about living by the sea.

Isn't it time we made this thing official? Paid subscriptions [https://harbour.example/r/1a2b] start at \
$10 per month.

Harbour Notes' reporting is made possible by our subscribers. [Become one today »](https://harbour.example/s)

The ferry timetable changed again this week, and the early crossing now leaves at six. Regulars on the \
quay say the change was announced with two days' notice, and the harbour board has promised a review.

The new fish market opened on Saturday with forty stalls, twice as many as the old one, and queues \
stretched past the lighthouse by nine in the morning.
"""


def test_a_pitch_for_the_paid_subscription_is_a_promotion() -> None:
    split = _split(POST)
    pitched = [d for d in split.dropped if "Paid subscriptions" in d.text]
    assert [d.reason for d in pitched] == [DropReason.PROMOTION]
    assert not [s for s in split.stories if "Paid subscriptions" in s.text or "official" in s.title]
    assert [s for s in split.stories if "ferry timetable" in s.text]
    assert [d.reason for d in split.dropped if "made possible" in d.text] == [DropReason.PROMOTION]
    assert not [s for s in split.stories if "made possible" in s.text]


def test_a_report_of_another_companys_prices_stays() -> None:
    body = POST.replace(
        "Isn't it time we made this thing official? Paid subscriptions [https://harbour.example/r/1a2b] "
        "start at $10 per month.",
        "The ferry company's app launched on Monday after two years of delays and a change of supplier; its "
        "paid tiers, with live berths and seat maps, cost $4 a month.",
    )
    assert [s for s in _split(body).stories if "paid tiers" in s.text]


def test_a_call_to_subscribe_at_a_price_is_a_promotion() -> None:
    """ "Get unlimited access ... Subscribe for less than $2 a week." sells the publication, under its
    slogan ("Truth. Insight. Ideas."); a report that subscribers of a service pay a price stays."""
    split = _split(
        "# Harbour Notes\n\n"
        "The ferry timetable changes on Monday, adding two crossings each morning and one at night.\n\n"
        "Truth. Insight. Ideas.\n\n"
        "Get unlimited access to reporting from journalists who still believe the truth matters. "
        "Subscribe for less than $2 a week.\n\n"
        "Streamline's subscribers will pay $4 a month more from June, the company said on Tuesday.\n"
    )
    promoted = [d.text for d in split.dropped if d.reason is DropReason.PROMOTION]
    assert any("less than $2 a week" in t for t in promoted)
    assert any("$4 a month more" in s.text for s in split.stories)
    assert not any("Insight" in s.text or "Insight" in s.title for s in split.stories)
