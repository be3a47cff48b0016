"""TF-IDF matrices of a whole run at once, from token ids (the clusterer's fast path).

:func:`digest.fingerprint.features` builds one Python dict per story and
:func:`~digest.fingerprint.tfidf_matrix` walks them term by term: clear, but
most of a large run's time. Here each distinct raw token is normalised once,
every token becomes an integer id, and word pairs, counts, column order and
weights are computed with numpy, a block of stories at a time so that memory
stays near the size of the result. The matrices and terms are equal to the
dict path's, element for element (the tests check it): counts are sums of
halves, so exact in any order, and entries keep the order in which the dict
path inserts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from attrs import frozen
from scipy.sparse import csr_matrix

from digest._subjects import Named, story_names
from digest.fingerprint import _BIGRAM_WEIGHT, _TITLE_WEIGHT, _TOKEN, _YEAR, TokenCache, weighted_matrix
from digest.models import Story

__all__ = ["RunVectors", "run_vectors"]

#: Stories whose tokens are counted together; bounds the memory of the counting.
_BLOCK = 2048
#: Keys of word pairs start here; single words are keyed by their vocabulary id below it.
_PAIRS = 1 << 31


@frozen
class RunVectors:
    """The clusterer's view of a run: word and name TF-IDF rows, column terms, years, names."""

    words: csr_matrix
    #: The word of each column of ``words``; None for the columns of word pairs.
    terms: list[str | None]
    names: csr_matrix
    years: list[frozenset[str]]
    #: Each story's names, for the headline-subject signal.
    named: list[Named]


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

    def of(self, table: dict[str, int], raws: list[str]) -> np.ndarray[Any, Any]:
        return np.fromiter(map(table.__getitem__, raws), dtype=np.int64, count=len(raws))


class _Entries:
    """Per-story (key, count) entries of one matrix, block after block, in dict-path order."""

    def __init__(self, pairs: bool) -> None:
        self.pairs = pairs
        self.keys: list[np.ndarray[Any, Any]] = []
        self.counts: list[np.ndarray[Any, Any]] = []
        self.lengths: list[np.ndarray[Any, Any]] = []

    def add_block(self, tokens: list[np.ndarray[Any, Any]], stories: int) -> None:
        """Count the tokens of ``stories`` stories, two fields (title, text) each, in order."""
        sizes = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
        token_ids = np.concatenate(tokens) if tokens else np.zeros(0, dtype=np.int64)
        field_of = np.repeat(np.arange(len(tokens), dtype=np.int64), sizes)
        field_weight = np.tile(np.asarray([_TITLE_WEIGHT, 1.0]), stories)
        kept = token_ids >= 0
        word, word_field = token_ids[kept], field_of[kept]
        keys, fields, weights = [word], [word_field], [field_weight[word_field]]
        kinds = [np.zeros(len(word), dtype=np.int64)]
        if self.pairs:
            # Adjacent kept words of one field make a pair, as itertools.pairwise does per field.
            same = word_field[1:] == word_field[:-1]
            pair_field = word_field[1:][same]
            keys.append(((word[:-1][same] + 1) << 31) | word[1:][same])
            fields.append(pair_field)
            weights.append(field_weight[pair_field] * _BIGRAM_WEIGHT)
            kinds.append(np.ones(len(pair_field), dtype=np.int64))
        field = np.concatenate(fields)
        # Insertion order of the dict path: per story, title words, title pairs, text words, text pairs.
        order = np.argsort(field * 2 + np.concatenate(kinds), kind="stable")
        key, story, weight = np.concatenate(keys)[order], field[order] // 2, np.concatenate(weights)[order]
        distinct, local = np.unique(key, return_inverse=True)
        entry, first, inverse = np.unique(
            story * len(distinct) + local.ravel(), return_index=True, return_inverse=True
        )
        counts = np.bincount(inverse.ravel(), weights=weight, minlength=len(entry))
        by_first = np.argsort(first)
        entry = entry[by_first]
        self.keys.append(distinct[entry % max(len(distinct), 1)])
        self.counts.append(counts[by_first])
        self.lengths.append(np.bincount(entry // max(len(distinct), 1), minlength=stories))

    def matrix(self, vocabulary: list[str]) -> tuple[csr_matrix, list[str | None]]:
        keys = np.concatenate(self.keys) if self.keys else np.zeros(0, dtype=np.int64)
        # Columns in the order terms are first met in the run.
        distinct, seen_at, column_of = np.unique(keys, return_index=True, return_inverse=True)
        rank = np.empty(len(distinct), dtype=np.int64)
        rank[np.argsort(seen_at)] = np.arange(len(distinct))
        # Only single words are ever hashed or shown: a pair's column holds None, not its words.
        terms = np.full(len(distinct), None, dtype=object)
        single = distinct < _PAIRS
        terms[rank[single]] = np.asarray(vocabulary, dtype=object)[distinct[single]]
        counts = np.concatenate(self.counts) if self.counts else np.zeros(0)
        lengths = np.concatenate(self.lengths) if self.lengths else np.zeros(0, dtype=np.int64)
        return weighted_matrix(rank[column_of.ravel()], counts, lengths, len(distinct)), terms.tolist()


def run_vectors(stories: Sequence[Story], cache: TokenCache | None = None) -> RunVectors:
    """Word and name TF-IDF matrices of ``stories``, as ``tfidf_matrix`` of their ``features``."""
    ids = _Ids(cache or TokenCache())
    words, names = _Entries(pairs=True), _Entries(pairs=False)
    named: list[Named] = []
    for start in range(0, len(stories), _BLOCK):
        block = stories[start : start + _BLOCK]
        word_ids: list[np.ndarray[Any, Any]] = []
        name_ids: list[np.ndarray[Any, Any]] = []
        for story in block:
            title, text = _TOKEN.findall(story.title), _TOKEN.findall(story.text)
            for raws in (title, text):
                ids.learn(raws)
                word_ids.append(ids.of(ids.word, raws))
                name_ids.append(ids.of(ids.name, raws))
            named.append(story_names(title, text, bool(story.text.strip()), ids.cache))
        words.add_block(word_ids, len(block))
        names.add_block(name_ids, len(block))
    vocabulary = list(ids.vocabulary)
    word_matrix, terms = words.matrix(vocabulary)
    name_matrix, _ = names.matrix(vocabulary)
    years = [frozenset(_YEAR.findall(f"{s.title}\n{s.text}")) for s in stories]
    return RunVectors(words=word_matrix, terms=terms, names=name_matrix, years=years, named=named)
