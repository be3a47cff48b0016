"""Every item leaving the readers is cleaned the same way, whatever its format.

Terminal control characters (ESC sequences, BEL, C1) from headers, feeds and JSON
Lines never reach the digest, the ledger or a terminal; one-line fields (titles,
sources, sections, paths) hold no line breaks.
"""

from __future__ import annotations

from attrs import evolve

from digest.models import Document, Dropped, Story
from digest.readers._decode import strip_controls

__all__ = ["cleaned"]


def _line(text: str | None) -> str | None:
    if text is None:
        return None
    return " ".join(strip_controls(text).split())


def cleaned(item: Document | Story | Dropped) -> Document | Story | Dropped:
    """``item`` with control characters stripped and one-line fields on one line."""
    if isinstance(item, Document):
        edition = item.edition
        edition = evolve(
            edition, path=_line(edition.path) or "", source=_line(edition.source), title=_line(edition.title)
        )
        return evolve(item, edition=edition, body=strip_controls(item.body))
    if isinstance(item, Story):
        return evolve(
            item,
            title=_line(item.title) or "",
            text=strip_controls(item.text),
            source=_line(item.source) or "",
            path=_line(item.path) or "",
            section=_line(item.section),
        )
    return evolve(
        item, path=_line(item.path) or "", detail=_line(item.detail) or "", text=strip_controls(item.text)
    )
