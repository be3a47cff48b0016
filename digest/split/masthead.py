"""The masthead: blocks at the top of a body that name the newsletter, its date or the edition title.

The name is read as a publication, not an edition: dates, date ranges and issue
numbers are cut off (see :func:`~digest.readers._meta.publication_name`), so
every edition of one newsletter has one source.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from attrs import evolve

from digest.models import DropReason, Edition
from digest.readers._meta import clean_name, cut_weekdays, publication_name, trim_name
from digest.split.blocks import Block, Kind
from digest.split.chrome import block_verdict, opens_with_greeting
from digest.split.metadata import RELATIVE, item_metadata
from digest.text.dates import find_dates
from digest.text.shape import ends_sentence, first_sentence, is_title_like, strip_symbols, words

__all__ = ["is_entry", "is_name", "read_masthead", "read_signature"]

#: Blocks at the top of a body searched for the masthead (name, date, edition title).
_MASTHEAD_ZONE = 8


def is_entry(blocks: Sequence[Block], index: int) -> bool:
    """An aggregator entry: a title printed twice in a row."""
    block = blocks[index]
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        nxt is not None
        and block.kind is Kind.TEXT
        and nxt.kind is Kind.TEXT
        and not nxt.blank_before
        and block.text.strip() == nxt.text.strip()
        and is_title_like(block.text)
    )


#: Most words of a masthead line read whole rather than cut at its first sentence.
_WHOLE_LINE_WORDS = 6
#: Most words of an undated masthead line naming an edition by its number ("Link Lode — Issue 301").
_UNDATED_MASTHEAD_WORDS = 8
#: Most words a dateline prints after its date ("Tuesday, March 10, 2026 · Issue #87").
_AFTER_DATE_WORDS = 4
#: Most words of a second dated line that still belongs to the masthead ("Issue #87 · 10 March").
_DATELINE_AGAIN_WORDS = 6
#: Words of text under a headline that show a story, not a masthead's subtitle.
_STORY_WORDS = 8
#: A name that is only an edition's number ("Issue 214", "No. 12", "#42", "第 58 期").
_ISSUE_ONLY = re.compile(
    r"(?:issue|edition|edición|édition|ausgabe|número|numéro|vol\.?|volume|no\.|nº|n°|episode|ep\.)\s*#?\d+(?:/\d{2,4})?"
    r"|#\d+|第\s*\d+\s*期",
    re.IGNORECASE,
)
#: Most words of a preheader line read as parts whole ("Ausgabe 46/2026 · Freitag, 13. November 2026").
_PREHEADER_WORDS = 16
#: Separators of a preheader's parts: a middle dot, a bar or a bullet between spaces.
_PARTS = re.compile(r"\s[·|•]\s")


def read_masthead(
    blocks: Sequence[Block],
    edition: Edition,
    reference: dt.date | None,
    anchor: dt.date | None,
    day_first: bool | None,
) -> tuple[dict[int, str], Edition]:
    """The masthead blocks (index -> ledger detail) and the edition with what they name.

    ``reference`` places year-less dates; relative ones ("a day ago") need
    ``anchor``, a date the edition is known to be from. An exported page's properties under
    its title ("Created: March 13, 2026", "Tags: ...") date the edition when nothing else
    does; their keys name nothing.
    """
    properties = [b for b in blocks[:_MASTHEAD_ZONE] if _property_line(blocks, b)]
    used, edition = _read_lines(
        blocks, edition, reference, anchor, day_first, properties={b.index for b in properties}
    )
    for block in properties:
        used[block.index] = "masthead: page properties"
        value = block.text.split(":", 1)[1]
        if edition.date is None and (found := find_dates(value, reference=reference, day_first=day_first)):
            edition = evolve(edition, date=found[0].date)
    return used, edition


def _read_lines(
    blocks: Sequence[Block],
    edition: Edition,
    reference: dt.date | None,
    anchor: dt.date | None,
    day_first: bool | None,
    *,
    properties: set[int],
) -> tuple[dict[int, str], Edition]:
    """:func:`read_masthead` over the lines at the top of the body, ``properties`` aside."""
    used: dict[int, str] = {}
    seen: dict[str, int] = {}
    dateline_seen = False
    for block in blocks[:_MASTHEAD_ZONE]:
        if block.index in properties:
            continue  # "Created: March 13, 2026" among "Tags: ...": the page's properties, read below
        # A short line is read whole: "Dienstag, 7. April 2026" is no sentence ending at "7.".
        first = block.text if words(block.text) <= _WHOLE_LINE_WORDS else first_sentence(block.text)
        dated = None if block.kind is Kind.BULLET else _dateline(first, edition, reference, anchor, day_first)
        if dated is None and block.kind is not Kind.BULLET:
            # A preheader of parts ("Wednesday, 18 March 2026 · The week's best reads, curated by ..."):
            # its dated part dates the edition.
            # The whole short line is split: its first sentence stops at "13." in "Freitag, 13. November".
            line = block.text if words(block.text) <= _PREHEADER_WORDS else first
            parts = _PARTS.split(line)
            for part in parts if len(parts) > 1 else ():
                dated = _dateline(part, edition, reference, anchor, day_first)
                if dated is not None:
                    break
        if dated is not None and dateline_seen and words(first) > _DATELINE_AGAIN_WORDS:
            dated = None  # a dateline above: "APPLE PUSHES FOLDABLE IPHONE TO 2027 ..." is a headline
        if block.kind is Kind.TEXT and words(block.text) > 40 and dated is None:
            break  # the first paragraph of news: the masthead is above it
        key = strip_symbols(block.text).casefold()
        if _story_begins(blocks, block):
            break  # "## Farm bill returns" over its text: no dateline below it
        if dated is None and _tagline(blocks, block, used):
            used[block.index] = "masthead: tagline"
            continue
        if is_entry(blocks, block.index) or _item_with_metadata(
            blocks, block, edition, (reference, day_first)
        ):
            break  # the first story has begun
        if key and key in seen and blocks[seen[key]].kind is not Kind.TEXT and seen[key] == block.index - 1:
            used[seen[key]] = used[block.index] = "masthead: edition title"
            if edition.title is None:
                edition = evolve(edition, title=strip_symbols(block.text))
            continue
        seen[key] = block.index
        if dated is not None:
            # A dated line ("Thursday, April 16, 2026"), not a name with its issue number.
            dateline_seen = dateline_seen or bool(find_dates(first, reference=reference, day_first=day_first))
            edition = dated
            used[block.index] = "masthead: newsletter name and date"
            if block.kind is Kind.HEADING and block.level == 1 and _only_top_heading(blocks, block):
                used[block.index] = "masthead: edition title"
                edition = edition if edition.title else evolve(edition, title=strip_symbols(block.text))
            continue
        if _brand(blocks, block, edition):
            edition = evolve(edition, source=publication_name(strip_symbols(block.text.split(" | ", 1)[0])))
            used[block.index] = "masthead: newsletter name"
            continue
        if block.kind is not Kind.BULLET and edition.source and _names_source(key, edition.source):
            used[block.index] = "masthead: newsletter name"
        elif block.kind is Kind.HEADING and block.level == 1 and _only_top_heading(blocks, block):
            used[block.index] = "masthead: edition title"
            if edition.title is None:
                edition = evolve(edition, title=strip_symbols(block.text))
    return used, edition


def _names_source(key: str, source: str) -> bool:
    """Whether a masthead line (``key``, folded) is the newsletter's name, or its publisher's opening
    it ("Axios" printed as the logo over "Axios Communicators"), or the name followed by what the
    newsletter is ("The New Yorker Weekly Newsletter", "Harbor Notes Daily Briefing")."""
    name = source.casefold()
    if not key:
        return False
    if key == name or name.startswith(key + " "):
        return True
    return key.startswith(name + " ") and _KIND_OF_LETTER.fullmatch(key[len(name) + 1 :]) is not None


#: What a newsletter calls itself after its name ("Newsletter", "Weekly Digest", "Daily Briefing").
_KIND_OF_LETTER = re.compile(
    r"(?:(?:weekly|daily|monthly|morning|evening|sunday|weekend) )?"
    r"(?:newsletter|digest|briefing|bulletin|edition|update|roundup|round-up|recap|letter|dispatch)s?"
)


#: Most words of a tagline printed under a newsletter's name ("China business in ten minutes").
_TAGLINE_WORDS = 8


#: A property of an exported page: "Created: March 13, 2026", "Tags: ML, reading-group".
_PROPERTY = re.compile(r"^[^\W\d_][\w .'/-]{0,30}?:\s+\S")
#: Most words of a property line.
_PROPERTY_WORDS = 12


def _property_line(blocks: Sequence[Block], block: Block) -> bool:
    """A "Key: value" line in a run of two or more printed line under line (no blank between): the
    properties an exported page prints under its title, not a newsletter's name and date."""

    def prop(other: Block) -> bool:
        return (
            other.kind is Kind.TEXT
            and other.lead is not None
            and not other.links
            and words(other.text) <= _PROPERTY_WORDS
            and _PROPERTY.match(other.text) is not None
            and words(other.text.split(":", 1)[0]) <= 3
        )

    if not prop(block):
        return False
    before = blocks[block.index - 1] if block.index > 0 else None
    after = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    return (before is not None and not block.blank_before and prop(before)) or (
        after is not None and not after.blank_before and prop(after)
    )


