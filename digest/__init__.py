"""digest: turn a week of overlapping newsletters into one consolidated digest.

The public API is listed in ``__all__``; everything else is private. Stage
functions that pull in heavy dependencies are loaded on first use, so
``import digest`` (and ``digest --help``) stays fast.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from digest.errors import (
    ConfigError,
    DeliveryError,
    DigestError,
    HistoryError,
    IndexUnavailableError,
    InputError,
    OutputError,
    SettingsError,
    UsageError,
)
from digest.models import (
    AgreedFigure,
    Conflict,
    Digest,
    Document,
    Dropped,
    DropReason,
    Edition,
    Format,
    MergedStory,
    Placement,
    Reading,
    Reconciliation,
    Split,
    Story,
    StoryCluster,
)
from digest.settings import (
    ClusterSettings,
    ComposeSettings,
    FigureSettings,
    Interest,
    ReadSettings,
    Settings,
    Topic,
)

if TYPE_CHECKING:
    from digest.cluster.grouping import cluster_stories
    from digest.figures.reconcile import reconcile as reconcile_figures
    from digest.ingest import read_stories
    from digest.pipeline import compile_digest, compile_reading
    from digest.render.json import to_json
    from digest.render.markdown import to_markdown
    from digest.split.splitter import split_document

__all__ = [
    "AgreedFigure",
    "ClusterSettings",
    "ComposeSettings",
    "ConfigError",
    "Conflict",
    "DeliveryError",
    "Digest",
    "DigestError",
    "Document",
    "DropReason",
    "Dropped",
    "Edition",
    "FigureSettings",
    "Format",
    "HistoryError",
    "IndexUnavailableError",
    "InputError",
    "Interest",
    "MergedStory",
    "OutputError",
    "Placement",
    "ReadSettings",
    "Reading",
    "Reconciliation",
    "Settings",
    "SettingsError",
    "Split",
    "Story",
    "StoryCluster",
    "Topic",
    "UsageError",
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
    "cluster_stories": "digest.cluster.grouping",
    "compile_digest": "digest.pipeline",
    "compile_reading": "digest.pipeline",
    "read_stories": "digest.ingest",
    "reconcile_figures": "digest.figures.reconcile",
    "split_document": "digest.split.splitter",
    "to_json": "digest.render.json",
    "to_markdown": "digest.render.markdown",
}


#: Public names that differ from the name inside their module.
_RENAMED = {"reconcile_figures": "reconcile"}


def __getattr__(name: str) -> Any:
    module = _LAZY.get(name)
    if module is None:
        raise AttributeError(f"module 'digest' has no attribute {name!r}")
    return getattr(importlib.import_module(module), _RENAMED.get(name, name))
