"""An item whose every link goes to a job board or a careers section is a job listing, not a story.

A newsletter's jobs box prints each posting as a title over its link ("Dean of the School of
Business" over "jobs.example.edu/job/3797/...") and the publication's careers promotion ("Harbor
Careers provides insights, tools, and advice ..." linked to "/career-resources"): without a "Jobs"
heading to cover them, they were told as stories, one of them in the digest's In brief.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.models import DropReason
from digest.text.links import is_job_board


@pytest.mark.parametrize(
    ("url", "board"),
    [
        ("https://jobs.harbor.example/job/37979437/-dean-of-the-school-of-business/", True),
        ("https://harbor.example/careers", True),
        ("https://www.harbor.example/career-resources/", True),
        ("https://careers.harbor.example/openings/123", True),
        ("https://harbor.example/news/2026/04/jobs-report-hiring-slows", False),
        ("https://harbor.example/economy/jobs-report", False),
    ],
)
def test_job_boards(url: str, board: bool) -> None:
    assert is_job_board(url) is board


def test_items_linking_only_to_job_boards_are_job_listings(tmp_path: Path) -> None:
    body = (
        "# Harbor Weekly\n\n## Ferry fares rise\n\n"
        "The ferry authority raised fares by 8% on Monday, its first increase in four years, citing fuel"
        " costs ([report](https://harbor.example/news/2026/04/27/ferry-fares)).\n\n"
        "## Dean of the School of Business\n\n"
        "[Apply](https://jobs.harbor.example/job/37979437/-dean-of-the-school-of-business/) -"
        " University of the Harbor.\n\n"
        "## Harbor Careers\n\n"
        "[Harbor Careers](https://www.harbor.example/career-resources/) provides insights, tools, and"
        " advice to help you in career development, job seeking, and hiring.\n\n"
        "## Hiring slows\n\n"
        "Employers added fewer jobs in April than in any month since 2021, the [labour"
        " office](https://harbor.example/economy/jobs-report) said on Friday.\n"
    )
    path = tmp_path / "harbor-weekly-2026-04-27.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    assert [s.title for s in reading.stories] == ["Ferry fares rise", "Hiring slows"]
    jobs = [d.text for d in reading.dropped if d.reason is DropReason.JOBS]
    assert any("University of the Harbor" in t for t in jobs)
    assert any("Harbor Careers" in t for t in jobs)
