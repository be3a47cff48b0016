"""Attachment: a story that joined a cluster through others and resembles few of them leaves it."""

from __future__ import annotations

import random

import attrs
import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.cluster import grouping
from digest.cluster.discussion import is_discussion
from digest.cluster.grouping import _leavers, cluster_stories
from digest.cluster.model import Model
from digest.ingest import read_stories
from digest.settings import ClusterSettings
from tests.weeks import require_week


def _scores(matrix: list[list[float]]) -> np.ndarray:
    """The pairs i < j of a symmetric score matrix, in ``np.triu_indices`` order."""
    dense = np.asarray(matrix)
    first, second = np.triu_indices(len(dense), k=1)
    return dense[first, second]


#: Four reports of one event that agree with each other, and a fifth story on its topic that
#: meets one of them at half the threshold only (0.1 of 0.2).
_FIVE = [
    [1.0, 0.5, 0.4, 0.3, 0.12],
    [0.5, 1.0, 0.6, 0.5, 0.02],
    [0.4, 0.6, 1.0, 0.4, 0.0],
    [0.3, 0.5, 0.4, 1.0, 0.05],
    [0.12, 0.02, 0.0, 0.05, 1.0],
]


def _no_talk(reps: np.ndarray) -> np.ndarray:
    """No representative is a chat retelling."""
    return np.zeros(len(reps), dtype=bool)


