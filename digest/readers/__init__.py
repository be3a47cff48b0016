"""The reader layer: the only place that touches input files.

``read_path(path, settings)`` yields, in a deterministic order, one item per
thing found:

- a :class:`~digest.models.Document` for each edition (a text/Markdown/HTML
  file, a message of an ``.eml``/mbox/Maildir, an entry of a feed), its body
  normalised to light Markdown for the splitter;
- a :class:`~digest.models.Story` for each JSON Lines record (ready-made);
- a :class:`~digest.models.Dropped` for anything unreadable inside a
  container (one bad message of an mbox), so the run goes on.

A whole file that cannot be read raises :class:`~digest.errors.InputError`
naming the file and the problem. Directories are walked recursively, in
sorted order. Format is detected from content, not only the extension.

(Interface fixed; implementation in progress.)
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from digest.models import Document, Dropped, Story
from digest.settings import ReadSettings


def read_path(path: str | Path, settings: ReadSettings) -> Iterator[Document | Story | Dropped]:
    """Read a file or a directory (recursively); see the module docstring."""
    raise NotImplementedError
