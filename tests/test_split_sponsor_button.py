"""A sponsor's text in a body printing a paragraph per line: its label, a few plain paragraphs naming
a product rather than the sponsor, then its button ending in an arrow. All of it the sponsor's."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


_BODY = """\
Top News
Port of Lenmouth opens its automated terminal to all carriers
The port opened its new terminal to every carrier on Monday
, a year after the first trials.
Ships now turn around in half the time
, the port said.
Presented by Ledgerline
Your berth plans go stale. Your manifest shouldn't.
Tally keeps one living manifest. Write it once and every crane reads it
, with no re-briefing.
Free for the first ten ships.
TRY TALLY partner with us →
Top News
Lisbon orders six electric tugboats for its inner harbour
The tugs arrive next year and charge at two new berths between jobs.
"""


def test_a_sponsors_text_runs_from_its_label_to_its_button() -> None:
    split = split_text(_BODY)
    assert all("Tally" not in s.text and "berth plans" not in s.title for s in split.stories)
    assert all(s.section in (None, "Top News") for s in split.stories)
