"""Sort merged stories into a small set of topics, from section names and headlines.

Newsletters name their sections differently ("Top Business", "MARKET BIT",
"Economy & Markets"); the digest uses one small, configurable set of topics.
The evidence is weighted: each section a report was printed under counts 3
(1 when the "section" runs to a sentence: a title read as one), a keyword of
the headline 2, a keyword of another report's title 1. Words
of the text never count ("AI" in a sentence does not make a war story
Technology), nor do prices ("3,999 yuan" does not make a phone launch
Markets) or outlets' names ("Wall Street Journal" is not Wall Street).
Evidence that says nothing is no evidence: when two topics share the
best score and it is less than a headline word's weight (a word of one report's
title against a word of another's: "federal funding" against "President Trump"),
the story has no topic of its own. A story with no evidence takes the topic of
its publications when they are about one subject (most of what they print,
with evidence, is one topic); otherwise it goes to the last topic, the general
one, rather than a wrong one.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from collections.abc import Iterable, Sequence

import ahocorasick
from attrs import evolve

from digest.compose.interest import keyword_pattern
from digest.models import MergedStory
from digest.settings import Topic
from digest.text.names import publication

__all__ = ["TopicEvidence", "assign_topic", "settle_topics", "topic_of", "topic_scores"]

#: Weight of each kind of evidence.
_SECTION, _HEADLINE, _TITLE = 3, 2, 1
#: A section name longer than this is a title or an edition's contents line read as a section
#: ("Musk vs. Altman in court … WHCD shooting suspect to be arraigned … Patel on Fox & Friends"),
#: not a newsletter's heading: it counts as a title.
_SECTION_WORDS = 8
#: A price or amount: a number with its currency ("US$77,000", "3,999 yuan", "EUR 1.5 billion").
_MONEY = re.compile(
    r"(?:[A-Z]{0,3}[$€£¥₹]\s?|\b(?:USD|EUR|CNY|RMB|HKD|JPY|GBP|SGD|INR)\s?)\d[\d,.]*(?:\s?(?:[kmb]n?|billion|million|trillion)\b)?"
    r"|\b\d[\d,.]*\s?(?:[kmb]n?\s|billion\s|million\s|trillion\s)?"
    r"(?:yuan|renminbi|dollars?|euros?|yen|pounds?|rupees?|won|ringgit|baht|USD|EUR|CNY|RMB|HKD|JPY|GBP)\b",
    re.IGNORECASE,
)


#: An outlet's name says who reported, not what: "Wall Street Journal" is not markets evidence, nor
#: "TechCrunch" or "MIT Technology Review" technology.
_OUTLET = re.compile(
    r"\b(?:The\s+)?(?:Wall\s+Street\s+Journal|Financial\s+Times|MIT\s+Technology\s+Review|TechCrunch|"
    r"The\s+Economist|Business\s+Insider|MarketWatch|Economic\s+Times|Sports\s+Illustrated)\b",
    re.IGNORECASE,
)


#: A word of each of ``_OUTLET``'s names, in lower case: ASCII text without one names no outlet.
_OUTLET_WORDS = (
    "journal",
    "times",
    "review",
    "techcrunch",
    "economist",
    "insider",
    "marketwatch",
    "illustrated",
)
_DIGIT = re.compile(r"\d")


def _unpriced(title: str) -> str:
    """``title`` without its prices and outlets' names: what is left is evidence of its topic.

    Each pattern is tried only where it can match: every price has a digit, and in ASCII text every
    outlet's name holds one of ``_OUTLET_WORDS`` (IGNORECASE matches other letters only outside
    ASCII).
    """
    if _DIGIT.search(title) is not None:
        title = _MONEY.sub(" ", title)
    if not title.isascii():
        return _OUTLET.sub(" ", title)
    lowered = title.lower()
    return _OUTLET.sub(" ", title) if any(word in lowered for word in _OUTLET_WORDS) else title


def _hits(keywords: tuple[str, ...], text: str, lowered: str | None = None) -> int:
    """How many of ``keywords`` occur in ``text`` (``lowered``: ``text.lower()`` where the caller has it).

    In ASCII text and keywords a keyword's pattern can match only where its word is a
    substring of the lower-cased text, so only those keywords' patterns are searched.
    """
    each = _keyed(keywords)
    if each is not None and text.isascii():
        lowered = text.lower() if lowered is None else lowered
        return sum(1 for word, pattern in each if word in lowered and pattern.search(text))
    if not _any_keyword(keywords).search(text):
        return 0  # most texts name none of a topic's keywords: one search says so
    return sum(1 for k in keywords if k.strip() and keyword_pattern(k).search(text))


@functools.lru_cache(maxsize=256)
def _keyed(keywords: tuple[str, ...]) -> tuple[tuple[str, re.Pattern[str]], ...] | None:
    """Each keyword as its pattern reads it in lower case, with the pattern; None when one is not ASCII.

    Elsewhere IGNORECASE matches letters that lower case does not map (the Kelvin sign, a
    long s), so a substring check decides nothing.
    """
    words = tuple((k.strip().lower(), keyword_pattern(k)) for k in keywords if k.strip())
    return words if all(word.isascii() for word, _ in words) else None


@functools.lru_cache(maxsize=256)
def _any_keyword(keywords: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that matches where any of ``keywords`` does (each alternative with its own flags)."""
    alternatives = []
    for keyword in keywords:
        if keyword.strip():
            pattern = keyword_pattern(keyword)
            flags = "i" if pattern.flags & re.IGNORECASE else "-i"
            alternatives.append(f"(?{flags}:{pattern.pattern})")
    return re.compile("|".join(alternatives) or r"(?!)")


