"""Average-link agglomeration over a sparse similarity graph (stories, or groups of them)."""

from __future__ import annotations

import heapq
from collections.abc import Sequence
from typing import Any

import numpy as np

__all__ = ["average_link", "dense_average_link"]


def average_link(
    members: Sequence[int],
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Sequence[int] | None = None,
    *,
    label_sets: Sequence[frozenset[int]] | None = None,
) -> list[list[int]]:
    """Average-link agglomeration over a sparse similarity graph.

    A missing edge counts as similarity 0, so merging two groups needs their
    mean pairwise similarity, not one bridging pair, to reach ``threshold``.
    Ties merge the pair of groups with the smallest member indices first.
    Members with the same non-negative ``apart`` label never end up in one group; with
    ``label_sets``, members whose label sets intersect never do.
    """
    labels: dict[int, set[int]] = {
        m: (
            set(label_sets[m])
            if label_sets is not None
            else {apart[m]}
            if apart is not None and apart[m] >= 0
            else set()
        )
        for m in members
    }
    size = dict.fromkeys(members, 1)
    links: dict[int, dict[int, float]] = {m: {} for m in members}
    group = {m: [m] for m in members}
    for (a, b), score in edges.items():
        links[a][b] = links[a].get(b, 0.0) + score
        links[b][a] = links[b].get(a, 0.0) + score
    heap = [(-s, a, b) for (a, b), s in edges.items() if s >= threshold]
    heapq.heapify(heap)
    while heap:
        negative, a, b = heapq.heappop(heap)
        if a not in size or b not in size:
            continue
        mean = links[a].get(b, 0.0) / (size[a] * size[b])
        if abs(mean + negative) > 1e-12:
            continue  # stale entry: a fresher one for this pair is in the heap
        if labels[a] & labels[b]:
            continue  # two stories of one edition
        keep, gone = min(a, b), max(a, b)
        labels[keep] |= labels.pop(gone)
        size[keep] += size.pop(gone)
        group[keep].extend(group.pop(gone))
        for other, total in links.pop(gone).items():
            links[other].pop(gone, None)
            if other == keep:
                continue
            merged = links[keep].get(other, 0.0) + total
            links[keep][other] = merged
            links[other][keep] = merged
        links[keep].pop(gone, None)
        for other, total in links[keep].items():
            mean = total / (size[keep] * size[other])
            if mean >= threshold:
                heapq.heappush(heap, (-mean, min(keep, other), max(keep, other)))
    return [sorted(g) for _, g in sorted(group.items())]


#: A heap entry this close to its pair's mean is taken as fresh by :func:`average_link`.
_SAME_MEAN = 1e-12


def dense_average_link(  # noqa: PLR0915 - one loop, kept whole to read as the heap's
    scores: np.ndarray[Any, Any], threshold: float, apart: np.ndarray[Any, Any] | None = None
) -> list[list[int]] | None:
    """:func:`average_link` over members ``0..n-1`` with every pair's score in a symmetric matrix.

    The same merges in the same order, with numpy rows instead of a heap of every pair:
    each group keeps its best partner (highest entry, then lowest index, as the heap pops)
    and a merge updates one row and the rows that pointed at the two groups. Sums and means
    are the same float operations. The heap takes an older entry of a pair within
    ``_SAME_MEAN`` of its mean as fresh (a mean of equal scores can differ from them in the
    last bit): each pair keeps the range of its entries near its mean, and ranks by the
    highest. An entry further than ``3 * _SAME_MEAN`` from the pair's new mean is dropped
    (means of pairs move by far more, or by a last bit); in between, and with a
    ``threshold`` of 0 (the heap never sees pairs without an edge), None: the caller uses
    :func:`average_link`. ``apart``: a label per member, -1 for none (equal labels never meet).
    """
    n = len(scores)
    if threshold <= 0:
        return None
    total = np.array(scores, dtype=np.float64)
    np.fill_diagonal(total, 0.0)
    size = np.ones(n, dtype=np.int64)
    labels = _labels(apart, n)
    high = np.where(total >= threshold, total, -np.inf)  # each pair's entries near its mean: highest
    low = np.where(total >= threshold, total, np.inf)  # and lowest
    rank = high.copy()  # what the heap pops a pair by: -inf when it never will
    np.fill_diagonal(rank, -np.inf)
    if apart is not None:
        rank[(apart[:, None] == apart[None, :]) & (apart >= 0)[:, None]] = -np.inf
    best = rank.max(axis=1)
    partner = rank.argmax(axis=1)
    group: dict[int, list[int]] = {k: [k] for k in range(n)}
    alive = np.ones(n, dtype=bool)
    queued = _Queued(n)
    while True:
        value = best.max()
        if value == -np.inf:
            break
        keep = int(np.argmax(best == value))  # the lowest pair of the highest entry, as the heap pops
        gone = int(partner[keep])
        total[keep] += total[gone]
        total[:, keep] = total[keep]
        size[keep] += size[gone]
        group[keep].extend(group.pop(gone))
        alive[gone] = False
        best[gone] = -np.inf
        rank[gone] = -np.inf
        rank[:, gone] = -np.inf
        mean = total[keep] / (size[keep] * size).astype(np.float64)
        if not queued.meets(keep, mean, alive, threshold):
            return None
        entries = _entries(mean, high[keep], low[keep], alive, threshold)
        if entries is None:
            return None
        queued.keep(keep, high[keep], low[keep], entries[2])
        high[keep], low[keep] = entries[:2]
        high[:, keep], low[:, keep] = entries[:2]
        live = alive & (high[keep] > -np.inf)
        live[keep] = False
        if labels is not None:
            labels[keep] |= labels[gone]
            live &= ~labels[:, labels[keep]].any(axis=1)
        row = np.where(live, high[keep], -np.inf)
        rank[keep] = row
        rank[:, keep] = row
        best[keep] = row.max()
        partner[keep] = row.argmax()
        lost = alive & ((partner == keep) | (partner == gone))
        lost[keep] = False
        if lost.any():
            best[lost] = rank[lost].max(axis=1)
            partner[lost] = rank[lost].argmax(axis=1)
        gained = live & ((row > best) | ((row == best) & (keep < partner)))
        best[gained] = row[gained]
        partner[gained] = keep
    return [sorted(group[k]) for k in sorted(group)]


