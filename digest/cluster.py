"""Cluster the stories that report the same event, across sources and within one.

Three steps, each growing about linearly with the number of stories:

1. **Candidates**: MinHash signatures of each story's salient terms, indexed
   in a MinHash LSH (datasketch), plus stories sharing a canonical URL.
2. **Verification**: a similarity that mixes TF-IDF cosine over all words with
   cosine over names and numbers, lowered when the stories mention disjoint
   years or are dated far apart, and raised to 1 for the same canonical URL.
3. **Grouping**: average-link agglomeration inside each connected group of
   candidates, so one story that resembles two events cannot chain them together.

The result does not depend on the order of the input stories.
"""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from typing import Any

import numpy as np
from attrs import frozen
from datasketch import MinHashLSH
from scipy.sparse import csr_matrix

from digest._ids import story_id
from digest.fingerprint import Features, features, idf_table, salient_terms, signatures, tfidf_matrix
from digest.models import Story
from digest.settings import ClusterSettings


@frozen
class StoryCluster:
    """Stories that report one event; ``story_ids`` in reading order of the sorted input.

    ``id`` is derived from the member ids, so the same members give the same id
    in every run. ``cohesion`` is the average pairwise similarity of the members
    (1.0 for a single story).
    """

    id: str
    story_ids: tuple[str, ...]
    cohesion: float


@frozen
class Similarity:
    """The verified similarity of two stories, signal by signal."""

    words: float
    names: float
    year_factor: float
    date_factor: float
    same_url: bool
    score: float


