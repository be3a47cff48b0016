"""Average-link agglomeration over a sparse similarity graph (stories, or groups of them)."""

from __future__ import annotations

import heapq
from collections.abc import Sequence

__all__ = ["average_link"]


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