def topic_scores(story: MergedStory, topics: Sequence[Topic]) -> dict[str, int]:
    """The weighted evidence for each topic (topics without evidence left out)."""
    scores: dict[str, int] = {}
    for section in story.sections:
        for topic in topics:
            if _hits(topic.sections, section):
                weight = _TITLE if len(section.split()) > _SECTION_WORDS else _SECTION
                scores[topic.name] = scores.get(topic.name, 0) + weight
                break  # a section counts once, for the first topic it names
    headline = _unpriced(story.headline)
    # Each distinct title once (copies of a wire story repeat theirs), in order of first report:
    # the same distinct titles, in the same order, once prices are taken out.
    titles = dict.fromkeys(ref.title for ref in story.sources if ref.story_id != story.headline_story)
    texts = [headline, *dict.fromkeys(_unpriced(t) for t in titles)]
    keywords = _KeywordIndex.of(tuple(topic.keywords for topic in topics))
    hits = [keywords.hits(text) for text in texts]  # per text, per topic
    for k, topic in enumerate(topics):
        score = _HEADLINE * hits[0][k] + _TITLE * sum(each[k] for each in hits[1:])
        if score:
            scores[topic.name] = scores.get(topic.name, 0) + score
    return scores


class _KeywordIndex:
    """Every topic's keywords, looked for in a text at once: :func:`_hits` of each topic's keywords.

    In ASCII text with ASCII keywords a keyword's pattern can match only where its word (lower
    case) is a substring of the lower-cased text (:func:`_keyed`), so one pass of an Aho-Corasick
    automaton over the text finds the words present and only their patterns are searched: the
    same counts as a substring test of every keyword of every topic. Other text, or topics with a
    keyword outside ASCII, takes :func:`_hits` per topic.
    """

    __slots__ = ("_automaton", "_keywords", "_topics")

    def __init__(self, keywords: tuple[tuple[str, ...], ...]) -> None:
        self._keywords = keywords
        self._topics = len(keywords)
        keyed = [_keyed(each) for each in keywords]
        self._automaton: ahocorasick.Automaton | None = None
        if not all(each is not None for each in keyed):
            return
        #: Per distinct word: the (topic, pattern) of each keyword that is that word.
        entries: dict[str, list[tuple[int, re.Pattern[str]]]] = {}
        for k, each in enumerate(keyed):
            for word, pattern in each or ():
                entries.setdefault(word, []).append((k, pattern))
        if not entries:
            return
        automaton = ahocorasick.Automaton()
        for index, (word, found) in enumerate(entries.items()):
            automaton.add_word(word, (index, tuple(found)))
        automaton.make_automaton()
        self._automaton = automaton

    @staticmethod
    @functools.lru_cache(maxsize=256)
    def of(keywords: tuple[tuple[str, ...], ...]) -> _KeywordIndex:
        """The index of ``keywords`` (each topic's), made once per process for a set of topics."""
        return _KeywordIndex(keywords)

    def hits(self, text: str) -> list[int]:
        """How many of each topic's keywords occur in ``text`` (:func:`_hits`), in topic order."""
        if self._automaton is None or not text.isascii():
            return [_hits(each, text) for each in self._keywords]
        counts = [0] * self._topics
        words: set[int] = set()
        for _, (word, found) in self._automaton.iter(text.lower()):
            if word in words:
                continue  # a word counts once however often the text holds it
            words.add(word)
            for k, pattern in found:
                if pattern.search(text):
                    counts[k] += 1
        return counts


