"""Sort merged stories into a small set of topics, from section headings and keywords.

Newsletters name their sections differently ("Top Business", "MARKET BIT",
"Economy & Markets"); the digest uses one small, configurable set of topics.
A story's topic comes first from the sections it was printed under, then from
the words of its headline and summary; stories matching nothing go to the
last topic.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Sequence

from digest.models import MergedStory
from digest.settings import Topic

__all__ = ["assign_topic"]


def _matches(keywords: Sequence[str], text: str) -> int:
    """How many of ``keywords`` start a word of ``text`` (any case)."""
    anyone, each = _patterns(tuple(keywords))
    if anyone is None or anyone.search(text) is None:
        return 0
    return sum(1 for pattern in each if pattern.search(text))


@functools.lru_cache(maxsize=256)
def _patterns(keywords: tuple[str, ...]) -> tuple[re.Pattern[str] | None, tuple[re.Pattern[str], ...]]:
    """One pattern for "any of them" (most texts match none) and one per keyword, compiled once."""
    if not keywords:
        return None, ()
    each = tuple(re.compile(rf"\b{re.escape(k)}", re.IGNORECASE) for k in keywords)
    return re.compile("|".join(p.pattern for p in each), re.IGNORECASE), each


def assign_topic(story: MergedStory, topics: Sequence[Topic]) -> str:
    """The name of the topic ``story`` belongs to (the last topic catches the rest)."""
    votes: dict[str, int] = {}
    for section in story.sections:
        for topic in topics:
            if _matches(topic.sections, section):
                votes[topic.name] = votes.get(topic.name, 0) + 1
                break
    if votes:
        order = [t.name for t in topics]
        return max(votes, key=lambda name: (votes[name], -order.index(name)))
    text = " ".join([story.headline, *(s.text for s in story.summary)])
    best, best_hits = topics[-1].name, 0
    for topic in topics:
        hits = _matches(topic.keywords, story.headline) * 2 + _matches(topic.keywords, text)
        if hits > best_hits:
            best, best_hits = topic.name, hits
    return best
