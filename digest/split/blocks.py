"""An edition body as a list of blocks: headings, lines, paragraphs, bullets, rules.

The splitter reasons about blocks, not characters. Each block keeps its plain
text (Markdown marks removed), its links, and the layout cues the splitter
needs: a blank line before it, bullet or heading marks, a bold or linked
title, a "Lead-in:" phrase.
"""

from __future__ import annotations

import enum
import itertools
import re
import unicodedata
from collections.abc import Sequence
from urllib.parse import urlsplit

from attrs import evolve, frozen

from digest.split.breaks import join_inline_breaks
from digest.split.glued import part_credits, part_glued, part_labels, part_titles
from digest.split.twice import read_once
from digest.text.fences import code_fences
from digest.text.links import canonical_url, find_links
from digest.text.shape import ends_sentence, first_sentence, is_label, is_read_more, is_title_like


class Kind(enum.Enum):
    """What a block looks like on the page."""

    HEADING = "heading"  # a Markdown heading
    TEXT = "text"  # a line or paragraph
    BULLET = "bullet"  # a list item
    RULE = "rule"  # a separator line ("---", "——")


@frozen
class Block:
    """One unit of an edition body, with its layout cues."""

    index: int
    kind: Kind
    #: The text as printed, Markdown marks removed.
    text: str
    #: The source lines, as in the body.
    raw: str
    level: int = 0
    blank_before: bool = False
    #: Canonical links in the block, in order.
    links: tuple[str, ...] = ()
    #: The whole block is one bold phrase or one link: a headline in Markdown bodies.
    emphasised: bool = False
    #: The link of a block that is a linked title ("[Title](url)" alone, or a linked bold title).
    title_link: str | None = None
    #: A lead-in title ("**Title** text", "[Title](url) text", "Title: text") and the text after it.
    lead: tuple[str, str] | None = None
    #: Groups of links in parentheses crediting a sentence, as printed in ``text`` ("(tweet)").
    credits: tuple[str, ...] = ()
    #: A fenced code block ("```" ... "```"): text of the story it sits in, as printed, never a title.
    code: bool = False
    #: A picture's caption, told by the body printing it again glued to the text under it: no words
    #: of a story, no heading.
    caption: bool = False
    #: A label the body printed twice for its two layouts ("Mixed SignalsMixed Signals"), where its
    #: headlines are printed once: a section's label.
    doubled: bool = False
    #: A headline whose item number the body printed twice ("↓↓44A genetic media company?"), in a body
    #: printing its layouts twice: an item's headline, however short.
    numbered: bool = False
    #: A title parted from a line of titles glued together ("GOP hates Spirit bailoutKing Charles in
    #: Congress..."): a table of contents printed on one line, its breaks lost in the conversion to text.
    listed: bool = False


_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
#: A heading's attribute list ("## Sponsor {#sponsor1}", "## Notes {#notes .aside}"): an anchor for
#: the page, not words of the heading (Pandoc, kramdown, MDX).
_HEADING_ATTRIBUTES = re.compile(r"\s*\{#[\w:-]+(?:\s+[.#]?[\w:=-]+)*\}\s*$")
#: A backslash escape of a punctuation mark ("Vite 6 \- beta", "filter\!"): the mark as printed.
_ESCAPE = re.compile(r"\\([!-/:-@\[-`{-~])")
#: A list item's mark at the start of a line: "- ", "* ", "•", "2. ", "3) ".
_ITEM_MARK = re.compile(r"^\s*(?:(?:[-*+•·▪●◦‣]|\d{1,3}[.)])\s+|[・･](?=\S))")
_BULLET = re.compile(_ITEM_MARK.pattern + r"(.*)$")
_CODE = re.compile(r"`([^`]+)`")
#: A quotation's marks after the line's indent ("> text", "  > text" under a list item's first line).
_QUOTE = re.compile(r"^(\s*)(?:>\s?)+")
#: A separator line: "---", "====", "——", or box-drawing and block marks ("━━━━", "═══", "■■■").
_RULE = re.compile(r"^\s*[-—–_=*·•~\u2500-\u257f\u2580-\u259f■□▪▫▬]{2,}\s*$")
#: Link text may hold one level of brackets ("[[D] Title](url)", "[### [RESEARCH] Title](url)").
_TEXT = r"(?:[^\[\]]|\[[^\[\]]*\])"
_LINK = re.compile(rf"\[({_TEXT}*)\]\(([^)\s]+)\)")
#: An image: its alt text describes a picture, it is not the story's text.
_IMAGE = re.compile(rf"!\[{_TEXT}*\]\([^)\s]+\)")
#: Bold (``**``, anywhere; ``__`` not inside a word: "@alexalbert__" is a handle) and italics
#: (``*``, and ``_`` not inside a word: "snake_case_name" keeps its marks).
_EMPHASIS = re.compile(
    r"\*\*(.+?)\*\*|(?<![\w_])__(?![\s_])(.+?)(?<![\s_])__(?![\w_])|(?<![\w*])\*(?!\s)([^*]+?)\*(?![\w*])"
    r"|(?<![\w_])_(?![\s_])([^_]+?)(?<![\s_])_(?![\w_])"
)
#: Emphasis set inside emphasis, at most this deep, loses its marks (italics around bold, bold
#: around italics): one pass takes the inner marks, as the outer pair holds them.
_EMPHASIS_LEVELS = 3
_ONLY_BOLD = re.compile(r"^\s*(\*\*|__)(.+?)\1\s*$")
_ONLY_LINK = re.compile(rf"^\s*(?:\*\*)?\[({_TEXT}+)\]\(([^)\s]+)\)(?:\*\*)?\s*$")
_BOLD_LINK = re.compile(rf"^\s*\*\*\[({_TEXT}+)\]\(([^)\s]+)\)\*\*\s*$")
#: A link's title after its address ("[Title](https://... "Title")", "[](#react "Direct link to React")"):
#: CommonMark's tooltip, shown on hover, no word of the page.
_LINK_TITLE = re.compile(r"\]\((\S+?)\s+(?:\"[^\"\n]*\"|'[^'\n]*')\s*\)")


#: What may join links in a group of credits: punctuation, "and", "also", "via", "see".
_CREDIT_JOIN = r"(?:\s|[,;/&·|]|\b(?:and|also|via|see)(?=\s))*"
#: A parenthesised group of links only ("([tweet](url))", "([paper](url), [thread](url))"): the
#: sentence's credits, whose labels are no part of the sentence.
_CREDITS = re.compile(rf"\({_CREDIT_JOIN}(?:\[{_TEXT}*\]\([^)\s]+\){_CREDIT_JOIN})+\)", re.IGNORECASE)


def credit_groups(markdown: str) -> tuple[str, ...]:
    """The groups of links in parentheses that credit a sentence, as :func:`plain` prints them.

    "Sam Altman boosts the work ([tweet](url))" gives "(tweet)": the link is the sentence's
    source, its label no word of the sentence. A group with words besides its links ("(see
    [chart](url) for 2024)") is prose.
    """
    if "](" not in markdown:
        return ()
    return tuple(dict.fromkeys(plain(m[0]) for m in _CREDITS.finditer(_IMAGE.sub("", markdown))))


def _emphasised(match: re.Match[str]) -> str:
    """The text an emphasis mark pair holds."""
    return next(part for part in match.groups() if part is not None)


