"""Fingerprints: the features of a story that survive rewording, and their MinHash.

Word 3-gram shingles find near-copies but miss reworded reports of one event,
so a story is described by what outlets keep when they rewrite: its salient
terms (TF-IDF over the stories being clustered), names and numbers (tokens
written with a capital or a digit), title words (counted twice) and the years
it mentions. Term statistics come from the corpus itself: the same stories
give the same fingerprints, whatever their order.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
from scipy.sparse import csr_matrix

# Tokens are read and normalised in one place; these names stay importable from here.
from digest.cluster.tokens import TokenCache, content_terms, normalise, signature_terms
from digest.parallel import in_threads

if TYPE_CHECKING:
    from datasketch import LeanMinHash

__all__ = [
    "TokenCache",
    "content_terms",
    "lean_minhash",
    "normalise",
    "permutations",
    "salient_columns",
    "sha1_hash32",
    "signature_matrix",
    "signature_terms",
    "weighted_matrix",
]

_TITLE_WEIGHT = 2.0
_BIGRAM_WEIGHT = 0.5


def weighted_matrix(
    columns: np.ndarray[Any, Any],
    counts: np.ndarray[Any, Any],
    lengths: np.ndarray[Any, Any],
    width: int,
    counted: int | None = None,
) -> csr_matrix:
    """L2-normalised sublinear TF-IDF rows from each row's (column, count) entries, rows one after another.

    ``counted``: the terms' document frequencies are those of the first rows only (all when None).
    """
    rows_count = len(lengths)
    counted = rows_count if counted is None else counted
    df = np.bincount(columns[: int(lengths[:counted].sum())], minlength=width)
    idf = np.log((counted + 1) / (df + 1)) + 1.0
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
    """Per row, the columns of the ``limit`` highest weights among ``eligible`` columns (ties by column).

    Only the entries at or above their row's ``limit``-th highest weight can be chosen, so
    only those (about ``limit`` a row, more where weights tie) are sorted, by row and
    weight descending; the entries come in row and column order, so the stable sort keeps
    equal weights in column order, and the chosen ones are read back in that order.
    """
    if not matrix.has_sorted_indices:
        matrix = matrix.sorted_indices()
    n = matrix.shape[0]
    keep = eligible[matrix.indices]
    lengths = np.diff(np.concatenate(([0], np.cumsum(keep)))[matrix.indptr])
    cols, vals = matrix.indices[keep], matrix.data[keep]
    rows = np.repeat(np.arange(n), lengths)
    near = vals >= _row_thresholds(vals, lengths, limit)[rows]
    rows, cols, vals = rows[near], cols[near], vals[near]
    order = np.lexsort((-vals, rows))
    ranked = rows[order]
    rank = np.arange(len(order)) - np.searchsorted(ranked, ranked)
    chosen = np.zeros(len(order), dtype=bool)
    chosen[order[rank < limit]] = True
    cols = cols[chosen]
    bounds = np.concatenate(([0], np.cumsum(np.minimum(lengths, limit))))
    return [cols[bounds[k] : bounds[k + 1]] for k in range(n)]


#: Padded entries per block of rows partitioned at once (bounds the temporary arrays).
_PARTITION_BLOCK = 1 << 22


def _row_thresholds(
    values: np.ndarray[Any, Any], lengths: np.ndarray[Any, Any], limit: int
) -> np.ndarray[Any, Any]:
    """Each row's ``limit``-th highest of ``values`` (rows one after another); -inf for shorter rows.

    Rows of about the same length (the same power of two) are padded with -inf into one
    array and partitioned together.
    """
    if limit < 1:
        return np.full(len(lengths), np.inf)  # nothing is chosen
    out = np.full(len(lengths), -np.inf)
    starts = np.concatenate(([0], np.cumsum(lengths)))
    long = np.flatnonzero(lengths > limit)
    widths = np.left_shift(1, np.ceil(np.log2(lengths[long])).astype(np.int64))
    for width in np.unique(widths).tolist():
        rows = long[widths == width]
        step = max(1, _PARTITION_BLOCK // width)
        for lo in range(0, len(rows), step):
            part = rows[lo : lo + step]
            inside = np.arange(width) < lengths[part, None]
            padded = np.full((len(part), width), -np.inf)
            padded[inside] = values[(starts[part, None] + np.arange(width))[inside]]
            out[part] = np.partition(padded, width - limit, axis=1)[:, width - limit]
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


def sha1_hash32(data: bytes) -> int:
    """datasketch's default term hash: the first 4 bytes of the SHA-1 digest, little-endian."""
    return int.from_bytes(hashlib.sha1(data, usedforsecurity=False).digest()[:4], "little")


def permutations(num_perm: int, seed: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The affine permutations ``(a, b)`` of ``datasketch.MinHash(num_perm, seed)`` (scheme "affine32").

    Made here as datasketch makes them (the tests compare them): importing datasketch loads
    its LSH module and with it ``scipy.integrate``, about a second that a compile only spent
    on these two rows of numbers.
    """
    gen = np.random.RandomState(seed)  # datasketch's generator, for its numbers
    a = gen.randint(0, 1 << 31, num_perm, dtype=np.uint32) * np.uint32(2) + np.uint32(1)
    b = gen.randint(0, 1 << 32, num_perm, dtype=np.uint32)
    return a, b


def signature_matrix(
    term_sets: Sequence[np.ndarray[Any, Any]],
    terms: Sequence[str | None],
    *,
    num_perm: int,
    seed: int,
    hashfunc: Callable[[bytes], int] | None = None,
    chunk: int = 4096,
    threads: int = 1,
) -> np.ndarray[Any, Any]:
    """MinHash signatures of sets of term indices, one row per set, as datasketch computes them.

    Row k equals ``datasketch.MinHash(num_perm, seed)`` updated with the terms
    of set k (the tests check this), but each distinct term is hashed once and
    the minimum is taken for many sets at a time. Empty sets give the all-max
    row. ``hashfunc`` replaces the 32-bit SHA-1 term hash, e.g. in tests. ``threads``: chunks
    of sets worked out at once (numpy releases the GIL for the products and minima).
    """
    hashfunc = hashfunc or sha1_hash32
    a, b = permutations(num_perm, seed)
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

    def sign(start: int) -> None:
        block = list(term_sets[start : start + chunk])
        sizes = np.fromiter((len(t) for t in block), dtype=np.int64, count=len(block))
        present = np.flatnonzero(sizes)
        if not len(present):
            return
        ids = np.concatenate([block[k] for k in present])
        permuted = mixed[ids][:, None] * a[None, :] + b[None, :]
        offsets = np.concatenate(([0], np.cumsum(sizes[present])[:-1]))
        out[start + present] = np.minimum.reduceat(permuted, offsets, axis=0)

    in_threads(sign, range(0, len(term_sets), chunk), threads)
    return out


def lean_minhash(signature: np.ndarray[Any, Any], seed: int) -> LeanMinHash:
    """A datasketch ``LeanMinHash`` for one signature row (for datasketch indexes and storage)."""
    from datasketch import LeanMinHash  # noqa: PLC0415 - only the shared index needs datasketch

    return LeanMinHash(seed=seed, hashvalues=signature, scheme="affine32")
