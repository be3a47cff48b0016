"""Fenced code blocks of Markdown: the one reading of where code starts and ends.

The reader keeps markup inside a fence as printed (:func:`digest.readers._markup.outside_code`)
and the splitter makes a fence one block of its story's text (:func:`digest.split.blocks.parse_blocks`):
both ask :func:`code_fences`, so they agree on every fence.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["code_fences"]

#: A code fence's opening line, at most three spaces in (deeper, it is a list item's): three backticks or
#: tildes or more, an info string after them ("```html").
_FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})[^`]*$")


def code_fences(lines: Sequence[str]) -> dict[int, int]:
    """The fenced code blocks of a body's lines: the index of each opening line and of its closing
    line. An opening line never closed is left as text (a stray "```" in a mail must not take the rest).
    """
    fences: dict[int, int] = {}
    i = 0
    while i < len(lines):
        opening = _FENCE.match(lines[i])
        if opening is None:
            i += 1
            continue
        mark = opening[1]
        close = next(
            (
                j
                for j in range(i + 1, len(lines))
                if (s := lines[j].strip()).startswith(mark) and s == s[0] * len(s)
            ),
            None,
        )
        if close is None:
            i += 1
            continue
        fences[i] = close
        i = close + 1
    return fences
