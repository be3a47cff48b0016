"""Dates in newsletters: absolute, year-less, numeric and relative.

(Interface fixed; implementation in progress.)
"""

from __future__ import annotations

import datetime as dt


def infer_day_first(text: str) -> bool | None:
    """Decide day-first (True) or month-first (False) from the numeric dates on a page.

    "07-06-2025" beside "30-05-2025" is day-first. None when the page does not tell.
    """
    raise NotImplementedError


def find_date(
    text: str, *, reference: dt.date | None = None, day_first: bool | None = None
) -> dt.date | None:
    """The first date mentioned in ``text``, or None.

    Understands "2 February 2026", "February 2, 2026", "Feb 2", "Dec 30", "2026-02-02",
    "07-06-2025", "time26-05-2025", "a day ago", "3 days ago", "yesterday", "today".
    Year-less and relative dates need ``reference`` (the edition's date or the
    ``as_of`` setting); without it they give None, never "today".
    """
    raise NotImplementedError
