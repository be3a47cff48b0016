"""An edition's own notices laid out like its stories: a newsletter's promotion telling when it
reaches the reader's inbox, and a call to see the publisher's job openings. Minimal synthetic
reproducers in the structure of a real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import asks_to_apply, promotes_newsletter
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.

Read More About Ports With Tide Notes!

Ports change fast. Tide Notes arrives in your inbox twice a week with five short stories.

Work With Marta Lind

Join the crews that are bringing electric boats to every river! Check out job openings at Quayside Labs (https://example.com/jobs).

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.
"""


def test_a_newsletters_promotion_and_a_job_call_are_no_stories() -> None:
    split = split_text(_BODY)
    titles = {s.title for s in split.stories}
    assert titles == {"Cranes Speed Up in Porto", "Ferries Go Electric in Lisbon"}
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["Read More About Ports With Tide Notes!"] is DropReason.PROMOTION
    assert reasons["Work With Marta Lind"] is DropReason.JOBS


def test_the_delivery_schedule_is_what_promotes() -> None:
    assert promotes_newsletter("Tide Notes is delivered to your inbox every Tuesday.")
    assert not promotes_newsletter("Gmail will sort what lands in your inbox by urgency, Google said.")
    long_report = "Newsletters that arrive in your inbox every morning are booming. " + "Readers pay. " * 80
    assert not promotes_newsletter(long_report)


def test_a_call_to_see_job_openings_asks_to_apply() -> None:
    assert asks_to_apply("Work with us\nCheck out job openings at Quayside Labs.")
    assert asks_to_apply("We're hiring! See our open roles.")
    assert not asks_to_apply("The port reported 300 job openings on its quays this spring.")
