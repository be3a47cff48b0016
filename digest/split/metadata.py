"""Item metadata printed under a headline: "link: ...", "feed: ...", "date published: ..." lines.

Feed and read-later exports print each item as a headline, a short list of
"key: value" lines, then the summary. The lines are the story's metadata, not
its text: the link is the story's URL and the date its date.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from attrs import frozen

from digest.split.blocks import Block, Kind
from digest.split.masthead import RELATIVE
from digest.text.dates import find_date
from digest.text.shape import words

__all__ = ["ItemMetadata", "item_metadata"]

_LINE = re.compile(r"^(?P<key>[^\W\d_][\w .'/-]{0,30}?)\s*[:：]\s*(?P<value>\S.*)$")
_MARKED_KEY = re.compile(r"^\s*(?:[-*+•]\s+)?[\[*_`]")
_URL = re.compile(r"^<?https?://\S+>?$")
#: Most metadata lines under one headline.
_MOST = 8


@frozen
class ItemMetadata:
    """The metadata lines under a headline, and the link and date they give."""

    blocks: tuple[Block, ...]
    url: str | None
    date: dt.date | None


def _parts(block: Block) -> tuple[str, str] | None:
    """The key and value of a plain "key: value" line (a bold or linked key is a lead-in title)."""
    if block.kind not in (Kind.BULLET, Kind.TEXT) or _MARKED_KEY.match(block.raw):
        return None
    match = _LINE.match(block.text.strip())
    if match is None or words(match["key"]) > 3 or words(match["value"]) > 12:
        return None
    return match["key"], match["value"].strip()


def item_metadata(
    blocks: Sequence[Block], index: int, reference: dt.date | None, day_first: bool | None
) -> ItemMetadata | None:
    """The "key: value" lines right after the headline at ``index``, if one gives a link or a date."""
    run: list[Block] = []
    url: str | None = None
    date: dt.date | None = None
    for block in blocks[index + 1 : index + 1 + _MOST]:
        parts = _parts(block)
        if parts is None:
            break
        run.append(block)
        value = parts[1]
        if url is None and block.links and (_URL.match(value) or block.title_link is not None):
            url = block.links[0]
        elif date is None and not block.links and words(value) <= 6 and not RELATIVE.search(value):
            date = find_date(value, reference=reference, day_first=day_first)
    if not run or (url is None and date is None):
        return None
    return ItemMetadata(tuple(run), url, date)
