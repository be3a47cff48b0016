"""The whole run, stage by stage: read, split, window, cluster, merge, sort into topics.

Render the result with :func:`digest.render.markdown.to_markdown` or
:func:`digest.render.json.to_json`.
"""

from __future__ import annotations

import datetime as dt
import functools
from collections.abc import Callable, Iterable, Mapping, Sequence
from pathlib import Path
from typing import NamedTuple

from attrs import evolve

from digest.cluster.grouping import cluster_stories
from digest.compose.interest import mute_stories
from digest.compose.merge import merge_cluster
from digest.compose.rank import place
from digest.compose.topics import TopicEvidence, topic_of, topic_scores
from digest.figures.currency import Rates
from digest.figures.reconcile import reconcile, stated_in
from digest.history.followup import follow_up
from digest.history.store import Published
from digest.ingest import read_stories
from digest.models import Digest, Dropped, DropReason, Figure, MergedStory, Reading, Story, StoryCluster
from digest.parallel import aside, in_blocks_with, worker_count
from digest.periods import period_label
from digest.settings import ComposeSettings, Settings

__all__ = ["compile_digest", "compile_reading", "period_label"]


def compile_reading(
    reading: Reading,
    settings: Settings | None = None,
    *,
    published: Sequence[Published] = (),
    on_stage: Callable[[str], None] | None = None,
    rates: Rates | None = None,
    workers: int | None = None,
) -> Digest:
    """Window, cluster, merge and sort what was read into a digest.

    ``published`` is what earlier digests published (from
    :meth:`digest.history.store.History.published_before`): stories that continue one
    of them are marked as follow-ups, repeats go to the ledger. ``on_stage``
    is called with the name of each stage as it starts, for progress displays.
    ``rates`` (the exchange-rates table) and ``workers`` (processes) are made
    from ``settings`` when not given.
    """
    settings = settings or Settings()
    stage = on_stage or (lambda _: None)
    rates = rates or Rates(settings.figures.base_currency)
    workers = worker_count(settings.workers) if workers is None else workers
    compose = settings.compose
    kept, outside = _window(reading.stories, compose)
    kept, muted = mute_stories(kept, compose)
    # A large run's figures are read on a core the clustering stage's serial steps leave idle;
    # the stories not read by the time it ends are read by the merge stage, as in a small run.
    blocks = [kept[k : k + _ASIDE_BLOCK] for k in range(0, len(kept), _ASIDE_BLOCK)]
    read_aside = functools.partial(stated_in, seen={})
    with aside(read_aside, blocks, start=_parallel(len(kept), workers)) as figures_aside:
        stage("clustering")
        clusters = cluster_stories(kept, settings.clustering, workers=workers)
        stage("merging")
        figures = _figures_read(blocks, figures_aside.done())
    by_id = {story.id: story for story in kept}
    scored = _merge_all(clusters, by_id, settings, rates, workers, figures=figures)
    merged = [story for story, _ in scored]
    evidence = TopicEvidence(scored)  # placing settles topics from what the merge stage found
    del scored
    period = _period(kept, compose)
    digest = Digest(
        editions=reading.editions,
        stories=kept,
        clusters=clusters,
        dropped=reading.dropped + outside + muted,
        merged=tuple(merged),
        period=period,
        title=compose.title or _title(period),
        topics=tuple(t.name for t in compose.topics),
    )
    if not published:
        return place(digest, compose, evidence)
    stage("history")
    return place(follow_up(digest, published, settings, rates), compose, evidence)


#: Runs of fewer stories are merged in this process; larger ones in blocks on every core.
_PARALLEL_FROM = 3000
#: Most clusters, and about the most stories, of one block of the merge stage.
_MERGE_BLOCK = 500


#: Stories a block of the figures read aside (:func:`digest.parallel.aside`).
_ASIDE_BLOCK = 500


def _figures_read(
    blocks: Sequence[Sequence[Story]], done: Sequence[dict[str, tuple[Figure, ...]]]
) -> dict[str, tuple[Figure, ...]] | None:
    """The figures of every story of the first ``len(done)`` blocks (an empty entry where none)."""
    if not done:
        return None
    figures: dict[str, tuple[Figure, ...]] = {}
    for block, found in zip(blocks, done, strict=False):
        figures.update((story.id, found.get(story.id, ())) for story in block)
    return figures


def _parallel(stories: int, workers: int) -> bool:
    """Whether a run of ``stories`` is merged in blocks on ``workers`` processes."""
    return workers > 1 and stories >= _PARALLEL_FROM


