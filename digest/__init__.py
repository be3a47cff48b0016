"""digest: turn a week of overlapping newsletters into one consolidated digest.

The public API is listed in ``__all__``; everything else is private. Stage
functions that pull in heavy dependencies are loaded on first use, so
``import digest`` (and ``digest --help``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from digest.errors import DigestError, InputError, OutputError, SettingsError
from digest.models import Document, Dropped, DropReason, Edition, Format, Story
from digest.settings import ClusterSettings, FigureSettings, ReadSettings, Settings

if TYPE_CHECKING:
    from digest.ingest import Reading, read_stories
    from digest.split import Split, split_document

__all__ = [
    "ClusterSettings",
    "DigestError",
    "Document",
    "DropReason",
    "Dropped",
    "Edition",
    "FigureSettings",
    "Format",
    "InputError",
    "OutputError",
    "ReadSettings",
    "Reading",
    "Settings",
    "SettingsError",
    "Split",
    "Story",
    "read_stories",
    "split_document",
]

_LAZY = {
    "Reading": "digest.ingest",
    "read_stories": "digest.ingest",
    "Split": "digest.split",
    "split_document": "digest.split",
}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'digest' has no attribute {name!r}")
    return getattr(importlib.import_module(module), name)
