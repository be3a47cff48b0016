"""Plain text and Markdown (with optional YAML front matter) editions."""

from __future__ import annotations

import re
from typing import Any

import yaml

from digest.models import Document, Edition, Format
from digest.readers._markup import heading_metadata, strip_html
from digest.readers._meta import clean_name, parse_date
from digest.readers._references import inline_references

_FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
_SOURCE_KEYS = ("source", "newsletter", "from", "publication", "publisher", "author")
_URL_KEYS = ("url", "link", "permalink")


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
    return {str(key).lower(): value for key, value in data.items()}, text[match.end() :]


def _first_text(meta: dict[str, Any], keys: tuple[str, ...]) -> str | None:
    for key in keys:
        value = meta.get(key)
        if isinstance(value, str | int | float) and str(value).strip():
            return str(value)
    return None


def read_text(text: str, path: str, fmt: Format) -> Document:
    """One edition from decoded text; Markdown front matter (or a metadata heading) gives its metadata.

    Raw HTML inside a Markdown body is markup: it is turned into Markdown here. Reference-style
    links (``[Headline][1]`` with ``[1]: url``, or a plain-text ``[1]`` with a numbered link
    list) are written inline.
    """
    if fmt is not Format.MARKDOWN:
        return Document(edition=Edition(path=path, format=fmt), body=inline_references(text))
    meta, body = split_front_matter(text)
    body = inline_references(strip_html(body))
    source, url = heading_metadata(body)
    if meta is None:
        edition = Edition(path=path, format=fmt, source=clean_name(source), url=url)
        return Document(edition=edition, body=body)
    edition = Edition(
        path=path,
        format=fmt,
        source=clean_name(_first_text(meta, _SOURCE_KEYS) or source),
        date=parse_date(meta.get("date")),
        title=clean_name(_first_text(meta, ("title", "subject"))),
        url=clean_name(_first_text(meta, _URL_KEYS)) or url,
    )
    return Document(edition=edition, body=body.lstrip("\n"))
