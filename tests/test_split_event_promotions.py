"""The edition's own events sold to its reader: a forum's title over "REGISTER NOW: May 18, 2 p.m. ET |
..." and a workshop's blurb closing "Learn more and register today." are promotions, their titles with
them; a story about registering to vote stays a story.

The body is invented, in the shape of a trade daily's text part (links printed in angle brackets).
"""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.chrome import EVENT_PROMOTION
from digest.split.splitter import split_document


def split_text(body: str) -> Split:
    """Split ``body`` as one edition."""
    edition = Edition(path="harbor-today-2026-04-28.md", format=Format.MARKDOWN)
    return split_document(Document(edition, body), ReadSettings())


_EDITION = """\
Harbor Today

THE PORT

Dockworkers Ratify a Four-Year Contract
<https://harbor.example/article/dockworkers-ratify-contract>
The union's members approved the deal by a wide margin on Monday, ending a strike threat that had \
hung over the port since the winter.

Upcoming Professional Development | May 2026

The Harbor Leadership Institute
<https://harbor.example/programs/leadership-institute>
Port managers face constant disruption. Harbor Today is hosting a virtual workshop series to help \
them practice hard scenarios and prepare for what comes next. Learn more and register today.

VIRTUAL FORUM

Navigating Port Mergers
<https://harbor.example/events/virtual/navigating-port-mergers>
REGISTER NOW: May 18, 2 p.m. ET | The number of port mergers has tripled over twenty years. Hear \
about the future of consolidation in our upcoming virtual forum.
Register now.

CIVICS

Voter Registration Closes Friday
<https://harbor.example/article/voter-registration-closes>
The county's deadline to register for the June primary is Friday, and the clerk's office will stay \
open late on Thursday for residents who still need to register.
"""


def test_the_editions_events_are_promotions_with_their_titles() -> None:
    split = split_text(_EDITION)
    titles = [s.title for s in split.stories]
    assert "Dockworkers Ratify a Four-Year Contract" in titles
    assert "Voter Registration Closes Friday" in titles
    assert not any("Mergers" in t or "Leadership Institute" in t or t[:8] == "Register" for t in titles)
    promoted = [
        d.text for d in split.dropped if d.reason is DropReason.PROMOTION and EVENT_PROMOTION in d.detail
    ]
    assert any(t.startswith("REGISTER NOW: May 18") for t in promoted)
    assert "Navigating Port Mergers" in promoted
    assert any("register today" in t for t in promoted)
    assert not any("Register now" in s.text for s in split.stories)
