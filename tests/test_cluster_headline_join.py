"""Headline-only items: a lone story of a line joins the cluster whose member it meets at the threshold."""

from __future__ import annotations

import datetime as dt
from typing import Any

import numpy as np

from digest.cluster.grouping import _headline_joined, _Scored
from digest.cluster.model import Model
from digest.models import Format, Story
from digest.settings import ClusterSettings


class _Story:
    def __init__(self, text: str) -> None:
        self.text = text


class _Model:
    """What :func:`_headline_joined` reads of a run: its stories, settings and who shares names."""

    def __init__(self, texts: list[str], names: set[tuple[int, int]], settings: ClusterSettings) -> None:
        self.stories = [_Story(t) for t in texts]
        self.settings = settings
        self.discussion = np.zeros(len(texts), dtype=bool)
        self._names = names

    def in_recap(self, stories: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return np.zeros(len(stories), dtype=bool)

    def covers_names(self, rows: np.ndarray[Any, Any], cols: np.ndarray[Any, Any]) -> np.ndarray[Any, Any]:
        return np.asarray(
            [(int(r), int(c)) in self._names for r, c in zip(rows, cols, strict=True)], dtype=bool
        )


_LONG = " ".join(["word"] * 80)


def _scored(n: int, pairs: dict[tuple[int, int], float]) -> _Scored:
    codes = np.asarray([i * n + j for i, j in sorted(pairs)], dtype=np.int64)
    return _Scored(codes, np.asarray([pairs[p] for p in sorted(pairs)]))


def _clusters(*groups: list[int]) -> list[list[tuple[list[int], float]]]:
    return [[(list(g), 1.0)] for g in groups]


def _members(clusters: list[list[tuple[list[int], float]]]) -> list[list[int]]:
    return sorted(sorted(m for part in parts for m in part[0]) for parts in clusters)


def test_a_lone_headline_joins_the_cluster_it_meets_with_a_shared_name() -> None:
    """Story 3 (a headline, no text) meets one of three long reports at the threshold."""
    model = _Model([_LONG, _LONG, _LONG, ""], {(3, 1)}, ClusterSettings())
    scored = _scored(4, {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.5, (1, 3): 0.25, (0, 3): 0.05})
    found = _headline_joined(model, _clusters([0, 1, 2], [3]), np.arange(4), scored, [-1] * 4)  # type: ignore[arg-type]
    assert _members(found) == [[0, 1, 2, 3]]


def test_a_story_with_text_of_its_own_stays_alone() -> None:
    model = _Model([_LONG, _LONG, _LONG, _LONG], {(3, 1)}, ClusterSettings())
    scored = _scored(4, {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.5, (1, 3): 0.25})
    found = _headline_joined(model, _clusters([0, 1, 2], [3]), np.arange(4), scored, [-1] * 4)  # type: ignore[arg-type]
    assert _members(found) == [[0, 1, 2], [3]]


def test_a_headline_without_the_name_in_common_stays_alone() -> None:
    """At the threshold on common words and names, no shared rare subject or version: a topic."""
    model = _Model([_LONG, _LONG, _LONG, ""], set(), ClusterSettings())
    scored = _scored(4, {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.5, (1, 3): 0.25})
    found = _headline_joined(model, _clusters([0, 1, 2], [3]), np.arange(4), scored, [-1] * 4)  # type: ignore[arg-type]
    assert _members(found) == [[0, 1, 2], [3]]


def test_under_the_threshold_or_a_chat_retelling_stays_alone() -> None:
    model = _Model([_LONG, _LONG, _LONG, ""], {(3, 1)}, ClusterSettings())
    under = _scored(4, {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.5, (1, 3): 0.15})
    assert _members(_headline_joined(model, _clusters([0, 1, 2], [3]), np.arange(4), under, [-1] * 4)) == [  # type: ignore[arg-type]
        [0, 1, 2],
        [3],
    ]
    model.discussion[3] = True
    at = _scored(4, {(0, 1): 0.5, (0, 2): 0.4, (1, 2): 0.5, (1, 3): 0.25})
    assert _members(_headline_joined(model, _clusters([0, 1, 2], [3]), np.arange(4), at, [-1] * 4)) == [  # type: ignore[arg-type]
        [0, 1, 2],
        [3],
    ]


def test_the_headline_joins_the_cluster_it_meets_best() -> None:
    """Story 4 meets a member of each of two clusters; the higher score decides."""
    model = _Model([_LONG, _LONG, _LONG, _LONG, "One line."], {(4, 1), (4, 3)}, ClusterSettings())
    scored = _scored(5, {(0, 1): 0.5, (2, 3): 0.5, (1, 4): 0.22, (3, 4): 0.31})
    found = _headline_joined(model, _clusters([0, 1], [2, 3], [4]), np.arange(5), scored, [-1] * 5)  # type: ignore[arg-type]
    assert _members(found) == [[0, 1], [2, 3, 4]]


def test_a_headline_does_not_join_a_cluster_holding_a_story_of_its_edition() -> None:
    """Stories 1 and 3 are items of one curated edition (label 7): 3 joins the cluster it meets
    second best, not the one with its edition's other item."""
    model = _Model([_LONG, _LONG, _LONG, "", _LONG], {(3, 1), (3, 4)}, ClusterSettings())
    scored = _scored(5, {(0, 1): 0.5, (2, 4): 0.5, (1, 3): 0.4, (3, 4): 0.25})
    apart = [-1, 7, -1, 7, -1]
    found = _headline_joined(model, _clusters([0, 1], [2, 4], [3]), np.arange(5), scored, apart)  # type: ignore[arg-type]
    assert _members(found) == [[0, 1], [2, 3, 4]]


def test_another_lone_story_is_not_a_cluster_to_join() -> None:
    model = _Model([_LONG, ""], {(1, 0)}, ClusterSettings())
    found = _headline_joined(model, _clusters([0], [1]), np.arange(2), _scored(2, {(0, 1): 0.3}), [-1] * 2)  # type: ignore[arg-type]
    assert _members(found) == [[0], [1]]


def _report(key: str, title: str, text: str) -> Story:
    date = dt.date(2026, 3, 4)
    return Story(
        id=key,
        title=title,
        text=text,
        source=f"Source {key}",
        path=f"{key}.md",
        position=0,
        date=date,
        edition_date=date,
        format=Format.MARKDOWN,
    )


def test_the_member_must_name_every_distinctive_name_of_the_headline() -> None:
    """A version both headlines name is evidence only if the report also names the headline's
    other names: "Zorvex 3.2 comes to Pellmark" is Pellmark's news, not the release's."""
    release = "Halden Labs released Zorvex 3.2, its reasoning model, on Tuesday with a longer context window."
    stories = [
        _report("a-1", "Halden Labs ships Zorvex 3.2", release),
        _report("b-2", "Zorvex 3.2 is here", ""),
        _report("c-3", "Zorvex 3.2 comes to Pellmark", ""),
        *(
            _report(f"f-{k}", f"Tide tables for harbour {k}", f"Harbour {k} tides rise at dawn.")
            for k in range(4, 12)
        ),
    ]
    model = Model(stories, ClusterSettings(), 1)
    index = {s.id: k for k, s in enumerate(model.stories)}
    rows = np.asarray([index["b-2"], index["c-3"], index["f-4"]])
    cols = np.asarray([index["a-1"], index["a-1"], index["a-1"]])
    assert model.covers_names(rows, cols).tolist() == [True, False, False]
