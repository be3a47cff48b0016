"""Cluster the stories that report the same event, across sources and within one.

Four steps, each growing about linearly with the number of stories:

1. **Candidates**: every pair of a small run; in a large one, LSH band collisions of
   salient-term MinHash signatures, each story's nearest neighbours, and shared links
   (:mod:`digest.cluster.candidates`).
2. **Verification** (:mod:`digest.cluster.model`): TF-IDF cosine over words and over names
   and numbers with their factors, all pairs at once; first without the edition rule, to
   tell recap editions from curated ones (:mod:`digest.cluster.editions`). Pairs that share
   no rare word share a topic, not an event, and keep ``topic_only_factor`` of it.
3. **Grouping**: average-link agglomeration inside each connected group of candidates, so
   one story that resembles two events cannot chain them together.
4. **Regrouping** of short stories' groups on their centroids (:mod:`digest.cluster.centroids`).

The result does not depend on the order of the input stories.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np

from digest.cluster.candidates import ALL_PAIRS, candidate_pairs, source_names
from digest.cluster.centroids import regroup
from digest.cluster.editions import edition_rule, recap_editions
from digest.cluster.linkage import average_link
from digest.cluster.model import Model
from digest.models import Similarity, Story, StoryCluster
from digest.settings import ClusterSettings
from digest.text.ids import story_id


class _Run(NamedTuple):
    """A run's candidate pairs with their verified similarity and the sources that found them."""

    pairs: np.ndarray[Any, Any]
    scores: np.ndarray[Any, Any]
    source: np.ndarray[Any, Any]


def _run(model: Model, hashfunc: Callable[[bytes], int] | None) -> _Run:
    """Score the candidate pairs and decide which editions are recaps (``model.recap``).

    A run of up to ``exhaustive_limit`` stories compares every pair (no candidate is missed);
    a larger one its LSH, neighbour and same-link candidates.
    """
    settings, n = model.settings, len(model.stories)
    if n <= settings.exhaustive_limit:
        first, second = np.triu_indices(n, k=1)
        pairs = np.stack((first, second), axis=1).astype(np.int64)
        words = (model.words @ model.words.T).toarray()[first, second]
        names = (model.names @ model.names.T).toarray()[first, second]
        source = np.full(len(pairs), ALL_PAIRS, dtype=np.uint8)
    else:
        found = candidate_pairs(
            model.words,
            model.names,
            single=model.single_words,
            terms=model.terms,
            urls=model.urls,
            settings=settings,
            hashfunc=hashfunc,
        )
        pairs, source = found.pairs, found.source
        words, names = model.cosine(pairs[:, 0], pairs[:, 1])
    model.recap[:] = True  # first without the edition rule: how much each edition retells itself
    scores = _scores(model, pairs, words, names)
    editions = model.editions
    model.recap[:] = recap_editions(model.stories, editions, pairs, scores, settings)
    same = (editions[pairs[:, 0]] >= 0) & (editions[pairs[:, 0]] == editions[pairs[:, 1]])
    if same.any():
        rows, cols = pairs[same, 0], pairs[same, 1]
        scores[same] = model.combine(rows, cols, words[same], names[same]).score
    return _Run(pairs, scores, source)


#: Pairs whose signals are combined at once (bounds the memory of the temporary arrays).
_CHUNK = 200_000


def _scores(model: Model, pairs: np.ndarray[Any, Any], words: Any, names: Any) -> np.ndarray[Any, Any]:
    """The verified similarity of ``pairs``, a chunk at a time."""
    out: np.ndarray[Any, Any] = np.empty(len(pairs))
    for lo in range(0, len(pairs), _CHUNK):
        part = slice(lo, lo + _CHUNK)
        out[part] = model.combine(pairs[part, 0], pairs[part, 1], words[part], names[part]).score
    return out


