"""The "Top stories" list: the week's most widely reported stories first, each linked to where it is told."""

from __future__ import annotations

import datetime as dt
import re

from digest.compose.rank import place
from digest.models import Digest, Format, MergedStory, Placement, SourceRef, Story, StoryCluster
from digest.render.html import to_html
from digest.render.json import digest_dict
from digest.render.markdown import to_markdown
from digest.settings import ComposeSettings
from tests.markdown_ids import github_ids

DAY = dt.date(2026, 4, 20)


def _story(sid: str, source: str, title: str) -> Story:
    return Story(
        id=sid,
        title=title,
        text=f"{title} happened on Monday, {source} reported.",
        source=source,
        path=f"{source}.md",
        date=DAY,
        edition_date=DAY,
        format=Format.MARKDOWN,
    )


def _digest(groups: dict[str, tuple[str, list[str]]]) -> Digest:
    """A digest of clusters named ``cid``: (headline, the sources that reported it)."""
    stories: list[Story] = []
    clusters: list[StoryCluster] = []
    merged: list[MergedStory] = []
    for cid, (headline, sources) in groups.items():
        members = [_story(f"{cid}-{k}", source, headline) for k, source in enumerate(sources)]
        stories += members
        clusters.append(StoryCluster(cid, tuple(s.id for s in members), 1.0))
        merged.append(
            MergedStory(
                cluster_id=cid,
                headline=headline,
                headline_story=members[0].id,
                summary=(),
                sources=tuple(SourceRef(s.source, s.date, None, s.title, s.id) for s in members),
                story_ids=tuple(s.id for s in members),
                date=DAY,
                sections=(),
                topic="Technology story" if "Model" in headline else "Other",
            )
        )
    return Digest(
        editions=(), stories=tuple(stories), clusters=tuple(clusters), dropped=(), merged=tuple(merged)
    )


WEEK = {
    "a": ("Model Alpha ships", ["One", "Two", "Three"]),
    "b": ("Zeta buys Omega", ["One", "Two"]),
    "c": ("Model Alpha ships", ["Four", "Five"]),  # the same words as another headline: its own anchor
    "d": ("A quiet council meeting", ["One"]),
    "e": ("Rail strike ends", ["Two"]),
}


def test_top_stories_are_the_widely_reported_ones_in_rank_order() -> None:
    """Stories two publications or more reported, highest rank first, up to ``top_stories``."""
    placed = place(_digest(WEEK), ComposeSettings(top_stories=5))
    ranks = {m.cluster_id: m.rank for m in placed.merged}
    assert placed.top == tuple(sorted(("a", "b", "c"), key=ranks.__getitem__))
    assert placed.top[0] == "a"  # three publications
    assert place(_digest(WEEK), ComposeSettings(top_stories=2)).top == placed.top[:2]
    assert place(_digest(WEEK), ComposeSettings(top_stories=0)).top == ()


def test_no_list_when_it_would_repeat_the_digest_or_hold_one_story() -> None:
    """Every story told in full is a top story, or only one qualifies: the digest is its own top."""
    only_wide = {k: WEEK[k] for k in ("a", "b", "c")}
    assert place(_digest(only_wide), ComposeSettings()).top == ()
    one_wide = {k: WEEK[k] for k in ("a", "d", "e")}
    assert place(_digest(one_wide), ComposeSettings()).top == ()
    placed = place(_digest(WEEK), ComposeSettings(full_stories=1, full_stories_max=1))
    assert [m.cluster_id for m in placed.merged if m.placement is Placement.FULL] == ["a"]
    assert placed.top == ()


def test_markdown_lists_them_first_linked_to_their_headings() -> None:
    """Each line links the heading the story is told under (a repeated headline: its own id)."""
    markdown = to_markdown(place(_digest(WEEK), ComposeSettings()))
    assert markdown.index("## Top stories") < markdown.index("## Contents")
    block = markdown.split("## Top stories\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert block[0] == "1. [Model Alpha ships](#model-alpha-ships) (Technology; 3 newsletters)"
    links = [re.search(r"\]\(#([^)]+)\)", line)[1] for line in block]  # type: ignore[index]
    assert len(block) == 3
    assert sorted(links) == ["model-alpha-ships", "model-alpha-ships-1", "zeta-buys-omega"]
    assert set(links) <= set(github_ids(markdown))
    assert "## Top stories" not in to_markdown(place(_digest(WEEK), ComposeSettings(top_stories=0)))


def test_html_and_json_carry_the_same_list() -> None:
    """The page lists them with in-page links to the story headings; JSON gives their cluster ids."""
    placed = place(_digest(WEEK), ComposeSettings())
    page = to_html(placed)
    top = page.split("Top stories</h2>", 1)[1].split("</ol>", 1)[0]
    targets = re.findall(r'href="#([^"]+)"', top)
    assert len(targets) == 3
    assert all(f'id="{t}"' in page for t in targets)
    assert digest_dict(placed)["top_stories"] == list(placed.top)
