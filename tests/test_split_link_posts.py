"""Link blogs' posts and Markdown's character references: a post told by a long linked title over its
credit line, and "&ldquo;" read as the quotation mark it stands for."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.readers._markup import decode_references, strip_html
from tests.test_split_layouts import split_file


def test_character_references_in_a_markdown_body_are_decoded(tmp_path: Path) -> None:
    """A Markdown body with no tag still writes its quotes and signs as references: decoded, once,
    never inside code; an address's "&copy=2" parameter and an unknown name stay."""
    path = tmp_path / "edition.md"
    path.write_text(
        "## Quill &times; Anvil release a duet\n\n"
        "&ldquo;It took us a decade,&rdquo; said the band&rsquo;s drummer&hellip; "
        "The [album](https://quill.example/a?b=1&copy=2) writes `&amp;` as code and R&amp;amp;D once.\n",
        encoding="utf-8",
    )
    (story,) = split_file(path).stories
    assert story.title == "Quill \u00d7 Anvil release a duet"
    assert story.text.startswith("\u201cIt took us a decade,\u201d said the band\u2019s drummer\u2026")
    assert "writes &amp; as code and R&amp;D once" in story.text
    assert "&copy=2" in story.url or any("&copy=2" in link for link in story.links)


@given(st.text(alphabet="&#;x1aAmp`lt\n ", max_size=40))
def test_decoding_references_is_a_single_pass_outside_code(text: str) -> None:
    """Decoding is one pass: without a tag, strip_html decodes as decode_references does, and code
    spans come out as they went in."""
    assert strip_html(text) == decode_references(text)
    if "&" not in text:
        assert decode_references(text) == text


_LINK_BLOG = """\
Linkblog Posts and Links for Apr 24, 2026

[Old tram tickets from Ghent 1920-1960; each month had a different lovely design.](https://lb.example/15/02/tram)
[ lb.example](https://lb.example/15/02/tram)

[A scroll of part of the Aeneid has been found in a tomb in Tunisia](https://ruins.example/news/scroll). \
"The scroll holds a passage from Book II of the poem." [ ruins.example](https://ruins.example/news/scroll) • \
[ comments](https://lb.example/26/04/a-scroll)

[Ninefold Tangles: I love this chart from 1890 that shows the ways of tying knots with 9 crossings.]\
(https://lb.example/26/04/ninefold)
[ lb.example](https://lb.example/26/04/ninefold) • [ comments](https://lb.example/26/04/ninefold)

[Instead of Losing Local Elections, What If We Just Cancelled Them?](https://satire.example/cancel) \
"My goodness, imagine the savings. No long lines." [ satire.example](https://satire.example/cancel)

[Face to Face With a Grey Whale. Striking photos of a very close meeting with a whale. I have never \
seen anything like these pictures before.](https://lb.example/26/04/face-to-face)
[ lb.example](https://lb.example/26/04/face-to-face) • [ comments](https://lb.example/26/04/face-to-face)

If you want to sail elsewhere in the galaxy, [it does not look that promising](https://space.example/sail). \
"Sailing on Titan would be a slow experience." [ space.example](https://space.example/sail) • \
[ comments](https://lb.example/26/04/sail)
"""


def test_a_link_telling_its_story_over_its_credit_line_is_a_post(tmp_path: Path) -> None:
    """A paragraph that is one long link (a title and its dek in sentences) over a credit line of link
    labels ("site • comments") is a whole post: told by its words and its link, never a section heading
    with nothing under it, and never swallowing the next paragraph (an item with its own title)."""
    path = tmp_path / "edition.md"
    path.write_text(_LINK_BLOG, encoding="utf-8")
    split = split_file(path)
    told = {s.title: s for s in split.stories}
    assert list(told) == [
        "Old tram tickets from Ghent 1920-1960; each month had a different lovely design",
        "A scroll of part of the Aeneid has been found in a tomb in Tunisia",
        "Ninefold Tangles",
        "Instead of Losing Local Elections, What If We Just Cancelled Them?",
        "Face to Face With a Grey Whale",
        "If you want to sail elsewhere in the galaxy",
    ]
    assert told["Ninefold Tangles"].text.startswith("I love this chart from 1890")
    assert told["Ninefold Tangles"].url == "https://lb.example/26/04/ninefold"
    assert told["Face to Face With a Grey Whale"].text.startswith("Striking photos of a very close meeting")
    tram = "Old tram tickets from Ghent 1920-1960; each month had a different lovely design"
    assert "Aeneid" not in told[tram].text
    credits = [d for d in split.dropped if "comments" in d.text or d.text == "lb.example"]
    assert len(credits) == 3
    assert all(d.detail.startswith("story metadata") for d in credits)
    assert not [d for d in split.dropped if d.detail == "section heading with no story under it"]


def test_a_short_linked_title_over_its_credit_line_keeps_its_text(tmp_path: Path) -> None:
    """A linked title that reads as a title ("[Quill ships 2.0](url)") over its credit line and a paragraph
    is a headline over its summary, as before: only a link of sentences is a whole post."""
    path = tmp_path / "edition.md"
    path.write_text(
        "[Quill ships version 2.0 of its editor](https://quill.example/2)\n"
        "[ quill.example](https://quill.example/2) • [ comments](https://quill.example/2#c)\n\n"
        "The release adds tabs, a plugin store and a faster search across large folders.\n",
        encoding="utf-8",
    )
    (story,) = split_file(path).stories
    assert story.title == "Quill ships version 2.0 of its editor"
    assert story.text.startswith("The release adds tabs")


def test_a_paragraphs_closing_site_credit_is_no_words_of_its_text(tmp_path: Path) -> None:
    """Links closing a paragraph after its last sentence, the first named by its own site ("[ site.com](url)
    • [ comments](url)", "[ paper.com (gift link)](url)"), credit the item: its links, not its words. A
    link ending a sentence ("... on [quill.example](url).") and one named otherwise stay words."""
    path = tmp_path / "edition.md"
    path.write_text(
        '[1D Draughts](https://games.example/1d). "Is there a forced win for white?" '
        "[ games.example](https://games.example/1d) • [ comments](https://lb.example/26/04/1d)\n\n"
        "[Quill ships tabs](https://quill.example/t). The editor now opens tabs, as announced on "
        "[quill.example](https://quill.example/blog).\n\n"
        "[Whale songs from 1949](https://video.example/w): they were found in an archive… "
        "[ video.example (gift link)](https://video.example/w)\n",
        encoding="utf-8",
    )
    told = {s.title: s for s in split_file(path).stories}
    assert told["1D Draughts"].text == '"Is there a forced win for white?"'
    assert "https://lb.example/26/04/1d" in told["1D Draughts"].links
    assert told["Whale songs from 1949"].text == "they were found in an archive…"
    assert told["Quill ships tabs"].text.endswith("as announced on quill.example.")
