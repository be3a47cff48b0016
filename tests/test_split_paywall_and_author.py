"""Two boxes a post prints around its text that tell no story: the paywall's prompt ("UPGRADE TO READ
THE REST", "Join Premium members from top companies ...") and the author's bio under a label naming
them ("Today's Author"). Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.chrome import block_verdict, heading_verdict


@pytest.mark.parametrize(
    "line",
    [
        "UPGRADE TO READ THE REST (https://tidewatch.example/upgrade)",
        "Upgrade to unlock the full analysis",
        "_Join__ Premium members from ports like Rotterdam, Antwerp and Hamburg to really understand "
        "what is going on at sea.",
        "Join 12,000+ paid subscribers who read Tidewatch every week.",
    ],
)
def test_paywall_prompts(line: str) -> None:
    verdict = block_verdict(line)
    assert verdict is not None
    assert verdict.reason is DropReason.PROMOTION


@pytest.mark.parametrize(
    "line",
    [
        "The port will upgrade to read tide gauges automatically from June.",
        "Dockers voted to join the premium members' club of the harbour's unions, the council said.",
    ],
)
def test_reports_are_no_paywall_prompts(line: str) -> None:
    assert block_verdict(line) is None


@pytest.mark.parametrize(
    "label", ["Today's Author", "Today’s Author", "This Week's Guest", "About the Author"]
)
def test_a_label_naming_the_author_covers_the_bio(label: str) -> None:
    verdict = heading_verdict(label)
    assert verdict is not None
    assert verdict.covers
    assert verdict.reason is DropReason.BOILERPLATE


def test_a_headline_about_an_author_is_news() -> None:
    assert heading_verdict("Today's Author Wins the Booker Prize") is None


NEWSLETTER = """\
Tidewatch Weekly

Today's Author

Ana Ruiz is a former harbour pilot who has written about ports for twenty years, for readers who
want to know what moves the docks.

Sunday Deep Dive

Why the tide gauges went online

The harbour's twelve tide gauges went online on Monday, reporting the water's height every minute
to a public page that skippers can read from their phones, after a decade of printed tables.
"""


def test_the_authors_bio_under_its_label_is_no_story(tmp_path: Path) -> None:
    path = tmp_path / "tidewatch-2026-04-26.md"
    path.write_text(NEWSLETTER, encoding="utf-8")
    reading = read_stories([str(path)])
    told = " ".join(s.text for s in reading.stories)
    assert "former harbour pilot" not in told
    assert "tide gauges went online" in told
