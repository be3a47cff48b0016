"""A post's own linked title over a paragraph that greets its reader by name and goes on with the
news ("Hey Ada, in the last few days, pilots at the north quay ..."): that paragraph is the lede of
the post's story, never an editor's note before it. A minimal synthetic reproducer of the mechanism,
never the real issue's text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_greeting_under_the_posts_linked_title_opens_its_story() -> None:
    body = (
        "[Harbour Turned Pilots' Logbooks Into AI Slop](https://harbour.example/p/logbooks)\n\n"
        "Hey Ada, in the last few days, pilots at the north quay slowly started to realize their "
        "logbooks had been cut into minute-long summaries by a new tool.\n\n"
        "The harbour rolled out a platform called Atoll that writes summaries of every crossing.\n\n"
        "Pilots I spoke to whose logbooks are included in Atoll are disturbed by the summaries.\n"
    )
    split = split_text(body)
    story = next(s for s in split.stories if s.title == "Harbour Turned Pilots' Logbooks Into AI Slop")
    assert story.text.startswith("Hey Ada, in the last few days")
