"""Fingerprints: the features of a story that survive rewording, and their MinHash.

Word 3-gram shingles find near-copies but miss reworded reports of one event,
so a story is described by what outlets keep when they rewrite: its salient
terms (TF-IDF over the stories being clustered), names and numbers (tokens
written with a capital or a digit), title words (counted twice) and the years
it mentions. Term statistics come from the corpus itself: the same stories
give the same fingerprints, whatever their order.
"""

from __future__ import annotations

import itertools
import math
import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Callable, Sequence
from typing import Any

import numpy as np
from attrs import frozen
from datasketch import LeanMinHash, MinHash
from scipy.sparse import csr_matrix

from digest.models import Story

#: Words that say nothing about which event a story reports.
_STOPWORDS = frozenset(
    """a about above after again against ago all also am among an and any are around as at be
    because been before being below between both but by can could did do does doing down during each
    either even every few for from further had has have having he her here hers him his how however
    i if in into is it its itself just last least less like made make many may me might more most
    much must my near new news no nor not now of off on once one only or other our out over own per
    said same say says she should since so some such than that the their them then there these they
    this those though three through to told too two under until up upon us very via was we week were
    what when where whether which while who whom whose why will with within without would year years
    yet you your according report reported reports reuters""".split()
)

_TOKEN = re.compile(r"[^\W\d_](?:[\w'’.-]*\w)?|\d+(?:[.,]\d+)*", re.UNICODE)
_YEAR = re.compile(r"\b(1[89]\d\d|20\d\d)\b")
_TITLE_WEIGHT = 2.0
_BIGRAM_WEIGHT = 0.5


@frozen
class Features:
    """What the clusterer knows of one story.

    ``words`` counts normalised words and word pairs (title counted twice);
    ``names`` the subset written with a capital or a digit (names, places,
    figures), which tell look-alike events apart; ``years`` the years mentioned.
    """

    words: dict[str, float]
    names: dict[str, float]
    years: frozenset[str]


def normalise(token: str) -> str:
    """Lowercase, strip possessives and a plural ``s`` so reworded forms meet."""
    word = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'.-")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def features(story: Story) -> Features:
    """The features of ``story``: weighted words, names and numbers, years."""
    words: defaultdict[str, float] = defaultdict(float)
    names: defaultdict[str, float] = defaultdict(float)
    for text, weight in ((story.title, _TITLE_WEIGHT), (story.text, 1.0)):
        kept: list[str] = []
        for match in _TOKEN.finditer(text):
            raw = match.group()
            word = normalise(raw)
            if len(word) < 2 or word in _STOPWORDS:
                continue
            kept.append(word)
            words[word] += weight
            if raw[0].isupper() or raw[0].isdigit():
                names[word] += weight
        for first, second in itertools.pairwise(kept):
            words[f"{first} {second}"] += weight * _BIGRAM_WEIGHT
    years = frozenset(_YEAR.findall(f"{story.title}\n{story.text}"))
    return Features(words=dict(words), names=dict(names), years=years)


def idf_table(bags: Sequence[dict[str, float]]) -> dict[str, float]:
    """Smoothed inverse document frequency of every term in ``bags``."""
    df: Counter[str] = Counter()
    for bag in bags:
        df.update(bag.keys())
    n = len(bags)
    return {term: math.log((n + 1) / (count + 1)) + 1.0 for term, count in df.items()}


def tfidf_matrix(bags: Sequence[dict[str, float]], idf: dict[str, float]) -> csr_matrix:
    """Rows of L2-normalised sublinear TF-IDF weights, one per bag, columns by sorted term."""
    vocabulary = {term: i for i, term in enumerate(sorted(idf))}
    indptr = [0]
    indices: list[int] = []
    data: list[float] = []
    for bag in bags:
        row = {vocabulary[t]: (1.0 + math.log(w) if w >= 1 else w) * idf[t] for t, w in bag.items()}
        norm = math.sqrt(sum(v * v for v in row.values())) or 1.0
        for column in sorted(row):
            indices.append(column)
            data.append(row[column] / norm)
        indptr.append(len(indices))
    return csr_matrix(
        (np.asarray(data, dtype=np.float64), np.asarray(indices, dtype=np.int64), np.asarray(indptr)),
        shape=(len(bags), len(vocabulary)),
    )


def salient_terms(bag: dict[str, float], idf: dict[str, float], limit: int) -> list[str]:
    """The ``limit`` single words of ``bag`` with the highest TF-IDF weight (ties by term)."""
    scored = sorted(
        ((-(1.0 + math.log(w) if w >= 1 else w) * idf[t], t) for t, w in bag.items() if " " not in t),
    )
    return [term for _, term in scored[:limit]]


def signatures(
    term_sets: Sequence[Sequence[str]],
    *,
    num_perm: int,
    seed: int,
    hashfunc: Callable[[bytes], int] | None = None,
) -> list[Any]:
    """Seeded MinHash signatures (datasketch ``LeanMinHash``) of each set of terms.

    ``hashfunc`` replaces datasketch's default 32-bit SHA-1 hash, e.g. with a
    fake one in tests; the same seed and hash give the same signatures.
    """
    kwargs: dict[str, Any] = {"num_perm": num_perm, "seed": seed}
    if hashfunc is not None:
        kwargs["hashfunc"] = hashfunc
    encoded = [[term.encode("utf-8") for term in terms] for terms in term_sets]
    return [LeanMinHash(m) for m in MinHash.bulk(encoded, **kwargs)]
