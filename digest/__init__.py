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
from digest.settings import (
    ClusterSettings,
    ComposeSettings,
    FigureSettings,
    ReadSettings,
    Settings,
    Topic,
)

if TYPE_CHECKING:
    from digest.cluster import StoryCluster, cluster_stories
    from digest.ingest import Reading, read_stories
    from digest.markdown import to_markdown
    from digest.merge import MergedStory
    from digest.pipeline import Digest, compile_digest, compile_reading
    from digest.reconcile import AgreedFigure, Conflict, Reconciliation
    from digest.reconcile import reconcile as reconcile_figures
    from digest.serialize import to_json
    from digest.split import Split, split_document

__all__ = [
    "AgreedFigure",
    "ClusterSettings",
    "ComposeSettings",
    "Conflict",
    "Digest",
    "DigestError",
    "Document",
    "DropReason",
    "Dropped",
    "Edition",
    "FigureSettings",
    "Format",
    "InputError",
    "MergedStory",
    "OutputError",
    "ReadSettings",
    "Reading",
    "Reconciliation",
    "Settings",
    "SettingsError",
    "Split",
    "Story",
    "StoryCluster",
    "Topic",
    "cluster_stories",
    "compile_digest",
    "compile_reading",
    "read_stories",
    "reconcile_figures",
    "split_document",
    "to_json",
    "to_markdown",
]

_LAZY = {
    "AgreedFigure": "digest.reconcile",
    "Conflict": "digest.reconcile",
    "Digest": "digest.pipeline",
    "MergedStory": "digest.merge",
    "Reading": "digest.ingest",
    "Reconciliation": "digest.reconcile",
    "Split": "digest.split",
    "StoryCluster": "digest.cluster",
    "cluster_stories": "digest.cluster",
    "compile_digest": "digest.pipeline",
    "compile_reading": "digest.pipeline",
    "read_stories": "digest.ingest",
    "reconcile_figures": "digest.reconcile",
    "split_document": "digest.split",
    "to_json": "digest.serialize",
    "to_markdown": "digest.markdown",
}


#: Public names that differ from the name inside their module.
_RENAMED = {"reconcile_figures": "reconcile"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'digest' has no attribute {name!r}")
    return getattr(importlib.import_module(module), _RENAMED.get(name, name))
