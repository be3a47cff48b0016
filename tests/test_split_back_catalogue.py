"""A post's "Keep reading" box: the publication's other posts printed as cards under a plain label
after the post (a linked title cut with "…", its excerpt, the card's address alone on a line). The
cards are the publication's back catalogue, not this edition's stories: in the ledger, with the
label. A "Keep reading" call linking the rest of a story is that story's link, and covers nothing.
Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason, Reading


def read_text(tmp_path: Path, body: str) -> Reading:
    """Read ``body`` as one edition's file."""
    path = tmp_path / "tidewatch-2026-04-28.md"
    path.write_text(body, encoding="utf-8")
    return read_stories([str(path)])


GHOST_POST = """\
Harbour cranes are idle again

The port's new cranes stood idle for a third week as the operator and the union argued over who may
run them, leaving six ships waiting off the breakwater, the harbour master said on Tuesday.

The operator said talks would resume on Friday.

Keep reading

Issue 41 – The Tide Tables Nobody Reads [https://tidewatch.example/issue-41/]

The port authority's tide tables are wrong by an hour, and nobody has noticed since the clocks… [https://tidewatch.example/issue-41/]

https://tidewatch.example/issue-41/

Ferry fares rise for the second time this year as the operator blames… [https://tidewatch.example/ferry-fares/]

Commuters will pay a fifth more from June, the third rise since the ferries were sold to a priv… [https://tidewatch.example/ferry-fares/]

https://tidewatch.example/ferry-fares/

12 Dock Road, Portland, OR 97201

Unsubscribe [https://tidewatch.example/unsubscribe/]
"""


def test_the_keep_reading_box_is_the_publications_other_posts(tmp_path: Path) -> None:
    """Only the post is a story; the cards under "Keep reading" are in the ledger."""
    split = read_text(tmp_path, GHOST_POST)
    assert [s.title for s in split.stories] == ["Harbour cranes are idle again"]
    reasons = {d.text.split(" [")[0]: d.reason for d in split.dropped}
    assert reasons["Keep reading"] is DropReason.BOILERPLATE
    assert reasons["Issue 41 – The Tide Tables Nobody Reads"] is DropReason.BOILERPLATE
    card = "Ferry fares rise for the second time this year as the operator blames…"
    assert reasons[card] is DropReason.BOILERPLATE


TEASERS = """\
Harbour cranes are idle again

The port's new cranes stood idle for a third week as the operator and the union argued over who may
run them, leaving six ships waiting off the breakwater.

[Keep reading](https://tidewatch.example/cranes/)

Ferry fares rise again

Commuters will pay a fifth more from June, the third rise since the ferries were sold to a private
operator two years ago.

[Keep reading](https://tidewatch.example/ferries/)
"""


def test_a_linked_keep_reading_call_covers_nothing(tmp_path: Path) -> None:
    """A "Keep reading" link under a teaser is its story's link: both teasers stay stories."""
    split = read_text(tmp_path, TEASERS)
    assert [s.title for s in split.stories] == ["Harbour cranes are idle again", "Ferry fares rise again"]
