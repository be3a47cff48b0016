"""A plain-text part that put each link on a line of its own, cutting its sentences there: the
pieces are read back into their paragraphs. Each test is a minimal synthetic reproducer of one
mechanism, in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


BODY = (
    "As the ferry season opens, the Harbour Weekly talked to pilots and crews about the\n"
    "challenges they face in getting [docked](https://harbour.example/a), the rise of\n"
    "[overtime](https://harbour.example/b)\n"
    " and how automated [cranes](https://harbour.example/c)\n"
    " are reshaping what was once a dream [job](https://harbour.example/d)\n"
    ".\n\n"
    "[Our reporters also spoke with captains who are paying thousands](https://harbour.example/e)\n"
    " to train their crews. Read these stories from the latest issue ofHarbour, and more, below.\n\n"
    "[Plus: Join us for a talk on the night crossings](https://harbour.example/f)\n"
    " on May 9 at 11 a.m. While anyone can listen, only harbour.example\n"
    "[subscribers](https://harbour.example/g)\n"
    " can ask questions.\n\n"
    "[The Startup Training Cranes to Replace Dockers](https://harbour.example/h)\n\n"
    "Quaybot is promising to replicate most of the work on the quay. It was founded by pilots.\n\n"
    "[Why More Pilots Are Stuck on Short Contracts](https://harbour.example/i)\n\n"
    "Nearly half of young pilots work on short contracts. Is automation to blame?\n"
)


def test_a_link_cut_out_of_its_sentence_goes_on_into_its_paragraph() -> None:
    """A link alone on its line between two pieces of a sentence ("... the rise of" /
    "[overtime](url)" / "and how ..."), and a sentence opening with a link on a line of its own
    ("[Our reporters also spoke with captains ...](url)" / "to train their crews."): the body was cut
    at its links, and each paragraph is read whole, no piece a headline of its own."""
    split = split_text(BODY)
    titles = [s.title for s in split.stories]
    assert "overtime" not in titles
    assert "subscribers" not in titles
    intro = next(s for s in split.stories if "ferry season opens" in s.text)
    assert "the rise of overtime and how automated cranes are reshaping" in intro.text
    reporters = next(s for s in split.stories if "Our reporters also spoke" in s.text)
    assert "to train their crews" in reporters.text
    assert "ofHarbour, and more, below." in reporters.text
    assert "The Startup Training Cranes to Replace Dockers" in titles


CASE_BODY = (
    "The harbour board met on [Monday](https://harbour.example/1)\n"
    ", and the pilots' union sent a [letter](https://harbour.example/2)\n"
    ", its third this year, asking for more night pilots.\n\n"
    "In choosing a jury for the case of Lund v.\n"
    "Harbour Board, the judge widened the pool of [candidates](https://harbour.example/3)\n"
    ", the court said on Friday, to reach the islands' crews.\n\n"
    "The ferry company said it would [appeal](https://harbour.example/4)\n"
    ". Its shares fell by a tenth on the news.\n"
)


def test_a_line_ending_with_versus_goes_on_into_its_sentence() -> None:
    """In a body cut at its links, a line ending with "v." (a case's name, "Lund v." over "Harbour
    Board, the judge ..."): no sentence ends there, and the next line goes on from it."""
    split = split_text(CASE_BODY)
    case = next(s for s in split.stories if "Lund v." in s.text)
    assert "Lund v. Harbour Board, the judge widened the pool" in case.text
    assert not any(s.text.startswith("Harbour Board") for s in split.stories)
