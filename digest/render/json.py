"""Plain-data forms of the models, for JSON output (``digest.v1``)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterator
from typing import Any

from digest.models import Digest, Dropped, Edition, FigureValue, FollowUp, MergedStory, Placement, Story
from digest.text.links import shown_url

SCHEMA = "digest.v1"


def story_dict(story: Story) -> dict[str, Any]:
    """A story as JSON-ready data; keys are documented in ``docs/json.md``."""
    return {
        "id": story.id,
        "source": story.source,
        "path": story.path,
        "title": story.title,
        "text": story.text,
        "url": shown_url(story.url),
        "date": story.date.isoformat() if story.date else None,
        "section": story.section,
        "position": story.position,
        "edition_date": story.edition_date.isoformat() if story.edition_date else None,
        "format": str(story.format),
        "links": [link for link in story.links if shown_url(link)],
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
    """JSON text in the project's one canonical form: stable, readable, UTF-8.

    ``<``, ``>`` and ``&`` inside strings are written as ``\\u`` escapes: the same data,
    but inert if the JSON is ever pasted into an HTML page.
    """
    return "".join(iter_json(data))


def iter_json(data: Any) -> Iterator[str]:
    """The text of :func:`dumps` in pieces, so a large digest is written without one huge string.

    orjson writes the same text as Python's encoder here (two-space indent, keys in order,
    UTF-8 as is, the same escapes) for data of str keys, strings, 64-bit ints, None, bools
    and floats that Python writes without an exponent; it is used for such data (checked
    first) and Python's encoder for anything else. ``tests/test_render_json.py`` compares both.
    """
    pieces = _compiled_pieces(data)
    chunks = _ENCODER.iterencode(data) if pieces is None else (p.decode("utf-8") for p in pieces)
    for chunk in chunks:
        yield chunk.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
    yield "\n"


_ENCODER = json.JSONEncoder(ensure_ascii=False, indent=2, sort_keys=False)
#: The range of floats Python writes without an exponent (repr: 1e-05, 1e+16).
_PLAIN_FLOATS = (1e-4, 1e16)
_INT64 = (-(1 << 63), (1 << 63) - 1)


def _compiled_pieces(data: Any) -> list[bytes] | None:
    """The text of ``data`` from orjson, a top-level list item at a time; None where it would differ."""
    if not _plain(data):
        return None
    try:
        import orjson  # noqa: PLC0415 - only where JSON is written, not on every command
    except ImportError:  # pragma: no cover - a dependency; Python's encoder writes the same text
        return None
    indent = orjson.OPT_INDENT_2
    try:
        if not isinstance(data, dict) or not data:
            return [orjson.dumps(data, option=indent)]
        pieces = [b"{"]
        for k, (key, value) in enumerate(data.items()):
            pieces.append((b"\n  " if k == 0 else b",\n  ") + orjson.dumps(key) + b": ")
            if isinstance(value, list) and value:
                pieces.append(b"[")
                for j, item in enumerate(value):
                    text = orjson.dumps(item, option=indent).replace(b"\n", b"\n    ")
                    pieces.append((b"\n    " if j == 0 else b",\n    ") + text)
                pieces.append(b"\n  ]")
            else:
                pieces.append(orjson.dumps(value, option=indent).replace(b"\n", b"\n  "))
        pieces.append(b"\n}")
    except orjson.JSONEncodeError:  # a lone surrogate, say: Python's encoder decides
        return None
    return pieces


def _plain(data: Any) -> bool:
    """Whether ``data`` holds only what orjson writes as Python's encoder does (see :func:`iter_json`)."""
    low, high = _PLAIN_FLOATS
    stack = [data]
    push, extend = stack.append, stack.extend
    while stack:
        item = stack.pop()
        kind = type(item)
        if kind is str:  # most of a digest: tested first, and a dict's strings are never pushed
            continue
        if kind is dict:
            for key, value in item.items():
                if type(key) is not str:
                    return False
                if type(value) is not str:
                    push(value)
        elif kind is list or kind is tuple:
            extend(item)
        elif kind is float:
            if item != 0 and not low <= abs(item) < high:  # NaN fails both
                return False
        elif kind is int:
            if not _INT64[0] <= item <= _INT64[1]:
                return False
        elif kind is not bool and item is not None:
            return False
    return True


def edition_dict(edition: Edition) -> dict[str, Any]:
    """An edition (one newsletter issue read) as JSON-ready data."""
    return {
        "path": edition.path,
        "format": str(edition.format),
        "source": edition.source,
        "date": edition.date.isoformat() if edition.date else None,
        "title": edition.title,
        "url": shown_url(edition.url),
        "position": edition.position,
    }


