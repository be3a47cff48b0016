"""The edition's game for its reader: a puzzle's blurb ("Our daily word puzzle with a plot twist.")
and the day's clue ("Today's clue is: ..."), printed with a link to the game. They are a poll's
kin (games, puzzles or trivia), not stories; a report about a puzzle stays news. Minimal synthetic
reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.chrome import block_verdict

BRIEFING = """\
Harbour Morning Briefing

Tide Tables Are an Hour Off, Harbour Master Says

The harbour master said the printed tables had been wrong since the clocks changed, and asked
skippers to use the online tables until new ones are printed.
Read more <https://harbour.example/tides>

Play Tidewords!

Our daily word puzzle with a plot twist.

<https://harbour.example/games/tidewords>
Today’s clue is: A boat that never leaves?

Before You Go

The harbour's oldest tug, the Mary Ann, made her last run on Sunday after 80 years of service,
towing a ferry out past the breakwater one more time.
"""


def test_the_games_lines_are_no_stories(tmp_path: Path) -> None:
    path = tmp_path / "harbour-morning-2026-04-28.md"
    path.write_text(BRIEFING, encoding="utf-8")
    reading = read_stories([str(path)])
    told = " ".join(f"{s.title} {s.text}" for s in reading.stories)
    assert "clue" not in told
    assert "puzzle" not in told
    assert "The harbour's oldest tug" in told
    assert any(s.title.startswith("Tide Tables") for s in reading.stories)


@pytest.mark.parametrize(
    "line",
    [
        "Our daily word puzzle with a plot twist.",
        "Today’s clue is: A boat that never leaves?",
        "Yesterday's puzzle answer: TUGBOAT",
        "Try our weekly news quiz!",
    ],
)
def test_games_lines(line: str) -> None:
    verdict = block_verdict(line)
    assert verdict is not None
    assert verdict.reason is DropReason.POLL


@pytest.mark.parametrize(
    "line",
    [
        "The Times bought a daily word puzzle for seven figures, its publisher said on Monday.",
        "Police said the clue was found near the pier.",
    ],
)
def test_reports_about_puzzles_are_news(line: str) -> None:
    assert block_verdict(line) is None


SUPPLEMENT = """\
Harbour Sunday Supplement

----------------------------------------

Book Of The Week

The Tide Tables | Ana Ruiz [https://harbour.example/r/1]

A history of the port told through its tide tables, wrong by an hour for a decade and never corrected.

----------------------------------------

Quiz Of The Week

You may know your jetty from your pier, but can you tell what each of these harbour words means?

(i) Bollard
(ii) Fender
(iii) Capstan

Answers below, after the picture

----------------------------------------

Picture Of The Week

The Old Crane | Ben Ortiz [https://harbour.example/r/2]

The last steam crane of the port, photographed the week before it was cut up, in 1961.

----------------------------------------

Quiz Answers

(i) Bollard [https://harbour.example/r/3] — a short post on the quay that ships are tied to
(ii) Fender [https://harbour.example/r/4] — a cushion that keeps a hull off the quay wall
(iii) Capstan [https://harbour.example/r/5] — a drum turned to haul in a rope

----------------------------------------
"""


def test_a_quiz_box_and_its_answers_are_no_stories(tmp_path: Path) -> None:
    """A plain label naming the edition's game ("Quiz Of The Week", "Quiz Answers") and its box, to the
    separator closing it, are games; the book and the picture stay stories."""
    path = tmp_path / "harbour-sunday-2026-04-26.md"
    path.write_text(SUPPLEMENT, encoding="utf-8")
    reading = read_stories([str(path)])
    told = " ".join(f"{s.title} {s.text}" for s in reading.stories)
    for quiz in ("Bollard", "harbour words", "Capstan"):
        assert quiz not in told
    assert "wrong by an hour" in told
    assert "last steam crane" in told
