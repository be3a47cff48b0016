"""Blocks of a large run's work on every core: worker processes that give what one process gives.

Stages whose items do not depend on each other (clusters to merge, blocks of
stories to count) hand blocks to a process pool and take the results back in
order, so the output is the same whatever the number of workers. Where a
pool cannot start (a sandbox without semaphores) or a worker dies, the blocks
are done in this process instead.
"""

from __future__ import annotations

import contextlib
import functools
import multiprocessing
import os
import pickle
import struct
import tempfile
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import IO, Any, Generic, TypeVar

__all__ = ["Aside", "ahead", "aside", "in_blocks", "in_blocks_with", "in_threads", "worker_count"]

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


class Aside(Generic[_Block, _Result]):
    """Work on blocks running in a forked process at the lowest priority (:func:`aside`)."""

    __slots__ = ("_file", "_process")

    def __init__(self, file: IO[bytes] | None, process: Any) -> None:
        self._file = file
        self._process = process

    def done(self) -> list[_Result]:
        """The results of the blocks finished so far, in order (the first blocks'); the work stops.

        The process is stopped at once, wherever it is: a block it had not finished is not given,
        and the caller does that block's work itself.
        """
        self._stop()
        file, self._file = self._file, None
        if file is None:
            return []
        with file:
            file.seek(0)
            data = file.read()
        results: list[_Result] = []
        at = 0
        while at + _SIZE.size <= len(data):
            (size,) = _SIZE.unpack_from(data, at)
            at += _SIZE.size
            if at + size > len(data):
                break  # the block it was writing when stopped
            results.append(pickle.loads(data[at : at + size]))  # noqa: S301 - written by our own child
            at += size
        return results

    def _stop(self) -> None:
        if self._process is not None:
            self._process.kill()
            self._process.join()
            self._process = None


#: The length of one block's pickled result, before it in the file.
_SIZE = struct.Struct("<Q")


@contextlib.contextmanager
def aside(
    work: Callable[[_Block], _Result], blocks: Sequence[_Block], start: bool = True
) -> Iterator[Aside[_Block, _Result]]:
    """``work(block)`` for each block in turn, in a forked process at the lowest priority, while
    the caller goes on.

    For work the caller needs later and could do itself: it runs on a core the caller's own
    serial steps leave idle, and yields to the caller's processes and threads when they use
    every core. :meth:`Aside.done` gives the results of the blocks finished by then (each block's
    written to a temporary file as it is done), and none without ``start``, where processes
    cannot fork, or where the process cannot start. The process is stopped when the block is left.
    """
    process = None
    file = None
    if start and blocks and "fork" in multiprocessing.get_all_start_methods():
        try:
            file = tempfile.TemporaryFile()  # noqa: SIM115 - closed when the block is left
            process = multiprocessing.get_context("fork").Process(
                target=_aside_child, args=(work, blocks, file), daemon=True
            )
            process.start()
        except OSError:  # no temporary file or no process here: the caller does the work
            if file is not None:
                file.close()
            file, process = None, None
    pending: Aside[_Block, _Result] = Aside(file, process)
    try:
        yield pending
    finally:
        pending._stop()
        if file is not None:
            file.close()


def _aside_child(work: Callable[[_Block], object], blocks: Sequence[_Block], file: IO[bytes]) -> None:
    os.nice(19)  # only what the parent's processes leave idle
    for block in blocks:
        data = pickle.dumps(work(block), protocol=pickle.HIGHEST_PROTOCOL)
        try:
            file.write(_SIZE.pack(len(data)) + data)
            file.flush()
        except OSError:
            return  # a full disk: the blocks written are given, the caller does the rest
