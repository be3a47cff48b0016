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
#: What may follow a title's marker on its line: nothing, or a separator and more (``-- comments [4]``).
_AFTER_TITLE = re.compile(r"[ \t]*(?:(?:--?|[–—|·•])(?:[ \t].*)?)?$")
#: A title's line ending in a separator, what it separates wrapped to the next line.
_SEPARATOR_ONLY = re.compile(r"[ \t]*(?:--?|[–—|·•])[ \t]*$")
#: A second link after a title, set apart by a separator: ``-- _comments_ [4]`` (the discussion).
_SIDE_LINK = re.compile(
    r"^[ \t]*(?:--?|[–—|·•])[ \t]*[_*]*(?P<label>[^\W\d_][\w ]{0,24}?)[_*]*[ \t]*\[(?P<n>\d{1,4})\][ \t]*$"
)
#: A numbered marker alone on its line, where a wrap cut it from the words it follows.
_ONLY_MARKER = re.compile(r"^[ \t]*\[\d{1,4}\][ \t]*$")
#: A numbered marker, the first of a line.
_FIRST_MARKER = re.compile(r"\[(?P<label>\d{1,4})\]")
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


def _wrapped_titles(text: str, urls: dict[str, str]) -> str:
    """``text`` with each paragraph that opens with a title, wrapped or followed by more on its line,
    and then a marker written as the title's link.

    A numbered list of links prints ``Title (site.com) [3] -- comments [4]``, the line wrapped where
    it runs long (``Title of the piece\\n(site.com) [3] -- comments [4]``): the words of the
    paragraph before its first marker, at most two lines and twenty words, are the title, linked to
    the marker's address; its lines are joined and the rest of the marker's line follows the link,
    with the next line when the wrap cut a separator from what it separates. A second link after a
    separator (``-- comments [4]``, the discussion's) is left out: the title alone is the item, a
    linked title like those of other lists of links.
    """
    lines = text.split("\n")
    out: list[str] = []
    k = 0
    while k < len(lines):
        opens = k == 0 or not lines[k - 1].strip()
        span = _title_span(lines, k, urls) if opens and lines[k].strip() else None
        if span is None:
            out.append(lines[k])
            k += 1
            continue
        end, title, rest = span
        following = lines[end + 1].strip() if end + 1 < len(lines) else ""
        if following and (
            _SEPARATOR_ONLY.match(rest)
            or (not rest.strip() and _SIDE_LINK.match(following))
            or (_ONLY_MARKER.match(following) and _SIDE_LINK.match(f"{rest.rstrip()} {following}"))
        ):
            # "Title [3] --" over "comments [4]", "Title [3] -- comments" over "[4]": one line, as
            # printed before the wrap
            end += 1
            rest = f"{rest.rstrip()} {following}"
        out.append(f"{title}{_side_link(rest, urls)}")
        k = end + 1
    return "\n".join(out)


def _side_link(rest: str, urls: dict[str, str]) -> str:
    """The rest of a title's line, none when it is a second link after a separator (the discussion's:
    the title is the item, and its link the title's)."""
    side = _SIDE_LINK.match(rest)
    return "" if side and side["n"] in urls else rest


def _title_span(lines: list[str], start: int, urls: dict[str, str]) -> tuple[int, str, str] | None:
    """The last line of a title opening the paragraph at ``start``, the title written as a link, and
    the rest of its marker's line."""
    for end in (start, start + 1):
        if end >= len(lines) or not lines[end].strip():
            return None
        marker = _FIRST_MARKER.search(lines[end])
        if marker is None:
            continue
        words = " ".join([*(line.strip() for line in lines[start:end]), lines[end][: marker.start()].strip()])
        rest = lines[end][marker.end() :]
        url = urls.get(marker["label"])
        if url is None or not _AFTER_TITLE.match(rest) or "[" in words or "]" in words:
            return None
        if not 1 <= len(words.split()) <= _MARKED_WORDS:
            return None
        following = lines[end + 1] if end + 1 < len(lines) else ""
        if end == start and not rest.strip() and not _SIDE_LINK.match(following):
            return None  # a title ending its line alone is the line pass's
        return end, f"[{words.strip()}]({url})", rest
    return None


#: Most lines of a numbered list's item whose link's marker is printed more than once.
_ITEM_LINES = 2
#: A numbered marker and the space before it, or the marker glued before a word ("[62]Mediator.ai").
_REPEATED_MARKER = re.compile(r"[ \t]?\[(?P<label>\d{1,4})\](?!\w)|\[(?P<glued>\d{1,4})\](?=\w)")


def _marked_once(text: str, urls: dict[str, str]) -> str:
    """``text`` with each short paragraph's link marked once, at its last marker.

    A text part may print one link's marker on both sides of its words and again where the same
    address comes back ("Show HN: [62]Mediator.ai [62] – Using Nash bargaining and LLMs to" over
    "systematize fairness ( [62]mediator.ai [62]) [62] -- comments [63]"). Read as printed, the first
    marker ended the title after two words, the rest of the item fell to the next line's link, and
    taking the markers out glued "Show HN:Mediator.ai". In a paragraph of one or two lines (a list's
    item), a marker printed again later goes: the words run to the last one, as the other items do.
    """
    paragraphs = re.split(r"(\n[ \t]*\n)", text)
    for k in range(0, len(paragraphs), 2):
        paragraph = paragraphs[k]
        if paragraph.count("\n") >= _ITEM_LINES or paragraph.count("[") < 2:
            continue
        labels = [m["label"] or m["glued"] for m in _REPEATED_MARKER.finditer(paragraph)]
        repeated = {label for label in labels if labels.count(label) > 1 and label in urls}
        if not repeated:
            continue
        left = {label: labels.count(label) for label in repeated}
        paragraphs[k] = _REPEATED_MARKER.sub(lambda m, left=left: _last_kept(m, left), paragraph)
    return "".join(paragraphs)


def _last_kept(match: re.Match[str], left: dict[str, int]) -> str:
    """A marker as printed when it is its label's last in the paragraph (``left``: how many of each
    repeated label are still to come, this one included), else nothing."""
    label = match["label"] or match["glued"]
    if label not in left:
        return match[0]
    left[label] -= 1
    return match[0] if left[label] == 0 else ""


def _inline_numbered(text: str, urls: dict[str, str]) -> str:
    text = _marked_once(_NUMBERED_LINE.sub("", text), urls)

    def line(match: re.Match[str]) -> str:
        url = urls.get(match["label"])
        words = len(match["text"].split())
        if url is None or words > _MARKED_WORDS or "](" in match["text"]:
            return match[0]
        return f"[{match['text']}]({url}){match['end']}"

    text = _MARKED_LINE.sub(line, _wrapped_titles(text, urls))
    # Markers left in running text name a link the text cannot carry: said once, at the list.
    return _MARKER.sub(lambda m: "" if m["label"] in urls else m[0], text)
