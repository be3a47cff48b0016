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
from digest.cluster.passages import story_lead
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
    #: Word and name TF-IDF rows of the long stories' leads (:mod:`digest.cluster.passages`), in
    #: the stories' columns and with their weights: leads count no term in the run's frequencies.
    passage_words: csr_matrix | None = None
    passage_names: csr_matrix | None = None
    #: Per story, its row in ``passage_words`` and ``passage_names`` (-1: no lead; None: no story
    #: has one), and the words of its text (None or all 0 when leads are off).
    lead_places: np.ndarray[Any, Any] | None = None
    lengths: np.ndarray[Any, Any] | None = None


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
    #: The words of each story's text (0: leads off) and the entries of the block's leads.
    lengths: np.ndarray[Any, Any]
    lead_words: _Entries | None
    lead_names: _Entries | None


class _Block(NamedTuple):
    """Stories ``start`` to ``end`` of a run, and the lead sizes (``ClusterSettings.passage_from``
    and ``passage_words``; 0: no leads)."""

    start: int
    end: int
    lead_from: int
    lead_size: int


def _count_slice(stories: Sequence[Story], block: _Block) -> _Counted:
    """:func:`_count_block` of the stories of ``block``."""
    return _count_block(stories[block.start : block.end], block.lead_from, block.lead_size)


def _count_block(stories: Sequence[Story], lead_from: int = 0, lead_size: int = 0) -> _Counted:
    """Counts of ``stories``, and of the lead of each story of at least ``lead_from`` words.

    A lead is counted as a story of the story's headline and lead (:func:`story_lead`), with the
    block's word ids: its tokens are the stories' tokens already learned, so the long stories'
    leads cost a cut and a token search here, in the workers, not a block of their own.
    """
    ids = _Ids(TokenCache())
    word_ids: list[np.ndarray[Any, Any]] = []
    name_ids: list[np.ndarray[Any, Any]] = []
    named: list[Named] = []
    lengths: list[int] = []
    leads: list[tuple[list[str], str]] = []
    for story in stories:
        title, text = find_tokens(story.title), find_tokens(story.text)
        for raws in (title, text):
            ids.learn(raws)
            words, names = ids.of(raws)
            word_ids.append(words)
            name_ids.append(names)
        named.append(story_names(title, text, bool(story.text.strip()), ids.cache, learned=True))
        length, lead = story_lead(story.text, lead_from, lead_size)
        lengths.append(length)
        if lead is not None:
            leads.append((title, lead))
    lead_words, lead_names = _count_leads(ids, leads)
    return _Counted(
        vocabulary=list(ids.vocabulary),
        words=_count(word_ids, len(stories), pairs=True),
        names=_count(name_ids, len(stories), pairs=False),
        named=named,
        years=[frozenset(_YEAR_FAST.findall(f"{s.title}\n{s.text}")) for s in stories],
        lengths=np.asarray(lengths, dtype=np.int64),
        lead_words=lead_words,
        lead_names=lead_names,
    )


