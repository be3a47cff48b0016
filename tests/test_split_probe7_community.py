"""A community newsletter's top and tail: a tagline over a greeting, a calendar, the editor's credit.

A short line under the edition's title, followed by "Dear friends," is the newsletter's
tagline (no story begins under it); a list whose items open with a bold date is the
calendar of the story above it, not a story per date; "X is written by Y. Reply ..." is
the edition's credit, however long.
"""

from __future__ import annotations

from digest.models import DropReason
from tests.test_split_layouts import split_text, titles

_EDITION = """\
# Spokes — April 2026

News from the Harbor Cycling Club

Dear friends,

What a month. Thanks to everyone who came to the council meeting.

### Dock Street lane opens

The protected lane on Dock Street opened on April 2 after eight months of work.

### Spring rides calendar

- **April 12** – Lighthouse loop, 14 miles, easy
- **April 26** – Family ride to the pier, 5 miles
- **May 10** – Century training ride, 50 miles

All rides leave from the ferry terminal at 9am.

Spokes is written by Mara Quint. You can reply to this email with ride ideas and photos.
"""


def test_tagline_calendar_and_credit() -> None:
    """Two stories: the news and the calendar with its three dates; the top and tail are chrome."""
    split = split_text(_EDITION, path="spokes.md")
    assert titles(split) == ["Dock Street lane opens", "Spring rides calendar"]
    assert "April 26" in split.stories[1].text
    assert "ferry terminal" in split.stories[1].text
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["News from the Harbor Cycling Club"] is DropReason.BOILERPLATE
    assert (
        reasons["What a month. Thanks to everyone who came to the council meeting."] is DropReason.BOILERPLATE
    )
    credit = "Spokes is written by Mara Quint. You can reply to this email with ride ideas and photos."
    assert reasons[credit] is DropReason.BOILERPLATE


def test_a_notice_that_nothing_was_found_is_empty() -> None:
    """A summariser's stub ("**No Topics Found**: There were no topics found in the provided
    messages.") goes to the ledger as empty; a news item that opens with "No" stays a story."""
    body = """## Harbor Devs ▷ #general (53 messages):

- **Crane firmware 2.1 ships**: The maintainers released firmware 2.1.
- **No Topics Found**: There were no topics found in the provided messages.
- **No New Model Discussions**: There were no discussions about new models in the provided message history.
- **No survivors found**: Rescuers found no survivors after the ferry sank off Lesbos on Friday.
- **No deal**: There was no agreement at the summit, officials said.
"""
    split = split_text(body)
    assert titles(split) == ["Crane firmware 2.1 ships", "No survivors found", "No deal"]
    empty = [d.text for d in split.dropped if d.reason is DropReason.EMPTY]
    assert [text.split(":")[0] for text in empty] == ["No Topics Found", "No New Model Discussions"]
