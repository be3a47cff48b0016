"""The edition's statement of what it stands for, printed under its last item: no words of that item.

A list of signals, each a title over its counts line ("2,783 Likes"), ends with the sender's mission
and partnership paragraphs ("At Tide Signal, our mission is ...", "Our partnerships are based on
..."). The counts line gives the text under it to its item, so the statement was told as the last
item's text.
"""

from __future__ import annotations

from digest.models import Document, Edition, Format
from digest.settings import ReadSettings
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document

#: An invented daily's last lines: its numbered signals, then its statement and footer.
TAIL = "\n".join(
    (
        "Top News",
        "Harbour cranes get a robot operator",
        "The port's new crane software moved 400 containers overnight without a human at the"
        " controls, the operator said on Monday.",
        "Signals",
        "1",
        "Tide tables go open source under a permissive licence",
        "11,833 Stars",
        "2",
        "Ferry union backs the new timetable after a week of talks",
        "2,783 Likes",
        "At Tide Signal, our mission is to build a sharp, engaged community focused on harbours,"
        " shipping and the people who run them, helping over 200,000 readers keep up with the week.",
        "Our partnerships are based on shared values of ethics and responsibility.Privacy is a"
        " priority for us, and we never sell your data.",
        "Stop receiving emails here: https://tide.example.com/unsubscribe/u/abc",
        "",
    )
)


def test_a_mission_statement_is_no_words_of_the_last_item() -> None:
    split = split_document(Document(Edition(path="tail.md", format=Format.MARKDOWN), TAIL), ReadSettings())
    told = " ".join(f"{s.title} {s.text}" for s in split.stories)
    assert "our mission" not in told
    assert "Our partnerships" not in told
    notes = [d for d in split.dropped if d.detail.startswith("the edition's notes about itself")]
    assert len(notes) == 2


def test_a_quoted_or_reported_mission_is_news() -> None:
    for text in (
        "“Our mission is to cure the harbour's silt problem,” the port's chief said on Monday.",
        "The port authority said its mission is to keep the ferries running.",
        "Acme said our mission is growth, in a memo seen by reporters.",
    ):
        assert block_verdict(text) is None, text
