"""A short line opening with a call to sign up ("Sign up for Harbour AI & Business, a free weekly
newsletter ...") whose link sits on the newsletter's name only: a sign-up prompt in the ledger, no
text of the story above. A minimal synthetic reproducer of the mechanism, never the real issue's
text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_line_opening_with_a_call_to_sign_up_is_a_prompt() -> None:
    body = (
        "## The night ferry returns\n\n"
        "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n\n"
        "Sign up for Harbour AI & [Business](https://harbour.example/newsletters/ai), a free weekly "
        "newsletter packed with news from our team of quay reporters.\n\n"
        "## Cranes arrive at the north quay\n\n"
        "Three new cranes arrived by sea on Tuesday, and the dockers were told to wait for training.\n"
    )
    split = split_text(body)
    ferry = next(s for s in split.stories if s.title == "The night ferry returns")
    assert "Sign up" not in ferry.text
    prompt = next(d for d in split.dropped if d.text.startswith("Sign up for Harbour AI"))
    assert prompt.reason is DropReason.PROMOTION
