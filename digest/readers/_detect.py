"""Which format a file holds, from its content first and its extension second."""

from __future__ import annotations

import codecs
import json
import re

from digest.models import Format

_FEED_SUFFIXES = frozenset({".rss", ".atom", ".xml"})
_JSONL_SUFFIXES = frozenset({".jsonl", ".ndjson"})
_MARKDOWN_SUFFIXES = frozenset({".md", ".markdown", ".mdown", ".mkd", ".mdx"})
_HTML_SUFFIXES = frozenset({".html", ".htm", ".xhtml"})

_HEADER_LINE = rb"[!-9;-~]+:[^\n]*\r?\n(?:[ \t][^\n]*\r?\n)*"
_HEADER_BLOCK = re.compile(rb"\A(?:" + _HEADER_LINE + rb"){2,}\r?\n")
_ANY_HEADER_BLOCK = re.compile(rb"\A(?:" + _HEADER_LINE + rb")+\r?\n")
# Headers only mail carries (a Markdown "Title:/Date:" preamble has none of them).
_MAIL_HEADER = re.compile(
    rb"^(?:from|received|return-path|message-id|mime-version|delivered-to|x-mailer|list-id):",
    re.IGNORECASE | re.MULTILINE,
)
_BLANK_LINE = re.compile(rb"\r?\n\r?\n")
_MBOX_START = re.compile(rb"\AFrom [^\r\n]*\r?\n[!-9;-~]+:")
_XML_PREAMBLE = re.compile(r"\A(?:\s+|<\?.*?\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*", re.DOTALL | re.IGNORECASE)
_FIRST_TAG = re.compile(r"<([A-Za-z][\w:.-]*)")
_HTML_TAG = re.compile(
    r"<(?:html|head|body|p|div|table|td|br|h[1-6]|a\s|span|b|strong|ul|ol|li|img|meta)[\s>/]",
    re.IGNORECASE,
)
_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n.*?\n(?:---|\.\.\.)[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_ATX_HEADING = re.compile(r"^#{1,6} \S", re.MULTILINE)


def _head_text(data: bytes) -> str:
    """The first few kilobytes as text, good enough to match ASCII markup."""
    head = data[:16384]
    for bom, codec in ((codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
                       (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):  # fmt: skip
        if head.startswith(bom):
            return head.decode(codec, errors="replace")
    return head.decode("utf-8", errors="replace").lstrip("\ufeff")


def looks_like_message(data: bytes) -> bool:
    """Bytes opening with an RFC 822 header block."""
    return _ANY_HEADER_BLOCK.match(data.lstrip(b"\r\n")) is not None


def looks_like_mbox(data: bytes) -> bool:
    """Bytes opening with an mbox "From " separator line followed by a header."""
    return _MBOX_START.match(data) is not None


def headers_end(data: bytes) -> bool:
    """Whether the bytes hold a blank line, as a mail header block ends with one."""
    return b"\n\n" in data or b"\n\r\n" in data


def _looks_like_mail_headers(data: bytes) -> bool:
    if not headers_end(data):
        # Without a blank line, the match would take a JSON Lines file's lines (`{"id": ...`) as
        # header lines to its end and back again.
        return False
    if not _HEADER_BLOCK.match(data.lstrip(b"\r\n")):
        return False
    headers = _BLANK_LINE.split(data[:16384], maxsplit=1)[0]
    return _MAIL_HEADER.search(headers) is not None


def _markup(head: str, suffix: str) -> Format | None:
    stripped = head.lstrip()
    if not stripped.startswith("<"):
        return Format.HTML if suffix in _HTML_SUFFIXES else None
    first = _FIRST_TAG.match(head, _XML_PREAMBLE.match(head).end())  # type: ignore[union-attr]
    name = first.group(1).lower() if first else ""
    if name in ("rss", "rdf:rdf"):
        return Format.RSS
    if name == "feed":
        return Format.ATOM
    if name == "html" or re.match(r"<!doctype\s+html", stripped, re.IGNORECASE):
        return Format.HTML
    if suffix in _FEED_SUFFIXES:
        return Format.RSS
    if suffix in _HTML_SUFFIXES or _HTML_TAG.search(head):
        return Format.HTML
    return None


def _first_line_is_json(head: str) -> bool:
    for line in head.split("\n"):
        if line.strip():
            try:
                return isinstance(json.loads(line), dict)
            except ValueError:
                return False
    return False


def detect(data: bytes, suffix: str) -> Format:
    """The format of a file's bytes; ``suffix`` (lower case, with dot) only breaks ties.

    Container extensions (``.mbox``, ``.eml``, ``.jsonl``, feeds) are trusted when the
    content does not say otherwise, so that a broken container is reported as such.
    """
    suffix = suffix.lower()
    if looks_like_mbox(data):
        return Format.MBOX
    head = _head_text(data)
    if suffix in (".mbox", ".eml") and not _looks_like_mail_headers(data):
        # A saved web page or a feed named ".eml" says what it is; anything else is a broken message.
        document = _markup(head, "")
        if document is not None and head.lstrip().startswith("<"):
            return document
    if suffix == ".mbox":
        return Format.MBOX
    if suffix == ".eml" or _looks_like_mail_headers(data):
        return Format.EML
    markup = _markup(head, suffix)
    if markup is not None:
        return markup
    if suffix in _FEED_SUFFIXES - {".xml"}:
        return Format.RSS
    if suffix in _JSONL_SUFFIXES or (head.lstrip().startswith("{") and _first_line_is_json(head)):
        return Format.JSONL
    if suffix in _MARKDOWN_SUFFIXES or _FRONT_MATTER.match(head) or len(_ATX_HEADING.findall(head)) >= 2:
        return Format.MARKDOWN
    return Format.TEXT
