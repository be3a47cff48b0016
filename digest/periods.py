"""Naming a digest's period: "2026-W06 (2–8 February 2026)" to read, "2026-W06" as a key."""

from __future__ import annotations

import datetime as dt

__all__ = ["period_key", "period_label"]


def _whole_week(start: dt.date, end: dt.date) -> bool:
    return start.weekday() == 0 and end == start + dt.timedelta(days=6)


def period_key(since: dt.date, until: dt.date) -> str:
    """ "2026-W06" for a whole ISO week, else "2026-02-02..2026-02-10"."""
    if _whole_week(since, until):
        iso = since.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    return f"{since.isoformat()}..{until.isoformat()}"


def period_label(period: tuple[dt.date, dt.date] | None) -> str:
    """ "2026-W06 (2–8 February 2026)" for a whole ISO week, else the date range."""
    if period is None:
        return "undated stories"
    start, end = period
    span = _date_range(start, end)
    if _whole_week(start, end):
        return f"{period_key(start, end)} ({span})"
    return span


def _date_range(start: dt.date, end: dt.date) -> str:
    if start == end:
        return _day(end)
    if start.year != end.year:
        return f"{_day(start)} – {_day(end)}"
    if start.month != end.month:
        return f"{start.day} {_MONTHS[start.month - 1]} – {_day(end)}"
    return f"{start.day}–{_day(end)}"


#: English month names, whatever the machine's locale.
_MONTHS = "January February March April May June July August September October November December".split()


def _day(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"
