"""Candidate pairs: the story pairs of a large run worth verifying, found in about linear time.

Four sources, each a bit in a pair's ``source`` mask (``digest explain`` names them):

- **LSH**: stories sharing a band of the MinHash signature of their salient terms
  (datasketch's scheme; the shared index of published stories uses the same signatures).
- **Neighbours**: each story's ``k`` nearest stories under the mixed word/name cosine of
  its most salient, not too common terms; sparse products a block of stories at a time,
  the top ``k`` of each row kept. Short retellings ("Gemini 06-05 beats everything")
  share too few terms for LSH bands to collide but still rank each other near the top.
- **Links**: stories with the same canonical URL.
- **Subjects**: stories whose headlines are about the same rare subject (a blocking key, as
  in record linkage): every pair of a subject's headlines when it has at most
  ``subject_block`` of them. A name common enough to be pruned from the neighbour search
  ("Gemini" in a week of AI news) drowns there among rarer terms of other events, yet a
  Reddit post titled "Gemini 06-05 beats everything" and a report titled "Google rolls out
  upgraded Gemini 2.5 Pro" are best compared.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, NamedTuple

import numpy as np
from scipy.sparse import csr_matrix, hstack, vstack

from digest.cluster.fingerprint import salient_columns, signature_matrix
from digest.parallel import in_threads
from digest.settings import ClusterSettings

__all__ = [
    "COPY",
    "LINK",
    "LSH",
    "NEIGHBOURS",
    "SUBJECT",
    "Candidates",
    "Leads",
    "candidate_pairs",
    "lsh_pairs",
    "neighbour_pairs",
    "source_names",
    "subject_pairs",
]

LSH = 1
NEIGHBOURS = 2
LINK = 4
#: Every pair compared: a run (or group) small enough to score all pairs.
ALL_PAIRS = 8
#: Two near-copies, scored once through their representative (:mod:`digest.cluster.copies`).
COPY = 16
#: Two headlines about the same rare subject.
SUBJECT = 32
#: Source masks fit below this (one integer holds a pair and its source).
_SOURCES = 64

#: Inside a band bucket each story is paired with the next this many, in sorted order.
_BUCKET_SPAN = 8
#: LSH bands whose pairs are gathered before they are made unique.
_BANDS_AT_ONCE = 8
#: Pruned cosine below which two stories are not ranked as neighbours.
_FLOOR = np.float32(0.02)
#: Rows pruned together (bounds the memory of the sort).
_PRUNE_BLOCK = 4096
#: Stories whose neighbours are computed from one sparse product.
_BLOCK = 1024


class Leads(NamedTuple):
    """The leads of a run's long stories (:mod:`digest.cluster.passages`): word and name rows in the
    stories' columns, and the story of each."""

    words: csr_matrix
    names: csr_matrix
    owner: np.ndarray[Any, Any]


class Candidates(NamedTuple):
    """Pairs (i < j) of story indices, sorted, with the bit mask of the sources that found each."""

    pairs: np.ndarray[Any, Any]
    source: np.ndarray[Any, Any]


def source_names(mask: int) -> str:
    """The sources of a candidate mask in words ("LSH + neighbours"), "none" for 0."""
    names = [
        (ALL_PAIRS, "all pairs"),
        (LSH, "LSH"),
        (NEIGHBOURS, "neighbours"),
        (LINK, "same link"),
        (COPY, "near copy"),
        (SUBJECT, "headline subject"),
    ]
    return " + ".join(name for bit, name in names if mask & bit) or "none"


