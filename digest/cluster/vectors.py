"""TF-IDF matrices of a whole run at once, from token ids (the clusterer's fast path).

The test oracle ``tests/oracle.py`` (``features``: one Python dict per story, and
``tfidf_matrix``, walking them term by term) is clear, but would be
most of a large run's time. Here each distinct raw token is normalised once,
every token becomes an integer id, and word pairs, counts, column order and
weights are computed with numpy, a block of stories at a time so that memory
stays near the size of the result. A large run's blocks are counted on every
core, each with its own word ids, then renumbered into the run's and given
columns as they come back. The matrices and terms are equal to the dict path's,
element for element (the tests check it): counts are sums of halves, so exact
in any order, and entries keep the order in which the dict path inserts them.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, NamedTuple

import numpy as np
from attrs import frozen
from scipy.sparse import csr_matrix

from digest.cluster.fingerprint import _BIGRAM_WEIGHT, _TITLE_WEIGHT, weighted_matrix
from digest.cluster.subjects import Named, story_names
from digest.cluster.tokens import _YEAR_FAST, TokenCache, find_tokens
from digest.models import Story
from digest.parallel import in_blocks_with

__all__ = ["RunVectors", "run_vectors"]

#: Stories whose tokens are counted together; bounds the memory of the counting.
_BLOCK = 2048
#: Keys of word pairs start here; single words are keyed by their vocabulary id below it.
_PAIRS = 1 << 31
#: Runs of at least this many blocks count them in worker processes.
_PARALLEL_BLOCKS = 4


@frozen
class RunVectors:
    """The clusterer's view of a run: word and name TF-IDF rows, column terms, years, names."""

    words: csr_matrix
    #: The word of each column of ``words``; None for the columns of word pairs.
    terms: list[str | None]
    #: True for the columns of ``words`` that are single words (the ones signatures use).
    single: np.ndarray[Any, Any]
    names: csr_matrix
    #: The name of each column of ``names``.
    name_terms: list[str | None]
    years: list[frozenset[str]]
    #: Each story's names, for the headline-subject signal.
    named: list[Named]
    #: Word and name TF-IDF rows of the passages given (:mod:`digest.cluster.passages`), in the
    #: stories' columns and with their weights: passages count no term in the run's frequencies.
    passage_words: csr_matrix | None = None
    passage_names: csr_matrix | None = None


