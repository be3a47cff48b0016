"""A paragraph whose only links lead to parts of the sender's front page is the site's furniture.

A link blog's daily mail prints, among its posts, a line inviting to its front page's comment threads
("Readers have left 80 comments ... [See the most active threads](https://site/#active-comments)").
Each post links a page of its own; a link to an anchor of the front page tells no story.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format
from digest.settings import ReadSettings
from digest.split.splitter import split_document

POSTS = """[Knot Atlas: a chart from 1885 of every knot with ten crossings.](https://links.example.org/26/04/knot-atlas)

Readers have left 80 comments on posts over the past few days. [See the most recently active threads on \
links.example.org](https://links.example.org/#active-comments).

[Potato Type: a typeface printed with potato stamps, one letter at a time.](https://links.example.org/26/04/potato-type)

[Tide Clock: a clock that tells the tide instead of the hour.](https://links.example.org/26/04/tide-clock)

A new harbour museum opens on Friday, and its site has the hours. [Visit the museum](https://museum.example.com/)
"""


def test_a_link_to_the_front_pages_comments_is_no_story() -> None:
    split = split_document(Document(Edition(path="posts.md", format=Format.MARKDOWN), POSTS), ReadSettings())
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    assert "comments on posts" not in told
    assert "Knot Atlas" in told
    assert "Potato Type" in told
    assert "harbour museum" in told  # a link to a site's front page with no anchor is an item's link
    furniture = [d for d in split.dropped if d.detail == "a link to a part of the site's front page"]
    assert len(furniture) == 1


def test_an_anchor_of_another_sites_front_page_is_an_items_link() -> None:
    body = (
        "[Harbour Fair: the fair returns on June 3, with talks on tides.](https://fair.example.com/#events)\n\n"
        "Readers have left 80 comments this week. [See the threads](https://chat.example.net/#narrow/stream/1)\n"
    )
    split = split_document(Document(Edition(path="posts.md", format=Format.MARKDOWN), body), ReadSettings())
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    assert "Harbour Fair" in told
    assert "80 comments" in told
