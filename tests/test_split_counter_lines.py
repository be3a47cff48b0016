"""A counter line under a headline ("12,402 Likes", "3,118 Stars") in a body printing one paragraph per
line: the headline's metadata, in the ledger, never the end of its story.

The body is invented, in the shape of an AI newsletter whose HTML was converted to lines: a contents
list of its top stories first, then each story under a kicker, its headline, a counter line and its
paragraphs (its links cut out of their sentences onto lines of their own).
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())


def titles(split: Split) -> list[str]:
    return [s.title for s in split.stories]


_EDITION = """\
Hello there,
Two launches this week, and both point the same way: the tools now do the work themselves, \
and the era of carefully worded prompts is coming to an end for most teams.
Top Stories
▸ Harbor Labs releases Tugboat-3 with faster planning
▸ Harbor Labs ships shared crews for team workflows
Top Stories
Harbor Labs releases Tugboat-3 with faster planning
12,402 Likes
Harbor Labs just released
Tugboat-3
, and the pitch is simple: hand it a messy task with many steps, \
and it plans, uses its tools, checks its own work and keeps going until the job is done.
The biggest gains are in coding and research. Early testers cut debugging from days to hours.
It is live today for paying users. The
API
is coming soon.
READ MORE
forward →
Top Stories
Harbor Labs ships shared crews for team workflows
8,311 Likes
Harbor Labs also shipped
Crews
, shared agents a whole team can build once and reuse, \
and it is basically the upgrade that the old custom assistants never managed to be for teams.
Crews run inside the permissions an organization sets, and are
free until the end of May
, after which credits are charged.
"""


def test_a_counter_line_under_a_headline_is_its_metadata_not_its_end() -> None:
    split = split_text(_EDITION)
    told = titles(split)
    assert "Harbor Labs releases Tugboat-3 with faster planning" in told
    assert "Harbor Labs ships shared crews for team workflows" in told
    first = next(s for s in split.stories if s.title.startswith("Harbor Labs releases"))
    assert first.text.startswith("Harbor Labs just released Tugboat-3")
    assert "Early testers" in first.text
    counters = [d for d in split.dropped if d.detail == "engagement counters"]
    assert [d.text for d in counters] == ["12,402 Likes", "8,311 Likes"]


def test_a_read_more_button_over_a_share_button_is_no_section() -> None:
    """A "READ MORE" over "forward →" in a body cut at its links: two buttons (the first the story's
    link), never one line read as the section of the next story."""
    split = split_text(_EDITION)
    second = next(s for s in split.stories if s.title.startswith("Harbor Labs ships"))
    assert second.section == "Top Stories"
    assert "READ MORE" in [d.text for d in split.dropped]