def candidate_pairs(
    words: csr_matrix,
    names: csr_matrix,
    *,
    single: np.ndarray[Any, Any],
    terms: list[str | None],
    urls: np.ndarray[Any, Any],
    settings: ClusterSettings,
    hashfunc: Callable[[bytes], int] | None = None,
    lsh: np.ndarray[Any, Any] | None = None,
    owner: np.ndarray[Any, Any] | None = None,
    subjects: csr_matrix | None = None,
    threads: int = 1,
    leads: Leads | None = None,
) -> Candidates:
    """The union of the LSH, neighbour, same-link and same-subject pairs of a run, each once, in (i, j) order.

    ``lsh``: the LSH pairs when already found (:func:`lsh_pairs`). ``owner``: each story's
    representative (:mod:`digest.cluster.copies`); then pairs are between representatives
    only (a copy's pairs are its representative's) and neighbours are ranked among them.
    ``subjects``: 0/1 per story and headline subject (none: no subject pairs). ``threads``:
    for the neighbours' blocks (:func:`neighbour_pairs`). ``leads``: the long stories' leads,
    which look for neighbours too (:func:`neighbour_pairs`).
    """
    if lsh is None:
        lsh = lsh_pairs(words, single, terms, settings, hashfunc)[0]
    found = [lsh, _link_pairs(urls)]
    sources = [LSH, LINK]
    # The representatives, when near-copies are collapsed: subjects and neighbours look among them.
    kept = None if owner is None else np.flatnonzero(owner == np.arange(len(owner)))
    if subjects is not None and settings.subject_block > 1:
        pairs = subject_pairs(subjects if kept is None else subjects[kept], settings.subject_block)
        found.append(pairs if kept is None else kept[pairs])
        sources.append(SUBJECT)
    if owner is not None:
        found = [owner[pairs] for pairs in found]
        found = [pairs[pairs[:, 0] != pairs[:, 1]] for pairs in found]
    masks = [np.full(len(pairs), bit, dtype=np.uint8) for pairs, bit in zip(found, sources, strict=True)]
    if settings.neighbours > 0:
        if kept is None or owner is None:
            near = neighbour_pairs(words, names, settings, threads, leads)
        else:
            # A lead looks among the representatives, for the representative of its story.
            mine = None
            if leads is not None:
                mine = leads._replace(owner=np.asarray(np.searchsorted(kept, owner[leads.owner])))
            near = kept[neighbour_pairs(words[kept], names[kept], settings, threads, mine)]
        found.append(near)
        masks.append(np.full(len(near), NEIGHBOURS, dtype=np.uint8))
    return _unique(np.concatenate(found), np.concatenate(masks), words.shape[0])


