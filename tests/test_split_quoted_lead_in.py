"""A lead-in title closed by a colon may quote a title or hold an aside with a colon of its own
("“Harbour Notes: Cranes Go Electric” by Ada Lund/Dockside: text"): the title ends at the colon
outside the quotation. A paragraph whose only colon is inside an aside ("Last time (Port 101: What
is a Berth?) we covered ...") has no lead-in title."""

from __future__ import annotations

from digest.models import Document, Edition, Format
from digest.settings import ReadSettings
from digest.split.blocks import lead_in
from digest.split.splitter import split_document


def titles(body: str) -> list[str]:
    """The titles of the stories ``body`` splits into, as one Markdown edition."""
    split = split_document(Document(Edition(path="edition.md", format=Format.MARKDOWN), body), ReadSettings())
    return [s.title for s in split.stories]


def test_a_colon_inside_a_quoted_title_is_the_titles_own() -> None:
    assert lead_in(
        "“Harbour Notes: Cranes Go Electric” by Ada Lund/Dockside: The port swapped its cranes."
    ) == (
        "“Harbour Notes: Cranes Go Electric” by Ada Lund/Dockside",
        "The port swapped its cranes.",
    )


def test_a_colon_inside_an_aside_opens_no_title() -> None:
    assert (
        lead_in("Last time (Port 101: What is a Berth?) we covered how berths are booked. Now tides.") is None
    )


def test_a_roundup_of_quoted_titles_is_a_story_each() -> None:
    body = (
        "## This week\n\n"
        "[“Harbour Notes: Cranes Go Electric”](https://dockside.example/cranes) by "
        "[Ada Lund](https://dockside.example/@ada)/Dockside: The port swapped its diesel cranes for "
        "electric ones over the winter, and the noise on the quay fell by half.\n\n"
        "[“Tide Tables”](https://dockside.example/tides) by [Bo Ek](https://dockside.example/@bo)/Dockside: "
        "Why the tide tables printed in the harbour office are wrong twice a year, and what pilots do.\n\n"
        "[“Pilot Boats: A Field Guide”](https://dockside.example/boats) by "
        "[Ada Lund](https://dockside.example/@ada)/Dockside: Six kinds of pilot boat, what each is for, "
        "and how to tell them apart from the quay.\n"
    )
    assert titles(body) == [
        "“Harbour Notes: Cranes Go Electric” by Ada Lund/Dockside",
        "“Tide Tables” by Bo Ek/Dockside",
        "“Pilot Boats: A Field Guide” by Ada Lund/Dockside",
    ]
