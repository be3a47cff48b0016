"""A fetched message printed as a page: its subject as the level-1 heading at the top, then plain
lines with no heading under it. The heading is the edition's title (the message's subject, word for
word), never a section over the first stories. Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

SUBJECT = "The Harbour Radar #12: Cranes, Ferries and a Quiet Week"
TITLE = "masthead: edition title (the message's subject), no section"

_BODY = f"""\
# {SUBJECT}

**From:** The Harbour Radar <radar@example.com>

---

Editorial: Cranes, Ferries and a Quiet Week
The ports had a quiet week, but two of them changed how they work for good, and the rest will follow.
1. Cranes Speed Up in Porto
The port of Porto cut the time to unload a ship by a fifth with new cranes, its operator said on Monday.
2. Ferries Go Electric in Lisbon
Lisbon's ferry operator ordered six electric boats for its river crossings, to sail from next spring.
"""


def split_text(body: str, title: str | None) -> Split:
    """Split ``body`` as one edition that came with the subject ``title``."""
    edition = Edition(path="edition.md", format=Format.MARKDOWN, title=title)
    return split_document(Document(edition, body), ReadSettings())


def test_the_heading_printing_the_subject_is_the_editions_title() -> None:
    split = split_text(_BODY, SUBJECT)
    assert split.stories
    assert all(s.section != SUBJECT for s in split.stories)
    titled = [d for d in split.dropped if d.text == SUBJECT]
    assert [d.detail for d in titled] == [TITLE]


def test_a_heading_other_than_the_subject_is_read_as_before() -> None:
    split = split_text(_BODY, "Another subject")
    assert not any(d.detail == TITLE for d in split.dropped)


def test_the_subject_over_a_posts_text_stays_its_headline() -> None:
    """A one-post edition printing its subject as the post's heading over its text: the post's
    headline, not the edition's title."""
    body = (
        f"# {SUBJECT}\n\n"
        "The ports had a quiet week, but two of them changed how they work for good. Porto cut the time "
        "to unload a ship by a fifth with new cranes, and Lisbon ordered six electric ferries.\n"
    )
    split = split_text(body, SUBJECT)
    assert [s.title for s in split.stories] == [SUBJECT]
