"""A quotation's attribution printed right under its label, the quotation itself a picture.

A briefing's "Quote of the Day" box prints the quotation as an image and, under the label, only its
attribution ("— The harbour board on X ahead of the regatta."). Read as a story, the attribution was
told as news and joined the cluster of what it named.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

ALONE = "a quotation's attribution: its quotation not in the text (a picture)"


def _split(body: str) -> Split:
    edition = Edition(path="harbour-briefing.md", format=Format.MARKDOWN, source="Harbour Briefing")
    return split_document(Document(edition, body), ReadSettings())


BRIEFING = """\
# Harbour Briefing

## Cranes return to the quay

The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a week \
without a stop, and will order twelve more by the summer.

## Quote of the Day

— The [harbour board](https://harbour.example/s/quote) on X ahead of the regatta's opening on Saturday.

## Ferry fares rise

Fares on the northern crossing rise by six percent in June, the operator said on Monday, the second \
rise this year.
"""


def test_an_attribution_under_its_label_is_boilerplate() -> None:
    split = _split(BRIEFING)
    assert [s.title for s in split.stories] == ["Cranes return to the quay", "Ferry fares rise"]
    assert [d.reason for d in split.dropped if d.detail == ALONE] == [DropReason.BOILERPLATE]


def test_an_attribution_under_its_quotation_is_no_such_line() -> None:
    """Under the quotation printed as text the dash signs it, as read before."""
    body = BRIEFING.replace(
        "## Quote of the Day\n\n", "## Quote of the Day\n\n“We will sail whatever the weather,” it said.\n\n"
    )
    assert not [d for d in _split(body).dropped if d.detail == ALONE]


def test_an_attribution_reporting_what_was_said_stays() -> None:
    """An attribution reporting what was said ("..., warning that the pier will close") tells news."""
    body = BRIEFING.replace(
        "— The [harbour board](https://harbour.example/s/quote) on X ahead of the regatta's opening on"
        " Saturday.",
        "— The harbour master, speaking to pilots today, [warning](https://harbour.example/s/quote) that the"
        " northern pier will close for a month.",
    )
    split = _split(body)
    assert not [d for d in split.dropped if d.detail == ALONE]
    assert [s for s in split.stories if "northern pier" in s.text]
