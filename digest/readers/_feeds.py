"""RSS and Atom feeds: each entry is one story, or a whole edition when it holds several."""

from __future__ import annotations

import datetime as dt
import io
import re
import xml.sax
from collections.abc import Iterator
from typing import Any

import feedparser

from digest.errors import InputError
from digest.models import Document, Dropped, DropReason, Edition, Format
from digest.readers._decode import clean_text
from digest.readers._feed_mail import is_email_document, set_headlines
from digest.readers._html import parse_html
from digest.readers._meta import clean_name

# A heading line, or a paragraph that is bold and nothing else (how email-style editions title stories).
_SECTION_TITLE = re.compile(r"^(?:#{1,6} \S.*|\*\*[^*\n]+\*\*)$", re.MULTILINE)
#: An entry whose content has at least this many headings is an edition to split, not one story.
MIN_EDITION_HEADINGS = 2
#: A list item that opens with a link: the entry lists linked items ("1. [Title](url) (site)").
_LINKED_ITEM = re.compile(r"^\s*(?:[-*+]|\d{1,3}[.)])\s+(?:\*\*)?\[[^\]\n]+\]\([^)\s]+\)", re.MULTILINE)
#: An entry whose content lists at least this many linked items is an edition of links to split.
MIN_EDITION_ITEMS = 2


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


def _list_of_links(body: str) -> bool:
    """Whether an entry's content is a list of linked items (a digest of links), not one article
    that happens to list a link or two: the linked items are half of its lines or more."""
    items = len(_LINKED_ITEM.findall(body))
    lines = sum(1 for line in body.splitlines() if line.strip() and not line[:1].isspace())
    return items >= MIN_EDITION_ITEMS and items * 2 >= lines


def _where(problem: xml.sax.SAXException) -> str:
    """ "line 3, column 28: mismatched tag" (the parser's own text names no file)."""
    if isinstance(problem, xml.sax.SAXParseException):
        return f"line {problem.getLineNumber()}, column {problem.getColumnNumber()}: {problem.getMessage()}"
    return problem.getMessage()


def read_feed(data: bytes, path: str) -> Iterator[Document | Dropped]:
    """Each entry of an RSS or Atom feed, in feed order.

    A feed that is not well-formed XML (a mismatched tag, a file cut short) is read as far as
    the feed parser recovers it, and recorded in the ledger as unreadable, so a ``--strict``
    run stops on it; an entry left with neither title nor text, and a feed with no entries, are
    recorded as empty.
    """
    # A file-like object: feedparser fetches URLs given as strings, and must never touch the network.
    parsed = feedparser.parse(io.BytesIO(data), resolve_relative_uris=False)
    entries = list(parsed.get("entries") or ())
    if not entries:
        if parsed.get("bozo"):
            problem = parsed.get("bozo_exception")
            raise InputError(path, f"not a readable RSS or Atom feed ({problem})")
        if not parsed.get("version"):
            raise InputError(path, "no RSS or Atom feed found")
        # A feed with no entries is said in the ledger, not skipped in silence among other inputs.
        name = clean_name((parsed.get("feed") or {}).get("title"))
        yield Dropped(path=path, reason=DropReason.EMPTY, detail="feed with no entries", source=name)
        return
    feed = parsed.get("feed") or {}
    fmt = Format.ATOM if str(parsed.get("version") or "").startswith("atom") else Format.RSS
    source = clean_name(feed.get("title"))
    problem = parsed.get("bozo_exception")
    if parsed.get("bozo") and isinstance(problem, xml.sax.SAXException):
        # Only broken XML: feedparser also flags a declared encoding it overrode, which is not a fault.
        yield Dropped(
            path=path,
            reason=DropReason.UNREADABLE,
            detail=f"not well-formed XML ({_where(problem)}); its entries were read as far as they could be",
            source=source,
        )
    for position, entry in enumerate(entries):
        content = _entry_content(entry)
        body = _markdown(*content)
        if not body.strip() and not clean_name(entry.get("title")):
            yield Dropped(
                path=path,
                reason=DropReason.EMPTY,
                detail="feed entry without title or text",
                text=(entry.get("link") or "").strip(),
                source=source,
                position=position,
            )
            continue
        edition = Edition(
            path=path,
            format=fmt,
            source=source,
            date=_entry_date(entry),
            title=clean_name(entry.get("title")),
            url=(entry.get("link") or "").strip() or None,
            position=position,
        )
        titled = len(_SECTION_TITLE.findall(body)) >= MIN_EDITION_HEADINGS
        # An e-mail carried whole in the entry sets its headlines in big type, not in headings.
        mailed = is_email_document(content[0]) and set_headlines(body) >= MIN_EDITION_HEADINGS
        single = not titled and not mailed and not _list_of_links(body)
        yield Document(edition=edition, body=body, single_story=single)