def _stories(n: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    stories = np.arange(n, dtype=np.int64)
    return stories, stories.copy(), stories.copy()  # no copies: each story its own representative


def test_a_story_attached_to_few_of_its_cluster_leaves() -> None:
    stories, reps, owner = _stories(5)
    assert _leavers(stories, reps, owner, _scores(_FIVE), ClusterSettings(), talk=_no_talk(reps)) == [
        [0, 1, 2, 3],
        [4],
    ]


def test_stories_attached_to_enough_of_their_cluster_stay() -> None:
    matrix = [row[:] for row in _FIVE]
    matrix[4][1] = matrix[1][4] = 0.1  # now attached to two of four: half
    stories, reps, owner = _stories(5)
    assert _leavers(stories, reps, owner, _scores(matrix), ClusterSettings(), talk=_no_talk(reps)) is None


def test_the_rule_switched_off_keeps_every_story() -> None:
    stories, reps, owner = _stories(5)
    off = ClusterSettings(attachment_share=0.0)
    assert _leavers(stories, reps, owner, _scores(_FIVE), off, talk=_no_talk(reps)) is None


def test_stories_that_leave_together_stay_together_when_they_agree() -> None:
    """Two retellings of a side story (0.9 to each other) leave as one cluster, not two."""
    matrix = np.full((7, 7), 0.5)
    matrix[5:, :5] = matrix[:5, 5:] = 0.0
    matrix[5, 0] = matrix[0, 5] = matrix[6, 0] = matrix[0, 6] = 0.15
    matrix[5, 6] = matrix[6, 5] = 0.9
    stories, reps, owner = _stories(7)
    found = _leavers(stories, reps, owner, _scores(matrix.tolist()), ClusterSettings(), talk=_no_talk(reps))
    assert found == [[0, 1, 2, 3, 4], [5, 6]]


def test_copies_count_as_stories_and_leave_with_their_representative() -> None:
    """Story 5 is a copy of story 4: a copy agrees with its representative, as one more report."""
    stories = np.arange(6, dtype=np.int64)
    owner = np.asarray([0, 1, 2, 3, 4, 4], dtype=np.int64)
    reps = np.arange(5, dtype=np.int64)
    # Attached to its copy and to story 0: two of five others, it stays.
    assert _leavers(stories, reps, owner, _scores(_FIVE), ClusterSettings(), talk=_no_talk(reps)) is None
    matrix = [row[:] for row in _FIVE]
    matrix[4][0] = matrix[0][4] = 0.05  # attached to its copy only: it leaves, and its copy with it
    assert _leavers(stories, reps, owner, _scores(matrix), ClusterSettings(), talk=_no_talk(reps)) == [
        [0, 1, 2, 3],
        [4, 5],
    ]


def test_a_cluster_where_fewer_than_two_would_stay_is_kept_whole() -> None:
    matrix = [[1.0, 0.3, 0.0, 0.0], [0.3, 1.0, 0.05, 0.05], [0.0, 0.05, 1.0, 0.0], [0.0, 0.05, 0.0, 1.0]]
    stories, reps, owner = _stories(4)
    assert _leavers(stories, reps, owner, _scores(matrix), ClusterSettings(), talk=_no_talk(reps)) is None


#: Four reports of one event, and a fifth story that meets three of them at half the threshold
#: (0.12) and one at the threshold (0.25): attached enough as a report, not as a chat retelling.
_LOOSE = [
    [1.0, 0.5, 0.4, 0.3, 0.12],
    [0.5, 1.0, 0.6, 0.5, 0.12],
    [0.4, 0.6, 1.0, 0.4, 0.12],
    [0.3, 0.5, 0.4, 1.0, 0.25],
    [0.12, 0.12, 0.12, 0.25, 1.0],
]


def test_a_chat_retelling_must_meet_half_of_its_cluster_at_the_threshold() -> None:
    """Users' talk about one product meets the product's other threads through their topic."""
    stories, reps, owner = _stories(5)
    talk = np.asarray([False, False, False, False, True])
    assert _leavers(stories, reps, owner, _scores(_LOOSE), ClusterSettings(), talk=_no_talk(reps)) is None
    assert _leavers(stories, reps, owner, _scores(_LOOSE), ClusterSettings(), talk=talk) == [
        [0, 1, 2, 3],
        [4],
    ]
    off = ClusterSettings(discussion_attachment_share=0.0)
    assert _leavers(stories, reps, owner, _scores(_LOOSE), off, talk=talk) is None


def test_a_chat_retelling_that_meets_half_of_its_cluster_stays() -> None:
    matrix = [row[:] for row in _LOOSE]
    matrix[4][2] = matrix[2][4] = 0.2  # at the threshold with two of four: half
    stories, reps, owner = _stories(5)
    talk = np.asarray([False, False, False, False, True])
    assert _leavers(stories, reps, owner, _scores(matrix), ClusterSettings(), talk=talk) is None


def test_on_a_real_week_the_rule_parts_chat_retellings_only() -> None:
    """On the development week (half its stories are chat retellings) the rule parts some of them
    from their clusters, and never two reports that were together."""
    stories = read_stories([require_week()]).stories
    talk = {story.id for story in stories if is_discussion(story)}
    # The chat servers' rule parts many of them too: it is off on both sides.
    servers_off = ClusterSettings(community_attachment_share=0.0)
    on = cluster_stories(stories, servers_off)
    off = cluster_stories(stories, attrs.evolve(servers_off, discussion_attachment_share=0.0))
    cluster_on = {i: k for k, cluster in enumerate(on) for i in cluster.story_ids}
    parted = 0
    for cluster in off:
        reports = {cluster_on[i] for i in cluster.story_ids if i not in talk}
        assert len(reports) <= 1
        parted += len({cluster_on[i] for i in cluster.story_ids}) > 1
    assert parted >= 10


def test_the_rule_acts_in_a_run_with_components_past_the_exhaustive_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Components larger than ``exhaustive_limit`` are linked on their candidate pairs; the stories'
    representatives (near-copies) the rule judges by must still be the copies' (a numbering of the
    large components had taken their name, and the rule then judged no cluster at all)."""
    stories = read_stories([require_week()]).stories
    small = attrs.evolve(ClusterSettings(), exhaustive_limit=100)
    judged: list[int] = []

    def counted(members: np.ndarray, *args: object, **kwargs: object) -> list[list[int]] | None:
        judged.append(len(members))
        return _leavers(members, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(grouping, "_leavers", counted)
    on = cluster_stories(stories, small)
    off = cluster_stories(stories, attrs.evolve(small, attachment_share=0.0))
    assert len(judged) >= 50  # the run's clusters of three stories or more are judged
    assert len(on) >= len(off)


def test_scores_looked_up_from_the_components_equal_scores_worked_out_again(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A cluster whose pairs were all scored with their component takes those scores: the same,
    bit for bit, as scoring the cluster's pairs again, so the same clusters."""
    stories = read_stories([require_week()]).stories
    seen: list[tuple[list[np.ndarray], list[np.ndarray], int]] = []
    judged_scores = grouping._judged_scores

    def both(model: Model, clusters: list[np.ndarray], scored: grouping._Scored | None) -> list[np.ndarray]:
        again = judged_scores(model, clusters, None)
        found = judged_scores(model, clusters, scored)
        looked_up = (
            0
            if scored is None
            else int(scored.find(grouping._pair_codes(clusters, len(model.stories)))[0].sum())
        )
        seen.append((again, found, looked_up))
        return found

    monkeypatch.setattr(grouping, "_judged_scores", both)
    cluster_stories(stories, ClusterSettings())
    again, found, looked_up = seen[0]
    assert looked_up > 0  # the components' scores served
    assert len(again) == len(found) > 0
    assert all(np.array_equal(a, b) for a, b in zip(again, found, strict=True))


