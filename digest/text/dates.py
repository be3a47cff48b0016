"""Dates in newsletters: absolute, year-less, numeric and relative.

Every function here is pure: nothing reads the clock. Year-less ("Feb 2") and
relative ("3 days ago") mentions are resolved against a ``reference`` date (the
edition's date or the ``as_of`` setting) and give nothing without one.

Numeric dates such as "07-06-2025" are read day-first or month-first as the
caller says; when the caller does not say, the text's own unambiguous numeric
dates decide (see :func:`infer_day_first`), and a date that stays ambiguous is
skipped rather than guessed.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from typing import NamedTuple

__all__ = ["NUMBER_WORDS", "DateMention", "find_date", "find_dates", "infer_day_first"]


class DateMention(NamedTuple):
    """One date found in a text, with the span of the words that say it."""

    date: dt.date
    start: int
    end: int


#: How far after the reference a year-less date may fall (previews of next week's events).
_FUTURE_SLACK = dt.timedelta(days=14)

#: Years accepted in absolute dates; numbers outside are counts, not years.
_MIN_YEAR, _MAX_YEAR = 1900, 2199

_MONTHS: dict[str, int] = {
    "january": 1, "jan": 1,
    "february": 2, "feb": 2,
    "march": 3, "mar": 3,
    "april": 4, "apr": 4,
    "may": 5,
    "june": 6, "jun": 6,
    "july": 7, "jul": 7,
    "august": 8, "aug": 8,
    "september": 9, "sept": 9, "sep": 9,
    "october": 10, "oct": 10,
    "november": 11, "nov": 11,
    "december": 12, "dec": 12,
    # German ("7. April 2026", "3. März 2026"): the names English does not share.
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "mai": 5, "juni": 6, "juli": 7,
    "oktober": 10, "dezember": 12,
}  # fmt: skip

#: Month names of languages that print the day first ("18 de noviembre de 2026", "18 novembre
#: 2026"): read only after a day, so "Mars 3" (a probe) is no date.
_DAY_FIRST_MONTHS: dict[str, int] = {
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
}  # fmt: skip

_WEEKDAYS: dict[str, int] = {
    "monday": 0, "mon": 0,
    "tuesday": 1, "tue": 1, "tues": 1,
    "wednesday": 2, "wed": 2,
    "thursday": 3, "thu": 3, "thur": 3, "thurs": 3,
    "friday": 4, "fri": 4,
    "saturday": 5, "sat": 5,
    "sunday": 6, "sun": 6,
}  # fmt: skip

#: Numbers written as words, as counts are ("three days ago", "a week ago").
NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
}  # fmt: skip

_MONTH_NAMES = "|".join(sorted(_MONTHS, key=len, reverse=True))
_MONTH = r"(?P<month>" + _MONTH_NAMES + r")\.?"
_DAY_FIRST_NAMES = "|".join(sorted({*_MONTHS, *_DAY_FIRST_MONTHS}, key=len, reverse=True))
#: A month after its day: any language's name ("18 de noviembre", "1er décembre").
_MONTH_AFTER_DAY = r"(?P<month>" + _DAY_FIRST_NAMES + r")\.?"
_ORD = r"(?:st|nd|rd|th)?"
#: Ordinals of a day before its month: English, and the French first ("1er").
_DAY_ORD = r"(?:st|nd|rd|th|er)?"
_TO = r"\s*(?:-|–|—|to|until|through)\s*"
#: A day range such as "2-6" or "2 to 6": the first day is the date ("18 - 11:14" is a time).
_RANGE_TAIL = r"(?:" + _TO + r"(?P<range_end>\d{1,2})" + _ORD + r"(?![\d:]))?"
#: The far end of a range across months; its month tells whether the year is the start's.
_END_MONTH = r"(?P<end_month>" + _MONTH_NAMES + r")\.?"
_YEAR = r"(?P<year>\d{4})(?![\d])"

# Aggregators glue a label to a date ("time26 May 2025"); other glued words are names ("IE9").
_NOT_NUMBER_BEFORE = r"(?:(?<=time)|(?<=date)|(?<![\w.,:/-]))"
#: A full "August 16, 2011" right after "4 August": the 4 belongs to something else.
_NOT_BEFORE_MONTH_DAY_YEAR = r"(?!\s+\d{1,2}" + _ORD + r",?\s+\d{4}(?!\d))"

_ISO = re.compile(
    r"(?<![\d.,/-])(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d{1,2})(?P=sep)(?P<day>\d{1,2})"
    r"(?![\d])(?![-/.]\d)"
)
_NUMERIC = re.compile(
    r"(?<![\d.,/-])(?P<first>\d{1,2})(?P<sep>[-/.])(?P<second>\d{1,2})(?P=sep)(?P<year>\d{4}|\d{2})"
    r"(?![\d])(?![-/.]\d)"
)
_DAY_MONTH = re.compile(
    _NOT_NUMBER_BEFORE
    + r"(?P<day>\d{1,2})"
    # "7. April 2026", the German order, with its year only ("2. April showers" is a list item).
    + r"(?:"
    + _DAY_ORD
    + r"|\.(?=\s+(?:"
    + _MONTH_NAMES
    + r")\.?,?\s+\d{4}(?!\d)))"
    + _RANGE_TAIL
    # "18 of November", the Spanish "18 de noviembre de 2026".
    + r"(?:\s+(?:of|de))?[\s-]+"
    + _MONTH_AFTER_DAY
    + _NOT_BEFORE_MONTH_DAY_YEAR
    + r"(?:"
    + _TO
    + r"\d{1,2}"
    + _ORD
    + r"\s+"
    + _END_MONTH
    + r")?(?:(?:,?[\s-]+|\s+de\s+)"
    + _YEAR
    + r")?(?![^\W\d_])",
    re.IGNORECASE,
)
_MONTH_DAY = re.compile(
    r"(?<![^\W\d_])"
    + _MONTH
    + r"\s+(?P<day>\d{1,2})(?!\d)"
    + _ORD
    + r"(?![\d,.]\d)(?![^\W\d_]|%)"
    + r"(?:"
    + _TO
    + r"(?:"
    + _END_MONTH
    + r"\s+)?(?P<range_end>\d{1,2})"
    + _ORD
    + r"(?![\d:]))?"
    + r"(?:,?\s+"
    + _YEAR
    + r")?",
    re.IGNORECASE,
)
#: Chinese and Japanese dates: 2026年2月2日, or 2月2日 without the year.
_CJK = re.compile(r"(?<!\d)(?:(?P<year>\d{4})\s*年\s*)?(?P<month>\d{1,2})\s*月\s*(?P<day>\d{1,2})\s*[日号號]")
_SAME_DAY = re.compile(
    r"(?<![^\W\d_])(?P<word>today|tonight|this morning|yesterday|tomorrow|just now)(?![^\W\d_])", re.I
)
_AGO = re.compile(
    r"(?:(?<=time)|(?<![^\W\d_]))(?:(?P<count>\d{1,3}|"
    + "|".join(NUMBER_WORDS)
    + r")\s+(?P<unit>seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|wks?)"
    # Compact aggregator forms: "2h ago", "3d ago", "1w ago", "5m ago" (minutes).
    + r"|(?P<short_count>\d{1,3})\s?(?P<short_unit>[smhdw]|min|hr)\.?)\s+ago(?![^\W\d_])",
    re.IGNORECASE,
)
_LAST_WEEKDAY = re.compile(
    r"(?<![^\W\d_])last\s+(?P<weekday>" + "|".join(sorted(_WEEKDAYS, key=len, reverse=True)) + r")\b",
    re.IGNORECASE,
)


def _safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February, month 13)."""
    if not _MIN_YEAR <= year <= _MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _month_number(token: str) -> int | None:
    """The month a matched name stands for; lower-case "may"/"mar" are words, not months."""
    word = token.rstrip(".")
    if word[0].islower() and word.lower() in {"may", "mar", "march"}:
        return None
    return _MONTHS.get(word.lower()) or _DAY_FIRST_MONTHS.get(word.lower())


