"""The dict-per-story features and TF-IDF matrix: the clear path kept as the vectors' test oracle.

``digest.cluster.vectors`` computes the same matrices with numpy from token ids; the tests
check the two agree element for element.
"""

from __future__ import annotations

import itertools
from collections import Counter
from collections.abc import Sequence

import numpy as np
from attrs import frozen
from scipy.sparse import csr_matrix

from digest.cluster.fingerprint import _BIGRAM_WEIGHT, _TITLE_WEIGHT, weighted_matrix
from digest.cluster.tokens import _YEAR, TokenCache, find_tokens
from digest.models import Story

#: A term: a normalised word, or a pair of adjacent words.
Term = str | tuple[str, str]


@frozen
class Features:
    """What the clusterer knows of one story.

    ``words`` weighs normalised words and adjacent word pairs (title counted
    twice); ``names`` the words written with a capital or a digit (names,
    places, figures), which tell look-alike events apart; ``years`` the years
    mentioned.
    """

    words: dict[Term, float]
    names: dict[Term, float]
    years: frozenset[str]


def _add(bag: dict[Term, float], counts: Counter[Term], weight: float) -> None:
    get = bag.get
    for term, count in counts.items():
        bag[term] = get(term, 0.0) + count * weight


def _bag(
    text: str, cache: TokenCache, weight: float, words: dict[Term, float], names: dict[Term, float]
) -> None:
    raws = find_tokens(text)
    cache.learn(raws)
    kept = list(filter(None, map(cache.words.__getitem__, raws)))
    _add(words, Counter(kept), weight)
    _add(words, Counter(itertools.pairwise(kept)), weight * _BIGRAM_WEIGHT)
    _add(names, Counter(filter(None, map(cache.names.__getitem__, raws))), weight)


def features(story: Story, cache: TokenCache | None = None) -> Features:
    """The features of ``story``: weighted words and word pairs, names and numbers, years.

    Pass one ``cache`` for a whole run so each distinct token is normalised once.
    """
    cache = cache or TokenCache()
    words: dict[Term, float] = {}
    names: dict[Term, float] = {}
    _bag(story.title, cache, _TITLE_WEIGHT, words, names)
    _bag(story.text, cache, 1.0, words, names)
    years = frozenset(_YEAR.findall(f"{story.title}\n{story.text}"))
    return Features(words=words, names=names, years=years)


def tfidf_matrix(bags: Sequence[dict[Term, float]]) -> tuple[csr_matrix, list[Term]]:
    """Rows of L2-normalised sublinear TF-IDF weights, one per bag, and the column terms.

    Columns follow the order terms are first seen, so the same bags in the same
    order give the same matrix. IDF is smoothed: log((n + 1) / (df + 1)) + 1.
    """
    vocabulary: dict[Term, int] = {}
    lengths = np.fromiter((len(bag) for bag in bags), dtype=np.int64, count=len(bags))
    total = int(lengths.sum())
    add = vocabulary.setdefault
    columns = np.fromiter((add(t, len(vocabulary)) for bag in bags for t in bag), dtype=np.int64, count=total)
    counts = np.fromiter((w for bag in bags for w in bag.values()), dtype=np.float64, count=total)
    return weighted_matrix(columns, counts, lengths, len(vocabulary)), list(vocabulary)
