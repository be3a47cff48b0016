"""The data model: what was read, what was kept, and what was dropped.

Models hold data only; behaviour lives in the stage modules. Change a model
with :func:`attrs.evolve`.
"""

from __future__ import annotations

import datetime as dt
import enum

from attrs import field, frozen


class Format(enum.StrEnum):
    """The container an edition was read from."""

    TEXT = "text"
    MARKDOWN = "markdown"
    HTML = "html"
    EML = "eml"
    MBOX = "mbox"
    MAILDIR = "maildir"
    RSS = "rss"
    ATOM = "atom"
    JSONL = "jsonl"
    IMAP = "imap"


@frozen
class Edition:
    """One newsletter issue as read: a file, a message in a mailbox, a feed entry.

    ``position`` tells editions from one container apart (the third message of
    an mbox, the second entry of a feed); it is 0 for single-edition files.
    """

    path: str
    format: Format
    source: str | None = None
    date: dt.date | None = None
    title: str | None = None
    url: str | None = None
    position: int = 0


@frozen
class Document:
    """An edition's body, normalised to light Markdown for the splitter.

    Every reader turns its format into the same shape: ``#`` headings, blank
    lines between paragraphs, ``- `` bullets, ``**bold**`` and
    ``[text](url)`` links. ``single_story`` marks a feed entry that is one
    story (its ``title`` and ``url`` are the story's) rather than an edition
    to split.
    """

    edition: Edition
    body: str
    single_story: bool = False
    #: Extra source-specific boilerplate patterns (regular expressions).
    boilerplate: tuple[str, ...] = ()


@frozen
class Story:
    """One news item: what the rest of the pipeline clusters and merges.

    ``id`` is stable: derived from the edition's origin and the story's
    content, or taken as given from JSON Lines input.
    """

    id: str
    title: str
    text: str
    source: str
    path: str
    url: str | None = None
    section: str | None = None
    date: dt.date | None = None
    position: int = 0
    edition_date: dt.date | None = None
    format: Format = Format.TEXT
    #: Every link found in the story, canonical form, in order of appearance.
    links: tuple[str, ...] = field(default=())


class DropReason(enum.StrEnum):
    """Why something read is not a story in the digest."""

    SPONSOR = "sponsor"
    POLL = "poll"
    PROMOTION = "promotion"  # subscribe / referral / share / app-download prompts
    JOBS = "jobs"
    AFFILIATE = "affiliate"
    FOOTER = "footer"
    NAVIGATION = "navigation"  # menus, tables of contents, teaser lists
    BOILERPLATE = "boilerplate"  # greetings, bylines, reading times, other chrome
    EMPTY = "empty"
    UNREADABLE = "unreadable"
    OUTSIDE_WINDOW = "outside-window"
    DUPLICATE = "duplicate"
    ALREADY_PUBLISHED = "already-published"


@frozen
class Dropped:
    """A ledger entry: something read that is not kept as a story, and why.

    ``text`` is the dropped content itself (truncated for very long blocks),
    so a reader of the ledger can check the decision.
    """

    path: str
    reason: DropReason
    detail: str
    text: str = ""
    source: str | None = None
    position: int = 0
    story_id: str | None = None

    @classmethod
    def of_story(cls, story: Story, reason: DropReason, detail: str) -> Dropped:
        """The ledger entry of a whole story left out (a duplicate, outside the window...)."""
        return cls(
            path=story.path,
            reason=reason,
            detail=detail,
            text=story.title,
            source=story.source,
            position=story.position,
            story_id=story.id,
        )
