"""Communities of a recap: a chat digest's servers (its "Server ▷ #channel" sections and the server's
own summary section) are told apart by the structure of the headings; a cluster of two servers' items
alone stays one only where they meet strongly or on evidence of an event."""

from __future__ import annotations

import datetime as dt

from digest.cluster.grouping import cluster_stories
from digest.cluster.model import community_keys
from digest.models import Format, Story
from digest.settings import ClusterSettings

_OFF = ClusterSettings(community_meeting=0.0)


def _story(
    key: str,
    title: str,
    text: str,
    *,
    section: str | None,
    source: str = "Recap",
    links: tuple[str, ...] = (),
) -> Story:
    return Story(
        id=key,
        title=title,
        text=text,
        source=source,
        path=f"{source.casefold()}-2030-01-02.md",
        section=section,
        date=dt.date(2030, 1, 2),
        edition_date=dt.date(2030, 1, 2),
        format=Format.MARKDOWN,
        links=links,
    )


def test_community_keys_read_the_headings_structure() -> None:
    stories = [
        _story("a", "One", "Text one.", section="Orbit Labs ▷ #general (120 messages)"),
        _story("b", "Two", "Text two.", section="Orbit Labs Discord"),
        _story("c", "Three", "Text three.", section="Kite ▷ #help (4 messages)"),
        _story("d", "Four", "Text four.", section="Kite Discord"),
        _story("e", "Five", "Text five.", section="Theme 1: Orbit Labs and Kite"),
        _story("f", "Six", "Text six.", section="Orbit Labs ▷ #general", source="Other"),
        _story("g", "Seven", "Text seven.", section="Orbit Labs Discord", source="Lone"),
    ]
    keys = community_keys(stories).tolist()
    assert keys[0] == keys[1] == keys[5] >= 0  # a server's channel, its summary, another file's channel
    assert keys[2] == keys[3] >= 0
    assert keys[0] != keys[2]
    assert keys[4] == -1  # a heading over several servers names no part of one
    assert keys[6] == -1  # no heading of its file marks a part: no community is known there


def _filler() -> list[Story]:
    topics = [
        ("Harbor cranes automated", "The port of Lumen automated its harbor cranes with new sensors."),
        ("Wheat prices climb", "Wheat futures climbed after a dry spring in the southern plains."),
        ("Museum reopens wing", "The city museum reopened its east wing after a long renovation."),
        ("Rail strike ends", "Rail workers ended a three-day strike after a wage agreement."),
        ("Solar farm approved", "Regulators approved a solar farm on former mining land."),
        ("Chess final drawn", "The chess final was drawn after six hours of play."),
        ("Bridge inspection due", "Engineers scheduled an inspection of the old river bridge."),
        ("Library extends hours", "The public library extended its opening hours on weekends."),
    ]
    return [
        _story(f"f{k}", title, text, section=None, source=f"Paper{k}")
        for k, (title, text) in enumerate(topics)
    ]


def _servers(links: tuple[str, ...] = ()) -> list[Story]:
    """Two servers' items about the Quasar model: one server's members on its rate limits (channel
    and summary), another's on its context window (channel and summary)."""
    return [
        _story(
            "a1",
            "Quasar rate limits frustrate members",
            "Some members complained that Quasar rate limits cut their Neovim "
            "agent runs short during Tokio builds.",
            section="Orbit Labs ▷ #general (120 messages)",
            links=links,
        ),
        _story(
            "a2",
            "Quasar rate limits cut agent runs",
            "Several users said Quasar rate limits cut Neovim agent runs short in Tokio builds.",
            section="Orbit Labs Discord",
        ),
        _story(
            "b1",
            "Quasar context window debated",
            "Some members debated whether the Quasar context window and its rate "
            "limits suit Delaware contracts for Harvey.",
            section="Kite ▷ #general (40 messages)",
            links=links,
        ),
        _story(
            "b2",
            "Quasar context window questioned",
            "One user questioned whether the Quasar context window suits Delaware "
            "contracts under its rate limits.",
            section="Kite Discord",
        ),
    ]


def _together(stories: list[Story], settings: ClusterSettings | None = None) -> list[set[str]]:
    return [set(c.story_ids) for c in cluster_stories(stories, settings) if len(c.story_ids) > 1]


def test_two_servers_talk_about_one_product_are_parted_by_server() -> None:
    stories = _servers() + _filler()
    assert _together(stories, _OFF) == [{"a1", "a2", "b1", "b2"}]  # the rule off: one cluster
    assert sorted(_together(stories), key=sorted) == [{"a1", "a2"}, {"b1", "b2"}]


def test_two_servers_sharing_a_rare_link_stay_together() -> None:
    stories = _servers(links=("https://example.org/quasar/status",)) + _filler()
    assert {"a1", "b1"} <= next(iter(_together(stories)))
