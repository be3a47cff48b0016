"""The writer asking readers to comment, closing an edition: a reply prompt, not a story.

"For more movie and book recommendations, check out the reading list and the watch list. Looking
for particular recommendations? Comment below or reply to this email and I'll try to answer in a
future post." closed an edition and was told in the digest's In brief. A report quoting what
commenters said stays.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason

_CLOSING = (
    "For more movie and book recommendations, check out “THE HARBOR READING LIST” and “THE HARBOR"
    " WATCH LIST.” Looking for particular recommendations (genres, vibes, authors)? Comment below or"
    " reply to this email and I’ll try to satisfy your request in a future newsletter."
)


def _read(tmp_path: Path, body: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "harbor-read-2026-04-27.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    prompts = [d.text for d in reading.dropped if d.reason is DropReason.BOILERPLATE and "reply" in d.detail]
    return [s.title for s in reading.stories], prompts


def test_an_invitation_to_comment_closing_the_edition_is_a_prompt(tmp_path: Path) -> None:
    body = (
        "# Harbor Read\n\n## Ferry fares rise\n\n"
        "The ferry authority raised fares by 8% on Monday, its first increase in four years, citing fuel"
        " costs and a shortfall in its maintenance fund.\n\n"
        f"{_CLOSING}\n\nThank you, as always, for reading.\n"
    )
    titles, prompts = _read(tmp_path, body)
    assert titles == ["Ferry fares rise"]
    assert any(p.startswith("For more movie and book recommendations") for p in prompts)


def test_a_report_of_what_commenters_said_stays(tmp_path: Path) -> None:
    body = (
        "# Harbor Read\n\n## Readers split on the pier\n\n"
        "Readers split on the pier vote: in the comments below the council's post, more than 400 residents"
        " argued for a delay, and the council said on Tuesday it would hold a second hearing in May.\n"
    )
    titles, _ = _read(tmp_path, body)
    assert titles == ["Readers split on the pier"]
