"""Plain text and Markdown (with optional YAML front matter) editions."""

from __future__ import annotations

import email.utils
import re
from typing import Any

import yaml

from digest.models import Document, Edition, Format
from digest.readers._markup import heading_metadata, outside_code, strip_html, strip_source_markup
from digest.readers._meta import clean_name, parse_date, sender_name
from digest.readers._references import inline_references

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
#: Keys naming the publication: a display name first ("newsletter_name: The Free Press" beside the
#: archive's id "newsletter: the-free-press"), then the plain keys, which may hold an id.
_SOURCE_KEYS = (
    "newslettername",
    "publicationname",
    "sourcename",
    "publishername",
    "fromname",
    "sendername",
    "source",
    "newsletter",
    "from",
    "publication",
    "publisher",
    "feedname",
    "sitename",
    "author",
)
_URL_KEYS = ("url", "link", "permalink")
#: Keys of an edition's date by another name ("publishedDate", "pub_date", "date_published").
_DATE_KEY = re.compile(r"^(?!updat|modif|last|expir|edit)(?:pub|posted|issued|sent|\w*date)")
#: A value that is an address ("source: https://.../newsletter/264"): the edition's page, no name.
_ADDRESS = re.compile(r"^\s*https?://\S+\s*$", re.IGNORECASE)
#: A header line of a message pasted at the top of a text ("Subject: ...", "From: ...", "Date: ...").
_PASTED_HEADER = re.compile(
    r"^(subject|from|to|cc|date|sent|reply-to|title|author|authors|category|tags|slug|summary|number)"
    r"[ \t]*:[ \t]*(\S.*?)\s*$",
    re.IGNORECASE,
)


def split_front_matter(text: str) -> tuple[dict[str, Any] | None, str]:
    """The YAML front matter of ``text`` (None when absent or not a mapping) and the rest."""
    match = _FRONT_MATTER.match(text)
    if match is None:
        return None, text
    try:
        data = yaml.safe_load(match.group(1) or "")
    except yaml.YAMLError:
        # Not YAML after all (a rule line opening the text): keep everything as body.
        return None, text
    if not isinstance(data, dict):
        return None, text
    # Keys as one word in lower case: "feedName", "feed_name" and "Feed Name" are one key.
    meta = {re.sub(r"[\s_-]", "", str(key)).lower(): value for key, value in data.items()}
    return meta, text[match.end() :]


def _first_text(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value)
    return None


def pasted_headers(text: str) -> tuple[dict[str, str], str]:
    """The header lines of a message pasted at the top of ``text`` (by name, lower case), and the rest.

    A newsletter copied out of a mail client keeps its "Subject:", "From:" and "Date:" lines
    over the body: they are the edition's title, sender and date, not its first story. A
    static site's archive opens its Markdown the same way ("Title:", "Date:", "Category:": the
    metadata of Pelican and MultiMarkdown). They count when a "Subject:" or "Title:" line is
    among them, or two header lines or more, and a blank line (or the end) follows them;
    otherwise ``text`` is returned whole.
    """
    lines = text.lstrip("\r\n").split("\n")
    headers: dict[str, str] = {}
    k = 0
    while k < len(lines) and (match := _PASTED_HEADER.match(lines[k].strip())):
        headers.setdefault(match[1].lower(), match[2])
        k += 1
    ends = k == len(lines) or not lines[k].strip()
    if not ends or not ("subject" in headers or "title" in headers or len(headers) >= 2):
        return {}, text
    return headers, "\n".join(lines[k:])


def _pasted_edition(
    path: str, fmt: Format, headers: dict[str, str], source: str | None, url: str | None
) -> Edition:
    sender = email.utils.parseaddr(headers.get("from", ""))[0] or headers.get("from", "")
    return Edition(
        path=path,
        format=fmt,
        source=clean_name(sender if "@" not in sender else None) or clean_name(source),
        date=parse_date(headers.get("date") or headers.get("sent")),
        title=clean_name(headers.get("subject") or headers.get("title")),
        url=url,
    )


def read_text(text: str, path: str, fmt: Format) -> Document:
    """One edition from decoded text; Markdown front matter (or a metadata heading) gives its metadata.

    Raw HTML inside a Markdown body is markup: it is turned into Markdown here. Reference-style
    links (``[Headline][1]`` with ``[1]: url``, or a plain-text ``[1]`` with a numbered link
    list) are written inline.
    """
    if fmt is not Format.MARKDOWN:
        headers, body = pasted_headers(text)
        return Document(edition=_pasted_edition(path, fmt, headers, None, None), body=inline_references(body))
    meta, body = split_front_matter(text)
    headers, body = pasted_headers(body) if meta is None else ({}, body)
    body = inline_references(outside_code(lambda part: strip_html(strip_source_markup(part)), body))
    source, url = heading_metadata(body)
    if meta is None:
        return Document(edition=_pasted_edition(path, fmt, headers, source, url), body=body)
    addresses = {k for k in _SOURCE_KEYS if _ADDRESS.match(str(meta.get(k, "")))}
    named = {k: v for k, v in meta.items() if k not in addresses}
    dated = [k for k in meta if k != "date" and _DATE_KEY.search(k)]
    edition = Edition(
        path=path,
        format=fmt,
        source=sender_name(_first_text(named, _SOURCE_KEYS) or source),
        date=parse_date(meta.get("date")) or next(filter(None, (parse_date(meta[k]) for k in dated)), None),
        title=clean_name(_first_text(meta, ("title", "subject"))),
        url=clean_name(_first_text(meta, (*_URL_KEYS, *sorted(addresses)))) or url,
    )
    return Document(edition=edition, body=body.lstrip("\n"))
