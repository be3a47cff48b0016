"""TF-IDF matrices of a whole run at once, from token ids (the clusterer's fast path).

:func:`digest.fingerprint.features` builds one Python dict per story and
:func:`~digest.fingerprint.tfidf_matrix` walks them term by term: clear, but
most of a large run's time. Here each distinct raw token is normalised once,
every token of the run becomes an integer id, and word pairs, counts, column
order and weights are computed with numpy over the whole run. The matrices
and terms are equal to the dict path's, element for element (the tests check
it): counts are sums of halves, so exact in any order, and entries keep the
order in which the dict path inserts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from attrs import frozen
from scipy.sparse import csr_matrix

from digest.fingerprint import _BIGRAM_WEIGHT, _TITLE_WEIGHT, _TOKEN, _YEAR, TokenCache, weighted_matrix
from digest.models import Story

__all__ = ["RunVectors", "run_vectors"]


@frozen
class RunVectors:
    """The clusterer's view of a run: word and name TF-IDF rows, column terms, years, raw tokens."""

    words: csr_matrix
    #: The word of each column of ``words``; None for the columns of word pairs.
    terms: list[str | None]
    names: csr_matrix
    years: list[frozenset[str]]
    #: Raw tokens of each story's title and text, for the headline-subject signal.
    tokens: list[tuple[list[str], list[str]]]


class _Ids:
    """Raw token -> id of its normal form as a word (-1: a stop word) and as a name (-1: not a name)."""

    def __init__(self, cache: TokenCache) -> None:
        self.cache = cache
        self.vocabulary: dict[str, int] = {}
        self.word: dict[str, int] = {}
        self.name: dict[str, int] = {}

    def learn(self, raws: list[str]) -> None:
        new = set(raws).difference(self.word)
        if not new:
            return
        self.cache.learn(new)
        add = self.vocabulary.setdefault
        for raw in new:
            word, name = self.cache.words[raw], self.cache.names[raw]
            self.word[raw] = add(word, len(self.vocabulary)) if word else -1
            self.name[raw] = add(name, len(self.vocabulary)) if name else -1


def run_vectors(stories: Sequence[Story], cache: TokenCache | None = None) -> RunVectors:
    """Word and name TF-IDF matrices of ``stories``, as ``tfidf_matrix`` of their ``features``."""
    ids = _Ids(cache or TokenCache())
    word_ids: list[int] = []
    name_ids: list[int] = []
    sizes: list[int] = []
    tokens = []
    for story in stories:
        fields = (_TOKEN.findall(story.title), _TOKEN.findall(story.text))
        tokens.append(fields)
        for raws in fields:
            ids.learn(raws)
            word_ids.extend(map(ids.word.__getitem__, raws))
            name_ids.extend(map(ids.name.__getitem__, raws))
            sizes.append(len(raws))
    n = len(stories)
    field_of = np.repeat(np.arange(2 * n, dtype=np.int64), np.asarray(sizes, dtype=np.int64))
    field_weight = np.tile(np.asarray([_TITLE_WEIGHT, 1.0]), n)
    vocabulary = list(ids.vocabulary)
    words, terms = _matrix(
        np.asarray(word_ids, dtype=np.int64), field_of, field_weight, n, vocabulary, pairs=True
    )
    names, _ = _matrix(
        np.asarray(name_ids, dtype=np.int64), field_of, field_weight, n, vocabulary, pairs=False
    )
    years = [frozenset(_YEAR.findall(f"{s.title}\n{s.text}")) for s in stories]
    return RunVectors(words=words, terms=terms, names=names, years=years, tokens=tokens)


def _matrix(
    token_ids: np.ndarray[Any, Any],
    field_of: np.ndarray[Any, Any],
    field_weight: np.ndarray[Any, Any],
    n: int,
    vocabulary: list[str],
    *,
    pairs: bool,
) -> tuple[csr_matrix, list[str | None]]:
    kept = token_ids >= 0
    unigram, unigram_field = token_ids[kept], field_of[kept]
    keys, fields, weights = [unigram], [unigram_field], [field_weight[unigram_field]]
    kinds = [np.zeros(len(unigram), dtype=np.int64)]
    size = len(vocabulary)
    pairs_count = 0
    if pairs:
        # Adjacent kept words of one field make a pair, as itertools.pairwise does per field.
        same = unigram_field[1:] == unigram_field[:-1]
        code = unigram[:-1][same] * size + unigram[1:][same]
        pair_codes, pair_index = np.unique(code, return_inverse=True)
        pairs_count = len(pair_codes)
        pair_field = unigram_field[1:][same]
        keys.append(size + pair_index.ravel())
        fields.append(pair_field)
        weights.append(field_weight[pair_field] * _BIGRAM_WEIGHT)
        kinds.append(np.ones(len(pair_field), dtype=np.int64))
    key = np.concatenate(keys)
    field = np.concatenate(fields)
    # Insertion order of the dict path: per story, title words, title pairs, text words, text pairs.
    order = np.argsort(field * 2 + np.concatenate(kinds), kind="stable")
    key, field, weight = key[order], field[order], np.concatenate(weights)[order]
    width = size + pairs_count
    story = field // 2
    entry, first, inverse = np.unique(story * width + key, return_index=True, return_inverse=True)
    counts = np.bincount(inverse.ravel(), weights=weight, minlength=len(entry))
    by_first = np.argsort(first)
    entry, counts = entry[by_first], counts[by_first]
    entry_story, entry_key = entry // width, entry % width
    # Columns in the order terms are first met in the run.
    distinct, seen_at, column_of = np.unique(entry_key, return_index=True, return_inverse=True)
    rank = np.empty(len(distinct), dtype=np.int64)
    rank[np.argsort(seen_at)] = np.arange(len(distinct))
    columns = rank[column_of.ravel()]
    # Only single words are ever hashed or shown: a pair's column holds None, not its words.
    terms = np.full(len(distinct), None, dtype=object)
    single = distinct < size
    terms[rank[single]] = np.asarray(vocabulary, dtype=object)[distinct[single]]
    lengths = np.bincount(entry_story, minlength=n)
    return weighted_matrix(columns, counts, lengths, len(distinct)), terms.tolist()