def _full_year(text: str) -> int:
    """A four-digit year; two-digit years are this century's (newsletters are recent)."""
    year = int(text)
    return 2000 + year if len(text) == 2 else year


def _yearless(month: int, day: int, reference: dt.date | None) -> dt.date | None:
    """The latest year's date not more than two weeks after ``reference``."""
    if reference is None:
        return None
    limit = reference + _FUTURE_SLACK
    # Going back up to eight years reaches the last 29 February even across 2100.
    for year in range(reference.year + 1, reference.year - 9, -1):
        candidate = _safe_date(year, month, day)
        if candidate is not None and candidate <= limit:
            return candidate
    return None


def _numeric_parts(first: int, second: int, day_first: bool | None) -> tuple[int, int] | None:
    """(month, day) of a numeric date, or None when it cannot be read without a guess."""
    if first > 12 and second > 12:
        return None
    if first > 12:
        return second, first
    if second > 12 or first == second:
        return first, second
    if day_first is None:
        return None
    return (second, first) if day_first else (first, second)


def _read_iso(m: re.Match[str], _ref: dt.date | None, _df: bool | None) -> dt.date | None:
    return _safe_date(int(m["year"]), int(m["month"]), int(m["day"]))


def _read_numeric(m: re.Match[str], _ref: dt.date | None, day_first: bool | None) -> dt.date | None:
    if len(m["year"]) == 2 and m["sep"] == ".":
        return None  # "1.2.25" is a version number far more often than a date
    parts = _numeric_parts(int(m["first"]), int(m["second"]), day_first)
    if parts is None:
        return None
    return _safe_date(_full_year(m["year"]), parts[0], parts[1])


