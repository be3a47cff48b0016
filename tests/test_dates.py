"""Dates in newsletters: absolute, year-less, numeric, relative, and what is not a date."""

from __future__ import annotations

import datetime as dt
import itertools
import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from digest.text.dates import DateMention, find_date, find_dates, infer_day_first

SEEDS = Path(__file__).resolve().parent.parent / "fixtures" / "seeds"
REF = dt.date(2026, 2, 2)
D = dt.date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2 February 2026", D(2026, 2, 2)),
        ("February 2, 2026", D(2026, 2, 2)),
        ("February 2 2026", D(2026, 2, 2)),
        ("Feb. 2 2026", D(2026, 2, 2)),
        ("Feb 2, 2026", D(2026, 2, 2)),
        ("2nd February 2026", D(2026, 2, 2)),
        ("the 2nd of February, 2026", D(2026, 2, 2)),
        ("21st March 2024", D(2024, 3, 21)),
        ("March 23rd, 2024", D(2024, 3, 23)),
        ("Sept. 9, 2025", D(2025, 9, 9)),
        ("SEPTEMBER 9, 2025", D(2025, 9, 9)),
        ("09-Sep-2025", D(2025, 9, 9)),
        ("Monday, February 2, 2026", D(2026, 2, 2)),
        ("Daily Buzz: 2 February 2026", D(2026, 2, 2)),
        ("2026-02-02", D(2026, 2, 2)),
        ("2026/2/3", D(2026, 2, 3)),
        ("2026-02-02T07:00:00Z", D(2026, 2, 2)),
        ("2026-02-02T23:59:59.123+08:00", D(2026, 2, 2)),
        ("published 2026-02-02 07:00", D(2026, 2, 2)),
        ("Mon, 02 Feb 2026 07:00:00 +0000", D(2026, 2, 2)),
        ("Tue, 3 Jun 2025 18:04:11 GMT", D(2025, 6, 3)),
        ("30-05-2025", D(2025, 5, 30)),
        ("05/30/2025", D(2025, 5, 30)),
        ("30.05.2025", D(2025, 5, 30)),
        ("time26-05-2025", D(2025, 5, 26)),
        ("Time27-05-2025", D(2025, 5, 27)),
        ("06-06-2025", D(2025, 6, 6)),
        ("30/05/25", D(2025, 5, 30)),
        ("February 2-6, 2026", D(2026, 2, 2)),
        ("2–6 February 2026", D(2026, 2, 2)),
        ("Feb 2 to 6, 2026", D(2026, 2, 2)),
        ("January 30 to February 2, 2026", D(2026, 1, 30)),
        ("December 30 - January 2, 2026", D(2025, 12, 30)),
        ("30 December – 2 January 2026", D(2025, 12, 30)),
        ("2026年2月2日", D(2026, 2, 2)),
        ("2025 年 12 月 30 日", D(2025, 12, 30)),
        ("attacks limited to IE8 and IE9 September 17, 2013", D(2013, 9, 17)),
        ("a problem on SEA-ME-WE 4 August 16, 2011", D(2011, 8, 16)),
        ("time26 May 2025", D(2025, 5, 26)),
        ("released flagship AI models on January 27, 2026, challenging", D(2026, 1, 27)),
        ("Dienstag, 7. April 2026", D(2026, 4, 7)),
        ("3. März 2026", D(2026, 3, 3)),
        ("12. Dezember 2025", D(2025, 12, 12)),
    ],
)
def test_absolute_dates(text: str, expected: dt.date) -> None:
    """Dates that carry their year are read the same with or without a reference."""
    assert find_date(text) == expected
    assert find_date(text, reference=REF) == expected


