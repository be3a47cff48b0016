"""Writing outputs: the one place that writes files.

A regular file is replaced atomically (a temporary file beside it, then a
rename), keeping the mode of the file it replaces; a new file gets the mode the
umask gives. What is not a regular file (a terminal, ``/dev/null``, a FIFO) is
written through, never replaced. ``-`` is standard output.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
import tempfile
import time
from collections.abc import Iterable
from pathlib import Path
from typing import TextIO

from digest.errors import OutputError

__all__ = ["write_atomic"]

#: Temporary files of a killed run older than this are removed by the next write of the same target.
_STALE_SECONDS = 60.0


def write_atomic(path: str | Path, text: str | Iterable[str], *, force: bool = False) -> None:
    """Write ``text`` (or its pieces, in order) to ``path``; see the module docstring.

    A run killed halfway leaves either the previous file or the new one, never
    half of it. A read-only target is refused unless ``force``.
    """
    if str(path) == "-":
        _write_stdout(text)
        return
    target = Path(path)
    try:
        existing = target.stat()
    except FileNotFoundError:
        existing = None
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    if existing is not None and not stat.S_ISREG(existing.st_mode):
        _write_through(target, text)
        return
    if existing is not None and not force and not os.access(target, os.W_OK):
        raise OutputError(f"{target}: the file is read-only; --force replaces it")
    mode = stat.S_IMODE(existing.st_mode) if existing is not None else 0o666 & ~_umask()
    _replace(target, text, mode)


def _replace(target: Path, text: str | Iterable[str], mode: int) -> None:
    directory = target.parent if str(target.parent) else Path()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        _remove_stale(directory, target.name)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            _write_pieces(handle, text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).chmod(mode)
        Path(tmp).replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise


def _write_through(target: Path, text: str | Iterable[str]) -> None:
    """A device or FIFO: written in place, as a shell redirection would."""
    try:
        with target.open("w", encoding="utf-8", newline="\n") as handle:
            _write_pieces(handle, text)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None


def _write_stdout(text: str | Iterable[str]) -> None:
    try:
        _write_pieces(sys.stdout, text)
        sys.stdout.flush()
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise OutputError(f"standard output: cannot write ({exc.strerror or exc})") from None


def _write_pieces(handle: TextIO, text: str | Iterable[str]) -> None:
    if isinstance(text, str):
        handle.write(text)
    else:
        handle.writelines(text)


def _remove_stale(directory: Path, name: str) -> None:
    """Temporary files a killed run left beside ``name`` (not those of a run writing now)."""
    now = time.time()
    for leftover in directory.glob(f".{name}.*.tmp"):
        with contextlib.suppress(OSError):
            if now - leftover.stat().st_mtime > _STALE_SECONDS:
                leftover.unlink()


def _umask() -> int:
    current = os.umask(0o022)
    os.umask(current)
    return current
