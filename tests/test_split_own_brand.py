"""A paragraph led by the sender's own brand and one of its products ("HWK | Buy Side: ..." in an
edition of "Ada Lund, HWK"): the sender selling its own product, in the ledger, never an item of the
news. A minimal synthetic reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, source: str) -> Split:
    """Split ``body`` as one edition of ``source``."""
    edition = Edition(path="edition.md", format=Format.MARKDOWN, source=source)
    return split_document(Document(edition, body), ReadSettings())


BODY = (
    "## The night ferry returns\n\n"
    "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n\n"
    "## Beyond the Newsroom\n\n"
    "Opinion: The harbour board should stop pretending the north quay is finished. It is not.\n\n"
    "HWK | Buy Side: See our guide to the best ferry insurance for families who cross at night.\n"
)


def test_a_paragraph_led_by_the_senders_own_brand_is_its_promotion() -> None:
    split = split_text(BODY, "Ada Lund, HWK")
    assert not any("Buy Side" in f"{s.title} {s.text}" for s in split.stories)
    pitch = next(d for d in split.dropped if d.text.startswith("HWK | Buy Side"))
    assert pitch.reason is DropReason.PROMOTION
    assert any(s.text.startswith("Opinion: The harbour board") for s in split.stories)


def test_another_brand_before_a_bar_is_news() -> None:
    """The same label naming another publication ("Quay Post | Markets: ...") is an item like others."""
    split = split_text(BODY.replace("HWK | Buy Side", "Quay Post | Markets"), "Ada Lund, HWK")
    assert any("Quay Post | Markets" in f"{s.title} {s.text}" for s in split.stories)