def _tagline(blocks: Sequence[Block], block: Block, used: dict[int, str]) -> bool:
    """A short line printed right under a masthead line, a blank line between it and what follows
    but none above it (or a greeting after it: no story follows), or right over the site's menu
    ("AlphaSignal" / "Stay updated with today's top AI news, papers, and repos." / "Signup | Work With
    Us | Archive"): the newsletter's tagline, not a headline of the text below it."""
    nxt = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if (
        nxt is None
        or block.kind is not Kind.TEXT
        or block.index - 1 not in used
        or blocks[block.index - 1].kind is Kind.BULLET
        or block.title_link is not None
    ):
        return False
    if _over_menu(block, nxt):
        return True
    return (
        (not block.blank_before or opens_with_greeting(nxt.text))
        and nxt.blank_before
        and 0 < words(block.text) <= _TAGLINE_WORDS
        and not ends_sentence(block.text)
    )


#: Most words of a tagline printed over the site's menu (a sentence saying what the newsletter is).
_MENU_TAGLINE_WORDS = 15


def _over_menu(block: Block, nxt: Block) -> bool:
    """Whether ``block`` is one short sentence with no link right over the site's menu row."""
    verdict = block_verdict(nxt.text)
    return (
        not block.links
        and 0 < words(block.text) <= _MENU_TAGLINE_WORDS
        and verdict is not None
        and verdict.reason is DropReason.NAVIGATION
        and "|" in nxt.text
    )


