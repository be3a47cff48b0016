"""Reference-style links (Markdown's ``[text][1]`` + ``[1]: url``, a text email's ``[1]`` + link
list) reach the splitter inline: each story keeps its link, and no definition is read as a story."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.readers._references import inline_references

MARKDOWN = """# Weekly Letter — November 20, 2026

## [Qiantang AI raises $1.2 billion][1]

Qiantang AI closed a funding round that values it at $8 billion, led by Sequoia China.

## [Kestrel ships an open-weights coder][]

Kestrel released a 32B coding model under Apache 2.0 that tops the open leaderboard.

[1]: https://example.com/qiantang "Qiantang"
[Kestrel ships an open-weights coder]: <https://example.com/kestrel>
"""

TEXT_EMAIL = """TLDR AI 2026-11-20

HEADLINES & LAUNCHES

Qiantang AI raises $1.2 billion (2 minute read) [1]

Qiantang AI closed a funding round that values it at $8 billion, led by Sequoia China [3].

Kestrel ships an open-weights coder (4 minute read) [2]

Kestrel released a 32B coding model under Apache 2.0 that tops the open leaderboard.

Links:
------
[1] https://example.com/qiantang
[2] https://example.com/kestrel
[3] https://example.com/sequoia
"""


def _stories(tmp_path: Path, name: str, text: str) -> dict[str, str | None]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return {s.title: s.url for s in read_stories([path]).stories}


def test_markdown_reference_links_give_each_story_its_link(tmp_path: Path) -> None:
    """Full (``[text][1]``) and collapsed (``[text][]``) references; the definitions are no stories
    (they had been read as a table of contents, and took the second story with them)."""
    assert _stories(tmp_path, "letter.md", MARKDOWN) == {
        "Qiantang AI raises $1.2 billion": "https://example.com/qiantang",
        "Kestrel ships an open-weights coder": "https://example.com/kestrel",
    }


def test_a_text_emails_numbered_links_go_to_their_headlines(tmp_path: Path) -> None:
    """``Headline (2 minute read) [1]`` with ``[1] https://...`` in the Links list: the headline's
    link; a marker inside a sentence is taken out of the text (its link is in the list)."""
    path = tmp_path / "tldr.txt"
    path.write_text(TEXT_EMAIL, encoding="utf-8")
    stories = read_stories([path]).stories
    assert {s.title: s.url for s in stories} == {
        "Qiantang AI raises $1.2 billion": "https://example.com/qiantang",
        "Kestrel ships an open-weights coder": "https://example.com/kestrel",
    }
    assert stories[0].text.endswith("led by Sequoia China.")


def test_undefined_labels_and_inline_links_are_left_as_they_are() -> None:
    text = "See [the filing](https://sec.example/f) and note [1] and [a][b].\n\n[2] https://x.example/2\n"
    assert inline_references(text) == "See [the filing](https://sec.example/f) and note [1] and [a][b].\n\n"


@given(st.text(alphabet=st.sampled_from("ab []()\n:1h/"), max_size=60))
def test_text_without_definitions_is_unchanged(text: str) -> None:
    """Nothing is rewritten unless a definition line gives the link."""
    if "http" not in text and "www." not in text and "mailto:" not in text:
        assert inline_references(text) == text


ANGLED_EMAIL = """Harbor Evening Brief

Markets closed higher as Lanting Motors lifted its forecast for the year, the third
upgrade since March <https://example.com/lanting>. Its shares rose 6% in late trade.

Tidewater Bank cuts 900 jobs  <https://example.com/tidewater>
The lender will close two processing centers in the spring as it moves its back
office to a shared platform run by Orchard Systems <https://example.com/orchard>.

Copperline opens a plant in Ningbo  <https://example.com/copperline>
The battery maker will hire 1,400 people at the site, which starts output in May.

More from us:
 * Morning Markets <https://example.com/mm> for the day's first prices
"""


def test_addresses_printed_after_their_text_are_its_links(tmp_path: Path) -> None:
    """A plain-text email printing ``Headline <https://...>``: the headline's link; an address inside a
    sentence is the link of the word before it, and leaves the sentence as printed (the addresses had
    been words of the stories, and the headlines had no link)."""
    path = tmp_path / "brief.txt"
    path.write_text(ANGLED_EMAIL, encoding="utf-8")
    stories = {s.title: s for s in read_stories([path]).stories}
    assert stories["Tidewater Bank cuts 900 jobs"].url == "https://example.com/tidewater"
    assert stories["Copperline opens a plant in Ningbo"].url == "https://example.com/copperline"
    assert all("<https" not in s.text for s in stories.values())
    opening = next(s for s in stories.values() if s.text.startswith("Markets closed higher"))
    assert "since March." in opening.text
    linked = inline_references(ANGLED_EMAIL)
    assert " * [Morning Markets](https://example.com/mm) for the day's first prices" in linked
    assert "run by Orchard [Systems](https://example.com/orchard)." in linked


def test_a_few_addresses_in_angle_brackets_are_left_as_autolinks() -> None:
    """Fewer than three addresses after words, or addresses in a code fence: Markdown's autolinks."""
    text = "Read the spec <https://spec.example/a> and the notes <https://spec.example/b>.\n"
    assert inline_references(text) == text
    fenced = (
        "```\nfetch <https://a.example/1>\nfetch <https://a.example/2>\nfetch <https://a.example/3>\n```\n"
    )
    assert inline_references(fenced) == fenced