class _Ids:
    """Raw token -> ids of its normal form as a word and as a name, in one code (-1: none).

    The code is ``(word + 1) << 32 | (name + 1)``: one dictionary look-up per token gives both.
    """

    def __init__(self, cache: TokenCache) -> None:
        self.cache = cache
        self.vocabulary: dict[str, int] = {}
        self.codes: dict[str, int] = {}

    def learn(self, raws: list[str]) -> None:
        new = set(raws).difference(self.codes)
        if not new:
            return
        self.cache.learn(new)
        add = self.vocabulary.setdefault
        for raw in new:
            word, name = self.cache.words[raw], self.cache.names[raw]
            word_id = add(word, len(self.vocabulary)) if word else -1
            name_id = add(name, len(self.vocabulary)) if name else -1
            self.codes[raw] = (word_id + 1) << 32 | (name_id + 1)

    def of(self, raws: list[str]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """The word ids and the name ids of ``raws``."""
        codes = np.fromiter(map(self.codes.__getitem__, raws), dtype=np.int64, count=len(raws))
        words: np.ndarray[Any, Any] = (codes >> 32) - 1
        names: np.ndarray[Any, Any] = (codes & 0xFFFFFFFF) - 1
        return words, names


class _Entries(NamedTuple):
    """Per-story (key, count) entries of one matrix, stories one after another, in dict-path order.

    Entry ``e``'s key is ``distinct[local[e]]``; ``first[k]`` is the first entry with key
    ``distinct[k]``. Workers find them, so that the run's columns, numbered in the parent,
    need only the block's distinct keys sorted again.
    """

    distinct: np.ndarray[Any, Any]
    local: np.ndarray[Any, Any]
    first: np.ndarray[Any, Any]
    counts: np.ndarray[Any, Any]
    lengths: np.ndarray[Any, Any]


def _count(tokens: list[np.ndarray[Any, Any]], stories: int, *, pairs: bool) -> _Entries:
    """Count the tokens of ``stories`` stories, two fields (title, text) each, in order."""
    sizes = np.fromiter((len(t) for t in tokens), dtype=np.int64, count=len(tokens))
    token_ids = np.concatenate(tokens) if tokens else np.zeros(0, dtype=np.int64)
    field_of = np.repeat(np.arange(len(tokens), dtype=np.int64), sizes)
    field_weight = np.tile(np.asarray([_TITLE_WEIGHT, 1.0]), stories)
    kept = token_ids >= 0
    word, word_field = token_ids[kept], field_of[kept]
    keys, fields, weights = [word], [word_field], [field_weight[word_field]]
    kinds = [np.zeros(len(word), dtype=np.int64)]
    if pairs:
        # Adjacent kept words of one field make a pair, as itertools.pairwise does per field.
        same = word_field[1:] == word_field[:-1]
        pair_field = word_field[1:][same]
        keys.append(_pair(word[:-1][same], word[1:][same]))
        fields.append(pair_field)
        weights.append(field_weight[pair_field] * _BIGRAM_WEIGHT)
        kinds.append(np.ones(len(pair_field), dtype=np.int64))
    field = np.concatenate(fields)
    # Insertion order of the dict path: per story, title words, title pairs, text words, text pairs.
    order = np.argsort(field * 2 + np.concatenate(kinds), kind="stable")
    key, story, weight = np.concatenate(keys)[order], field[order] // 2, np.concatenate(weights)[order]
    distinct, local = np.unique(key, return_inverse=True)
    width = max(len(distinct), 1)
    entry, first, inverse = np.unique(story * width + local.ravel(), return_index=True, return_inverse=True)
    counts = np.bincount(inverse.ravel(), weights=weight, minlength=len(entry))
    by_first = np.argsort(first)
    entry = entry[by_first]
    entry_key = entry % width
    _, first_entry = np.unique(entry_key, return_index=True)  # every key of the block is some entry's
    return _Entries(
        distinct,
        entry_key.astype(np.int32),
        first_entry,
        counts[by_first].astype(np.float32),  # sums of halves: exact in float32, half the memory
        np.bincount(entry // width, minlength=stories),
    )


def _pair(first: np.ndarray[Any, Any], second: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The key of word pairs from the ids of their words."""
    keys: np.ndarray[Any, Any] = ((first + 1) << 31) | second
    return keys


class _Counted(NamedTuple):
    """What a block of stories gives, with word ids of the block's own vocabulary."""

    vocabulary: list[str]
    words: _Entries
    names: _Entries
    named: list[Named]
    years: list[frozenset[str]]


def _count_slice(stories: Sequence[Story], bounds: tuple[int, int, bool]) -> _Counted:
    """:func:`_count_block` of ``stories[start:end]`` (their names and years too unless ``bounds[2]``)."""
    return _count_block(stories[bounds[0] : bounds[1]], terms_only=bounds[2])


def _count_block(stories: Sequence[Story], *, terms_only: bool = False) -> _Counted:
    ids = _Ids(TokenCache())
    word_ids: list[np.ndarray[Any, Any]] = []
    name_ids: list[np.ndarray[Any, Any]] = []
    named: list[Named] = []
    for story in stories:
        title, text = find_tokens(story.title), find_tokens(story.text)
        for raws in (title, text):
            ids.learn(raws)
            words, names = ids.of(raws)
            word_ids.append(words)
            name_ids.append(names)
        if not terms_only:
            named.append(story_names(title, text, bool(story.text.strip()), ids.cache, learned=True))
    return _Counted(
        vocabulary=list(ids.vocabulary),
        words=_count(word_ids, len(stories), pairs=True),
        names=_count(name_ids, len(stories), pairs=False),
        named=named,
        years=[] if terms_only else [frozenset(_YEAR_FAST.findall(f"{s.title}\n{s.text}")) for s in stories],
    )


def _in_run_ids(keys: np.ndarray[Any, Any], remap: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Keys in a block's word ids rewritten in the run's word ids."""
    out = np.empty_like(keys)
    single = keys < _PAIRS
    out[single] = remap[keys[single]]
    pairs = keys[~single]
    out[~single] = _pair(remap[(pairs >> 31) - 1], remap[pairs & (_PAIRS - 1)])
    return out


class _Columns:
    """Column numbers in the order keys are first met, given block after block.

    Each block is numbered when it arrives, while the workers count the next ones:
    the keys met so far are kept sorted with their columns, and a block's new keys
    take the next numbers in the order of their first entries.
    """

    def __init__(self) -> None:
        self.keys = np.zeros(0, dtype=np.int64)
        self.columns = np.zeros(0, dtype=np.int32)
        self.parts: list[_Entries] = []
        self.entry_columns: list[np.ndarray[Any, Any]] = []

    def add(self, part: _Entries) -> None:
        """Number the keys of ``part`` (its ``distinct`` keys in the run's word ids)."""
        # np.unique of the entries' keys, from the block's own: the run's ids number words in
        # another order, so its distinct keys are sorted again; first entries and inverse follow.
        order = np.argsort(part.distinct)
        distinct, first = part.distinct[order], part.first[order]
        rank = np.empty(len(order), dtype=np.int64)
        rank[order] = np.arange(len(order))
        inverse = rank[part.local]
        at = np.searchsorted(self.keys, distinct)
        known = at < len(self.keys)
        known[known] = self.keys[at[known]] == distinct[known]
        columns = np.empty(len(distinct), dtype=np.int32)
        columns[known] = self.columns[at[known]]
        new = np.flatnonzero(~known)
        columns[new[np.argsort(first[new], kind="stable")]] = np.arange(
            len(self.keys), len(self.keys) + len(new), dtype=np.int32
        )
        self.keys = np.insert(self.keys, at[new], distinct[new])
        self.columns = np.insert(self.columns, at[new], columns[new])
        self.entry_columns.append(columns[inverse.ravel()])
        empty = np.zeros(0, dtype=np.int64)
        self.parts.append(part._replace(distinct=empty, local=empty, first=empty))  # not needed again

    def matrix(
        self, vocabulary: list[str], counted: int | None = None
    ) -> tuple[csr_matrix, list[str | None], np.ndarray[Any, Any]]:
        """The TF-IDF rows of every block given, the word of each column (None for pairs), single words.

        ``counted``: only the first rows count in the terms' frequencies (all when None).
        """
        columns = np.concatenate(self.entry_columns) if self.entry_columns else np.zeros(0, dtype=np.int32)
        counts = (
            np.concatenate([p.counts for p in self.parts]).astype(np.float64) if self.parts else np.zeros(0)
        )
        lengths = (
            np.concatenate([p.lengths for p in self.parts]) if self.parts else np.zeros(0, dtype=np.int64)
        )
        self.entry_columns.clear()
        self.parts.clear()
        # Only single words are ever hashed or shown: a pair's column holds None, not its words.
        terms = np.full(len(self.keys), None, dtype=object)
        single = self.keys < _PAIRS
        terms[self.columns[single]] = np.asarray(vocabulary, dtype=object)[self.keys[single]]
        by_column = np.zeros(len(self.keys), dtype=bool)
        by_column[self.columns[single]] = True
        matrix = weighted_matrix(columns, counts, lengths, len(self.keys), counted=counted)
        return matrix, terms.tolist(), by_column


def run_vectors(stories: Sequence[Story], workers: int = 1, passages: Sequence[Story] = ()) -> RunVectors:
    """Word and name TF-IDF matrices of ``stories``, as ``tfidf_matrix`` of their ``features``.

    Blocks of stories are counted in ``workers`` processes when there are several blocks
    (forked workers inherit ``stories``; a block is its bounds). ``passages`` (parts of the
    stories, :mod:`digest.cluster.passages`) are counted after them and weighted with the
    stories' frequencies, which they leave as they are: the stories' rows do not change.
    """
    n = len(stories)
    items = [*stories, *passages] if passages else stories
    blocks = [(k, min(k + _BLOCK, n), False) for k in range(0, n, _BLOCK)] or [(0, 0, False)]
    blocks += [(k, min(k + _BLOCK, len(items)), True) for k in range(n, len(items), _BLOCK)]
    vocabulary: dict[str, int] = {}
    words, names = _Columns(), _Columns()
    years: list[frozenset[str]] = []
    named: list[Named] = []
    add = vocabulary.setdefault
    count = workers if len(blocks) >= _PARALLEL_BLOCKS else 1
    widths: tuple[int, int] | None = None
    for block, part in zip(blocks, in_blocks_with(_count_slice, items, blocks, count), strict=True):
        if block[2] and widths is None:
            widths = len(words.keys), len(names.keys)  # the stories' columns: all are in
        remap = np.fromiter(
            (add(w, len(vocabulary)) for w in part.vocabulary), dtype=np.int64, count=len(part.vocabulary)
        )
        words.add(part.words._replace(distinct=_in_run_ids(part.words.distinct, remap)))
        names.add(part.names._replace(distinct=_in_run_ids(part.names.distinct, remap)))
        years.extend(part.years)
        named.extend(part.named)
    terms_of = list(vocabulary)
    word_matrix, terms, single = words.matrix(terms_of, n)
    name_matrix, name_terms, _ = names.matrix(terms_of, n)
    if widths is None:
        return RunVectors(word_matrix, terms, single, name_matrix, name_terms, years, named)
    # A passage's term the stories lack (none, as passages are cut on whitespace) is dropped.
    return RunVectors(
        words=word_matrix[:n, : widths[0]],
        terms=terms[: widths[0]],
        single=single[: widths[0]],
        names=name_matrix[:n, : widths[1]],
        name_terms=name_terms[: widths[1]],
        years=years,
        named=named,
        passage_words=word_matrix[n:, : widths[0]],
        passage_names=name_matrix[n:, : widths[1]],
    )
