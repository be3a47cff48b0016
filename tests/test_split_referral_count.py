"""A referral programme's tally printed in the edition ("You currently have 0 referrals, only 3 away
from receiving ..."): a prompt to refer friends, in the ledger, no story. A minimal synthetic
reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def test_a_referral_tally_is_a_prompt_not_a_story() -> None:
    body = (
        "## The night ferry returns\n\n"
        "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n\n"
        "## Share the Harbour Weekly\n\n"
        "You currently have 2 referrals, only 1 away from receiving a Harbour tote bag.\n"
    )
    split = split_text(body)
    assert not any("referrals" in f"{s.title} {s.text}" for s in split.stories)
    tally = next(d for d in split.dropped if d.text.startswith("You currently have 2 referrals"))
    assert tally.reason is DropReason.PROMOTION
