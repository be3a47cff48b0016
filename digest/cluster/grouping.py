"""Cluster the stories that report the same event, across sources and within one.

Five steps, each growing about linearly with the number of stories (grouping and attachment
score every pair of a group or cluster of up to ``exhaustive_limit`` stories):

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
5. **Attachment**: a story of a cluster of three or more that scores at least half the threshold
   with too few of the others (``attachment_share``) leaves it: it joined through others, on a
   topic they share, not their event; a chat retelling and an item of a recap's chat server must
   score the threshold itself with a share of the others (``discussion_attachment_share``,
   ``community_attachment_share``). A cluster made of two chat servers' items alone that never
   meet strongly nor on evidence of an event is parted by server (``community_meeting``).

The result does not depend on the order of the input stories.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Sequence
from typing import Any, NamedTuple

import numpy as np
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from digest.cluster.candidates import ALL_PAIRS, COPY, Leads, candidate_pairs, lsh_pairs, source_names
from digest.cluster.centroids import regroup
from digest.cluster.copies import CopyGroups, copy_groups, no_copies
from digest.cluster.editions import edition_rule, recap_editions
from digest.cluster.linkage import average_link, dense_average_link
from digest.cluster.model import Model
from digest.models import Similarity, Story, StoryCluster
from digest.parallel import ahead
from digest.settings import ClusterSettings
from digest.text.ids import story_id

#: Sizes up to which the pairs of ``np.triu_indices`` are kept once made (about 5 MB in all).
_TRIU_KEPT = 128


@functools.cache
def _kept_triu(n: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    first, second = np.triu_indices(n, k=1)
    first.flags.writeable = False
    second.flags.writeable = False
    return first, second


def _triu(n: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """``np.triu_indices(n, k=1)``, made once per size for small sizes (read-only then): the
    components and clusters are thousands, most of a few stories."""
    return _kept_triu(n) if n <= _TRIU_KEPT else np.triu_indices(n, k=1)


class _Run(NamedTuple):
    """A run's candidate pairs with their verified similarity and the sources that found them."""

    pairs: np.ndarray[Any, Any]
    scores: np.ndarray[Any, Any]
    source: np.ndarray[Any, Any]
    #: The run's near-copies; ``pairs`` join their representatives only.
    copies: CopyGroups


def _run(model: Model, hashfunc: Callable[[bytes], int] | None) -> _Run:
    """Score the candidate pairs and decide which editions are recaps (``model.recap``).

    A run of up to ``exhaustive_limit`` stories compares every pair (no candidate is missed);
    a larger one first collapses its near-copies (:mod:`digest.cluster.copies`), then
    scores the LSH, neighbour and same-link candidates of their representatives.
    """
    settings, n = model.settings, len(model.stories)
    copies = no_copies(n)
    if n <= settings.exhaustive_limit:
        first, second = np.triu_indices(n, k=1)
        pairs = np.stack((first, second), axis=1).astype(np.int64)
        words = (model.words @ model.words.T).toarray()[first, second]
        names = (model.names @ model.names.T).toarray()[first, second]
        source = np.full(len(pairs), ALL_PAIRS, dtype=np.uint8)
    else:
        lsh, signatures = lsh_pairs(
            model.words, model.single_words, model.terms, settings, hashfunc, threads=model.threads
        )
        copies = copy_groups(model, lsh, signatures)
        found = candidate_pairs(
            model.words,
            model.names,
            single=model.single_words,
            terms=model.terms,
            urls=model.urls,
            settings=settings,
            lsh=lsh,
            owner=copies.owner if copies.collapsed else None,
            subjects=model.subjects,
            threads=model.threads,
            leads=_leads(model),
        )
        pairs, source = found.pairs, found.source
        words, names = model.cosine(pairs[:, 0], pairs[:, 1])
    model.recap[:] = True  # first without the edition rule: how much each edition retells itself
    scores = _scores(model, pairs, words, names)
    editions = model.editions
    model.recap[:] = recap_editions(model.stories, editions, pairs, scores, settings)
    model.recaps_known = True
    # Scored again: pairs of one edition (its rule is now known) and pairs with a recap's story.
    same = (editions[pairs[:, 0]] >= 0) & (editions[pairs[:, 0]] == editions[pairs[:, 1]])
    if settings.recap_factor != 1.0:
        same |= model.in_recap(pairs[:, 0]) | model.in_recap(pairs[:, 1])
    if same.any():
        rows, cols = pairs[same, 0], pairs[same, 1]
        scores[same] = model.combine(rows, cols, words[same], names[same]).score
    return _Run(pairs, scores, source, copies)


