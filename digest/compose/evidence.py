"""What a story of one publication rests on: a reported event, or a community's chat about one.

In brief is filled from the stories one publication alone reported, taken in turn from
each publication. A recap of chat servers retells what its members said ("Members
discussed...", "LM Studio users reported...", "Across two servers, users said..."): talk
about an event, not the event. A story whose reports mostly open that way waits until every
publication's reported events have had their turn. Among a publication's reported events,
one whose opening states a figure and names its actor ("Alphabet and Nvidia invested in
Lovable at a $6.6 billion valuation") goes before an essay or a tool's page of the same reach.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from digest.cluster.discussion import opens_with_participants
from digest.compose.summary import facts, figures, whole_sentences
from digest.models import Story
from digest.text.names import publication

__all__ = ["figure_openings", "states_figures", "told_by_chat"]


def told_by_chat(reports: Sequence[Story]) -> bool:
    """Whether most of ``reports`` tell what unnamed members of a community said or did."""
    return bool(reports) and 2 * sum(opens_with_participants(s.text) for s in reports) > len(reports)


#: Sentences of a report's opening read for its figures and names.
_OPENING_SENTENCES = 2


def states_figures(report: Story, told: Iterable[str] | None = None) -> bool:
    """Whether ``report``'s opening states a figure (an amount, a count, a share) and names someone.

    ``told``: the report's whole sentences (:func:`digest.compose.summary.whole_sentences`) where
    the caller has read them already (the merge's :class:`digest.compose.summary.Told`).
    """
    read = whole_sentences(report) if told is None else told
    sentences = zip(range(_OPENING_SENTENCES), read, strict=False)
    opening = " ".join(sentence for _, sentence in sentences)
    stated = figures(opening)
    return bool(stated) and bool(facts(opening, stated) - stated)


def figure_openings(
    reports: Sequence[Story], told: Mapping[str, Iterable[str]] | None = None
) -> frozenset[str] | None:
    """The ids of ``reports`` whose opening states a figure (:func:`states_figures`), when they come
    from two publications or more (the ranking compares such stories on it); None otherwise.

    ``told``: the whole sentences of some reports (by id) where the caller has read them already.
    """
    if len({publication(report.source).casefold() for report in reports}) < 2:
        return None
    told = told or {}
    return frozenset(report.id for report in reports if states_figures(report, told.get(report.id)))
