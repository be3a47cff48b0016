"""Plain-text link roundups: a title over its address on the next line, then a comments line.

Link digests of forums print each item as "Title (site.example)", the address on
a line of its own, then a "comments: ..." line with a count. Each item is a story
with the article's address; a line holding an address is never the wrapped end
of the title above it, and a keyed title ("Show HN: ...") over an address opens
the next item, never more metadata of the one before.
"""

from __future__ import annotations

from digest.models import DropReason
from digest.text.shape import clean_title
from tests.test_split_layouts import split_text, titles

_ROUNDUP = """\
Link Ledger #12 - March 13, 2026

#Favorites

The hardest bug I ever fixed was a flipped bit in a cable (blog.lindqvist.example)
https://blog.lindqvist.example/flipped-bit
comments: https://forum.example/item?id=1 (412)

Show HN: A terminal spreadsheet in 900 lines of C (github.com)
https://github.com/rvance/tsheet
comments: https://forum.example/item?id=2 (174)
Show HN: Offline maps for hikers using vector tiles (trailmap.example)
https://trailmap.example
comments: https://forum.example/item?id=3 (96)

#Ask

Ask HN: How do you keep a side project alive after the first month?
https://forum.example/item?id=4 (355)

#Fun

A working 4-bit computer built out of toy bricks (brickcpu.example)
https://brickcpu.example/build
comments: https://forum.example/item?id=5 (162)
"""


def test_titles_over_their_addresses_are_a_story_each_with_the_article_link() -> None:
    """Every item is a story titled without its site label, linked to the article (not the comments)."""
    split = split_text(_ROUNDUP, path="roundup.txt")
    assert titles(split) == [
        "The hardest bug I ever fixed was a flipped bit in a cable",
        "Show HN: A terminal spreadsheet in 900 lines of C",
        "Show HN: Offline maps for hikers using vector tiles",
        "Ask HN: How do you keep a side project alive after the first month?",
        "A working 4-bit computer built out of toy bricks",
    ]
    assert [s.url for s in split.stories] == [
        "https://blog.lindqvist.example/flipped-bit",
        "https://github.com/rvance/tsheet",
        "https://trailmap.example/",
        "https://forum.example/item?id=4",
        "https://brickcpu.example/build",
    ]
    assert DropReason.NAVIGATION not in {d.reason for d in split.dropped}


def test_a_site_label_closing_a_title_is_not_part_of_it() -> None:
    """ "(github.com)" after a title names where the link goes; a name in capitals stays."""
    assert clean_title("Show HN: A tiny spreadsheet (github.com)") == "Show HN: A tiny spreadsheet"
    assert clean_title("Vue 4 ships (Vue.js)") == "Vue 4 ships (Vue.js)"


def test_link_cells_under_a_story_are_its_links_and_addresses_alone_are_not_stories() -> None:
    """A row of link cells under a story's text ("[Source](url)", "[PDF](url)", an export's table)
    gives the story its links, never stories titled "Source" and "PDF"; lines holding only an
    address, with no words of their own, are no story titled by the address."""
    body = """## Rotterdam tugs switch to batteries

Rotterdam's harbour master ordered 14 battery tugs worth EUR 90 million, to be delivered from 2027.

[Source](https://news.example.com/rotterdam-tugs)

[PDF](https://news.example.com/rotterdam.pdf)

## Lisbon port tests driverless cranes

Driverless cranes moved containers for a week at the Lisbon port, the operator said on Monday.

## Links

[https://news.example.com/hamburg-rail](https://news.example.com/hamburg-rail)

[https://news.example.com/antwerp-locks](https://news.example.com/antwerp-locks)
"""
    split = split_text(body)
    assert titles(split) == ["Rotterdam tugs switch to batteries", "Lisbon port tests driverless cranes"]
    tugs = split.stories[0]
    assert tugs.url == "https://news.example.com/rotterdam-tugs"
    assert "https://news.example.com/rotterdam.pdf" in tugs.links
    assert "PDF" not in tugs.text
    addresses = [d for d in split.dropped if d.text.startswith("https://news.example.com/")]
    assert [d.reason for d in addresses] == [DropReason.EMPTY, DropReason.EMPTY]
