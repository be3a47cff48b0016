"""JSON Lines of ready-made stories: one record a line, bad lines go to the ledger."""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from digest.errors import InputError
from digest.models import Dropped, DropReason, Format, Story
from digest.readers._decode import clean_text
from digest.readers._meta import parse_date
from digest.text.links import canonical_url

_REQUIRED = ("id", "title", "text")
_FIELDS = (*_REQUIRED, "url", "source", "date")


def _field(record: dict[str, Any], key: str) -> str | None:
    value = record.get(key)
    if isinstance(value, bool) or not isinstance(value, str | int | float):
        return None
    text = clean_text(str(value)).strip()
    return text or None


def _empty_text(record: dict[str, Any], key: str) -> bool:
    return key == "text" and isinstance(record.get(key), str)


def _story(fields: dict[str, str | None], path: str, position: int, default_source: str) -> Story:
    url = fields["url"]
    link = canonical_url(url) if url else None
    return Story(
        id=str(fields["id"]),
        title=" ".join(str(fields["title"]).split()),
        text=fields["text"] or "",
        source=fields["source"] or default_source,
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
        fields = {key: _field(record, key) for key in _FIELDS}
        # An empty text is a headline-only story; an absent one is a malformed record.
        missing = [key for key in _REQUIRED if fields[key] is None and not _empty_text(record, key)]
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
