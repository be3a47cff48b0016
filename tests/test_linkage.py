"""The dense average-link gives the heap's groups, merge for merge."""

from __future__ import annotations

from random import Random

import numpy as np
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.cluster.grouping import _batch_groups, _linked
from digest.cluster.linkage import average_link, dense_average_link

#: Few distinct scores make ties and means that come back to an earlier value (the hard cases).
_SCORES = st.sampled_from([0.0, 0.06, 0.24, 0.28, 0.44, 0.5, 1.0]) | st.floats(0, 1).map(
    lambda x: round(x, 6)
)


@st.composite
def graphs(draw: st.DrawFn) -> tuple[np.ndarray, dict[tuple[int, int], float], list[int] | None, float]:
    """A symmetric score matrix, the same scores as edges, labels that keep members apart, a threshold."""
    n = draw(st.integers(2, 30))
    dense = np.zeros((n, n))
    edges: dict[tuple[int, int], float] = {}
    for i in range(n):
        for j in range(i + 1, n):
            if draw(st.booleans()):
                score = draw(_SCORES)
                dense[i, j] = dense[j, i] = score
                edges[i, j] = score
    apart = draw(st.none() | st.lists(st.integers(-1, 2), min_size=n, max_size=n))
    return dense, edges, apart, draw(st.sampled_from([0.05, 0.2, 0.3, 0.5]))


@settings(max_examples=400, deadline=None)
@given(graphs())
def test_dense_average_link_is_the_heap(
    graph: tuple[np.ndarray, dict[tuple[int, int], float], list[int] | None, float],
) -> None:
    """Where it answers, the dense path gives the heap's groups exactly (it declines rather than differ)."""
    dense, edges, apart, threshold = graph
    found = dense_average_link(dense, threshold, None if apart is None else np.asarray(apart))
    if found is not None:
        assert found == average_link(range(len(dense)), edges, threshold, apart)


def test_dense_average_link_answers_distinct_scores() -> None:
    """With distinct scores (as real similarities are) it answers, and as the heap does."""
    rng = np.random.default_rng(3)
    n = 60
    dense = np.triu(np.round(rng.random((n, n)), 6), k=1)
    dense = dense + dense.T
    edges = {(i, j): float(dense[i, j]) for i in range(n) for j in range(i + 1, n)}
    found = dense_average_link(dense, 0.5)
    assert found is not None
    assert found == average_link(range(n), edges, 0.5)


@settings(max_examples=40, deadline=None)
@given(
    st.lists(st.integers(2, 9), min_size=1, max_size=6),
    st.randoms(use_true_random=False),
)
def test_batch_groups_are_each_components_own(sizes: list[int], rng: Random) -> None:
    """Parts found in one graph of a whole batch give each component the groups it gives alone."""
    batch, start = [], 0
    for size in sizes:
        batch.append(list(range(start, start + size)))
        start += size + rng.randint(0, 3)
    pairs = [np.triu_indices(len(c), k=1) for c in batch]
    scores = np.asarray([round(rng.choice([0.1, 0.3, 0.6, 0.9]), 6) for p in pairs for _ in p[0]])
    apart = [-1] * start
    alone, at = [], 0
    for component, (first, second) in zip(batch, pairs, strict=True):
        alone.extend(_linked(component, first, second, scores[at : at + len(first)], 0.5, apart))
        at += len(first)
    assert _batch_groups(batch, scores, 0.5, apart, None) == alone