def _date(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def merged_dict(story: MergedStory) -> dict[str, Any]:
    """The merged fields of one cluster: headline, summary with provenance, sources, topic."""
    return {
        "headline": story.headline,
        "headline_story": story.headline_story,
        "topic": story.topic,
        "date": _date(story.date),
        "summary": [{"text": s.text, "story_id": s.story_id, "source": s.source} for s in story.summary],
        "sources": [
            {
                "source": r.source,
                "date": _date(r.date),
                "url": shown_url(r.url),
                "title": r.title,
                "story_id": r.story_id,
            }
            for r in story.sources
        ],
        "figures": [
            {
                "kind": f.kind,
                "measure": f.measure,
                "text": f.text,
                "expressions": list(f.expressions),
                "sources": list(f.sources),
                "values": [_figure_value(v, f.kind) for v in f.values],
            }
            for f in story.figures
        ],
        "conflicts": [
            {
                "kind": c.kind,
                "measure": c.measure,
                "note": c.note,
                "chosen": _figure_value(c.chosen, c.kind),
                "values": [_figure_value(v, c.kind) for v in c.values],
            }
            for c in story.conflicts
        ],
        "follows": _follows(story.follows),
        "rank": story.rank,
        "placement": str(story.placement),
        "publications": story.publications,
    }


def _follows(follows: FollowUp | None) -> dict[str, Any] | None:
    if follows is None:
        return None
    return {
        "period": follows.period,
        "start": _date(follows.since),
        "end": _date(follows.until),
        "cluster": follows.cluster_id,
        "headline": follows.headline,
        "changes": list(follows.changes),
    }


def _figure_value(value: FigureValue, kind: str) -> dict[str, Any]:
    """One report of a figure: ``value`` as printed, its interval, and money in the base currency."""
    printed = value.printed if value.printed is not None else value.value
    return {
        "text": value.text,
        "source": value.source,
        "date": _date(value.date),
        "story_id": value.story_id,
        "value": _number(printed),
        "unit": value.unit or None,
        "low": _number(value.low),
        "high": _number(value.high),
        "converted": _number(value.value) if kind == "money" else None,
        "sentence": value.sentence or None,
    }


def _number(value: float | None) -> float | int | None:
    """``value`` to the cent, a whole number as an int ("49%" is 49, not 49.0)."""
    if value is None:
        return None
    rounded = round(value, 2)
    return int(rounded) if rounded.is_integer() else rounded


def digest_dict(digest: Digest) -> dict[str, Any]:
    """The whole digest in the ``digest.v1`` schema documented in ``docs/json.md``."""
    by_id = {story.id: story for story in digest.stories}
    merged = {m.cluster_id: m for m in digest.merged}
    reasons: dict[str, int] = {}
    for entry in digest.dropped:
        reasons[str(entry.reason)] = reasons.get(str(entry.reason), 0) + 1
    return {
        "schema": SCHEMA,
        "title": digest.title,
        "period": (
            {"start": _date(digest.period[0]), "end": _date(digest.period[1])} if digest.period else None
        ),
        "stats": {
            "newsletters": len({e.source for e in digest.editions if e.source}),
            "editions": len(digest.editions),
            "stories": len(digest.stories),
            "clusters": len(digest.clusters),
            "duplicates_merged": len(digest.stories) - len(digest.clusters),
            "conflicts": sum(len(m.conflicts) for m in digest.merged),
            "dropped": len(digest.dropped),
            "dropped_by_reason": dict(sorted(reasons.items())),
            **_placements(digest),
        },
        "topics": list(digest.topics),
        "top_stories": list(digest.top),
        "clusters": [
            {
                "id": cluster.id,
                "size": len(cluster.story_ids),
                "cohesion": cluster.cohesion,
                **(merged_dict(merged[cluster.id]) if cluster.id in merged else {}),
                "stories": [story_dict(by_id[sid]) for sid in cluster.story_ids],
            }
            for cluster in digest.clusters
        ],
        "editions": [edition_dict(e) for e in digest.editions],
        "dropped": [dropped_dict(d) for d in digest.dropped],
    }


def _placements(digest: Digest) -> dict[str, int]:
    """How many merged stories are told in full, in brief, below the cut, muted."""
    placed = [m.placement for m in digest.merged]
    return {
        "told_in_full": placed.count(Placement.FULL),
        "in_brief": placed.count(Placement.BRIEF),
        "below_the_cut": placed.count(Placement.BELOW_THE_CUT),
        "muted": placed.count(Placement.MUTED),
    }


def to_json(digest: Digest) -> str:
    """The digest as ``digest.v1`` JSON text."""
    return dumps(digest_dict(digest))


def iter_digest_json(digest: Digest) -> Iterator[str]:
    """:func:`to_json` in pieces, for writing a large digest to a file."""
    return iter_json(digest_dict(digest))