def plain(markdown: str) -> str:
    """Text as a reader sees it: links become their text, emphasis marks go."""
    text = _LINK.sub(lambda m: m[1], _IMAGE.sub("", markdown))
    for _ in range(_EMPHASIS_LEVELS):  # emphasis inside emphasis ("*a bunch of **Blackwells***"): inner first
        unmarked = _EMPHASIS.sub(_emphasised, text)
        if unmarked == text:
            break
        text = unmarked
    text = _ESCAPE.sub(r"\1", _CODE.sub(r"\1", text))
    return " ".join(text.split())


#: Most words of a brief's first sentence, the one holding its link ("OpenAI gave Codex [screen
#: memory](url).").
_BRIEF_OPENING_WORDS = 12


def opening_link(block: Block) -> str | None:
    """The address a paragraph links in its first sentence when that sentence is short, a brief's
    opening ("Cowork [shipped live artifacts](url). Claude can now ..."); None otherwise."""
    match = _LINK.search(block.raw)
    if match is None or "://" not in match[2]:
        return None
    first = first_sentence(block.text)
    if len(first.split()) > _BRIEF_OPENING_WORDS:
        return None
    return match[2] if len(plain(block.raw[: match.end()])) <= len(first) else None


def _starts_lower(line: str) -> bool:
    first = line.lstrip()[:1]
    return first.islower() or first.isdigit() or first in "(,;–—-"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _continues_item(item: str, previous: str, line: str, width: int | None = None) -> bool:
    """Whether ``line`` continues the list item opened by ``item``: indented under its mark (a
    wrapped item, a "<br>" line of an HTML item), or the rest of a sentence cut mid-way: opening in
    lower case, or, in a hard-wrapped body, with a word that would not have fitted on the line above
    ("... can now even compile the" over "TypeScript 7 compiler.")."""
    if _indent(line.expandtabs(4)) > _indent(item.expandtabs(4)):
        return True
    if ends_sentence(previous, colon=True):
        return False
    if line.lstrip()[:1].islower():
        return True
    return width is not None and len(previous) >= 50 and _wrapped_at(previous, line, width)


def _lazy_line(item: str, line: str) -> bool:
    """Whether ``line``, right under the first line of a list item that is only a title in bold, maybe
    after a mark ("* **Audio Flamingo Next**", "* 🌟 **Lightning OPD**"), is that item's text: its
    paragraph's lazy continuation in Markdown ("Advances audio-language modeling ... [→read the
    paper](url)"), a one-line summary ending no sentence, in a body that sets its paragraphs apart by
    blank lines."""
    body = _MARKS_BEFORE_BOLD.sub("", _ITEM_MARK.sub("", item, count=1), count=1)  # "🌟 **Title**"
    if _ONLY_BOLD.match(body) is None or _ONLY_BOLD.match(line) or _ONLY_LINK.match(line):
        return False
    # A paragraph of sentences under the title is the item's story, read as such (a headline over it).
    return not ends_sentence(plain(line).strip())


#: Marks before a title in bold at the start of a list item ("🌟", "→").
_MARKS_BEFORE_BOLD = re.compile(r"^[^\w\s*_\[]+\s*(?=\*\*|__)")


def _item_paragraph(previous: Block, line: str) -> bool:
    """Whether ``line``, after a blank line, opens a paragraph aligned with the text of the list item
    ``previous`` (a hanging-indent item's second paragraph)."""
    if previous.kind is not Kind.BULLET or _BULLET.match(line) or _HEADING.match(line) or _RULE.match(line):
        return False
    mark = _ITEM_MARK.match(previous.raw.split("\n", 1)[0].expandtabs(4))
    return mark is not None and _indent(line.expandtabs(4)) == len(mark[0])


#: A line that is an address, with at most a count or a label after it ("https://... (412)").
_LINK_LINE = re.compile(r"^\s*<?https?://\S+>?(?:\s+\S+){0,2}\s*$", re.IGNORECASE)


def is_link_line(text: str) -> bool:
    """Whether ``text`` is an address printed as a line, alone or with a count or label after it."""
    return _LINK_LINE.match(text) is not None


#: What may set apart the links of a row of link labels ("[site.com](url) • [comments](url)").
_ROW_GAP = re.compile(r"^[\s•·|/,;–—-]*$")
#: Most links of such a row, and most words of one label.
_ROW_LINKS = 4
_ROW_LABEL_WORDS = 3


def is_link_row(raw: str) -> bool:
    """Whether a line is only links with short labels, set apart by marks or nothing ("[ site.com](url)
    • [ comments](url)", "[PDF](url) | [Code](url)"): a row of link labels, a credit line."""
    if "\n" in raw.strip():
        return False
    links = list(_LINK.finditer(raw))
    if not 1 <= len(links) <= _ROW_LINKS:
        return False
    if any(not 1 <= len(plain(link[1]).split()) <= _ROW_LABEL_WORDS for link in links):
        return False
    edges = [raw[: links[0].start()], raw[links[-1].end() :]]
    inner = [raw[a.end() : b.start()] for a, b in itertools.pairwise(links)]
    return all(_ROW_GAP.match(gap) is not None for gap in (*edges, *inner))


#: A link whose words ask the reader to sign up or subscribe ("[sign up for Harbour DC](url)").
_SIGN_UP_LINK = re.compile(
    r"\[\W*(?:sign(?:ing)?[ -]up|subscrib(?:e|ing))\b[^\]\n]{0,120}\]\(", re.IGNORECASE
)
#: Most words of a line around such a link ("For more from the capital, sign up for Harbour DC. →").
_SIGN_UP_WORDS = 25


def sign_up_line(line: str) -> bool:
    """A short line whose link asks the reader to sign up for a newsletter ("For more out of the
    capital, [sign up for Harbour DC](url). →", "[Sign up for our China briefing](url) for more
    insights. →"): a promotion, a line of its own even printed right under a story's last line."""
    if "\n" in line.strip() or _SIGN_UP_LINK.search(line) is None:
        return False
    return len(plain(line).split()) <= _SIGN_UP_WORDS


def _joins(
    pending: Sequence[str],
    line: str,
    width: int | None,
    paragraphs: bool,
    wide_width: int | None = None,
    *,
    full_width: int | None = None,
    last: bool = False,
) -> bool:
    """Whether ``line`` continues the paragraph or list item of the ``pending`` lines.

    A hard-wrapped body breaks lines mid-sentence; a body that separates
    paragraphs by blank lines puts the sentences of one paragraph on
    consecutive lines. ``last`` says a blank line (or the end) follows ``line``.
    """
    previous = pending[-1]
    if _BULLET.match(line) or _HEADING.match(line) or _RULE.match(line):
        return False
    if _BULLET.match(pending[0]):
        if paragraphs and len(pending) == 1 and _lazy_line(pending[0], line):
            return True
        return _continues_item(pending[0], previous, line, width)
    if _HEADING.match(previous) or _RULE.match(previous):
        return False
    if _LINK_LINE.match(previous):
        return False  # an address printed on its own line ends its paragraph (it is never wrapped)
    if len(pending) == 1 and _LINK_LINE.match(line) and is_title_like(previous):
        return False  # a title over its address ("Title (site.com)", then "https://..."): an item
    if _ONLY_LINK.match(previous) or _ONLY_LINK.match(line):
        return False  # a line that is one link is a linked headline: it stands alone
    if sign_up_line(line) or sign_up_line(previous):
        return False  # "For more, [sign up for Harbour DC](url). →" under a story: a prompt of its own
    if _DASH_BYLINE.match(line):
        return False  # "  -- Ana Ruiz (Quay Labs)" under an item: its byline, on a line of its own
    if len(pending) == 1 and _one_word_cut(previous, line):
        return True  # "Stop" over "getting this newsletter (url)": a line cut before a link's words
    if ends_sentence(previous, colon=True):
        if paragraphs and last and ends_sentence(previous) and _closing_label(line):
            return False  # "Dispatches" under a paragraph's last sentence, over a blank line: what follows
        return paragraphs and line.strip() != previous.strip()
    if len(previous) >= 45 and _starts_lower(line):
        return True
    if full_width is not None and len(previous) >= 45 and _wrapped_before_link(previous, line, full_width):
        return True
    if wide_width is not None and _wide(previous.rstrip()[-1]) and _wide(line.lstrip()[0]):
        return columns(previous.strip()) >= _WIDE_WRAP * wide_width  # a CJK line cut at the body's width
    return width is not None and len(previous) >= 50 and _wrapped_at(previous, line, width)


