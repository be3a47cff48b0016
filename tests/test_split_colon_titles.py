"""A roundup whose paragraphs are lines, each excerpt headed by a line ending with a colon ("Ada Lund
on the harbour's night crossings:"): each excerpt is a story of its own. Each test is a minimal
synthetic reproducer of one mechanism, in the structure of the real issue, never its text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


ROUNDUP = (
    "What else I'm reading\n"
    "Ada Lund on the harbour's night crossings :\n"
    "The night boat leaves at eleven and reaches the islands before dawn, most nights of the year.\n"
    "Its crew of six sleeps in turns, two at a time, in bunks below the car deck by the engines.\n"
    "But the pilots say the channel is silting up, and the dredgers are months behind their schedule.\n"
    "Ivo Berg on the price of a crane :\n"
    "A new crane costs more than the quay it stands on, and the port has ordered three of them.\n"
    "The first arrives in June by sea from the yard in the north, and the dockers have been told to wait.\n"
    "Mara Quist on why ferries run late :\n"
    "Ferries run late because the tide runs late, and the tide tables were printed for another year.\n"
    "The timetable has not caught up, and neither have the ticket offices on either side of the bay.\n"
    "Thank you, as always, for reading.\n"
)


def test_a_run_of_titles_ending_with_a_colon_heads_one_excerpt_each() -> None:
    """Three lines ending with a colon, each a title over paragraphs of its own (forty words or more):
    three stories, each titled by its line, none of them text of the one above."""
    split = split_text(ROUNDUP)
    titled = {s.title: s.text for s in split.stories}
    assert "Ada Lund on the harbour's night crossings" in titled
    assert "Ivo Berg on the price of a crane" in titled
    assert titled["Mara Quist on why ferries run late"].startswith("Ferries run late")
    assert "Ivo Berg" not in titled["Ada Lund on the harbour's night crossings"]


def test_one_line_ending_with_a_colon_stays_in_its_story() -> None:
    """One such line alone introduces what follows in its story ("It comes in two sizes:"), no title."""
    body = (
        "Harbour opens a new quay\n"
        "The harbour opened its new quay on Monday, after a winter of dredging and delays.\n"
        "The new quay comes in two parts for the ferries :\n"
        "A long berth for the night boats, and a short one for the island ferries in summer.\n"
    )
    split = split_text(body)
    assert len(split.stories) == 1
    assert "two parts for the ferries" in split.stories[0].text


def test_terms_over_their_short_definitions_stay_in_their_story() -> None:
    """Terms ending with a colon, each over a definition of a line ("Compressed Quay Berths (CQB):"):
    the parts of one story, never stories of their own."""
    body = (
        "The new quay explained\n"
        "The harbour opened its new quay on Monday, and it works in three new ways at once, its pilots say.\n"
        "Compressed Quay Berths (CQB):\n"
        "Packs the ferries closer to cut the length of the quay by a third.\n"
        "Heavily Compressed Berths (HCB):\n"
        "Packs them closer still for the longest nights of the winter, when the crossings are few.\n"
        "Tide Aware Mooring Lines (TAML):\n"
        "Loosens the lines as the tide falls, so no ferry hangs from its ropes at the lowest water.\n"
    )
    split = split_text(body)
    assert len(split.stories) == 1
    assert "Tide Aware Mooring Lines" in split.stories[0].text
