"""RSS and Atom feeds: each entry is one story, or a whole edition when it holds several."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator
from typing import Any

import feedparser

from digest.errors import InputError
from digest.models import Document, Edition, Format
from digest.readers._decode import clean_text
from digest.readers._html import parse_html
from digest.readers._meta import clean_name

# A heading line, or a paragraph that is bold and nothing else (how email-style editions title stories).
_SECTION_TITLE = re.compile(r"^(?:#{1,6} \S.*|\*\*[^*\n]+\*\*)$", re.MULTILINE)
#: An entry whose content has at least this many headings is an edition to split, not one story.
MIN_EDITION_HEADINGS = 2


def _entry_content(entry: Any) -> tuple[str, str]:
    """The entry's richest content and its media type."""
    best = ("", "text/html")
    for content in entry.get("content") or ():
        value = content.get("value") or ""
        if len(value) > len(best[0]):
            best = (value, content.get("type") or "text/html")
    if not best[0]:
        detail = entry.get("summary_detail") or {}
        best = (entry.get("summary") or "", detail.get("type") or "text/html")
    return best


def _entry_date(entry: Any) -> dt.date | None:
    for key in ("published_parsed", "updated_parsed", "created_parsed"):
        parsed = entry.get(key)
        if parsed:
            try:
                return dt.date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday)
            except (ValueError, AttributeError):
                continue
    return None


def _markdown(value: str, media_type: str) -> str:
    if "html" in media_type or "xml" in media_type:
        return parse_html(value).markdown
    return clean_text(value)


def read_feed(data: bytes, path: str) -> Iterator[Document]:
    """Each entry of an RSS or Atom feed, in feed order."""
    # A file-like object: feedparser fetches URLs given as strings, and must never touch the network.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = list(parsed.get("entries") or ())
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise InputError(path, f"not a readable RSS or Atom feed ({problem})")
        if not parsed.get("version"):
            raise InputError(path, "no RSS or Atom feed found")
        return
    feed = parsed.get("feed") or {}
    fmt = Format.ATOM if str(parsed.get("version") or "").startswith("atom") else Format.RSS
    source = clean_name(feed.get("title"))
    for position, entry in enumerate(entries):
        body = _markdown(*_entry_content(entry))
        edition = Edition(
            path=path,
            format=fmt,
            source=source,
            date=_entry_date(entry),
            title=clean_name(entry.get("title")),
            url=(entry.get("link") or "").strip() or None,
            position=position,
        )
        single = len(_SECTION_TITLE.findall(body)) < MIN_EDITION_HEADINGS
        yield Document(edition=edition, body=body, single_story=single)