#: A plain-text byline after two hyphens, alone on its line, the writer's affiliation maybe after it
#: ("-- Ana Ruiz", "-- Bill Kent (Quay Labs)"): one to four capitalised names. (A quotation's "— Name"
#: under it is its attribution, read with it.)
_DASH_BYLINE = re.compile(r"^\s*--\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([^()\n]{1,40}\))?\s*$")


def _one_word_cut(previous: str, line: str) -> bool:
    """A paragraph's first word alone on its line ("Stop"), the sentence going on in lower case on the
    next ("getting this newsletter ( https://... )"): a wrapper cut the line before a long link."""
    word = previous.strip()
    nxt = line.lstrip()
    if not (word.isalpha() and word[:1].isupper() and nxt[:1].islower()):
        return False
    return nxt.split(maxsplit=1)[0].isalpha() and "://" in nxt


def _closing_label(line: str) -> bool:
    """A short label alone on the last line of a run of lines ("Dispatches", "Today's News"), opening
    with a capital and ending with no mark: a section's label under the sentences above, never their
    last sentence."""
    text = line.strip()
    return text[:1].isupper() and text[-1:].isalnum() and is_label(text) and is_title_like(text)


#: A CJK line at least this share of the body's widest CJK line was cut by the wrapper, not ended.
_WIDE_WRAP = 0.8
#: Fewest CJK lines, and fewest columns of the widest, for a body to read as hard-wrapped CJK text.
_WIDE_LINES, _WIDE_COLUMNS = 3, 40


def _wide_width(lines: list[str]) -> int | None:
    """The widest line of CJK text of a body, in columns (None when it holds little CJK text). A CJK
    body wrapped by hand or by a mailer cuts its lines near one width, mid-sentence, with no space
    and no case to tell a continuation by."""
    wide = [
        columns(line.strip())
        for line in lines
        if _WIDE_CHAR.search(line) and not _RULE.match(line) and not _LINK_LINE.match(line)
    ]
    if len(wide) < _WIDE_LINES or max(wide) < _WIDE_COLUMNS:
        return None
    return max(wide)


def _wrapped_at(previous: str, line: str, width: int) -> bool:
    """Whether the break after ``previous`` is a wrap: the next line's first word would not have
    fitted within the body's width. A line the next word would have fitted ("NAME -- Issue 88 --
    November 20, 2026" over a tagline) was ended on purpose."""
    first = (line.split(maxsplit=1) or [""])[0]
    return len(previous.rstrip()) + 1 + len(first) > width


#: A line opening with a Markdown link ("[#14090 breaking changes](https://...) thread, as ..."), the link's
#: whole markup as group 1.
_OPENING_LINK = re.compile(rf"^\s*(\[{_TEXT}+\]\([^)\s]+\))\s*\S")


def _wrapped_before_link(previous: str, line: str, full_width: int) -> bool:
    """Whether a sentence was cut before the link opening ``line``: a Markdown wrapper (prettier,
    mdformat) never breaks inside a link, so the whole link went to the next line when its markup would
    not have fitted after ``previous`` ("... you are advised to follow the" over "[#14090 breaking
    changes](url) thread, ...")."""
    link = _OPENING_LINK.match(line)
    return link is not None and len(previous.rstrip()) + 1 + len(link[1]) > full_width


def _full_width(lines: list[str]) -> int | None:
    """The width most long lines of a body reach (its wrapper's, wide or not), None for few long lines."""
    long = sorted(len(line) for line in lines if len(line) >= 50)
    return long[int(len(long) * 0.9)] if len(long) >= 4 else None


def _wrap_width(lines: list[str]) -> int | None:
    """The median width of the lines a hard-wrapped body cut mid-sentence (most long lines stop short
    of one width, mid-sentence), None when the body is not wrapped. The wrapper's own width is no
    less, whatever long line (a URL, a footer) stands out. A body whose long lines run past any
    wrapper's width for the addresses in them (a plain-text email wrapped at 65 letters, its links'
    addresses printed after their words and never wrapped) is measured on the lines without one
    that a line follows in their paragraph (a wrapped paragraph's; a line standing alone, a title or
    a listing, was never wrapped)."""
    width = _cut_width([line for line in lines if line.strip()])
    if width is None:
        within = [line for line, after in itertools.pairwise(lines) if line.strip() and after.strip()]
        width = _cut_width([line for line in within if "://" not in line])
    return width


def _cut_width(lines: list[str]) -> int | None:
    long = [line for line in lines if len(line) >= 50]
    if len(long) < 4:
        return None
    widths = sorted(len(line) for line in long)
    width = widths[int(len(widths) * 0.9)]
    cut = sorted(len(line) for line in long if not ends_sentence(line, colon=True))
    if width > 100 or len(cut) < len(long) * 0.5:
        return None
    return cut[len(cut) // 2]


def _line_gaps(lines: list[str]) -> list[bool]:
    """Whether a blank line follows each line that may end a paragraph.

    Two sentence lines in a row say nothing of how paragraphs are separated: they are two
    one-line paragraphs, or one paragraph written a sentence per line. Counted as paragraph
    ends, the sentence lines of an edition written that way outnumber its blank lines and
    hide that a blank line sets apart each of its headlines and paragraphs.
    """
    gaps = []
    for i in range(len(lines) - 1):
        line, following = lines[i], lines[i + 1]
        if not line.strip() or _RULE.match(line):
            continue
        if following.strip() and _sentence_line(line) and _sentence_line(following):
            continue
        gaps.append(not following.strip())
    return gaps


#: Most words of a line read as a headline when deciding how a body separates its paragraphs.
_HEADLINE_WORDS = 14


def _headlines_set_apart(lines: list[str]) -> bool:
    """Whether the body puts a blank line under each of its headlines (two or more), between the
    headline and its text: then a blank line cannot end a story, it separates paragraphs."""
    apart = together = 0
    for i, line in enumerate(lines[:-1]):
        stripped = line.strip()
        if not stripped or _BULLET.match(line) or _RULE.match(line) or ends_sentence(line, colon=True):
            continue
        if len(stripped.split()) > _HEADLINE_WORDS or (i > 0 and lines[i - 1].strip()):
            continue  # a headline stands after a blank line
        j = i + 1
        while j < len(lines) and not lines[j].strip():
            j += 1
        if j >= len(lines) or not _sentence_line(lines[j]):
            continue
        if j > i + 1:
            apart += 1
        else:
            together += 1
    return apart >= 2 and apart > together


def _sentence_line(line: str) -> bool:
    """A line of running text ending a sentence (not a list item or a heading)."""
    return not (_BULLET.match(line) or _HEADING.match(line)) and ends_sentence(line)


#: A sentence ending inside a paragraph ("... said. It", "発表した。新工場").
_RUNNING_TEXT = re.compile(r"[.!?][\s\"”’)]|[。！？]")


def headlines_set_apart(blocks: Sequence[Block]) -> bool:
    """Whether the body puts a blank line between each of its headlines (two or more) and the text
    under it: then a blank line separates paragraphs, it does not end a story."""
    apart = together = 0
    for block, nxt in itertools.pairwise(blocks):
        if block.kind is not Kind.TEXT or nxt.kind is not Kind.TEXT or not block.blank_before:
            continue  # a plain-text headline stands after a blank line
        if block.emphasised or block.lead is not None:
            continue  # bold lines and "Label: text" are Markdown's, and tell nothing here
        if ends_sentence(block.text, colon=True) or len(block.text.split()) > _HEADLINE_WORDS:
            continue
        if not _RUNNING_TEXT.search(nxt.text) or len(nxt.text) < 2 * len(block.text):
            continue  # not a paragraph of text under a headline
        if nxt.blank_before:
            apart += 1
        else:
            together += 1
    return apart >= 2 and apart > together


def blank_separated(gaps: Sequence[bool]) -> bool:
    """Whether a body puts a blank line between (most of) its paragraphs, given each gap's blankness."""
    return bool(gaps) and sum(gaps) >= 0.5 * len(gaps)


#: A sentence's end, an ellipsis's too, before its closing quotes or brackets.
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]»]*$")
#: Most links of a paragraph's closing credit ("[ site.com](url) • [ comments](url)").
_CREDIT_LINKS = 3


