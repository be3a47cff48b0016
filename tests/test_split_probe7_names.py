"""The newsletter's name: a weekday that is part of it, a page's properties, a logo at the top.

"Frontend Friday · Issue #143" is named "Frontend Friday" (a weekday joined to the name and
set apart from the date is the name's); an exported page's "Created: March 13, 2026" among
its other properties dates the edition and names nothing; a logo alone at the top of an
HTML page, over the dateline, is the newsletter's name as its reader sees it.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.models import DropReason
from digest.readers._meta import publication_name, source_from_title
from tests.test_split_layouts import split_file, split_text, titles


@pytest.mark.parametrize(
    ("masthead", "name"),
    [
        ("Frontend Friday · Issue #143 · March 13, 2026", "Frontend Friday"),
        ("Frontend Friday #143", "Frontend Friday"),
        ("Daily Buzz, Monday, 2 February 2026", "Daily Buzz"),
        ("Morning Memo Tuesday March 3, 2026", "Morning Memo"),
        ("Harbor Brief · Monday · 2 February 2026", "Harbor Brief"),
        ("Weekly Research Notes — W11", "Weekly Research Notes"),
    ],
)
def test_a_weekday_is_cut_from_a_name_only_as_part_of_the_date(masthead: str, name: str) -> None:
    """A weekday standing as a part of its own, or right before the date, is the date's."""
    assert publication_name(masthead) == name


def test_a_title_naming_the_issue_by_number_keeps_a_weekday_in_the_name() -> None:
    """ "Frontend Friday #143: CSS gets if()" names "Frontend Friday"."""
    assert source_from_title("Frontend Friday #143: CSS gets if(), Safari gets faster") == "Frontend Friday"


def test_page_properties_date_the_edition_and_name_nothing() -> None:
    """ "Created: ..." among "Tags: ..." lines under an exported page's title is metadata, and a
    task list's items are the editors' to-dos, not stories."""
    body = (
        "# Team Reading List — W07\n\nCreated: February 13, 2026 9:30 AM\nCreated by: Ana Ruiz\n"
        "Tags: robotics, reading\n\n## Papers\n\n"
        "### [Legged robots learn to open doors](https://arxiv.org/abs/2602.00001)\n\n"
        "A quadruped trained in simulation opened 40 kinds of doors without retraining.\n\n"
        "## Logistics\n\n- [ ] Book the room\n- [x] Send the invite\n"
    )
    split = split_text(body, path="export.md")
    assert split.edition.source == "Team Reading List"
    assert str(split.edition.date) == "2026-02-13"
    assert titles(split) == ["Legged robots learn to open doors"]
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["Tags: robotics, reading"] is DropReason.BOILERPLATE
    assert reasons["[ ] Book the room"] is DropReason.BOILERPLATE


def test_a_logo_alone_at_the_top_names_the_newsletter(tmp_path: Path) -> None:
    """A linked logo over the dateline names the edition; a logo with the name printed beside it
    does not (the printed name does), and an image further down is no text."""
    html = (
        "<html><head><title>☕ Copper's comeback</title></head><body><table>"
        '<tr><td><a href="https://pour.example/web">View Online</a> | '
        '<a href="https://pour.example/s">Sign Up</a></td></tr>'
        '<tr><td><a href="https://pour.example"><img src="logo.png" alt="Morning Kettle"></a></td></tr>'
        "<tr><td>MARCH 10, 2026</td></tr>"
        "<tr><td><h2>Copper jumps after a mine floods</h2><p>Copper rose 4.6% after rains flooded a mine "
        'in Chile that supplies 5% of the world.</p><img src="chart.png" alt="Copper Chart"></td></tr>'
        "</table></body></html>"
    )
    path = tmp_path / "kettle.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert split.edition.source == "Morning Kettle"
    assert titles(split) == ["Copper jumps after a mine floods"]
    beside = html.replace('alt="Morning Kettle"></a>', 'alt="Kettle"></a> <b>Kettle Daily</b>')
    path.write_text(beside, encoding="utf-8")
    assert split_file(path).edition.source != "Kettle"
