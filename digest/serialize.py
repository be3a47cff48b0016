"""Plain-data forms of the models, for JSON output (``digest.v1``)."""

from __future__ import annotations

import json
from typing import Any

from digest.models import Dropped, Story

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
