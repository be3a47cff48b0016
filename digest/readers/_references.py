"""Reference-style links written out inline, so the splitter sees ``[text](url)`` wherever a link is.

Two ways of keeping URLs out of the text are common in newsletters:

- Markdown reference links (CommonMark): ``[Headline][1]``, ``[Headline][]`` or ``[Headline]``,
  with definitions ``[1]: https://...`` anywhere (html2text and pandoc write these);
- numbered link lists of plain-text emails: a headline or sentence ending ``[3]``, and at the
  end ``Links:`` with ``[3] https://...`` lines (TLDR's text part, lynx dumps);
- addresses printed after the link's text in angle brackets: ``Headline <https://...>``
  (:mod:`digest.readers._angled`).

A definition line is taken out of the text once the link is written inline; a label that is not
defined is left as it is (``[1]`` may be a footnote of another kind).
"""

from __future__ import annotations

import re

from digest.readers._angled import angled_links

__all__ = ["inline_references"]

#: ``[label]: url "title"`` (up to three spaces before it, the URL optionally in angle brackets).
_DEFINITION = re.compile(
    r"^ {0,3}\[(?P<label>[^\]\n]{1,80})\]:[ \t]*<?(?P<url>(?:https?://|mailto:|www\.)[^\s>]+)>?"
    r"(?:[ \t]+(?:\"[^\"\n]*\"|'[^'\n]*'|\([^)\n]*\)))?[ \t]*$",
    re.MULTILINE,
)
#: ``[3] https://...`` alone on its line: a plain-text email's numbered link list.
_NUMBERED = re.compile(r"^[ \t]*\[(?P<label>\d{1,4})\][ \t]+(?P<url>https?://\S+)[ \t]*$", re.MULTILINE)
#: The two kinds of definition with their line's end, to take the line out.
_DEFINITION_LINE = re.compile(_DEFINITION.pattern + r"\n?", re.MULTILINE)
_NUMBERED_LINE = re.compile(_NUMBERED.pattern + r"\n?", re.MULTILINE)
#: ``[text][label]`` and ``[text][]`` (the text is the label).
_FULL = re.compile(r"\[(?P<text>[^\]\n]+)\]\[(?P<label>[^\]\n]*)\]")
#: ``[label]`` alone, not a link or a definition already: a shortcut reference.
_SHORTCUT = re.compile(r"(?<![\]\\])\[(?P<label>[^\]\n]+)\](?![\[(:])")
#: A line that ends with a numbered marker (and perhaps a stop): ``Headline (3 minute read) [1]``.
_MARKED_LINE = re.compile(
    r"^(?P<text>[^\n]*?\S)[ \t]*\[(?P<label>\d{1,4})\](?P<end>[.!?]?)[ \t]*$", re.MULTILINE
)
#: Longest line, in words, that a trailing marker turns into a link (a headline, not a paragraph).
_MARKED_WORDS = 20
#: A numbered marker inside running text.
_MARKER = re.compile(r"[ \t]?\[(?P<label>\d{1,4})\]")


def _key(label: str) -> str:
    return " ".join(label.split()).casefold()


def inline_references(text: str) -> str:
    """``text`` with every defined reference link written inline and its definitions taken out."""
    text = angled_links(text)
    if "]" not in text:
        return text
    markdown = {_key(m["label"]): m["url"] for m in _DEFINITION.finditer(text)}
    numbered = {m["label"]: m["url"] for m in _NUMBERED.finditer(text)}
    if markdown:
        text = _inline_markdown(text, markdown)
    if numbered:
        text = _inline_numbered(text, numbered)
    return text


def _inline_markdown(text: str, urls: dict[str, str]) -> str:
    text = _DEFINITION_LINE.sub(lambda m: "" if _key(m["label"]) in urls else m[0], text)

    def full(match: re.Match[str]) -> str:
        url = urls.get(_key(match["label"] or match["text"]))
        return f"[{match['text']}]({url})" if url else match[0]

    def shortcut(match: re.Match[str]) -> str:
        url = urls.get(_key(match["label"]))
        return f"[{match['label']}]({url})" if url else match[0]

    text = _FULL.sub(full, text)
    return _SHORTCUT.sub(shortcut, text)


def _inline_numbered(text: str, urls: dict[str, str]) -> str:
    text = _NUMBERED_LINE.sub("", text)

    def line(match: re.Match[str]) -> str:
        url = urls.get(match["label"])
        words = len(match["text"].split())
        if url is None or words > _MARKED_WORDS or "](" in match["text"]:
            return match[0]
        return f"[{match['text']}]({url}){match['end']}"

    text = _MARKED_LINE.sub(line, text)
    # Markers left in running text name a link the text cannot carry: said once, at the list.
    return _MARKER.sub(lambda m: "" if m["label"] in urls else m[0], text)
