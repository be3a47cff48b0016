"""Writing outputs: the one place that writes files, always atomically."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

from digest.errors import OutputError


def write_atomic(path: str | Path, text: str | Iterable[str]) -> None:
    """Write ``text`` (or its pieces, in order) to ``path`` through a temporary file and a rename.

    A run killed halfway leaves either the previous file or the new one, never
    half of it.
    """
    target = Path(path)
    directory = target.parent if str(target.parent) else Path()
    try:
        directory.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=directory)
    except OSError as exc:
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as handle:
            if isinstance(text, str):
                handle.write(text)
            else:
                handle.writelines(text)
            handle.flush()
            os.fsync(handle.fileno())
        Path(tmp).replace(target)
    except OSError as exc:
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise OutputError(f"{target}: cannot write ({exc.strerror or exc})") from None
    except BaseException:
        # Pieces made while writing may fail too (or Ctrl-C): never leave the temporary file behind.
        with contextlib.suppress(OSError):
            Path(tmp).unlink()
        raise
