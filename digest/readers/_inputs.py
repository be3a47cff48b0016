"""Inputs as the command or config names them: a file, a folder, a glob pattern, or an IMAP URL."""

from __future__ import annotations

import datetime as dt
import glob
from collections.abc import Iterator
from pathlib import Path

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Story
from digest.readers._clean import cleaned
from digest.readers._files import read_path
from digest.readers._imap import ImapSource, is_imap_url, read_imap
from digest.settings import ReadSettings

__all__ = ["check_input", "is_local_input", "read_input"]


def _is_pattern(path: str) -> bool:
    return glob.has_magic(path) and not Path(path).exists()


def is_local_input(path: str) -> bool:
    """Whether ``path`` is one file or folder (planned into jobs), not a pattern or a mailbox URL."""
    return not is_imap_url(path) and not _is_pattern(path)


def check_input(path: str) -> None:
    """Raise :class:`~digest.errors.InputError` for a named file or folder that does not exist."""
    if not is_imap_url(path) and not glob.has_magic(path) and not Path(path).exists():
        raise InputError(path, "no such file or folder")


def read_input(
    path: str, settings: ReadSettings, since: dt.date | None = None, until: dt.date | None = None
) -> Iterator[Document | Story | Dropped]:
    """What one input holds, in this process; an IMAP mailbox gives the messages of ``since``-``until``."""
    if _is_pattern(path):
        return _matches(path, settings)
    if is_imap_url(path):
        source = ImapSource(path, settings.imap_password_env, settings.imap_password_file)
        return map(cleaned, read_imap(source, since, until))
    return read_path(path, settings)


def _matches(pattern: str, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    """Each file or folder a glob matches, in sorted order; a bad one is a ledger entry, as in a folder."""
    matches = sorted(glob.glob(pattern, recursive=True))  # noqa: PTH207 - absolute patterns too
    if not matches:
        raise InputError(pattern, "the pattern matches no file")
    for match in matches:
        try:
            yield from read_path(match, settings)
        except InputError as exc:
            yield Dropped(path=exc.path, reason=DropReason.UNREADABLE, detail=exc.problem)
