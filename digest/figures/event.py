"""What a cluster's event is, for telling its figures from figures of other things.

A story's headline and lead say what happened; a figure is about the event when
its sentence is a headline or one of a story's first five sentences, or shares two terms with the
headlines (names and words, with "IPO" and "listing" one term: the measure
family). Names the headlines give are the event's subjects: two figures whose
sentences name different subjects ("Shein" and "CATL") are about different things.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

from attrs import frozen

from digest.figures.extract import measure_family, names_in
from digest.models import Story
from digest.text.shape import iter_sentences

__all__ = ["Event", "about_event", "event_of", "subjects"]

#: Sentences of a story's text that make its lead (a short item is all lead).
_LEAD = 5
#: Terms a sentence must share with the headlines to be about the event.
_SHARED = 2
_SCALES = frozenset({"billion", "million", "trillion", "thousand", "bn", "mn"})
#: A word in lower case after a space: "revenue", "billion", not "SpaceX".
_LOWER_WORD = re.compile(r"(?<=\s)[a-z][a-z-]*\b")
_LOWER_RUN = re.compile(r"[a-z][a-z-]*")
_POSSESSIVE = re.compile(r"['’]s\b")
_TERM = re.compile(r"[a-z][a-z'’-]{3,}")
_COMMON = frozenset(
    "that this with from have has had will would said says into over after about their there they "
    "were been more than also amid which what when where while year years week".split()
)


@frozen
class Event:
    """The terms and names of a cluster's headlines, and its lead sentences."""

    terms: frozenset[str]
    #: Words of the names in the headlines (lower case), words the texts use in lower case left out.
    names: frozenset[str]
    leads: frozenset[str]


def event_of(stories: Sequence[Story]) -> Event:
    """The event ``stories`` (one cluster) report, from their titles and leads."""
    titles = [s.title for s in stories if s.title]
    terms: set[str] = set()
    names: set[str] = set()
    for title in dict.fromkeys(titles):  # copies repeat their headlines
        terms |= _terms(title)
        names |= {word for name in names_in(title) for word in _plain(name).split()}
    names = {n for n in names if n not in _SCALES and n not in _COMMON and not measure_family(n)}
    # A title-case headline capitalises every word: a word the texts use in lower case is no name.
    if names:
        texts = _texts(stories)
        names = {n for n in names if not _written_lower(n, texts)}
    leads = {title.strip() for title in titles}
    for story in stories:
        lead: list[str] = []
        for paragraph in story.text.split("\n"):
            lead += itertools.islice(iter_sentences(paragraph), _LEAD - len(lead))
            if len(lead) >= _LEAD:
                break
        leads.update(s.strip() for s in lead)
    return Event(frozenset(terms), frozenset(names), frozenset(leads))


def _texts(stories: Sequence[Story]) -> str:
    """The texts of ``stories`` in one string, each after a space or a line break: a lower-case
    word of one text is a lower-case word of the whole, and no word runs across two texts."""
    return " " + "\n".join(story.text for story in stories)


def _written_lower(word: str, texts: str) -> bool:
    """Whether one of ``texts`` (:func:`_texts`) writes ``word`` as a word in lower case (a ``_LOWER_WORD``).

    The same answer as collecting every such word of every text: only the places where
    ``word`` is written after a space are read, in one string for all the texts (a cluster of
    many copies is read once per word, not copied once per word and text).
    """
    if _LOWER_RUN.fullmatch(word) is None:
        return False  # not a lower-case word at all ("gpt-4o", "Musk"): no text writes it as one
    at = texts.find(word, 1)
    while at != -1:
        if texts[at - 1].isspace():
            found = _LOWER_WORD.match(texts, at)
            if found is not None and found.group() == word:
                return True
        at = texts.find(word, at + 1)
    return False


def about_event(sentence: str, event: Event) -> bool:
    """Whether ``sentence`` tells the event: a headline or lead, or two shared terms."""
    if sentence.strip() in event.leads or not event.terms:
        return True
    shared = len(_terms(sentence) & event.terms)
    shared += sum(1 for name in names_in(sentence) if set(_plain(name).split()) & event.names)
    return shared >= _SHARED


def subjects(names: frozenset[str], event: Event) -> frozenset[str]:
    """The words of the headlines' names that a sentence (with ``names``) names."""
    return frozenset(word for name in names for word in _plain(name).split()) & event.names


def _plain(text: str) -> str:
    """``text`` without possessives ("Hong Kong's" is Hong Kong)."""
    return _POSSESSIVE.sub("", text)


def _terms(text: str) -> set[str]:
    """The measure families of ``text`` ("IPO": listing), and its other words outside its names."""
    in_names = {word for name in names_in(text) for word in _plain(name).split()}
    terms = {f"#{family}" for family in measure_family(text)}
    for found in _TERM.findall(text.casefold()):
        word = _plain(found.strip("'’"))
        if word not in _COMMON and word not in in_names and not measure_family(word):
            terms.add(word)
    return terms
