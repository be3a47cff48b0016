"""Links of plain-text emails printed as text followed by its address in angle brackets.

A mail client or sender that writes the text part of an HTML newsletter keeps each link as its
text and then its address: ``Headline of the story <https://...>``; a long line is wrapped, so the
address may open the next line. In Markdown ``<https://...>`` is an autolink whose text is the
address itself, which leaves the headline without its link and the address among the words.

When a text prints its links so three times or more, each is written as a Markdown link here:

- on a line that opens a block (after a blank line, a rule line or a line ending in a link) and ends in the
  address, and on a list item, the first address takes the line's words before it as its text:
  ``[Headline](url)``, ``* [Name](url) for ...``;
- any other address, inside running text, takes the word before it: ``since [2019](url)``, so the
  sentence reads as printed;

An address alone on its line (a card's picture, a button, or a headline's address wrapped under
it, which the splitter reads as the headline's) and an address after no word are left as they are.

Other senders print the address in other brackets the same way: in parentheses padded with spaces
(``Headline ( https://... )``, Cooper Press's weeklies) or with the address on a line of its own
between them (``Headline (\nhttps://...\n)``, a hard-wrapped text part) or in square brackets (``Headline
[https://...]``, Ghost's text part). When a text prints three addresses or more in one of those
brackets, they are read as the angle brackets are (a Markdown link's text that is an address,
``[https://...](https://...)``, and a definition ``[https://...]: ...`` are not such brackets).
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
#: Padding inside a bracket: spaces, or a line break the address was printed between (with spaces).
_PAD = r"(?:[ \t]+|[ \t]*\n[ \t]*)"
#: An address in parentheses padded with spaces or printed on a line of its own between them:
#: ``( https://... )``, ``(\nhttps://...\n)``.
_PADDED = re.compile(rf"\({_PAD}(?P<url>https?://[^\s<>]+){_PAD}\)", re.IGNORECASE)
#: An address in square brackets that no Markdown link or definition holds: ``[https://...]``.
_SQUARE = re.compile(r"(?<![\]\\])\[(?P<url>https?://[^\s<>\[\]]+)\](?![(\[:])", re.IGNORECASE)
#: An address opening a line.
_OPENS_LINE = re.compile(rf"[ \t]*{_ADDRESS}", re.IGNORECASE)
#: A rule line (``-----``, ``=====``, ``* * *``): what a text part prints over and under a heading.
_RULE = re.compile(r"^[ \t]*([-=*_])(?:[ \t]*\1){2,}[ \t]*$")
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


#: A line opening as the rest of a sentence: with a mark no sentence opens with (", while ...",
#: "” help ...", "; then", ". The ...") or with a lower-case word (" administration officials. ...").
_GOES_ON = re.compile(r"^[ \t]*(?:[,;)”]|[.:](?:[ \t]|$)|[a-z])")


def _opens_block(prev: str | None, line: str) -> bool:
    if _ITEM.match(line):
        return True
    if prev is None or not prev.strip() or _RULE.match(prev):
        return True
    if _GOES_ON.match(line) and _AFTER_WORD.search(prev):
        return False  # the sentence a link above was cut from goes on: running text, no headline
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


def _rejoin_wrapped(lines: list[str]) -> list[str]:
    """``lines`` with each line opening with an address, words after it, joined to the line it was
    wrapped from.

    ``Headline \\n<url> — The text`` becomes ``Headline <url> — The text``: the address follows
    the words it links, as if the line had not been wrapped. An address alone on its line is joined
    only under a line ending in a space, the wrapper's mark of a line going on (``Headline \\n<url>\\n
    — The text``); another is left where it is (the splitter reads it as its headline's), and so is
    a line of code.
    """
    code = _code_lines(lines)
    out: list[str] = []
    for k, line in enumerate(lines):
        # An address alone on its line, the sentence going on under it (", who ..."), was cut out of
        # that sentence, even with no space left at the end of the line above, or a line of spaces
        # between ("... criminal organizations" / " " / "<https://...>" / ", who oversaw ...").
        cut_out = (
            _ALONE.match(line) is not None and k + 1 < len(lines) and _GOES_ON.match(lines[k + 1]) is not None
        )
        if cut_out and len(out) > 1 and out[-1] and not out[-1].strip() and _joinable(out[-2]):
            out.pop()
        prev = out[-1] if out else ""
        wrapped = _OPENS_LINE.match(line) and (not _ALONE.match(line) or prev[-1:] in (" ", "\t") or cut_out)
        if wrapped and {k, k - 1}.isdisjoint(code) and _joinable(prev):
            out[-1] = f"{prev.rstrip()} {line.lstrip()}"
        else:
            out.append(line)
    return out


def _joinable(line: str) -> bool:
    """Whether an address on the next line may be joined to ``line``: it has words and ends in none."""
    return re.search(r"\w", line) is not None and not (_ENDS_IN_ADDRESS.search(line) or _ALONE.match(line))


def _code_lines(lines: list[str]) -> set[int]:
    return {k for opening, closing in code_fences(lines).items() for k in range(opening, closing + 1)}


def _as_angled(text: str) -> str:
    """``text`` with addresses in other brackets, printed three times or more, in angle brackets."""
    for pattern in (_PADDED, _SQUARE):
        if len(pattern.findall(text)) >= _EVIDENCE:
            text = pattern.sub(lambda m: f"<{m['url']}>", text)
    return text


#: An address opening a line, glued to the words after it: ``<https://...>Read this newsletter on ...``.
_GLUED_OPENING = re.compile(rf"^(?P<address>[ \t]*{_ADDRESS})(?=[A-Z])")


def _part_glued_openings(lines: list[str]) -> list[str]:
    """``lines`` with an address opening a line glued to a capitalised word after it set on a line of
    its own: the address links what was printed before it (a button, a picture), never the line's
    words, which the conversion glued to it where its line break was lost."""
    out: list[str] = []
    for line in lines:
        found = _GLUED_OPENING.match(line)
        out.extend((found["address"], line[found.end() :]) if found else (line,))
    return out


def angled_links(text: str) -> str:
    """``text`` with addresses printed after their link's text written as Markdown links."""
    if "http" not in text:
        return text
    text = _as_angled(text)
    if text.count("<http") + text.count("<HTTP") < _EVIDENCE:
        return text
    lines = _rejoin_wrapped(_part_glued_openings(text.split("\n")))
    if len(_AFTER_WORD.findall("\n".join(lines))) < _EVIDENCE:
        return text
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
