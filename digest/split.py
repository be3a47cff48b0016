"""Split an edition's body into stories, sending boilerplate to the ledger.

(Interface fixed; implementation in progress.)
"""

from __future__ import annotations

from attrs import frozen

from digest.models import Document, Dropped, Story
from digest.settings import ReadSettings


@frozen
class Split:
    """What one document gave: its stories in order, and the ledger of the rest."""

    stories: tuple[Story, ...]
    dropped: tuple[Dropped, ...]


def split_document(document: Document, settings: ReadSettings) -> Split:
    """Split ``document`` into stories; every block is either in a story or dropped."""
    raise NotImplementedError
