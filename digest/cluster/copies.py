"""Near-copies: stories that carry (nearly) the same text, collapsed to one representative each.

A wire story reaches a large run dozens of times, cut to length and lightly edited. Scored
story by story, each copy meets every other copy of its article and of its event: the
candidate search, the pair scoring and average-link grow with the square of the copies.
Collapsed first, each group of copies is searched, scored and grouped once, through one
representative that stands for all of them, and its members are given back afterwards:
the members of a copy group always end in one cluster.

Found in about linear time from what the candidate search makes anyway: the LSH pairs of
the run, kept where the two MinHash signatures agree on a fair share of their rows, are
verified exactly on the stories' word and word-pair sets. A copy is a story whose set is
almost all (``_CONTAINED``) in a longer one of at least ``_SIZE_RATIO`` of its size (a cut
copy is contained in the longer one; a roundup that quotes several short items is far
longer than each, so never their representative), standalone (a JSON Lines or feed item:
the stories of one edition are never collapsed, the edition rules see each of them) and
scored by the model at or above the threshold with its representative (every rule of the
model has its say). Representatives are taken longest first (ties by story index), and
each takes the copies not yet taken: the same stories give the same groups.
"""

from __future__ import annotations

from typing import Any, NamedTuple

import numpy as np
from scipy.sparse import csr_matrix

from digest.cluster.model import Model, pair_dots
from digest.parallel import in_threads

__all__ = ["CopyGroups", "copy_groups", "no_copies"]

#: Share of the shorter story's words and word pairs that the longer one must have.
_CONTAINED = 0.9
#: The shorter story has at least this share of the longer one's words and word pairs.
_SIZE_RATIO = 0.6
#: Stories with fewer distinct words and word pairs are never collapsed (too little to tell).
_MIN_TERMS = 20
#: Share of equal MinHash rows below which an LSH pair is not verified as a copy (a cut copy
#: of a long article agrees on over half; the prefilter keeps the exact check small).
_AGREE = 0.3
#: Pairs whose signatures are compared at once (bounds the temporary arrays).
_CHUNK = 100_000
#: LSH pairs filtered at once.
_PAIRS_AT_ONCE = 2_000_000


class CopyGroups(NamedTuple):
    """Each story's representative (itself for a representative), and per representative its
    group's size and the mean similarity of its copies to it (0 for the stories it stands for)."""

    owner: np.ndarray[Any, Any]
    weight: np.ndarray[Any, Any]
    inner: np.ndarray[Any, Any]

    @property
    def collapsed(self) -> bool:
        """Whether any story stands for another."""
        return bool((self.weight > 1).any())

    @property
    def representatives(self) -> np.ndarray[Any, Any]:
        """The representatives' indices, ascending."""
        found: np.ndarray[Any, Any] = np.flatnonzero(self.weight > 0)
        return found

    def members(self) -> list[list[int]]:
        """Per story index, the stories its group holds (ascending), empty for a copy taken by another."""
        order = np.argsort(self.owner, kind="stable")
        bounds = np.searchsorted(self.owner[order], np.arange(len(self.owner) + 1))
        return [order[bounds[k] : bounds[k + 1]].tolist() for k in range(len(self.owner))]


def no_copies(n: int) -> CopyGroups:
    """Every story its own representative."""
    return CopyGroups(np.arange(n, dtype=np.int64), np.ones(n, dtype=np.int64), np.zeros(n))


def copy_groups(model: Model, pairs: np.ndarray[Any, Any], signatures: np.ndarray[Any, Any]) -> CopyGroups:
    """The copy groups of a run from its LSH ``pairs`` (any order, repeats allowed) and MinHash rows."""
    n = len(model.stories)
    if not len(pairs):
        return no_copies(n)
    present = model.words.copy()
    present.data[:] = 1.0
    sizes = np.diff(present.indptr)
    standalone = (model.editions < 0) & ~model.listing & (sizes >= _MIN_TERMS)
    found = []
    for lo in range(0, len(pairs), _PAIRS_AT_ONCE):  # a large run's LSH pairs are many: a part at a time
        part = pairs[lo : lo + _PAIRS_AT_ONCE]
        first, second = np.minimum(part[:, 0], part[:, 1]), np.maximum(part[:, 0], part[:, 1])
        small, large = np.minimum(sizes[first], sizes[second]), np.maximum(sizes[first], sizes[second])
        keep = (
            (first != second)
            & standalone[first]
            & standalone[second]
            & (model.cjk[first] == model.cjk[second])
            & (small >= _SIZE_RATIO * large)
        )
        found.append(first[keep] * n + second[keep])
    # Each pair once (a sort: faster than np.unique's hash). LSH gives its pairs sorted and once
    # each: the stable sort (a merge of sorted runs) takes them in linear time, quicksort in n log n.
    codes = np.sort(np.concatenate(found), kind="stable")
    codes = codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes
    first, second = codes // n, codes % n
    del codes
    agree = np.empty(len(first), dtype=np.int64)

    def agreeing(lo: int) -> None:
        a, b = first[lo : lo + _CHUNK], second[lo : lo + _CHUNK]
        agree[lo : lo + _CHUNK] = np.count_nonzero(signatures[a] == signatures[b], axis=1)

    # numpy releases the GIL while it gathers and compares: the chunks share the parent's cores.
    in_threads(agreeing, range(0, len(first), _CHUNK), model.threads)
    near = agree >= _AGREE * signatures.shape[1]
    first, second = first[near], second[near]
    shared = pair_dots(present, first, second, model.threads)
    copied = shared >= _CONTAINED * np.minimum(sizes[first], sizes[second])
    return _stars(model, sizes, first[copied], second[copied])


def _stars(
    model: Model, sizes: np.ndarray[Any, Any], first: np.ndarray[Any, Any], second: np.ndarray[Any, Any]
) -> CopyGroups:
    """Representatives longest first, each taking its copies not yet taken; then the model's check."""
    n = len(sizes)
    if not len(first):
        return no_copies(n)
    links = csr_matrix(
        (np.ones(2 * len(first), dtype=np.int8), (np.r_[first, second], np.r_[second, first])), shape=(n, n)
    )
    links.sum_duplicates()
    links.sort_indices()
    owner = np.full(n, -1, dtype=np.int64)
    indptr, indices = links.indptr, links.indices
    linked = np.flatnonzero(np.diff(indptr) > 0)
    for story in linked[np.lexsort((linked, -sizes[linked]))].tolist():
        if owner[story] >= 0:
            continue
        owner[story] = story
        near = indices[indptr[story] : indptr[story + 1]]
        owner[near[owner[near] < 0]] = story
    alone = owner < 0
    owner[alone] = np.flatnonzero(alone)
    # The model has the last word: a copy it scores below the threshold stands for itself.
    copies = np.flatnonzero(owner != np.arange(n))
    if len(copies):
        leaders = owner[copies]
        words, names = model.cosine(leaders, copies)
        scores = model.combine(leaders, copies, words, names).score
        fails = scores < model.settings.threshold
        owner[copies[fails]] = copies[fails]
        copies, scores = copies[~fails], scores[~fails]
    weight: np.ndarray[Any, Any] = np.bincount(owner, minlength=n)
    inner: np.ndarray[Any, Any] = np.zeros(n)
    if len(copies):
        inner = np.bincount(owner[copies], weights=scores, minlength=n)
        inner = np.divide(inner, weight - 1, out=np.zeros(n), where=weight > 1)
    return CopyGroups(owner, weight.astype(np.int64), inner)
