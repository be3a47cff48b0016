"""Blocks of a large run's work on every core: worker processes that give what one process gives.

Stages whose items do not depend on each other (clusters to merge, blocks of
stories to count) hand blocks to a process pool and take the results back in
order, so the output is the same whatever the number of workers. Where a
pool cannot start (a sandbox without semaphores) or a worker dies, the blocks
are done in this process instead.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import TypeVar

__all__ = ["in_blocks", "worker_count"]

_Block = TypeVar("_Block")
_Result = TypeVar("_Result")


def worker_count(setting: int) -> int:
    """Processes to use: ``setting``, or one per available core when it is 0."""
    if setting > 0:
        return setting
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def in_blocks(
    function: Callable[[_Block], _Result], blocks: Sequence[_Block], workers: int
) -> Iterator[_Result]:
    """``function(block)`` for every block, in order, as each is ready; in ``workers`` processes.

    ``function`` must be a module-level function and the blocks picklable. Forked
    workers share what this process loaded before (the rates table, say). If the
    pool fails, the blocks not yet given are done in this process.
    """
    workers = min(workers, len(blocks))
    done = 0
    if workers > 1:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        try:
            with ProcessPoolExecutor(workers, mp_context=context) as pool:
                try:
                    for result in pool.map(function, blocks):
                        yield result
                        done += 1
                except GeneratorExit:
                    # The caller stopped early (an input error, say): blocks not started are dropped.
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
        except (OSError, BrokenProcessPool):
            pass  # no processes here (a sandbox without semaphores, a worker killed): go on below
    for block in blocks[done:]:
        yield function(block)
