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
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np

from digest.cluster.fingerprint import salient_columns, signature_matrix
from digest.cluster.subjects import title_subjects
from digest.cluster.vectors import run_vectors
from digest.models import Format, Similarity, Story, StoryCluster
from digest.settings import ClusterSettings
from digest.text.ids import story_id


class _Signals(NamedTuple):
    year: Any
    date: Any
    edition: Any
    subject: Any
    same_url: Any
    score: Any


class _Model:
    """Corpus-wide statistics for one clustering run (not shared between runs)."""

    def __init__(self, stories: Sequence[Story], settings: ClusterSettings, workers: int = 1) -> None:
        self.stories = stories
        self.settings = settings
        vectors = run_vectors(stories, workers)
        self.words, self.terms, self.names = vectors.words, vectors.terms, vectors.names
        #: Columns of single words: the terms a story's signature may use.
        self.single_words = vectors.single
        self._years = vectors.years
        nat = np.iinfo(np.int64).min
        self._days = np.asarray([s.date.toordinal() if s.date else nat for s in stories], dtype=np.int64)
        urls = sorted({s.url for s in stories if s.url})
        url_ids = {u: k for k, u in enumerate(urls)}
        self._urls = np.asarray([url_ids[s.url] if s.url else -1 for s in stories], dtype=np.int64)
        self._editions = _edition_keys(stories)
        self._subjects = title_subjects(stories, named=vectors.named)

    def editions_apart(self) -> list[int]:
        """Edition labels that keep stories apart, or none when the penalty is switched off."""
        if self.settings.same_edition_penalty > 0:
            return [-1] * len(self.stories)
        return [int(k) for k in self._editions]

    def all_cosines(self) -> tuple[np.ndarray[Any, Any], Any, Any]:
        """Every pair (i < j) with its word and name cosines, from the two Gram matrices."""
        first, second = np.triu_indices(len(self.stories), k=1)
        word = (self.words @ self.words.T).toarray()[first, second]
        name = (self.names @ self.names.T).toarray()[first, second]
        return np.stack((first, second), axis=1).astype(np.int64), word, name

    def component_cosines(self, components: Sequence[Sequence[int]]) -> tuple[Any, Any, Any, Any]:
        """Every pair (i < j) inside each component, with word and name cosines from one Gram matrix.

        Gram entries are the cosines :meth:`all_cosines` gives: each sums a row's products in
        column order, whatever other rows the matrix holds.
        """
        members = np.asarray([m for c in components for m in c], dtype=np.int64)
        words = self.words[members]
        names = self.names[members]
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

    def cosine(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> tuple[Any, Any]:
        """Word and name cosines of the story pairs (rows[k], cols[k]), in chunks to bound memory."""
        word = np.empty(len(rows))
        name = np.empty(len(rows))
        # Each chunk copies the rows of its pairs: 20k pairs of 250-term rows is about 120 MB at a time.
        step = 20_000
        for lo in range(0, len(rows), step):
            r, c = rows[lo : lo + step], cols[lo : lo + step]
            word[lo : lo + step] = np.asarray(self.words[r].multiply(self.words[c]).sum(axis=1)).ravel()
            name[lo : lo + step] = np.asarray(self.names[r].multiply(self.names[c]).sum(axis=1)).ravel()
        return word, name

    def similarity(self, i: int, j: int) -> Similarity:
        """Every signal of one pair, for explanations."""
        rows, cols = np.asarray([i]), np.asarray([j])
        word, name = self.cosine(rows, cols)
        signals = self._combine(rows, cols, word, name)
        return Similarity(
            words=round(float(word[0]), 6),
            names=round(float(name[0]), 6),
            year_factor=float(signals.year[0]),
            date_factor=round(float(signals.date[0]), 6),
            same_url=bool(signals.same_url[0]),
            score=float(signals.score[0]),
            edition_factor=float(signals.edition[0]),
            subject_factor=float(signals.subject[0]),
        )

    def scores(self, pairs: Sequence[tuple[int, int]]) -> list[float]:
        """The verified similarity of each pair."""
        if not pairs:
            return []
        rows = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
        cols = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
        word, name = self.cosine(rows, cols)
        return [float(x) for x in self._combine(rows, cols, word, name).score]

    def _combine(
        self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any], word: Any, name: Any
    ) -> _Signals:
        settings = self.settings
        years = self._years
        disjoint = np.fromiter(
            (
                bool(years[i]) and bool(years[j]) and not years[i] & years[j]
                for i, j in zip(rows, cols, strict=True)
            ),
            dtype=bool,
            count=len(rows),
        )
        year_factor = np.where(disjoint, settings.year_penalty, 1.0)
        nat = np.iinfo(np.int64).min
        dated = (self._days[rows] != nat) & (self._days[cols] != nat)
        days = np.where(dated, np.abs(self._days[rows] - self._days[cols]), 0)
        window = settings.date_window_days
        date_factor = np.where(
            days > window, np.maximum(0.5, 1.0 - 0.5 * (days - window) / (3 * window)), 1.0
        )
        same_url = (self._urls[rows] >= 0) & (self._urls[rows] == self._urls[cols])
        same_edition = (self._editions[rows] >= 0) & (self._editions[rows] == self._editions[cols])
        # One edition of a newsletter does not report the same event twice.
        edition_factor = np.where(same_edition, settings.same_edition_penalty, 1.0)
        # The same rare subject in both headlines, days apart: one running story.
        subjects = self._subjects
        shared = np.fromiter(
            (bool(subjects[i] & subjects[j]) for i, j in zip(rows.tolist(), cols.tolist(), strict=True)),
            dtype=bool,
            count=len(rows),
        )
        running = shared & dated & (days <= window) & ~same_edition
        subject_factor = np.where(running, settings.subject_boost, 1.0)
        mixed = (1 - settings.name_weight) * word + settings.name_weight * name
        factor = year_factor * date_factor * edition_factor * subject_factor
        score = np.where(same_url, 1.0, np.minimum(mixed * factor, 1.0))
        return _Signals(
            year_factor, date_factor, edition_factor, subject_factor, same_url, np.round(score, 6)
        )


