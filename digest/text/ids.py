"""Stable identifiers derived from content and origin."""

from __future__ import annotations

import hashlib
import unicodedata


def story_id(*parts: str | None) -> str:
    """A 16-hex-digit id for the parts given (origin first, then content).

    Whitespace and Unicode normalisation do not change the id, so the same
    story read from an ``.eml`` and from an mbox export gets the same id.
    """
    h = hashlib.blake2b(digest_size=8)
    for part in parts:
        norm = " ".join(unicodedata.normalize("NFKC", part or "").split()).casefold()
        h.update(norm.encode("utf-8"))
        h.update(b"\x1f")
    return h.hexdigest()
