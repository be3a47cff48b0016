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
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from attrs import frozen
from datasketch import LeanMinHash, MinHash
from datasketch.hashfunc import sha1_hash32
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


def normalise(token: str) -> str:
    """Lowercase, strip possessives and a plural ``s`` so reworded forms meet."""
    word = unicodedata.normalize("NFKC", token).casefold().replace("’", "'")
    if word.endswith("'s"):
        word = word[:-2]
    word = word.strip("'.-")
    if len(word) > 4 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        word = word[:-1]
    return word


def content_terms(text: str) -> frozenset[str]:
    """The normalised words and numbers of ``text`` that carry content (no stop words)."""
    terms = (normalise(token) for token in _TOKEN.findall(text))
    return frozenset(t for t in terms if t and t not in _STOPWORDS)


class TokenCache:
    """Normal forms of raw tokens, computed once per distinct token for a whole run."""

    __slots__ = ("names", "words")

    def __init__(self) -> None:
        #: raw token -> normal form, "" for stopwords and one-letter tokens.
        self.words: dict[str, str] = {}
        #: raw token -> normal form if written as a name or number, else "".
        self.names: dict[str, str] = {}

    def learn(self, raws: Iterable[str]) -> None:
        """Add the tokens not seen yet."""
        for raw in set(raws).difference(self.words):
            word = normalise(raw)
            if len(word) < 2 or word in _STOPWORDS:
                word = ""
            self.words[raw] = word
            self.names[raw] = word if raw[0].isupper() or raw[0].isdigit() else ""


def _add(bag: dict[Term, float], counts: Counter[Term], weight: float) -> None:
    get = bag.get
    for term, count in counts.items():
        bag[term] = get(term, 0.0) + count * weight


def _bag(
    text: str, cache: TokenCache, weight: float, words: dict[Term, float], names: dict[Term, float]
) -> None:
    raws = _TOKEN.findall(text)
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


def weighted_matrix(
    columns: np.ndarray[Any, Any], counts: np.ndarray[Any, Any], lengths: np.ndarray[Any, Any], width: int
) -> csr_matrix:
    """L2-normalised sublinear TF-IDF rows from each row's (column, count) entries, rows one after another."""
    rows_count = len(lengths)
    df = np.bincount(columns, minlength=width)
    idf = np.log((rows_count + 1) / (df + 1)) + 1.0
    del df
    # In place, one array at a time (large runs): 1 + log(count) for counts of 1 and more, else the count.
    weights = np.maximum(counts, 1.0)
    np.log(weights, out=weights)
    weights += 1.0
    np.copyto(weights, counts, where=counts < 1)
    weights *= idf[columns]
    del idf
    indptr = np.concatenate(([0], np.cumsum(lengths)))
    # bincount, not reduceat: reduceat fails when the last rows are empty.
    rows = np.repeat(np.arange(rows_count, dtype=np.int32), lengths)
    norms = np.sqrt(np.bincount(rows, weights=weights**2, minlength=rows_count))
    del rows
    norms[(lengths == 0) | (norms == 0)] = 1.0
    weights /= np.repeat(norms, lengths)
    matrix = csr_matrix((weights, columns, indptr), shape=(rows_count, width))
    matrix.sort_indices()
    return matrix


def salient_columns(
    matrix: csr_matrix, eligible: np.ndarray[Any, Any], limit: int
) -> list[np.ndarray[Any, Any]]:
    """Per row, the columns of the ``limit`` highest weights among ``eligible`` columns (ties by column)."""
    out = []
    for row in range(matrix.shape[0]):
        lo, hi = matrix.indptr[row], matrix.indptr[row + 1]
        cols = matrix.indices[lo:hi]
        keep = eligible[cols]
        cols, vals = cols[keep], matrix.data[lo:hi][keep]
        order = np.lexsort((cols, -vals))[:limit]
        out.append(np.sort(cols[order]))
    return out


def _fmix32(values: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """MurmurHash3's 32-bit finaliser, as datasketch applies it before permuting."""
    h = values.astype(np.uint32)
    h ^= h >> np.uint32(16)
    h *= np.uint32(0x85EBCA6B)
    h ^= h >> np.uint32(13)
    h *= np.uint32(0xC2B2AE35)
    h ^= h >> np.uint32(16)
    return h


def signature_matrix(
    term_sets: Sequence[np.ndarray[Any, Any]],
    terms: Sequence[Term | None],
    *,
    num_perm: int,
    seed: int,
    hashfunc: Callable[[bytes], int] | None = None,
    chunk: int = 4096,
) -> np.ndarray[Any, Any]:
    """MinHash signatures of sets of term indices, one row per set, as datasketch computes them.

    Row k equals ``datasketch.MinHash(num_perm, seed)`` updated with the terms
    of set k (the tests check this), but each distinct term is hashed once and
    the minimum is taken for many sets at a time. Empty sets give the all-max
    row. ``hashfunc`` replaces the 32-bit SHA-1 term hash, e.g. in tests.
    """
    hashfunc = hashfunc or sha1_hash32
    a, b = MinHash(num_perm=num_perm, seed=seed).permutations
    used = np.unique(np.concatenate(term_sets)) if term_sets else np.zeros(0, dtype=np.int64)
    hashed = np.zeros(len(terms), dtype=np.uint32)
    if len(used):
        hashed[used] = np.fromiter(  # one hash per distinct term
            (hashfunc(str(terms[int(t)]).encode("utf-8")) & 0xFFFFFFFF for t in used),
            dtype=np.uint32,
            count=len(used),
        )
    mixed = _fmix32(hashed)
    out = np.full((len(term_sets), num_perm), np.iinfo(np.uint32).max, dtype=np.uint32)
    for start in range(0, len(term_sets), chunk):
        block = list(term_sets[start : start + chunk])
        sizes = np.fromiter((len(t) for t in block), dtype=np.int64, count=len(block))
        present = np.flatnonzero(sizes)
        if not len(present):
            continue
        ids = np.concatenate([block[k] for k in present])
        permuted = mixed[ids][:, None] * a[None, :] + b[None, :]
        offsets = np.concatenate(([0], np.cumsum(sizes[present])[:-1]))
        out[start + present] = np.minimum.reduceat(permuted, offsets, axis=0)
    return out


def lean_minhash(signature: np.ndarray[Any, Any], seed: int) -> LeanMinHash:
    """A datasketch ``LeanMinHash`` for one signature row (for datasketch indexes and storage)."""
    return LeanMinHash(seed=seed, hashvalues=signature, scheme="affine32")
