"""Block roles decided by structure: section heading, headline, subhead, or a heading with nothing under it.

A heading's role depends on what follows it (text, another heading, a list of
titled items) and on its level; a short line in capitals is a section or a
headline depending on what the capitals sit over elsewhere in the body.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections import Counter
from collections.abc import Sequence

from digest.models import DropReason
from digest.split.blocks import Block, Kind, is_link_line, item_body, lead_body, link_only, opening_link
from digest.split.chrome import Verdict, heading_verdict
from digest.split.masthead import is_entry
from digest.split.metadata import ItemMetadata, item_metadata
from digest.split.recap import is_channel_header
from digest.text.dates import NUMBER_WORDS, find_date
from digest.text.links import is_bare_url
from digest.text.shape import (
    clean_title,
    content_words,
    ends_sentence,
    is_caps,
    is_engagement_count,
    is_label,
    is_title_like,
    sentences,
    strip_symbols,
    title_case,
    words,
)

__all__ = [
    "SECTION_REASONS",
    "Layout",
    "covers_section",
    "has_lead",
    "reader_label",
    "titled_item",
    "told_link",
]

#: Fewest paragraphs of briefs under a heading that make it their section (see ``Layout.briefs_under``).
_BRIEFS = 3

#: A list item's title in bold after a short kicker ("Whale is here: **Deepseek-v4: Towards ...**").
_KICKED_BOLD = re.compile(r"^[^*_\[\]:]{1,40}:\s*(?:\*\*|__)[^*_]+(?:\*\*|__)\s*$")

#: Most and fewest words of a headline of two sentences in title case (see ``Layout.two_part_title``).
_TWO_PART_WORDS = 16
_TWO_PART_WORDS_FEWEST = 6

#: Fewest words of each title of a list of headlines (see ``Layout.list_of_headlines``).
_HEADLINE_WORDS = 4

#: Chrome that, printed as a section heading, covers the section under it.
SECTION_REASONS = frozenset(
    {DropReason.SPONSOR, DropReason.JOBS, DropReason.PROMOTION, DropReason.POLL, DropReason.AFFILIATE}
)


#: A label speaking to the reader about the edition's day ("What You Need to Know Today", "What You'll
#: Need to Know Tomorrow", "Things to Know This Week"): it names no subject of its own.
_READER_LABEL = re.compile(
    r"^\W*(?:what|things)(?: you| we)?(?:['’]ll| will)?(?: need| want| should)? to know"
    r"(?: (?:today|tonight|tomorrow|now|this (?:week|weekend|morning|afternoon|evening)))?\W*$",
    re.IGNORECASE,
)


def reader_label(text: str) -> bool:
    """Whether a line is a label for the reader's day, naming no subject: a section over the items
    under it, never the headline of the first ("What You Need to Know Today" over a paragraph on the
    UAE leaving OPEC)."""
    return _READER_LABEL.match(text.strip()) is not None


#: Blocks after a linked title searched for its siblings printed the same way.
_ITEM_REACH = 8


#: Most words of a date printed as an item's lead ("Tuesday, March 21").
_DATE_WORDS = 4
_ANY_DAY = dt.date(2000, 1, 1)


def _dated(block: Block) -> bool:
    """Whether an item's bold lead is a date ("**March 21** – Bridges ride, 12 miles"): a calendar's
    entry, one line of the listing it belongs to, not an item named in bold."""
    if block.lead is None or words(block.lead[0]) > _DATE_WORDS:
        return False
    # Any reference will do: the question is whether the lead is a date, not which day it is.
    return find_date(block.lead[0], reference=_ANY_DAY) is not None


def covers_section(verdict: Verdict | None) -> bool:
    """Whether a heading with this verdict covers its whole section (sponsors, jobs, prompts, polls,
    the edition's notes about itself)."""
    return verdict is not None and (verdict.reason in SECTION_REASONS or verdict.covers)


def _lettered_words(text: str) -> int:
    """How many words of ``text`` hold a letter or digit (an emoji or "&" is no word)."""
    return sum(1 for token in text.split() if any(char.isalnum() for char in token))


def has_lead(block: Block) -> bool:
    """Whether a block opens with a lead-in title of two words or more."""
    return block.lead is not None and words(block.lead[0]) >= 2


def opens_bold(block: Block) -> bool:
    """Whether a block opens with a bold phrase, after its list mark and any emoji ("🧠 **Title.**")."""
    return lead_body(item_body(block.raw)).lstrip().startswith(("**", "__"))


def label_lead(block: Block) -> bool:
    """Whether a block's lead-in is a label of the story it sits in ("**Why it matters:**",
    "**BY THE NUMBERS:**"), not a title: three words or fewer, or a short line in capitals
    closed by a colon. "**SENATE DEMOCRATS BLOCK THE STOPGAP** — ..." is a title."""
    if block.lead is None:
        return False
    title = block.lead[0].rstrip(":")
    core = strip_symbols(title)
    if 0 < words(" ".join(w for w in core.split() if w not in {"&", "and", "+", "/"})) <= 3:
        return True
    after = block.text[block.text.find(title) + len(title) :].lstrip(" *_")
    return is_label(title) and after.startswith((":", "："))


def titled_item(block: Block) -> bool:
    """A list item with its own linked or bold title: one story per item."""
    bold = opens_bold(block)
    return block.kind is Kind.BULLET and (
        block.title_link is not None or (bold and has_lead(block) and not _dated(block))
    )


#: A bold lead-in closed by a sentence's end inside its marks, then the paragraph's text
#: ("__Stolen guns.__ Missing Pieces is ...", "**Folktales.** The classification ...").
_STOPPED_LEAD = re.compile(r"^\s*(?:\*\*|__)[^*_\n]{1,120}?[.?!](?:\*\*|__)\s+\S")
#: Fewest paragraphs headed by a stopped bold lead-in, one after another, that print items.
_STOPPED_RUN = 3
#: Fewest lines of a run of titles ending with a colon, each over its excerpt, and the fewest and most
#: words of one.
_COLON_RUN = 3
_COLON_TITLE_WORDS = (4, 14)
#: Fewest words of the excerpt under each such title.
_COLON_EXCERPT_WORDS = 40
#: Fewest words of an item's text after its stopped lead-in.
_ITEM_TEXT_WORDS = 4


def stopped_lead(block: Block) -> bool:
    """A paragraph headed by a bold phrase closed by its own full stop ("**Stolen guns.** text"), with
    text after it: printed like an item's title, never like a label ("**Why it matters:**")."""
    if block.kind is not Kind.TEXT or block.lead is None or words(block.lead[1]) < _ITEM_TEXT_WORDS:
        return False
    return _STOPPED_LEAD.match(lead_body(block.raw)) is not None


def linked_item(block: Block) -> bool:
    """A paragraph that is a whole item: "[Title](url) — what it says (source.com)", or a linked
    title with only its discussion's count ("[Title](url) ([412 comments](...))")."""
    if block.title_link is None or block.lead is None:
        return False
    return words(block.lead[1]) >= 4 or is_engagement_count(block.lead[1])


def headed_paragraph(block: Block) -> bool:
    """A paragraph that is a whole item headed by a bold sentence or phrase: "**Oil fell below $60.**
    Brent crude dropped ...", "**Crypto bill clears a hurdle:** The Senate ..." (not a label of
    the story above it, three words or fewer: "**Why it matters:** ...")."""
    if block.kind is not Kind.TEXT or block.lead is None or not opens_bold(block):
        return False
    return not label_lead(block) and words(block.lead[1]) >= 4


def linked_title(block: Block) -> bool:
    """A paragraph that is one linked title and nothing else ("[Pallas triples revenue](url)")."""
    return (
        block.kind is Kind.TEXT
        and block.title_link is not None
        and (block.lead is None or not block.lead[1].strip())
    )


#: Most words of a title; a linked title ending in a full stop is a sentence from this many words on.
_TITLE_WORDS, _STOPPED_TITLE_WORDS = 15, 8
#: Closing quotes and brackets after a sentence's full stop.
_QUOTE_CLOSERS = "\"'”’)]» "


def told_link(block: Block) -> bool:
    """A paragraph that is one link whose words are running text, not a title: a title and its dek in
    one link ("[Eye Contact With a Whale. Striking photos of a close encounter.](url)"), sentences
    that a link blog prints as a post. It tells a story, never a section's label. A title of two short
    sentences ("[Nobody fools me. I remember DOS (site.com)](url)") is still a title: the link runs to
    more words than a title has, or ends its sentence with a full stop, as a title does not."""
    if not (linked_title(block) and block.emphasised) or is_title_like(block.text):
        return False
    text = strip_symbols(block.text).rstrip(_QUOTE_CLOSERS)
    told = words(text) > _TITLE_WORDS
    return told or (words(text) >= _STOPPED_TITLE_WORDS and text.endswith(".") and not text.endswith(".."))


def linked_heading(block: Block) -> bool:
    """A Markdown heading that is one link to a page and nothing else ("### [Title](https://...)")."""
    core = re.sub(r"^\s*#+\s*", "", block.raw.strip())
    return (
        block.kind is Kind.HEADING
        and len(block.links) == 1
        and re.fullmatch(r"\[[^\]]+\]\(\S+\)", core) is not None
    )


def is_bare_link(block: Block) -> bool:
    """A block that is only a URL, with no words of its own (or a count after it: "https://... (355)")."""
    return is_bare_url(block.text) or (bool(block.links) and is_link_line(block.text))


#: The marks a headline is printed with: spaces, brackets, emphasis, hashes, quotes, a list's number.
_MARKS = re.compile(r"^(?:[\s\[*_#>-]|\d+[.)](?!\d))*")


def shape(block: Block) -> tuple[Kind, int, bool, str]:
    """How a headline is printed: kind, level, emphasis and its leading marks ("[### ", "**", "## ").

    Items of one list share a shape ("[### Title](url)" each), so a block of the
    same shape as a sponsor's headline is the sponsor's sibling, not part of it.
    """
    # Digits are marks only as a list's number ("1. ", "2) "): "[### 2025 Stack Overflow Survey]" is
    # printed like "[### TLDR readers: ...]", its title opening with a year.
    marks = _MARKS.match(block.raw)
    return (block.kind, block.level, block.emphasised, marks[0] if marks else "")


#: A line set wholly in italics ("_A survey finds nobody measures cooperation_", "*[This decade]*").
_ITALIC_LINE = re.compile(r"^\s*(?:_(?!_)[^_]+(?<!\s)_|\*(?!\*)[^*]+(?<!\s)\*)\s*$")


def italic_line(block: Block) -> bool:
    """A paragraph that is one line set in italics, nothing else on it."""
    return block.kind is Kind.TEXT and not block.links and _ITALIC_LINE.match(block.raw) is not None


#: Fewest lines of an edition opening with one label for it to name a field its items print
#: ("AI Lab: ..." under each paper's title).
_FIELD_LINES = 3
#: Most words of a field's label and of its value ("AI Lab: Google DeepMind, Google Research").
_FIELD_LABEL_WORDS = 3
_FIELD_VALUE_WORDS = 12


#: Most words of the value of a field whose label the edition prints in many items (a long list of
#: labs after "AI Lab:").
_FIELD_LONG_WORDS = 30


def _field_label(block: Block, most: int = _FIELD_VALUE_WORDS) -> str | None:
    """The label of a short plain "Label: value" line ("AI Lab: Google DeepMind"), if it is one: a
    value of ``most`` words at most, no sentence."""
    if block.kind is not Kind.TEXT or block.emphasised or block.lead is None or block.title_link is not None:
        return None
    label, value = block.lead
    if not value.strip() or words(label) > _FIELD_LABEL_WORDS or words(value) > most:
        return None
    if value.rstrip().endswith((".", "!", "?")):
        return None
    return label.strip().casefold()


#: The number of items a heading announces at its start ("10 AI News You Need to Know About",
#: "Five things to know"), in figures or in words.
_NUMBER_WORDS = {**NUMBER_WORDS, "fifteen": 15, "twenty": 20}
_ANNOUNCED = re.compile(r"(?:top\s+)?(\d{1,2}|[a-z]+)\s+[^\W\d_]", re.IGNORECASE)
#: Most items a heading announcing their number may head.
_MOST_ANNOUNCED = 30


def announced_items(text: str) -> int | None:
    """How many items a heading opening with their number announces ("10 AI News ..." -> 10)."""
    match = _ANNOUNCED.match(strip_symbols(text))
    if match is None:
        return None
    count = match[1]
    number = int(count) if count.isdigit() else _NUMBER_WORDS.get(count.casefold())
    return number if number is not None and 2 <= number <= _MOST_ANNOUNCED else None


class Layout:
    """The blocks of one body with their chrome verdicts, and the structural questions asked of them."""

    def __init__(
        self,
        blocks: Sequence[Block],
        verdicts: Sequence[Verdict | None],
        masthead: set[int],
        dating: tuple[dt.date | None, bool | None] = (None, None),
        lines_paragraphs: bool = False,
    ) -> None:
        self.blocks = blocks
        self.verdicts = verdicts
        self.masthead = masthead
        #: The body prints its paragraphs as lines, with no blank line between them: a line heads
        #: nothing by standing alone, only by its form.
        self.lines_paragraphs = lines_paragraphs
        #: The reference date and date order that place the dates of item metadata.
        self.dating = dating
        #: Heading levels used by the body (below the masthead).
        self.heading_levels = frozenset(
            b.level for b in blocks if b.kind is Kind.HEADING and b.index not in masthead
        )

    @functools.cached_property
    def section_levels(self) -> frozenset[int]:
        """Heading levels that head sections somewhere in the body: a heading over a deeper one, or
        a label over a list of items that stand alone."""
        levels = set()
        for block in self.blocks:
            if block.kind is Kind.HEADING and block.index not in self.masthead:
                nxt = self.next_content(block.index)
                if nxt is None:
                    continue
                over_deeper = nxt.kind is Kind.HEADING and nxt.level > block.level
                over_items = nxt.kind is Kind.BULLET and is_label(block.text) and self.list_of_items(nxt)
                if over_deeper or over_items:
                    levels.add(block.level)
        return frozenset(levels)

    def list_of_items(self, first: Block) -> bool:
        """Whether the list opening with ``first`` holds items that each stand alone: two or more,
        each a sentence of six words or more, or each opening with a name in bold ("**Pellucid**,
        a Boston speech startup, raised $12M"); or one sentence with its own link (a label's
        only item, "Other News" over "- Sable Cloud [cut prices](url) by 30%."). A headline's
        bullets are its points, fragments of one story ("- New iPhone", "- Ships in May")."""
        items = []
        for block in self.blocks[first.index :]:
            if block.kind is not Kind.BULLET or block.level != first.level:
                if block.kind is Kind.BULLET and block.level > first.level:
                    continue  # a nested point belongs to its item
                break
            items.append(block)
        bold = all(item_body(b.raw).lstrip().startswith(("**", "__")) and not _dated(b) for b in items)
        sentences = all(words(b.text) >= 6 and b.text.rstrip().endswith((".", "!", "?")) for b in items)
        if len(items) == 1:  # one item stands alone when it is a sentence that links its own story
            return sentences and bool(items[0].links)
        return bold or sentences

    def list_of_headlines(self, first: Block) -> bool:
        """Whether the list opening with ``first`` is a list of headlines: two items or more at its
        level, each a title in title case of four words or more ending no sentence ("Inside the
        Studio: Tears, Screaming and Staff Looking for the Exit"), most linking a page of their own.
        Under a label ("What Everyone's Reading") each is another story's title, never a point of
        the story above."""
        items = []
        for block in self.blocks[first.index :]:
            if block.kind is not Kind.BULLET or block.level != first.level:
                if block.kind is not Kind.BULLET and is_link_line(block.text):
                    continue  # an item's address printed on the line under it
                break
            items.append(block)
        linked = sum(bool(b.links) for b in items)
        titles = all(title_case(b.text, _HEADLINE_WORDS) for b in items)
        return len(items) >= 2 and 2 * linked > len(items) and titles

    def briefs_under(self, block: Block) -> bool:
        """Whether ``block`` heads paragraphs of briefs: three or more, each opening with a short
        sentence that links a page of its own ("OpenAI gave Codex [screen memory](url). Codex now
        ..."), the first among them, and never two paragraphs in a row without one (a picture's
        caption may stand between two). Each brief is another story, the heading their section
        ("News you might have missed"), never one story's headline."""
        briefs, links = 0, set()
        loose = False
        for other in self.blocks[block.index + 1 :]:
            if other.kind is not Kind.TEXT or self.verdicts[other.index] is not None:
                break
            if other.lead is not None or other.emphasised or self.heading_like(other):
                break
            url = opening_link(other)
            if url is not None and url not in links:
                briefs, loose = briefs + 1, False
                links.add(url)
            elif briefs == 0 or loose:
                break
            else:
                loose = True
        return briefs >= _BRIEFS

    @functools.cached_property
    def last_mention(self) -> dict[str, int]:
        """Each content word of the body and the index of the last block that uses it."""
        last: dict[str, int] = {}
        for block in self.blocks:
            for word in content_words(block.text):
                last[word] = block.index
        return last

    def metadata(self, block: Block) -> ItemMetadata | None:
        """The link and date lines printed right under a heading-like block, if any."""
        if block.kind is Kind.BULLET or not self.heading_like(block) or _lettered_words(block.text) < 3:
            # A menu label ("Newsletters") over links is not an item, nor a section label printed
            # with marks ("⚡ Quick Links", "Engineering & Resources") over a linked title.
            return None
        if block.index in self.masthead:
            return None
        meta = item_metadata(self.blocks, block.index, *self.dating)
        if meta is None or any(self.verdicts[b.index] is not None for b in meta.blocks):
            return None  # chat lines and other chrome are not the item's metadata
        if block.kind is Kind.HEADING and self.first_of_items(meta.blocks[0]):
            return None  # "[**LeaseWise**](url)", the first of the linked names under a heading
        return meta

    def first_of_items(self, block: Block) -> bool:
        """Whether a linked title is the first of several printed the same way further down (a list of
        product cards, each a linked name over its text): an item, not a link line of the block above."""
        if not linked_title(block):
            return False
        return any(
            linked_title(other) and shape(other) == shape(block) and other.title_link != block.title_link
            for other in self.blocks[block.index + 1 : block.index + 1 + _ITEM_REACH]
        )

    def is_dek(self, block: Block) -> bool:
        """A line in italics between a headline and its text: the headline's dek ("**Robots need
        benchmarks:**" over "_A survey finds nobody measures cooperation_" over the report), more of
        its story, not a headline of its own that would make the one above it a section."""
        if not italic_line(block):
            return False
        above = self.previous_content(block.index)
        if above is None or above.kind is Kind.BULLET or not (above.kind is Kind.HEADING or above.emphasised):
            return False
        below = self.next_content(block.index)
        return (
            below is not None
            and below.kind is Kind.TEXT
            and not italic_line(below)
            and not self.heading_like(below)
            and not headed_paragraph(below)
        )

    @functools.cached_property
    def stopped_run(self) -> frozenset[int]:
        """The paragraphs of a run of three or more, one after another (chrome and separators between
        them aside), each headed by a bold phrase closed by its own full stop ("**Stolen guns.** ...",
        "**Folktales.** ..."): items printed alike, one story each however short their titles."""
        runs: list[list[int]] = []
        for block in self.blocks:
            if block.kind is Kind.RULE or self.verdicts[block.index] is not None:
                continue
            if not stopped_lead(block):
                runs.append([])
                continue
            if not runs:
                runs.append([])
            runs[-1].append(block.index)
        return frozenset(i for run in runs if len(run) >= _STOPPED_RUN for i in run)

    def after(self, block: Block) -> Block | None:
        """The block right after ``block``."""
        return self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None

    def next_content(self, index: int) -> Block | None:
        """The next block after ``index`` that is not chrome (a heading of chrome counts)."""
        for block in self.blocks[index + 1 :]:
            if block.kind is Kind.RULE:
                continue
            if self.verdicts[block.index] is None or self.opens_section(block):
                return block
        return None

    def previous_content(self, index: int) -> Block | None:
        """The last block before ``index`` that is not chrome or a separator."""
        for block in reversed(self.blocks[:index]):
            if block.kind is not Kind.RULE and self.verdicts[block.index] is None:
                return block
        return None

    def strong_heading(self, block: Block) -> bool:
        """A heading that can open a section: Markdown, bold, or a short capitalised label."""
        return (
            block.kind is Kind.HEADING or block.emphasised or (is_label(block.text) and is_caps(block.text))
        )

    def opens_section(self, block: Block) -> bool:
        """A heading that opens a section whatever follows: capitals, or a chrome heading."""
        if block.kind is Kind.BULLET or not self.strong_heading(block):
            return False
        if self.caps_label(block) and not self.caps_headlines:
            return True
        verdict = self.verdicts[block.index] or heading_verdict(block.text)
        return covers_section(verdict)

    def caps_label(self, block: Block) -> bool:
        """A short line in capitals ("TOP BIT", "PBOC HOLDS RATES")."""
        return (
            block.kind is not Kind.HEADING
            and self.verdicts[block.index] is None
            and is_label(block.text)
            and is_caps(strip_symbols(block.text))
        )

    @functools.cached_property
    def caps_headlines(self) -> bool:
        """Capitals mark headlines, not sections: no capitalised line in the body sits over a headline."""
        caps = [b for b in self.blocks if self.caps_label(b)]
        for block in caps:
            nxt = next((b for b in self.blocks[block.index + 1 :] if self.verdicts[b.index] is None), None)
            if nxt is None or self.caps_label(nxt):
                return False
            if nxt.kind is Kind.HEADING or nxt.emphasised or is_title_like(nxt.text) or titled_item(nxt):
                return False
            if nxt.lead is not None:
                return False  # capitals over "Lead-in: ..." items are sections of briefs
        return bool(caps)

    @functools.cached_property
    def field_labels(self) -> frozenset[str]:
        """The labels of the fields the edition's items print on short lines of their own, each label
        three times or more ("AI Lab: ..." under every paper's title, over its summary)."""
        # Each line once: the edition's title printed again and again ("Mini-Vibe Check: ...", its
        # subject, its heading and its top) is one title, not the field of three items.
        lines = {" ".join(b.text.split()).casefold(): b for b in self.blocks}
        counts = Counter(label for b in lines.values() if (label := _field_label(b)) is not None)
        return frozenset(label for label, n in counts.items() if n >= _FIELD_LINES)

    def field_line(self, block: Block) -> bool:
        """A short "Label: value" line whose label the edition prints in many of its items: a field of
        the item above it, never a headline that would make the item's title a section."""
        label = _field_label(block, _FIELD_LONG_WORDS)
        return label is not None and label in self.field_labels

    def heading_like(self, block: Block) -> bool:
        """Whether a block reads as a heading or headline rather than running text."""
        if block.kind is Kind.HEADING:
            return True
        if self.field_line(block):
            return False
        if block.code or is_bare_link(block) or linked_item(block):
            return False
        if block.kind is Kind.TEXT and not block.emphasised and block.text.rstrip().endswith((":", "：")):
            nxt = self.after(block)
            if nxt is not None and nxt.code:
                return False  # "..., which translates to:" over a code block: the sentence that shows it
        if block.index in self.colon_titles:
            return True
        if self.runs_on(block):
            return False
        if block.kind is Kind.BULLET:
            # "2. Tencent bets on agents" over a paragraph: a numbered headline, not a list item.
            nxt = self.after(block)
            numbered = re.match(r"^\s*\d{1,3}[.)]\s", block.raw) is not None
            if nxt is None or nxt.kind is not Kind.TEXT or not is_title_like(block.text):
                return False
            # "* **Kimi k2.6: Advancing open-source coding**" over a paragraph of sentences: a title set
            # in bold (over a line of no sentence, "Presents an open model ...", it is an item's title).
            bolded = block.emphasised or _KICKED_BOLD.match(item_body(block.raw)) is not None
            bold = bolded and not block.links and not is_title_like(nxt.text)
            return numbered or bold
        return block.emphasised or is_title_like(block.text) or self.two_part_title(block)

    @staticmethod
    def two_part_title(block: Block) -> bool:
        """A headline of two sentences in title case, the second ending with no mark ("Trump Stumbled
        Into a Global Economic War. Xi Jinping Was Ready"): a title, however it stops in the middle."""
        text = block.text.strip()
        return (
            block.kind is Kind.TEXT
            and not block.links
            and words(text) <= _TWO_PART_WORDS
            and title_case(text, _TWO_PART_WORDS_FEWEST)
            and len(sentences(text)) == 2
        )

    @functools.cached_property
    def colon_titles(self) -> frozenset[int]:
        """In a body whose paragraphs are lines, the lines of a run of three or more plain lines ending
        with a colon, each a title of four to fourteen words with no sentence in it ("Ada Lund on the
        harbour's night crossings:"), each over paragraphs of running text of its own up to the next,
        forty words or more: a roundup's excerpts, each headed by its title, never a label trailing off
        into one story (a term over its definition of a line or two)."""
        if not self.lines_paragraphs:
            return frozenset()
        # Each title with the words of the paragraphs under it, up to the next title; None breaks a run.
        told: list[tuple[int, int] | None] = []
        for block in self.blocks:
            if block.kind is Kind.RULE or self.verdicts[block.index] is not None:
                continue
            if self._colon_title(block):
                told.append((block.index, 0))
            elif block.kind is Kind.TEXT and not block.emphasised and not is_title_like(block.text):
                if told and told[-1] is not None:
                    told[-1] = (told[-1][0], told[-1][1] + words(block.text))  # a paragraph of the excerpt
            else:
                told.append(None)
        runs: list[list[int]] = [[]]
        for item in told:
            if item is None or item[1] < _COLON_EXCERPT_WORDS:
                runs.append([])  # a label over a line or two, or over nothing: no excerpt of its own
            else:
                runs[-1].append(item[0])
        return frozenset(i for run in runs if len(run) >= _COLON_RUN for i in run)

    @staticmethod
    def _colon_title(block: Block) -> bool:
        text = block.text.strip()
        if block.kind is not Kind.TEXT or block.emphasised or block.links or not text.endswith((":", "：")):
            return False
        core = text[:-1].strip()
        return (
            _COLON_TITLE_WORDS[0] <= words(core) <= _COLON_TITLE_WORDS[1]
            and core[:1].isupper()
            and not ends_sentence(core)
            and len(sentences(core)) == 1
            and ":" not in core
        )

    def runs_on(self, block: Block) -> bool:
        """In a body whose paragraphs are lines, a plain line that is part of the running text however
        short: a label trailing off into the paragraph under it ("Sparse attention:", "It comes in two
        sizes:"), or the next point of an enumeration whose line above trails off ("Why it matters;"
        over "And what comes next")."""
        if not self.lines_paragraphs or block.kind is not Kind.TEXT or block.emphasised or block.links:
            return False
        if block.blank_before or is_caps(strip_symbols(block.text)):
            return False  # a line set apart by a blank line, or a label in capitals, may head what follows
        if block.text.rstrip().endswith((":", "：", ";")):
            nxt = self.after(block)
            return nxt is not None and nxt.kind is Kind.TEXT and not nxt.blank_before
        before = self.blocks[block.index - 1] if block.index > 0 else None
        return before is not None and before.kind is Kind.TEXT and before.text.rstrip().endswith((";", ","))

    @functools.cached_property
    def parent_headings(self) -> dict[int, Block]:
        """Each heading's nearest heading above it at a higher level (a lower number)."""
        parents: dict[int, Block] = {}
        open_headings: list[Block] = []
        for block in self.blocks:
            if block.kind is not Kind.HEADING or block.index in self.masthead:
                continue
            while open_headings and open_headings[-1].level >= block.level:
                open_headings.pop()
            if open_headings:
                parents[block.index] = open_headings[-1]
            open_headings.append(block)
        return parents

    @functools.cached_property
    def _with_subheadings(self) -> frozenset[int]:
        """The headings with a deeper heading under them."""
        return frozenset(parent.index for parent in self.parent_headings.values())

    @functools.cached_property
    def leaf_levels(self) -> dict[int, int]:
        """For each heading level, how many headings at that level have no deeper heading under them."""
        leaves: dict[int, int] = {}
        for block in self.blocks:
            if block.kind is Kind.HEADING and block.index not in self.masthead:
                leaf = block.index not in self._with_subheadings
                leaves[block.level] = leaves.get(block.level, 0) + leaf
        return leaves

    def inside_story(self, block: Block) -> bool:
        """A sub-heading inside a story ("### The Platform Trap" in an essay under "## Nimbus and the
        Aggregator's Dilemma"): the heading above it is a headline with text of its own, and the
        headings at that level are the edition's stories, since not all of them have sub-headings."""
        parent = self.parent_headings.get(block.index)
        if parent is None or is_label(parent.text) or self.verdicts[parent.index] is not None:
            return False
        before = self.previous_content(block.index)
        if before is not None and before.index > parent.index + 1 and link_only(before) is not None:
            return False  # the story above closed with its link ("[Read more »](url)"): no sub-heading of it
        own = self.next_content(parent.index)
        if own is None or own.kind is not Kind.TEXT or self.heading_like(own) or own.lead is not None:
            return False
        return self.leaf_levels.get(parent.level, 0) > 0  # the parent has sub-headings: it is no leaf

    def after_linked_title(self, block: Block) -> bool:
        """Whether the content block before ``block`` is a linked title alone on its line."""
        for other in reversed(self.blocks[: block.index]):
            if other.kind is Kind.RULE or self.verdicts[other.index] is not None:
                continue
            return linked_title(other)
        return False

    def is_entry(self, block: Block) -> bool:
        return is_entry(self.blocks, block.index)

    def role(
        self,
        block: Block,
        previous_role: str | None,
        draft: str | None,
        started: bool,
        under_heading: bool = False,
    ) -> str:
        """ "section", "headline", "subhead" or "empty" for a heading-like block.

        ``draft`` is the origin of the story being built (None when there is none);
        ``started`` says whether any story has been built or begun; ``under_heading`` whether
        that story's headline is a Markdown heading.
        """
        if self.metadata(block) is not None or told_link(block):
            # A headline over its link and date lines, then its summary; a link telling its story in
            # sentences, never a section over what follows it.
            return "headline"
        nxt = self.next_content(block.index)
        if nxt is not None and self.is_dek(nxt):
            return "headline"  # a headline over its dek in italics, then its text
        if is_channel_header(block.text) and nxt is not None:
            return "section"  # a channel of a recap: its summaries are the stories
        if reader_label(block.text) and nxt is not None:
            return "section"  # "What You Need to Know Today" over an untitled item: no headline of it
        if nxt is not None and self.counted_items(block):
            return "section"  # "10 AI News You Need to Know About" over its ten paragraphs
        if nxt is not None and block.kind is not Kind.HEADING and self.field_line(nxt):
            return "headline"  # a paper's title over its "AI Lab: ..." line, however short the title
        if block.kind is Kind.HEADING:
            return self._heading_role(block, nxt)
        if block.doubled and nxt is not None:
            return "section"  # a label printed twice for two layouts, its headlines printed once
        if block.numbered and nxt is not None:
            return "headline"  # "↓↓55Listening religiously": an item's headline, however short
        if linked_title(block) and (
            (nxt is not None and linked_title(nxt)) or self.after_linked_title(block)
        ):
            return "headline"  # one of a run of linked titles: each an item, with its link
        label = is_label(block.text) and not block.emphasised
        if block.kind is Kind.BULLET:
            return "headline"  # a numbered headline ("2. Tencent bets on agents")
        if nxt is None:
            # A last line under a fresh section, or the only line of an edition, is a title-only story.
            alone = previous_role == "section" or not started
            return "headline" if alone and not label else "empty"
        if draft == "headline" and block.emphasised and block.text.rstrip().endswith((":", "：")):
            return "subhead"  # "**By the numbers:**" over the story's own bullets, or over the rest of it
        if self.label_over_items(block, nxt):
            return "section"  # "**00:58:10 — Lightning round**" over items that each stand alone
        if label and nxt.kind is Kind.BULLET and self.list_of_headlines(nxt):
            return "section"  # "What Everyone's Reading" over linked headlines: each another story
        if label and is_caps(strip_symbols(block.text)):
            if nxt.kind is Kind.BULLET and self.list_of_items(nxt):
                return "section"  # "MARKETS" over items that each stand alone: one story per item
            return "headline" if self.caps_headlines else "section"
        if self.opens_section(nxt):
            return "subhead" if draft is not None else "empty"
        if draft == "headline" and under_heading and self.label_in_story(block, short=False):
            return "subhead"  # "The View From Mombasa" in plain text inside a story headed "## ..."
        if is_label(strip_symbols(block.text)) and (headed_paragraph(nxt) or linked_item(nxt)):
            return "section"  # "**WHAT WE'RE WATCHING ON THE HILL**" over "**Crypto bill ...:** ..." items
        if self.closing_line(block, nxt):
            return "subhead" if draft is not None else "headline"
        if self.introduces_links(block, nxt):
            return "section"  # "First, here are three new stories:" over linked titles: their section
        if self.heading_like(nxt) or titled_item(nxt):
            if block.lead is not None and draft is not None and not label and not block.emphasised:
                # "Go deeper: ..." closing the story above; a line all in bold over titled items
                # ("**Theme 2: Agentic AI Ascends: Frameworks, Features**") heads them instead.
                return "subhead"
            if previous_role == "section" and not is_caps(strip_symbols(block.text)) and not titled_item(nxt):
                return "headline"  # section, headline, then a subtitle
            return "section"
        if label and draft != "headline":
            return "section"
        if label:
            return "subhead"
        return "headline"

    def introduces_links(self, block: Block, nxt: Block) -> bool:
        """A plain line ending with a colon ("First, here are three new stories from The Atlantic:") over
        a run of linked titles, each alone on its line (the first may close with a full stop): it
        introduces them, each a story of its own, never the headline of the first one."""
        if block.kind is not Kind.TEXT or block.emphasised or block.links:
            return False
        if not block.text.rstrip().endswith((":", "：")) or not linked_title(nxt):
            return False
        after = self.next_content(nxt.index)
        return after is not None and linked_title(after)

    def counted_items(self, block: Block) -> bool:
        """A heading announcing the number of its items ("10 AI News You Need to Know About") over
        exactly that many paragraphs, up to the next heading or chrome: each paragraph is an item of
        its own, the heading their section."""
        number = announced_items(block.text)
        if number is None or ends_sentence(block.text):
            return False
        count = 0
        for other in self.blocks[block.index + 1 :]:
            if other.kind is Kind.RULE or self.verdicts[other.index] is not None:
                break
            if other.kind is Kind.HEADING or (other.kind is Kind.TEXT and self.heading_like(other)):
                break
            count += 1
            if count > number:
                return False
        return count == number

    def closing_line(self, block: Block, nxt: Block) -> bool:
        """A plain or italic sentence right over a Markdown heading ("*Tweet us to get your offers
        listed here!*", "Thanks to Ada for the suggestion!"): the last line of what is above it, for the
        heading opens what follows; a sentence names no section."""
        return (
            nxt.kind is Kind.HEADING
            and block.kind is Kind.TEXT
            and not block.emphasised
            and block.lead is None
            and ends_sentence(block.text)
        )

    def label_over_items(self, block: Block, nxt: Block) -> bool:
        """A short label in bold, once its time code is off ("**00:58:10 — Lightning round**"), over a
        list of items that each stand alone: the items' section."""
        return (
            block.emphasised
            and is_label(clean_title(block.text))
            and nxt.kind is Kind.BULLET
            and self.list_of_items(nxt)
        )

    def label_in_story(self, block: Block, short: bool = True) -> bool:
        """A plain label line ("The News", "Know More", and with ``short`` false any plain line) with
        a paragraph under it: under a heading, a label inside the story, never a headline of its own."""
        if block.kind is not Kind.TEXT or block.emphasised or block.links or block.lead is not None:
            return False
        if (short and not is_label(block.text)) or block.text.rstrip().endswith(":"):
            return False
        nxt = self.next_content(block.index)
        return nxt is not None and nxt.kind is Kind.TEXT and not self.heading_like(nxt) and nxt.lead is None

    def _heading_role(self, block: Block, nxt: Block | None) -> str:
        if nxt is None or (nxt.kind is Kind.HEADING and nxt.level <= block.level):
            return "empty"
        if not is_label(block.text) and self.label_in_story(nxt):
            return "headline"  # "## Kenya signs a power deal" over "The News" over its text
        if nxt.kind is Kind.HEADING and self.parent_headings.get(nxt.index) is block:
            return "section"  # "## New plugins" right over "### foldcus.nvim": it heads headings, no text
        if self.inside_story(block):
            return "subhead"
        if linked_heading(block) and nxt.kind is Kind.TEXT and not nxt.emphasised and nxt.lead is None:
            return "headline"  # "### [Title](url)" over its own paragraph, though that paragraph is short
        if self.heading_like(nxt) or titled_item(nxt) or linked_item(nxt) or headed_paragraph(nxt):
            return "section"  # a heading over headlines or over a list of titled items
        core = strip_symbols(block.text)
        if len(self.heading_levels) == 1 and len(core.split()) == 1 and is_label(core):
            return "section"  # the only heading level, one-word topic labels ("Pipeline") over text
        if nxt.kind is Kind.BULLET and is_label(block.text) and block.level in self.section_levels:
            return "section"  # "## In brief", "## Venture capital deals" over their items
        return "headline"
