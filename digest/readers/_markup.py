"""Markup inside Markdown bodies: raw HTML tags, and a heading that is really metadata.

Feed and read-later exports paste the item's HTML (``<p>``, ``<figure>``,
``<img>``) into a Markdown body. Tags are markup, not text: paragraphs become
blank-line separated paragraphs, links become Markdown links, images go, and
entities are decoded. Text outside tags, and "a < b" in prose, is left alone. Markdown
allows character references in its text without any tag ("&ldquo;", "&times;", "&#8217;"):
they are decoded too, once, never inside code.
"""

from __future__ import annotations

import html
import itertools
import re
from collections.abc import Callable

from digest.text.fences import code_fences

__all__ = ["decode_references", "heading_metadata", "outside_code", "strip_html", "strip_source_markup"]

_NAMES = (
    "a|abbr|article|aside|b|big|blockquote|br|caption|center|cite|code|dd|del|details|div|dl|dt|em|"
    "figcaption|figure|font|footer|h[1-6]|header|hr|i|img|ins|kbd|li|main|mark|nav|ol|p|picture|pre|q|"
    "s|section|small|source|span|strike|strong|sub|summary|sup|table|tbody|td|tfoot|th|thead|time|tr|"
    "u|ul|video|audio|iframe|svg"
)
_TAG = re.compile(rf"</?(?:{_NAMES})\b(?:[^<>\"']|\"[^\"]*\"|'[^']*')*/?>", re.IGNORECASE)
#: Tags whose end is a paragraph break.
_BLOCK = re.compile(
    r"</?(?:p|div|article|section|header|footer|main|aside|figure|figcaption|blockquote|h[1-6]|ul|ol|"
    r"table|tr|pre|details|summary|dl|dd|dt|nav)\b[^>]*>|<br\s*/?>|<hr\b[^>]*>",
    re.IGNORECASE,
)
_LIST_ITEM = re.compile(r"<li\b[^>]*>", re.IGNORECASE)
_ANCHOR = re.compile(
    r"<a\b[^>]*?\bhref\s*=\s*[\"']([^\"']+)[\"'][^>]*>(.*?)</a\s*>", re.IGNORECASE | re.DOTALL
)
#: An HTML heading element pasted into Markdown ("<h3 id=...><a href="#..."><span>Title</span></a></h3>").
_HEADING_ELEMENT = re.compile(r"<h([1-6])\b[^>]*>(.*?)</h\1\s*>", re.IGNORECASE | re.DOTALL)
#: Elements whose content is not the item's text: scripts, media, and figures (an image and its caption).
_VOID_CONTENT = re.compile(
    r"<(script|style|svg|video|audio|iframe|picture|figure)\b.*?</\1\s*>", re.IGNORECASE | re.DOTALL
)
#: "# Source: Harbor Feed, URL: https://..." opening a file: metadata printed as a heading.
_PAIR = re.compile(r"(?P<key>[A-Za-z][\w ]{0,20}?)\s*:\s*(?P<value>https?://\S+|[^,]+)")
_SOURCE_KEYS = frozenset({"source", "feed", "newsletter", "publication", "publisher", "site", "from"})
_URL_KEYS = frozenset({"url", "link", "feed url", "site url", "homepage"})


#: A character reference Markdown decodes in its text ("&ldquo;", "&#8217;", "&#x2014;"), its closing
#: ";" required (Python's legacy names without one, "&copy" in "?a=1&copy=2", are an address's
#: parameters), or an inline code span (its text kept as printed). Linear: a code span stops at the
#: next backtick.
_REFERENCE_OR_CODE = re.compile(
    r"(?P<code>`[^`\n]*`)|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});"
)
#: An HTML comment: a note to the editors ("<!-- truncate -->", "Dear contributors, ..."), never shown.
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
#: An MDX line that is code, not text: an ES module statement ("import Support from "../x.mdx";")
#: or a lone component element ("<Support />", "<SubscribeForm placement="middle" />"): a component
#: has a capitalised name, unlike an HTML tag.
_MDX_LINE = re.compile(
    r"^[ \t]*(?:(?:import|export)\s[^\n]*?(?:\sfrom\s*[\"'][^\"'\n]+[\"']|=[^\n]*|[\"'][^\"'\n]+[\"']);?"
    r"|</?[A-Z][\w.]*(?:\s[^<>\n]*)?/?>)[ \t]*$",
    re.MULTILINE,
)