def _story_begins(blocks: Sequence[Block], block: Block) -> bool:
    """A headline below the top level over a paragraph of text: the first story has begun."""
    if block.kind is not Kind.HEADING or block.level < 2 or block.index + 1 >= len(blocks):
        return False
    nxt = blocks[block.index + 1]
    return nxt.kind is Kind.TEXT and words(nxt.text) >= _STORY_WORDS


def _dateline(
    first: str,
    edition: Edition,
    reference: dt.date | None,
    anchor: dt.date | None,
    day_first: bool | None,
) -> Edition | None:
    """The edition with the name and date of a dateline ("AI News for 6/2/2025", "Daily Buzz, 2 Feb")."""
    if words(first) > 16:
        return None
    relative = RELATIVE.search(first) is not None
    mentions = find_dates(first, reference=anchor if relative else reference, day_first=day_first)
    if mentions and words(first[mentions[-1].end :]) > _AFTER_DATE_WORDS:
        return None  # "APPLE PUSHES FOLDABLE IPHONE TO 2027 AFTER HINGE YIELD PROBLEMS": a headline
    head = first[: mentions[0].start] if mentions else first
    cleaned = strip_symbols(cut_weekdays(head))
    name = strip_symbols(trim_name(cleaned)) if mentions else publication_name(cleaned) or ""
    if not mentions and words(first) > _UNDATED_MASTHEAD_WORDS:
        return None  # a headline with a year in it, not a name with an issue number ("Tech Brief #12")
    if not mentions and (name == clean_name(cleaned) or not is_name(name)):
        return None  # no date, and no edition number or date range cut from a name
    if relative and name and not is_name(name):
        return None  # "It's Anthropic's turn today" is a sentence about today, not a name and a date
    if name.endswith((".", "!", "?")):
        name = ""  # "Today's top stories." is a sentence, not a name
    if _ISSUE_ONLY.fullmatch(name):
        name = ""  # "Issue 214 -- March 16, 2026": a number, the name is elsewhere
    byline = re.match(r"^(by|from|with)\b", name, re.IGNORECASE) is not None
    if name and not byline and words(name) <= 6 and edition.source is None:
        edition = evolve(edition, source=name)
    if mentions and edition.date is None:
        edition = evolve(edition, date=mentions[0].date)
    return edition


