"""A weekly opening with its editor's letter: an inbox preview copying the letter's first
sentence, the letter closed by a line and a first name, then the news under a section label. A
minimal synthetic reproducer in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


OPENING = "Harbour pilots are working at different speeds in different ports this winter."

_LETTER = f"""\
# Pilots Slow Down, Cranes Speed Up, Ferries Go Electric

---

{OPENING}

Dear friends,

{OPENING} When we plan crossings, knowing these differences keeps our timetables honest and our crews rested.

Night crossings are the slowest of all, and no new equipment has changed that in ten years.

Keep sailing!

Marta

News

Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings.
"""


def test_a_letters_preview_and_its_closing_name_are_no_stories_nor_a_section() -> None:
    """The preview copying the letter's first sentence, printed again opening the letter's first
    paragraph, is navigation; the letter's closing line ("Keep sailing!") and the first name under
    it sign the letter, never a section over the news below it."""
    split = split_text(_LETTER)
    preview = [d.text for d in split.dropped if d.detail == "preview text: printed again below"]
    assert preview == [OPENING]
    assert sum(s.text.startswith(OPENING) for s in split.stories) == 1
    told = {s.title: s for s in split.stories}
    assert told["Cranes Speed Up in Porto"].section == "News"
    assert told["Ferries Go Electric in Lisbon"].section == "News"
    signed = {d.text for d in split.dropped if d.reason is DropReason.BOILERPLATE}
    assert {"Keep sailing!", "Marta"} <= signed


def test_a_one_word_line_under_a_sentence_is_no_signature() -> None:
    """A one-word line under a short sentence that closes no letter ("Update:" style labels aside):
    "Ferries" over its paragraph after "Cranes are back." stays a label of the news."""
    body = (
        "The port of Porto reopened its north quay on Monday after a month of repairs to the crane rails.\n\n"
        "Ferries\n\n"
        "Lisbon's ferry operator ordered six electric boats for its river crossings.\n"
    )
    split = split_text(body)
    assert not any(d.detail.startswith("signature") for d in split.dropped)
    assert any("electric boats" in s.text for s in split.stories)


def _long_letter(closing: str) -> str:
    """A letter of five paragraphs, two of them opened by a one-word lead-in, under a greeting and
    over ``closing``, then the news."""
    paragraphs = [
        "Harbour pilots are working at different speeds in different ports this winter, and when we "
        "plan crossings, knowing these differences keeps our timetables honest and our crews rested.",
        "Day crossings — say, carrying commuters between the two banks of the river every morning — "
        "are much faster now because the new boats dock themselves and board passengers at both ends.",
        "Freight. The cargo boats are still slow, since loading pallets by hand takes a crew of four "
        "most of an hour, and no crane in the old quay can reach the deck of the larger boats yet.",
        "Night crossings. These are the slowest of all, and no new equipment has changed that in ten "
        "years of service on the river, whatever the brochures of the boat makers have promised.",
        "I am curious how other ports organise their crews for this, and will keep writing about it in "
        "future letters as we learn more from the pilots themselves.",
    ]
    letter = "\n\n".join(paragraphs)
    return f"""\
Dear friends,

{letter}

{closing}

News

Cranes Speed Up in Porto

The port of Porto cut the time to unload a ship by a fifth with new cranes.

Ferries Go Electric in Lisbon

Lisbon's ferry operator ordered six electric boats for its river crossings.
"""


def test_a_signed_letter_of_many_paragraphs_is_one_story() -> None:
    """A greeting line over paragraphs running to a closing line and the writer's name: the letter
    is one story, its paragraphs (those opened by a one-word lead-in too) its text, never a story
    each nor a section named by a lead-in; the news below keeps its section."""
    split = split_text(_long_letter("Keep sailing!\n\nMarta"))
    letters = [s for s in split.stories if "Harbour pilots" in s.text or s.title.startswith("Harbour")]
    assert len(letters) == 1
    letter = letters[0]
    assert "Freight." in letter.text
    assert "Night crossings." in letter.text
    assert "future letters" in letter.text
    assert letter.section is None
    assert not any(s.section in ("Freight", "Night crossings") for s in split.stories)
    told = {s.title: s for s in split.stories}
    assert told["Cranes Speed Up in Porto"].section == "News"
    assert len(split.stories) == 3
    signed = {d.text for d in split.dropped if d.reason is DropReason.BOILERPLATE}
    assert {"Dear friends,", "Keep sailing!", "Marta"} <= signed


def test_a_greeting_over_paragraphs_signed_by_no_one_is_no_letter() -> None:
    """Without the closing line and name, the paragraphs under a greeting are read as before: not
    joined into one letter."""
    split = split_text(_long_letter(""))
    assert not any("Night crossings." in s.text and "Day crossings" in s.text for s in split.stories)
