"""The edition asking for its readers' tips at its address after a colon ("Send us tips, comments,
questions, and feedback on these changes: ed@harbour.example."): a feedback prompt in the ledger, no
story. A minimal synthetic reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_call_for_tips_at_an_address_after_a_colon_is_a_feedback_prompt() -> None:
    body = (
        "## The night ferry returns\n\n"
        "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n\n"
        "## Talk to us\n\n"
        "Send us tips, comments, questions, and feedback on these changes: ed@harbour.example. "
        "Read our ethics policy here.\n"
    )
    split = split_text(body)
    assert not any("Send us tips" in f"{s.title} {s.text}" for s in split.stories)
    prompt = next(d for d in split.dropped if d.text.startswith("Send us tips"))
    assert prompt.reason is DropReason.BOILERPLATE
