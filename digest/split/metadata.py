"""Item metadata printed under a headline: "link: ...", "feed: ...", "date published: ..." lines.

Feed and read-later exports print each item as a headline, a short list of
"key: value" lines, then the summary. The lines are the story's metadata, not
its text: the link is the story's URL and the date its date.

A curated reading list credits each piece on a line of short fields set apart by bars, one of
them a date: "Author | Publication | 27th April 2026 | U". The line is the item's metadata too,
never its headline; its date is the piece's first publication (a list may recommend an essay of
2015), not the story's, which stays the edition's.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from attrs import frozen

from digest.split.blocks import Block, Kind, is_link_line, is_link_row
from digest.text.dates import find_date
from digest.text.links import is_bare_url
from digest.text.shape import words

__all__ = ["RELATIVE", "ItemMetadata", "item_metadata"]

#: Relative dates ("a day ago") are placed only against a date the edition is known to be from.
RELATIVE = re.compile(r"\bago\b|\byesterday\b|\btoday\b|\blast\s+\w+day\b", re.IGNORECASE)

_LINE = re.compile(r"^(?P<key>[^\W\d_][\w .'/-]{0,30}?)\s*[:：]\s*(?P<value>\S.*)$")
_MARKED_KEY = re.compile(r"^\s*(?:[-*+•]\s+)?[\[*_`]")
#: A line opening with a link whose text holds the colon: the "key" is a title's words.
_LINKED_KEY = re.compile(r"^\s*(?:[-*+•]\s+)?\[[^\]\n]*[:：]")
_ANY_URL = re.compile(r"<?https?://\S+>?")
#: Most metadata lines under one headline.
_MOST = 8


@frozen
class _Line:
    """What one metadata line gives (a credit line gives neither a link nor the story's date)."""

    url: str | None
    date: dt.date | None
    credit: bool = False


#: Fields of a credit line: set apart by a bar with spaces around it.
_BAR = re.compile(r"\s+\|\s+")
#: Fewest and most fields of a credit line, and most words of one field.
_FIELDS = (2, 6)
_FIELD_WORDS = 8


def _credit_line(text: str, reference: dt.date | None, day_first: bool | None) -> bool:
    """Whether ``text`` credits a piece: two to six short fields set apart by bars, one a date."""
    fields = [field.strip() for field in _BAR.split(text)]
    if not _FIELDS[0] <= len(fields) <= _FIELDS[1] or any(not 1 <= words(f) <= _FIELD_WORDS for f in fields):
        return False
    return any(find_date(field, reference=reference, day_first=day_first) is not None for field in fields)


@frozen
class ItemMetadata:
    """The metadata lines under a headline, and the link and date they give."""

    blocks: tuple[Block, ...]
    url: str | None
    date: dt.date | None


def _line(block: Block, reference: dt.date | None, day_first: bool | None) -> _Line | None:
    """A metadata line: a bare link, "key: value" (a marked key only with a link or date), or a date alone.

    A bold or linked key with other text after it is a lead-in title ("**Title**: text"), not metadata.
    """
    text = block.text.strip()
    if block.kind not in (Kind.BULLET, Kind.TEXT) or words(text) > 16:
        return None
    if (is_bare_url(text) or is_link_line(text)) and block.links:
        return _Line(block.links[0], None)
    if block.title_link is not None and block.emphasised and block.kind is Kind.TEXT and words(text) <= 3:
        return _Line(block.title_link, None)  # "[Read original](url)": a link label, not a headline
    if block.kind is Kind.TEXT and block.links and is_link_row(block.raw):
        return _Line(block.links[0], None)  # "[ site.com](url) • [ comments](url)": the item's credit line
    match = _LINE.match(text)
    if match is not None and _LINKED_KEY.match(block.raw):
        return None  # "[Kimi K3: open coding](url)": a linked title naming its subject, not "key: value"
    if match is None and not block.links and _credit_line(text, reference, day_first):
        return _Line(None, None, credit=True)
    if match is None or words(match["key"]) > 3:
        date = _date(text, reference, day_first)
        return _Line(None, date) if date is not None and words(text) <= 5 else None
    value = match["value"].strip()
    url = block.links[0] if block.links and ("://" in value or block.title_link) else None
    date = _date(_ANY_URL.sub("", value), reference, day_first)
    if _MARKED_KEY.match(block.raw) and url is None and date is None:
        return None
    return _Line(url, date) if words(value) <= 12 else None


def _date(text: str, reference: dt.date | None, day_first: bool | None) -> dt.date | None:
    """The date of a short value ("2026-02-03", "Tue, 03 Feb 2026 10:00 GMT"); relative ones are not read."""
    if words(text) > 8 or RELATIVE.search(text):
        return None
    return find_date(text, reference=reference, day_first=day_first)


def _over_address(blocks: Sequence[Block], index: int) -> bool:
    """Whether the block at ``index`` has an address printed on the line right under it."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return nxt is not None and bool(nxt.links) and (is_bare_url(nxt.text) or is_link_line(nxt.text))


def item_metadata(
    blocks: Sequence[Block], index: int, reference: dt.date | None, day_first: bool | None
) -> ItemMetadata | None:
    """The metadata lines right after the headline at ``index``, if one gives a link or a date."""
    run: list[Block] = []
    url: str | None = None
    date: dt.date | None = None
    credit = False
    for i, block in enumerate(blocks[index + 1 : index + 1 + _MOST], start=index + 1):
        line = _line(block, reference, day_first)
        if line is None or (run and line.url is None and line.date is None and _over_address(blocks, i)):
            break  # "Show HN: Maps for hikers" over its own address: the next item's title
        run.append(block)
        url = url or line.url
        date = date or line.date
        credit = credit or line.credit
    if not run or (url is None and date is None and not credit):
        return None
    return ItemMetadata(tuple(run), url, date)
