"""An edition's own lines read as what they are: a post's byline with its date, the closing line
naming the issue by its number, a briefing's name over its "Read in browser" line, and the short
items of a numbered run told, however short.

Invented newsletters, shaped like the ones read: a Ghost post's header ("By Name • 27 Apr 2026"), a
Buttondown closer ("This was issue #393 of ..."), a briefing's text part whose links follow their
words, and a list of signals each printed as its number, its title and a count of likes.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.chrome import block_verdict

POST = """# The quiet harbour

**From:** "The Harbour Letter" <mara@harbour.example>
**Date:** Mon, 27 Apr 2026 18:06:51 +0000

---

https://www.harbour.example/r/aa11

https://www.harbour.example/r/bb22

The quiet harbour [https://www.harbour.example/r/cc33]

Plus: ferries, tides and a lighthouse keeper's diary. This is Harbour Letter 41!

By Mara Linden • 27 Apr 2026

View in browser [https://www.harbour.example/r/dd44]

the gulls have taken the north pier for their own, and nobody on the board has the heart to move
them. Photo by Tom Bell

The harbour board voted on Tuesday to close the north pier for repairs, a move that will send the
morning ferries to the south dock until the autumn. Fishermen said the change would add an hour to
their day.

The board's chair said the repairs had waited long enough and that the work would begin in May.

This was issue #41 of The Harbour Letter.
"""

SIGNALS = (
    "Harbour Signal\n"
    "Top News\n"
    "Ferry operators agree on a shared timetable\n"
    "12,049 Likes\n"
    "The three ferry operators of the bay signed a shared timetable on Monday, ending a "
    "decade of clashing departures and missed connections for commuters who cross twice a "
    "day.\n"
    "READ MORE\n"
    "Signals\n"
    "1\n"
    "Tide tables ship as open data\n"
    "5,780 Likes\n"
    "2\n"
    "Lighthouse diary sells for a record\n"
    "1,721 Stars\n"
    "3\n"
    "Net makers report rising orders\n"
    "1,299 Likes\n"
    "4\n"
    "Harbour cranes go electric early\n"
    "3,407 Likes\n"
    "At Harbour Signal, our mission is to keep sailors, net makers, crane drivers and ferry "
    "captains in every port of the bay informed each morning, from the harbour master's old "
    "office above the fish market, where the gulls are loud and the coffee is strong.\n"
)


def _read(tmp_path: Path, name: str, text: str) -> tuple[list[str], list[str], str]:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    reading = read_stories([str(path)])
    titles = [story.title for story in reading.stories]
    told = " ".join(f"{story.title} {story.text}" for story in reading.stories)
    return titles, [entry.text for entry in reading.dropped], told


def test_a_byline_with_its_date_is_no_title(tmp_path: Path) -> None:
    titles, dropped, told = _read(tmp_path, "post.md", POST)
    assert not any(title.startswith("By Mara") for title in titles)
    assert "By Mara Linden • 27 Apr 2026" in dropped
    assert "north pier" in told


def test_the_closing_line_naming_the_issue_is_no_story(tmp_path: Path) -> None:
    _titles, dropped, told = _read(tmp_path, "post.md", POST)
    assert "This was issue #41 of The Harbour Letter." in dropped
    assert "issue #41" not in told


def test_byline_and_closing_line_verdicts() -> None:
    for line in (
        "By Mara Linden • 27 Apr 2026",
        "By Mara Linden and Tom Bell | April 27, 2026 | 6 min read",
        "This was issue #393 of The Weekly Review.",
    ):
        assert block_verdict(line) is not None, line
    for line in (
        "By Monday, Acme will report - April 27",
        "This is number 5 on the list of the best films of the year.",
        "This was issue 3 of the year where the Fed cut rates and markets rallied hard.",
    ):
        assert block_verdict(line) is None, line


def test_title_only_items_of_a_numbered_run_are_told(tmp_path: Path) -> None:
    path = tmp_path / "signals.md"
    path.write_text(SIGNALS, encoding="utf-8")
    reading = read_stories([str(path)])
    by_title = {story.title: story for story in reading.stories}
    for title in (
        "Tide tables ship as open data",
        "Lighthouse diary sells for a record",
        "Net makers report rising orders",
        "Harbour cranes go electric early",
    ):
        assert title in by_title, title
        assert by_title[title].text == title
        assert by_title[title].section == "Signals"
    empty = [entry.text for entry in reading.dropped if entry.reason is DropReason.EMPTY]
    assert not any("Lighthouse" in text for text in empty)


def test_embed_frames_and_a_premium_prompt_are_chrome() -> None:
    for line in (
        "View this post on Instagram [https://www.harbour.example/r/1]",
        "A post shared by Harbour Museum (@harbourmuseum) [https://www.harbour.example/r/2]",
        "Interested in receiving all emails from The Harbour Letter? Sign up for a premium subscription: "
        "https://letters.example/harbour",
    ):
        assert block_verdict(line) is not None, line
    assert block_verdict("A post shared by the mayor drew criticism from rivals on Monday.") is None


ESSAY = """---
newsletter: quay
newsletter_name: "Quay"
subject: "The Tide Is Not Turning"
date: Mon, 27 Apr 2026 11:00:51 +0000
---

# The Tide Is Not Turning

**From:** Quay <quay@letters.example>
**Date:** Mon, 27 Apr 2026 11:00:51 +0000
**Source:** [View original](https://www.quay.example/r/ee55)

---

https://www.quay.example/r/aa11

Quay [https://www.quay.example/r/bb22]

The Tide Is Not Turning [https://www.quay.example/r/cc33]

By Ana Ruiz • 27 Apr 2026

View in browser [https://www.quay.example/r/dd44]

View in browser [https://www.quay.example/r/ff66]

Tom Bell

> The Harbour Book
> By Jo Kim
> Quay Press, 288 pages, $29.99

On April 9, the harbour board found that the tide tables printed since 1990 were wrong by an hour,
and the ferries that sailed by them had been lucky for three decades.

As with many local legends, the story of the missing hour has been told in many ways: a clerk's
error, a printer's joke, a storm that washed away a page of the ledger.

The term "lost hour" comes from a short story [https://www.quay.example/r/gg77] by a ferry captain
about a crossing that never ended; it was read aloud in the harbour's pubs for years.

On the surface, the fix is simple. The board will print new tables, and the ferries will sail by
them from May, with a week of double crossings to be safe.
"""


def test_a_post_title_over_its_byline_heads_the_post(tmp_path: Path) -> None:
    path = tmp_path / "essay.md"
    path.write_text(ESSAY, encoding="utf-8")
    reading = read_stories([str(path)])
    assert [story.title for story in reading.stories] == ["The Tide Is Not Turning"]
    assert "the fix is simple" in reading.stories[0].text


BRIEFING = (
    "Ferry strike ends\n"
    "Harbour Morning Briefing          \n"
    "Read in browser \n"
    "<https://news.example.com/newsletters/2026-04-27/ferry-strike-ends>\n"
    " <https://news.example.com/>\n"
    " \n"
    "<https://track.example.com/click?s=1&li=2>\n"
    "Good morning. The ferry strike ends today. Running a harbour is hard, just ask \n"
    "Mara Linden. And we look at tide tables.Listen to the day's top stories <https://pod.example.com/today>.\n"
    "\n"
    "— Ana Ruiz\n"
    "\n"
    "Market data as of 06:50 AM ET. Data is subject to provider delays.Your \n"
    "watchlist \n"
    "<https://news.example.com/markets/watchlist>\n"
    "Optimism about the harbour's reopening is lifting shares of ferry operators, with cargo firms\n"
    "doing the heavy lifting \n"
    "<https://news.example.com/articles/cargo>\n"
    " on the back ofstrong results from Quayline \n"
    "<https://news.example.com/articles/quayline>\n"
    " andBaltic \n"
    "<https://news.example.com/articles/baltic>\n"
    ". The strikestill looms \n"
    "<https://news.example.com/articles/strike>\n"
    " over the port: the union has not yet signed.\n"
    "The council voted late on Sunday to reopen the harbour, ending a week of \n"
    "talks <https://news.example.com/articles/harbour-vote>\n"
    ", while the ferry union said it would return to work by noon.\n"
    "Grain prices fell for a third day as farmers brought in an early \n"
    "harvest <https://news.example.com/articles/grain>\n"
    ", traders said. And the lighthouse will reopen to visitors in \n"
    "June <https://news.example.com/articles/lighthouse>\n"
    ", after a year of repairs.\n"
)


def test_a_briefing_tells_no_name_note_or_cut_link_as_a_story(tmp_path: Path) -> None:
    path = tmp_path / "briefing.txt"
    path.write_text(BRIEFING, encoding="utf-8")
    reading = read_stories([str(path)])
    titles = [story.title for story in reading.stories]
    for wrong in ("Harbour Morning Briefing", "watchlist", "stories", "andBaltic"):
        assert wrong not in titles, titles
    assert not any(title.startswith("Mara Linden") for title in titles), titles
    told = " ".join(story.text for story in reading.stories)
    assert "andBaltic" in told
    assert "The council voted late on Sunday" in told
