"""The merge stage in worker processes gives the same digest, byte for byte, as in one process."""

from __future__ import annotations

import multiprocessing
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path
from typing import Any, ClassVar

import pytest

from digest import Settings, compile_digest, parallel, pipeline, to_json
from digest.errors import SettingsError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def test_workers_give_the_same_bytes(monkeypatch: pytest.MonkeyPatch) -> None:
    """The fixtures with two workers on blocks of 5 clusters equal the one-process digest."""
    one = to_json(compile_digest([FIXTURES], Settings(workers=1)))
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 10)
    monkeypatch.setattr(pipeline, "_MERGE_BLOCK", 5)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _CountingPool)
    _CountingPool.started.clear()
    two = to_json(compile_digest([FIXTURES], Settings(workers=2)))
    assert two == one
    assert _CountingPool.started[-1] == 2, "a pool of two workers merged the clusters"


class _CountingPool(ProcessPoolExecutor):
    """A process pool that notes how many workers it was started with."""

    started: ClassVar[list[int]] = []

    def __init__(self, workers: int, **options: Any) -> None:
        self.started.append(workers)
        super().__init__(workers, **options)


def test_a_broken_pool_falls_back_to_one_process(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where processes cannot start, the run still completes, with the same digest."""
    one = to_json(compile_digest([FIXTURES], Settings(workers=1)))
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 10)
    monkeypatch.setattr(pipeline, "_MERGE_BLOCK", 5)

    def refuse(*args: object, **kwargs: object) -> None:
        raise OSError("no semaphores here")

    monkeypatch.setattr(parallel, "ProcessPoolExecutor", refuse)
    settings = Settings(workers=2)
    assert to_json(compile_digest([FIXTURES], settings)) == one


def test_worker_count() -> None:
    """0 means one per core; a negative or fractional count is refused with how to fix it."""
    assert parallel.worker_count(3) == 3
    assert parallel.worker_count(0) >= 1
    with pytest.raises(SettingsError, match="workers must be a whole number >= 0"):
        Settings(workers=-1)


def test_freed_memory_setting_takes_on_glibc() -> None:
    """On glibc (Linux, CI) the mmap threshold is fixed; elsewhere it is a no-op that says so."""
    import platform

    from digest.cli.memory import return_freed_memory

    glibc = platform.libc_ver()[0] == "glibc"
    assert return_freed_memory() is glibc
    assert return_freed_memory() is glibc  # twice is harmless


def _reading(inputs: list[Path], workers: int) -> object:
    from digest.ingest import read_stories

    return read_stories(inputs, Settings(workers=workers))


def test_folders_read_by_workers_equal_one_process(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """Every fixture and test newsletter, plus unreadable files, read by two workers: same reading."""
    from digest import ingest

    broken = tmp_path / "inbox"
    broken.mkdir()
    (broken / "a-empty.txt").write_bytes(b"")
    (broken / "b-binary.eml").write_bytes(bytes(range(256)) * 40)
    (broken / "c-gone.html").symlink_to(tmp_path / "nowhere.html")
    (broken / "d-good.md").write_text(
        "# Wire\n\n## Xiaomi opens a plant\n\nXiaomi opened a plant.\n", "utf-8"
    )
    inputs = [FIXTURES, FIXTURES.parent / "tests" / "newsletters", broken]
    one = _reading(inputs, 1)
    monkeypatch.setattr(ingest, "_PARALLEL_BYTES", 0)
    monkeypatch.setattr(parallel, "ProcessPoolExecutor", _CountingPool)
    _CountingPool.started.clear()
    assert _reading(inputs, 2) == one
    assert _CountingPool.started == [2, 2, 2], "each folder was read by a pool of two workers"


def _square(value: int) -> int:
    return value * value


def test_blocks_come_back_in_order_and_a_caller_may_stop_early() -> None:
    """Results in block order from two workers; closing the iterator early ends the pool cleanly."""
    assert list(parallel.in_blocks(_square, list(range(40)), 2)) == [v * v for v in range(40)]
    results = parallel.in_blocks(_square, list(range(400)), 2)
    assert [next(results) for _ in range(3)] == [0, 1, 4]
    results.close()  # type: ignore[attr-defined]
    assert list(parallel.in_blocks(_square, [3], 2)) == [9]


def test_config_workers_key_is_read_and_checked(tmp_path: Path) -> None:
    """`workers = N` at the top of the config sets Settings.workers; a bad value names the key."""
    from digest.cli.config import ConfigError, parse_config

    assert parse_config("workers = 3\n", "digest.toml", base=tmp_path).settings.workers == 3
    assert parse_config("", "digest.toml", base=tmp_path).settings.workers == 0
    for bad in ("workers = -1\n", 'workers = "all"\n'):
        with pytest.raises(ConfigError, match=r"digest\.toml: workers"):
            parse_config(bad, "digest.toml", base=tmp_path)


def _scaled(factor: int, value: int) -> int:
    return factor * value


def test_a_shared_value_reaches_every_worker_once() -> None:
    """in_blocks_with gives each call the shared value, in workers and in this process alike."""
    blocks = list(range(30))
    expected = [7 * v for v in blocks]
    assert list(parallel.in_blocks_with(_scaled, 7, blocks, 2)) == expected
    assert list(parallel.in_blocks_with(_scaled, 7, blocks, 1)) == expected


@pytest.mark.parametrize("threads", [1, 2, 3])
def test_ahead_gives_every_result_in_order(threads: int) -> None:
    """The next item worked out on a thread: the same results, in the items' order, each once."""
    seen: list[int] = []

    def work(item: int) -> int:
        seen.append(item)
        return item * item

    assert list(parallel.ahead(work, iter(range(7)), threads)) == [k * k for k in range(7)]
    assert seen == list(range(7))
    assert list(parallel.ahead(work, [], threads)) == []


def _squares(block: list[int]) -> list[int]:
    return [v * v for v in block]


def _slow_squares(block: list[int]) -> list[int]:
    time.sleep(0.2)
    return _squares(block)


def test_aside_gives_the_finished_blocks_in_order() -> None:
    """Every block's result once the process has finished; none without start; a process stopped
    early gives the first blocks' results only (a prefix), at once."""
    blocks = [list(range(k, k + 3)) for k in range(0, 30, 3)]
    with parallel.aside(_squares, blocks) as pending:
        deadline = time.monotonic() + 60
        while multiprocessing.active_children() and time.monotonic() < deadline:
            time.sleep(0.02)
        assert pending.done() == [_squares(b) for b in blocks]
        assert pending.done() == [], "the results are given once"
    with parallel.aside(_squares, blocks, start=False) as pending:
        assert pending.done() == []
    with parallel.aside(_slow_squares, blocks) as pending:
        started = time.monotonic()
        done = pending.done()
        assert time.monotonic() - started < 5, "stopped at once, not waited for"
        assert done == [_squares(b) for b in blocks][: len(done)]
        assert len(done) < len(blocks)
    assert not multiprocessing.active_children()


@pytest.mark.parametrize("finished", [0, 1, 2, None])
def test_figures_read_aside_give_the_same_bytes(
    monkeypatch: pytest.MonkeyPatch, finished: int | None
) -> None:
    """The fixtures' figures read aside in blocks of 4 stories, all of them or the first blocks
    only (the merge stage reads the rest), give the one-process digest."""
    one = to_json(compile_digest([FIXTURES], Settings(workers=1)))
    monkeypatch.setattr(pipeline, "_PARALLEL_FROM", 10)
    monkeypatch.setattr(pipeline, "_ASIDE_BLOCK", 4)
    finish = parallel.Aside.done
    given: list[int] = []

    def done(self: parallel.Aside[Any, Any]) -> list[Any]:
        deadline = time.monotonic() + 60
        while multiprocessing.active_children() and time.monotonic() < deadline and finished is None:
            time.sleep(0.02)
        results = finish(self)[:finished]
        given.append(len(results))
        return results

    monkeypatch.setattr(parallel.Aside, "done", done)
    assert to_json(compile_digest([FIXTURES], Settings(workers=2))) == one
    assert given, "the figures were read aside"
    assert given[0] > 2 if finished is None else given[0] <= finished


def test_aside_without_a_temporary_file_gives_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Where no temporary file can be made (a full or read-only disk), nothing runs aside and the
    caller is told so (no results), without an error."""

    def refuse() -> None:
        raise OSError("no room")

    monkeypatch.setattr(parallel.tempfile, "TemporaryFile", refuse)
    with parallel.aside(_squares, [[1, 2]]) as pending:
        assert pending.done() == []
    assert not multiprocessing.active_children()
