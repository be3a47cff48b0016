"""A sponsor's text in a body printing a paragraph per line: its label, a few plain paragraphs naming
a product rather than the sponsor, then its button ending in an arrow. All of it the sponsor's."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Top News
Port of Lenmouth opens its automated terminal to all carriers
The port opened its new terminal to every carrier on Monday
, a year after the first trials.
Ships now turn around in half the time
, the port said.
Presented by Ledgerline
Your berth plans go stale. Your manifest shouldn't.
Tally keeps one living manifest. Write it once and every crane reads it
, with no re-briefing.
Free for the first ten ships.
TRY TALLY partner with us →
Top News
Lisbon orders six electric tugboats for its inner harbour
The tugs arrive next year and charge at two new berths between jobs.
"""


def test_a_sponsors_text_runs_from_its_label_to_its_button() -> None:
    split = split_text(_BODY)
    assert all("Tally" not in s.text and "berth plans" not in s.title for s in split.stories)
    assert all(s.section in (None, "Top News") for s in split.stories)


def test_a_nameless_sponsor_credit_printed_as_a_link_covers_nothing() -> None:
    """A "[Sponsored by](url)" line at the top of an edition, the sponsor's name lost with its logo: the
    edition's sponsor credit, as the same words printed plain, never a section heading dropping the
    whole edition under it as the sponsor's."""
    body = (
        "[Sponsored by](https://ads.example.net/clk?id=7)\n\n"
        "When Late Trains Lead to Lost Jobs\n\n"
        "Plus, the cost of parking and the return of the bicycle\n\n"
        "This is an edition of the Weekend Papers newsletter, a weekly look at our best feature stories.\n\n"
        "Leading Off\n\n"
        "Till Delays Do Us Part\n\n"
        "Money, when lost to late trains, often leads to the loss of a job. Commuters tell us how.\n\n"
        "Are You Faster Than a Train?\n\n"
        "A cyclist is here to tell us that the way we think about commuting is wrong, and why.\n"
    )
    split = split_text(body)
    titles = [s.title for s in split.stories]
    assert "Till Delays Do Us Part" in titles
    assert "Are You Faster Than a Train?" in titles
    (credit,) = [d for d in split.dropped if d.text == "Sponsored by"]
    assert "credit" in credit.detail
