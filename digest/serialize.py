"""Plain-data forms of the models, for JSON output (``digest.v1``)."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from digest.models import Dropped, Edition, Story

if TYPE_CHECKING:
    from digest.pipeline import Digest

SCHEMA = "digest.v1"


def story_dict(story: Story) -> dict[str, Any]:
    """A story as JSON-ready data; keys are documented in ``docs/json.md``."""
    return {
        "id": story.id,
        "source": story.source,
        "path": story.path,
        "title": story.title,
        "text": story.text,
        "url": story.url,
        "date": story.date.isoformat() if story.date else None,
        "section": story.section,
        "position": story.position,
        "edition_date": story.edition_date.isoformat() if story.edition_date else None,
        "format": str(story.format),
        "links": list(story.links),
    }


def dropped_dict(entry: Dropped) -> dict[str, Any]:
    """A ledger entry as JSON-ready data."""
    return {
        "path": entry.path,
        "reason": str(entry.reason),
        "detail": entry.detail,
        "text": entry.text,
        "source": entry.source,
        "position": entry.position,
        "story_id": entry.story_id,
    }


def dumps(data: Any) -> str:
    """JSON text in the project's one canonical form: stable, readable, UTF-8."""
    return json.dumps(data, ensure_ascii=False, indent=2, sort_keys=False) + "\n"


def edition_dict(edition: Edition) -> dict[str, Any]:
    """An edition (one newsletter issue read) as JSON-ready data."""
    return {
        "path": edition.path,
        "format": str(edition.format),
        "source": edition.source,
        "date": edition.date.isoformat() if edition.date else None,
        "title": edition.title,
        "url": edition.url,
        "position": edition.position,
    }


def digest_dict(digest: Digest) -> dict[str, Any]:
    """The whole digest in the ``digest.v1`` schema documented in ``docs/json.md``."""
    by_id = {story.id: story for story in digest.stories}
    return {
        "schema": SCHEMA,
        "stats": {
            "editions": len(digest.editions),
            "stories": len(digest.stories),
            "clusters": len(digest.clusters),
            "dropped": len(digest.dropped),
        },
        "clusters": [
            {
                "id": cluster.id,
                "size": len(cluster.story_ids),
                "cohesion": cluster.cohesion,
                "stories": [story_dict(by_id[sid]) for sid in cluster.story_ids],
            }
            for cluster in digest.clusters
        ],
        "editions": [edition_dict(e) for e in digest.editions],
        "dropped": [dropped_dict(d) for d in digest.dropped],
    }