class _Model:
    """Corpus-wide statistics for one clustering run (not shared between runs)."""

    def __init__(self, stories: Sequence[Story], settings: ClusterSettings) -> None:
        self.stories = stories
        self.settings = settings
        self.features: list[Features] = [features(s) for s in stories]
        self.word_idf = idf_table([f.words for f in self.features])
        self.name_idf = idf_table([f.names for f in self.features])
        self.words: csr_matrix = tfidf_matrix([f.words for f in self.features], self.word_idf)
        self.names: csr_matrix = tfidf_matrix([f.names for f in self.features], self.name_idf)

    def cosine(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> tuple[Any, Any]:
        """Word and name cosines of the story pairs (rows[k], cols[k])."""
        word = np.asarray(self.words[rows].multiply(self.words[cols]).sum(axis=1)).ravel()
        name = np.asarray(self.names[rows].multiply(self.names[cols]).sum(axis=1)).ravel()
        return word, name

    def similarity(self, i: int, j: int) -> Similarity:
        """Every signal of one pair, for explanations."""
        word, name = self.cosine(np.asarray([i]), np.asarray([j]))
        return self._combine(i, j, float(word[0]), float(name[0]))

    def scores(self, pairs: Sequence[tuple[int, int]]) -> list[float]:
        """The verified similarity of each pair."""
        if not pairs:
            return []
        rows = np.asarray([p[0] for p in pairs])
        cols = np.asarray([p[1] for p in pairs])
        words, names = self.cosine(rows, cols)
        return [
            self._combine(i, j, float(w), float(n)).score
            for (i, j), w, n in zip(pairs, words, names, strict=True)
        ]

    def _combine(self, i: int, j: int, word: float, name: float) -> Similarity:
        settings = self.settings
        a, b = self.stories[i], self.stories[j]
        same_url = a.url is not None and a.url == b.url
        years_a, years_b = self.features[i].years, self.features[j].years
        year_factor = settings.year_penalty if years_a and years_b and not years_a & years_b else 1.0
        date_factor = 1.0
        if a.date is not None and b.date is not None:
            days = abs((a.date - b.date).days)
            window = settings.date_window_days
            if days > window:
                date_factor = max(0.5, 1.0 - 0.5 * (days - window) / (3 * window))
        score = ((1 - settings.name_weight) * word + settings.name_weight * name) * year_factor * date_factor
        if same_url:
            score = 1.0
        return Similarity(
            words=round(word, 6),
            names=round(name, 6),
            year_factor=year_factor,
            date_factor=round(date_factor, 6),
            same_url=same_url,
            score=round(min(score, 1.0), 6),
        )


def _candidate_pairs(model: _Model, hashfunc: Callable[[bytes], int] | None) -> set[tuple[int, int]]:
    """Pairs of story indices worth verifying: LSH collisions and shared canonical URLs."""
    settings = model.settings
    terms = [salient_terms(f.words, model.word_idf, settings.salient_terms) for f in model.features]
    sigs = signatures(terms, num_perm=settings.num_perm, seed=settings.seed, hashfunc=hashfunc)
    bands = settings.num_perm // settings.band_rows
    lsh = MinHashLSH(num_perm=settings.num_perm, params=(bands, settings.band_rows))
    with lsh.insertion_session() as session:
        for index, sig in enumerate(sigs):
            if terms[index]:
                session.insert(index, sig, check_duplication=False)
    pairs: set[tuple[int, int]] = set()
    for index, sig in enumerate(sigs):
        if not terms[index]:
            continue
        for other in lsh.query(sig):
            if other != index:
                pairs.add((min(index, other), max(index, other)))
    by_url: dict[str, list[int]] = defaultdict(list)
    for index, story in enumerate(model.stories):
        if story.url:
            by_url[story.url].append(index)
    for members in by_url.values():
        pairs.update((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
    return pairs


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


def average_link(
    members: Sequence[int], edges: dict[tuple[int, int], float], threshold: float
) -> list[list[int]]:
    """Average-link agglomeration over a sparse similarity graph.

    A missing edge counts as similarity 0, so merging two groups needs their
    mean pairwise similarity, not one bridging pair, to reach ``threshold``.
    Ties merge the pair of groups with the smallest member indices first.
    """
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
        keep, gone = min(a, b), max(a, b)
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
) -> tuple[StoryCluster, ...]:
    """Group ``stories`` into clusters that each report one event.

    Every story is in exactly one cluster (a story alone is a cluster of one).
    Clusters come largest first, then by their first member's id; members in
    id order. ``hashfunc`` replaces the MinHash hash, e.g. in tests.
    """
    settings = settings or ClusterSettings()
    ordered = _ordered(stories)
    if not ordered:
        return ()
    model = _Model(ordered, settings)
    candidates = sorted(_candidate_pairs(model, hashfunc))
    scores = model.scores(candidates)
    floor = settings.threshold / 2
    edges = {pair: s for pair, s in zip(candidates, scores, strict=True) if s >= floor}
    clusters: list[StoryCluster] = []

    def add(members: Sequence[int], local: dict[tuple[int, int], float]) -> None:
        ids = tuple(ordered[i].id for i in members)
        cohesion = _cohesion(members, local)
        clusters.append(StoryCluster(id=story_id("cluster", *ids), story_ids=ids, cohesion=cohesion))

    for component in _components(len(ordered), edges):
        if len(component) == 1:
            add(component, {})
            continue
        if len(component) <= settings.exhaustive_limit:
            pairs = [(a, b) for k, a in enumerate(component) for b in component[k + 1 :]]
            local = dict(zip(pairs, model.scores(pairs), strict=True))
        else:
            members = set(component)
            local = {p: s for p, s in edges.items() if p[0] in members}
        for group in average_link(component, local, settings.threshold):
            add(group, local)
    clusters.sort(key=lambda c: (-len(c.story_ids), c.story_ids[0]))
    return tuple(clusters)


def similarity_in(
    stories: Sequence[Story], first: Story, second: Story, settings: ClusterSettings | None = None
) -> Similarity:
    """The verified similarity of two of ``stories``, with the corpus statistics of all of them."""
    ordered = _ordered(stories)
    model = _Model(ordered, settings or ClusterSettings())
    return model.similarity(ordered.index(first), ordered.index(second))
