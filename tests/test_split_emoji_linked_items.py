"""A briefing's short items, each a paragraph opening with an emoji (a flag, a ticket) before its own
linked title and its text after a bar ("🇬🇧 [Title](url) | text"), under a section heading.

The emoji is no part of the linked lead-in: each paragraph is an item with its own link, the
heading their section, and an item whose title opens "It" or "This" is still an item of its own,
never more of the item above. The body is invented.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BRIEFING = "\n".join(
    [
        "## ⚡ Quick Hits",
        "",
        "🇬🇧 [Harbor ferries add a night crossing in spring](https://ferry.example/night) "
        "| The ferry line adds a crossing at midnight from April. Tickets go on sale next "
        "week.",
        "",
        "🇩🇪 [It starts on Monday: what the new tram line brings to the east "
        "side](https://tram.example/east) | The line cuts the trip to the stadium to "
        "twelve minutes. Two bus routes end.",
        "",
        "🇬🇧 [This weekend: the lantern market on the old "
        "quay](https://quay.example/lanterns) | Some forty stalls sell lanterns and "
        "roasted nuts. Entry is free before six.",
        "",
    ]
)


def test_an_emoji_before_a_linked_lead_in_leaves_the_paragraph_its_link() -> None:
    block = parse_blocks(_BRIEFING)[1]
    assert block.title_link == "https://ferry.example/night"


def test_each_item_is_a_story_with_its_link_even_one_opening_it_or_this() -> None:
    split = split_text(_BRIEFING)
    assert [(story.title, story.url) for story in split.stories] == [
        ("Harbor ferries add a night crossing in spring", "https://ferry.example/night"),
        ("It starts on Monday: what the new tram line brings to the east side", "https://tram.example/east"),
        ("This weekend: the lantern market on the old quay", "https://quay.example/lanterns"),
    ]
    assert all(story.section == "Quick Hits" for story in split.stories)
