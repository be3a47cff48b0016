"""Scheduling helpers: which week "last week" is, and where this period's digest goes."""

from __future__ import annotations

import datetime as dt
import string

from digest.errors import DigestError
from digest.periods import period_key

__all__ = ["output_path", "week_window"]

_FIELDS = ("year", "week", "since", "until", "period", "ext")


def week_window(week: str, today: dt.date) -> tuple[dt.date, dt.date]:
    """Monday to Sunday of ``week``: "last", "this" (relative to ``today``) or "2026-W06"."""
    if week in ("last", "this"):
        monday = today - dt.timedelta(days=today.weekday())
        if week == "last":
            monday -= dt.timedelta(days=7)
        return monday, monday + dt.timedelta(days=6)
    try:
        year, number = week.upper().split("-W")
        monday = dt.date.fromisocalendar(int(year), int(number), 1)
    except ValueError:
        raise DigestError(f"{week!r} is not a week; use last, this or YYYY-Www, e.g. 2026-W06") from None
    return monday, monday + dt.timedelta(days=6)


def output_path(pattern: str, period: tuple[dt.date, dt.date] | None, fmt: str) -> str:
    """``pattern`` with {year}, {week}, {since}, {until}, {period} and {ext} filled in.

    {year} and {week} are the ISO year and week of the period's first day ({week}
    two digits); {ext} is ``md``, ``json`` or ``html``.
    """
    try:
        names = {name for _, name, _, _ in string.Formatter().parse(pattern) if name is not None}
    except ValueError as exc:
        raise DigestError(f"output pattern {pattern!r}: {exc}") from None
    unknown = sorted(names - set(_FIELDS))
    if unknown:
        raise DigestError(
            f"output pattern {pattern!r}: unknown field {{{unknown[0]}}}; use {', '.join(_FIELDS)}"
        )
    values: dict[str, str] = {"ext": {"json": "json", "html": "html"}.get(fmt, "md")}
    if period is not None:
        since, until = period
        iso = since.isocalendar()
        values |= {
            "year": f"{iso.year}",
            "week": f"{iso.week:02d}",
            "since": since.isoformat(),
            "until": until.isoformat(),
            "period": period_key(since, until),
        }
    elif names - {"ext"}:
        raise DigestError(
            f"output pattern {pattern!r} needs the digest's dates, but no story is dated; give --week"
        )
    return pattern.format_map(values)