def _unique(pairs: np.ndarray[Any, Any], source: np.ndarray[Any, Any], n: int) -> Candidates:
    """Each pair once (i < j), its source bits or-ed together."""
    if not len(pairs):
        return Candidates(np.zeros((0, 2), dtype=np.int64), np.zeros(0, dtype=np.uint8))
    pairs = np.sort(pairs.astype(np.int64), axis=1)
    # One integer per pair and source, sorted once (np.unique with an inverse and bitwise_or.at
    # did twice the work): a pair's entries are neighbours, their bits or-ed by one reduceat.
    keys = np.sort((pairs[:, 0] * n + pairs[:, 1]) * _SOURCES + source)
    codes = keys // _SOURCES
    starts = np.flatnonzero(np.concatenate(([True], codes[1:] != codes[:-1])))
    mask = np.bitwise_or.reduceat(keys % _SOURCES, starts).astype(np.uint8)
    codes = codes[starts]
    return Candidates(np.stack((codes // n, codes % n), axis=1), mask)


def lsh_pairs(
    words: csr_matrix,
    single: np.ndarray[Any, Any],
    terms: list[str | None],
    settings: ClusterSettings,
    hashfunc: Callable[[bytes], int] | None,
    *,
    threads: int = 1,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """Stories sharing a band of their MinHash signature (each pair once, i < j, sorted), and the signatures.

    Inside a band bucket, each story is paired with the next ``_BUCKET_SPAN`` ones in
    sorted order: every pair of a small bucket, and a connected chain through a big one.
    Near-copies meet in most bands: the pairs are made unique every ``_BANDS_AT_ONCE``
    bands, so memory follows the distinct pairs, not the bands times the stories. With
    ``threads`` above 1 that is done on a second thread while the next bands are bucketed.
    """
    term_sets = salient_columns(words, single, settings.salient_terms)
    sigs = signature_matrix(
        term_sets, terms, num_perm=settings.num_perm, seed=settings.seed, hashfunc=hashfunc, threads=threads
    )
    has_terms = np.fromiter((len(t) > 0 for t in term_sets), dtype=bool, count=len(term_sets))
    indices = np.flatnonzero(has_terms)
    n = words.shape[0]
    found: list[np.ndarray[Any, Any]] = []
    rows = settings.band_rows
    bands = settings.num_perm // rows
    with _Union(threads) as union:  # a pair (i < j) as i * n + j
        for band in range(bands):
            block = sigs[indices, band * rows : (band + 1) * rows].astype(np.uint64)
            key = np.zeros(len(indices), dtype=np.uint64)
            for column in range(rows):
                key = key * np.uint64(0x9E3779B97F4A7C15) + block[:, column]
            order = np.argsort(key, kind="stable")
            pairs = _runs(key[order], indices[order])
            found.append(np.minimum(pairs[:, 0], pairs[:, 1]) * n + np.maximum(pairs[:, 0], pairs[:, 1]))
            if len(found) == _BANDS_AT_ONCE or band == bands - 1:
                union.add(found)
                found = []
        codes = union.codes()
    return np.stack((codes // n, codes % n), axis=1), sigs


class _Union:
    """Sorted distinct pair codes, folded in a part (a list of arrays) at a time.

    With ``threads`` above 1 a part is folded on a second thread (numpy's sorts release the
    GIL) while the caller makes the next; at most one part waits, so memory stays bounded.
    """

    def __init__(self, threads: int) -> None:
        self._codes = np.zeros(0, dtype=np.int64)
        self._pool = ThreadPoolExecutor(1) if threads > 1 else None
        self._pending: Future[None] | None = None

    def __enter__(self) -> _Union:
        return self

    def __exit__(self, *exc: object) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)

    def add(self, part: list[np.ndarray[Any, Any]]) -> None:
        """Fold ``part`` in (on the second thread, once the part before it is in)."""
        if self._pool is None:
            self._fold(part)
            return
        self._wait()
        self._pending = self._pool.submit(self._fold, part)

    def codes(self) -> np.ndarray[Any, Any]:
        """Every code added, sorted, each once."""
        self._wait()
        return self._codes

    def _wait(self) -> None:
        if self._pending is not None:
            self._pending.result()  # raises the fold's error, if any
            self._pending = None

    def _fold(self, part: list[np.ndarray[Any, Any]]) -> None:
        self._codes = _merged(self._codes, _distinct(np.concatenate(part)))


def _distinct(codes: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """``codes`` sorted, each once (a sort: faster than ``np.unique``'s hash)."""
    codes = np.sort(codes)
    return codes[np.concatenate(([True], codes[1:] != codes[:-1]))] if len(codes) else codes


def _merged(known: np.ndarray[Any, Any], new: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """The union of two sorted arrays of distinct codes, sorted.

    Near-copies meet in most bands, so most of a new part's pairs are known already: only the
    others are added, and the stable sort (a merge of two sorted runs) costs linear time.
    """
    if len(known):
        at = np.minimum(np.searchsorted(known, new), len(known) - 1)
        new = new[known[at] != new]
    return np.sort(np.concatenate((known, new)), kind="stable")


def _runs(sorted_key: np.ndarray[Any, Any], members: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Pairs of members up to ``_BUCKET_SPAN`` apart whose sorted keys are equal."""
    found = [np.zeros((0, 2), dtype=np.int64)]
    for span in range(1, _BUCKET_SPAN + 1):
        same = sorted_key[span:] == sorted_key[:-span]
        if not same.any():
            break
        found.append(np.stack((members[:-span][same], members[span:][same]), axis=1))
    return np.concatenate(found)


def subject_pairs(subjects: csr_matrix, limit: int) -> np.ndarray[Any, Any]:
    """Every pair of stories sharing a column of ``subjects`` (0/1 per story and subject) held by
    at most ``limit`` stories; a subject of more headlines is the run's topic, not a key.

    Pairs (i < j) come subjects of one size at a time, each size's from one ``triu_indices``
    (a run has thousands of subjects, a few dozen sizes): in no order that callers may rely on.
    """
    by_subject = subjects.tocsc()
    sizes = np.diff(by_subject.indptr)
    found = [np.zeros((0, 2), dtype=np.int64)]
    for size in np.unique(sizes[(sizes >= 2) & (sizes <= limit)]).tolist():
        starts = by_subject.indptr[:-1][sizes == size]
        members = by_subject.indices[starts[:, None] + np.arange(size)]  # a row per subject, ascending
        first, second = np.triu_indices(size, k=1)
        pairs = np.stack((members[:, first].ravel(), members[:, second].ravel()), axis=1)
        found.append(pairs.astype(np.int64))
    return np.concatenate(found)


def _link_pairs(urls: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
    """Stories with the same canonical URL (``urls``: a number per URL, -1 for none)."""
    linked = np.flatnonzero(urls >= 0)
    order = linked[np.argsort(urls[linked], kind="stable")]
    return _runs(urls[order], order)


def neighbour_pairs(
    words: csr_matrix,
    names: csr_matrix,
    settings: ClusterSettings,
    threads: int = 1,
    leads: Leads | None = None,
) -> np.ndarray[Any, Any]:
    """Each story paired with its ``settings.neighbours`` nearest under the pruned mixed cosine.

    Each row keeps its ``neighbour_terms`` heaviest terms among those in at most
    ``neighbour_df`` of the stories and at most ``neighbour_df_limit`` of them (at least 50):
    common words would make every product row dense (a share of the run alone lets a row's
    product grow with the run), and they say little about which event a story reports. Blocks of
    rows are ranked on up to ``threads`` threads (scipy's products and numpy's sorts
    release the GIL); each block's pairs are its own, put back in block order. ``leads``
    (of long stories) look for their nearest stories too, each for its own story: a short
    report of an event an essay opens with is nearer its lead than the whole essay.
    """
    n = words.shape[0]
    most = max(50, min(int(settings.neighbour_df * n), settings.neighbour_df_limit))
    weight = settings.name_weight
    rare_words = np.bincount(words.indices, minlength=words.shape[1]) <= most
    rare_names = np.bincount(names.indices, minlength=names.shape[1]) <= most
    left = _pruned(words, settings.neighbour_terms, rare_words)
    right = _pruned(names, settings.neighbour_terms, rare_names)
    # One product serves both cosines: [words | names] rows, weighted on the query side only.
    query = hstack([left * np.float32(1 - weight), right * np.float32(weight)], format="csr")
    index = hstack([left, right], format="csr").T.tocsr()
    owner = np.arange(n)
    if leads is not None and leads.owner.size:
        lead_words = _pruned(leads.words, settings.neighbour_terms, rare_words) * np.float32(1 - weight)
        lead_names = _pruned(leads.names, settings.neighbour_terms, rare_names) * np.float32(weight)
        query = vstack([query, hstack([lead_words, lead_names], format="csr")], format="csr")
        owner = np.concatenate((owner, leads.owner))
    starts = range(0, query.shape[0], _BLOCK)
    found = [np.zeros((0, 2), dtype=np.int64) for _ in range(len(starts) + 1)]

    def block(lo: int) -> None:
        product = (query[lo : lo + _BLOCK] @ index).tocoo()
        # Pairs this far apart are never verified as one event: no need to rank them.
        near = product.data >= _FLOOR
        near[near] = owner[product.row[near] + lo] != product.col[near]  # not a lead's own story
        pairs = _top(product.row[near] + lo, product.col[near], product.data[near], settings.neighbours)
        found[1 + lo // _BLOCK] = np.stack((owner[pairs[:, 0]], pairs[:, 1]), axis=1)

    in_threads(block, starts, threads)
    return np.concatenate(found)


def _top(
    rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], values: np.ndarray[Any, Any], k: int
) -> np.ndarray[Any, Any]:
    """The ``k`` highest entries of each row (ties by column), without the diagonal."""
    other = rows != cols
    rows, cols, values = rows[other], cols[other], values[other]
    keep = _first_per_row(rows, values, k)
    return np.stack((rows[keep], cols[keep]), axis=1).astype(np.int64)


def _first_per_row(rows: np.ndarray[Any, Any], values: np.ndarray[Any, Any], k: int) -> np.ndarray[Any, Any]:
    """Indices of the ``k`` highest values of each row, in row order.

    One sort of one float key: the row, then the value descending (values are cosines or
    TF-IDF weights in [0, 1]). Equal values of a row keep the order the sort gives them,
    which depends only on the arrays given (the same stories give the same pairs).
    """
    key = rows.astype(np.float64) * 4.0 + (2.0 - np.clip(values, 0.0, 1.0))
    order = np.argsort(key, kind="quicksort")
    sorted_rows = rows[order]
    rank = np.arange(len(order)) - np.searchsorted(sorted_rows, sorted_rows)
    return order[rank < k]


def _pruned(matrix: csr_matrix, top: int, rare: np.ndarray[Any, Any]) -> csr_matrix:
    """Rows of ``matrix`` with only their ``top`` heaviest entries in ``rare`` columns.

    A block of rows at a time, so that the sort's temporary arrays stay small.
    """
    parts = []
    for lo in range(0, matrix.shape[0], _PRUNE_BLOCK):
        block = matrix[lo : lo + _PRUNE_BLOCK]
        rows = np.repeat(np.arange(block.shape[0], dtype=np.int32), np.diff(block.indptr))
        kept = rare[block.indices]
        rows, cols, values = rows[kept], block.indices[kept], block.data[kept]
        chosen = np.zeros(len(rows), dtype=bool)
        chosen[_first_per_row(rows, values, top)] = True
        keep = np.flatnonzero(chosen)  # back in row, then column order
        parts.append(
            csr_matrix(
                (values[keep].astype(np.float32), (rows[keep], cols[keep])),
                shape=block.shape,
                dtype=np.float32,
            )
        )
    return vstack(parts, format="csr") if parts else csr_matrix(matrix.shape, dtype=np.float32)
