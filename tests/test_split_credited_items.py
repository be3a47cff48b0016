"""A briefing's one-sentence items credited to an outlet after a dash are running text, not headlines."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document
from digest.text.shape import is_title_like


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


# A newsletter's digest of other outlets: each item a label, then one sentence credited after a dash;
# the export glues each label to the last line of the item above it.
_BRIEFING = """\
Harbour Notes

Tolls on the north bridge will rise by a tenth in June, the city council voted on Monday. — Porto Daily
Business

Atlas Freight missed its own targets for new routes ahead of its planned listing. — Tidewater Journal
Courts

A regional judge will delay an order requiring the ferry company to publish its crew rosters for the inquiry.
Transport

The rail operator ordered twelve electric trains for the coastal line, to run from next spring on.
"""


def test_a_credited_sentence_is_no_headline() -> None:
    """ "... ahead of its planned listing. — Tidewater Journal" is a sentence and its source."""
    assert not is_title_like("Atlas Freight missed its targets ahead of its listing. — Tidewater Journal")
    assert not is_title_like("“I will stay with the firm forever.” —Lena Grove")
    assert is_title_like("Atlas Freight Misses Targets — Tidewater Journal")  # a headline and its outlet
    assert is_title_like("Why ferries matter - a primer")


def test_credited_items_are_one_story_each_under_their_labels() -> None:
    """Each item stays one story under its own label; none takes the next label and item as its text."""
    stories = split_text(_BRIEFING).stories
    by_section = {story.section: story for story in stories}
    assert {"Business", "Courts", "Transport"} <= set(by_section)
    assert by_section["Business"].text.startswith("Atlas Freight missed its own targets")
    assert "judge" not in by_section["Business"].text
    assert by_section["Courts"].text.startswith("A regional judge will delay")
    assert "rail operator" not in by_section["Courts"].text
