"""Files and folders: plan a path into jobs (a file, a Maildir), read each job into items."""

from __future__ import annotations

import fnmatch
import os
import re
import stat
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import NamedTuple

from digest.errors import DigestError, InputError
from digest.models import Document, Dropped, DropReason, Edition, Format, Story
from digest.readers._clean import cleaned
from digest.readers._decode import binary_kind, clean_text, decode
from digest.readers._detect import detect, looks_like_mbox, looks_like_message
from digest.readers._feeds import read_feed
from digest.readers._html import MAX_ATTRIBUTES, parse_html
from digest.readers._jsonl import read_jsonl
from digest.readers._mail import (
    MAIL_ERRORS,
    is_maildir,
    is_tmp_only_maildir,
    read_maildir,
    read_mbox,
    read_message,
)
from digest.readers._meta import parse_date, source_from_title
from digest.readers._text import read_text
from digest.settings import ReadSettings

__all__ = ["ReadJob", "job_size", "plan_path", "read_job", "read_jobs", "read_path"]

# Parsers of untrusted bytes (email, feedparser) signal trouble with these; the file is then unreadable.
_PARSER_ERRORS = (*MAIL_ERRORS, OSError, RecursionError, UnicodeError)


def read_path(path: str | Path, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    """Read a file or a directory (recursively); see the module docstring."""
    return read_jobs(plan_path(path, follow_links=settings.follow_links, skip=settings.skip_files), settings)


def read_jobs(
    jobs: Iterable[ReadJob | Dropped], settings: ReadSettings
) -> Iterator[Document | Story | Dropped]:
    """The items of planned jobs in order (ledger entries of the plan pass through)."""
    for job in jobs:
        if isinstance(job, Dropped):
            yield cleaned(job)
        else:
            yield from read_job(job, settings)


class ReadJob(NamedTuple):
    """One file, or one Maildir, to read; ``named`` when the command or config named it itself."""

    path: str
    maildir: bool = False
    named: bool = False


def plan_path(
    path: str | Path, *, follow_links: bool = False, skip: Sequence[str] = ()
) -> Iterator[ReadJob | Dropped]:
    """What reading ``path`` takes, in reading order: files and Maildirs, and ledger entries.

    Jobs are independent, so a large input can be read by several processes;
    :func:`read_job` reads one. The folder named cannot be listed: it raises; a
    sub-folder that cannot be listed, a symbolic link that leads out of the
    folder (unless ``follow_links``), or a file whose name matches a pattern of
    ``skip`` (the folder's README or licence) is a ledger entry. A file named
    itself is always read.
    """
    target = Path(path)
    if target.is_dir():
        walk = _Walk(root=os.path.realpath(target), follow_links=follow_links, skip=_skipper(skip))
        yield from _walk(target, set(), walk)
    elif target.exists():
        yield ReadJob(str(target), named=True)
    else:
        raise InputError(str(target), "no such file or folder")


def read_job(job: ReadJob, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    """The items of one job: a named file that cannot be read raises, one met in a folder is in the ledger."""
    return map(cleaned, _job_items(job, settings))


def _job_items(job: ReadJob, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    path = Path(job.path)
    if job.maildir:
        yield from read_maildir(path, lambda message: _read_bytes(message, settings))
    elif job.named:
        yield from _read_file(path, settings)
    else:
        try:
            yield from _read_file(path, settings)
        except InputError as exc:
            yield Dropped(path=exc.path, reason=DropReason.UNREADABLE, detail=exc.problem)


#: File names of JSON Lines inputs: stories already made, read record by record.
_RECORD_SUFFIXES = frozenset({".jsonl", ".ndjson"})


def _read_bytes(path: Path, settings: ReadSettings) -> bytes:
    """The bytes of a regular file within its size limit; a device, FIFO or socket is refused unread.

    A JSON Lines file of ready-made stories has its own, larger limit (``max_records_bytes``).
    """
    records = path.suffix.lower() in _RECORD_SUFFIXES
    name, limit = (
        ("max_records_bytes", settings.max_records_bytes)
        if records
        else ("max_file_bytes", settings.max_file_bytes)
    )
    try:
        info = path.stat()
        if not stat.S_ISREG(info.st_mode):
            raise InputError(str(path), "not a regular file (a device, FIFO or socket); it is not read")
        if info.st_size > limit:
            raise InputError(
                str(path),
                f"file is {info.st_size:,} bytes, larger than {name} ({limit:,});"
                " raise that setting to read it",
            )
        with path.open("rb") as handle:
            return handle.read(limit + 1)[:limit]
    except OSError as exc:
        raise InputError(str(path), f"cannot read file ({exc.strerror or exc})") from None


def _read_file(path: Path, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    data = _read_bytes(path, settings)
    name = str(path)
    if not data.strip(b" \t\r\n\x00"):
        raise InputError(name, "empty file")
    try:
        yield from _dispatch(data, path, settings)
    except DigestError:
        raise
    except _PARSER_ERRORS as exc:
        raise InputError(name, f"unreadable ({type(exc).__name__}: {exc})") from None


def _dispatch(data: bytes, path: Path, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    name = str(path)
    kind = binary_kind(data)
    if kind is not None:
        # Said before any container check: "week.mbox: a gzip archive, not text", not "no 'From ' line".
        hint = "; decompress it first" if kind == "a gzip archive" else ""
        raise InputError(name, f"{kind}, not text{hint}")
    fmt = detect(data, path.suffix)
    if fmt is Format.MBOX:
        if not looks_like_mbox(data):
            raise InputError(name, "not an mbox file: it does not start with a 'From ' separator line")
        yield from read_mbox(name)
    elif fmt is Format.EML:
        if not looks_like_message(data):
            raise InputError(name, "not an email message: it does not start with a header block")
        yield from read_message(data, name, Format.EML)
    elif fmt in (Format.RSS, Format.ATOM):
        yield from read_feed(data, name)
    elif fmt is Format.JSONL:
        yield from read_jsonl(decode(data, name), name, settings.default_source or path.stem)
    elif fmt is Format.HTML:
        yield from _html_document(decode(data, name), name)
    else:
        text = clean_text(decode(data, name))
        if not text.strip():
            raise InputError(name, "no text in file")
        yield read_text(text, name, fmt)


def _html_document(html: str, name: str) -> Iterator[Document | Dropped]:
    page = parse_html(html)
    body = clean_text(page.markdown)
    if not body.strip():
        raise InputError(name, "no text in HTML document")
    if page.capped_tags:
        detail = f"{page.capped_tags} tags cut to their first {MAX_ATTRIBUTES} attributes (the limit per tag)"
        yield Dropped(path=name, reason=DropReason.UNREADABLE, detail=detail)
    edition = Edition(
        path=name,
        format=Format.HTML,
        source=page.site_name or source_from_title(page.title),
        date=parse_date(page.date_text),
        title=page.title,
        url=page.url,
    )
    yield Document(edition=edition, body=body)


class _Walk(NamedTuple):
    """What stays the same through one folder's walk."""

    root: str
    follow_links: bool
    #: Whether a file name is one the walk leaves out (see ``ReadSettings.skip_files``).
    skip: Callable[[str], bool]


def _skipper(patterns: Sequence[str]) -> Callable[[str], bool]:
    """Whether a file name matches one of the shell ``patterns``, in any case."""
    compiled = [re.compile(fnmatch.translate(p.casefold())) for p in patterns]
    return lambda name: any(c.match(name.casefold()) for c in compiled)


def _walk(folder: Path, seen: set[str], walk: _Walk) -> Iterator[ReadJob | Dropped]:
    """Files and Maildirs under ``folder``; a sub-folder that cannot be listed is a ledger entry."""
    root, follow_links = walk.root, walk.follow_links
    real = os.path.realpath(folder)
    if real in seen:
        return  # a symbolic link back to a folder already read
    seen.add(real)
    if is_maildir(folder):
        yield ReadJob(str(folder), maildir=True)
        return
    if is_tmp_only_maildir(folder):
        detail = "a Maildir with no cur/ or new/: its tmp/ holds half-delivered mail, not read"
        yield Dropped(str(folder), DropReason.UNREADABLE, detail)
        return
    try:
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as exc:
        if real == root:
            raise InputError(str(folder), f"cannot list folder ({exc.strerror or exc})") from None
        yield Dropped(str(folder), DropReason.UNREADABLE, f"cannot list folder ({exc.strerror or exc})")
        return
    for entry in entries:
        if entry.name.startswith("."):
            continue
        child = folder / entry.name
        if entry.is_symlink() and not follow_links and not _inside(os.path.realpath(child), root):
            detail = "a symbolic link out of the input folder; --follow-links reads it"
            yield Dropped(str(child), DropReason.UNREADABLE, detail)
        elif entry.is_dir():
            yield from _walk(child, seen, walk)
        elif entry.is_file() and walk.skip(entry.name):
            detail = "the folder's own document, not a newsletter (skip_files); name the file to read it"
            yield Dropped(path=str(child), reason=DropReason.SKIPPED, detail=detail)
        elif entry.is_file():
            yield ReadJob(str(child))
        else:
            detail = "not a regular file (broken link, device, FIFO or socket)"
            yield Dropped(path=str(child), reason=DropReason.UNREADABLE, detail=detail)


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def job_size(job: ReadJob | Dropped) -> int:
    """Bytes a job reads (0 for a ledger entry or what cannot be measured), to share out the work."""
    if isinstance(job, Dropped):
        return 0
    try:
        if job.maildir:
            return sum(m.stat().st_size for sub in ("cur", "new") for m in (Path(job.path) / sub).iterdir())
        return Path(job.path).stat().st_size
    except OSError:
        return 0