def _own_site(label: str, url: str) -> bool:
    """Whether a link's words name the site it leads to ("site.com", "nytimes.com (gift link)")."""
    host = urlsplit(url).hostname or ""
    name = label.strip().split(" ", 1)[0].casefold().removeprefix("www.")
    return bool(name) and "." in name and host.removeprefix("www.") == name


def _site_credit(body: str) -> int | None:
    """Where a paragraph's closing credit starts: links set apart by marks at its very end, the first
    named by its own site ("... a whale.” [ site.com](url) • [ comments](url)"), after a sentence's end;
    None when it has none. The credit says where the item comes from, no words of its text."""
    links = list(_LINK.finditer(body))[-_CREDIT_LINKS - 1 :]
    if not links or body[links[-1].end() :].strip():
        return None
    start: int | None = None
    for k in range(len(links) - 1, max(-1, len(links) - 1 - _CREDIT_LINKS), -1):
        link = links[k]
        gap = body[link.end() : links[k + 1].start()] if k + 1 < len(links) else ""
        if _ROW_GAP.match(gap) is None or not 1 <= len(plain(link[1]).split()) <= _ROW_LABEL_WORDS:
            break
        if _own_site(plain(link[1]), link[2]):
            start = link.start()
    if start is None:
        return None
    before = body[:start].rstrip()
    return start if len(before.split()) >= _ROW_LINKS and _SENTENCE_END.search(plain(before)) else None


def _block(index: int, line: str, raw: str, blank_before: bool) -> Block:
    heading = _HEADING.match(line)
    if heading:
        text = _HEADING_ATTRIBUTES.sub("", heading[2])
        return Block(
            index,
            Kind.HEADING,
            plain(text),
            raw,
            level=len(heading[1]),
            blank_before=blank_before,
            links=tuple(find_links(text)),
            emphasised=True,
        )
    if _RULE.match(line):
        return Block(index, Kind.RULE, line.strip(), raw, blank_before=blank_before)
    bullet = _BULLET.match(line)
    body = bullet[1] if bullet else line.strip()
    kind = Kind.BULLET if bullet else Kind.TEXT
    links = tuple(find_links(body))
    if (credit := _site_credit(body)) is not None:
        body = body[:credit].rstrip()  # "[ site.com](url) • [ comments](url)" closing the paragraph
    only_link = _ONLY_LINK.match(body) or _BOLD_LINK.match(body)
    emphasised = bool(_ONLY_BOLD.match(body) or only_link)
    title_link = canonical_url(only_link[2]) if only_link else None
    if title_link is None:
        linked = re.match(rf"^\s*\*\*\[({_TEXT}+)\]\(([^)\s]+)\)\*\*", body)
        if linked:
            title_link = canonical_url(linked[2])
    first = raw.split("\n", 1)[0]
    level = (len(first) - len(first.lstrip())) // 2 if bullet else 0
    lead = _lead_in(body)
    bylined = _BYLINED.match(item_body(raw.split("\n", 1)[0])) if bullet else None
    if bylined is not None and _names(bylined["names"]):
        # "- [Title](url) by Ada Lovelace" over a quotation of it: the link's text is the title, what
        # the lines under it quote is the text, the author's name neither.
        title_link = canonical_url(bylined["url"])
        lead = (plain(bylined["link"]), plain(_join_lines([line.strip() for line in raw.split("\n")[1:]])))
    if title_link is None and lead is not None:
        # "🇬🇧 [Title](url) | text": the emoji opening the paragraph is no part of its linked lead-in.
        linked_lead = _MARKED_LEAD.match(lead_body(body))
        if linked_lead and linked_lead["url"]:
            title_link = canonical_url(linked_lead["url"])
    elif title_link is None and bullet and (inline := _INLINE_LINK_URL.match(body)):
        title_link = canonical_url(inline[1])  # "- [Spotify](url) is raising prices": the item's own link
    return Block(
        index,
        kind,
        plain(body),
        raw,
        level=level,
        blank_before=blank_before,
        links=links,
        emphasised=emphasised,
        title_link=title_link,
        lead=lead,
        credits=credit_groups(body),
    )


#: "**Title**: text", "**Title** text", "[Title](url) text" and "**[Title](url)** text" (a linked title
#: set in bold: its address may hold "_" or "*", and a colon inside it is the title's own).
_MARKED_LEAD = re.compile(
    r"^\s*(?:\*\*|__)(?P<bold>[^*_]{2,120}?)(?:\*\*|__)\s*[:.–—-]?\s+(?P<rest>\S.*)$"
    rf"|^\s*(?:\*\*|__)?\[(?P<link>{_TEXT}{{2,300}})\]\((?P<url>[^)\s]+)\)(?:\*\*|__)?\s*[:.–—-]?\s*(?P<lrest>.*)$"
)
#: A list item's first line that is a linked title and its author's name ("[Title](url) by Ada Lovelace").
_BYLINED = re.compile(
    rf"^\s*\[(?P<link>{_TEXT}{{2,300}})\]\((?P<url>[^)\s]+)\)\s+by\s+(?P<names>[^\W\d_].{{0,80}}?)\s*$"
)
#: Lower-case words inside a personal name ("Guido van Rossum", "Ana de la Cruz").
NAME_PARTICLES = frozenset({"van", "von", "der", "den", "de", "la", "le", "da", "di", "du", "del", "bin"})
#: Words that may join the names of a byline: a name's particles, "and".
_NAME_JOINS = NAME_PARTICLES | {"and", "&"}
#: Most words of an author's name (or names) in a byline.
_BYLINE_WORDS = 8


def _names(text: str) -> bool:
    """Whether ``text`` is one or more personal or project names ("Ada Lovelace", "Ada and Alan"): each
    word capitalised but a few joining ones, no sentence's mark."""
    tokens = text.replace(",", " ").split()
    return 0 < len(tokens) <= _BYLINE_WORDS and all(t[:1].isupper() or t in _NAME_JOINS for t in tokens)


