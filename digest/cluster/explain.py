"""Why two stories were or were not put in one cluster, with the scores."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table

from digest.cluster.discussion import is_discussion
from digest.cluster.grouping import cluster_stories, similarity_in
from digest.models import PairExplanation, Story
from digest.settings import ClusterSettings


def explain_pair(
    first: Story, second: Story, stories: Sequence[Story], settings: ClusterSettings | None = None
) -> PairExplanation:
    """Score ``first`` against ``second`` with the statistics of ``stories`` and cluster them all."""
    settings = settings or ClusterSettings()
    corpus = list(stories)
    for story in (first, second):
        if story not in corpus:
            corpus.append(story)
    similarity = similarity_in(corpus, first, second, settings)
    clusters = cluster_stories(corpus, settings)
    home = next(c for c in clusters if first.id in c.story_ids)
    return PairExplanation(
        first=first,
        second=second,
        similarity=similarity,
        threshold=settings.threshold,
        same_cluster=second.id in home.story_ids,
        cluster_size=len(home.story_ids),
    )


def render_explanation(explanation: PairExplanation) -> Table:
    """A table of the signals, for the terminal."""
    sim = explanation.similarity
    table = Table(title=f"{explanation.first.id} vs {explanation.second.id}", caption=explanation.verdict)
    table.add_column("signal")
    table.add_column("value", justify="right")
    table.add_row("title A", explanation.first.title)
    table.add_row("title B", explanation.second.title)
    table.add_row("word TF-IDF cosine", f"{sim.words:.3f}")
    table.add_row("names and numbers cosine", f"{sim.names:.3f}")
    table.add_row("years factor", f"{sim.year_factor:.2f}")
    table.add_row("versions factor", f"{sim.version_factor:.2f}")
    table.add_row("dates factor", f"{sim.date_factor:.2f}")
    table.add_row("same edition factor", f"{sim.edition_factor:.2f}")
    table.add_row("shared headline subject factor", f"{sim.subject_factor:.2f}")
    table.add_row("different subjects factor", f"{sim.who_factor:.2f}")
    table.add_row("later edition factor", f"{sim.later_edition_factor:.2f}")
    table.add_row("recap retelling factor", f"{sim.recap_factor:.2f}")
    table.add_row("arrival venue factor", f"{sim.venue_factor:.2f}")
    table.add_row("same canonical URL", "yes" if sim.same_url else "no")
    table.add_row("candidate source", sim.candidate_source or "-")
    table.add_row("edition rule", sim.edition_rule or "-")
    table.add_row("shared figures (across scripts)", str(sim.figure_matches))
    table.add_row("shared rare words", ", ".join(sim.rare_words[:8]) or "none")
    table.add_row("event evidence factor", f"{sim.evidence_factor:.2f}")
    table.add_row("chat retelling (must meet half its cluster)", _retellings(explanation))
    table.add_row("channel topic names left out (chat retelling)", sim.channel_topic)
    table.add_row("similarity", f"{sim.score:.3f}")
    table.add_row("threshold", f"{explanation.threshold:.3f}")
    return table


def _retellings(explanation: PairExplanation) -> str:
    """Which of the pair is a chat retelling (:func:`is_discussion`): "A", "B", "both" or "neither"."""
    first, second = is_discussion(explanation.first), is_discussion(explanation.second)
    if first and second:
        return "both"
    return "A" if first else "B" if second else "neither"