def _item_with_metadata(
    blocks: Sequence[Block], block: Block, edition: Edition, dating: tuple[dt.date | None, bool | None]
) -> bool:
    """A headline over its own link or date lines: an item of a feed export, below any masthead.

    A level-1 heading, or one naming the newsletter, over a date line is the masthead itself.
    """
    if block.kind is not Kind.HEADING or block.level == 1:
        return False
    if edition.source and strip_symbols(block.text).casefold() == edition.source.casefold():
        return False
    return item_metadata(blocks, block.index, *dating) is not None


def is_name(text: str) -> bool:
    """Whether ``text`` is written as a name: every word capitalised but short joining words."""
    tokens = [t for t in text.split() if t.casefold() not in {"of", "the", "and", "&", "for", "on", "in"}]
    return bool(tokens) and all(not t[:1].islower() for t in tokens)  # CJK has no case: a name


def _brand(blocks: Sequence[Block], block: Block, edition: Edition) -> bool:
    """A short name at the very top over a menu or a dateline ("Daily Buzz | Archive")."""
    brand = block.text.split(" | ", 1)[0].strip()
    return (
        block.index <= 1
        and "://" not in brand
        and not re.match(r"^[\w ]{1,30}:\s", brand)  # "link: ...", "date published: ..." are metadata
        and edition.source is None
        and 0 < words(brand) <= 4
        and not brand.endswith((".", "!", "?"))
        and block_verdict(brand) is None
        and (_followed_by_navigation(blocks, block.index) or _followed_by_dateline(blocks, block.index))
    )


def _only_top_heading(blocks: Sequence[Block], block: Block) -> bool:
    """The one level-1 heading of a body with headlines under it: the edition's title."""
    top = [b for b in blocks if b.kind is Kind.HEADING and b.level == 1]
    later = blocks[block.index + 1 :]
    headlines = sum(1 for b in later if (b.kind is Kind.HEADING and b.level > 1) or b.emphasised)
    return top == [block] and headlines >= 2


def _followed_by_dateline(blocks: Sequence[Block], index: int) -> bool:
    """The next block, or the one after a short tagline, is a short line with a date or a byline
    ("By Jane Doe · Feb 02, 2026"; "INFRA WEEKLY", "Cloud, networks and ...", "Issue 214 -- March 16")."""
    for step in (1, 2):
        nxt = blocks[index + step] if index + step < len(blocks) else None
        if nxt is None:
            return False
        if words(nxt.text) > 12 and not _PARTS.search(nxt.text):
            return False
        # A preheader of parts ("Wednesday, November 18, 2026 · Today's newsletter is 980 words",
        # "Issue #57 · Wednesday 18 November 2026"): one of its short parts is the dateline.
        for line in _PARTS.split(nxt.text):
            if words(line) > 12 or not is_title_like(line):
                continue
            if re.match(r"^\W*by\s", line, re.IGNORECASE) or find_dates(line):
                return True
    return False


def _followed_by_navigation(blocks: Sequence[Block], index: int) -> bool:
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None:
        return False
    verdict = block_verdict(nxt.text)
    return verdict is not None and verdict.reason is DropReason.NAVIGATION


#: Most blocks and words of a signature under a "-- " delimiter at the end of a body.
_SIGNATURE_BLOCKS, _SIGNATURE_WORDS = 8, 120


def read_signature(blocks: Sequence[Block]) -> dict[int, str]:
    """The blocks of the signature (index -> ledger detail): what follows the last "-- " line of a
    body (the e-mail signature delimiter), when it is short text with no heading. Chrome under it
    (an unsubscribe line) keeps its own reason."""
    delimiters = [b.index for b in blocks if b.kind is Kind.RULE and b.raw.strip() == "--"]
    if not delimiters:
        return {}
    tail = blocks[delimiters[-1] + 1 :]
    if not tail or len(tail) > _SIGNATURE_BLOCKS or sum(words(b.text) for b in tail) > _SIGNATURE_WORDS:
        return {}
    if any(b.kind in (Kind.HEADING, Kind.RULE) for b in tail):
        return {}
    return {b.index: "signature under the '-- ' delimiter" for b in tail if _plain_or_credit(b.text)}


def _plain_or_credit(text: str) -> bool:
    """Whether a line under the signature delimiter has no reason of its own beyond boilerplate
    (a credit, "Morning Wire is written by ..."): it is the signature."""
    verdict = block_verdict(text)
    return verdict is None or verdict.reason is DropReason.BOILERPLATE