class _Queued:
    """Heap entries of pairs whose mean moved away from them: they stay queued in the heap, and
    a mean that comes back within ``_SAME_MEAN`` of one would take it as fresh.

    Kept per pair and 1e-9 cell of the value, as the lowest and highest entry there.
    """

    def __init__(self, n: int) -> None:
        self.n = n
        self.cells: dict[int, tuple[float, float]] = {}
        self.has = np.zeros((n, n), dtype=bool)

    def _keys(self, keep: int, others: np.ndarray[Any, Any], values: np.ndarray[Any, Any]) -> list[int]:
        pair = np.minimum(others, keep) * self.n + np.maximum(others, keep)
        keys: list[int] = (pair * (1 << 31) + np.floor(values * 1e9).astype(np.int64)).tolist()
        return keys

    def keep(
        self, keep: int, high: np.ndarray[Any, Any], low: np.ndarray[Any, Any], far: np.ndarray[Any, Any]
    ) -> None:
        """Remember the entries (``low`` to ``high``) of the pairs of ``keep`` now ``far`` from their mean."""
        dropped = np.flatnonzero(far)
        if not len(dropped):
            return
        self.has[keep, dropped] = self.has[dropped, keep] = True
        highs, lows = high[dropped], low[dropped]
        cells = self.cells
        for values in (highs, lows):
            for key, top, bottom in zip(
                self._keys(keep, dropped, values), highs.tolist(), lows.tolist(), strict=True
            ):
                seen = cells.get(key)
                cells[key] = (bottom, top) if seen is None else (min(seen[0], bottom), max(seen[1], top))

    def meets(
        self, keep: int, mean: np.ndarray[Any, Any], alive: np.ndarray[Any, Any], threshold: float
    ) -> bool:
        """Whether the heap takes no queued entry of a pair of ``keep`` for its new ``mean``.

        It would when the entry is within ``_SAME_MEAN`` of the mean and above it (it pops
        first), or the mean is below ``threshold`` (never pushed); an entry equal to the mean,
        or below a pushed mean, changes nothing. Near means are judged with a margin.
        """
        others = np.flatnonzero(self.has[keep] & alive)
        if not len(others):
            return True
        values = mean[others]
        cells = self.cells
        for step in (-1e-9, 0.0, 1e-9):
            for key, value in zip(self._keys(keep, others, values + step), values.tolist(), strict=True):
                seen = cells.get(key)
                if seen is None:
                    continue
                bottom, top = seen
                if top < value - 3 * _SAME_MEAN or bottom > value + 3 * _SAME_MEAN:
                    continue  # every entry there is far from the mean
                if bottom == top == value:
                    continue
                if value >= threshold and top <= value:
                    continue
                return False
        return True


def _labels(apart: np.ndarray[Any, Any] | None, n: int) -> np.ndarray[Any, Any] | None:
    """A member x label matrix of ``apart`` (None when no member has a label)."""
    if apart is None or not (apart >= 0).any():
        return None
    names, codes = np.unique(apart[apart >= 0], return_inverse=True)
    labels = np.zeros((n, len(names)), dtype=bool)
    labels[np.flatnonzero(apart >= 0), codes] = True
    return labels


def _entries(
    mean: np.ndarray[Any, Any],
    high: np.ndarray[Any, Any],
    low: np.ndarray[Any, Any],
    alive: np.ndarray[Any, Any],
    threshold: float,
) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any], np.ndarray[Any, Any]] | None:
    """The range of each pair's heap entries near its new ``mean``, and which pairs' entries are
    now far from it (None: too close to tell)."""
    had = alive & (high > -np.inf)
    near = had & (np.abs(high - mean) <= _SAME_MEAN) & (np.abs(low - mean) <= _SAME_MEAN)
    far = had & ((mean < low - 3 * _SAME_MEAN) | (mean > high + 3 * _SAME_MEAN))
    if (had & ~near & ~far).any():
        return None
    pushed = alive & (mean >= threshold)
    return (
        np.where(pushed, np.where(near, np.maximum(high, mean), mean), np.where(near, high, -np.inf)),
        np.where(pushed, np.where(near, np.minimum(low, mean), mean), np.where(near, low, np.inf)),
        far,
    )
