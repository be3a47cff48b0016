"""A short linked call closed by a full stop ("[Learn more.](url)") right under a story's paragraph
and over the next section's label: the story's button, with its link, never the label of a section
over the stories below (which kept the real label, "Following", as an empty headline). A minimal
synthetic reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_linked_call_under_a_paragraph_closes_its_story() -> None:
    body = (
        "Quaybot is the crane software that knows your berths, your ships and your crews by name.\n\n"
        "See how the north quay became a crane-first harbour with Quaybot.\n\n"
        "[Learn more.](https://quaybot.example/harbours)\n\n"
        "Following\n\n"
        "The pilots and the board head to court\n\n"
        "What happened: the pilots' lawsuit against the harbour board is going to trial this week.\n\n"
        "The judge dismissed the board's claim that the pilots had waited too long to sue.\n"
    )
    split = split_text(body)
    court = next(s for s in split.stories if s.title == "The pilots and the board head to court")
    assert court.section == "Following"
    assert not any(s.section == "Learn more." for s in split.stories)