@pytest.mark.parametrize(
    ("text", "reference", "expected"),
    [
        ("China Insights Weekly for February 2. Unpacking", REF, D(2026, 2, 2)),
        ("Feb 2", REF, D(2026, 2, 2)),
        ("on 3 February 2 companies listed", REF, D(2026, 2, 3)),
        ("2 Feb", REF, D(2026, 2, 2)),
        ("Dec 30", D(2026, 1, 2), D(2025, 12, 30)),
        ("December 30", D(2026, 1, 2), D(2025, 12, 30)),
        ("back on January 7.", D(2025, 12, 29), D(2026, 1, 7)),
        ("debuts on January 2, aiming", D(2025, 12, 24), D(2026, 1, 2)),
        ("the Gala (February 16).", REF, D(2026, 2, 16)),
        ("on March 1", REF, D(2025, 3, 1)),
        ("Feb 29", D(2024, 3, 1), D(2024, 2, 29)),
        ("Feb 29", REF, D(2024, 2, 29)),
        ("15 July", D(2025, 7, 1), D(2025, 7, 15)),
        ("16 July", D(2025, 7, 1), D(2024, 7, 16)),
        ("Dec 30-Jan 2", D(2026, 1, 5), D(2025, 12, 30)),
        ("on January 5 1500 people marched", REF, D(2026, 1, 5)),
        ("2月1日", REF, D(2026, 2, 1)),
        ("in New Orleans' 30-7 Oct. 19 loss", D(2011, 12, 20), D(2011, 10, 19)),
        ("15 games. Dec. 18 - 11:14 pm et", D(2011, 12, 20), D(2011, 12, 18)),
    ],
)
def test_yearless_dates_take_the_year_nearest_the_reference(
    text: str, reference: dt.date, expected: dt.date
) -> None:
    """A year-less date lands in the year closest to the reference, at most two weeks after it."""
    assert find_date(text, reference=reference) == expected


@pytest.mark.parametrize("text", ["February 2", "Feb 2", "Dec 30", "2 Feb", "on 16 July"])
def test_yearless_dates_need_a_reference(text: str) -> None:
    """Without a reference a year-less date is unknown, never this year."""
    assert find_date(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("today", REF),
        ("Today, the company said", REF),
        ("tonight", REF),
        ("yesterday", D(2026, 2, 1)),
        ("tomorrow", D(2026, 2, 3)),
        ("a day ago", D(2026, 2, 1)),
        ("timea day ago", D(2026, 2, 1)),
        ("time3 days ago", D(2026, 1, 30)),
        ("1 day ago", D(2026, 2, 1)),
        ("3 days ago", D(2026, 1, 30)),
        ("three days ago", D(2026, 1, 30)),
        ("2 weeks ago", D(2026, 1, 19)),
        ("a week ago", D(2026, 1, 26)),
        ("an hour ago", REF),
        ("5 hours ago", REF),
        ("10 mins ago", REF),
        ("just now", REF),
        ("this morning", REF),
        ("2h ago", REF),
        ("5m ago", REF),
        ("3d ago", D(2026, 1, 30)),
        ("1w ago", D(2026, 1, 26)),
        ("Yesterday's session", D(2026, 2, 1)),
        ("last Monday", D(2026, 1, 26)),  # REF is a Monday: last Monday is a week back
        ("last Friday", D(2026, 1, 30)),
    ],
)
def test_relative_dates(text: str, expected: dt.date) -> None:
    """Relative mentions count back from the reference date."""
    assert find_date(text, reference=REF) == expected


@pytest.mark.parametrize("text", ["today", "yesterday", "a day ago", "3 days ago", "last Friday"])
def test_relative_dates_need_a_reference(text: str) -> None:
    """Without a reference a relative date is unknown; the clock is never read."""
    assert find_date(text) is None