def _components(n: int, edges: Iterable[tuple[int, int]]) -> list[list[int]]:
    """Connected components (union-find), each sorted, in order of their first member."""
    parent = list(range(n))

    def root(x: int) -> int:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    for a, b in edges:
        ra, rb = root(a), root(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)
    groups: dict[int, list[int]] = defaultdict(list)
    for x in range(n):
        groups[root(x)].append(x)
    return [groups[k] for k in sorted(groups)]


def _pairs(members: Sequence[int]) -> list[tuple[int, int]]:
    """Every pair (a, b) of sorted ``members``, a before b."""
    return [(a, b) for k, a in enumerate(members) for b in members[k + 1 :]]


def _cohesion(members: Sequence[int], edges: dict[tuple[int, int], float]) -> float:
    if len(members) < 2:
        return 1.0
    total = sum(edges.get((a, b), 0.0) for k, a in enumerate(members) for b in members[k + 1 :])
    return round(total / (len(members) * (len(members) - 1) / 2), 4)


def _ordered(stories: Sequence[Story]) -> list[Story]:
    """Stories in a canonical order (by id, then origin), so input order cannot matter."""
    return sorted(stories, key=lambda s: (s.id, s.path, s.position))


def cluster_stories(
    stories: Sequence[Story],
    settings: ClusterSettings | None = None,
    *,
    hashfunc: Callable[[bytes], int] | None = None,
    workers: int = 1,
) -> tuple[StoryCluster, ...]:
    """Group ``stories`` into clusters that each report one event.

    Every story is in exactly one cluster (a story alone is a cluster of one).
    Clusters come largest first, then by their first member's id; members in
    id order. ``hashfunc`` replaces the MinHash hash, e.g. in tests. ``workers``
    processes share the counting of a large run (the result does not change).
    """
    settings = settings or ClusterSettings()
    ordered = _ordered(stories)
    if not ordered:
        return ()
    model = Model(ordered, settings, workers)
    run = _run(model, hashfunc)
    keep = run.scores >= settings.threshold / 2
    edge_pairs, edge_scores = run.pairs[keep], run.scores[keep]
    del run
    apart = model.apart()
    groups: list[tuple[list[int], float]] = []

    def add(members: Sequence[int], local: dict[tuple[int, int], float]) -> None:
        groups.append((list(members), _cohesion(members, local)))

    components = _components(len(ordered), edge_pairs.tolist())
    # Groups up to the limit are scored all-pairs from Gram matrices, a batch of groups at a time.
    for batch in _batches([c for c in components if 1 < len(c) <= settings.exhaustive_limit]):
        rows, cols, words, names = _component_cosines(model, batch)
        found = model.combine(rows, cols, words, names).score
        start = 0
        for component in batch:
            count = len(component) * (len(component) - 1) // 2
            local = dict(zip(_pairs(component), found[start : start + count].tolist(), strict=True))
            start += count
            for group in average_link(component, local, settings.threshold, apart):
                add(group, local)
    for component in components:
        if len(component) == 1:
            add(component, {})
        elif len(component) > settings.exhaustive_limit:
            inside = np.isin(edge_pairs[:, 0], component)
            local = dict(
                zip(map(tuple, edge_pairs[inside].tolist()), edge_scores[inside].tolist(), strict=True)
            )
            for group in average_link(component, local, settings.threshold, apart):
                add(group, local)
    groups.sort(key=lambda g: g[0][0])
    clusters = [
        _cluster(model, ordered, [groups[k] for k in parts])
        for parts in regroup(model, [g[0] for g in groups], apart)
    ]
    clusters.sort(key=lambda c: (-len(c.story_ids), c.story_ids[0]))
    return tuple(clusters)


def _cluster(
    model: Model, ordered: Sequence[Story], parts: Sequence[tuple[list[int], float]]
) -> StoryCluster:
    """One cluster of the groups ``parts``; merged groups' cohesion is the mean of all their pairs."""
    members = sorted(m for part in parts for m in part[0])
    if len(parts) == 1:
        cohesion = parts[0][1]
    else:
        first, second = np.triu_indices(len(members), k=1)
        rows, cols = np.asarray(members)[first], np.asarray(members)[second]
        word, name = model.cosine(rows, cols)
        cohesion = round(float(model.combine(rows, cols, word, name).score.mean()), 4)
    ids = tuple(ordered[i].id for i in members)
    return StoryCluster(id=story_id("cluster", *ids), story_ids=ids, cohesion=cohesion)


