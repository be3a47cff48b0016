"""Near-copies collapsed to one representative (digest.cluster.copies) in a large run."""

from __future__ import annotations

import json
import random
from pathlib import Path
from typing import Any

import numpy as np
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from digest.cluster import grouping
from digest.cluster.candidates import lsh_pairs
from digest.cluster.copies import CopyGroups, copy_groups, no_copies
from digest.cluster.grouping import cluster_stories, similarity_in
from digest.cluster.model import Model
from digest.models import Format, Story, StoryCluster
from digest.settings import ClusterSettings

ECBPLUS = Path(__file__).resolve().parents[1] / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
#: Small enough that these runs take the candidate path, where copies are collapsed.
LARGE = ClusterSettings(exhaustive_limit=20)


def _story(key: str, title: str, text: str, fmt: Format = Format.JSONL, path: str = "wire") -> Story:
    return Story(id=key, title=title, text=text, source=f"outlet {key[-1]}", path=path, format=fmt)


def _copy(title: str, text: str, rng: random.Random) -> tuple[str, str]:
    """A wire copy as the benchmark cuts one: a slice of the words, a few words dropped."""
    words = text.split()
    length = min(len(words), rng.randint(110, 140))
    words = words[:length]
    for _ in range(2):
        del words[rng.randrange(len(words))]
    return title, " ".join(words)


def _articles(count: int) -> list[tuple[str, str]]:
    found = []
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        if len(row["text"].split()) >= 160:
            found.append((row["title"], row["text"]))
        if len(found) == count:
            break
    return found


def _spied(monkeypatch: pytest.MonkeyPatch) -> list[CopyGroups]:
    """Record the copy groups each run finds."""
    seen: list[CopyGroups] = []

    def spy(*args: Any) -> CopyGroups:
        found = copy_groups(*args)
        seen.append(found)
        return found

    monkeypatch.setattr(grouping, "copy_groups", spy)
    return seen


def _cluster_of(clusters: tuple[StoryCluster, ...]) -> dict[str, str]:
    return {s: c.id for c in clusters for s in c.story_ids}


def test_wire_copies_collapse_and_end_in_their_article_cluster(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(3)
    stories = []
    for a, (title, text) in enumerate(_articles(8)):
        for c in range(5):
            stories.append(_story(f"a{a}-c{c}", *_copy(title, text, rng)))
    seen = _spied(monkeypatch)
    clusters = cluster_stories(stories, LARGE)
    copies = seen[0]
    assert copies.collapsed
    ordered = sorted(stories, key=lambda s: s.id)
    label = _cluster_of(clusters)
    for group in copies.members():
        assert len({label[ordered[m].id] for m in group}) <= 1
    # Every copy of one article ends in one cluster, and collapsed copies say so in `explain`.
    for a in range(8):
        assert len({label[f"a{a}-c{c}"] for c in range(5)}) == 1
    pair = next(g for g in copies.members() if len(g) > 1)
    found = similarity_in(stories, ordered[pair[0]], ordered[pair[1]], LARGE)
    assert found.candidate_source == "near copy"
    assert sorted(s for c in clusters for s in c.story_ids) == sorted(s.id for s in stories)


def test_stories_of_an_edition_are_never_collapsed(monkeypatch: pytest.MonkeyPatch) -> None:
    rng = random.Random(5)
    stories = []
    for a, (title, text) in enumerate(_articles(5)):
        for c in range(5):
            key = f"a{a}-c{c}"
            stories.append(_story(key, *_copy(title, text, rng), fmt=Format.MARKDOWN, path=f"{key}.md"))
    seen = _spied(monkeypatch)
    cluster_stories(stories, LARGE)
    assert not seen[0].collapsed


_WORDS = [f"w{k}" for k in range(400)]


def _random_text(rng: random.Random) -> str:
    return " ".join(rng.sample(_WORDS, rng.randint(25, 60)))


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000), st.integers(25, 45))
def test_without_near_copies_the_collapse_changes_nothing(
    monkeypatch: pytest.MonkeyPatch, seed: int, count: int
) -> None:
    """Random texts share no near-copy: the same clusters as a run that never collapses."""
    rng = random.Random(seed)
    stories = [_story(f"s{k:03d}", " ".join(rng.sample(_WORDS, 4)), _random_text(rng)) for k in range(count)]
    with monkeypatch.context() as patched:
        seen = _spied(patched)
        found = cluster_stories(stories, LARGE)
    assert not seen[0].collapsed
    monkeypatch.setattr(grouping, "copy_groups", lambda model, *_: no_copies(len(model.stories)))
    assert cluster_stories(stories, LARGE) == found


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.integers(0, 10_000))
def test_a_copy_group_always_ends_in_one_cluster(monkeypatch: pytest.MonkeyPatch, seed: int) -> None:
    """Random texts with copies (a few words edited) mixed in: every group lands whole in one cluster."""
    rng = random.Random(seed)
    stories = []
    for k in range(30):
        words = rng.sample(_WORDS, rng.randint(30, 70))
        stories.append(_story(f"s{k:03d}", " ".join(words[:4]), " ".join(words)))
        for c in range(rng.randint(0, 3)):
            copied = list(words)
            copied[rng.randrange(len(copied))] = rng.choice(_WORDS)
            stories.append(_story(f"s{k:03d}-{c}", " ".join(words[:4]), " ".join(copied)))
    seen = _spied(monkeypatch)
    clusters = cluster_stories(stories, LARGE)
    ordered = sorted(stories, key=lambda s: s.id)
    label = _cluster_of(clusters)
    assert seen[0].collapsed == (len(stories) > 30)
    for group in seen[0].members():
        assert len({label[ordered[m].id] for m in group}) <= 1
    assert sorted(s for c in clusters for s in c.story_ids) == sorted(s.id for s in stories)


_COPIES_RUN: list[tuple[Any, Any, Any]] = []


def _copies_run() -> tuple[Any, Any, Any]:
    """A model of 4 articles in 5 wire copies each, its LSH pairs (sorted, once each) and signatures."""
    if not _COPIES_RUN:
        rng = random.Random(5)
        stories = [
            _story(f"a{a}-c{c}", *_copy(title, text, rng))
            for a, (title, text) in enumerate(_articles(4))
            for c in range(5)
        ]
        model = Model(sorted(stories, key=lambda s: s.id), LARGE)
        pairs, signatures = lsh_pairs(model.words, model.single_words, model.terms, LARGE, None)
        _COPIES_RUN.append((model, pairs, signatures))
    return _COPIES_RUN[0]


@settings(max_examples=30, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.randoms(), st.integers(min_value=0, max_value=40))
def test_copy_groups_take_lsh_pairs_in_any_order(rng: random.Random, repeats: int) -> None:
    """LSH's pairs come sorted and once each; the copy groups are the same from them shuffled,
    each pair's stories swapped at random and some pairs repeated."""
    model, pairs, signatures = _copies_run()
    expected = copy_groups(model, pairs, signatures)
    assert expected.collapsed
    rows = [list(p) for p in pairs.tolist()]
    rows += [rows[rng.randrange(len(rows))] for _ in range(repeats)]
    rng.shuffle(rows)
    mixed = np.asarray([r[::-1] if rng.random() < 0.5 else r for r in rows], dtype=np.int64)
    found = copy_groups(model, mixed, signatures)
    assert np.array_equal(found.owner, expected.owner)
    assert np.array_equal(found.weight, expected.weight)
    assert np.array_equal(found.inner, expected.inner)
