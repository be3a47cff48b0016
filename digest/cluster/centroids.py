"""A second pass over the groups: groups whose word and name centroids agree report one event.

Average-link over story pairs is strict on purpose (one story resembling two events cannot
chain them), so one event retold in many short forms (a tweet, a forum title, a chat
summary, a newsletter paragraph) can end up as several groups whose every cross pair is
weak. Together each group's stories say more: the cosine of two groups' TF-IDF centroids
(the sum of their rows) is high when they tell one event, and stays low for groups that
only share a topic. The groups are merged by average-link again, on centroid cosines,
with the same-edition rule kept (with ``same_edition_penalty`` at 0, two stories of one curated
edition never meet).

Centroids see topics as well as events, so two guards keep the pass to events: two groups
merge only if one pair of their stories is verified at ``centroid_bridge`` (with every rule
of the pairwise score), and a group of chat summaries alone (a community recap's "Members
discussed ...", "A user found ...") keeps to itself: talk about one product in several
threads has alike centroids by construction.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from scipy.sparse import csr_matrix, diags

from digest.cluster.candidates import neighbour_pairs
from digest.cluster.linkage import average_link
from digest.cluster.model import Model, pair_dots

__all__ = ["regroup"]


def regroup(
    model: Model,
    groups: Sequence[Sequence[int]],
    apart: Sequence[int],
    bridges: tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]] | None = None,
) -> list[list[int]]:
    """Which ``groups`` (lists of story indices) form one event: lists of group numbers, in order.

    ``bridges``: the verified story pairs and their scores; with ``centroid_bridge`` set, two
    groups merge only if one of their cross pairs scores at least that.
    """
    settings = model.settings
    threshold = settings.centroid_threshold
    count = len(groups)
    if threshold <= 0 or count < 2:
        return [[k] for k in range(count)]
    # Topic lists stay alone: their centroid is one headline of names. Groups of long
    # articles are left as they are: their pair cosines already see the whole event.
    # A group of chat summaries only ("Members discussed ...", "A user found ...") is one
    # conversation: groups of talk about one product have alike centroids by construction.
    usable = _usable(model, groups)
    membership = _membership(groups, usable, len(model.stories))
    words, names = _unit_rows(membership @ model.words), _unit_rows(membership @ model.names)
    if count <= settings.exhaustive_limit:
        first, second = np.triu_indices(count, k=1)
    else:
        pairs = neighbour_pairs(words, names, settings)
        pairs = np.unique(np.sort(pairs, axis=1), axis=0)
        first, second = pairs[:, 0], pairs[:, 1]
    weight = settings.name_weight
    scores = (1 - weight) * pair_dots(words, first, second) + weight * pair_dots(names, first, second)
    # Groups that name years, none of them shared, are look-alikes of different years.
    years = membership @ model.years
    dated = (np.diff(years.indptr)[first] > 0) & (np.diff(years.indptr)[second] > 0)
    disjoint = dated & (pair_dots(years, first, second) == 0)
    scores = np.where(disjoint, scores * settings.year_penalty, scores)
    if bridges is not None and settings.centroid_bridge > 0:
        best = _best_bridge(groups, len(model.stories), bridges, first.astype(np.int64) * count + second)
        scores = np.where(best >= settings.centroid_bridge, scores, 0.0)
    keep = scores >= threshold / 2
    edges = dict(
        zip(zip(first[keep].tolist(), second[keep].tolist(), strict=True), scores[keep].tolist(), strict=True)
    )
    labels = [frozenset(apart[m] for m in g if apart[m] >= 0) for g in groups]
    return average_link(range(count), edges, threshold, label_sets=labels)


def _usable(model: Model, groups: Sequence[Sequence[int]]) -> np.ndarray[Any, Any]:
    """Whether each group is neither topic lists only nor chat summaries only, and its stories'
    median count of terms is at most ``short_story_terms``: all groups at once."""
    sizes = np.fromiter((len(g) for g in groups), dtype=np.int64, count=len(groups))
    usable = sizes > 0
    if not usable.any():
        return usable
    members = np.fromiter((m for g in groups for m in g), dtype=np.int64, count=int(sizes.sum()))
    starts = (np.cumsum(sizes) - sizes)[usable]
    lengths = sizes[usable]
    usable[usable] = ~np.logical_and.reduceat(model.listing[members], starts) & ~np.logical_and.reduceat(
        model.discussion[members], starts
    )
    # Each group's terms in ascending order: the median is its middle one, or the mean of its
    # middle two (a + b <= 2 * limit is that mean <= limit, exactly, in integers).
    terms = np.diff(model.words.indptr)[members]
    group = np.repeat(np.arange(len(groups)), sizes)
    ordered = terms[np.lexsort((terms, group))]
    low, high = ordered[starts + (lengths - 1) // 2], ordered[starts + lengths // 2]
    usable[sizes > 0] &= low + high <= 2 * model.settings.short_story_terms
    return usable


def _best_bridge(
    groups: Sequence[Sequence[int]],
    stories: int,
    bridges: tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]],
    wanted: np.ndarray[Any, Any],
) -> np.ndarray[Any, Any]:
    """For each group pair code in ``wanted`` (i * count + j, i < j), the best score of the
    ``bridges`` (story pairs and their scores) between the two groups; 0 where none is."""
    pairs, scores = bridges
    count = len(groups)
    group_of = np.full(stories, -1, dtype=np.int64)
    for k, members in enumerate(groups):
        group_of[np.asarray(members, dtype=np.int64)] = k
    left, right = group_of[pairs[:, 0]], group_of[pairs[:, 1]]
    across = (left >= 0) & (right >= 0) & (left != right)
    codes = np.minimum(left, right)[across] * count + np.maximum(left, right)[across]
    order = np.lexsort((scores[across], codes))
    codes, best = codes[order], scores[across][order]
    last = np.flatnonzero(np.append(codes[1:] != codes[:-1], len(codes) > 0))  # each code's highest
    codes, best = codes[last], best[last]
    if not len(codes):
        return np.zeros(len(wanted))
    at = np.minimum(np.searchsorted(codes, wanted), len(codes) - 1)
    return np.where(codes[at] == wanted, best[at], 0.0)


def _membership(groups: Sequence[Sequence[int]], usable: np.ndarray[Any, Any], stories: int) -> csr_matrix:
    """A 0/1 matrix with a row per group and a column per story (empty rows for unusable groups)."""
    sizes = np.asarray([len(g) if ok else 0 for g, ok in zip(groups, usable, strict=True)], dtype=np.int64)
    columns = np.asarray([m for g, ok in zip(groups, usable, strict=True) if ok for m in g], dtype=np.int64)
    indptr = np.concatenate(([0], np.cumsum(sizes)))
    return csr_matrix((np.ones(len(columns)), columns, indptr), shape=(len(groups), stories))


def _unit_rows(matrix: csr_matrix) -> csr_matrix:
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return csr_matrix(diags(1.0 / norms) @ matrix)
