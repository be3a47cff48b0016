"""The lines closing an edition that speak of the edition itself: the addresses it asks to be
written to ("Technical issues and support requests: support@example.com"), its staff with their
roles, its e-mail preferences, a paywall note asking to forward the post to any friends, a prompt to
gift the newsletter. Each is in the ledger, never a story; a story naming an address or a gift in
its sentences stays. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

import re

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.

----------------------------------------

Gift The Harbour Letter To A Friend

This post is only for paying subscribers of The Harbour Letter, but please do forward it to any friends
who deserve a treat today, especially if you think they might like to read it too.

Mara Lind, Editor-In-Chief; Otto Baer, Founding Editor; Rui Costa, Publisher

For any queries, write to us:

Letters to the editor: editor@harbour.example
Technical issues and support requests: support@harbour.example
Or write at any time to the publisher: otto@harbour.example

You can opt in or out of any of our newsletters at your Email Preferences menu.

The Harbour Letter © 2026 – Unsubscribe
"""


def test_footer_lines_are_in_the_ledger() -> None:
    split = split_text(_BODY)
    titles = [story.title for story in split.stories]
    assert titles == ["Cranes Speed Up in Porto", "Ferries Go Electric in Lisbon"]
    ledger = {entry.text: entry for entry in split.dropped}
    contact = "Technical issues and support requests: support@harbour.example"
    assert ledger[contact].reason is DropReason.FOOTER
    assert ledger["Gift The Harbour Letter To A Friend"].reason is DropReason.PROMOTION
    staff = "Mara Lind, Editor-In-Chief; Otto Baer, Founding Editor; Rui Costa, Publisher"
    assert ledger[staff].reason is DropReason.BOILERPLATE
    assert not any("harbour.example" in story.text for story in split.stories)


def test_news_naming_an_address_or_a_gift_stays() -> None:
    leak = "Acme leaked 40,000 addresses such as ceo@acme.example on Tuesday, and apologised."
    assert block_verdict(leak) is None
    assert block_verdict("The mayor will gift the city's old ferry to a museum in Braga") is None
    assert block_verdict("Rui Costa, the publisher, left on Friday") is None
    assert block_verdict("From: Harbour Letter <editor@harbour.example>") is None  # the masthead's


_USER = st.from_regex(re.compile(r"[a-z]{2,10}"), fullmatch=True)


@given(_USER, st.sampled_from(["Send tips to", "Questions? Write to", "Press enquiries:", "Support:"]))
def test_a_label_and_an_address_is_the_senders_contact(user: str, label: str) -> None:
    verdict = block_verdict(f"{label} {user}@harbour.example")
    assert verdict is not None
    assert verdict.reason is DropReason.FOOTER


def test_a_long_line_with_an_at_sign_stays_fast() -> None:
    assert block_verdict("a" * 200_000 + "@harbour.example") is None


def test_a_request_to_add_the_sender_to_the_address_book_is_footer() -> None:
    """ "To ensure we can contact you, please add us to your email address book or safe list." asks
    for the sender's delivery, and "... emails will come from a new sender address" tells of it, no
    news: footer; a story on address books stays."""
    verdict = block_verdict(
        "To ensure we can reach you, please add us to your email address book or safe list."
    )
    assert verdict is not None
    assert verdict.reason is DropReason.FOOTER
    assert (
        block_verdict("Phone makers will let users add contacts to a shared address book from June.") is None
    )