def _count_leads(ids: _Ids, leads: list[tuple[list[str], str]]) -> tuple[_Entries | None, _Entries | None]:
    """Word and name entries of leads given as (headline tokens, lead text); None for no leads."""
    if not leads:
        return None, None
    word_ids: list[np.ndarray[Any, Any]] = []
    name_ids: list[np.ndarray[Any, Any]] = []
    for title, lead in leads:
        for raws in (title, find_tokens(lead)):
            ids.learn(raws)
            words, names = ids.of(raws)
            word_ids.append(words)
            name_ids.append(names)
    return _count(word_ids, len(leads), pairs=True), _count(name_ids, len(leads), pairs=False)


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

    Each block is numbered when it arrives, while the workers count the next ones: the keys
    met so far are kept with their columns in sorted runs, and a block's new keys take the
    next numbers in the order of their first entries. A block's new keys make a run of their
    own; a run at least half as long as the one before is merged into it, so there are about
    log2(blocks) runs and each key is copied about as often. (One sorted array, with each
    block's new keys inserted, was copied whole per block: the run's vocabulary times its
    blocks, 5 million keys at 100k stories, about 100 copies.)
    """

    def __init__(self) -> None:
        #: Sorted runs of keys (no key in two runs) and the column of each, oldest and longest first.
        self.runs: list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = []
        self.size = 0
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
        columns = np.empty(len(distinct), dtype=np.int32)
        new = np.arange(len(distinct))  # not found yet: looked up in the next run
        for keys, numbers in self.runs:
            at = np.minimum(np.searchsorted(keys, distinct[new]), len(keys) - 1)
            found = keys[at] == distinct[new]
            columns[new[found]] = numbers[at[found]]
            new = new[~found]
            if not len(new):
                break
        columns[new[np.argsort(first[new], kind="stable")]] = np.arange(
            self.size, self.size + len(new), dtype=np.int32
        )
        self.size += len(new)
        if len(new):
            self._keep(distinct[new], columns[new])
        self.entry_columns.append(columns[inverse.ravel()])
        empty = np.zeros(0, dtype=np.int64)
        self.parts.append(part._replace(distinct=empty, local=empty, first=empty))  # not needed again

    def _keep(self, keys: np.ndarray[Any, Any], columns: np.ndarray[Any, Any]) -> None:
        """Keep new sorted ``keys`` and their columns as a run, merged with runs not twice as long."""
        runs = self.runs
        runs.append((keys, columns))
        while len(runs) > 1 and 2 * len(runs[-1][0]) >= len(runs[-2][0]):
            (older, their), (newer, mine) = runs[-2], runs.pop()
            merged = np.concatenate((older, newer))
            order = np.argsort(merged, kind="stable")  # two sorted runs: a merge
            runs[-1] = (merged[order], np.concatenate((their, mine))[order])

    @property
    def keys(self) -> np.ndarray[Any, Any]:
        """Every key met, by run (each run sorted)."""
        return np.concatenate([k for k, _ in self.runs]) if self.runs else np.zeros(0, dtype=np.int64)

    @property
    def columns(self) -> np.ndarray[Any, Any]:
        """The column of each of :attr:`keys`."""
        return np.concatenate([c for _, c in self.runs]) if self.runs else np.zeros(0, dtype=np.int32)

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
        keys, key_columns = self.keys, self.columns
        terms = np.full(self.size, None, dtype=object)
        single = keys < _PAIRS
        terms[key_columns[single]] = np.asarray(vocabulary, dtype=object)[keys[single]]
        by_column = np.zeros(self.size, dtype=bool)
        by_column[key_columns[single]] = True
        matrix = weighted_matrix(columns, counts, lengths, self.size, counted=counted)
        return matrix, terms.tolist(), by_column


def run_vectors(
    stories: Sequence[Story], workers: int = 1, lead_from: int = 0, lead_size: int = 0
) -> RunVectors:
    """Word and name TF-IDF matrices of ``stories``, as ``tfidf_matrix`` of their ``features``.

    Blocks of stories are counted in ``workers`` processes when there are several blocks
    (forked workers inherit ``stories``; a block is its bounds). The lead of each story of at
    least ``lead_from`` words (:mod:`digest.cluster.passages`; 0: none) is counted with its
    story's block and numbered after every story, weighted with the stories' frequencies,
    which it leaves as they are: the stories' rows do not change.
    """
    n = len(stories)
    blocks = [_Block(k, min(k + _BLOCK, n), lead_from, lead_size) for k in range(0, n, _BLOCK)]
    vocabulary: dict[str, int] = {}
    words, names = _Columns(), _Columns()
    years: list[frozenset[str]] = []
    named: list[Named] = []
    lengths: list[np.ndarray[Any, Any]] = []
    leads: list[tuple[_Entries, _Entries]] = []
    add = vocabulary.setdefault
    count = workers if len(blocks) >= _PARALLEL_BLOCKS else 1
    for part in in_blocks_with(_count_slice, stories, blocks or [_Block(0, 0, 0, 0)], count):
        remap = np.fromiter(
            (add(w, len(vocabulary)) for w in part.vocabulary), dtype=np.int64, count=len(part.vocabulary)
        )
        words.add(part.words._replace(distinct=_in_run_ids(part.words.distinct, remap)))
        names.add(part.names._replace(distinct=_in_run_ids(part.names.distinct, remap)))
        years.extend(part.years)
        named.extend(part.named)
        lengths.append(part.lengths)
        if part.lead_words is not None and part.lead_names is not None:
            leads.append(
                (
                    part.lead_words._replace(distinct=_in_run_ids(part.lead_words.distinct, remap)),
                    part.lead_names._replace(distinct=_in_run_ids(part.lead_names.distinct, remap)),
                )
            )
    terms_of = list(vocabulary)
    story_lengths = np.concatenate(lengths)
    if not leads:
        word_matrix, terms, single = words.matrix(terms_of, n)
        name_matrix, name_terms, _ = names.matrix(terms_of, n)
        return RunVectors(
            word_matrix, terms, single, name_matrix, name_terms, years, named, lengths=story_lengths
        )
    widths = words.size, names.size  # the stories' columns: all are in
    for lead_words, lead_names in leads:
        words.add(lead_words)
        names.add(lead_names)
    word_matrix, terms, single = words.matrix(terms_of, n)
    name_matrix, name_terms, _ = names.matrix(terms_of, n)
    long = story_lengths >= lead_from  # leads are on (``lead_from`` above 0): some story has one
    # A lead's term the stories lack (none, as leads are cut on whitespace) is dropped.
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
        lead_places=np.where(long, np.cumsum(long) - 1, -1),
        lengths=story_lengths,
    )
