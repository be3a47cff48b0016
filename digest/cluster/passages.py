"""A long story's lead: the passage a short report of the same event is compared with.

An essay, a review or a long brief tells an event in its opening and much else after it; a
short item that reports the event shares its words with that opening, but its cosine with
the whole text is spread thin over everything else (an essay and a brief on one launch score
words cosines of 0.07-0.2, two briefs 0.4). Information retrieval scores a long document by a
passage of it: its best (MaxP) or its first (FirstP). Here a story of at least
``passage_from`` words is also read as its lead: its headline and the first ``passage_words``
words or so of its text (an eighth of a longer one's), cut at the end of a line or a
sentence. A pair of it with a story much shorter than it may be scored on that lead
(:mod:`digest.cluster.model`). Every passage (MaxP) was tried too: a long story's later
sections name other events in passing (a review of one launch compares it with another), and
as many pairs of two events met as of one.
"""

from __future__ import annotations

import math
import re
from collections.abc import Iterator

__all__ = ["lead_passage", "story_lead", "word_count"]

#: A lead holds at least this share of its story's words: a long essay opens at more length than a
#: brief (the fifth labelled week, six runs: 0.404 with leads of 60 words, 0.415 with this share).
_LEAD_SHARE = 1 / 8
#: Where a line longer than a lead may be cut: after a sentence's end, before a capital.
_SENTENCE_GAP = re.compile(r"(?<=[.!?])[\"'”’)]*\s+(?=[\"'“‘(]*[A-Z0-9])")


def word_count(text: str) -> int:
    """Words of ``text``: its runs of non-space characters."""
    return len(text.split())


def lead_passage(text: str, size: int) -> str:
    """The first lines of ``text`` (or sentences of a longer line) up to about ``size`` words.

    Lines are taken in order while the lead holds under half of ``size`` words or the next
    line keeps it within ``size``; a line that would take it past that is cut into sentences,
    taken the same way. The lead holds at least one line or sentence.
    """
    out: list[str] = []
    count = 0
    for line in text.splitlines():
        room = max(size - count, 0)
        # Words counted only as far as the room left: a long line is not split to its end.
        words = line.split(maxsplit=room)
        if not words:
            continue
        pieces = [line] if len(words) <= room else _sentences(line)
        for piece in pieces:
            length = word_count(piece)
            if out and count >= size / 2 and count + length > size:
                return "\n".join(out)
            if length:
                out.append(piece)
                count += length
    return "\n".join(out)


def _sentences(line: str) -> Iterator[str]:
    """The pieces of ``line`` between its sentence gaps (as ``_SENTENCE_GAP.split``), cut as asked for."""
    start = 0
    for gap in _SENTENCE_GAP.finditer(line):
        yield line[start : gap.start()]
        start = gap.end()
    yield line[start:]


def story_lead(text: str, start: int, size: int) -> tuple[int, str | None]:
    """The words of ``text`` (0 when ``start`` is 0: leads off) and its lead (:func:`lead_passage`),
    None unless it holds at least ``start`` words.

    A lead is about ``size`` words, or an eighth of a longer story's (``_LEAD_SHARE``). The
    vector workers call it per story (:func:`digest.cluster.vectors.run_vectors`).
    """
    if not start:
        return 0, None
    count = word_count(text)
    if count < start:
        return count, None
    return count, lead_passage(text, max(size, math.ceil(count * _LEAD_SHARE)))
