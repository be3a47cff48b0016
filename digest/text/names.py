"""Names of publications: what a source name stands for across its editions."""

from __future__ import annotations

import re

__all__ = ["publication"]

_DATE_IN_NAME = re.compile(
    r"[\s_.-]*(?:(?:19|20)\d{2}[-_./]?\d{2}[-_./]?\d{2}|\d{1,2}[-_./]\d{1,2}[-_./](?:19|20)\d{2})\b"
)


def publication(source: str) -> str:
    """The publication a source name stands for: the name without the dates of its editions."""
    name = _DATE_IN_NAME.sub("", source).strip(" -_.")
    return name or source
