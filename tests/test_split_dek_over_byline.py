"""A weekly's masthead line ("Harbor Weekly Newsletter": its name and what it is) is the masthead's,
and the lead essay it sat over (a dek with no headline, the writer's name and role, then the
essay) is one story titled by its dek.

The body is invented, in the shape of a magazine's weekly newsletter converted to text.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition of "Harbor Weekly"."""
    edition = Edition(path="harbor-weekly.md", format=Format.MARKDOWN, source="Harbor Weekly")
    return split_document(Document(edition, body), ReadSettings())


_ESSAY = (
    "Like most anyone who walked the quay in the nineties, I first came to know the old pier as the "
    "place where the ferries idled and the gulls fought over chips. But its career has been expansive, "
    "and what made me want to write about it, for this week's issue, is its emergence as a stage."
)

_EDITION = f"""\
# The Old Pier's Third Act

**From:** Harbor Weekly <news@harbor.example>
**Date:** Mon, 27 Apr 2026 19:59:29 -0400

---

Harbor Weekly Newsletter

Ana Ruiz on the old pier's third act. Plus, a storm at the quay; and the quest to find a lost bell.

[View in browser](https://harbor.example/view/1)
|
[Update your preferences](https://harbor.example/prefs)

Harbor Weekly's reporting is made possible by our subscribers. [Become one today »](https://harbor.example/s)

In today's edition: the old pier's third act. Plus, a storm at the quay; and the quest to find a \
lost bell that rang for a century.

Ana Ruiz

A staff writer covering the waterfront

{_ESSAY}

But taking stock of the pier's career brought us to an uncomfortable subject: the money that \
rebuilt it, and who paid for the work when the council would not.

## The storm at the quay

Waves topped the sea wall on Saturday night and flooded the fish market, the harbor master said.
"""


def test_the_masthead_line_is_no_title_and_the_lead_essay_is_one_story() -> None:
    split = split_text(_EDITION)
    titles = [s.title for s in split.stories]
    assert "Harbor Weekly Newsletter" not in titles
    assert all(s.section != "Harbor Weekly Newsletter" for s in split.stories)
    lead = [s for s in split.stories if "third act" in s.title]
    assert len(lead) == 1, titles
    assert "Like most anyone" in lead[0].text
    assert "uncomfortable subject" in lead[0].text
    assert not any(s.title.startswith("Like most anyone") for s in split.stories)