def _read_named(m: re.Match[str], reference: dt.date | None, _df: bool | None) -> dt.date | None:
    month = _month_number(m["month"])
    if month is None or (m["month"] == "Mars" and m["year"] is None):
        return None  # "3 Mars landers": the planet, unless a year says it is the French March
    day = int(m["day"])
    if m["range_end"] and not m["end_month"] and int(m["range_end"]) <= day:
        return None  # "30-7 Oct." is a score before a date, not a range of days
    year = int(m["year"]) if m["year"] is not None else None
    if year is None or not _MIN_YEAR <= year <= _MAX_YEAR:
        # "on January 5 1500 people marched": a number past the day is a count, not a year.
        return _yearless(month, day, reference)
    end_month = _month_number(m["end_month"]) if m["end_month"] else None
    if end_month is not None and end_month < month:
        year -= 1  # "December 30 - January 2, 2026": the year belongs to the range's end
    return _safe_date(year, month, day)


def _read_cjk(m: re.Match[str], reference: dt.date | None, _df: bool | None) -> dt.date | None:
    month, day = int(m["month"]), int(m["day"])
    if m["year"] is None:
        return _yearless(month, day, reference)
    return _safe_date(int(m["year"]), month, day)


def _read_same_day(m: re.Match[str], reference: dt.date | None, _df: bool | None) -> dt.date | None:
    if reference is None:
        return None
    shift = {"yesterday": -1, "tomorrow": 1}.get(m["word"].lower(), 0)
    return reference + dt.timedelta(days=shift)


def _read_ago(m: re.Match[str], reference: dt.date | None, _df: bool | None) -> dt.date | None:
    if reference is None:
        return None
    raw = (m["count"] or m["short_count"]).lower()
    count = int(raw) if raw.isdigit() else NUMBER_WORDS[raw]
    unit = (m["unit"] or m["short_unit"]).lower()
    if unit.startswith("d"):
        days = count
    elif unit.startswith("w"):
        days = 7 * count
    else:
        # Minutes and hours ago: reported the same day, as far as a date can say.
        days = 0
    return reference - dt.timedelta(days=days)


def _read_last_weekday(m: re.Match[str], reference: dt.date | None, _df: bool | None) -> dt.date | None:
    if reference is None:
        return None
    back = (reference.weekday() - _WEEKDAYS[m["weekday"].lower()]) % 7 or 7
    return reference - dt.timedelta(days=back)


_Reader = Callable[[re.Match[str], dt.date | None, bool | None], dt.date | None]

#: Patterns in order of precedence when two mentions start at the same place.
_PATTERNS: tuple[tuple[re.Pattern[str], _Reader], ...] = (
    (_ISO, _read_iso),
    (_NUMERIC, _read_numeric),
    (_DAY_MONTH, _read_named),
    (_MONTH_DAY, _read_named),
    (_CJK, _read_cjk),
    (_AGO, _read_ago),
    (_SAME_DAY, _read_same_day),
    (_LAST_WEEKDAY, _read_last_weekday),
)


def _mentions(text: str, reference: dt.date | None, day_first: bool | None) -> Iterator[DateMention]:
    """Every readable date mention, in text order, without overlaps."""
    found: list[tuple[int, int, int, dt.date]] = []
    for rank, (pattern, read) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            date = read(m, reference, day_first)
            if date is not None:
                found.append((m.start(), -m.end(), rank, date))
    found.sort()
    end = -1
    for start, neg_end, _rank, date in found:
        if start >= end:
            end = -neg_end
            yield DateMention(date, start, end)


def infer_day_first(text: str) -> bool | None:
    """Decide day-first (True) or month-first (False) from the numeric dates on a page.

    "07-06-2025" beside "30-05-2025" is day-first. None when the page does not tell
    (no numeric date with a part above 12, or evidence both ways).
    """
    day_first = month_first = False
    for m in _NUMERIC.finditer(text):
        first, second = int(m["first"]), int(m["second"])
        if first > 12 >= second:
            day_first = True
        elif second > 12 >= first:
            month_first = True
    if day_first == month_first:
        return None
    return day_first


def find_dates(
    text: str, *, reference: dt.date | None = None, day_first: bool | None = None
) -> list[DateMention]:
    """Every date mentioned in ``text``, in order, with spans; see :func:`find_date`."""
    if day_first is None:
        day_first = infer_day_first(text)
    return list(_mentions(text, reference, day_first))


def find_date(
    text: str, *, reference: dt.date | None = None, day_first: bool | None = None
) -> dt.date | None:
    """The first date mentioned in ``text``, or None.

    Understands "2 February 2026", "February 2, 2026", "Feb 2", "Dec 30", "2026-02-02",
    "07-06-2025", "time26-05-2025", "a day ago", "3 days ago", "yesterday", "today".
    Year-less and relative dates need ``reference`` (the edition's date or the
    ``as_of`` setting); without it they give None, never "today". A numeric date
    that is ambiguous ("07-06-2025") with ``day_first`` None and no unambiguous
    numeric date elsewhere in ``text`` is skipped, not guessed. Mentions that
    cannot be dates ("31 February 2026", "2026-13-45") are skipped; "N months
    ago" and "a year ago" are too vague to date and are not read.
    """
    for mention in find_dates(text, reference=reference, day_first=day_first):
        return mention.date
    return None
