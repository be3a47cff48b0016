"""Edition metadata shared by the readers: dates from metadata fields, a source name from a title."""

from __future__ import annotations

import datetime as dt
import email.utils
import re

from digest.text.dates import find_date
from digest.text.shape import strip_symbols

_ISO_DATE = re.compile(r"^\s*(\d{4}-\d{2}-\d{2})")
_MONTHS = (
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?"
)
# A title part that names the issue rather than the newsletter: a date, a weekday, an issue number.
_ISSUE_PART = re.compile(
    rf"\b(?:{_MONTHS})\b|\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d{{4}}-\d{{1,2}}-\d{{1,2}}|"
    r"\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b(?:issue|edition|édition|edición|ausgabe|número|numéro|vol\.?|volume"
    r"|no\.|nº|n°|week)\s*#?\d+|#\d+|(?-i:\bW(?:0?[1-9]|[1-4]\d|5[0-3])\b)",
    re.IGNORECASE,
)
_TITLE_SEPARATORS = re.compile(r"\s+[|\u2014\u2013\u00b7-]\s+|:\s+")
# Where a publication's name stops: a date, a date range, an issue or volume number.
_NAME_STOP = re.compile(
    rf"\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTHS})\b|\b(?:{_MONTHS})\b\.?\s*\d|\d{{4}}-\d{{1,2}}-\d{{1,2}}"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}\.\d{1,2}\.\d{2,4}\b"
    r"|\b(?:issue|edition|édition|edición|ausgabe|número|numéro|vol\.?|volume|no\.|nº|n°|episode|ep\.)\s*#?\d+"
    r"|#\d+|\b(?:19|20)\d\d\b|第\s*\d+\s*期|(?-i:\bW(?:0?[1-9]|[1-4]\d|5[0-3])\b)",
    re.IGNORECASE,
)
# Words left dangling before the date ("AI News for", "Weekly Wrap: week of", "Daily, Monday").
_NAME_TAIL = re.compile(
    r"(?:\s*(?:[:|·,–—(\[-]|\b(?:for|week of|edition of|issue|edition|from|on)\b)\s*)+$",
    re.IGNORECASE,
)
#: A weekday, in the languages the project reads.
WEEKDAY = re.compile(
    r"\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|(?:mon|diens|donners|frei|sams|sonn)tag|mittwoch"
    r"|lunes|martes|miércoles|miercoles|jueves|viernes|sábado|sabado|domingo"
    r"|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\b,?",
    re.IGNORECASE,
)
#: What sets a part of a masthead apart: a comma or a separator mark.
_PART_MARK = re.compile(r"[,:|·•–—-]\s*$")
#: A stop that numbers the issue, not a date: "#143", "Issue 12", "vol. 3", "第 12 期".
_ISSUE_NUMBER = re.compile(
    r"#|\b(?:issue|edition|édition|edición|ausgabe|número|numéro|vol|volume|no\.|nº|n°|episode|ep\.)|第",
    re.IGNORECASE,
)
#: Longest publication name, in words.
_NAME_WORDS = 6


def parse_date(value: object) -> dt.date | None:
    """A date from a metadata value: a date object, ISO 8601, RFC 2822, or prose."""
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if not isinstance(value, str) or not value.strip():
        return None
    iso = _ISO_DATE.match(value)
    if iso:
        try:
            return dt.date.fromisoformat(iso.group(1))
        except ValueError:
            return None
    try:
        return email.utils.parsedate_to_datetime(value).date()
    except (TypeError, ValueError, IndexError, OverflowError):
        pass
    return find_date(value)


def source_from_title(title: str | None) -> str | None:
    """The newsletter's name in a title like "Daily Buzz: 2 February 2026" or "Issue #12 | Tech Brief".

    Only a title of exactly two parts, one of which names the issue, gives a name;
    anything else is too ambiguous and gives None.
    """
    if not title:
        return None
    parts = [part.strip() for part in _TITLE_SEPARATORS.split(title.strip(), maxsplit=1)]
    if len(parts) != 2 or not all(parts):
        return None
    first, second = (bool(_ISSUE_PART.search(part)) for part in parts)
    if first == second:
        return None
    issue, other = (parts[1], parts[0]) if second else (parts[0], parts[1])
    named = publication_name(issue)
    if second or named is None or named == clean_name(issue):
        return other
    return named  # "Grid & Gavel #87: Texas grid rules": the name is the one before its issue number


def publication_name(text: str | None) -> str | None:
    """The publication in a masthead or title naming one edition: dates, ranges and issue numbers cut.

    "AI News for 6/9/2025-6/10/2025" and "AI News for 6/10/2025-6/11/2025" are both
    "AI News"; "Tech Brief #12" is "Tech Brief". A text that names no edition, or
    whose head is longer than a name, is returned as it is (cleaned).
    """
    name = clean_name(text)
    if name is None:
        return None
    stop = _NAME_STOP.search(name)
    if stop is None or stop.start() == 0:
        return name
    head = trim_name(name[: stop.start()], before_date=_ISSUE_NUMBER.match(stop[0]) is None)
    if not head or len(head.split()) > _NAME_WORDS:
        return name
    return head


def trim_name(text: str, before_date: bool = True) -> str:
    """A name without the words and marks that led into a date ("AI News for" -> "AI News"), or
    into an issue number (``before_date`` false: a weekday there is the name's, "Frontend Friday #143")."""
    return _NAME_TAIL.sub("", cut_weekdays(text) if before_date else text).strip()


def cut_weekdays(text: str) -> str:
    """``text`` without the weekdays of its date: a weekday set apart as a part of its own ("Daily Buzz,
    Monday", "Brief · Tuesday · ...") or right before the date ("Morning Memo Tuesday" + date). A
    weekday joined to a word of the name and set apart from what follows is the name's ("Frontend
    Friday · Issue #143")."""

    def cut(match: re.Match[str]) -> str:
        before, after = text[: match.start()], text[match.end() :]
        own_part = not before.strip() or _PART_MARK.search(before) is not None
        return "" if own_part or not after.strip(" ,") else match[0]

    return WEEKDAY.sub(cut, text)


def clean_name(name: str | None) -> str | None:
    """A display name with surrounding quotes and whitespace removed; None when empty."""
    if not name:
        return None
    name = " ".join(name.split()).strip("\"' ")
    return name or None


def sender_name(name: str | None) -> str | None:
    """A sender's display name as :func:`clean_name`, without the emoji or symbols decorating its ends.

    "🔳 Turing Post" is Turing Post: a mail client shows the mark, a digest credits the name.
    """
    return clean_name(strip_symbols(name)) if name else None
