"""The second pass over groups (centroids): it joins retellings of an event, not talk about a topic."""

from __future__ import annotations

import datetime as dt
from types import SimpleNamespace
from typing import cast

import numpy as np
import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.cluster.centroids import _usable, regroup
from digest.cluster.discussion import is_discussion
from digest.cluster.model import Model
from digest.models import Format, Story
from digest.settings import ClusterSettings


def _story(key: int, title: str, text: str) -> Story:
    date = dt.date(2026, 3, 2 + key)
    return Story(
        id=f"s-{key}",
        title=title,
        text=text,
        source="Community recap",
        path=f"recap-{key}.md",
        position=key,
        date=date,
        edition_date=date,
        format=Format.MARKDOWN,
    )


_REPORT = "Lumenfold 0.3 loads large GGUF models slowly on Windows, its makers said on {}."
_CHAT = "Members discussed that Lumenfold 0.3 loads large GGUF models slowly on Windows since {}."
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday")


def _run(texts: list[str], bridge: float = 0.9, settings: ClusterSettings | None = None) -> list[list[int]]:
    """Regroup two groups ({0, 1} and {2, 3}) of four near-identical items, with one bridging pair."""
    stories = [
        _story(k, f"Lumenfold loading slow on Windows ({day})", text.format(day))
        for k, (day, text) in enumerate(zip(_DAYS, texts, strict=True))
    ]
    model = Model(stories, settings or ClusterSettings())
    bridges = (np.asarray([[1, 2]]), np.asarray([bridge]))
    return regroup(model, [[0, 1], [2, 3]], [-1] * 4, bridges)


def test_groups_retelling_one_event_merge_on_their_centroids() -> None:
    assert _run([_REPORT, _CHAT, _REPORT, _CHAT]) == [[0, 1]]


def test_groups_no_verified_pair_links_stay_apart() -> None:
    """However alike the centroids, two groups merge only through a pair verified at the bridge."""
    assert _run([_REPORT, _CHAT, _REPORT, _CHAT], bridge=0.1) == [[0], [1]]
    off = ClusterSettings(centroid_bridge=0.0)
    assert _run([_REPORT, _CHAT, _REPORT, _CHAT], bridge=0.1, settings=off) == [[0, 1]]


def test_a_group_of_chat_summaries_alone_keeps_to_itself() -> None:
    """Two threads of talk about one product: alike centroids by construction, not one event."""
    assert _run([_CHAT, _CHAT, _REPORT, _CHAT]) == [[0], [1]]
    assert _run([_CHAT, _REPORT, _CHAT, _CHAT]) == [[0], [1]]
    assert _run([_CHAT, _REPORT, _REPORT, _CHAT]) == [[0, 1]]  # a report in each: they may meet


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Members discussed the new Gemini naming.", True),
        ("A user found the model slower after the update.", True),
        ("Some users in the Perplexity AI Discord report rate limits.", True),
        ("One member suggested using the Cursor CLI.", True),
        ("Users can now share notebooks publicly.", False),  # what users can do: the product's news
        ("Google released an upgraded Gemini 2.5 Pro preview.", False),
        ("Membership fees rose 5% at the club.", False),
    ],
)
def test_a_chat_summary_opens_with_an_unnamed_participant(text: str, expected: bool) -> None:
    assert is_discussion(_story(0, "Item", text)) is expected


def test_a_merged_clusters_cohesion_reads_a_bounded_number_of_pairs() -> None:
    """Every member pair up to the bound (as ``np.triu_indices``), then that many drawn, ordered, the
    same on every call, with a mean close to the mean of all pairs."""
    from digest.cluster.grouping import _COHESION_PAIRS, _cohesion_pairs

    first, second = _cohesion_pairs(40)
    expected = np.triu_indices(40, k=1)
    assert np.array_equal(first, expected[0])
    assert np.array_equal(second, expected[1])
    count = 1_200  # 719,400 pairs: over the bound
    first, second = _cohesion_pairs(count)
    assert len(first) <= _COHESION_PAIRS
    assert len(first) > _COHESION_PAIRS * 0.99
    assert (first < second).all()
    assert second.max() < count
    again = _cohesion_pairs(count)
    assert np.array_equal(first, again[0])
    assert np.array_equal(second, again[1])
    values = np.sin(np.arange(count)) + 1.0  # a score per pair: the mean of its members' values
    every = np.triu_indices(count, k=1)
    full = ((values[every[0]] + values[every[1]]) / 2).mean()
    assert abs(((values[first] + values[second]) / 2).mean() - full) < 1e-3


@given(
    st.lists(st.lists(st.integers(0, 39), max_size=7), min_size=1, max_size=12),
    st.lists(st.integers(0, 12), min_size=40, max_size=40),
    st.integers(0, 40),
    st.integers(0, 2**40 - 1),
)
def test_which_groups_are_centroids_is_the_rule_of_each_group(
    groups: list[list[int]], terms: list[int], seed: int, flags: int
) -> None:
    """A group stands by its centroid unless all its stories are topic lists or all are chat
    summaries, or its stories' median count of terms is above ``short_story_terms``: all groups at
    once give what each group alone does (an even group's median the mean of its middle two)."""
    settings = ClusterSettings(short_story_terms=6)
    listing = np.array([(flags >> k) & 1 == 1 for k in range(40)])
    discussion = np.array([(seed >> (k % 6)) & 1 == 1 and k % 3 == 0 for k in range(40)])
    words = SimpleNamespace(indptr=np.concatenate(([0], np.cumsum(terms))))
    model = cast(
        Model, SimpleNamespace(listing=listing, discussion=discussion, words=words, settings=settings)
    )
    counts = np.asarray(terms)
    expected = [
        bool(g)
        and not listing[g].all()
        and not discussion[g].all()
        and float(np.median(counts[g])) <= settings.short_story_terms
        for g in groups
    ]
    assert _usable(model, groups).tolist() == expected
