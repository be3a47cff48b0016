"""Pair dot products, a chunk of pairs at a time, equal each pair's sum of products alone."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.sparse import csr_matrix
from scipy.sparse import random as sparse_random

from digest.cluster import model as _model
from digest.cluster.model import pair_dots


def _row(matrix: csr_matrix, k: int) -> dict[int, float]:
    span = slice(matrix.indptr[k], matrix.indptr[k + 1])
    return dict(zip(matrix.indices[span].tolist(), matrix.data[span].tolist(), strict=True))


def _plain(matrix: csr_matrix, rows: np.ndarray, cols: np.ndarray) -> list[float]:
    """Each pair's products over their shared columns, in column order, summed as scipy sums a row."""
    out = []
    for r, c in zip(rows.tolist(), cols.tolist(), strict=True):
        left, right = _row(matrix, r), _row(matrix, c)
        products = [left[k] * value for k, value in right.items() if k in left]
        out.append(float(np.add.reduceat(np.asarray(products), [0])[0]) if products else 0.0)
    return out


@pytest.mark.parametrize("entries", [1, 50, 2_000_000])
def test_chunks_of_any_size_give_the_plain_sums(monkeypatch: pytest.MonkeyPatch, entries: int) -> None:
    """Chunks cut by how many row entries they copy: bit for bit each pair's own sum, whatever the cut."""
    rng = np.random.default_rng(21)
    matrix = sparse_random(300, 80, density=0.2, format="csr", random_state=rng)
    matrix.sort_indices()
    rows, cols = rng.integers(0, 300, 5_000), rng.integers(0, 300, 5_000)
    monkeypatch.setattr(_model, "_CHUNK_ENTRIES", entries)
    assert pair_dots(matrix, rows, cols).tolist() == _plain(matrix, rows, cols)


@pytest.mark.parametrize("threads", [2, 3])
def test_chunks_on_threads_give_the_plain_sums(monkeypatch: pytest.MonkeyPatch, threads: int) -> None:
    """Chunks worked out on several threads: each pair's own sum, in the pairs' order."""
    rng = np.random.default_rng(7)
    matrix = sparse_random(400, 90, density=0.2, format="csr", random_state=rng)
    matrix.sort_indices()
    rows, cols = rng.integers(0, 400, 12_000), rng.integers(0, 400, 12_000)
    monkeypatch.setattr(_model, "_CHUNK_ENTRIES", 50)  # chunks of 1,000 pairs: twelve of them
    assert pair_dots(matrix, rows, cols, threads).tolist() == _plain(matrix, rows, cols)
    assert pair_dots(matrix, rows[:0], cols[:0], threads).tolist() == []
