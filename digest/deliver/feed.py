"""The Atom 1.0 feed of the latest published digests, from the history's record of each period.

One entry per period: its title, the time it was recorded as ``updated``, and
the digest's HTML (the page's column, without its ``<head>``: feed readers
bring their own styles) as ``html`` content. Ids are stable: a period's entry
keeps its id however often the week is compiled again or the feed rewritten.
With ``link`` (where the feed is published) the ids derive from that address,
so two people's feeds never share ids; without it they are name-based UUIDs.
The same history gives the same bytes.
"""

from __future__ import annotations

import re
import uuid
import xml.etree.ElementTree as ET
from collections.abc import Sequence

from digest.errors import DigestError
from digest.history.store import Page

__all__ = ["to_atom"]

_ATOM = "http://www.w3.org/2005/Atom"
#: Characters XML 1.0 cannot carry at all.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def to_atom(pages: Sequence[Page], *, title: str = "Newsletter digests", link: str | None = None) -> str:
    """The Atom document of ``pages`` (latest first), titled ``title``, published at ``link``."""
    if not pages:
        raise DigestError("no digest with its HTML in the history yet: run a weekly `digest compile` first")
    ET.register_namespace("", _ATOM)
    feed = ET.Element(f"{{{_ATOM}}}feed")
    base = link or f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, 'digest:feed:' + title)}"
    _child(feed, "id", base)
    _child(feed, "title", title)
    _child(feed, "updated", max(_timestamp(page.recorded_at) for page in pages))
    if link:
        ET.SubElement(feed, f"{{{_ATOM}}}link", rel="self", href=link)
    author = ET.SubElement(feed, f"{{{_ATOM}}}author")
    _child(author, "name", "digest")
    _child(feed, "generator", "digest")
    for page in pages:
        entry = ET.SubElement(feed, f"{{{_ATOM}}}entry")
        _child(entry, "id", _entry_id(base, page.period, link is not None))
        _child(entry, "title", page.title)
        _child(entry, "updated", _timestamp(page.recorded_at))
        _child(entry, "summary", f"{page.period}: {page.since.isoformat()} to {page.until.isoformat()}")
        _child(entry, "content", _column(page.html)).set("type", "html")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"


def _child(parent: ET.Element, name: str, text: str) -> ET.Element:
    node = ET.SubElement(parent, f"{{{_ATOM}}}{name}")
    node.text = _NOT_XML.sub("", text)
    return node


def _entry_id(base: str, period: str, linked: bool) -> str:
    if linked:
        return f"{base}#{period}"
    return f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, base + '#' + period)}"


def _timestamp(recorded_at: str) -> str:
    """An RFC 3339 time (what Atom requires) from the history's ISO time; UTC when it has no offset."""
    if len(recorded_at) == 10:  # a bare date
        return recorded_at + "T00:00:00Z"
    has_offset = recorded_at.endswith("Z") or re.search(r"[+-]\d\d:\d\d$", recorded_at) is not None
    return recorded_at if has_offset else recorded_at + "Z"


def _column(page: str) -> str:
    """The digest's column of an HTML page rendered by :func:`digest.render.html.to_html`."""
    from selectolax.lexbor import LexborHTMLParser  # noqa: PLC0415 - only the feed needs the parser

    tree = LexborHTMLParser(page)
    node = tree.css_first("table.card td") or tree.body
    inner = node.inner_html if node is not None else None
    return (inner or page).strip()