def _merge_all(
    clusters: Sequence[StoryCluster],
    by_id: dict[str, Story],
    settings: Settings,
    rates: Rates,
    workers: int,
    *,
    figures: Mapping[str, Sequence[Figure]] | None = None,
) -> list[tuple[MergedStory, dict[str, int]]]:
    """Every cluster merged, in order, with its topic evidence; a large run's blocks of clusters in
    worker processes.

    The work is per story, so blocks are cut by stories as well as clusters: a run of wire
    copies (a few hundred clusters of many stories each) uses every core too. The stories
    reach forked workers with the rates (inherited, not pickled); a block is its clusters.
    ``figures``: every story's figures (:func:`digest.figures.reconcile.stated_in`), when read
    before.
    """
    blocks = []
    start = stories = 0
    for k, cluster in enumerate(clusters):
        stories += len(cluster.story_ids)
        if k + 1 - start >= _MERGE_BLOCK or stories >= _MERGE_BLOCK or k + 1 == len(clusters):
            blocks.append(clusters[start : k + 1])
            start, stories = k + 1, 0
    workers = workers if _parallel(sum(len(c.story_ids) for c in clusters), workers) else 1
    if workers > 1:
        rates.warm()  # loaded once, here; forked workers inherit it
    shared = _MergeShared(rates, by_id, settings, figures)
    return [story for part in in_blocks_with(_merge_block, shared, blocks, workers) for story in part]


class _MergeShared(NamedTuple):
    """What every block of the merge stage reads: the rates, the run's stories by id, the settings,
    and the stories' figures where they were read before (else None)."""

    rates: Rates
    by_id: dict[str, Story]
    settings: Settings
    figures: Mapping[str, Sequence[Figure]] | None


def _merge_block(
    shared: _MergeShared, clusters: Sequence[StoryCluster]
) -> list[tuple[MergedStory, dict[str, int]]]:
    """Each cluster as one story: merged, its figures reconciled, its topic chosen (with its evidence,
    :func:`digest.compose.topics.topic_scores`, which reads none of the fields set here)."""
    rates, by_id, settings, read = shared
    topics = settings.compose.topics
    merged = []
    for cluster in clusters:
        stories = [by_id[s] for s in cluster.story_ids]
        story = merge_cluster(cluster, {s.id: s for s in stories}, settings.compose)
        figures = reconcile(stories, settings.figures, rates, read=read)
        scores = topic_scores(story, topics)
        merged.append(
            (
                evolve(
                    story,
                    topic=topic_of(scores, topics),
                    figures=figures.figures,
                    conflicts=figures.conflicts,
                    stated_figures=figures.stated,
                ),
                scores,
            )
        )
    return merged


def compile_digest(
    inputs: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    strict: bool = False,
    published: Sequence[Published] = (),
) -> Digest:
    """Read ``inputs`` (files or folders) and compile them into one digest (see :func:`compile_reading`)."""
    settings = settings or Settings()
    workers = worker_count(settings.workers)
    reading = read_stories(inputs, settings, strict=strict, workers=workers)
    return compile_reading(reading, settings, published=published, workers=workers)


def _window(
    stories: Iterable[Story], compose: ComposeSettings
) -> tuple[tuple[Story, ...], tuple[Dropped, ...]]:
    """Stories inside the window, and ledger entries for the rest.

    Without a window every story is kept. In one, an undated story takes its
    edition's date; one with neither is left out as undated unless
    ``compose.include_undated``.
    """
    windowed = compose.since is not None or compose.until is not None
    kept: list[Story] = []
    left_out: list[Dropped] = []
    for read in stories:
        dated = windowed and read.date is None and read.edition_date is not None
        story = evolve(read, date=read.edition_date) if dated else read
        date = story.date
        if windowed and date is None and not compose.include_undated:
            detail = "no date of its own or of its edition; --include-undated keeps it"
            left_out.append(Dropped.of_story(story, DropReason.UNDATED, detail))
            continue
        before = compose.since is not None and date is not None and date < compose.since
        after = compose.until is not None and date is not None and date > compose.until
        if before or after:
            detail = f"dated {date}, outside {compose.since or '…'} to {compose.until or '…'}"
            left_out.append(Dropped.of_story(story, DropReason.OUTSIDE_WINDOW, detail))
        else:
            kept.append(story)
    return tuple(kept), tuple(left_out)


def _period(stories: Iterable[Story], compose: ComposeSettings) -> tuple[dt.date, dt.date] | None:
    dates = [s.date for s in stories if s.date is not None]
    start = compose.since or (min(dates) if dates else None)
    end = compose.until or (max(dates) if dates else None)
    if start is None or end is None:
        return None
    return start, end


def _title(period: tuple[dt.date, dt.date] | None) -> str:
    return f"Newsletter digest: {period_label(period)}"
