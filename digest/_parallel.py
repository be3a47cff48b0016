"""The merge stage of a large run on every core: clusters merged and reconciled in worker processes.

Each cluster is merged, its figures reconciled and its topic chosen on its own,
so blocks of clusters go to a process pool with their stories and come back
in order: the result is the same as in one process, whatever the number of
workers. Small runs (a typical week) stay in this process, where starting
workers would cost more than it saves.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from digest.cluster import StoryCluster
from digest.currency import Rates
from digest.merge import MergedStory
from digest.models import Story
from digest.settings import Settings

__all__ = ["merge_all", "worker_count"]

#: Fewer clusters than this are merged in this process.
PARALLEL_FROM = 3000
_BLOCK = 500

MergeOne = Callable[[StoryCluster, Sequence[Story], Settings, Rates], MergedStory]


def worker_count(setting: int) -> int:
    """Processes to use: ``setting``, or one per available core when it is 0."""
    if setting > 0:
        return setting
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def merge_all(
    clusters: Sequence[StoryCluster],
    by_id: dict[str, Story],
    settings: Settings,
    rates: Rates,
    merge_one: MergeOne,
) -> list[MergedStory]:
    """``merge_one`` of every cluster, in order, in worker processes when the run is large."""
    workers = min(worker_count(settings.compose.workers), max(1, len(clusters) // _BLOCK))
    if workers <= 1 or len(clusters) < PARALLEL_FROM:
        return [merge_one(c, [by_id[s] for s in c.story_ids], settings, rates) for c in clusters]
    rates.warm()  # load the rates table once; forked workers inherit it
    blocks = [
        (
            merge_one,
            clusters[k : k + _BLOCK],
            [[by_id[s] for s in c.story_ids] for c in clusters[k : k + _BLOCK]],
        )
        for k in range(0, len(clusters), _BLOCK)
    ]
    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("fork" if "fork" in methods else None)
    merged: list[MergedStory] = []
    try:
        with ProcessPoolExecutor(
            workers, mp_context=context, initializer=_start, initargs=(settings, rates)
        ) as pool:
            for part in pool.map(_merge_block, blocks):
                merged.extend(part)
    except (OSError, BrokenProcessPool):
        # No processes here (a sandbox without semaphores, a worker killed for memory): one process does it.
        return [merge_one(c, [by_id[s] for s in c.story_ids], settings, rates) for c in clusters]
    return merged


class _Worker:
    """What a worker process keeps between blocks: the run's settings and its rates table."""

    settings: Settings
    rates: Rates


def _start(settings: Settings, rates: Rates) -> None:
    _Worker.settings, _Worker.rates = settings, rates


def _merge_block(
    block: tuple[MergeOne, Sequence[StoryCluster], Sequence[Sequence[Story]]],
) -> list[MergedStory]:
    merge_one, clusters, members = block
    return [merge_one(c, m, _Worker.settings, _Worker.rates) for c, m in zip(clusters, members, strict=True)]
