"""Clusters of the bundled newsletters, as an editor would group them."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.cluster.grouping import cluster_stories
from digest.ingest import read_stories
from digest.models import Story, StoryCluster
from digest.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture(scope="module")
def grouped() -> tuple[dict[str, Story], tuple[StoryCluster, ...]]:
    """The fixtures' stories by id, and their clusters."""
    reading = read_stories([FIXTURES / "seeds", FIXTURES / "formats"], Settings())
    return {s.id: s for s in reading.stories}, cluster_stories(reading.stories, Settings().clustering)


def _cluster_of(grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]], title_part: str) -> set[str]:
    stories, clusters = grouped
    found = [c for c in clusters if any(title_part in stories[i].title for i in c.story_ids)]
    assert len(found) == 1, title_part
    return {f"{stories[i].source}: {stories[i].title}" for i in found[0].story_ids}


def test_astrazeneca_investment_and_cspc_deal_are_one_story(
    grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]],
) -> None:
    """The USD 15 billion investment (CIW) and the CSPC deal (Daily Buzz, Yuan Ledger) are one story."""
    members = _cluster_of(grouped, "CSPC Signs AstraZeneca")
    assert {m.split(":")[0] for m in members} == {"China Insights Weekly", "Daily Buzz", "The Yuan Ledger"}


def test_catl_listing_reported_by_two_outlets(
    grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]],
) -> None:
    """The aggregator's two articles on the CATL Hong Kong listing are one cluster."""
    members = _cluster_of(grouped, "listing frenzy")
    assert any("Hong Kong to dominate 2025 IPO action" in m for m in members)


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("BYD Suffers Fifth Straight Month", "ADAspace Off and Running"),
        ("China-Listed Chip Makers Signal", "Chipmaker Wingtech Projects Wider Loss"),
        ("China’s AI startups kick off Hong Kong’s 2026 IPO year", "Hong Kong to dominate 2025 IPO action"),
        ("German corporate investment in China", "Anta invests USD 1.8 billion"),
        ("Zhipu AI raises 3 billion yuan", "Chery Automobile prices Hong Kong listing"),
    ],
)
def test_lookalike_stories_stay_apart(
    grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]], first: str, second: str
) -> None:
    """Stories that share names or a topic but report different news are in different clusters."""
    assert _cluster_of(grouped, first) != _cluster_of(grouped, second)


def test_same_event_across_newsletters(grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]]) -> None:
    """Factory data, home prices, Bitcoin and DeepSeek V4 are each one cluster across sources.

    The home prices are also told in Chinese (财经早报): the retelling joins through its figures.
    """
    assert len(_cluster_of(grouped, "China Factory Activity Contracts")) == 2
    home_prices = _cluster_of(grouped, "New Home Prices Rise")
    assert {m.split(":")[0] for m in home_prices} == {"Daily Buzz", "The Yuan Ledger", "财经早报"}
    assert len(_cluster_of(grouped, "Bitcoin Continues Downward")) == 2
    assert len(_cluster_of(grouped, "DeepSeek V4 goes open-weight")) == 2


def test_pair_scores_are_the_scores_clustering_and_explain_see(
    grouped: tuple[dict[str, Story], tuple[StoryCluster, ...]],
) -> None:
    """`pair_scores` (the blind audit's estimate reads it) gives each pair the score `digest
    explain` shows, and NaN for an id not in the run."""
    from digest.cluster.grouping import pair_scores, similarity_in

    stories, clusters = grouped
    corpus = list(stories.values())
    together = next(c for c in clusters if len(c.story_ids) > 1)
    a, b = (stories[i] for i in together.story_ids[:2])
    alone = next(c for c in clusters if len(c.story_ids) == 1)
    c = stories[alone.story_ids[0]]
    scores = pair_scores(corpus, [(a.id, b.id), (a.id, c.id), (a.id, "not-a-story")])
    assert scores[0] == similarity_in(corpus, a, b).score
    assert scores[1] == similarity_in(corpus, a, c).score
    assert scores[0] > scores[1]
    assert scores[2] != scores[2]  # NaN