@pytest.mark.parametrize(
    "text",
    [
        "31 February 2026",
        "February 30, 2026",
        "2026-13-45",
        "2026-02-30",
        "2026年2月30日",
        "13月1日",
        "45-13-2025",
        "29 February 2025",
        "0 March 2026",
        "March 0, 2026",
        "2,800-satellite constellation",
        "210,051 vehicles",
        "raised 15B",
        "the five-year plan (2026-30)",
        "between 2010 and 2024",
        "in 2026",
        "February 2026",
        "in May 2026 sales",
        "in January",
        "the January–November period",
        "you may 5 times",
        "they march 3 miles",
        "went viral 18 months ago",
        "double that of a year ago",
        "version 1.2.25",
        "ratio 3/4",
        "1.5.2025.7",
        "12:30",
        "phone 555-12-3456",
        "March 2.5% rise",
        "May 15B deal",
        "a 30 Marines unit",
        "Feb 6-2, 2026",
        "",
    ],
)
def test_things_that_are_not_dates(text: str) -> None:
    """Impossible dates, counts, year spans, bare years and vague spans are not dates."""
    assert find_date(text, reference=REF) is None


@pytest.mark.parametrize(
    ("text", "day_first", "expected"),
    [
        ("07-06-2025", True, D(2025, 6, 7)),
        ("07-06-2025", False, D(2025, 7, 6)),
        ("07-06-2025", None, None),
        ("07/06/2025", True, D(2025, 6, 7)),
        ("07.06.2025", False, D(2025, 7, 6)),
        ("30-05-2025", False, D(2025, 5, 30)),  # a part above 12 overrides the setting
        ("05/30/2025", True, D(2025, 5, 30)),
        ("time07-06-2025 ... time30-05-2025", None, D(2025, 6, 7)),
        ("07/06/2025 then 05/30/2025", None, D(2025, 7, 6)),
    ],
)
def test_numeric_dates_follow_day_first(text: str, day_first: bool | None, expected: dt.date | None) -> None:
    """Numeric dates are read as told; left ambiguous, the text's own dates decide or none is given."""
    assert find_date(text, day_first=day_first) == expected


def test_ambiguous_numeric_date_is_skipped_not_guessed() -> None:
    """An unreadable numeric date gives way to the next readable mention."""
    assert find_date("07-06-2025, see also 2 February 2026") == D(2026, 2, 2)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("time07-06-2025\n...\ntime30-05-2025", True),
        ("07/06/2025 and 05/30/2025", False),
        ("07-06-2025", None),
        ("no dates here", None),
        ("30-05-2025 and 05/30/2025", None),
        ("2026-02-02 and 2026-02-13", None),
        ("13.01.2024", True),
        ("01.13.2024", False),
    ],
)
def test_infer_day_first(text: str, expected: bool | None) -> None:
    """Only numeric dates with a part above 12 tell the order, and only when they agree."""
    assert infer_day_first(text) is expected


@given(
    st.integers(1, 12),
    st.integers(13, 28),
    st.integers(1990, 2090),
    st.sampled_from("-/."),
)
def test_infer_day_first_is_symmetric(month: int, day: int, year: int, sep: str) -> None:
    """Swapping day and month on a page swaps the verdict; both orders together tell nothing."""
    dmy = f"{day:02d}{sep}{month:02d}{sep}{year}"
    mdy = f"{month:02d}{sep}{day:02d}{sep}{year}"
    assert infer_day_first(dmy) is True
    assert infer_day_first(mdy) is False
    assert infer_day_first(f"{dmy} {mdy}") is None
    assert find_date(dmy) == find_date(mdy) == D(year, month, day)


def test_first_date_wins() -> None:
    """The earliest mention in the text is the one returned, whatever its form."""
    text = "Posted yesterday; the event on 12 March 2026 follows the 2026-01-05 filing."
    assert find_date(text, reference=REF) == D(2026, 2, 1)
    assert find_date(text) == D(2026, 3, 12)


def test_find_dates_gives_every_mention_with_spans() -> None:
    """find_dates lists each mention once, in order, with the span of its words."""
    text = "On February 2, 2026 (see 2026-01-27) and Dec 30, a day ago."
    mentions = find_dates(text, reference=REF)
    assert [m.date for m in mentions] == [D(2026, 2, 2), D(2026, 1, 27), D(2025, 12, 30), D(2026, 2, 1)]
    spans = [text[m.start : m.end] for m in mentions]
    assert spans == ["February 2, 2026", "2026-01-27", "Dec 30", "a day ago"]
    assert all(isinstance(m, DateMention) for m in mentions)