def _leads(model: Model) -> Leads | None:
    """The long stories' leads of ``model`` as a candidate source takes them (None: none)."""
    if model.lead_words is None or model.lead_names is None:
        return None
    return Leads(model.lead_words, model.lead_names, np.flatnonzero(model.leads >= 0))


#: Pairs whose signals are combined at once (bounds the memory of the temporary arrays).
_CHUNK = 200_000


def _scores(model: Model, pairs: np.ndarray[Any, Any], words: Any, names: Any) -> np.ndarray[Any, Any]:
    """The verified similarity of ``pairs``, a chunk at a time."""
    out: np.ndarray[Any, Any] = np.empty(len(pairs))
    for lo in range(0, len(pairs), _CHUNK):
        part = slice(lo, lo + _CHUNK)
        out[part] = model.combine(pairs[part, 0], pairs[part, 1], words[part], names[part]).score
    return out


def _components(n: int, edges: np.ndarray[Any, Any]) -> list[list[int]]:
    """Connected components of ``n`` nodes joined by ``edges``, each sorted, in order of first member."""
    graph = csr_matrix((np.ones(len(edges), dtype=np.int8), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, label = connected_components(graph, directed=False)
    order = np.argsort(label, kind="stable")  # members of each component in index order
    bounds = np.flatnonzero(np.diff(label[order])) + 1
    components = [part.tolist() for part in np.split(order, bounds)]
    components.sort(key=lambda c: c[0])
    return components


def _cohesion(
    members: Sequence[int], edges: dict[tuple[int, int], float], copies: CopyGroups | None = None
) -> float:
    """The mean similarity of a group's pairs (with ``copies``: of all the stories its members stand for)."""
    if copies is not None:
        weight, inner = copies.weight, copies.inner
        total = sum(
            edges.get((a, b), 0.0) * float(weight[a] * weight[b])
            for k, a in enumerate(members)
            for b in members[k + 1 :]
        )
        return _weighted_mean(total, weight[list(members)], inner[list(members)])
    if len(members) < 2:
        return 1.0
    total = sum(edges.get((a, b), 0.0) for k, a in enumerate(members) for b in members[k + 1 :])
    return round(total / (len(members) * (len(members) - 1) / 2), 4)


def _weighted_mean(across: float, weight: np.ndarray[Any, Any], inner: np.ndarray[Any, Any]) -> float:
    """Cohesion of a group of representatives: ``across`` is the sum of their pairs' scores times
    their weights; the pairs inside a copy group count as the mean score of its copies."""
    stories = int(weight.sum())
    if stories < 2:
        return 1.0
    within = float((inner * (weight * (weight - 1) / 2)).sum())
    return round((across + within) / (stories * (stories - 1) / 2), 4)


#: Parts of fewer stories are grouped on :func:`average_link`'s heap; larger ones on dense rows.
_DENSE_FROM = 24
#: Parts of more stories are grouped on the heap (each dense matrix takes 8 bytes a pair).
_DENSE_UP_TO = 6000


def _linked(  # noqa: PLR0917 - the pairs of one component, as the two callers hold them
    component: Sequence[int],
    first: np.ndarray[Any, Any],
    second: np.ndarray[Any, Any],
    scores: np.ndarray[Any, Any],
    threshold: float,
    apart: Sequence[int],
    copies: CopyGroups | None = None,
    *,
    parts: np.ndarray[Any, Any] | None = None,
) -> list[tuple[list[int], float]]:
    """Average-link groups of one component, with their cohesion, from its scored pairs.

    ``first`` and ``second`` are positions in the sorted ``component`` (first < second);
    a missing pair scores 0. The component is first cut into the parts that pairs at or
    above ``threshold`` connect: two groups merge only when their mean pair reaches it,
    so only when one of their pairs does (scores are rounded to 6 decimals, so a mean of
    pairs below the threshold never rounds up to it). No group spans two parts, merges in
    one part do not change the others, and each part alone gives the groups the whole
    component would. ``copies``: the members are representatives of near-copies; each
    counts as one story in the means (a wire story copied forty times is one report, not
    forty: its copies must not outvote an independent retelling), and the cohesion is that
    of all the stories they stand for. ``parts``: each position's part, numbered from 0 in
    order of first position, when the caller found them (:func:`_batch_groups`).
    """
    members = np.asarray(component, dtype=np.int64)
    if parts is None:
        count, part = _parts(len(members), first, second, scores >= threshold)
    else:
        count, part = int(parts.max()) + 1, parts
    same = part[first] == part[second]
    first, second, scores = first[same], second[same], scores[same]
    by_pair = np.argsort(part[first], kind="stable")
    pair_bounds = np.searchsorted(part[first][by_pair], np.arange(count + 1))
    by_member = np.argsort(part, kind="stable")  # each part's positions in ascending order
    member_bounds = np.searchsorted(part[by_member], np.arange(count + 1))
    out: list[tuple[list[int], float]] = []
    for k in range(count):
        positions = by_member[member_bounds[k] : member_bounds[k + 1]]
        if len(positions) == 1:
            out.append(_alone(int(members[positions[0]]), copies))
            continue
        at = by_pair[pair_bounds[k] : pair_bounds[k + 1]]
        out.extend(
            _part_groups(
                members[positions],
                np.searchsorted(positions, first[at]),
                np.searchsorted(positions, second[at]),
                scores[at],
                threshold,
                apart,
                copies,
            )
        )
    return out


def _parts(
    n: int, first: np.ndarray[Any, Any], second: np.ndarray[Any, Any], strong: np.ndarray[Any, Any]
) -> tuple[int, np.ndarray[Any, Any]]:
    """The connected parts of ``n`` positions joined by the ``strong`` pairs, and each position's part."""
    graph = csr_matrix(
        (np.ones(int(strong.sum()), dtype=np.int8), (first[strong], second[strong])), shape=(n, n)
    )
    count, part = connected_components(graph, directed=False)
    return int(count), part


def _alone(member: int, copies: CopyGroups | None) -> tuple[list[int], float]:
    """A group of one member, and its cohesion (its copies' mean score to it, if any)."""
    if copies is None or copies.weight[member] < 2:
        return [member], 1.0
    return [member], round(float(copies.inner[member]), 4)


def _part_groups(  # noqa: PLR0917 - the pairs of one part, as _linked holds them
    members: np.ndarray[Any, Any],
    first: np.ndarray[Any, Any],
    second: np.ndarray[Any, Any],
    scores: np.ndarray[Any, Any],
    threshold: float,
    apart: Sequence[int],
    copies: CopyGroups | None = None,
) -> list[tuple[list[int], float]]:
    """Average-link groups of one part (sorted story indices ``members``) with their cohesion."""
    n = len(members)
    if copies is not None and (copies.weight[members] == 1).all():
        copies = None  # no copies here: exactly the unweighted groups
    if _DENSE_FROM <= n <= _DENSE_UP_TO:
        dense = np.zeros((n, n))
        dense[first, second] = scores
        dense[second, first] = scores
        labels = np.asarray([apart[m] for m in members.tolist()], dtype=np.int64)
        found = dense_average_link(dense, threshold, labels)
        if found is not None:
            return [(members[g].tolist(), _dense_cohesion(dense, g, members, copies)) for g in found]
    pairs = zip(members[first].tolist(), members[second].tolist(), strict=True)
    local = dict(zip(pairs, scores.tolist(), strict=True))
    return [(g, _cohesion(g, local, copies)) for g in average_link(members.tolist(), local, threshold, apart)]


def _dense_cohesion(
    dense: np.ndarray[Any, Any], group: list[int], members: np.ndarray[Any, Any], copies: CopyGroups | None
) -> float:
    """:func:`_cohesion` of ``group`` (sorted positions in ``members``) from a dense score matrix."""
    if copies is not None:
        at = np.asarray(group)
        weight = copies.weight[members[at]]
        first, second = _triu(len(group))
        across = float((dense[at[first], at[second]] * (weight[first] * weight[second])).sum())
        return _weighted_mean(across, weight, copies.inner[members[at]])
    if len(group) < 2:
        return 1.0
    first, second = _triu(len(group))
    values: list[float] = dense[np.asarray(group)[first], np.asarray(group)[second]].tolist()
    return round(sum(values) / (len(group) * (len(group) - 1) / 2), 4)


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
    copies = run.copies if run.copies.collapsed else None
    owner = run.copies.owner
    keep = run.scores >= settings.threshold / 2
    edge_pairs, edge_scores = run.pairs[keep], run.scores[keep]
    bridges = None  # the pairs strong enough to let the centroid pass join their groups
    if settings.centroid_bridge > 0:
        strong = run.scores >= settings.centroid_bridge
        bridges = (run.pairs[strong], run.scores[strong])
    del run
    apart = model.apart()
    groups: list[tuple[list[int], float]] = []
    components = _components(len(ordered), edge_pairs)
    if copies is not None:  # a copy is given back with its representative's group
        components = [c for c in components if len(c) > 1 or copies.weight[c[0]] > 0]
    # Groups up to the limit are scored all-pairs from Gram matrices, a batch of groups at a time.
    # The next batch's pairs are scored on a thread (products outside the GIL) while this one is linked.
    batches = _batches([c for c in components if 1 < len(c) <= settings.exhaustive_limit])
    scored: list[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]] = []  # kept for _attached
    for batch, found in ahead(functools.partial(_batch_scores, model), batches, model.threads):
        groups.extend(_batch_groups(batch, found, settings.threshold, apart, copies))
        scored.append((_pair_codes(batch, len(ordered)), found))
    large = [c for c in components if len(c) > settings.exhaustive_limit]
    if large:
        component_of = np.full(len(ordered), -1, dtype=np.int64)
        for k, component in enumerate(large):
            component_of[component] = k
        inside = component_of[edge_pairs[:, 0]]
        order = np.argsort(inside, kind="stable")
        bounds = np.searchsorted(inside[order], np.arange(len(large) + 1))
        for k, component in enumerate(large):
            at = order[bounds[k] : bounds[k + 1]]
            members = np.asarray(component)
            first = np.searchsorted(members, edge_pairs[at, 0])
            second = np.searchsorted(members, edge_pairs[at, 1])
            groups.extend(
                _linked(component, first, second, edge_scores[at], settings.threshold, apart, copies)
            )
    groups.extend(_alone(c[0], copies) for c in components if len(c) == 1)
    if copies is not None:
        stand_for = copies.members()
        groups = [(sorted(s for m in g for s in stand_for[m]), cohesion) for g, cohesion in groups]
    groups.sort(key=lambda g: g[0][0])
    merged = [[groups[k] for k in parts] for parts in regroup(model, [g[0] for g in groups], apart, bridges)]
    known = _Scored.of(scored)  # sorted once, read by both steps
    del scored
    if (
        settings.attachment_share > 0
        or settings.discussion_attachment_share > 0
        or settings.community_attachment_share > 0
        or settings.community_meeting > 0
    ):
        merged = _attached(model, merged, owner, known)
    if settings.headline_only_words > 0:
        merged = _headline_joined(model, merged, owner, known, apart)
    clusters = [_cluster(model, ordered, parts) for parts in merged]
    clusters.sort(key=lambda c: (-len(c.story_ids), c.story_ids[0]))
    return tuple(clusters)


#: Most member pairs a merged cluster's cohesion is the mean of; a larger cluster's is the mean of this
#: many pairs drawn at random (seeded by its size: the same members give the same figure).
_COHESION_PAIRS = 500_000


def _cohesion_pairs(count: int) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
    """The member pairs (first < second) whose mean score is a merged cluster's cohesion.

    Every pair up to ``_COHESION_PAIRS``; above, as many drawn at random. All pairs grow with the
    square of the members: a cluster of 3,844 near-copies (100k copies) had 7.4 million pairs
    scored for one figure of the report, seconds and a gigabyte of the run. Each member draws the
    same number of partners, so the mean of half a million pairs stays within about a thousandth of
    the mean of all.
    """
    if count * (count - 1) // 2 <= _COHESION_PAIRS:
        return np.triu_indices(count, k=1)
    # Each member draws as many partners (any other member), so every member weighs alike.
    one = np.repeat(np.arange(count), _COHESION_PAIRS // count)
    other = np.random.default_rng(count).integers(0, count - 1, size=len(one))
    other += other >= one
    return np.minimum(one, other), np.maximum(one, other)


def _cluster(
    model: Model, ordered: Sequence[Story], parts: Sequence[tuple[list[int], float]]
) -> StoryCluster:
    """One cluster of the groups ``parts``; merged groups' cohesion is the mean of all their pairs."""
    members = sorted(m for part in parts for m in part[0])
    if len(parts) == 1:
        cohesion = parts[0][1]
    else:
        first, second = _cohesion_pairs(len(members))
        rows, cols = np.asarray(members)[first], np.asarray(members)[second]
        word, name = model.cosine(rows, cols)
        cohesion = round(float(model.combine(rows, cols, word, name).score.mean()), 4)
    ids = tuple(ordered[i].id for i in members)
    return StoryCluster(id=story_id("cluster", *ids), story_ids=ids, cohesion=cohesion)


#: Clusters of fewer stories are left as they are by :func:`_attached`.
_ATTACH_FROM = 3


class _Scored(NamedTuple):
    """Pairs the components' batches scored: codes ``i * n + j`` (i < j), sorted, and their scores."""

    codes: np.ndarray[Any, Any]
    scores: np.ndarray[Any, Any]

    @classmethod
    def of(cls, batches: Sequence[tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]]) -> _Scored:
        """The pairs of ``batches`` (codes and scores of each, in the same order), sorted by code."""
        if not batches:
            return cls(np.zeros(0, dtype=np.int64), np.zeros(0))
        codes = np.concatenate([c for c, _ in batches])
        # A pair is inside one component: the codes are distinct, so any sort orders them alike.
        # Each component's codes are sorted already (its members sorted, pairs in triu order): the
        # stable sort (a merge of runs) takes them in about linear time, quicksort in n log n.
        order = np.argsort(codes, kind="stable")
        return cls(codes[order], np.concatenate([f for _, f in batches])[order])

    def find(self, codes: np.ndarray[Any, Any]) -> tuple[np.ndarray[Any, Any], np.ndarray[Any, Any]]:
        """Whether each of ``codes`` was scored, and its place in ``scores`` where it was."""
        at = np.minimum(np.searchsorted(self.codes, codes), max(len(self.codes) - 1, 0))
        found = self.codes[at] == codes if len(self.codes) else np.zeros(len(codes), dtype=bool)
        return found, at


def _pair_codes(
    batch: Sequence[Sequence[int]] | Sequence[np.ndarray[Any, Any]], n: int
) -> np.ndarray[Any, Any]:
    """The code ``i * n + j`` of every pair inside each component of ``batch``, in the order
    :func:`_component_cosines` gives its pairs (components in order, ``np.triu_indices`` in each)."""
    codes = [np.zeros(0, dtype=np.int64)]
    for component in batch:
        members = np.asarray(component, dtype=np.int64)
        first, second = _triu(len(members))
        codes.append(members[first] * n + members[second])
    return np.concatenate(codes)


def _attached(
    model: Model,
    clusters: list[list[tuple[list[int], float]]],
    owner: np.ndarray[Any, Any],
    scored: _Scored | None = None,
) -> list[list[tuple[list[int], float]]]:
    """``clusters`` (each a list of groups with their cohesion) without the stories attached to
    too few of their cluster's others, which form clusters of their own; a cluster of the items of
    two communities or more that never meet is first parted by community (:func:`_by_community`).

    A story is attached to another when their verified score is at least half the threshold;
    it stays when it is attached to ``attachment_share`` of the cluster's other stories. Near-copies
    (``owner``: each story's representative) are judged once, through their representative, each
    copy counting as a story, and a representative's copies count as attached to it: a wire story
    copied forty times is forty stories that agree, and leaves or stays with its copies. The
    stories that leave one cluster are grouped by the pairs among them at the threshold. A cluster
    where fewer than two stories would stay, or of more representatives than ``exhaustive_limit``,
    is kept whole. ``scored``: pairs already scored (the components'): a cluster whose pairs all
    are takes their scores (a pair's score does not depend on the others scored with it) instead of
    scoring them again.
    """
    settings = model.settings
    out = list(clusters)
    judged: list[tuple[int, np.ndarray[Any, Any], np.ndarray[Any, Any]]] = []
    for k, parts in enumerate(clusters):
        stories = np.asarray(sorted(m for part in parts for m in part[0]), dtype=np.int64)
        reps = np.unique(owner[stories])
        apart = _by_community(model, stories, reps, owner) if len(reps) > 1 else None
        if apart is not None:
            out[k] = [([m], 1.0) for m in apart[0]]
            out.extend([([m], 1.0) for m in group] for group in apart[1:])
            continue
        if len(stories) >= _ATTACH_FROM and 1 < len(reps) <= settings.exhaustive_limit:
            judged.append((k, stories, reps))
    scores = _judged_scores(model, [reps for _, _, reps in judged], scored)
    for (k, stories, reps), found in zip(judged, scores, strict=True):
        talk, chat = model.discussion[reps], model.communities[reps] >= 0
        split = _leavers(stories, reps, owner, found, settings, talk=talk, chat=chat)
        if split is not None:
            out[k] = [([m], 1.0) for m in split[0]]
            out.extend([([m], 1.0) for m in group] for group in split[1:])
    return out


def _headline_joined(
    model: Model,
    clusters: list[list[tuple[list[int], float]]],
    owner: np.ndarray[Any, Any],
    scored: _Scored,
    apart: Sequence[int],
) -> list[list[tuple[list[int], float]]]:
    """``clusters`` with each lone headline-only story joined to the cluster it meets best.

    A story whose text is at most ``headline_only_words`` words (a headline, a line), alone in its
    cluster, neither a chat retelling nor an item of a recap, joins the cluster of two stories or
    more whose member it scores highest with, if that score is at least the threshold and the
    member shares evidence of its subject (:meth:`Model.covers_names`): its few words cannot reach
    the average of a cluster of long reports, though they meet one of them. Only pairs the
    components scored count (a pair at the threshold is inside one component); a story with copies
    (``owner``) is not alone. ``apart``: edition labels (:meth:`Model.apart`); a story does not join
    a cluster that holds a story of its label.
    """
    n = len(model.stories)
    if not len(scored.codes):
        return clusters
    strong = scored.scores >= model.settings.threshold
    rows, cols = scored.codes[strong] // n, scored.codes[strong] % n
    values = scored.scores[strong]
    where = np.full(n, -1, dtype=np.int64)
    for k, parts in enumerate(clusters):
        for part in parts:
            where[part[0]] = k
    sizes = np.asarray([sum(len(p[0]) for p in parts) for parts in clusters], dtype=np.int64)
    # Each pair both ways: the lone story first.
    lone, met = np.concatenate([rows, cols]), np.concatenate([cols, rows])
    both = np.concatenate([values, values])
    fits = (where[lone] >= 0) & (where[met] >= 0)
    fits[fits] = (sizes[where[lone[fits]]] == 1) & (sizes[where[met[fits]]] > 1)
    # Words counted only for the lone stories that meet a cluster, not for every story of the run.
    alone = np.unique(lone[fits])
    words = model.settings.headline_only_words
    short = np.zeros(n, dtype=bool)
    short[alone] = [len(model.stories[k].text.split()) <= words for k in alone.tolist()]
    short &= ~model.discussion & (owner == np.arange(n))
    short[alone] &= ~model.in_recap(alone)
    fits &= short[lone]
    fits[fits] = model.covers_names(lone[fits], met[fits])
    # Stories of one curated edition never share a cluster (``Model.apart``): each story's candidates,
    # best first, and the first cluster holding none of its edition's stories.
    labels = np.asarray(apart)
    chosen = np.flatnonzero(fits)
    order = chosen[np.lexsort((-both[chosen], lone[chosen]))]
    out = [list(parts) for parts in clusters]
    editions = [{int(labels[m]) for part in parts for m in part[0]} - {-1} for parts in clusters]
    done: set[int] = set()
    for k in order.tolist():
        story, target = int(lone[k]), int(where[met[k]])
        if story in done or labels[story] in editions[target]:
            continue
        done.add(story)
        home = int(where[story])
        out[target] = [*out[target], *out[home]]
        editions[target] |= editions[home]
        out[home] = []
    return [parts for parts in out if parts]


def _by_community(
    model: Model, stories: np.ndarray[Any, Any], reps: np.ndarray[Any, Any], owner: np.ndarray[Any, Any]
) -> list[list[int]] | None:
    """The stories of one cluster parted by community (``community_meeting``; None: kept whole).

    Only a cluster whose every story is an item of a community of a recap, of two communities or
    more (``Model.communities``), none of whose pairs across two communities scores
    ``community_meeting`` or shares evidence of an event (``Model.event_evidence``): members of
    two chat servers who talk about one product, not one event. Near-copies go with their
    representative (``owner``); ``reps``: the cluster's representatives (sorted).
    """
    settings = model.settings
    if settings.community_meeting <= 0 or len(reps) > settings.exhaustive_limit:
        return None
    communities = model.communities[reps]
    if (communities < 0).any() or len(np.unique(communities)) < 2:
        return None
    first, second = _triu(len(reps))
    across = communities[first] != communities[second]
    rows, cols = reps[first[across]], reps[second[across]]
    if model.event_evidence(rows, cols).any():
        return None
    word, name = model.cosine(rows, cols)
    if (model.combine(rows, cols, word, name).score >= settings.community_meeting).any():
        return None
    of = model.communities[owner[stories]]
    return [stories[of == c].tolist() for c in np.unique(communities)]


def _judged_scores(
    model: Model, clusters: Sequence[np.ndarray[Any, Any]], scored: _Scored | None
) -> list[np.ndarray[Any, Any]]:
    """The score of every pair of each of ``clusters`` (sorted representatives), in ``np.triu_indices``
    order: looked up in ``scored`` where all of a cluster's pairs are there, else scored in batches."""
    n = len(model.stories)
    out: list[np.ndarray[Any, Any] | None] = [None] * len(clusters)
    sizes = [len(c) * (len(c) - 1) // 2 for c in clusters]
    if scored is not None and clusters:
        codes = _pair_codes(clusters, n)
        found, at = scored.find(codes)
        bounds = np.concatenate(([0], np.cumsum(sizes)))
        for k in range(len(clusters)):
            if found[bounds[k] : bounds[k + 1]].all():
                out[k] = scored.scores[at[bounds[k] : bounds[k + 1]]]
    rest = [k for k in range(len(clusters)) if out[k] is None]
    done = 0
    for batch in _batches([clusters[k].tolist() for k in rest]):
        found_scores = _batch_scores(model, batch)[1]
        start = 0
        for k in rest[done : done + len(batch)]:
            out[k] = found_scores[start : start + sizes[k]]
            start += sizes[k]
        done += len(batch)
    return [scores for scores in out if scores is not None]


def _leavers(
    stories: np.ndarray[Any, Any],
    reps: np.ndarray[Any, Any],
    owner: np.ndarray[Any, Any],
    scores: np.ndarray[Any, Any],
    settings: ClusterSettings,
    *,
    talk: np.ndarray[Any, Any],
    chat: np.ndarray[Any, Any] | None = None,
) -> list[list[int]] | None:
    """The stories of one cluster that stay, then each group of those that leave (None: all stay).

    ``reps``: the cluster's representatives (sorted), ``scores``: each pair of them, i < j, in
    ``np.triu_indices`` order, ``talk``: whether each representative is a chat retelling, which
    must score the threshold itself with ``discussion_attachment_share`` of the others; ``chat``:
    whether each is an item of a recap's chat server (a community), which must score it with
    ``community_attachment_share`` of them.
    """
    n = len(reps)
    rep_of = np.searchsorted(reps, owner[stories])
    weight = np.bincount(rep_of, minlength=n)
    first, second = _triu(n)
    matrix = np.zeros((n, n))
    matrix[first, second] = scores
    matrix[second, first] = scores
    linked = matrix >= settings.threshold / 2
    np.fill_diagonal(linked, False)
    attached = linked.astype(np.float64) @ weight + (weight - 1)
    stay = attached >= settings.attachment_share * (len(stories) - 1)
    # Chat retellings, then a chat server's items: each must meet its share at the threshold itself.
    rules = [(talk, settings.discussion_attachment_share)]
    if chat is not None:
        rules.append((chat, settings.community_attachment_share))
    rules = [(who, share) for who, share in rules if share > 0 and who.any()]
    if rules:
        strong = matrix >= settings.threshold
        np.fill_diagonal(strong, False)
        met = strong.astype(np.float64) @ weight + (weight - 1)
        for who, share in rules:
            stay &= ~who | (met >= share * (len(stories) - 1))
    if stay.all() or weight[stay].sum() < 2:
        return None
    leave = np.flatnonzero(~stay)
    among = matrix[np.ix_(leave, leave)] >= settings.threshold
    _, label = connected_components(csr_matrix(among), directed=False)
    groups = [stories[stay[rep_of]].tolist()]
    for part in range(int(label.max()) + 1):
        groups.append(stories[np.isin(rep_of, leave[label == part])].tolist())
    return groups


def _batch_scores(model: Model, batch: list[list[int]]) -> tuple[list[list[int]], np.ndarray[Any, Any]]:
    """``batch`` and the verified similarity of every pair inside each of its components."""
    rows, cols, words, names, rare = _component_cosines(model, batch)
    return batch, model.combine(rows, cols, words, names, rare_shared=rare).score


def _batch_groups(
    batch: Sequence[list[int]],
    scores: np.ndarray[Any, Any],
    threshold: float,
    apart: Sequence[int],
    copies: CopyGroups | None,
) -> list[tuple[list[int], float]]:
    """:func:`_linked` of each component of ``batch``, from every pair's ``scores`` (components in
    order, each pair i < j in ``np.triu_indices`` order), with the parts of all of them found at once.

    The components, one after another, make one graph: its connected parts are numbered in
    order of their first member, as each component's alone are, after the parts before it.
    """
    pairs = [_triu(len(component)) for component in batch]
    sizes = np.asarray([len(component) for component in batch], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    first = np.concatenate([p[0] + offsets[k] for k, p in enumerate(pairs)])
    second = np.concatenate([p[1] + offsets[k] for k, p in enumerate(pairs)])
    _, label = _parts(int(offsets[-1]), first, second, scores >= threshold)
    out: list[tuple[list[int], float]] = []
    start = 0
    for k, component in enumerate(batch):
        local_first, local_second = pairs[k]
        count = len(local_first)
        part = label[offsets[k] : offsets[k + 1]]
        out.extend(
            _linked(
                component,
                local_first,
                local_second,
                scores[start : start + count],
                threshold,
                apart,
                copies,
                parts=part - part[0],
            )
        )
        start += count
    return out


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


def _component_cosines(model: Model, components: Sequence[Sequence[int]]) -> tuple[Any, Any, Any, Any, Any]:
    """Every pair (i < j) inside each component, with word and name cosines from one Gram matrix,
    and the rare words each pair shares (``Model.rare_words``) from another.

    Gram entries are the cosines :meth:`Model.cosine` gives: each sums a row's products in
    column order, whatever other rows the matrix holds. The rare words are 0/1 entries, so their
    counts are exact in any order: from the batch's rows at once they cost a fraction of counting
    them pair by pair, which was half of :meth:`Model.combine`'s time on the components' pairs.
    """
    members = np.asarray([m for c in components for m in c], dtype=np.int64)
    words = model.words[members]
    names = model.names[members]
    rare = model.rare_words[members]
    word_gram = (words @ words.T).toarray()
    name_gram = (names @ names.T).toarray()
    rare_gram = (rare @ rare.T).toarray()
    firsts, seconds = [], []
    offset = 0
    for component in components:
        first, second = _triu(len(component))
        firsts.append(first + offset)
        seconds.append(second + offset)
        offset += len(component)
    first, second = np.concatenate(firsts), np.concatenate(seconds)
    return (
        members[first],
        members[second],
        word_gram[first, second],
        name_gram[first, second],
        rare_gram[first, second],
    )


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
    a, b = ordered.index(first), ordered.index(second)
    i, j = sorted((a, b))
    found = np.flatnonzero((run.pairs[:, 0] == i) & (run.pairs[:, 1] == j))
    copied = COPY if run.copies.owner[i] == run.copies.owner[j] else 0
    rows, cols = np.asarray([i]), np.asarray([j])
    word, name = model.cosine(rows, cols)
    name = model.within_topic(rows, cols, name)
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
        candidate_source=source_names(int(run.source[found[0]]) if len(found) else copied),
        edition_rule=edition_rule(model.editions, model.recap, i, j, model.settings.same_edition_penalty),
        figure_matches=int(signals.figures[0]),
        evidence_factor=float(signals.evidence[0]),
        version_factor=float(signals.version[0]),
        who_factor=float(signals.who[0]),
        later_edition_factor=float(signals.later[0]),
        recap_factor=float(signals.recap[0]),
        venue_factor=float(signals.venue[0]),
        rare_words=model.shared_rare_words(i, j),
        channel_topic=model.channel_topic(a, b),
    )


def pair_scores(
    stories: Sequence[Story],
    pairs: Sequence[tuple[str, str]],
    settings: ClusterSettings | None = None,
    *,
    hashfunc: Callable[[bytes], int] | None = None,
) -> np.ndarray[Any, Any]:
    """The verified similarity of each pair of story ids, as the clustering of ``stories`` scores
    it (corpus statistics of all of them, recap editions decided); a pair with an id that is not
    among ``stories`` scores NaN."""
    ordered = _ordered(stories)
    model = Model(ordered, settings or ClusterSettings())
    _run(model, hashfunc)
    index = {story.id: k for k, story in enumerate(ordered)}
    known = np.asarray([a in index and b in index for a, b in pairs], dtype=bool)
    rows = np.asarray([index[a] for (a, b), ok in zip(pairs, known, strict=True) if ok], dtype=np.int64)
    cols = np.asarray([index[b] for (a, b), ok in zip(pairs, known, strict=True) if ok], dtype=np.int64)
    scores = np.full(len(pairs), np.nan)
    if len(rows):
        word, name = model.cosine(rows, cols)
        scores[known] = model.combine(rows, cols, word, name).score
    return scores


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
