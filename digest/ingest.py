"""Read inputs into stories: the reader layer, then the splitter, with one ledger.

Every story read ends up in ``Reading.stories`` or in ``Reading.dropped`` with
a reason; an unreadable input is recorded and the run goes on, unless
``strict`` asks to stop at the first one.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import NamedTuple

from attrs import evolve

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Edition, Reading, Split, Story
from digest.parallel import in_blocks, worker_count
from digest.readers import (
    ReadJob,
    check_input,
    is_local_input,
    job_size,
    plan_path,
    read_input,
    read_job,
    read_jobs,
)
from digest.settings import ReadSettings, Settings
from digest.split.splitter import split_document


def read_stories(
    inputs: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    strict: bool = False,
    on_progress: Callable[[str], None] | None = None,
    workers: int | None = None,
) -> Reading:
    """Read every input (files or directories) and split editions into stories.

    ``on_progress`` is called with each input path as it starts, for progress
    displays; ``workers`` is the number of processes (default: ``settings.workers``
    resolved). A story whose id was already seen (the same item read twice, say
    from an ``.eml`` and its mbox export) is recorded as a duplicate. An input
    that does not exist is a mistake in the command or config, not bad data:
    it raises :class:`~digest.errors.InputError` before anything is read.
    """
    paths = [str(raw) for raw in inputs]
    for path in paths:
        check_input(path)
    settings = settings or Settings()
    workers = worker_count(settings.workers) if workers is None else workers
    run = _Collector(settings.reading, strict)
    for path in paths:
        if on_progress is not None:
            on_progress(path)
        try:
            for item in _items(path, settings, workers):
                run.take(item)
        except InputError as exc:
            if strict:
                raise
            run.dropped.append(Dropped(path=exc.path, reason=DropReason.UNREADABLE, detail=exc.problem))
    return Reading(editions=tuple(run.editions), stories=tuple(run.stories), dropped=tuple(run.dropped))


class _Collector:
    """What a run has read so far: editions, stories (first of each id), the ledger, the budget left."""

    def __init__(self, reading: ReadSettings, strict: bool) -> None:
        self.reading, self.strict = reading, strict
        self.renamed = bool(reading.sources)
        self.editions: list[Edition] = []
        self.stories: list[Story] = []
        self.dropped: list[Dropped] = []
        self.seen: dict[str, Story] = {}
        self.budget = _Budget(reading.max_editions, reading.max_total_chars)

    def take(self, item: Item) -> None:
        if isinstance(item, Document | _Presplit):
            self._edition(*(item if isinstance(item, _Presplit) else (item, None)))
        elif isinstance(item, Story):
            self._story(item)
        else:
            _check_strict(item, self.strict)
            self.dropped.append(item)

    def _edition(self, document: Document, split: Split | None) -> None:
        over = self.budget.spend(document)
        if over is not None:
            _check_strict(over, self.strict)
            self.dropped.append(over)
            return
        split = split or split_document(document, self.reading)
        edition = split.edition
        if self.renamed and edition.source:
            edition = evolve(edition, source=self.reading.display(edition.source))
        self.editions.append(edition)
        for story in split.stories:
            self._story(story)
        self.dropped.extend(split.dropped)
        if not split.stories and not split.dropped:  # nothing lost: an empty edition is said
            self.dropped.append(
                Dropped(
                    path=edition.path,
                    reason=DropReason.EMPTY,
                    detail="edition with no text",
                    text=edition.title or "",
                    source=edition.source,
                    position=edition.position,
                )
            )

    def _story(self, story: Story) -> None:
        if self.renamed and (name := self.reading.display(story.source)) != story.source:
            story = evolve(story, source=name)
        first = self.seen.get(story.id)
        if first is None:
            self.seen[story.id] = story
            self.stories.append(story)
            return
        detail = f"same story as {first.id} in {first.path}"
        self.dropped.append(Dropped.of_story(story, DropReason.DUPLICATE, detail))


class _Presplit(NamedTuple):
    """An edition read and split by a worker process; the run still decides whether it is kept."""

    document: Document
    split: Split


class _Failure(NamedTuple):
    """An input error met by a worker process, raised again in reading order."""

    path: str
    problem: str


Item = Document | _Presplit | Story | Dropped


def _items(path: str, settings: Settings, workers: int) -> Iterator[Item]:
    """What one input holds: a file or folder (large ones on ``workers`` processes), a glob, a mailbox."""
    if workers > 1 and is_local_input(path):
        return _read_in_parallel(path, settings, workers)
    return read_input(path, settings.reading, settings.compose.since, settings.compose.until)


#: Inputs smaller than this are read in this process: starting workers would cost more.
_PARALLEL_BYTES = 4_000_000


def _read_in_parallel(path: str, settings: Settings, workers: int) -> Iterator[Item]:
    """A folder's files read and split by ``workers`` processes, items in the order one process gives."""
    jobs: list[ReadJob | Dropped] = []
    stop: InputError | None = None
    try:
        jobs.extend(
            plan_path(path, follow_links=settings.reading.follow_links, skip=settings.reading.skip_files)
        )
    except InputError as exc:
        stop = exc  # raised after the files listed before it, as a walk in one process would
    sizes = [job_size(job) for job in jobs]
    if len(jobs) < 2 or sum(sizes) < _PARALLEL_BYTES:
        yield from read_jobs(jobs, settings.reading)
    else:
        blocks = _blocks(jobs, sizes, 4 * workers)
        for items in in_blocks(_read_block, [(block, settings.reading) for block in blocks], workers):
            for item in items:
                if isinstance(item, _Failure):
                    raise InputError(item.path, item.problem)
                yield item
    if stop is not None:
        raise stop


