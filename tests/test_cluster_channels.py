"""A chat channel's topic: the product every conversation of a recap's channel names says where the
talk was, not what happened, so it is no evidence between a chat retelling and other stories."""

from __future__ import annotations

import datetime as dt

import numpy as np

from digest.cluster.grouping import cluster_stories, pair_scores, similarity_in
from digest.cluster.model import Model
from digest.models import Format, Story
from digest.settings import ClusterSettings

_CHANNEL = "Zephyr Community ▷ #general"
_OFF = ClusterSettings(channel_topic_weight=1.0)


def _story(key: str, title: str, text: str, *, day: int, section: str | None, source: str = "Recap") -> Story:
    return Story(
        id=key,
        title=title,
        text=text,
        source=source,
        path=f"{source.casefold()}-2030-01-0{day}.md",
        section=section,
        date=dt.date(2030, 1, day),
        edition_date=dt.date(2030, 1, day),
        format=Format.MARKDOWN,
    )


def _run() -> list[Story]:
    """A recap's chat channel about the Zephyr editor on two days (four conversations, each naming
    it), a report of the Zephyr 2.0 release in another newsletter, and filler of other topics."""
    channel = [
        _story(
            "c1",
            "Zephyr autocomplete lags",
            "Users reported that Zephyr autocomplete lags on large Rust projects since Monday.",
            day=1,
            section=_CHANNEL,
        ),
        _story(
            "c2",
            "Zephyr pricing debated",
            "Members debated whether the Zephyr Pro plan is worth its price for students.",
            day=1,
            section=_CHANNEL,
        ),
        _story(
            "c3",
            "Claude Code praised over Zephyr",
            "Members are reporting that Claude Code writes better patches than Zephyr 2.0, "
            "with one user saying it changed how they code.",
            day=2,
            section=_CHANNEL,
        ),
        _story(
            "c4",
            "Zephyr themes shared",
            "A user shared a set of dark themes for Zephyr and asked for feedback on contrast.",
            day=2,
            section=_CHANNEL,
        ),
    ]
    report = _story(
        "r1",
        "Zephyr 2.0 released with a review panel",
        "Zephyr Labs released Zephyr 2.0, its largest update, adding a review panel, "
        "background tasks and a plugin store.",
        day=2,
        section="Headlines",
        source="Daily",
    )
    filler = [
        _story(f"f{k}", title, text, day=1 + k % 2, section="Other news", source="Daily")
        for k, (title, text) in enumerate(
            [
                (
                    "Volta raises $40 million",
                    "Battery maker Volta raised $40 million in a round led by Northwind Capital.",
                ),
                (
                    "Quill opens a Paris office",
                    "Quill, the note-taking startup, opened a Paris office with 30 engineers.",
                ),
                (
                    "Harbor cuts prices",
                    "Harbor cut its storage prices by a fifth for customers in Europe and Asia.",
                ),
                ("Lumen ships a camera", "Lumen shipped a pocket camera that films in 8K for $900."),
            ]
        )
    ]
    return [*channel, report, *filler]


def test_a_channels_topic_is_marked_for_its_chat_retellings_only() -> None:
    """Zephyr, named by all four conversations of the recurring channel, is its topic; the report
    of another newsletter (no recurring column of its own) carries none."""
    model = Model(sorted(_run(), key=lambda s: s.id), ClusterSettings())
    marked = np.asarray(model._channel_topics.sum(axis=1)).ravel()
    assert {s.id for s, count in zip(model.stories, marked, strict=True) if count} == {"c1", "c2", "c3", "c4"}
    assert model._names_whole is not None
    assert Model(sorted(_run(), key=lambda s: s.id), _OFF)._names_whole is None


def test_a_chat_retelling_does_not_meet_a_report_on_its_channels_topic() -> None:
    """Praise of another tool in the Zephyr channel names Zephyr 2.0 as the release does: that was
    enough to lift the pair (and chain the talk into the release's cluster); without the channel's
    topic, the pair shares only the version."""
    stories = _run()
    pair = [("c3", "r1")]
    on, off = pair_scores(stories, pair)[0], pair_scores(stories, pair, _OFF)[0]
    assert on < off
    assert on < ClusterSettings().threshold <= off


def test_two_conversations_of_one_channel_keep_their_topic_and_reports_are_untouched() -> None:
    stories = _run()
    within = [("c1", "c2"), ("c3", "c4"), ("c1", "c4")]
    np.testing.assert_array_equal(pair_scores(stories, within), pair_scores(stories, within, _OFF))
    reports = [("r1", "f0"), ("f1", "f2")]
    np.testing.assert_array_equal(pair_scores(stories, reports), pair_scores(stories, reports, _OFF))


def test_the_chat_retelling_leaves_the_release_cluster() -> None:
    stories = _run()
    together = {frozenset(c.story_ids) for c in cluster_stories(stories, _OFF)}
    apart = {frozenset(c.story_ids) for c in cluster_stories(stories)}
    assert any({"c3", "r1"} <= c for c in together)
    assert not any({"c3", "r1"} <= c for c in apart)


def test_explain_says_whose_channel_topic_was_left_out() -> None:
    stories = _run()
    by_id = {s.id: s for s in stories}
    assert similarity_in(stories, by_id["c3"], by_id["r1"]).channel_topic == "A"
    assert similarity_in(stories, by_id["r1"], by_id["c3"]).channel_topic == "B"
    assert similarity_in(stories, by_id["c1"], by_id["c3"]).channel_topic == "kept"
    assert similarity_in(stories, by_id["r1"], by_id["f0"]).channel_topic == "neither"
    assert similarity_in(stories, by_id["c3"], by_id["r1"], _OFF).channel_topic == "neither"