@pytest.mark.parametrize("n", [0, 1, 2, 5, grouping._TRIU_KEPT, grouping._TRIU_KEPT + 1])
def test_the_pairs_of_a_size_are_triu_indices_and_kept_ones_are_read_only(n: int) -> None:
    first, second = grouping._triu(n)
    expected = np.triu_indices(n, k=1)
    assert np.array_equal(first, expected[0])
    assert np.array_equal(second, expected[1])
    assert grouping._triu(n)[0] is first or n > grouping._TRIU_KEPT
    if n <= grouping._TRIU_KEPT:
        with pytest.raises(ValueError, match="read-only"):
            first[...] = 0


def test_a_chat_server_item_must_meet_its_cluster_at_the_threshold() -> None:
    """An item of a recap's chat server (a community) that meets one of four reports at the
    threshold and the rest at half of it is another thread about the product: it leaves."""
    stories, reps, owner = _stories(5)
    chat = np.asarray([False, False, False, False, True])
    settings = ClusterSettings()
    assert _leavers(stories, reps, owner, _scores(_LOOSE), settings, talk=_no_talk(reps)) is None
    assert _leavers(stories, reps, owner, _scores(_LOOSE), settings, talk=_no_talk(reps), chat=chat) == [
        [0, 1, 2, 3],
        [4],
    ]
    off = ClusterSettings(community_attachment_share=0.0)
    assert _leavers(stories, reps, owner, _scores(_LOOSE), off, talk=_no_talk(reps), chat=chat) is None


def test_a_chat_server_item_that_meets_enough_of_its_cluster_stays() -> None:
    matrix = [row[:] for row in _LOOSE]
    matrix[4][2] = matrix[2][4] = 0.2  # at the threshold with two of four: more than 0.35 of them
    stories, reps, owner = _stories(5)
    chat = np.asarray([False, False, False, False, True])
    found = _leavers(stories, reps, owner, _scores(matrix), ClusterSettings(), talk=_no_talk(reps), chat=chat)
    assert found is None


def test_on_a_real_week_the_server_rule_parts_server_items_only() -> None:
    """On the development week the rule parts some items of chat servers from their clusters, and
    never two stories of no server that were together; every labelled pair is kept (weeks.py)."""
    stories = read_stories([require_week()]).stories
    model = Model(grouping._ordered(stories), ClusterSettings())
    server = {s.id for s, c in zip(model.stories, model.communities, strict=True) if c >= 0}
    on = cluster_stories(stories)
    off = cluster_stories(stories, ClusterSettings(community_attachment_share=0.0))
    cluster_on = {i: k for k, cluster in enumerate(on) for i in cluster.story_ids}
    parted = 0
    for cluster in off:
        others = {cluster_on[i] for i in cluster.story_ids if i not in server}
        assert len(others) <= 1
        parted += len({cluster_on[i] for i in cluster.story_ids}) > 1
    assert parted >= 5


@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=6), min_size=1, max_size=60), st.randoms())
def test_scored_pairs_sorted_by_code_with_their_scores(labels: list[int], rng: random.Random) -> None:
    """The components' pairs, batched in any order, are found by code with the score each was given."""
    n = len(labels)
    components = [[k for k in range(n) if labels[k] == c] for c in sorted(set(labels))]
    components = [c for c in components if len(c) > 1]
    rng.shuffle(components)
    batches = [components[k : k + 2] for k in range(0, len(components), 2)]
    given_scores: dict[int, float] = {}
    found = []
    for batch in batches:
        codes = grouping._pair_codes(batch, n)
        scores = np.asarray([rng.random() for _ in codes])
        given_scores.update(zip(codes.tolist(), scores.tolist(), strict=True))
        found.append((codes, scores))
    scored = grouping._Scored.of(found)
    assert scored.codes.tolist() == sorted(given_scores)
    assert scored.scores.tolist() == [given_scores[c] for c in sorted(given_scores)]
    hit, at = scored.find(np.asarray([*sorted(given_scores), n * n], dtype=np.int64))
    assert hit.tolist() == [True] * len(given_scores) + [False]
    assert scored.scores[at[:-1]].tolist() == [given_scores[c] for c in sorted(given_scores)]
