"""A headline taken from an untitled item's first sentence is never its subject alone: a short
phrase opening with an article, cut before "who", "which", "where" or "with" with no comma before
it ("A U.S. Special Forces soldier"), is the subject of a verb still to come. A phrase with a verb
of its own ("The administration is printing passports") is cut there as before."""

from __future__ import annotations

import re

from digest.text.shape import derive_title, subject_only

_SOLDIER = (
    "A border patrol sergeant who took part in the raid on the harbour depot was charged with "
    "selling the patrol schedule to smugglers, prosecutors said on Monday."
)


def test_a_subject_with_its_clause_is_not_cut_to_the_subject() -> None:
    title = derive_title(_SOLDIER)
    assert title != "A border patrol sergeant"
    assert title.startswith("A border patrol sergeant who took part")


def test_a_phrase_with_its_own_verb_is_cut_at_with() -> None:
    sentence = (
        "The Harbor administration is printing limited-edition ferry passes with the mayor's face "
        "on the inside cover, the council said."
    )
    assert derive_title(sentence) == "The Harbor administration is printing limited-edition ferry passes"


def test_a_phrase_not_opening_with_an_article_is_cut_as_before() -> None:
    sentence = (
        "Harbor Labs hired a senior researcher who built the reasoning models of a rival lab in "
        "Lisbon and Porto over many years."
    )
    assert derive_title(sentence) == "Harbor Labs hired a senior researcher"


def test_subject_only_reads_the_boundary_and_the_words_before_it() -> None:
    who = re.search(r"\swho\s", "A soldier who ran")
    comma = re.search(r",\s", "A soldier, who ran")
    assert who is not None
    assert comma is not None
    assert subject_only("A soldier", who)
    assert not subject_only("A soldier", comma)
    assert not subject_only("The soldier was", who)
