"""JSON Lines of ready-made stories: one record a line, bad lines go to the ledger."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from typing import Any

from digest.errors import InputError
from digest.models import Dropped, DropReason, Format, Story
from digest.readers._decode import clean_text
from digest.readers._meta import parse_date
from digest.text.ids import story_id
from digest.text.links import canonical_url

_REQUIRED = ("title", "text")
#: Each field and the keys other tools write it under (NewsAPI, feed exports, scrapers), first
#: found wins; an object value gives its "name" (NewsAPI's ``"source": {"name": ...}``).
_KEYS = {
    "id": ("id", "guid", "uuid", "_id"),
    "title": ("title", "headline", "name"),
    "text": ("text", "body", "content", "summary", "description", "abstract"),
    "url": ("url", "link", "href", "permalink"),
    "source": ("source", "publisher", "publication", "outlet", "feed", "site"),
    "date": ("date", "published", "published_at", "publishedAt", "pubDate", "datetime", "created_at"),
}


def _value(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if isinstance(value, dict):
        value = value.get("name") or value.get("title")
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = clean_text(str(value)).strip()
    return text or None


def _field(record: dict[str, Any], field: str) -> str | None:
    for key in _KEYS[field]:
        value = _value(record, key)
        if value is not None:
            return value
    return None


def _empty_text(record: dict[str, Any], field: str) -> bool:
    return field == "text" and any(isinstance(record.get(key), str) for key in _KEYS["text"])


#: What NewsAPI and similar exports put at the end of a cut "content": "… [+2345 chars]".
_CUT_MARK = re.compile(r"\s*(?:…|\.\.\.)?\s*\[\+\d+ chars\]\s*$")
#: Every match of ``_CUT_MARK`` holds this: a text without it is searched no further (the pattern,
#: tried at every space of a long text, was a third of reading a large file of stories).
_CUT_WORD = " chars]"


def _uncut(text: str) -> str:
    """``text`` without a cut mark at its end."""
    return _CUT_MARK.sub("", text) if _CUT_WORD in text else text


def _story(fields: dict[str, str | None], path: str, position: int, default_source: str) -> Story:
    url = fields["url"]
    link = canonical_url(url) if url else None
    source = fields["source"] or default_source
    # A record without an id gets one from what it says: the same record read twice is one story.
    sid = fields["id"] or story_id("jsonl", source, link, fields["title"], fields["date"])
    return Story(
        id=sid,
        title=" ".join(str(fields["title"]).split()),
        text=_uncut(fields["text"] or ""),
        source=source,
        path=path,
        url=link,
        date=parse_date(fields["date"]),
        position=position,
        format=Format.JSONL,
        links=(link,) if link else (),
    )


def read_jsonl(text: str, path: str, default_source: str) -> Iterator[Story | Dropped]:
    """One Story per valid record; a Dropped (UNREADABLE) naming the line for each bad one."""
    results: list[Story | Dropped] = []
    records = 0
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            record = json.loads(line)
        except ValueError as exc:
            results.append(_bad(path, number, f"not valid JSON ({exc})", line))
            continue
        if not isinstance(record, dict):
            results.append(_bad(path, number, f"a JSON {type(record).__name__}, not an object", line))
            continue
        records += 1
        fields = {field: _field(record, field) for field in _KEYS}
        # An empty text is a headline-only story; an absent one is a malformed record.
        missing = [field for field in _REQUIRED if fields[field] is None and not _empty_text(record, field)]
        if missing:
            results.append(_bad(path, number, f"record lacks {', '.join(missing)}", line))
            continue
        results.append(_story(fields, path, number - 1, default_source))
    if records == 0:
        # Not one JSON object in the file: this is not JSON Lines at all.
        raise InputError(path, "no JSON Lines record (one JSON object per line) found")
    yield from results


def _bad(path: str, number: int, problem: str, line: str) -> Dropped:
    return Dropped(
        path=path,
        reason=DropReason.UNREADABLE,
        detail=f"line {number}: {problem}",
        text=line[:500],
        position=number - 1,
    )