def _batches(components: Sequence[list[int]], members: int = 512) -> Iterator[list[list[int]]]:
    """Components in order, grouped into about ``members`` stories (a larger component alone)."""
    batch: list[list[int]] = []
    size = 0
    for component in components:
        if batch and size + len(component) > members:
            yield batch
            batch, size = [], 0
        batch.append(component)
        size += len(component)
    if batch:
        yield batch


def _component_cosines(model: Model, components: Sequence[Sequence[int]]) -> tuple[Any, Any, Any, Any]:
    """Every pair (i < j) inside each component, with word and name cosines from one Gram matrix.

    Gram entries are the cosines :meth:`Model.cosine` gives: each sums a row's products in
    column order, whatever other rows the matrix holds.
    """
    members = np.asarray([m for c in components for m in c], dtype=np.int64)
    words = model.words[members]
    names = model.names[members]
    word_gram = (words @ words.T).toarray()
    name_gram = (names @ names.T).toarray()
    firsts, seconds = [], []
    offset = 0
    for component in components:
        first, second = np.triu_indices(len(component), k=1)
        firsts.append(first + offset)
        seconds.append(second + offset)
        offset += len(component)
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    return members[first], members[second], word_gram[first, second], name_gram[first, second]


def similarity_in(
    stories: Sequence[Story],
    first: Story,
    second: Story,
    settings: ClusterSettings | None = None,
    *,
    hashfunc: Callable[[bytes], int] | None = None,
) -> Similarity:
    """The verified similarity of two of ``stories``, with the corpus statistics of all of them.

    Also says which candidate source (if any) found the pair and how the edition rule treats it.
    """
    ordered = _ordered(stories)
    model = Model(ordered, settings or ClusterSettings())
    run = _run(model, hashfunc)
    i, j = sorted((ordered.index(first), ordered.index(second)))
    found = np.flatnonzero((run.pairs[:, 0] == i) & (run.pairs[:, 1] == j))
    rows, cols = np.asarray([i]), np.asarray([j])
    word, name = model.cosine(rows, cols)
    signals = model.combine(rows, cols, word, name)
    return Similarity(
        words=round(float(word[0]), 6),
        names=round(float(name[0]), 6),
        year_factor=float(signals.year[0]),
        date_factor=round(float(signals.date[0]), 6),
        same_url=bool(signals.same_url[0]),
        score=float(signals.score[0]),
        edition_factor=float(signals.edition[0]),
        subject_factor=float(signals.subject[0]),
        candidate_source=source_names(int(run.source[found[0]]) if len(found) else 0),
        edition_rule=edition_rule(model.editions, model.recap, i, j),
        figure_matches=int(signals.figures[0]),
        evidence_factor=float(signals.evidence[0]),
        version_factor=float(signals.version[0]),
        rare_words=model.shared_rare_words(i, j),
    )


def cross_similarity(
    left: Sequence[Story], right: Sequence[Story], settings: ClusterSettings | None = None
) -> np.ndarray[Any, Any]:
    """Verified similarity of every story of ``left`` (rows) with every story of ``right`` (columns).

    Term weights come from both sides together, as if they were one run.
    """
    scores = np.zeros((len(left), len(right)))
    if not left or not right:
        return scores
    model = Model([*left, *right], settings or ClusterSettings())
    rows = np.repeat(np.arange(len(left), dtype=np.int64), len(right))
    cols = np.tile(np.arange(len(left), len(left) + len(right), dtype=np.int64), len(left))
    word, name = model.cosine(rows, cols)
    scores[:] = model.combine(rows, cols, word, name).score.reshape(len(left), len(right))
    return scores
