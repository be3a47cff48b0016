"""What an e-mail's HTML printed twice, once for each layout, read once.

Some senders put every label in two versions (one shown on phones, one on desktops); turned
into text, both print, glued: "Tech TodayTech Today", a story's number "11" over "Musk pitches
...", a picture's caption as its own line and again glued to the paragraph under it ("Photo
caption. Reuters." / "Photo caption. Reuters.The story begins"). Read as printed, the doubled
labels named the sections, the numbers opened the headlines, and the caption opened the story.
A body with two labels printed twice or more says it was built that way: in such a body only,
a doubled label is printed once, a story's number glued twice to its headline goes (with the
kicker printed once before it: "Semafor Exclusive11What's next ..."), and a line
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
#: A label printed twice and glued to the text after it ("↓↓One Good PhotoOne Good PhotoKing Charles
#: ...", "ViewsViewsDebatable: ..."): the marks as group 1, the label as group 2; the text opens with
#: a capital, a digit or an opening quote. Few marks and a label of at most 60 characters: linear.
_DOUBLED_OPENING = re.compile(r"^(\W{0,8})(\S.{2,60}?)\2(?=[A-Z0-9“\"‘])")
#: A story's number printed twice and glued to its headline ("↓↓11Musk pitches ..."), maybe after its
#: kicker printed once and glued to the number ("↓↓Semafor Exclusive11What's next for ..."): the marks
#: as group 1, the number as group 2. The headline opens with a capital, maybe after an opening quote
#: ("↓↓88‘Climateflation’ becomes detectable"): "11am" and "55mph" are no number glued twice; a kicker
#: is words with no digit, ending in a letter glued to the number.
_DOUBLED_NUMBER = re.compile(
    r"^(\W*)(?:[^\W\d_](?:[^\d\n]{0,40}?[^\W\d_])?)?(?P<number>\d{1,2})(?P=number)"
    r"(?=[‘“\"']?[^\W\d_])(?![‘“\"']?[a-z])"
)
#: Fewest labels printed twice for a body to read as printing its layouts twice.
_EVIDENCE = 2
#: Fewest words of a line repeated at the start of the next for it to be a caption printed twice.
_CAPTION_WORDS = 2
#: Fewest characters of a caption of one word ("Stringer/Reuters") printed again with the text under
#: it glued to its end ("Stringer/ReutersA coordinated wave ...").
_CAPTION_CHARS = 8


#: Lines read once, and the indices of the captions, the labels printed twice and the numbered headlines.
_ReadOnce = tuple[list[str], frozenset[int], frozenset[int], frozenset[int]]


def _label(line: str) -> str | None:
    """``line`` printed once when it is a label printed twice, else None."""
    m = _DOUBLED.match(line.strip())
    return None if m is None or not any(c.isalpha() for c in m[2]) else m[1] + m[2].strip()


def _glued_label(line: str) -> tuple[str, str] | None:
    """``line`` opening with a label printed twice and glued to its text, as the label printed once
    and the text; else None."""
    m = _DOUBLED_OPENING.match(line.strip())
    if m is None or not any(c.isalpha() for c in m[2]):
        return None
    return m[1] + m[2], line.strip()[m.end() :]


def _caption_again(previous: str, text: str) -> bool:
    """Whether ``text`` opens with the line above it, ``previous``, printed again: a caption of two
    words or more, or of one long word ("Stringer/Reuters") with the text glued to its end."""
    if not text.startswith(previous) or len(text) <= len(previous):
        return False
    if len(previous.split()) >= _CAPTION_WORDS:
        return True
    return len(previous) >= _CAPTION_CHARS and text[len(previous)].isupper()


def _credits_glued_again(lines: list[str]) -> _ReadOnce:
    """In any body: a line of two words or more printed again at the start of the next one, glued with
    no space to that line's capitalised text ("Leonhard Foeger/File Photo/Reuters" over "Leonhard
    Foeger/File Photo/ReutersThe UAE's announcement ..."): the picture's credit, its line a caption,
    the paragraph opening with its own words. Lines printed twice apart, with a space, are left."""
    out = list(lines)
    found: set[int] = set()
    for at in range(1, len(lines)):
        previous, text = lines[at - 1].strip(), lines[at].strip()
        glued = len(text) > len(previous) and text.startswith(previous) and text[len(previous)].isupper()
        if previous and glued and len(previous.split()) >= _CAPTION_WORDS:
            out[at] = text[len(previous) :]
            found.add(at - 1)
    return out, frozenset(found), frozenset(), frozenset()


def read_once(lines: list[str]) -> _ReadOnce:
    """``lines`` with what was printed twice printed once (see the module docstring), the indices of
    the lines that are a picture's caption (each printed again, glued to the text of the line under
    it), those of the labels printed twice and those of the headlines that had their number glued
    twice. A body with fewer than two labels printed twice is returned as it is."""
    labels = [_label(line) for line in lines]
    if sum(label is not None for label in labels) < _EVIDENCE:
        return _credits_glued_again(lines)
    out: list[str] = []
    found: set[int] = set()
    numbered: set[int] = set()
    doubled: set[int] = set()
    for printed, label in zip(lines, labels, strict=True):
        text, line = label, printed
        if text is None and (glued := _glued_label(printed)) is not None:
            doubled.add(len(out))
            out.append(glued[0])  # the label on a line of its own, over the text glued to it
            line = glued[1]
        if text is not None:
            doubled.add(len(out))
        else:
            text = _DOUBLED_NUMBER.sub(r"\1", line.strip())
            if text != line.strip():
                numbered.add(len(out))
        previous = out[-1].strip() if out else ""
        if previous and _caption_again(previous, text):
            text = text[len(previous) :].strip()  # a caption printed again, glued to the text under it
            found.add(len(out) - 1)
        out.append(text if text != line.strip() else line)
    return out, frozenset(found), frozenset(doubled), frozenset(numbered)