#: "**Agents Roll Up Sleeves!**AI agents are...": a bold title ending a sentence, its text glued on.
_GLUED_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<bold>[^*_]{2,120}?[!?.…])(?:\*\*|__)(?P<rest>[A-Z\"“‘(].*)$")
#: "**Title Ends Here!Modular** made waves ...": a bold title closed by "!" or "?" and the text's
#: first word inside the bold, glued to it.
_GLUED_WORD = re.compile(r"^(?P<title>.+?[^\W_][!?])(?P<word>[A-Z][\w'’-]*)$")
#: A link that opens a sentence going on in lower case after it, with no mark between.
_INLINE_LINK = re.compile(rf"^\s*\[{_TEXT}+\]\([^)\s]+\)\s+[a-z]")
_INLINE_LINK_URL = re.compile(rf"^\s*\[{_TEXT}+\]\(([^)\s]+)\)\s+[a-z]")
_BOLD_COLON_LEAD = re.compile(r"^\s*\*\*(?P<title>.{2,200}?)\*\*\s*[:：]\s+(?P<rest>\S.*)$")
#: Where a bold lead-in may close: "**" then a colon and the text.
_BOLD_CLOSE = re.compile(r"\*\*\s*[:：]\s+(?=\S)")


def _bold_colon_lead(body: str) -> tuple[str, str] | None:
    """Title and text of "**Title**: text", the title's own bold pairs kept whole.

    "****SPL**: LLMs get better over time**: text" is titled "SPL: LLMs get better over
    time": the first "**:" closes only the inner "**SPL**", an odd count of marks.
    """
    match = _BOLD_COLON_LEAD.match(body)
    if match is None:
        return None
    start = body.index("**")
    for close in _BOLD_CLOSE.finditer(body, match.start("title")):
        title = body[start + 2 : close.start()]
        if len(title) > 200:
            break
        if title.count("**") % 2 == 0:
            return title, body[close.end() :]
    return match["title"], match["rest"]


_COLON_LEAD = re.compile(r"^(?P<phrase>[^:.!?]{2,90}?)\s*[:：]\s+(?P<rest>\S.*)$")


#: Emoji and pictographs opening a paragraph before its bold or linked lead ("🧠 **Title.** text",
#: "📜 [Title: subtitle](url): text").
_PICTOGRAPHS = re.compile(
    r"^\s*(?:[\u2190-\u2bff\U0001f000-\U0001faff][\ufe0f\u200d]*){1,3}\s+(?=\*\*|__|\[)"
)
#: "**Title**text" in Chinese or Japanese: no space after the bold title, the text glued on.
_WIDE_LEAD = re.compile(r"^\s*(?:\*\*|__)(?P<bold>[^*_]{2,80}?)(?:\*\*|__)(?P<rest>\S.*)$")
#: A title set in lenticular or full-width brackets ("【Title】"): the brackets mark it, not its words.
_BRACKETED = re.compile(r"^[【［〔〖](?P<title>[^【】［］〔〕〖〗]+)[】］〕〗]$")


def lead_body(body: str) -> str:
    """``body`` without the emoji opening it before a bold lead-in ("🧠 **Title.** text")."""
    return _PICTOGRAPHS.sub("", body, count=1)


def _wide_lead(body: str) -> re.Match[str] | None:
    """ "**标题**正文", "**【标题】**11月19日...": a bold title in Chinese or Japanese, its text glued on."""
    match = _WIDE_LEAD.match(body)
    if match is None or not (_wide(match["bold"][-1]) or _wide(match["rest"][0])):
        return None
    return match


def _unbracketed(title: str) -> str:
    bracketed = _BRACKETED.match(title.strip())
    return bracketed["title"].strip() if bracketed else title


def lead_in(text: str) -> tuple[str, str] | None:
    """The lead-in title of a paragraph's text and the text after it ("Title: text"), if it has one."""
    return _lead_in(text)


def _lead_in(body: str) -> tuple[str, str] | None:
    """The lead-in title of a paragraph and the text after it, if it has one."""
    body = lead_body(body)
    bold = _bold_colon_lead(body)
    if bold:  # "**Title with **bold** and `code` inside**: text"
        return plain(bold[0]).replace("*", "").strip().rstrip(":. "), plain(bold[1])
    marked = _MARKED_LEAD.match(body) or _GLUED_LEAD.match(body) or _wide_lead(body)
    if marked and marked.groupdict().get("link") and _INLINE_LINK.match(body):
        marked = None  # "[Spotify is raising the price](url) of its plan ...": a link inside a sentence
    if marked:
        title = marked["bold"] or marked["link"]
        rest = marked["rest"] if marked["bold"] else marked["lrest"]
        if marked["bold"] and (glued := _GLUED_WORD.match(title)):
            title, rest = glued["title"], f"{glued['word']} {rest}"
        return _unbracketed(plain(title).rstrip(":. ")), plain(rest or "")
    text = plain(body)
    colon = _QUOTED_COLON_LEAD.match(text) if _quotes_before_colon(text) else _COLON_LEAD.match(text)
    if (
        colon
        and len(_QUOTED.sub("Q", colon["phrase"]).split()) <= _LEAD_IN_WORDS
        and not colon["phrase"].lstrip()[:1].islower()
    ):
        return colon["phrase"].strip(), colon["rest"]
    return None


#: Most words of a lead-in title closed by a colon (a quotation in it counts as one).
_LEAD_IN_WORDS = 10


#: A quotation or an aside in brackets: a colon inside it is its own ("“Mini-Vibe Check: Claude Design
#: Isn't for Designers—Yet” by ...: text", "Last time (AI 101: What is a Token?) we covered ...").
_QUOTED = re.compile(r"“[^“”]{1,120}”|\([^()]{1,120}\)|\"[^\"]{1,120}\"")
_QUOTED_COLON_LEAD = re.compile(
    r"^(?P<phrase>(?:[^:.!?“”\"()]|“[^“”]{1,120}”|\([^()]{1,120}\)|\"[^\"]{1,120}\"){2,160}?)\s*[:：]\s+(?P<rest>\S.*)$"
)


def _quotes_before_colon(text: str) -> bool:
    """Whether a quotation or a bracket opens before the text's first colon: its lead-in title, if it
    has one, ends at a colon outside them (:data:`_QUOTED_COLON_LEAD`)."""
    first = min((k for k in (text.find(":"), text.find("：")) if k >= 0), default=-1)
    return first >= 0 and any(mark in text[:first] for mark in '“("')


#: An address printed as text.
_PRINTED_URL = re.compile(r"<?https?://[^\s<>]+>?")


def link_only(block: Block) -> str | None:
    """The link of a paragraph or line that holds one link and nothing else but symbols
    ("[Denver Post coverage](url)", "→ https://...", "[Weiterlesen »](url)"), else None."""
    if block.kind is not Kind.TEXT or len(block.links) != 1 or "\n" in block.raw.strip():
        return None
    if re.match(r"^\W*\[\s*#", block.raw):
        return None  # "[### Title](url)": a linked heading, not a link line
    rest = _PRINTED_URL.sub(" ", _LINK.sub(" ", block.raw))
    if rest.replace("*", "").replace("_", "").strip(" \t→←↗»«›‹>:-–—|·•▶►🔗\ufe0f"):
        return None
    return block.links[0]


def item_body(raw: str) -> str:
    """``raw`` without the mark of the list item it opens, if it opens one."""
    return _ITEM_MARK.sub("", raw, count=1)


#: A setext underline: "=====" (a title) or "-----" (a subtitle) under a line of text.
_UNDERLINE = re.compile(r"^\s*(={3,}|-{3,})\s*$")
#: Most words of a line an underline makes a heading (a title, not a paragraph's last line).
_UNDERLINED_WORDS = 14


def _setext_headings(lines: list[str]) -> list[str]:
    """Lines with underlined titles ("AWS RAISES EGRESS PRICES" over "=====") written as headings.

    Plain-text newsletters underline or box their headlines; read as separator lines, the rule
    cut each headline from its text. A "---" underline counts only under a standalone line
    with no colon (the closing line of front matter is "key: value").
    """
    out = list(lines)
    for i in range(1, len(lines)):
        mark = _UNDERLINE.match(lines[i])
        title = lines[i - 1].strip()
        if mark is None or not title or _RULE.match(title) or _BULLET.match(title) or _HEADING.match(title):
            continue
        seen = plain(title)  # a linked title's address is no part of it ("[Title](https://...)")
        if len(seen.split()) > _UNDERLINED_WORDS:
            continue
        if mark[1][0] == "-" and (
            ":" in seen or (i >= 2 and lines[i - 2].strip() and not _RULE.match(lines[i - 2]))
        ):
            continue
        out[i - 1] = ("# " if mark[1][0] == "=" else "## ") + title
        out[i] = ""
    for i in range(1, len(lines) - 1):
        title = out[i].strip()
        if _RULE.match(out[i - 1]) and _RULE.match(out[i + 1]) and _boxable(title, out[i + 1]):
            # A title boxed between two separator lines ("────" above and below); the box at the top of
            # the body is the edition's title.
            top = all(not line.strip() or _RULE.match(line) for line in out[:i])
            out[i] = ("# " if top else "## ") + title
            out[i + 1] = _EDGE  # the box's lower edge: the title's text follows it, right under it
    return [line for line in out if line is not _EDGE]


#: A box's lower edge, taken out of the body (a blank line in its place would end the title's story).
_EDGE = "\x00edge"
#: Most display columns of a line boxed between two separators read as a heading.
_BOXED_COLUMNS = 80


def _boxable(title: str, edge: str) -> bool:
    """Whether a line between two separator lines is a title: short as printed (a linked title's
    address not counted), not a list item or a heading, nor front matter ("title: Weekly" between
    "---" lines)."""
    if not title or _RULE.match(title) or _BULLET.match(title) or _HEADING.match(title):
        return False
    seen = plain(title)  # a linked title's address is no part of it ("[Title](https://...)")
    if ":" in seen and edge.strip().startswith("-"):
        return False
    return bool(seen) and len(seen.split()) <= _UNDERLINED_WORDS and columns(seen) <= _BOXED_COLUMNS


#: Characters two columns wide: CJK scripts, their punctuation and the full-width forms.
_WIDE_CHAR = re.compile("[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf"
                        "\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]")  # fmt: skip


def columns(text: str) -> int:
    """How many columns ``text`` takes in a fixed-width font: two for a CJK or full-width character."""
    return len(text) + len(_WIDE_CHAR.findall(text))


def _wide(char: str) -> bool:
    """A Chinese, Japanese or Korean character (or full-width punctuation): no spaces between words."""
    return unicodedata.east_asian_width(char) in {"W", "F"}


def _join_lines(lines: list[str]) -> str:
    """Lines of one paragraph as one line: a space between them, none between two CJK characters."""
    joined = ""
    for line in lines:
        if not line:
            continue
        if joined and not (_wide(joined[-1]) and _wide(line[0])):
            joined += " "
        joined += line
    return joined


#: A line that is one picture and nothing else ("![](https://.../separator.png)").
_PICTURE_LINE = re.compile(rf"^\s*!\[{_TEXT}*\]\(([^)\s]+)\)\s*$")
#: Fewest times one picture is printed alone on a line for it to be a separator, not an illustration.
_SEPARATOR_PICTURES = 3


def _picture_rules(lines: list[str]) -> list[str]:
    """Lines with a picture printed alone three times or more (a festive divider between the sections)
    written as separator lines: read as an empty line, it let a story run on over it into the list
    after it."""
    pictures = [m[1] for line in lines if (m := _PICTURE_LINE.match(line))]
    repeated = {url for url in pictures if pictures.count(url) >= _SEPARATOR_PICTURES}
    if not repeated:
        return lines
    return ["---" if (m := _PICTURE_LINE.match(line)) and m[1] in repeated else line for line in lines]


#: A count glued to the site an aggregator prints after an item's title ("1395919openai.com": its
#: points and comments, then its site's name).
_COUNT_SITE = re.compile(r"\d+([a-z][a-z0-9.-]*)")
#: Fewest lines of one body ending so for the ending to be the items' counts and sites.
_GLUED_SITES = 3


def _site(name: str) -> bool:
    host, _, top = name.rpartition(".")
    return bool(host) and ".." not in name and not host.startswith(".") and top.isalpha() and len(top) >= 2


#: The close of a link whose words were printed on the lines above it ("](https://...)" under "[" and
#: "Amazing"), and what may follow it on its line.
_LINK_CLOSE = re.compile(r"^\s*\]\(\S+\)")


def _links_over_lines(lines: list[str]) -> list[str]:
    """Lines with each link whose words a conversion set on a line of their own between its brackets
    ("[" / "Amazing" / "](https://...)", an HTML link around a block) written on one line
    ("[Amazing](https://...)"): its words are the link's, never a line of text and a stray address."""
    if not any(line.strip() == "[" for line in lines):
        return lines
    out: list[str] = []
    skip = 0
    for index, line in enumerate(lines):
        if index < skip:
            continue
        words_line = lines[index + 1] if index + 1 < len(lines) else ""
        close = lines[index + 2] if index + 2 < len(lines) else ""
        if line.strip() == "[" and words_line.strip() and "[" not in words_line and _LINK_CLOSE.match(close):
            out.append(line.replace("[", "[" + words_line.strip(), 1) + close.strip())
            skip = index + 3
            continue
        out.append(line)
    return out


def _glued_sites(lines: list[str]) -> list[str]:
    """Lines ending with a count glued to a site's name ("GPT-5.5 1395919openai.com", an aggregator's
    points, comments and site), three lines or more in the body, written as the title and its site
    in brackets ("GPT-5.5 (openai.com)"): the count is no word of the title, the site no part of it."""
    found: dict[int, str] = {}
    for index, line in enumerate(lines):
        head, _, last = line.rstrip().rpartition(" ")
        site = _COUNT_SITE.fullmatch(last)
        if head.strip() and site is not None and _site(site[1]):
            found[index] = f"{head} ({site[1]})"
    if len(found) < _GLUED_SITES:
        return lines
    return [found.get(index, line) for index, line in enumerate(lines)]


#: A line that is only a separator mark ("|", "·", "•", "/"), as a menu printed one entry per line
#: keeps it between its entries.
_LONE_SEPARATOR = re.compile(r"^\s*[|·•/]\s*$")
#: Most words of an entry of such a row ("Work With Us").
_ROW_ENTRY_WORDS = 5


def _row_entry(line: str) -> bool:
    return (
        bool(line.strip()) and _LONE_SEPARATOR.match(line) is None and len(line.split()) <= _ROW_ENTRY_WORDS
    )


def _separator_rows(lines: list[str]) -> list[str]:
    """Lines with a row of entries printed one per line, a lone separator line between each two
    ("Signup", "|", "Work With Us", "|", "Archive"), written as the one row they are ("Signup | Work
    With Us | Archive"): read apart, the first entry headed the text under the row as its section.
    Two separators or more between short lines make a row; one may be a line of text's own mark."""
    out: list[str] = []
    i = 0
    while i < len(lines):
        end = i
        while (
            end + 2 < len(lines)
            and _row_entry(lines[end])
            and _LONE_SEPARATOR.match(lines[end + 1])
            and _row_entry(lines[end + 2])
        ):
            end += 2
        if end - i >= 4:  # two separators or more
            mark = lines[i + 1].strip()
            out.append(f" {mark} ".join(line.strip() for line in lines[i : end + 1 : 2]))
            i = end + 1
            continue
        out.append(lines[i])
        i += 1
    return out


def _sentences_joined(lines: list[str]) -> tuple[list[str], bool]:
    """``lines`` with the pieces of sentences cut at inline elements joined (see
    :func:`join_inline_breaks`), and whether the body was so cut (each line then stands alone)."""
    if code_fences(lines):
        return lines, False
    joined = join_inline_breaks(lines, _fixed_line, _opens_item)
    if joined is lines:
        return lines, False
    return _unwrapped_cut(lines, joined), True


def _shown(line: str) -> str:
    """``line`` as a reader sees it: each link's words without its address."""
    return _LINK.sub(r"\1", line) if "](" in line else line


def _unwrapped_cut(lines: list[str], joined: list[str]) -> list[str]:
    """The ``joined`` lines of a body cut at its inline elements, unless a wrapper also cut the body at
    one width: then its wrapped lines are joined first, and the pieces of sentences after that.

    A plain-text part that prints each link's address on a line of its own is read as cut at its
    inline elements (", according to ..." under an address), and may be hard-wrapped as well
    ("... between John F. Kennedy" over "International Airport and Manhattan ..."): joining only the
    pieces left each wrapped line a line of its own, the first line of a paragraph a headline over
    the rest. The width is measured on the lines as shown (a link's words, not its address); a line
    the next line's first word would have fitted after was ended on purpose, never wrapped."""
    shown = [_shown(line) for line in lines]
    # Every line of words counts (an address stands alone here, never wrapped): a body whose
    # paragraphs run on long lines was not wrapped, whatever width its short lines share.
    width = _cut_width([line for line in shown if line.strip() and "://" not in line])
    if width is None:
        return joined
    out: list[str] = []
    last = ""  # the last line joined into out[-1], as shown
    titled = False  # out[-1] is one line set apart by a blank line above it: maybe a title
    for line, seen in zip(lines, shown, strict=True):
        if out and _wrapped_line(out[-1], last, line, width, titled=titled):
            out[-1] = f"{out[-1].rstrip()} {line.strip()}"
            titled = False
        else:
            titled = bool(out) and not out[-1].strip()
            out.append(line)
        last = seen
    if out == lines:
        return joined
    again = join_inline_breaks(out, _fixed_line, _opens_item)
    return again if again is not out else joined


def _wrapped_line(previous: str, last: str, line: str, width: int, *, titled: bool = False) -> bool:
    """Whether ``line`` goes on from ``previous`` (whose last line was ``last``, as shown) in a body
    wrapped at ``width``: the line above was cut mid-sentence where ``line``'s first word would not
    have fitted, and ``line`` opens with a word (a piece opening with a mark is joined as a piece)."""
    text = line.strip()
    if _fixed_line(previous) or _fixed_line(line) or not (text[:1].isalnum() or text[:1] in "[“‘\"'("):
        return False
    if _LINK_LINE.match(previous) or _LINK_LINE.match(line):
        return False  # an address printed on its line is never wrapped (a link's words may be)
    if len(last) < 50:
        return False
    if ends_sentence(previous, colon=True):
        # A sentence ending where the wrapper cut the line ("... in China's eyes." over "The US
        # president has ..."): the paragraph goes on when the line ran to the body's width and the
        # next is a long line of words too, never a short title or button.
        shown = _shown(line).strip()
        return (
            not titled  # a line alone under a blank line may be a title ending in "?" or "!"
            and ends_sentence(previous)
            and len(last.rstrip()) >= width - _SENTENCE_WRAP_SLACK
            and len(shown) >= 50
            and not ends_sentence(shown)
            and _wrapped_at(last, shown, width)
        )
    return _wrapped_at(last, _shown(line), width)


#: Most columns short of a wrapped body's width at which a line ending a sentence was still cut there.
_SENTENCE_WRAP_SLACK = 6


def _fixed_line(line: str) -> bool:
    """A line no sentence runs through: blank, a heading, a rule, a list item's opening or a "Read
    more" button ("READ MORE" over "forward →": two buttons, no sentence cut at a link)."""
    return not line.strip() or any(p.match(line) for p in (_BULLET, _HEADING, _RULE)) or is_read_more(line)


def _opens_item(line: str) -> bool:
    return _BULLET.match(line) is not None


def _body_lines(body: str) -> tuple[list[str], frozenset[str]]:
    """The lines of ``body`` as read before its blocks are built (normalised, what a conversion glued
    parted again), and the titles parted from a line of glued titles."""
    lines = [unicodedata.normalize("NFC", line.rstrip()) for line in body.splitlines()]
    lines = [line.replace("\u00a0", " ").replace("\u200b", "") for line in lines]
    lines = [_LINK_TITLE.sub(r"](\1)", line) if "](" in line else line for line in lines]
    # A quotation is text like any other: its "> " marks go, and a lone ">" line is a blank line. Its
    # indent stays: a quotation indented under a list item ("  > What the post says") is the item's.
    lines = [_QUOTE.sub(r"\1", line) for line in lines]
    return part_titles(
        part_credits(
            _setext_headings(_picture_rules(_separator_rows(_glued_sites(_links_over_lines(lines)))))
        )
    )


#: Fewest words of a line of running text read as a list item whose mark was lost, and of its link.
_UNMARKED_ITEM_WORDS = 8
_UNMARKED_LINK_WORDS = 4


def _unmarked_item(line: str) -> bool:
    """A line of running text that reads as a list item: one sentence or more, ending one, with a link
    inside it on a clause of a sentence (a brief's "[said that it will leave OPEC](url)",
    not a footer's "developed on [GitHub](url)", nor a line that is only a link)."""
    if _fixed_line(line) or _ONLY_LINK.match(line) or "](" not in line or not ends_sentence(line):
        return False
    linked = (words for words, url in _LINK.findall(line) if "://" in url)
    return len(_shown(line).split()) >= _UNMARKED_ITEM_WORDS and any(
        len(words.split()) >= _UNMARKED_LINK_WORDS for words in linked
    )


def _unmarked_items(lines: list[str]) -> list[str]:
    """``lines`` with each list whose marks a conversion dropped marked again.

    In a body that sets its paragraphs apart with blank lines, lines in a row belong to one paragraph.
    Two or more lines in a row that each end a sentence and each carry a link of their own, set apart
    from the text around them (a blank line, a heading or a label over them; a blank line or a label
    under them), are a list of briefs whose items lost their marks ("Today's News" over three linked
    sentences, each another event): each becomes an item ("- "), and a label glued under the last one
    ("More From ...") is set apart by a blank line.
    """
    out: list[str] = []
    i = 0
    while i < len(lines):
        j = i
        while j < len(lines) and _unmarked_item(lines[j]):
            j += 1
        above = lines[i - 1] if i > 0 else ""
        below = lines[j] if j < len(lines) else ""
        set_apart = (_fixed_line(above) or not ends_sentence(above)) and (
            not below.strip() or not ends_sentence(below, colon=True)
        )
        if j - i >= 2 and set_apart and not (above.strip() and _unmarked_item(above)):
            out.extend(f"- {line.strip()}" for line in lines[i:j])
            if below.strip():
                out.append("")
            i = j
            continue
        out.append(lines[i])
        i += 1
    return out


#: Two spaces or more between a sentence's end and the next capitalised word, inside one line: where
#: a conversion lost the break between two paragraphs or items ("... of the conflict.  Behind Meta's
#: huge layoffs is ..."); a writer's own two spaces after a full stop look the same.
_SPACED_BREAK = re.compile(r"(?<=[.!?”’\")\]])\s{2,}(?=[“\"‘\[]?[A-Z])")
#: Fewest words of a brief parted from such a line (a call such as "Follow our live coverage of the
#: conflict." is shorter, and goes on with the brief above it).
_SPACED_BRIEF_WORDS = 8
#: A piece opening with a call to follow, read or watch more of the brief before it ("Follow live
#: coverage, with officials ..."): that brief's, never one of its own.
_SPACED_CALL = re.compile(
    r"^[\W_]*(?:follow|read|watch|listen|see|check out|here['’]s|here are)\b", re.IGNORECASE
)


def _spaced_brief(part: str) -> bool:
    """A brief of a line whose breaks were lost: a sentence or more ending one, of eight words or
    more, with a link to a page of its own inside it ("Behind Meta's huge layoffs is [a relentless
    shift](url) toward artificial intelligence.")."""
    if _ONLY_LINK.match(part) or not ends_sentence(part) or _SPACED_CALL.match(part):
        return False
    linked = [url for words, url in _LINK.findall(part) if "://" in url and words.strip()]
    return bool(linked) and len(_shown(part).split()) >= _SPACED_BRIEF_WORDS


def _spaced_briefs(lines: list[str]) -> list[str]:
    """``lines`` with each paragraph of briefs run together on one line parted into list items.

    A conversion to text that lost the breaks between a list's items prints them on one line, each
    after two spaces ("... of the conflict.  Behind Meta's huge layoffs is [a relentless shift](url)
    toward artificial intelligence.  Law firms are [fighting over star litigators](url), ...").
    Two spaces after a full stop also part a writer's sentences or a feature's paragraphs, so a
    paragraph alone on its line is parted only where two pieces or more are briefs each linking a
    page of its own (``_spaced_brief``), every link another page; a piece that is no brief (a call,
    "Follow our live coverage of the conflict.", or a sentence with no link) goes on with the one
    before it. Each brief becomes a list item, one story each.
    """
    out: list[str] = []
    for i, line in enumerate(lines):
        alone = (i == 0 or not lines[i - 1].strip()) and (i + 1 >= len(lines) or not lines[i + 1].strip())
        if not alone or _BULLET.match(line) or _HEADING.match(line) or "  " not in line.strip():
            out.append(line)
            continue
        pieces = _SPACED_BREAK.split(line.strip())
        parts: list[str] = []
        for piece in pieces:
            if parts and not _spaced_brief(piece):
                parts[-1] = f"{parts[-1]} {piece}"
            else:
                parts.append(piece)
        briefs = [part for part in parts if _spaced_brief(part)]
        links = [url for part in briefs for _, url in _LINK.findall(part)]
        if len(briefs) < 2 or len(briefs) < len(parts) or len(set(links)) < len(links):
            out.append(line)
            continue
        out.extend(f"- {part}" for part in parts)
    return out


def parse_blocks(body: str) -> list[Block]:
    """The blocks of a light-Markdown (or plain text) edition body, in order."""
    lines, listed = _body_lines(body)
    # A body cut at its inline elements (converted HTML, with no code fence) has its sentences joined
    # here; each of its lines then stands alone, however it ends.
    joined, cut = _sentences_joined(lines)
    once, pictured, doubled, numbered = read_once(joined)
    lines = part_labels(part_glued(once))
    width = _wrap_width(lines)
    wide_width = _wide_width(lines)
    full_width = _full_width([line for line in lines if line.strip()])
    paragraphs = blank_separated(_line_gaps(lines)) or _headlines_set_apart(lines)
    if paragraphs:
        lines = _unmarked_items(_spaced_briefs(lines))
    blocks: list[Block] = []
    pending: list[str] = []
    blank_before = False
    pending_blank = False

    def flush() -> None:
        if pending:
            joined = _join_lines([p.strip() for p in pending])
            blocks.append(_block(len(blocks), joined, "\n".join(pending), pending_blank))
            pending.clear()

    fences = code_fences(lines)
    skip_to = 0
    for i, line in enumerate(lines):
        if i < skip_to:
            continue
        if i in fences and not (pending and _BULLET.match(pending[0]) and _indent(line) > 0):
            # Inside a code fence nothing is Markdown: no heading, item or paragraph ends before its close.
            flush()
            skip_to = fences[i] + 1
            blocks.append(_code_block(len(blocks), lines[i:skip_to], blank_before or not blocks))
            blank_before = False
            continue
        if not line.strip():
            flush()
            blank_before = True
            continue
        if (
            pending
            and not cut
            and not pictured & {i - 1, i}  # a caption printed twice stands alone
            and not numbered & {i - 1, i}  # so does a headline whose number was printed twice
            and _joins(
                pending,
                line,
                width,
                paragraphs,
                wide_width,
                full_width=full_width,
                last=i + 1 >= len(lines) or not lines[i + 1].strip(),
            )
        ):
            pending.append(line)
            continue
        flush()
        if blank_before and blocks and _item_paragraph(blocks[-1], line):
            # A paragraph indented under a list item, after a blank line, is more of the item.
            item = blocks.pop()
            pending.extend([*item.raw.split("\n"), "", line])
            pending_blank = item.blank_before
            blank_before = False
            continue
        pending.append(line)
        pending_blank = blank_before or not blocks
        blank_before = False
    flush()
    found = ({lines[i].strip() for i in found} for found in (pictured, doubled, numbered))
    return _listed(_told_apart(blocks, *found), listed)


def _listed(blocks: list[Block], listed: frozenset[str]) -> list[Block]:
    """``blocks`` with the titles parted from a line of glued titles told as a table of contents's."""
    if not listed:
        return blocks
    return [
        evolve(block, listed=True) if "\n" not in block.raw and block.raw.strip() in listed else block
        for block in blocks
    ]


def _told_apart(
    blocks: list[Block], pictured: set[str], doubled: set[str], numbered: set[str]
) -> list[Block]:
    """``blocks`` with the lines the body printed twice told apart: a picture's caption (printed again
    over the text under it), a label printed twice for two layouts, a headline whose number was."""
    if not pictured and not doubled:
        return blocks
    return [
        evolve(block, caption=True)
        if "\n" not in block.raw and block.raw.strip() in pictured
        else evolve(block, doubled=True)
        if block.kind is Kind.TEXT and "\n" not in block.raw and block.raw.strip() in doubled
        else evolve(block, numbered=True)
        if block.kind is Kind.TEXT and "\n" not in block.raw and block.raw.strip() in numbered
        else block
        for block in blocks
    ]


def _code_block(index: int, lines: list[str], blank_before: bool) -> Block:
    """A fenced code block as one block: its lines as printed (no Markdown inside a fence), one text."""
    code = [line.strip() for line in lines[1:-1] if line.strip()]
    return Block(index, Kind.TEXT, " ".join(code), "\n".join(lines), blank_before=blank_before, code=True)
