"""A line ending with a colon that introduces a run of linked titles ("First, here are three new
stories from the Harbour:"): each title is a story of its own, the line their section. A minimal
synthetic reproducer of the mechanism, never the real issue's text."""

from __future__ import annotations

from digest.models import Document, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def test_a_line_introducing_linked_titles_heads_them_all() -> None:
    """The first linked title closes with a full stop outside its link, so it reads as no bold
    title; it is still the first of the run the line introduces, never that line's text."""
    body = (
        "# The night ferry returns\n\n"
        "The night ferry returns on Monday after a winter in dry dock, its owners said on Friday.\n\n"
        "First, here are three new stories from the Harbour:\n\n"
        "[Something is happening to the north quay](https://harbour.example/quay).\n\n"
        "**[The pilots' tough sell on the islands](https://harbour.example/pilots)**\n\n"
        "**[The dockers who want to run the port](https://harbour.example/dockers)**\n\n"
        "## Are We Sailing?\n\n"
        "The opening scene of the old harbour film shows a quay full of ferries that never leave.\n"
    )
    split = split_text(body)
    first = next(s for s in split.stories if s.title == "Something is happening to the north quay")
    assert first.section == "First, here are three new stories from the Harbour"
    assert not any(s.title.startswith("First, here are") for s in split.stories)
