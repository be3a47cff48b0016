"""The whole run, stage by stage: read, split, cluster (merge and compose follow)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from attrs import frozen

from digest.cluster import StoryCluster, cluster_stories
from digest.ingest import Reading, read_stories
from digest.models import Dropped, Edition, Story
from digest.settings import Settings


@frozen
class Digest:
    """The structured result of a run; render it with :mod:`digest.serialize`."""

    editions: tuple[Edition, ...]
    stories: tuple[Story, ...]
    clusters: tuple[StoryCluster, ...]
    dropped: tuple[Dropped, ...]


def compile_reading(reading: Reading, settings: Settings | None = None) -> Digest:
    """Cluster what was read into a digest."""
    settings = settings or Settings()
    clusters = cluster_stories(reading.stories, settings.clustering)
    return Digest(
        editions=reading.editions, stories=reading.stories, clusters=clusters, dropped=reading.dropped
    )


def compile_digest(
    inputs: Iterable[str | Path], settings: Settings | None = None, *, strict: bool = False
) -> Digest:
    """Read ``inputs`` (files or folders) and compile them into one digest."""
    settings = settings or Settings()
    return compile_reading(read_stories(inputs, settings, strict=strict), settings)
