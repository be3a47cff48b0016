"""Curated list or recap: whether two stories of one edition may report the same event.

A curated edition (TLDR, a morning briefing) lists distinct items: two of its stories
are rarely one event, so their similarity is lowered (``same_edition_penalty``: halved by
default, so that only a near retelling meets, such as a teaser and the full piece, two
sections of one essay or three links about one launch in a link digest; at 0 they are
kept apart always, which also stops chains through the edition). A recap (AI
News) retells the day's events in several sections (a Twitter recap, a Reddit recap,
a Discord recap): there the same event appears many times. The edition itself tells
which it is: in a recap many stories have a near-retelling (a pair at or above
``retold_similarity``, or the same link) inside the same edition; in a curated list
almost none do. The config can fix the kind per source (``recap_sources``,
``curated_sources``) when the evidence misleads.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np

from digest.models import Story
from digest.settings import ClusterSettings

__all__ = ["edition_rule", "recap_editions"]

#: Fewest stories told twice in an edition before it can count as a recap.
_FEWEST_RETOLD = 3


def recap_editions(
    stories: Sequence[Story],
    editions: np.ndarray[Any, Any],
    pairs: np.ndarray[Any, Any],
    scores: np.ndarray[Any, Any],
    settings: ClusterSettings,
) -> np.ndarray[Any, Any]:
    """Per edition number, whether it is a recap, from the scores of its own candidate pairs.

    ``scores`` are the pairs' similarities without any same-edition penalty.
    """
    count = int(editions.max(initial=-1)) + 2  # one spare for stories of no edition (-1)
    first, second = pairs[:, 0], pairs[:, 1]
    same = (editions[first] >= 0) & (editions[first] == editions[second])
    retold = same & (scores >= settings.retold_similarity)
    told_twice = np.unique(np.concatenate((first[retold], second[retold])))
    retold_per_edition = np.bincount(editions[told_twice], minlength=count)
    size = np.bincount(editions[editions >= 0], minlength=count)
    recap: np.ndarray[Any, Any] = (retold_per_edition >= _FEWEST_RETOLD) & (
        retold_per_edition >= settings.recap_share * size
    )
    recaps = {s.strip().casefold() for s in settings.recap_sources}
    curated = {s.strip().casefold() for s in settings.curated_sources}
    if recaps or curated:
        source = [""] * count
        for k in np.flatnonzero(editions >= 0)[::-1]:
            source[editions[k]] = stories[k].source.strip().casefold()
        recap |= np.asarray([s in recaps for s in source], dtype=bool)
        recap &= ~np.asarray([s in curated for s in source], dtype=bool)
    return recap


def edition_rule(
    editions: np.ndarray[Any, Any], recap: np.ndarray[Any, Any], i: int, j: int, penalty: float = 0.0
) -> str:
    """How the edition rule treats stories ``i`` and ``j``, in words (for ``digest explain``).

    ``penalty``: the similarity a curated edition's pair keeps (``same_edition_penalty``).
    """
    if editions[i] < 0 or editions[i] != editions[j]:
        return "different editions"
    if recap[editions[i]]:
        return "one recap edition (may retell)"
    return "one curated edition (kept apart)" if penalty == 0 else f"one curated edition (x{penalty:g})"