def outside_code(strip: Callable[[str], str], body: str) -> str:
    """``body`` with ``strip`` applied to all but its fenced code blocks (:func:`code_fences`): markup
    shown inside code ("<div class=...>", "import x from ...") is the code's text, kept as printed."""
    lines = body.split("\n")
    fences = code_fences(lines)
    if not fences:
        return strip(body)
    offsets = list(itertools.accumulate((len(line) + 1 for line in lines), initial=0))
    parts: list[str] = []
    start = 0
    for opening, closing in fences.items():
        end = offsets[closing] + len(lines[closing])
        parts += [strip(body[start : offsets[opening]]), body[offsets[opening] : end]]
        start = end
    return "".join([*parts, strip(body[start:])])


def strip_source_markup(body: str) -> str:
    """``body`` without what its Markdown source holds for the page and never prints: HTML comments,
    and MDX module statements and lone component elements."""
    return _MDX_LINE.sub("", _COMMENT.sub("", body))


def strip_html(body: str) -> str:
    """``body`` with raw HTML tags turned into Markdown (or removed); unchanged when it has none."""
    if not _TAG.search(body):
        return decode_references(body)
    text = _HEADING_ELEMENT.sub(_markdown_heading, _VOID_CONTENT.sub("", body))
    text = _ANCHOR.sub(lambda m: f"[{_TAG.sub('', m[2]).strip()}]({m[1]})", text)
    text = _LIST_ITEM.sub("\n\n- ", text)
    text = _BLOCK.sub("\n\n", text)
    text = _TAG.sub("", text)
    text = html.unescape(text)
    if _ANCHOR.search(text):
        # The sender's editor escaped its markup once more ("&lt;a href=...&gt;Title&lt;/a&gt;"): what
        # decoding printed is the markup, read as such.
        return strip_html(text)
    lines = [line.rstrip() for line in text.splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))


def decode_references(text: str) -> str:
    """``text`` with its character references decoded, outside inline code spans: "&ldquo;Hi&rdquo;"
    reads as "“Hi”", "&amp;lt;" as "&lt;" (once), "`&amp;`" stays; unknown names stay."""
    return _REFERENCE_OR_CODE.sub(lambda m: m[0] if m["code"] else html.unescape(m[0]), text)


def _markdown_heading(element: re.Match[str]) -> str:
    """An HTML heading as a Markdown heading of its level, on a line of its own: a heading, not a line
    of text. A link to the heading's own anchor ("#help-rust-tools") is no link, one out of the page is."""
    inner = _ANCHOR.sub(
        lambda a: a[2] if a[1].startswith("#") else f"[{_TAG.sub('', a[2]).strip()}]({a[1]})", element[2]
    )
    text = " ".join(_TAG.sub("", inner).split())
    return f"\n\n{'#' * int(element[1])} {text}\n\n" if text else "\n\n"


def heading_metadata(body: str) -> tuple[str | None, str | None]:
    """The source name and URL of a first heading made of "Key: value" pairs, else (None, None)."""
    first = next((line for line in body.splitlines() if line.strip()), "")
    match = re.match(r"^#{1,6}\s+(.*)$", first.strip())
    if match is None:
        return None, None
    pairs = [(m["key"].strip().casefold(), m["value"].strip()) for m in _PAIR.finditer(match[1])]
    if len(pairs) < 2:
        return None, None
    source = next((value for key, value in pairs if key in _SOURCE_KEYS), None)
    url = next((value for key, value in pairs if key in _URL_KEYS and value.startswith("http")), None)
    return source, url