def test_seed_aggregator_page_dates() -> None:
    """The aggregator seed is day-first and its story dates read as late May and June 2025."""
    text = (SEEDS / "003_77b2251cddc165df.txt").read_text(encoding="utf-8")
    assert infer_day_first(text) is True
    dates = [m.date for m in find_dates(text, reference=D(2025, 6, 8)) if m.end - m.start >= 10]
    assert D(2025, 6, 7) in dates
    assert D(2025, 5, 30) in dates
    assert all(D(2025, 5, 1) <= d <= D(2025, 6, 8) for d in dates)


def test_seed_daily_buzz_header_date() -> None:
    """The Daily Buzz seed's first line carries its edition date."""
    first_line = (SEEDS / "001_54c5a3281ac208b6.txt").read_text(encoding="utf-8").splitlines()[0]
    assert find_date(first_line) == D(2026, 2, 2)


def test_ecbplus_news_dates_are_plausible() -> None:
    """Across the ECB+ news articles, dates with a year are many and all from the articles' era."""
    path = Path(__file__).resolve().parents[1] / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
    found = []
    for line in path.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        text = f"{record['title']}\n{record['text']}"
        found += [(m.date, text[m.start : m.end]) for m in find_dates(text)]
    assert len(found) >= 380  # pinned floor: 396 mentions read when this test was written
    assert all(1900 <= date.year <= 2015 for date, _ in found)
    assert all(str(date.year) in span for date, span in found)


dates_in_range = st.dates(min_value=D(1950, 1, 1), max_value=D(2150, 12, 31))


@given(dates_in_range)
def test_written_forms_round_trip(day: dt.date) -> None:
    """Every common way of writing a real date reads back as that date."""
    month = day.strftime("%B")
    forms = [
        day.isoformat(),
        f"{day.day} {month} {day.year}",
        f"{month} {day.day}, {day.year}",
        f"{month[:3]}. {day.day} {day.year}",
        day.strftime("%a, %d %b %Y 07:00:00 +0000"),
        f"time{day.day:02d}-{day.month:02d}-{day.year}",
    ]
    for form in forms:
        assert find_date(form, day_first=True) == day, form


@given(dates_in_range, st.integers(-350, 14))
def test_yearless_round_trip(day: dt.date, offset: int) -> None:
    """A year-less date up to 350 days before or two weeks after the reference finds its year."""
    reference = day - dt.timedelta(days=offset)
    assert find_date(f"{day.strftime('%B')} {day.day}", reference=reference) == day
    assert find_date(f"{day.day} {day.strftime('%b')}", reference=reference) == day


@given(st.integers(0, 60))
def test_days_ago_round_trip(n: int) -> None:
    """ "N days ago" is N days before the reference."""
    assert find_date(f"{n} days ago", reference=REF) == REF - dt.timedelta(days=n)


@given(st.text(), st.one_of(st.none(), dates_in_range), st.one_of(st.none(), st.booleans()))
def test_never_raises_on_arbitrary_text(text: str, reference: dt.date | None, day_first: bool | None) -> None:
    """Any text gives a date or None, and find_date agrees with the first of find_dates."""
    found = find_date(text, reference=reference, day_first=day_first)
    mentions = find_dates(text, reference=reference, day_first=day_first)
    assert found == (mentions[0].date if mentions else None)
    assert infer_day_first(text) in {True, False, None}


@given(st.text(alphabet="0123456789-/.,: ()TFebMayJunDec", max_size=40), dates_in_range)
def test_never_raises_on_date_like_noise(text: str, reference: dt.date) -> None:
    """Digit-and-separator noise never raises and mentions never overlap."""
    mentions = find_dates(text, reference=reference)
    for before, after in itertools.pairwise(mentions):
        assert before.end <= after.start


def test_a_numbered_item_opening_with_a_month_is_no_date() -> None:
    """ "2. April showers" is a list item; the German "7. April" needs its year to be a date."""
    assert find_date("2. April showers brought the floods", reference=REF) is None
