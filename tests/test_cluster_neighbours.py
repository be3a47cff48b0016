"""The neighbour search looks stories up by their rare terms: rare by share of the run and by count."""

from __future__ import annotations

from typing import Any

import attrs
import numpy as np
import pytest
from scipy.sparse import csr_matrix

from digest.cluster.candidates import neighbour_pairs
from digest.errors import SettingsError
from digest.settings import ClusterSettings


def _run(stories: int, sharing: int) -> tuple[csr_matrix, csr_matrix]:
    """Word and name rows of ``stories`` stories: the first ``sharing`` have term 0 (their heaviest),
    every story a term of its own besides; no names."""
    rows, cols, values = [], [], []
    for story in range(stories):
        if story < sharing:
            rows.append(story)
            cols.append(0)
            values.append(0.9)
        rows.append(story)
        cols.append(1 + story)
        values.append(0.4)
    words = csr_matrix(
        (np.array(values, dtype=np.float32), (rows, cols)), shape=(stories, stories + 1), dtype=np.float32
    )
    names = csr_matrix((stories, 1), dtype=np.float32)
    return words, names


def _pairs(found: np.ndarray[Any, Any]) -> set[tuple[int, int]]:
    return {(min(a, b), max(a, b)) for a, b in found.tolist()}


def test_a_term_within_the_share_finds_neighbours() -> None:
    words, names = _run(400, 100)
    settings = attrs.evolve(ClusterSettings(), neighbour_df=0.5, neighbours=3)
    assert any(b < 100 for a, b in _pairs(neighbour_pairs(words, names, settings)))


def test_a_term_in_more_stories_than_the_limit_is_too_common_whatever_its_share() -> None:
    """A share of the run alone lets a term in 5,000 of 100k stories count: each story's row of
    the product then grows with the run."""
    words, names = _run(400, 100)
    settings = attrs.evolve(ClusterSettings(), neighbour_df=0.5, neighbours=3, neighbour_df_limit=60)
    assert not _pairs(neighbour_pairs(words, names, settings))
    within = attrs.evolve(settings, neighbour_df_limit=100)
    assert _pairs(neighbour_pairs(words, names, within))


def test_the_limit_never_cuts_below_fifty_stories() -> None:
    words, names = _run(400, 50)
    settings = attrs.evolve(ClusterSettings(), neighbour_df=0.5, neighbours=3, neighbour_df_limit=0)
    assert _pairs(neighbour_pairs(words, names, settings))


def test_the_default_limit_leaves_runs_up_to_30k_to_the_share() -> None:
    settings = ClusterSettings()
    assert int(settings.neighbour_df * 30_000) <= settings.neighbour_df_limit


def test_the_limit_is_a_whole_number() -> None:
    with pytest.raises(SettingsError):
        ClusterSettings(neighbour_df_limit=-1)
