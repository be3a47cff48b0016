"""A kicker that opens several headlines of a run ("Show HN:", "Ask HN:", a column's "Alexis' View:")
is the rubric an item is filed under, not its subject: two people's own projects filed under "Show HN"
are not one running story. A kicker that opens one headline only ("Qwen3.6-27B: ...") stays its subject."""

from __future__ import annotations

import datetime as dt

from digest.cluster.grouping import similarity_in
from digest.cluster.subjects import headline_kickers, title_subjects
from digest.models import Story
from digest.settings import ClusterSettings


def _story(key: str, title: str, text: str, day: int = 1) -> Story:
    return Story(
        id=key,
        title=title,
        text=text,
        source="Link List",
        path=f"list-{day}.md",
        date=dt.datetime(2026, 4, day, tzinfo=dt.UTC),
    )


_POSTS = [
    _story(
        "p1",
        "Show HN: Tallyho – Count tokens per task in Rivet Shell",
        "Show HN post: Tallyho counts tokens in Rivet Shell.",
    ),
    _story(
        "p2",
        "Show HN: Keelboat – a session resume for Rivet Shell",
        "Show HN post: Keelboat resumes Rivet Shell sessions.",
        2,
    ),
    _story(
        "p3",
        "Show HN: Marlin – Browser tests that write themselves",
        "Show HN post: Marlin writes browser tests.",
        3,
    ),
    _story(
        "q1",
        "Quillfeather: A Compact Dense Model for Coding",
        "Quillfeather is a dense coding model from Orlov Labs.",
    ),
]
_FILLER = [
    _story(
        f"f{k}",
        f"Harbour authority report number {k}",
        f"The harbour authority published report {k} on tides.",
    )
    for k in range(26)
]


def test_a_recurring_kicker_is_a_rubric_and_no_subject() -> None:
    stories = [*_POSTS, *_FILLER]
    kickers = headline_kickers(stories)
    subjects = title_subjects(stories)
    assert kickers[0] == kickers[1] == kickers[2] == {"show", "hn"}
    for subject in subjects[:3]:
        assert not subject & {"show", "hn"}
    # What each post is about is still its subject; the single kicker is a subject as before.
    assert {"tallyho", "keelboat", "marlin"} <= subjects[0] | subjects[1] | subjects[2]
    assert kickers[3] == frozenset()
    assert "quillfeather" in subjects[3]


def test_a_kicker_of_two_headlines_is_still_a_subject() -> None:
    stories = [_POSTS[0], _POSTS[1], *_FILLER]
    assert headline_kickers(stories)[:2] == [frozenset(), frozenset()]
    assert {"show", "hn"} <= title_subjects(stories)[0]


def test_two_posts_under_one_rubric_are_no_running_story() -> None:
    """Two posts that share their rubric only ("Show HN") are not raised as one subject days apart;
    two that name the same project of their own still are."""
    stories = [*_POSTS, *_FILLER]
    rubric_only = similarity_in(stories, _POSTS[0], _POSTS[2])
    assert rubric_only.subject_factor == 1.0
    same_project = similarity_in(stories, _POSTS[0], _POSTS[1])
    assert same_project.subject_factor == ClusterSettings().subject_boost
