"""The name of the edition's game printed over its blurb ("Play Harbourdots!" over "Our daily word
puzzle with a plot twist."): it goes to the ledger with the game. Each test is a minimal synthetic
reproducer of one mechanism, in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def test_a_games_name_over_its_blurb_is_no_text_of_the_story_above() -> None:
    """A linked opinion headline with no text, then the game's name, its blurb and the day's clue:
    the name is the game's, in the ledger, and the headline above tells nothing of it."""
    body = (
        "More Opinions\n\n"
        "Ada Lund\n\n"
        "Harbour Stocks Will Keep Ignoring the Storm\n\n"
        "<https://news.example/opinion/harbour-stocks>\n"
        "Play Harbourdots!\n\n"
        "Our daily word puzzle with a plot twist.\n\n"
        "Today's clue is: Where ferries sleep?\n\n"
        "Before You Go\n\n"
        "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n"
    )
    split = split_text(body)
    assert not any("Harbourdots" in f"{s.title} {s.text}" for s in split.stories)
    name = next(d for d in split.dropped if d.text == "Play Harbourdots!")
    assert name.reason is DropReason.POLL
    assert any(s.text.startswith("The night ferry returns") for s in split.stories)
