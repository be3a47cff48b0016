"""What an e-mail's HTML printed twice, once for each layout, read once.

Some senders put every label in two versions (one shown on phones, one on desktops); turned
into text, both print, glued: "Tech TodayTech Today", a story's number "11" over "Musk pitches
...", a picture's caption as its own line and again glued to the paragraph under it ("Photo
caption. Reuters." / "Photo caption. Reuters.The story begins"). Read as printed, the doubled
labels named the sections, the numbers opened the headlines, and the caption opened the story.
A body with two labels printed twice or more says it was built that way: in such a body only,
a doubled label is printed once, a story's number glued twice to its headline goes, and a line
repeating the line above it before its own text keeps only its own text: the line above is the
picture's caption, no words of the story nor a heading of it. A label printed twice where the
headlines are printed once is a section's label ("Mixed SignalsMixed Signals" over its paragraph).
"""

from __future__ import annotations

import re

__all__ = ["read_once"]

#: A label printed twice, glued or spaced ("Tech TodayTech Today"), after marks ("↓↓"): the marks
#: as group 1, the label as group 2.
_DOUBLED = re.compile(r"^(\W*)(\S.{2,60}?)\s*\2\s*$")
#: A story's number printed twice and glued to its headline ("↓↓11Musk pitches ..."): the marks as
#: group 1, the number as group 2. The headline opens with a capital: "11am" and "55mph" are no
#: number glued twice.
_DOUBLED_NUMBER = re.compile(r"^(\W*)(\d{1,2})\2(?=[^\W\d_])(?![a-z])")
#: Fewest labels printed twice for a body to read as printing its layouts twice.
_EVIDENCE = 2
#: Fewest words of a line repeated at the start of the next for it to be a caption printed twice.
_CAPTION_WORDS = 2


def _label(line: str) -> str | None:
    """``line`` printed once when it is a label printed twice, else None."""
    m = _DOUBLED.match(line.strip())
    return None if m is None or not any(c.isalpha() for c in m[2]) else m[1] + m[2].strip()


def read_once(lines: list[str]) -> tuple[list[str], frozenset[int], frozenset[int]]:
    """``lines`` with what was printed twice printed once (see the module docstring), the indices of
    the lines that are a picture's caption (each printed again, glued to the text of the line under
    it) and those of the labels printed twice. A body with fewer than two labels printed twice is
    returned as it is."""
    labels = [_label(line) for line in lines]
    if sum(label is not None for label in labels) < _EVIDENCE:
        return lines, frozenset(), frozenset()
    out: list[str] = []
    found: set[int] = set()
    for line, label in zip(lines, labels, strict=True):
        text = label if label is not None else _DOUBLED_NUMBER.sub(r"\1", line.strip())
        previous = out[-1].strip() if out else ""
        if (
            len(previous.split()) >= _CAPTION_WORDS
            and text.startswith(previous)
            and len(text) > len(previous)
        ):
            text = text[len(previous) :].strip()  # a caption printed again, glued to the text under it
            found.add(len(out) - 1)
        out.append(text if text != line.strip() else line)
    return out, frozenset(found), frozenset(i for i, label in enumerate(labels) if label is not None)