CARD_EMAIL = """Harbor Evening Brief

Markets closed higher as Lanting Motors lifted its forecast for the year, the third
upgrade since March <https://example.com/lanting>. Its shares rose 6% in late trade.

[Tidewater Bank cuts 900 jobs](https://example.com/tidewater)
The lender will close two processing centers in the spring.
[Read the Story](https://example.com/tidewater)

Copperline will hire 1,400 people at its new Ningbo battery plant, which starts output in May,
the company said on Tuesday <https://example.com/copperline>, after months of delay.

More from us <https://example.com/more>
"""


def test_a_cards_button_closes_the_card_and_heads_nothing(tmp_path: Path) -> None:
    """ "[Read the Story](url)" repeating the address of the card's headline is its button: the
    paragraph after it is a story of its own, never titled "Read the Story"."""
    path = tmp_path / "cards.txt"
    path.write_text(CARD_EMAIL, encoding="utf-8")
    stories = read_stories([path]).stories
    assert "Read the Story" not in {s.title for s in stories}
    card = next(s for s in stories if s.title == "Tidewater Bank cuts 900 jobs")
    assert "Copperline" not in card.text
    assert "Read the Story" not in card.text
    assert any(s.text.startswith("Copperline will hire") for s in stories)


#: An invented plain-text weekly of links, its addresses in parentheses padded with spaces, wrapped
#: at about 64 letters: an address too long for its line goes to the next one, after the words it
#: links (the line above ends in the space that stood before the address, written "~" here).
PADDED_WEEKLY = """Quill Weekly #12

* LANTERN 2.0 SHIPS WITH A NEW SCHEDULER AND FASTER BUILDS~
( https://lantern.example/blog/2-0 ) — A
large release~
( https://lantern.example/changes ) for the toolkit that keeps
small teams moving. Builds run twice as fast as they did, and
the toolkit can even compile the Mosaic compiler, which its own
authors had said would never happen. Support for boards arrives
as well, and the new job queue is built on the scheduler of the
Harbor project.~
( https://lantern.example/docs/scheduler )
  -- The Lantern Team

* A CLOSER LOOK AT HOW THE RUNTIME PARKS ITS WORKERS~
( https://notes.example/parking ) — A deep dive into the
parking protocol and what it means for blocking calls.
  -- Ines Okafor
""".replace("~\n", " \n")

#: An invented reading list printing each address in square brackets after its words.
SQUARE_LIST = """Tides, Maps, Bread [https://list.example/r/1]

Why Harbors Silt Up [https://list.example/r/2]

Mara Quill | Coastal Review | 24th April 2026 | U

Rivers carry more sand than engineers planned for, and dredging costs have doubled since 2019
(2,000 words [https://list.example/r/3])

The Oldest Map Of The Sea [https://list.example/r/4]

Tomas Reyes | Chart Notes | 20th April 2026 | U

A map drawn on sealskin shows currents no one measured again for two centuries
(1,200 words [https://list.example/r/5])
"""


def test_addresses_in_other_brackets_are_read_as_links(tmp_path: Path) -> None:
    """Addresses printed in parentheses padded with spaces (``( https://... )``) or in square brackets
    (``[https://...]``), three times or more, are read as those in angle brackets: each headline
    keeps its link and its text, and no address is left among the words (they had been headlines
    of their own, ``( https://... ) — A``, and the items' texts stories apart)."""
    path = tmp_path / "weekly.txt"
    path.write_text(PADDED_WEEKLY, encoding="utf-8")
    stories = {s.title: s for s in read_stories([path]).stories}
    lantern = stories["LANTERN 2.0 SHIPS WITH A NEW SCHEDULER AND FASTER BUILDS"]
    assert lantern.url == "https://lantern.example/blog/2-0"
    assert "Harbor project" in lantern.text
    assert (
        stories["A CLOSER LOOK AT HOW THE RUNTIME PARKS ITS WORKERS"].url == "https://notes.example/parking"
    )
    assert all("https://" not in s.text and "https://" not in s.title for s in stories.values())
    linked = inline_references(SQUARE_LIST)
    assert "[Why Harbors Silt Up](https://list.example/r/2)" in linked
    assert "(1,200 [words](https://list.example/r/5))" in linked


def test_a_markdown_link_whose_text_is_an_address_is_no_square_bracket() -> None:
    """``[https://...](https://...)`` and a definition ``[https://...]: ...`` stay as written."""
    text = "".join(f"See [https://a.example/{k}](https://a.example/{k}) now.\n" for k in range(4))
    assert inline_references(text) == text


