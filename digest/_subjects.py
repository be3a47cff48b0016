"""Who a headline is about: the rare names it shares with its own text.

"AstraZeneca signs a licensing deal" and "AstraZeneca to invest USD 15 billion
in China" in the same week are one running story for an editor: the same rare
subject in both headlines, days apart. Names common in the run ("China",
"Hong Kong") are context, not subjects; Title Case capitals in a headline are
not names unless the text writes them so too.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence

from digest.fingerprint import _TOKEN, TokenCache
from digest.models import Story

#: A name can be a subject if at most this share of the run's stories mention it.
_RARE_SHARE = 0.1

#: Capitalised tokens that are units or generic terms, never subjects.
_NOT_SUBJECTS = frozenset(
    "us usd hk hkd s sgd eur gbp cny rmb jpy krw inr twd aud cad chf nt bn mn ceo cfo ipo gdp ai ev evs uk eu"
    "".split()
)


def title_subjects(
    stories: Sequence[Story],
    cache: TokenCache | None = None,
    tokens: Sequence[tuple[list[str], list[str]]] | None = None,
) -> list[frozenset[str]]:
    """For each story, the rare names its headline is about (empty when it names none).

    ``tokens`` are each story's raw title and text tokens when the caller has them already.
    """
    cache = cache or TokenCache()
    if tokens is None:
        tokens = [(_TOKEN.findall(s.title), _TOKEN.findall(s.text)) for s in stories]
    in_titles = [_names(title, cache) for title, _ in tokens]
    in_texts = [_names(text, cache) for _, text in tokens]
    df = Counter(name for title, text in zip(in_titles, in_texts, strict=True) for name in title | text)
    limit = max(2, math.ceil(_RARE_SHARE * len(stories)))
    return [
        frozenset(n for n in _headline_names(s, raws[0], title, text, cache) if df[n] <= limit)
        for s, raws, title, text in zip(stories, tokens, in_titles, in_texts, strict=True)
    ]


def _names(raws: list[str], cache: TokenCache) -> set[str]:
    cache.learn(raws)
    return {
        n for n in map(cache.names.__getitem__, raws) if n and not n[0].isdigit() and n not in _NOT_SUBJECTS
    }


def _headline_names(
    story: Story, title_raws: list[str], in_title: set[str], in_text: set[str], cache: TokenCache
) -> set[str]:
    """Names in the headline that the text also writes as names; acronyms count as they are."""
    if not story.text.strip():
        return in_title
    acronyms = {
        cache.names[raw]
        for raw in title_raws
        if len(raw) >= 2 and raw.isupper() and cache.names[raw] in in_title
    }
    return (in_title & in_text) | acronyms
