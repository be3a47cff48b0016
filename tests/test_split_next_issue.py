"""An edition's preview of its own next issue ("Next Week in <the publication>:" over what it will
hold) is the edition speaking of itself, never a story; a week-ahead section naming a place is news.
Minimal synthetic reproducers in the structure of real issues, never their text."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import previews_next_issue
from digest.split.splitter import split_document


def split_text(body: str, source: str) -> Split:
    """Split ``body`` as one edition of ``source``."""
    edition = Edition(path="edition.md", format=Format.MARKDOWN, source=source)
    return split_document(Document(edition, body), ReadSettings())


_BODY = """\
{label}
We are closing our series about tide tables. Our opinion column takes the other side.
Harbour Radar
Cranes Speed Up in Porto
The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.
Ferries Go Electric in Lisbon
Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.
"""


def test_a_preview_of_the_next_issue_naming_the_publication_is_no_story() -> None:
    split = split_text(_BODY.format(label="Next Week in The Quayside:"), "thequayside")
    assert not any("tide tables" in s.text or "Next Week" in s.title for s in split.stories)
    previews = [d for d in split.dropped if d.detail == "the edition's preview of its next issue"]
    assert previews
    assert all(d.reason is DropReason.BOILERPLATE for d in previews)
    assert any("electric boats" in s.text for s in split.stories)


def test_a_week_ahead_naming_a_place_is_news() -> None:
    split = split_text(_BODY.format(label="Next Week in Lisbon:"), "thequayside")
    assert not any(d.detail == "the edition's preview of its next issue" for d in split.dropped)
    assert any("tide tables" in s.text for s in split.stories)


def test_titles_announcing_the_next_issue() -> None:
    names = ("the-quayside",)
    assert previews_next_issue("Next Week in The Quayside:", names)
    assert previews_next_issue("Coming next week on Quayside", names)
    assert previews_next_issue("In the next issue", ())
    assert previews_next_issue("Next edition:", ())
    assert not previews_next_issue("Next week in Washington", names)
    assert not previews_next_issue("The next issue for the Fed", names)


@given(st.text(max_size=300))
def test_any_title_is_read_without_error(title: str) -> None:
    previews_next_issue(title, ("quayside",))
    previews_next_issue("Next week in " + title, ("quayside",))
