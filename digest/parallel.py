"""Blocks of a large run's work on every core: worker processes that give what one process gives.

Stages whose items do not depend on each other (clusters to merge, blocks of
stories to count) hand blocks to a process pool and take the results back in
order, so the output is the same whatever the number of workers. Where a
pool cannot start (a sandbox without semaphores) or a worker dies, the blocks
are done in this process instead.
"""

from __future__ import annotations

import functools
import multiprocessing
import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, TypeVar

__all__ = ["ahead", "in_blocks", "in_blocks_with", "in_threads", "worker_count"]

_Block = TypeVar("_Block")
_Result = TypeVar("_Result")
_Shared = TypeVar("_Shared")


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

    ``function`` must be a module-level function and the blocks picklable. If the
    pool fails, the blocks not yet given are done in this process.
    """
    return _run(function, function, blocks, workers, (None,))


def in_blocks_with(
    function: Callable[[_Shared, _Block], _Result], shared: _Shared, blocks: Sequence[_Block], workers: int
) -> Iterator[_Result]:
    """``function(shared, block)`` for every block, as :func:`in_blocks` does.

    ``shared`` (the rates table, say) reaches each worker once, when the pool
    starts it, instead of with every block; forked workers inherit it unpickled.
    """
    remote = functools.partial(_with_shared, function)
    return _run(remote, functools.partial(function, shared), blocks, workers, (shared,))


#: What :func:`in_blocks_with` gave this worker process (set by the pool when it starts the worker).
_worker_shared: Any = None


def _keep_shared(shared: object) -> None:
    global _worker_shared  # noqa: PLW0603 - one value per worker process, set once by its pool
    _worker_shared = shared


def _with_shared(function: Callable[[Any, _Block], _Result], block: _Block) -> _Result:
    return function(_worker_shared, block)


def _run(
    remote: Callable[[_Block], _Result],
    local: Callable[[_Block], _Result],
    blocks: Sequence[_Block],
    workers: int,
    shared: tuple[object] | tuple[None],
) -> Iterator[_Result]:
    workers = min(workers, len(blocks))
    done = 0
    if workers > 1:
        methods = multiprocessing.get_all_start_methods()
        context = multiprocessing.get_context("fork" if "fork" in methods else None)
        try:
            with ProcessPoolExecutor(
                workers, mp_context=context, initializer=_keep_shared, initargs=shared
            ) as pool:
                try:
                    for result in pool.map(remote, blocks):
                        yield result
                        done += 1
                except GeneratorExit:
                    # The caller stopped early (an input error, say): blocks not started are dropped.
                    pool.shutdown(wait=True, cancel_futures=True)
                    raise
        except (OSError, BrokenProcessPool):
            pass  # no processes here (a sandbox without semaphores, a worker killed): go on below
    for block in blocks[done:]:
        yield local(block)


def in_threads(work: Callable[[int], None], starts: range, threads: int) -> None:
    """``work(start)`` for every start, on up to ``threads`` threads when there are several chunks.

    For work that writes its own slice of a result and spends its time in numpy or scipy
    routines that release the GIL; a chunk's error is raised here.
    """
    if threads > 1 and len(starts) > 1:
        with ThreadPoolExecutor(min(threads, len(starts))) as pool:
            for _ in pool.map(work, starts):
                pass
    else:
        for lo in starts:
            work(lo)


def ahead(work: Callable[[_Block], _Result], items: Iterable[_Block], threads: int) -> Iterator[_Result]:
    """``work(item)`` for every item, in order; with ``threads`` above 1 the next item's on a thread.

    While the caller uses one result, the next is worked out on one other thread (for work
    that spends its time in numpy or scipy routines that release the GIL). Items are worked
    out one at a time, in order, as without a thread; at most one result waits.
    """
    if threads < 2:
        yield from map(work, items)
        return
    with ThreadPoolExecutor(1) as pool:
        pending = None
        for item in items:
            future = pool.submit(work, item)
            if pending is not None:
                yield pending.result()
            pending = future
        if pending is not None:
            yield pending.result()
