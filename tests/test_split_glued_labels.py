"""An item's bold label glued to its sentence when an e-mail lost its breaks in the conversion to
text ("Brightwave Brightwave has raised $40 million ...", "Harbor Cranes Lab The port's robotics
unit, Harbor Cranes Lab, ..."): where three lines or more print items so, the label, whose words the
sentence names again, is taken off and the item is titled by its own sentence. Minimal synthetic
reproducers, never a real text."""

from __future__ import annotations

import re
import time

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.glued import glued_label, part_labels
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_ITEMS = [
    "Brightwave Brightwave has raised $40 million to build batteries for container cranes.",
    "Harbor Cranes Lab The port's robotics unit, Harbor Cranes Lab, is losing two founders to a rival.",
    "Tidewise & Portline Tidewise has signed a deal worth $2 billion to buy berths from operator Portline.",
    "Quayside Quayside reported profits that beat analyst estimates for the third quarter.",
]

_BODY = "## Radar\n" + "\n".join(_ITEMS) + "\n"


def test_labels_glued_to_items_are_taken_off() -> None:
    titles = [story.title for story in split_text(_BODY).stories]
    assert titles[0].startswith("Brightwave has raised $40 million")
    assert titles[1].startswith("The port's robotics unit, Harbor Cranes Lab")
    assert titles[2].startswith("Tidewise has signed a deal worth $2 billion")
    assert titles[3].startswith("Quayside reported profits")


def test_one_labelled_line_is_no_evidence() -> None:
    lines = ["Intro line", _ITEMS[0], "Another plain line of text that runs on."]
    assert part_labels(lines) == lines


def test_sentences_naming_their_subject_twice_keep_it() -> None:
    assert glued_label("Apple said on Monday that Apple would ship a new phone this year.") is None
    assert glued_label("The Fed said The Fed would cut its rates again in June this year.") is None
    assert glued_label("Rates Rates rose.") is None  # no sentence after the label


@given(st.lists(st.sampled_from([*_ITEMS, "", "Plain text, no label here at all today."]), max_size=12))
def test_taking_labels_off_loses_no_word(lines: list[str]) -> None:
    before = set(re.findall(r"[\w$']+", " ".join(lines)))
    after = set(re.findall(r"[\w$']+", " ".join(part_labels(lines))))
    assert after == before


def test_a_long_line_stays_fast() -> None:
    start = time.perf_counter()
    part_labels(["Acme Acme " + "word " * 40_000] * 5)
    assert time.perf_counter() - start < 2