def _blocks(jobs: list[ReadJob | Dropped], sizes: list[int], count: int) -> list[list[ReadJob | Dropped]]:
    """Jobs cut into about ``count`` runs of similar size, in order."""
    share = max(1, sum(sizes) // count)
    blocks: list[list[ReadJob | Dropped]] = [[]]
    filled = 0
    for job, size in zip(jobs, sizes, strict=True):
        if filled >= share and blocks[-1]:
            blocks.append([])
            filled = 0
        blocks[-1].append(job)
        filled += size
    return blocks


def _read_block(block: tuple[list[ReadJob | Dropped], ReadSettings]) -> list[Item | _Failure]:
    """Read and split a block of jobs in a worker; input errors come back as values, not exceptions."""
    jobs, settings = block
    items: list[Item | _Failure] = []
    for job in jobs:
        if isinstance(job, Dropped):
            items.append(job)
            continue
        try:
            for item in read_job(job, settings):
                items.append(
                    _Presplit(item, split_document(item, settings)) if isinstance(item, Document) else item
                )
        except InputError as exc:
            items.append(_Failure(exc.path, exc.problem))
            break  # one process would stop reading this input here
    return items


def _check_strict(entry: Dropped, strict: bool) -> None:
    """Under ``strict``, an unreadable file met inside a folder stops the run too."""
    if strict and entry.reason is DropReason.UNREADABLE:
        raise InputError(entry.path, entry.detail)


class _Budget:
    """The run's limits on editions and characters read; past them, editions go to the ledger."""

    def __init__(self, editions: int, chars: int) -> None:
        self.editions, self.chars = editions, chars

    def spend(self, document: Document) -> Dropped | None:
        self.editions -= 1
        self.chars -= len(document.body)
        if self.editions >= 0 and self.chars >= 0:
            return None
        which = "max_editions" if self.editions < 0 else "max_total_chars"
        return Dropped(
            path=document.edition.path,
            reason=DropReason.UNREADABLE,
            detail=f"run limit reached (reading.{which}); raise it to read more in one run",
            source=document.edition.source,
            position=document.edition.position,
        )
