"""What a text part prints where its HTML showed a picture is never a story's title nor its text.

A text part prints the picture's address after a label ("View image: (https://...)"), its link
("Follow image link: (...)") and its caption ("Caption: ..."); read as lines, the address titled the
paragraphs under it. Its closing note ("You are reading a plain text version of this post") is its
footer.
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document

#: An invented text part of a blog post: its pictures printed as their addresses, links and captions.
POST = (
    "The ferry strike ended on Monday after nine days, and the dockworkers say nothing is settled. The"
    " union's leaders met the port authority late into the night and agreed to go back to work.\n\n"
    "View image: (https://media.example.com/uploads/asset/file/ab12/harbour.png?t=1777397089)\n"
    "Caption: The harbour at dawn, before the first ferry.\n\n"
    "The footage of the last night of the strike is worth watching, if only for the crowd on the quay"
    " at midnight. Just look at it:\n\n"
    "View image: (https://media.example.com/uploads/asset/file/cd34/night.gif?t=1777398779)\n"
    "Follow image link: (https://video.example.com/watch?v=abc)\n"
    "Caption: \n\n"
    "The council votes on the harbour budget next week, and the union says it will be watching every"
    " line of it, starting with the night shifts.\n\n"
    "You are reading a plain text version of this post. For the best experience, copy and paste this link"
    " in your browser to view the post online:\n"
    "https://blog.example.com/p/ferry-strike\n"
)


def _split(body: str) -> Split:
    return split_document(Document(Edition(path="brief.md", format=Format.MARKDOWN), body), ReadSettings())


def test_a_pictures_address_link_and_caption_are_no_story() -> None:
    split = _split(POST)
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    for placeholder in (
        "View image",
        "Follow image link",
        "Caption",
        "media.example.com",
        "plain text version",
    ):
        assert placeholder not in told
    assert any("nothing is settled" in s.text for s in split.stories)
    assert any("harbour budget next week" in s.text for s in split.stories)
    pictures = [d for d in split.dropped if d.detail.startswith("picture placeholder")]
    assert len(pictures) == 5
    assert any(d.reason is DropReason.FOOTER and "plain text version" in d.text for d in split.dropped)


def test_a_sentence_about_images_is_news() -> None:
    for text in (
        "Image generation is improving fast: see https://example.com/report for the figures.",
        "The caption contest drew 400 entries this week.",
        "Photo agencies: a new licence for news pictures.",
    ):
        assert block_verdict(text) is None, text


def test_a_long_placeholder_line_is_read_fast() -> None:
    line = "View image: (https://media.example.com/" + "a" * 200_000 + " x"
    assert block_verdict(line) is None or block_verdict(line) is not None
