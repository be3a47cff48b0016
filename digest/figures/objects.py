"""What a figure pays for or measures: the phrase it is "for", "on" or "over".

"will invest $2 billion for a 10% stake" and "will pay $3 billion for the same
stake" name one object (the stake) with different verbs; "fined 26 million
yuan for false advertising" and "fined 1.2 million yuan for leaking data" name
two. The object is the nearest such phrase in the figure's clause, before or
after it, as its content words (articles, numbers, dates and units left out).
"""

from __future__ import annotations

import re

__all__ = ["figure_object"]

#: A phrase that says what a figure is for or about.
_LEAD = re.compile(r"\b(?:for|on|over)\s+", re.IGNORECASE)
#: Where such a phrase ends: punctuation, a conjunction or another preposition.
_PHRASE_END = re.compile(
    r"[,;:()\[\]]|[.!?](?:\s|$)|\s[–—-]\s"
    r"|\s(?:while|whereas|but|and|or|as|with|to|at|from|by|after|before|in|into|of|than|since|"
    r"compared|which|that|who|following|amid|if|when)\s",
    re.IGNORECASE,
)
#: Where a figure's clause ends (not at brackets: "26 million yuan (US$3.7 million) for ...").
_CLAUSE_BREAK = re.compile(r"[,;:]|\s(?:while|whereas|but|and|compared with|versus|vs\.?)\s|\s[–—]\s")
_WORD = re.compile(r"[a-z][a-z'’-]*[a-z]")
#: Words that never tell one object from another.
_EMPTY = frozenset(
    "the a an its their his her our this that these those same such each every all some any new other "
    "first last next past previous current recent latest earlier later whole full total "
    "year years month months week weeks day days quarter quarters half time times period today yesterday "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december percent per cent billion million trillion thousand "
    "dollars dollar yuan euros euro pounds yen won rupees usd eur cny hkd sgd gbp jpy".split()
)  # fmt: skip


def figure_object(sentence: str, start: int, end: int) -> frozenset[str]:
    """Content words of the "for/on/over" phrase nearest the figure at ``[start, end)`` in its clause."""
    breaks = [0, *(m.end() for m in _CLAUSE_BREAK.finditer(sentence)), len(sentence)]
    left = max(b for b in breaks if b <= start)
    right = min((b for b in breaks if b >= end), default=len(sentence))
    found: list[tuple[int, frozenset[str]]] = []
    for lead in _LEAD.finditer(sentence, left, right):
        if start <= lead.start() < end:
            continue  # "over" as the figure's own qualifier
        stop = _PHRASE_END.search(sentence, lead.end())
        limit = stop.start() if stop is not None else len(sentence)
        if lead.start() < start:
            limit = min(limit, start)
            distance = start - limit
        else:
            distance = lead.start() - end
        words = _content(sentence[lead.end() : min(limit, right)])
        if words:
            found.append((distance, words))
    return min(found, key=lambda item: (item[0], sorted(item[1])))[1] if found else frozenset()


def _content(phrase: str) -> frozenset[str]:
    """The words of ``phrase`` that name a thing (lower case, no numbers or dates)."""
    words = (w.strip("'’") for w in _WORD.findall(phrase.casefold()))
    return frozenset(w for w in words if len(w) > 2 and w not in _EMPTY)
