"""Links of plain-text emails printed as text followed by its address in angle brackets.

A mail client or sender that writes the text part of an HTML newsletter keeps each link as its
text and then its address: ``Headline of the story <https://...>``; a long line is wrapped, so the
address may open the next line. In Markdown ``<https://...>`` is an autolink whose text is the
address itself, which leaves the headline without its link and the address among the words.

When a text prints its links so three times or more, each is written as a Markdown link here:

- on a line that opens a block (after a blank line or a line ending in a link) and ends in the
  address, and on a list item, the first address takes the line's words before it as its text:
  ``[Headline](url)``, ``* [Name](url) for ...``;
- any other address, inside running text, takes the word before it: ``since [2019](url)``, so the
  sentence reads as printed;

An address alone on its line (a card's picture, a button, or a headline's address wrapped under
it, which the splitter reads as the headline's) and an address after no word are left as they are.
"""

from __future__ import annotations

import re

from digest.text.fences import code_fences

__all__ = ["angled_links"]

#: An address in angle brackets (the pattern's text, for the patterns below).
_ADDRESS = r"<(?P<url>https?://[^\s<>]+)>"
#: What may close a line after its address: a sentence's mark or a closing quote.
_CLOSING = r"[ \t]*[.,;:!?”\"’')]*[ \t]*"
_ANGLED = re.compile(_ADDRESS, re.IGNORECASE)
#: An address after a word: the link's text was printed before it.
_AFTER_WORD = re.compile(rf"\S[ \t]+{_ADDRESS}", re.IGNORECASE)
#: A line ending in an address.
_ENDS_IN_ADDRESS = re.compile(rf"{_ADDRESS}[ \t]*$", re.IGNORECASE)
#: What follows a headline's address on its line: closing marks only.
_ONLY_CLOSING = re.compile(_CLOSING)
#: Fewest addresses after words that show a text printing its links this way.
_EVIDENCE = 3
#: A line that is one address and perhaps a closing mark.
_ALONE = re.compile(rf"^[ \t]*{_ADDRESS}{_CLOSING}$", re.IGNORECASE)
#: A list item's marker.
_ITEM = re.compile(r"^(?P<marker>[ \t]*(?:[*+-]|\d{1,3}[.)])[ \t]+)")
#: Most words a line's text may have to be a link's text (a headline, not a paragraph).
_MAX_WORDS = 20
#: The word before an address inside running text: a token holding a letter or digit. Tried at the
#: start of a token only, and the token taken whole (possessive: never given back), so a long
#: token costs time in its length, not its square.
_WORD_BEFORE = re.compile(
    rf"(?<![^\s\[\]()<>])(?=[^\s\[\]()<>]*?[^\W_])(?P<word>[^\s\[\]()<>]++)[ \t]+{_ADDRESS}"
)


def _opens_block(prev: str | None, line: str) -> bool:
    if _ITEM.match(line):
        return True
    if prev is None or not prev.strip():
        return True
    return _ENDS_IN_ADDRESS.search(prev) is not None or _ALONE.match(prev) is not None


def _headline(line: str) -> str | None:
    """``line`` with its first address made the link of the words before it, if they are a headline."""
    first = _ANGLED.search(line)
    item = _ITEM.match(line)
    if first is None or not (item or _ONLY_CLOSING.fullmatch(line[first.end() :])):
        return None
    start = item.end() if item else len(line) - len(line.lstrip())
    words = line[start : first.start()].strip()
    if not words or not 1 <= len(words.split()) <= _MAX_WORDS or "](" in words or not re.search(r"\w", words):
        return None
    return f"{line[:start]}[{words}]({first['url']}){_linked(line[first.end() :])}"


def _linked(line: str) -> str:
    return _WORD_BEFORE.sub(lambda m: f"[{m['word']}]({m['url']})", line)


def _code_lines(lines: list[str]) -> set[int]:
    return {k for opening, closing in code_fences(lines).items() for k in range(opening, closing + 1)}


def angled_links(text: str) -> str:
    """``text`` with addresses printed after their link's text written as Markdown links."""
    if text.count("<http") + text.count("<HTTP") < _EVIDENCE or len(_AFTER_WORD.findall(text)) < _EVIDENCE:
        return text
    lines = text.split("\n")
    code = _code_lines(lines)
    out: list[str] = []
    for k, line in enumerate(lines):
        prev = lines[k - 1] if k else None
        if k in code:
            out.append(line)
            continue
        headline = _headline(line) if _opens_block(prev, line) else None
        out.append(headline if headline is not None else _linked(line))
    return "\n".join(out)
