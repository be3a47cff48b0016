"""Read inputs into stories: the reader layer, then the splitter, with one ledger.

Every story read ends up in ``Reading.stories`` or in ``Reading.dropped`` with
a reason; an unreadable input is recorded and the run goes on, unless
``strict`` asks to stop at the first one.
"""

from __future__ import annotations

import glob
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from attrs import evolve, frozen

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Edition, Story
from digest.readers import read_path
from digest.readers._imap import ImapSource, is_imap_url, read_imap
from digest.settings import Settings
from digest.split import split_document


@frozen
class Reading:
    """What a set of inputs gave: editions, stories in reading order, and the ledger."""

    editions: tuple[Edition, ...]
    stories: tuple[Story, ...]
    dropped: tuple[Dropped, ...]


def read_stories(
    inputs: Iterable[str | Path],
    settings: Settings | None = None,
    *,
    strict: bool = False,
    on_progress: Callable[[str], None] | None = None,
) -> Reading:
    """Read every input (files or directories) and split editions into stories.

    ``on_progress`` is called with each input path as it starts, for progress
    displays. A story whose id was already seen (the same item read twice, say
    from an ``.eml`` and its mbox export) is recorded as a duplicate. An input
    that does not exist is a mistake in the command or config, not bad data:
    it raises :class:`~digest.errors.InputError` before anything is read.
    """
    paths = [str(raw) for raw in inputs]
    for path in paths:
        if not is_imap_url(path) and not glob.has_magic(path) and not Path(path).exists():
            raise InputError(path, "no such file or folder")
    settings = settings or Settings()
    editions: list[Edition] = []
    stories: list[Story] = []
    dropped: list[Dropped] = []
    seen: dict[str, Story] = {}
    budget = _Budget(settings.reading.max_editions, settings.reading.max_total_chars)

    reading = settings.reading
    renamed = bool(reading.sources)

    def keep(story: Story) -> None:
        if renamed and (name := reading.display(story.source)) != story.source:
            story = evolve(story, source=name)
        first = seen.get(story.id)
        if first is None:
            seen[story.id] = story
            stories.append(story)
            return
        detail = f"same story as {first.id} in {first.path}"
        dropped.append(Dropped.of_story(story, DropReason.DUPLICATE, detail))

    for path in paths:
        if on_progress is not None:
            on_progress(path)
        try:
            for item in _items(path, settings):
                if isinstance(item, Document):
                    over = budget.spend(item)
                    if over is not None:
                        _check_strict(over, strict)
                        dropped.append(over)
                        continue
                    split = split_document(item, settings.reading)
                    edition = split.edition
                    if renamed and edition.source:
                        edition = evolve(edition, source=reading.display(edition.source))
                    editions.append(edition)
                    for story in split.stories:
                        keep(story)
                    dropped.extend(split.dropped)
                elif isinstance(item, Story):
                    keep(item)
                else:
                    _check_strict(item, strict)
                    dropped.append(item)
        except InputError as exc:
            if strict:
                raise
            dropped.append(Dropped(path=exc.path, reason=DropReason.UNREADABLE, detail=exc.problem))
    return Reading(editions=tuple(editions), stories=tuple(stories), dropped=tuple(dropped))


def _items(path: str, settings: Settings) -> Iterator[Document | Story | Dropped]:
    """What one input holds: a file or folder, a glob's matches, or an IMAP mailbox's messages."""
    if glob.has_magic(path) and not Path(path).exists():
        return _matches(path, settings)
    if is_imap_url(path):
        reading = settings.reading
        source = ImapSource(path, reading.imap_password_env, reading.imap_password_file)
        return read_imap(source, settings.compose.since, settings.compose.until)
    return read_path(path, settings.reading)


def _matches(pattern: str, settings: Settings) -> Iterator[Document | Story | Dropped]:
    """Each file or folder a glob matches, in sorted order; a bad one is a ledger entry, as in a folder."""
    matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207 - absolute patterns too
    if not matches:
        raise InputError(pattern, "the pattern matches no file")
    for match in matches:
        try:
            yield from read_path(match, settings.reading)
        except InputError as exc:
            yield Dropped(path=exc.path, reason=DropReason.UNREADABLE, detail=exc.problem)


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