def assign_topic(story: MergedStory, topics: Sequence[Topic]) -> str:
    """The name of the topic ``story`` belongs to (the last topic catches the rest)."""
    return topic_of(topic_scores(story, topics), topics)


def topic_of(scores: dict[str, int], topics: Sequence[Topic]) -> str:
    """The topic :func:`assign_topic` chooses from a story's ``scores`` (:func:`topic_scores`)."""
    return _leading(scores, topics) or topics[-1].name


def _leading(scores: dict[str, int], topics: Sequence[Topic]) -> str | None:
    """The topic ``scores`` point to, or None when they point nowhere.

    None without evidence, and when two topics tie on evidence weaker than a headline's word
    (a word of another report's title each): the topics' order would decide, not the story.
    A tie on stronger evidence ("China blocks Meta's takeover of AI firm": policy, technology
    and a deal in its sections and titles) goes to the first topic, each of them a fair home.
    """
    if not scores:
        return None
    order = [t.name for t in topics]
    ranked = sorted(scores, key=lambda name: (-scores[name], order.index(name)))
    best = scores[ranked[0]]
    if best < _HEADLINE and len(ranked) > 1 and scores[ranked[1]] == best:
        return None
    return ranked[0]


class TopicEvidence:
    """The :func:`topic_scores` the merge stage worked out, handed to placing (which settles topics).

    Kept per merged story object: a story changed since (evolved by the follow-ups, say) is a
    new object, and its evidence is worked out again.
    """

    __slots__ = ("_known",)

    def __init__(self, scored: Iterable[tuple[MergedStory, dict[str, int]]] = ()) -> None:
        self._known = {story.cluster_id: (story, scores) for story, scores in scored}

    def scores(self, story: MergedStory, topics: Sequence[Topic]) -> dict[str, int]:
        """``topic_scores(story, topics)``: as the merge stage found it, for the same story object."""
        known = self._known.get(story.cluster_id)
        return known[1] if known is not None and known[0] is story else topic_scores(story, topics)


#: A publication is about one subject when this share of its stories with evidence is one topic...
_SUBJECT_SHARE = 0.75
#: ...out of at least this many.
_SUBJECT_MIN = 10


def settle_topics(
    merged: Sequence[MergedStory], topics: Sequence[Topic], known: TopicEvidence | None = None
) -> tuple[MergedStory, ...]:
    """Each story's topic from its own evidence, else from the one subject of its publications.

    ``known``: the evidence of the merge stage (scored with the same ``topics``), not worked out again.
    """
    known = known or TopicEvidence()
    evidence = [known.scores(story, topics) for story in merged]
    chosen = [_leading(s, topics) for s in evidence]
    printed: dict[str, Counter[str]] = {}
    for story, topic in zip(merged, chosen, strict=True):
        for name in _publications(story) if topic else ():
            printed.setdefault(name, Counter())[topic or ""] += 1
    subject = {}
    for name, counts in printed.items():
        (topic, n), total = counts.most_common(1)[0], sum(counts.values())
        if total >= _SUBJECT_MIN and n >= _SUBJECT_SHARE * total:
            subject[name] = topic
    settled = []
    for story, own in zip(merged, chosen, strict=True):
        inherited = {subject.get(name) for name in _publications(story)}
        topic = own or (inherited.pop() if len(inherited) == 1 else None) or topics[-1].name
        settled.append(story if story.topic == topic else evolve(story, topic=topic))
    return tuple(settled)


def _publications(story: MergedStory) -> set[str]:
    return {publication(ref.source).casefold() for ref in story.sources}
