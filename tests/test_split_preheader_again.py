"""An edition that opens with its preheader, a line of teasers, and prints that line again under its
first headline, as the headline's dek: the copy is the preheader's, no headline of its own. Each test
is a minimal synthetic reproducer of one mechanism, in the structure of the real issue, never its
text."""

from __future__ import annotations

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.splitter import split_document

TEASERS = "Plus, the cost of ferries, the harbour's next era, and the pilots start early"


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def test_the_preheader_printed_again_under_a_headline_is_no_headline() -> None:
    """The preheader's teasers printed again under the first headline, over its byline and its
    paragraphs: the headline keeps its story, and the copy goes to the ledger with the preheader."""
    body = (
        f"{TEASERS}\n\n"
        "When the Night Ferry Stops\n\n"
        f"{TEASERS}\n\n"
        "By Ada Moro\n\n"
        "This is an edition of the Harbour Weekend newsletter, a weekly look at our longest stories.\n\n"
        "For the pilots of the north quay, the first signs of trouble showed up in the timetable.\n\n"
        "Leading Off\n\n"
        "Till Tides Do Us Part\n\n"
        "Money, when its misuse is constant or hidden, often sinks a harbour's finances.\n"
    )
    split = split_text(body)
    first = split.stories[0]
    assert first.title == "When the Night Ferry Stops"
    assert first.text.startswith("This is an edition of the Harbour Weekend newsletter")
    assert not any(s.title.startswith("Plus,") for s in split.stories)
    copies = [d for d in split.dropped if d.text == TEASERS]
    assert len(copies) == 2
    assert all(d.reason is DropReason.NAVIGATION for d in copies)


def test_an_untitled_essay_under_the_linked_copy_links_the_post_not_its_first_link() -> None:
    """The teasers' copy linking the post, over the byline and an essay with no headline: the copy goes
    to the ledger, and the essay keeps the post's page as its link, not the first link of its text."""
    body = (
        f"{TEASERS}\n\n"
        "Harbour Wars\n\n"
        f"[{TEASERS}](https://harbour.example/weekend/harbour-wars)\n\n"
        "by [Ada Moro](https://harbour.example/@ada)\n\n"
        "The night ferry is back, and the harbour's newest boat has it all. It is fast enough to take "
        "every morning and steady enough to carry a full deck through a winter storm. If you missed "
        "[our review of the old ferry](https://harbour.example/reviews/old-ferry), start there.\n\n"
        "But how will that shift the balance between the two quays? That may be a question of "
        "timetables as much as of boats, and the pilots are already arguing about it.\n"
    )
    split = split_text(body)
    essay = next(s for s in split.stories if s.text.startswith("The night ferry is back"))
    assert essay.url == "https://harbour.example/weekend/harbour-wars"
