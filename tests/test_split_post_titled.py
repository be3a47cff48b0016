"""A post's title heading over the sender's lines titles the essay below it."""

from __future__ import annotations

from pathlib import Path

from digest.models import Document, DropReason, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document

_POST = (
    "---\n"
    "newsletter: harbor-letters\n"
    'newsletter_name: "Harbor Letters"\n'
    'subject: "{subject}"\n'
    "date: Mon, 27 Apr 2026 09:32:04 +0000\n"
    "---\n\n"
    "# {heading}\n\n"
    "**From:** Harbor Letters <letters@harbor.example>\n"
    "**Date:** Mon, 27 Apr 2026 09:32:04 +0000\n\n"
    "---\n\n"
    "{view}"
    "On Saturday evening the harbour board voted to close the northern quay for a season of repairs.\n"
    "The decision surprised the fishing crews, who had been told the work would wait until autumn.\n"
    "Several captains said they would move their boats to the southern basin within the week.\n"
    "What the closure means for the town\n"
    "Trade at the fish market has already slowed, and the cafés along the quay expect fewer visitors.\n"
    "The board promised a report on the cost of the repairs before the next council meeting.\n\n"
    "Unsubscribe https://harbor.example/action/disable_email?token=abc123\n"
)
_VIEW = "View this post on the web at https://harbor.example/p/quay-closed\n\n"


def _split(tmp_path: Path, text: str) -> Split:
    path = tmp_path / "harbor-letters-2026-04-27-quay.md"
    path.write_text(text, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def test_the_post_s_title_heading_titles_its_untitled_opening(tmp_path: Path) -> None:
    """The heading, cut from the body by the sender's lines, is the essay's title, not an empty
    headline in the ledger with the essay titled by its first sentence."""
    text = _POST.format(subject="The Quay Closes", heading="The Quay Closes", view=_VIEW)
    split = _split(tmp_path, text)
    first = split.stories[0]
    assert first.title == "The Quay Closes"
    assert first.url == "https://harbor.example/p/quay-closed"
    assert first.text.startswith("On Saturday evening the harbour board voted")
    assert not any(d.reason is DropReason.EMPTY for d in split.dropped)


def test_a_title_in_quotation_marks_is_the_subject_s(tmp_path: Path) -> None:
    """A heading printed in quotation marks ("'The Quay Closes'") is the subject printed without them."""
    text = _POST.format(subject="The Quay Closes", heading="'The Quay Closes'", view=_VIEW)
    assert _split(tmp_path, text).stories[0].title == "'The Quay Closes'"


def test_without_the_post_s_address_the_heading_stays_in_the_ledger(tmp_path: Path) -> None:
    """With no address for a post, the subject may name only the first of a briefing's items."""
    text = _POST.format(subject="The Quay Closes", heading="The Quay Closes", view="")
    split = _split(tmp_path, text)
    assert split.stories[0].title != "The Quay Closes"
    assert any(d.reason is DropReason.EMPTY and d.text == "The Quay Closes" for d in split.dropped)


def test_a_heading_other_than_the_subject_titles_nothing(tmp_path: Path) -> None:
    """A first heading that is not the edition's title is no title of the essay below it."""
    text = _POST.format(subject="Harbor Letters, week 17", heading="In this issue", view=_VIEW)
    split = _split(tmp_path, text)
    assert split.stories[0].title != "In this issue"


def test_a_first_item_opening_with_its_own_title_line_keeps_it(tmp_path: Path) -> None:
    """A briefing whose subject names its lead piece opens with another item under a line of its
    own ("But first: The quay and the storm."): that line titles the item, not the subject."""
    text = _POST.format(subject="The Quay Closes", heading="The Quay Closes", view=_VIEW).replace(
        "On Saturday evening", "But first: The quay and the storm.\n\nOn Saturday evening", 1
    )
    split = _split(tmp_path, text)
    assert split.stories[0].title == "But first: The quay and the storm"
