"""An edition that is only its post's title and its link: the post is told as a headline."""

from __future__ import annotations

from pathlib import Path

from digest.models import Document, DropReason, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document

_PREVIEW = (
    "---\n"
    "newsletter: harbor-letters\n"
    'newsletter_name: "Harbor Letters"\n'
    'subject: "Sahel at the Brink: How a Realignment Fed an Insurgency"\n'
    "date: Mon, 27 Apr 2026 09:32:04 +0000\n"
    "{url}"
    "---\n\n"
    "# Sahel at the Brink: How a Realignment Fed an Insurgency\n\n"
    "**From:** Harbor Letters <letters@harbor.example>\n"
    "**Date:** Mon, 27 Apr 2026 09:32:04 +0000\n\n"
    "---\n\n"
    "{view}"
    "Unsubscribe https://harbor.example/action/disable_email?token=abc123\n"
)


def _split(tmp_path: Path, text: str) -> Split:
    path = tmp_path / "harbor-letters-2026-04-27-sahel.md"
    path.write_text(text, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def test_a_post_sent_as_its_title_and_link_is_told_as_a_headline(tmp_path: Path) -> None:
    """A long post reaches the reader as its title over "View this post on the web": its title
    heading has nothing under it, but the edition names one post and links it."""
    address = 'url: "https://harbor.example/p/sahel-at-the-brink"\n'
    split = _split(tmp_path, _PREVIEW.format(url=address, view=""))
    (story,) = split.stories
    assert story.title == "Sahel at the Brink: How a Realignment Fed an Insurgency"
    assert story.url == "https://harbor.example/p/sahel-at-the-brink"
    assert story.text == ""
    assert story.source == "Harbor Letters"
    assert not any(d.reason is DropReason.EMPTY for d in split.dropped)


def test_the_post_s_address_may_be_the_line_giving_its_web_version(tmp_path: Path) -> None:
    """An e-mail with no address for the edition prints it: "View this post on the web at ..."."""
    view = "View this post on the web at https://harbor.example/p/sahel-at-the-brink\n\n"
    (story,) = _split(tmp_path, _PREVIEW.format(url="", view=view)).stories
    assert story.url == "https://harbor.example/p/sahel-at-the-brink"


def test_an_edition_without_a_link_to_its_post_keeps_its_empty_heading(tmp_path: Path) -> None:
    """With no address for the post, the title alone is a notice's subject, not a story to link."""
    split = _split(tmp_path, _PREVIEW.format(url="", view=""))
    assert split.stories == ()
    assert any(d.reason is DropReason.EMPTY for d in split.dropped)
