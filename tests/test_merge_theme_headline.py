"""A recap's theme over several events (a title joining parts with a comma, a text that turns to
another subject: "Meanwhile, ...") heads a merged story only when no other report's title can; a
report of one event going on to a related development keeps its title."""

from __future__ import annotations

from digest.compose.merge import merge_cluster
from digest.models import Format, Story, StoryCluster
from digest.settings import ComposeSettings


def _story(sid: str, title: str, text: str, source: str, path: str) -> Story:
    return Story(id=sid, title=title, text=text, source=source, path=path, format=Format.MARKDOWN)


_THEME = _story(
    "a",
    "Zephyr 3 Pro and “Falcon” Flex Muscles, Borealis Plays Coy",
    "Zephyr 3 Pro nears general availability, with its Falcon build leading a coding benchmark, while "
    "Borealis remains elusive. Meanwhile, a mystery Kestrel model appeared briefly on a test site.",
    "Recap Daily",
    "recap-1.md",
)
_REPORT = _story(
    "b",
    "Zephyr 3 Pro Gets an Upgrade",
    "The updated Zephyr 3 Pro preview leads several coding benchmarks and fixes earlier regressions.",
    "Curated Letter",
    "curated-1.md",
)


def test_a_theme_over_several_events_gives_way_to_a_report_of_the_event() -> None:
    cluster = StoryCluster(id="c", story_ids=("a", "b"), cohesion=0.5)
    merged = merge_cluster(cluster, {"a": _THEME, "b": _REPORT}, ComposeSettings())
    assert merged.headline == "Zephyr 3 Pro Gets an Upgrade"


def test_a_report_going_on_to_a_related_development_keeps_its_title() -> None:
    charged = _story(
        "c",
        "Suspect charged as the harbour fight builds",
        "Prosecutors charged the suspect in the harbour shooting on Monday. Meanwhile, the mayor said "
        "the new harbour wall was essential to the city's safety.",
        "City Desk",
        "city-1.md",
    )
    other = _story(
        "d",
        "Slow Dance",
        "The harbour shooting suspect appeared in court on Monday.",
        "Weekly Tabs",
        "tabs-1.md",
    )
    cluster = StoryCluster(id="e", story_ids=("c", "d"), cohesion=0.5)
    merged = merge_cluster(cluster, {"c": charged, "d": other}, ComposeSettings())
    assert merged.headline == "Suspect charged as the harbour fight builds"