#: An invented weekly list of links in a text email: each item a title, its site, its marker, then
#: its discussion's, the line wrapped where it runs long.
NUMBERED_LIST = """Harbor Links #7

Lantern 2.0 ships with a new scheduler (lantern.example) [1] --
_comments_ [2]

Why small teams keep their build times low: a field guide
(notes.example) [3] -- _comments_ [4]

Tidewater opens its model weights (tidewater.example) [5] -- _comments_ [6]

Links:
------
[1] https://lantern.example/2-0
[2] https://talk.example/item/1
[3] https://notes.example/builds
[4] https://talk.example/item/2
[5] https://tidewater.example/weights
[6] https://talk.example/item/3
"""


def test_a_numbered_title_wrapped_or_followed_by_its_discussion_gets_its_own_link() -> None:
    """``Title (site) [3] -- comments [4]``, wrapped anywhere: the title takes the link of its own
    marker, not of the discussion's at the line's end (which linked every title to its comments, or
    left a wrapped title's first line a headline apart); the discussion's link is left out."""
    linked = inline_references(NUMBERED_LIST)
    assert (
        "[Lantern 2.0 ships with a new scheduler (lantern.example)](https://lantern.example/2-0)\n" in linked
    )
    assert (
        "[Why small teams keep their build times low: a field guide (notes.example)](https://notes.example/builds)\n"
    ) in linked
    assert (
        "[Tidewater opens its model weights (tidewater.example)](https://tidewater.example/weights)\n"
        in linked
    )
    assert "comments" not in linked


def test_a_discussion_whose_marker_the_wrap_cut_to_the_next_line_is_left_out() -> None:
    """``Title (site) [3] -- comments`` over ``[4]``: the wrap cut the discussion's marker from its
    words; it is still the discussion's link, left out, and the title alone is the item (the leftover
    "-- comments" read as the item's text made it a headline over the next titles, one story)."""
    text = (
        "Harbor Links #8\n\n"
        "Lantern 2.1 fixes its scheduler (lantern.example) [1] -- _comments_ [2]\n\n"
        "Keep your build times low (notes.example) [3] -- _comments_\n[4]\n\n"
        "Tidewater opens its data (tidewater.example) [5]\n-- _comments_ [6]\n\n"
        "Links:\n------\n"
        + "".join(
            f"[{n}] https://{site}.example/{n}\n" for n, site in enumerate(("a", "b", "c", "d", "e", "f"), 1)
        )
    )
    linked = inline_references(text)
    assert "[Keep your build times low (notes.example)](https://c.example/3)\n" in linked
    assert "comments" not in linked
    assert "https://d.example/4" not in linked


def test_a_list_of_linked_titles_printed_nowhere_else_is_the_news(tmp_path: Path) -> None:
    """A run of linked titles with no text, each to a page of its own and none printed again further
    down, is the edition's list of links: its items are stories, not a table of contents."""
    stories = _stories(tmp_path, "links.txt", NUMBERED_LIST)
    assert stories == {
        "Lantern 2.0 ships with a new scheduler": "https://lantern.example/2-0",
        "Why small teams keep their build times low: a field guide": "https://notes.example/builds",
        "Tidewater opens its model weights": "https://tidewater.example/weights",
    }


#: An invented hard-wrapped text part printing each address on a line of its own between parentheses.
BROKEN_PARENS_NOTE = """---------------
What I'm tasting
---------------

Harbor Noodle Bar (
https://click.example/a/aHR0cHM6Ly9ub29kbGVzLmV4YW1wbGUv
). I have eaten here a dozen times over ten years. The broth is
the best in town, and the owner, Lio Brandt (
https://click.example/b/bGlv
), still cooks every night.

--------------
What I'm reading
--------------

"The Quiet Mill (
https://click.example/c/bWlsbA==
)" by Ada Ferro (
https://click.example/d/YWRh
). A short essay on small factories and the towns around them.
"""


def test_addresses_on_their_own_line_between_parentheses_are_read_as_links(tmp_path: Path) -> None:
    """``Words (\\nhttps://...\\n)``: the address printed on a line of its own between parentheses is the
    link of the words before it, as ``( https://... )`` is; no ``(`` or address is left in a headline or
    a text, and an item's wrapped sentence is not cut at its address (it had been: the headline
    ``Harbor Noodle Bar ( https://...`` and a summary opening mid-sentence)."""
    path = tmp_path / "note.txt"
    path.write_text(BROKEN_PARENS_NOTE, encoding="utf-8")
    stories = read_stories([path]).stories
    assert all("https://" not in s.text and "https://" not in s.title for s in stories)
    assert all("(" not in s.title for s in stories)
    tasting = next(s for s in stories if "Harbor Noodle Bar" in s.text)
    sentence = "The broth is the best in town, and the owner, Lio Brandt, still cooks every night."
    assert sentence in tasting.text
    linked = inline_references(BROKEN_PARENS_NOTE)
    assert "Harbor Noodle [Bar](https://click.example/a/aHR0cHM6Ly9ub29kbGVzLmV4YW1wbGUv). I have" in linked