#: Formats whose stories do not come from splitting one edition (a feed may carry many outlets).
_STANDALONE = frozenset({Format.JSONL, Format.RSS, Format.ATOM})


def _edition_keys(stories: Sequence[Story]) -> np.ndarray[Any, Any]:
    """A number per edition a story was split from (-1 for JSON Lines and feed items, which stand alone)."""
    keys: dict[tuple[str, str, str], int] = {}
    out = np.full(len(stories), -1, dtype=np.int64)
    for k, s in enumerate(stories):
        if s.format not in _STANDALONE:
            edition = (s.path, s.source, s.edition_date.isoformat() if s.edition_date else "")
            out[k] = keys.setdefault(edition, len(keys))
    return out


def _candidate_pairs(model: _Model, hashfunc: Callable[[bytes], int] | None) -> np.ndarray[Any, Any]:
    """Pairs (i < j) of story indices worth verifying: LSH band collisions and shared canonical URLs.

    Stories that share a band of their MinHash signature are candidates. Inside
    a band bucket, each story is paired with the next ``_BUCKET_SPAN`` ones in
    sorted order: every pair of a small bucket, and a connected chain through
    a big one (the average-link step scores large groups on these edges).
    """
    settings = model.settings
    term_sets = salient_columns(model.words, model.single_words, settings.salient_terms)
    sigs = signature_matrix(
        term_sets, model.terms, num_perm=settings.num_perm, seed=settings.seed, hashfunc=hashfunc
    )
    has_terms = np.fromiter((len(t) > 0 for t in term_sets), dtype=bool, count=len(term_sets))
    indices = np.flatnonzero(has_terms)
    found: list[np.ndarray[Any, Any]] = []
    rows = settings.band_rows
    for band in range(settings.num_perm // rows):
        block = sigs[indices, band * rows : (band + 1) * rows].astype(np.uint64)
        key = np.zeros(len(indices), dtype=np.uint64)
        for column in range(rows):
            key = key * np.uint64(0x9E3779B97F4A7C15) + block[:, column]
        order = np.argsort(key, kind="stable")
        sorted_key, members = key[order], indices[order]
        for span in range(1, _BUCKET_SPAN + 1):
            same = sorted_key[span:] == sorted_key[:-span]
            if not same.any():
                break
            found.append(np.stack((members[:-span][same], members[span:][same]), axis=1))
    by_url = model._urls
    linked = np.flatnonzero(by_url >= 0)
    order = linked[np.argsort(by_url[linked], kind="stable")]
    for span in range(1, _BUCKET_SPAN + 1):
        same = by_url[order[span:]] == by_url[order[:-span]]
        if same.any():
            found.append(np.stack((order[:-span][same], order[span:][same]), axis=1))
    if not found:
        return np.zeros((0, 2), dtype=np.int64)
    pairs = np.sort(np.concatenate(found), axis=1)
    # Unique pairs in (i, j) order, through one integer per pair: np.unique(axis=0) is many times slower.
    n = len(model.stories)
    codes = np.unique(pairs[:, 0] * n + pairs[:, 1])
    return np.stack((codes // n, codes % n), axis=1)


_BUCKET_SPAN = 8


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
    members: Sequence[int],
    edges: dict[tuple[int, int], float],
    threshold: float,
    apart: Sequence[int] | None = None,
) -> list[list[int]]:
    """Average-link agglomeration over a sparse similarity graph.

    A missing edge counts as similarity 0, so merging two groups needs their
    mean pairwise similarity, not one bridging pair, to reach ``threshold``.
    Ties merge the pair of groups with the smallest member indices first.
    Members with the same non-negative ``apart`` label never end up in one group.
    """
    labels: dict[int, set[int]] = {
        m: ({apart[m]} if apart is not None and apart[m] >= 0 else set()) for m in members
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
    model = _Model(ordered, settings, workers)
    exhaustive = len(ordered) <= settings.exhaustive_limit
    if exhaustive:
        # A small run (a typical week) is compared all-pairs: no candidate is missed.
        candidates, words, names = model.all_cosines()
    else:
        candidates = _candidate_pairs(model, hashfunc)
        words, names = model.cosine(candidates[:, 0], candidates[:, 1])
    scores = model._combine(candidates[:, 0], candidates[:, 1], words, names).score
    keep = scores >= settings.threshold / 2
    edge_pairs, edge_scores = candidates[keep], scores[keep]
    del candidates, words, names, scores
    clusters: list[StoryCluster] = []
    apart = model.editions_apart()

    def add(members: Sequence[int], local: dict[tuple[int, int], float]) -> None:
        ids = tuple(ordered[i].id for i in members)
        cohesion = _cohesion(members, local)
        clusters.append(StoryCluster(id=story_id("cluster", *ids), story_ids=ids, cohesion=cohesion))

    components = _components(len(ordered), edge_pairs.tolist())
    # Groups up to the limit are scored all-pairs from Gram matrices, a batch of groups at a time.
    for batch in _batches([c for c in components if 1 < len(c) <= settings.exhaustive_limit]):
        rows, cols, words, names = model.component_cosines(batch)
        found = model._combine(rows, cols, words, names).score
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
    clusters.sort(key=lambda c: (-len(c.story_ids), c.story_ids[0]))
    return tuple(clusters)


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


def similarity_in(
    stories: Sequence[Story], first: Story, second: Story, settings: ClusterSettings | None = None
) -> Similarity:
    """The verified similarity of two of ``stories``, with the corpus statistics of all of them."""
    ordered = _ordered(stories)
    model = _Model(ordered, settings or ClusterSettings())
    return model.similarity(ordered.index(first), ordered.index(second))


def cross_similarity(
    left: Sequence[Story], right: Sequence[Story], settings: ClusterSettings | None = None
) -> np.ndarray[Any, Any]:
    """Verified similarity of every story of ``left`` (rows) with every story of ``right`` (columns).

    Term weights come from both sides together, as if they were one run.
    """
    scores = np.zeros((len(left), len(right)))
    if not left or not right:
        return scores
    model = _Model([*left, *right], settings or ClusterSettings())
    pairs = [(i, len(left) + j) for i in range(len(left)) for j in range(len(right))]
    scores[:] = np.asarray(model.scores(pairs)).reshape(len(left), len(right))
    return scores
