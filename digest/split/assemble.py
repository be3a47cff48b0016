"""One pass over the blocks of an edition, building stories and the ledger.

Each block is decided by its role (see :mod:`digest.split.roles`): a section
heading sets the section; a headline opens a story; text continues the story
being built or opens one; chrome goes to the ledger with its reason. A chrome
heading covers what belongs to it: a whole section when it heads a section, only
its own item (its headline and paragraphs) when it heads an item among siblings.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence

from attrs import evolve, field, frozen

from digest.models import Dropped, DropReason, Edition, Split, Story
from digest.readers._meta import cut_weekdays
from digest.split.blocks import (
    NAME_PARTICLES,
    Block,
    Kind,
    item_body,
    lead_body,
    lead_in,
    link_only,
    opening_link,
    sign_up_line,
)
from digest.split.chrome import (
    COUNTERS,
    EVENT_PROMOTION,
    ITEM_NUMBER,
    MARKDOWN_LINK,
    PICTURE_CREDIT,
    Verdict,
    asks_to_apply,
    block_verdict,
    closing_prompt,
    heading_verdict,
    is_ad_label,
    is_chrome_label,
    is_job_listing,
    is_link_row,
    is_open_task,
    opens_with_greeting,
    previews_next_issue,
    promotes_episode,
    promotes_newsletter,
    promotes_sign_up,
    read_more_line,
    signs_note,
    sponsor_named,
)
from digest.split.contents import bullet_contents, listed_items, repeated_later, teaser_list, teaser_run
from digest.split.glued import cut_byline
from digest.split.metadata import RELATIVE
from digest.split.recap import chat_in_context, phrase_list, recap_verdict
from digest.split.roles import (
    SECTION_REASONS,
    Layout,
    covers_section,
    has_lead,
    headed_paragraph,
    is_bare_link,
    linked_item,
    linked_title,
    shape,
    titled_item,
    told_link,
)
from digest.text.dates import find_date, find_dates
from digest.text.ids import story_id
from digest.text.links import article_link, is_front_page, is_job_board, is_shop_page, is_writer_page
from digest.text.shape import (
    clean_title,
    derive_title,
    ends_sentence,
    is_caps,
    is_connective,
    is_engagement_count,
    is_label,
    is_link_label,
    kicker_title,
    sentences,
    strip_read_more,
    strip_symbols,
    title_case,
    words,
)

__all__ = ["Page", "assemble"]

#: The ledger's detail for a heading with nothing under it.
EMPTY_HEADING = "heading with nothing under it"
#: The ledger detail of a line alone with nothing under it and nowhere to go (a label, an aside).
EMPTY_HEADLINE = "a headline with no text and no link"

#: Sentences of a paragraph that make it running text rather than an item's line.
_RUNNING_SENTENCES = 2

#: Longest text kept in a ledger entry.
_LEDGER_TEXT = 500


@frozen
class Page:
    """Facts about the whole document that the splitter decides with."""

    edition: Edition
    #: Places year-less dates ("Dec 30"): the edition's date, ``as_of``, or the page's latest date.
    reference: dt.date | None
    #: Places relative dates ("a day ago"): only the edition's date or ``as_of``.
    anchor: dt.date | None
    day_first: bool | None
    #: Blank lines separate paragraphs throughout, so a blank line is not a story boundary.
    blank_separated: bool
    extra: tuple[re.Pattern[str], ...]


#: Words that hold a place where nothing was written.
_PLACEHOLDER = re.compile(r"\b(?:n/?a|tbd|tba|none|null|nil|todo)\b", re.IGNORECASE)


#: Fewest words of a sentence introducing a story's items (a shorter line is a label).
_LEAD_IN_WORDS = 5


#: Most words of a lead-in or first sentence titling a link that tells its story.
_TOLD_TITLE_WORDS = 14


#: Most words of a line introducing what follows ("In case you missed it, here's this week's deep dive:").
_INTRODUCTION_WORDS = 25


def _introduction_only(draft: _Draft, text: str) -> bool:
    """A story with no headline that is one line trailing off into what follows, with no link: the
    introduction of a list or a card, alone ("Here's what happened in AI this week:")."""
    if draft.origin != "derived" or draft.title or len(draft.blocks) != 1:
        return False
    (block,) = draft.blocks
    line = text.strip()
    return (
        not block.links
        and block.kind is Kind.TEXT
        and "\n" not in line
        and line.endswith((":", "："))
        and words(line) <= _INTRODUCTION_WORDS
        and len(sentences(line)) == 1
    )


def _told_title(text: str) -> tuple[str, str]:
    """The title and text of a link telling its story in sentences: its lead-in ("Ninefold Tangles: I
    love this chart ...") or its first sentence when more follow ("Face to Face With a Whale. Striking
    photos ..."), short enough for a title; else a title cut from its first sentence over the whole."""
    lead = lead_in(text)
    if lead is not None and 2 <= words(lead[0]) <= _TOLD_TITLE_WORDS and lead[1].strip():
        return clean_title(lead[0]), lead[1].strip()
    parts = sentences(text)
    if len(parts) >= _RUNNING_SENTENCES and words(parts[0]) <= _TOLD_TITLE_WORDS:
        return clean_title(parts[0].rstrip(".")), text[text.find(parts[1]) :].strip()
    return derive_title(text), text


def _placeholder_only(text: str) -> bool:
    """Whether ``text`` says nothing but placeholders ("**N/A**: N/A"); digits alone are no placeholder."""
    return (
        _PLACEHOLDER.search(text) is not None and re.search(r"[^\W\d_]", _PLACEHOLDER.sub("", text)) is None
    )


#: Most words of a poll's answer alone on its line ("Not Great"), and fewest answers to a question.
_POLL_ANSWER_WORDS, _POLL_ANSWERS = 3, 2
#: A poll's answer: words of letters only ("Not Great", "Meh"), no code or sentence.
_POLL_ANSWER = re.compile(r"[^\W\d_]+(?:[ '’-][^\W\d_]+)*")


@frozen
class _Draft:
    """A story being assembled."""

    title: str
    #: "headline", "lead" (a lead-in phrase) or "derived" (from the first sentence).
    origin: str
    section: str | None
    blocks: tuple[Block, ...] = ()
    paragraphs: tuple[str, ...] = ()
    url: str | None = None
    source: str | None = None
    date: dt.date | None = None
    metadata: tuple[Block, ...] = field(default=())

    def add(self, block: Block, text: str | None = None) -> _Draft:
        body = strip_read_more(block.text if text is None else text)
        paragraphs = (*self.paragraphs, body) if body else self.paragraphs
        return evolve(self, blocks=(*self.blocks, block), paragraphs=paragraphs)


@frozen
class _Chrome:
    """A chrome heading and what it covers: its section, or only its own item."""

    verdict: Verdict
    heading: Block
    #: True when the heading is one item among sibling headlines, not a section heading.
    item: bool
    #: A sponsor's label line over its text: it covers the paragraphs up to the next headline.
    card: bool = False
    #: How many blocks it has covered so far (a rule right under its label does not end it).
    covered: int = 0


#: A name or a figure after a paragraph's first word ("... released GPT-5 today").
_NAMED_AFTER_FIRST = re.compile(r"\s(?:[A-Z][\w'’.-]*\w|\S*\d)")


def _names_news(paragraph: str) -> bool:
    """A short opener that tells news ("OpenAI released GPT-5 today."): a sentence of four words or
    more that names something after its first word; "Now it's a cheese war." names nothing."""
    return words(paragraph) >= 4 and _NAMED_AFTER_FIRST.search(paragraph) is not None


#: A picture on a line of its own ("![Aerial view](https://...)", "<img ...>").
_PICTURE = re.compile(r"^(?:\[?!\[[^\]]*\]\([^)]*\)\]?(?:\([^)]*\))?|<img\b[^>]*>)$", re.IGNORECASE)
#: Most words of a caption under a picture.
_CAPTION_WORDS = 40

#: How many blocks under a sponsor's label its card names the sponsor in.
_CARD_BLOCKS = 3
#: A short exclamation with nothing else ("Whoa!", "Wow, wow!"): three words at most, no figure.
_EXCLAMATION_ONLY = re.compile(r"[^\W\d]+(?:[ ,]+[^\W\d]+){0,2}\s*!+")
#: A sponsor's credit whose name was its logo, lost with the picture ("Sponsored by", "Presented by").
_NAMELESS_SPONSOR = re.compile(r"\W*(?:sponsored|presented|powered|brought to you) by\W*", re.IGNORECASE)

#: Fewest prompts that make a section under a heading a prompt, when they are half its blocks or more.
_SECTION_PROMPTS = 2

#: Most words of a call to action closing a box ("▼ Try it free", "Start your trial →").
_BUTTON_WORDS = 5

#: Most words of a sponsor's label line ("Presented by Ledgerline", "Together with Acme Cloud").
_LABEL_WORDS = 8

#: Most words of an editor's note that greets the reader before the first story.
_EDITOR_NOTE_WORDS = 120

#: The ledger detail of a line naming the edition's date before its stories, and its most words.
_DATED_TITLE = "masthead: the edition's title and date"
_DATED_TITLE_WORDS = 12

#: Most items of a list a line of a story introduces, printed one a line with no mark.
_LISTED_ITEMS = 12

#: Paragraphs of its own a section of a long essay runs to, above and below a sibling label.
_SECTION_PARAGRAPHS = 3


#: Fewest paragraphs of running text of its own under a label read as the next section's.
_LABELLED_PARAGRAPHS = 2


def _same_mark(label: Block, block: Block) -> bool:
    """Whether ``block`` opens with the marks that open ``label`` ("↓↓"): printed as its sibling."""
    mark = _OPENING_MARK.match(label.text)
    return mark is not None and block.text.startswith(mark[0])


#: Marks opening a line, neither words, spaces nor brackets ("↓↓", "▶").
_OPENING_MARK = re.compile(r"[^\w\s\[\]()*_#>\"'“‘-]+")


def _plain_label(block: Block) -> bool:
    """A plain short line ("GPT 5.5", "Meet the Models"): no bold, link, lead-in or closing colon."""
    if block.kind is not Kind.TEXT or block.emphasised or block.links or block.lead is not None:
        return False
    return is_label(block.text) and not block.text.rstrip().endswith((":", "：", "."))


def _plain_line(block: Block) -> bool:
    """A plain line ending no sentence ("Keep an Eye On"): no bold, link, lead-in or closing mark."""
    if block.kind is not Kind.TEXT or block.emphasised or block.links or block.lead is not None:
        return False
    return not block.text.rstrip().endswith((":", "：", ".", "!", "?", ",", ";"))


def _bracketed_line(block: Block) -> bool:
    """A short line set in brackets ("(Illustration by Ada Ruiz / The Daily)"): a credit or an aside."""
    text = block.text.strip(" *_")
    return text.startswith("(") and text.endswith(")") and words(text) <= _CAPTION_WORDS


def _indent(raw: str) -> int:
    line = raw.expandtabs(4)
    return len(line) - len(line.lstrip())


#: A list item opening with its own title set in italics ("* *The End of an Era.* My son ...",
#: "- _Can Orbit Join the Race?_ When I ..."): the title, then the item's text. (A title in bold is
#: the item's lead-in, read as such.)
_EMPHASISED_TITLE = re.compile(
    r"^(?P<mark>[*_])(?P<title>[^*_`]{3,150}?)(?P=mark)\s*[:.]?\s+(?P<rest>[^*_\s].*)$"
)
#: Fewest words of a titled point's title, and of its text: a headed paragraph, not a label.
_POINT_TITLE_WORDS, _POINT_WORDS = 3, 25


def _titled_point(block: Block) -> tuple[str, str] | None:
    """A list item headed by its own emphasised title of three words or more over a paragraph of text
    ("* *Can Orbit Join the Race?* When I first heard ..."): its title and its text."""
    if block.kind is not Kind.BULLET or block.lead is not None:
        return None
    match = _EMPHASISED_TITLE.match(lead_body(item_body(block.raw.split("\n", 1)[0].strip())))
    if match is None:
        return None
    title, rest = clean_title(match["title"]), block.text.split(match["title"].strip(), 1)[-1]
    title = title if title.endswith("..") else title.rstrip(".")
    rest = rest.lstrip(" *_:.")
    if words(title) < _POINT_TITLE_WORDS or words(rest) < _POINT_WORDS:
        return None
    return title, rest


def _sibling_items(first: Block, block: Block) -> bool:
    """Whether ``block`` is a list item at the level of ``first``, the list item a story began with."""
    if first.kind is not Kind.BULLET or block.kind is not Kind.BULLET:
        return False
    return _indent(block.raw) <= _indent(first.raw)


def _own_briefs(draft: _Draft, first: Block, block: Block) -> bool:
    """Whether ``block`` is the next item of an untitled list of briefs (each opens no lead-in, links
    a page of its own and does not point back to the item above: "Behind Meta's huge layoffs is [a
    relentless shift](url) toward AI."), which ``draft`` opened with its first item."""
    return (
        draft.origin == "derived"
        and _sibling_items(first, block)
        and bool(first.links)
        and bool(block.links)
        and not set(first.links) & set(block.links)
        and not is_connective(block.text)
    )


#: A figure alone in a cell: a price, a count or a change ("$91,240", "+5.8%", "+3.1 bps", "$5.12/lb"),
#: maybe with its change glued after it, a cell of its own lost ("$95.69+1.4%", "7,191.50-0.0%").
_FIGURE = re.compile(
    r"[+\-−–]?\s?[$€£¥]?\s?\d[\d,.]*\s?(?:[%kKmMbB]|bps?|pts?)?(?:\s?/\s?[a-z]{1,5})?"
    r"(?:[+\-−–]\d[\d,]*(?:\.\d+)?%|[+\-−–]\d[\d,]*\.\d+)?"
)
#: A link to a person's profile page ("substack.com/@dana", "/author/dana-whitfield"), maybe with a
#: query string (a newsletter's tracking: "/author/dana-whitfield/?lctg=...").
_PROFILE = re.compile(
    r"(?:/@[\w.-]+|/(?:author|authors|people|profile|user|u)/[^/?#]+)/?(?:[?#].*)?$", re.IGNORECASE
)


#: An ad server's click address: an advertisement's link, not a story's.
_AD_SERVER = re.compile(
    r"https?://([\w-]+\.)*(doubleclick\.net|googleadservices\.com|googlesyndication\.com|adnxs\.com)[/:?]"
    r"|https?://[^/\s]+/gampad/",
    re.IGNORECASE,
)


#: The ledger detail of the lines of a link's preview card.
LINK_CARD = "link preview card: title, description and site of the story's link"


#: Fewest lines of a link's preview card: its title, description and site, each linking the page.
_CARD_LINES = 3


def _run_around(blocks: list[Block], block: Block, same: Callable[[Block], bool]) -> tuple[int, int]:
    """The first and last index of the blocks in a row around ``block`` that are all ``same``."""
    start = block.index
    while start > 0 and same(blocks[start - 1]):
        start -= 1
    end = block.index
    while end + 1 < len(blocks) and same(blocks[end + 1]):
        end += 1
    return start, end


def _card_lines(blocks: list[Block], block: Block) -> int:
    """How many lines in a row around ``block`` are each one link to the page ``block`` links."""

    def same(other: Block) -> bool:
        return other.title_link == block.title_link and linked_title(other)

    start, end = _run_around(blocks, block, same)
    return end - start + 1


#: Marks a button's words end with ("Build with Intent →", "Start free »").
_ARROWS = ("→", "›", "»", "➔", "➜", "⟶")
#: Most paragraphs of a sponsor's text between its label and its button.
_AD_PARAGRAPHS = 6


def _arrow_button(block: Block) -> bool:
    """A short line ending in an arrow ("BUILD WITH INTENT partner with us →"): a button."""
    text = block.text.strip()
    return block.kind is Kind.TEXT and text.endswith(_ARROWS) and words(text) <= _LABEL_WORDS


def _call_to_action(block: Block) -> bool:
    """A line that is one short link and nothing else ("[Apply](url)", "[Post a job for $299 →](url)")."""
    return linked_title(block) and words(block.text) <= _BUTTON_WORDS


#: Fewest items of a list of bare names (a roster of contributors or speakers) under a heading.
_ROSTER_ITEMS = 3
#: Most words of one name in a roster ("Ada Lovelace", "Dee van der Berg").
_NAME_WORDS = 4
#: A word of a name or a handle: letters, digits and the marks names and handles hold.
_NAME_WORD = re.compile(r"[^\W_][\w.'’-]*")
#: The ledger detail of a roster's names.
ROSTER = "list of names under a heading (contributors, speakers): no story"


def _bare_name(block: Block) -> bool:
    """A list item that is a name and nothing else: no link, no sentence, a handle ("iirelu") or
    capitalised words ("Ada Lovelace")."""
    tokens = block.text.split()
    if block.kind is not Kind.BULLET or block.links or not 0 < len(tokens) <= _NAME_WORDS:
        return False
    if not all(_NAME_WORD.fullmatch(t) for t in tokens) or block.text.rstrip().endswith("."):
        return False
    return len(tokens) == 1 or all(t[:1].isupper() or t in NAME_PARTICLES for t in tokens)


def _roster(blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is an item of a list of bare names that is all a heading holds ("## New
    Contributors" over "- Ada Lovelace", "- iirelu", ...): people credited, no story each."""
    if not _bare_name(block):
        return False

    def same(other: Block) -> bool:
        return _bare_name(other) and _indent(other.raw) == _indent(block.raw)

    start, end = _run_around(blocks, block, same)
    after = blocks[end + 1] if end + 1 < len(blocks) else None
    return (
        end - start + 1 >= _ROSTER_ITEMS
        and start > 0
        and blocks[start - 1].kind is Kind.HEADING
        and (after is None or after.kind is not Kind.BULLET)
    )


#: A count alone on its line, as an item's number is printed ("5", over the item).
_BARE_NUMBER = re.compile(r"\d{1,3}")


class _ItemNumbers:
    """Where an edition prints each number alone on its line ("5"), read once: whether a block is an
    item's number, told by the numbers before and after it (the edition prints the number one less
    above it or one more below it, each on a line of its own), and whether the next one follows. A
    label over such a number ("EXPERT TAKE" over "5") names the item's section, not a row of a
    table of figures."""

    def __init__(self, blocks: Sequence[Block]) -> None:
        self._at: dict[str, list[int]] = {}
        for block in blocks:
            text = block.text.strip()
            if text.isdigit():
                self._at.setdefault(text, []).append(block.index)

    def numbers_an_item(self, block: Block) -> bool:
        """Whether ``block`` is an item's number in a run: its number less one above it or plus one below."""
        found = _BARE_NUMBER.fullmatch(block.text.strip())
        if found is None:
            return False
        value = int(found.group())
        return any(k < block.index for k in self._at.get(str(value - 1), ())) or self.next_below(block)

    def next_below(self, block: Block) -> bool:
        """Whether the number after the item's number ``block`` ("5" under "4") is printed further down:
        the item ends there; the last item of the run has no end the page shows."""
        wanted = str(int(block.text.strip()) + 1)
        return any(k > block.index for k in self._at.get(wanted, ()))


#: Fewest figures of a table printed on one line ("LAST CHG %CHG DJIA 49311.00 -179.00 0.36 ...").
_ROW_FIGURES = 6


def _figures_row(text: str) -> bool:
    """Whether a line with no link is a table's figures run together: six figures or more, and as
    many figures as words."""
    tokens = text.split()
    if "http" in text or not tokens:
        return False
    figures = sum(1 for t in tokens if _FIGURE.fullmatch(t))
    return figures >= _ROW_FIGURES and figures * 2 >= len(tokens)


#: Most words of a button's line that may name its story ("Build stronger connection and healthier
#: organizations").
_TITLE_BUTTON_WORDS = 8
#: Fewest words of a paragraph a button below links (a sentence or more, never a label).
_BUTTON_PARAGRAPH_WORDS = 12
#: Fewest paragraphs, each over its own button, that show an edition prints its buttons below.
_BUTTONS_BELOW = 2


def _buttons_below(blocks: list[Block], verdicts: list[Verdict | None]) -> set[int]:
    """The buttons an edition prints under the paragraph they link ("As AI reshapes ..." over
    "[Deliver value](url)"), told by their run: paragraphs and linked lines alternate, a paragraph
    first, and the last button has no paragraph under it (a heading or the end follows). Each such
    button closes the story above it with its link; it heads no story."""
    live = [b for b in blocks if verdicts[b.index] is None and b.kind is not Kind.RULE]

    def paragraph(block: Block) -> bool:
        return (
            block.kind is Kind.TEXT
            and block.title_link is None
            and not block.emphasised
            and words(block.text) >= _BUTTON_PARAGRAPH_WORDS
        )

    def button(block: Block) -> bool:
        return linked_title(block) and words(block.text) <= _TITLE_BUTTON_WORDS

    found: set[int] = set()
    start = 0
    while start < len(live):
        end = start
        while end + 1 < len(live) and paragraph(live[end]) and button(live[end + 1]):
            end += 2
        pairs = (end - start) // 2
        if pairs >= _BUTTONS_BELOW and (end == len(live) or not paragraph(live[end])):
            found.update(live[i].index for i in range(start + 1, end, 2))
        start = max(end, start + 1)
    return found


#: A word of a person's name: capitalised, or an initial ("E.").
_NAME_PART = re.compile(r"[A-Z](?:[a-z][\w'’-]*|\.)|[A-Z][a-z]*[-'’][A-Z][\w'’-]*")
#: A line giving a person's role under their name ("Editor in Chief, The Daily Ledger").
_ROLE_LINE = re.compile(
    r"\b(?:editor|chief|founder|co-?founder|ceo|publisher|reporter|correspondent|writer|columnist|host"
    r"|director|president|contributor|author|anchor|producer|analyst|strategist)s?\b",
    re.IGNORECASE,
)
#: Fewest words of the paragraph a signature signs (a note, not a label).
_SIGNED_WORDS = 12
#: Most words of a role line under a signature.
_ROLE_WORDS = 8


def _person(block: Block) -> bool:
    """A line that is a person's name and nothing else: two to four capitalised words or initials."""
    tokens = block.text.split()
    return (
        block.kind is Kind.TEXT
        and 2 <= len(tokens) <= _NAME_WORDS
        and all(_NAME_PART.fullmatch(t) or t in NAME_PARTICLES for t in tokens)
        and _NAME_PART.fullmatch(tokens[-1]) is not None
        and not tokens[-1].endswith(".")
    )


def _role_line(block: Block) -> bool:
    """A short line naming a role ("Editor in Chief, The Daily Ledger"), no sentence."""
    text = block.text.strip()
    return (
        block.kind is Kind.TEXT
        and not block.links
        and words(text) <= _ROLE_WORDS
        and not text.endswith((".", "!", "?"))
        and _ROLE_LINE.search(text) is not None
    )


#: Most words of a letter's closing line over its writer's name ("Keep building!", "Best,").
_CLOSING_WORDS = 6


def _first_name(block: Block) -> bool:
    """A line that is one capitalised word and nothing else ("Andrew")."""
    text = block.text.strip()
    return block.kind is Kind.TEXT and not block.links and _NAME_PART.fullmatch(text) is not None


def _closes_letter(blocks: list[Block], name: Block) -> bool:
    """Whether the name ``name``, a first name or a full one, signs a letter: right under its closing
    line ("Keep building!", "Best,"), itself right under a paragraph of the letter."""
    if name.index < 2 or not (_first_name(name) or _person(name)):
        return False
    closing = blocks[name.index - 1]
    text = closing.text.strip()
    return (
        closing.kind is Kind.TEXT
        and not closing.links
        and words(text) <= _CLOSING_WORDS
        and text.endswith(("!", ","))
        and any(ch.isalpha() for ch in text)  # a stray "!" left by a cut link closes nothing
        and _under_letter(blocks, closing)
    )


#: Fewest stories of an edition its writer signs off after (one is the opening note or letter).
_SIGNED_STORIES = 2
#: What follows the writer's signature over the edition's footer: its back matter.
_BACK_MATTER = (DropReason.FOOTER, "after the writer's signature: the edition's back matter")
#: The ledger's detail for a name signing the note or letter above it.
_SIGNATURE = "signature: a name signing the note above it"
#: The ledger's detail for a greeting or a sign-off line ("That's it for June!").
_SIGN_OFF = "greeting or sign-off"
#: Most paragraphs between a sign-off line and the writer's name signing the letter under it.
_SIGN_OFF_REACH = 6
#: Most farewell lines between a letter's last paragraph and its closing line ("Have a good weekend.").
_FAREWELL_LINES = 2


def _under_letter(blocks: list[Block], closing: Block) -> bool:
    """Whether a closing line is right under a paragraph of a letter, or under a farewell or two
    ("Have a wonderful weekend, all.": a short sentence) printed under that paragraph."""
    for above in reversed(blocks[max(0, closing.index - _FAREWELL_LINES - 1) : closing.index]):
        if above.kind is not Kind.TEXT:
            return False
        if words(above.text) >= _SIGNED_WORDS:
            return True
        if words(above.text) > _CLOSING_WORDS + 2 or not ends_sentence(above.text):
            return False
    return False


def _signs(blocks: list[Block], name: Block) -> bool:
    """Whether the name ``name`` signs the paragraph right above it: the paragraph ends with the dash
    that opens a byline ("... maneuvering.” —" over "David E. Rovella"), or a role line follows the
    name ("Emma Tucker" over "Editor in Chief, ..."), or the name is under a letter's closing line
    ("Keep building!" over "Andrew"). A name over a role names no section."""
    if _closes_letter(blocks, name):
        return True
    if name.index == 0 or not _person(name):
        return False
    above = blocks[name.index - 1]
    if above.kind is not Kind.TEXT or words(above.text) < _SIGNED_WORDS:
        return False
    below = blocks[name.index + 1] if name.index + 1 < len(blocks) else None
    return above.text.rstrip().endswith(("—", "–", "--")) or (below is not None and _role_line(below))


def _signature(blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is a note's signature: the name under it, or the role line under that name."""
    if _signs(blocks, block):
        return True
    return block.index > 0 and _role_line(block) and _signs(blocks, blocks[block.index - 1])


#: A word's lower-case end glued to the capital opening the next title ("Washington|US-Iran talks",
#: "again|Way cleared"), an acronym's or a question's end glued to the next title's capitalised word
#: ("UBI|Vibe-coded M&A", "M&A|Not-so-unexpected layoffs", "life in space?|Robots"; not a plural, "LLMs"),
#: or a quoted title's quote glued to the title before or after it ("House|‘Virtual SCIFs’|PDB: ...").
_TITLE_JOIN = re.compile(
    r"[a-z’'][A-Z]|(?<=[A-Z])[A-Z][a-z]{2}|[?!][A-Z]|(?<=[a-z])[‘“][A-Z]|[’”](?=[A-Z]{2})"
)
#: A sentence's end, or a clause's comma: what a line of titles run together never prints.
_PUNCTUATED = re.compile(r"[.!?,;:](?:\s|$)")
#: Fewest joins, and words, of a line of titles run together ("Shooting rattles WashingtonUS-Iran
#: talks falter againWay cleared for Fed pickAI stock frenzy is back..."): a name printed in camel
#: case ("OpenAI", "DeepSeek") joins once, and a sentence has its commas and full stop.
_TITLE_JOINS, _TITLE_RUN_WORDS = 4, 12
#: A sentence's end: what a line of titles run together never prints ("vs." is no end).
_SENTENCE_END = re.compile(r"(?<!\bvs)[.!?](?:\s|$)")
#: Fewest joins of a line of titles run together some of which print a comma or a colon of their own.
_PUNCTUATED_JOINS = 6


def _titles_run_together(block: Block) -> bool:
    """A line of titles a conversion glued together, with no space or mark between them (an e-mail's
    contents line): four joins or more, a dozen words or more, and no punctuation of a sentence."""
    text = block.text
    if block.kind is not Kind.TEXT or block.links or words(text) < _TITLE_RUN_WORDS:
        return False
    joins = len(_TITLE_JOIN.findall(text))
    if _SENTENCE_END.search(text) is not None:
        return False
    # A title may print its own comma or colon ("BYD profit falls, exports jump", "The US: Rich, but
    # unhappy") where the titles glued together are many.
    return joins >= _TITLE_JOINS and (_PUNCTUATED.search(text) is None or joins >= _PUNCTUATED_JOINS)


#: The ledger's detail for a heading printing the message's subject over the stories.
_SUBJECT_TITLE = "masthead: edition title (the message's subject), no section"
#: Fewest paragraphs of a letter told as a story: one paragraph under a greeting is a note.
_LETTER_PARAGRAPHS = 2


def _letter_end(
    blocks: list[Block], verdicts: list[Verdict | None], greeting: Block, *, note: bool = False
) -> int | None:
    """The index of a letter's closing line when the greeting line ``greeting`` ("Dear friends,")
    opens paragraphs running to a closing line over its writer's name ("Keep building!" over
    "Andrew"), longer than an editor's note: the letter, one item however many paragraphs. A
    heading, a separator or a quote before the closing line leaves no letter. With ``note``, the
    closing line of such paragraphs as long as an editor's note or shorter ("Hi Will" over three
    short paragraphs, "Best," and "Brook"): the signed note before the edition's items."""
    told = paragraphs = 0
    plain = True
    for block in blocks[greeting.index + 1 :]:
        if block.index + 1 < len(blocks) and _closes_letter(blocks, blocks[block.index + 1]):
            long_enough = told > _EDITOR_NOTE_WORDS and paragraphs >= _LETTER_PARAGRAPHS
            return block.index if long_enough is not note else None
        if block.kind is Kind.RULE and not note and plain and _essay(told, paragraphs):
            # A long letter of plain paragraphs runs to a separator, and its closing line and name
            # come further down, after the edition's other boxes (an episode, a partner's offer): the
            # letter ends here.
            signed = any(_closes_letter(blocks, later) for later in blocks[block.index + 1 :])
            return block.index if signed else None
        if block.kind not in (Kind.TEXT, Kind.BULLET):
            return None
        if verdicts[block.index] is None:
            told += words(block.text)
            paragraphs += 1
        else:
            plain = False  # a byline, a promotion inside: parts of a post, no letter to a separator
    return None


#: Fewest paragraphs and words of a letter that runs to a separator, its signature further down:
#: an essay sent as a letter ("Hey Will," over twenty paragraphs), never an editor's short note.
_ESSAY_PARAGRAPHS = 5
_ESSAY_WORDS = 3 * _EDITOR_NOTE_WORDS


def _essay(told: int, paragraphs: int) -> bool:
    """Whether a greeting's paragraphs so far (``told`` words in ``paragraphs``) are a long letter."""
    return paragraphs >= _ESSAY_PARAGRAPHS and told > _ESSAY_WORDS


#: A line opening with a call to sign up for something ("Sign up for WSJ AI & Business, a free weekly
#: newsletter ..."), and its most words.
_SIGN_UP_OPENING = re.compile(r"^\W*(?:sign up|subscribe) (?:for|to)\b", re.IGNORECASE)
_SIGN_UP_OPENING_WORDS = 30


def _linked_sign_up(block: Block) -> bool:
    """A line whose link asks the reader to sign up for a newsletter, printed under a story's text
    but none of it (see :func:`sign_up_line`); or a short line opening with that call, whose link is
    on the newsletter's name ("Sign up for WSJ AI & [Business](url), a free weekly newsletter ...")."""
    if block.kind is not Kind.TEXT:
        return False
    if sign_up_line(block.raw):
        return True
    return (
        bool(block.links)
        and words(block.text) <= _SIGN_UP_OPENING_WORDS
        and _SIGN_UP_OPENING.match(block.text) is not None
    )


def _layout_verdict(blocks: list[Block], block: Block, numbers: _ItemNumbers) -> Verdict | None:
    """Chrome told by how a block is printed, not by its words: a row of links to apps or profiles
    ("Apple Podcasts · Spotify"), an author's name linked to their profile, the figures of a
    ticker table and the labels of its rows ("BTC" over "$91,240" and "+2.1%"), a picture's caption
    printed again at the start of the text under it."""
    if block.caption:
        return Verdict(DropReason.BOILERPLATE, "photo caption (printed again over the text)")
    if block.kind is Kind.HEADING:
        return None
    if _signature(blocks, block):
        return Verdict(DropReason.BOILERPLATE, _SIGNATURE)
    if block.index + 1 < len(blocks) and _closes_letter(blocks, blocks[block.index + 1]):
        return Verdict(DropReason.BOILERPLATE, "a letter's closing line over its writer's name")
    if is_link_row(block.raw):
        return Verdict(DropReason.NAVIGATION, "row of links to apps or profiles")
    link = block.title_link
    if link is not None and _PROFILE.search(link) and words(block.text) <= 4 and linked_title(block):
        return Verdict(DropReason.BOILERPLATE, "byline: an author's name linked to their profile")
    if link is not None and linked_title(block) and _card_lines(blocks, block) >= _CARD_LINES:
        return Verdict(DropReason.NAVIGATION, LINK_CARD)
    if _FIGURE.fullmatch(block.text.strip()):
        return Verdict(DropReason.BOILERPLATE, "figure of a table (price, count or change)")
    if _figures_row(block.text):
        return Verdict(DropReason.BOILERPLATE, "a table of figures printed on one line")
    if _roster(blocks, block):
        return Verdict(DropReason.BOILERPLATE, ROSTER)
    if _titles_run_together(block):
        return Verdict(DropReason.NAVIGATION, "table of contents: titles run together on one line")
    if _linked_sign_up(block):
        return Verdict(DropReason.PROMOTION, "sign-up prompt: a link to sign up for a newsletter")
    if _front_page_anchors(blocks, block):
        return Verdict(DropReason.NAVIGATION, "a link to a part of the site's front page")
    if _other_posts_label(blocks, block):
        return Verdict(DropReason.BOILERPLATE, OTHER_POSTS, covers=True)
    if _author_bio(blocks, block):
        return Verdict(DropReason.BOILERPLATE, AUTHOR_BIO)
    if _bookmark_card(blocks, block):
        return Verdict(DropReason.NAVIGATION, BOOKMARK_CARD)
    if _game_box(blocks, block):
        return Verdict(DropReason.POLL, _GAMES)
    nxt = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    if (
        nxt is not None
        and ((is_label(block.text) and words(block.text) <= 2) or _in_figure_table(blocks, block.index))
        and _FIGURE.fullmatch(nxt.text.strip())
        and not (numbers.numbers_an_item(nxt) and not _FIGURE.match(block.text.strip()))
    ):
        return Verdict(DropReason.BOILERPLATE, "label of a table row of figures")
    if block.kind is Kind.TEXT and is_label(block.text) and _in_figure_table(blocks, block.index + 1):
        return Verdict(DropReason.BOILERPLATE, "heading of a table of figures")  # "Market Snapshot"
    return None


#: The ledger detail of a box of the publication's other posts under the edition's own.
OTHER_POSTS = "the publication's other posts (a 'keep reading' box)"
#: The plain label a blog's e-mail prints over cards of its other posts ("Keep reading", "More posts",
#: "You might also like").
_OTHER_POSTS_LABEL = re.compile(
    r"^\W*(?:keep reading|(?:more|recent|latest|related) posts|you (?:may|might) also like)\W*$",
    re.IGNORECASE,
)


#: The ledger detail of a post's bio of its author, and the plain label over it ("Today's Author",
#: "This Week's Guest"): the edition's notes about itself.
AUTHOR_BIO = "the edition's notes about itself (its author's bio)"
_AUTHOR_LABEL = re.compile(
    r"^\W*(?:today|this (?:week|issue|edition))['’]?s (?:authors?|writers?|guests?)\W*$", re.IGNORECASE
)


#: A plain label naming the edition's game for its reader ("Quiz Of The Week", "Quiz Answers", "This
#: Week's Puzzle"), and the most blocks its box (to the separator closing it) may hold.
_GAME_LABEL = re.compile(
    r"^\W*(?:(?:this|last) week['’]?s |today['’]?s |the )?"
    r"(?:quiz|puzzle|crossword|trivia|riddle|brain ?teaser)(?:zes|s)?"
    r"(?: of the (?:day|week))?(?: answers?| solutions?)?\W*$",
    re.IGNORECASE,
)
_GAME_REACH = 12


#: The ledger detail of the edition's games.
_GAMES = "games, puzzles or trivia"


def _game_label(block: Block) -> bool:
    return block.kind is Kind.TEXT and not block.links and _GAME_LABEL.match(block.text) is not None


#: A short paragraph inviting the reader to the edition's trivia or quiz ("Fill 'er up here with
#: today's first Trivia question.", "(Your full set of trivia is here.)", "Today's trivia finishes up
#: ... Play the full quiz here"), and its most words.
_GAME_INTRO = re.compile(
    r"\b(?:today|this week)['’]s (?:\w+ ){0,2}(?:trivia|quiz)\b|\b(?:trivia|quiz) questions?\b"
    r"|\bset of (?:trivia|quiz(?:zes)?)\b|\bplay the (?:full )?(?:trivia|quiz)\b",
    re.IGNORECASE,
)
_GAME_INTRO_WORDS = 40
#: The most words of a question of the game under its invitation, and of the line crediting the
#: article it comes from ("— From Ian Bogost's essay on ...").
_GAME_QUESTION_WORDS, _GAME_CREDIT_WORDS = 60, 20
#: The most questions and credits of a trivia box under its invitation.
_GAME_BOX_QUESTIONS = 3


def _game_intro(block: Block) -> bool:
    return (
        block.kind is Kind.TEXT
        and words(block.text) <= _GAME_INTRO_WORDS
        and _GAME_INTRO.search(block.text) is not None
    )


def _game_question(block: Block) -> bool:
    """A question of the game (a short paragraph ending with "?") or the line crediting its source
    (opening with a dash)."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT:
        return False
    if text.startswith(("—", "–")):
        return words(text) <= _GAME_CREDIT_WORDS
    return words(text) <= _GAME_QUESTION_WORDS and text.rstrip("”’\"')").endswith("?")


def _game_box(blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is the label naming the edition's game ("Quiz Of The Week") or a block of its
    box: up to the separator closing it, when one closes it within reach, else the one block under it
    (the quiz's questions, its answers). A paragraph inviting the reader to the game's question (a
    trivia box) is one too, with the questions and the credit right under it."""
    if _game_label(block) or _game_intro(block):
        return True
    if _game_question(block):
        above = block.index - 1
        while above >= 0 and above >= block.index - _GAME_BOX_QUESTIONS and _game_question(blocks[above]):
            above -= 1
        if above >= 0 and _game_intro(blocks[above]):
            return True
    for label in reversed(blocks[max(block.index - _GAME_REACH, 0) : block.index]):
        if label.kind in (Kind.RULE, Kind.HEADING):
            return False
        if _game_label(label):
            after = blocks[label.index + 1 : label.index + 1 + _GAME_REACH]
            end = next((b.index for b in after if b.kind in (Kind.RULE, Kind.HEADING)), label.index + 2)
            return block.index < end
    return False


#: The ledger details of an edition's preheader listing its teasers, and of that line printed again
#: under a headline; the fewest words of a line so told again.
_PREHEADER = "subject line or preheader: teasers"
PREHEADER_AGAIN = "the preheader's teasers printed again under a headline"
_PREHEADER_WORDS = 5


#: The ledger detail of a bookmark card inside a post: a linked post's title, its excerpt, publisher and
#: author, and the card's address.
BOOKMARK_CARD = "bookmark card: a linked post's title, excerpt, publisher and author"
#: A bookmark card's author line: a bullet and a name ("•Jason Koebler"); its most words, and the most
#: words of the publisher's name over it ("404 Media").
_CARD_AUTHOR = re.compile(r"^\s*•\s*[^\W\d_]")
_CARD_AUTHOR_WORDS, _CARD_PUBLISHER_WORDS = 5, 4


def _card_author(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is a bookmark card's author line ("•Jason Koebler") under the
    publisher's name ("404 Media") and over the card's address alone on its line."""
    if not 0 < index < len(blocks) - 1:
        return False
    author, publisher, below = blocks[index], blocks[index - 1], blocks[index + 1]
    return (
        author.kind is Kind.TEXT
        and _CARD_AUTHOR.match(author.text) is not None
        and words(author.text) <= _CARD_AUTHOR_WORDS
        and publisher.kind is Kind.TEXT
        and not publisher.links
        and 0 < words(publisher.text) <= _CARD_PUBLISHER_WORDS
        and not ends_sentence(publisher.text)
        and is_bare_link(below)
    )


def _bookmark_card(blocks: list[Block], block: Block) -> bool:
    """Whether ``block`` is a line of a bookmark card inside a post (Ghost's text part): the linked post's
    title, its excerpt cut with "…", the publisher's name, "•" and the author's name, the card's
    address. The card is a link in the post: the post's text goes on after it."""
    at = block.index
    if _card_author(blocks, at) or _card_author(blocks, at + 1):
        return True  # the author's line, or the publisher's name over it
    if _card_author(blocks, at - 1):
        return is_bare_link(block)  # the card's address under the author's line

    def excerpt(index: int) -> bool:
        other = blocks[index] if 0 <= index < len(blocks) else None
        return other is not None and other.kind is Kind.TEXT and other.text.rstrip().endswith(("…", "..."))

    if _card_author(blocks, at + 2):
        return excerpt(at)  # the linked post's excerpt, cut with "…"
    # The linked post's title over its excerpt: a title, no sentence.
    return (
        _card_author(blocks, at + 3)
        and excerpt(at + 1)
        and block.kind is Kind.TEXT
        and not ends_sentence(block.text)
    )


def _author_bio(blocks: list[Block], block: Block) -> bool:
    """A plain label naming the post's author ("Today's Author"), or the paragraph right under it (the
    author's bio: "Ana Ruiz is a former harbour pilot ...")."""

    def label(other: Block) -> bool:
        return other.kind is Kind.TEXT and not other.links and _AUTHOR_LABEL.match(other.text) is not None

    above = blocks[block.index - 1] if block.index > 0 else None
    return label(block) or (block.kind is Kind.TEXT and above is not None and label(above))


def _other_posts_label(blocks: list[Block], block: Block) -> bool:
    """A plain label with no link of its own ("Keep reading") over a linked title: the box of the
    publication's other posts, each a card (title, excerpt, address), printed after the post. A
    "Keep reading" link under a teaser is that story's link, no label."""
    if block.kind is not Kind.TEXT or block.links or not _OTHER_POSTS_LABEL.match(block.text):
        return False
    nxt = next((b for b in blocks[block.index + 1 :] if b.kind is not Kind.RULE), None)
    return nxt is not None and nxt.title_link is not None


#: Most words of the label of a row in a table of figures ("WTI crude oil futures" over "$95.69+1.4%").
_ROW_LABEL_WORDS = 6


def _figure_row(blocks: list[Block], index: int) -> bool:
    """Whether the block at ``index`` is a short label with no sentence over a figure alone on its line."""
    if not 0 <= index < len(blocks) - 1:
        return False
    label, figure = blocks[index], blocks[index + 1]
    return (
        label.kind is Kind.TEXT
        and 0 < words(label.text) <= _ROW_LABEL_WORDS
        and not ends_sentence(label.text)
        and _FIGURE.fullmatch(figure.text.strip()) is not None
    )


def _in_figure_table(blocks: list[Block], index: int) -> bool:
    """A row of a table of figures printed a cell per line, with a row of its kind above or below it
    ("S&P 500 Futures" / "7,191.50-0.0%" / "Nasdaq 100 Futures" / "27,470.00+0.1%"): its label may run to
    six words."""
    return _figure_row(blocks, index) and (_figure_row(blocks, index - 2) or _figure_row(blocks, index + 2))


#: Most words of a paragraph whose links only lead to parts of a site's front page.
_FRONT_PAGE_WORDS = 40
#: A link to a part of a site's front page: its address has no path but "/" and names an anchor
#: ("https://site.example/#active-comments"), not a page an application routes to ("#narrow/stream/...").
_FRONT_PAGE_ANCHOR = re.compile(r"^https?://(?:www\.)?(?P<host>[^/?#\s]+)/?#[\w-]+$", re.IGNORECASE)
#: Fewest other blocks linking the sender's own site for an anchor of its front page to be its own.
_OWN_SITE_LINKS = 3


def _front_page_anchors(blocks: list[Block], block: Block) -> bool:
    """A short paragraph every link of which leads to a part of the sender's own front page ("People
    have left 112 comments ... [Check out the most recently active threads](https://site/#active)"):
    the site's own furniture, never a story (an item links a page of its own). The site is the sender's
    when the edition links it most, from three other blocks or more (an anchor of another site's front
    page, "https://conference.example/#events", is an item's link)."""
    if block.kind not in (Kind.TEXT, Kind.BULLET) or not block.links or words(block.text) > _FRONT_PAGE_WORDS:
        return False
    printed = _PRINTED_LINK.findall(block.raw)  # as printed: the block's links have lost their fragment
    anchors = [_FRONT_PAGE_ANCHOR.match(link) for link in printed]
    if len(printed) != len(block.links) or not all(anchors):
        return False
    hosts = {m["host"].casefold() for m in anchors if m is not None}
    return len(hosts) == 1 and _own_site(blocks, block, hosts.pop())


#: The ledger detail of an item whose every link is a show's episode page.
EPISODE_PAGE = "a show's episode: its links go to the episode's page"
#: A show's episode page: a path segment "episode" or "episodes" followed by the episode
#: ("/member/episode/tim-cook-steps-down", "/episodes/412-harbour-cranes").
_EPISODE_PAGE = re.compile(r"^https?://[^/?#\s]+(?:/[^/?#\s]+)*/episodes?/[^/?#\s]+", re.IGNORECASE)


#: The ledger detail of an item linking an event's page on the sender's own site.
OWN_EVENT_PAGE = "the edition's event: its page on the sender's site"
#: An event's page: the site's events, webinars, workshops, camps or sessions, then the event.
_EVENT_PAGE = re.compile(
    r"^https?://[^/?#\s]+/(?:events?|webinars?|workshops?|camps?|sessions)(?:/[^?#\s]*)?(?:[?#]\S*)?$",
    re.IGNORECASE,
)


def _own_site(blocks: list[Block], block: Block, host: str) -> bool:
    """Whether ``host`` is the site the edition links most, from three other blocks or more."""
    counts: dict[str, int] = {}
    for other in blocks:
        if other is block:
            continue
        for found in {_host(link) for link in other.links}:
            counts[found] = counts.get(found, 0) + 1
    return counts.get(host, 0) >= _OWN_SITE_LINKS and counts[host] == max(counts.values())


def _host(link: str) -> str:
    found = re.match(r"^https?://(?:www\.)?([^/?#\s]+)", link, re.IGNORECASE)
    return found[1].casefold() if found else ""


#: A Markdown link's address as printed.
_PRINTED_LINK = re.compile(r"\]\((https?://[^()\s]+)\)")


#: The ledger detail of a paragraph headed by the sender's own brand.
OWN_BRAND = "the sender's own product, headed by its brand ('Name | Product:')"
#: A lead-in's label naming a brand and one of its products, set apart by a bar ("WSJ | Buy Side").
_BRAND_LABEL = re.compile(r"^\W*(?P<brand>[^|:]{1,30}?)\s*\|\s*[^|:\s][^|:]{0,40}$")


def _own_brand(block: Block, source: str | None) -> Verdict | None:
    """A paragraph led by a label naming the sender's own brand and one of its products, set apart by a
    bar ("WSJ | Buy Side: See the top pet insurance companies ..." in an edition of "Emma Tucker,
    WSJ"): the sender selling its own product (a shopping guide, an event), no news."""
    if block.lead is None or not source:
        return None
    label = _BRAND_LABEL.match(block.lead[0])
    if label is None:
        return None
    brand = label["brand"].strip().casefold()
    names = {source.strip().casefold(), *(part.strip().casefold() for part in re.split(r"[,|/]", source))}
    return Verdict(DropReason.PROMOTION, OWN_BRAND) if brand in names else None


#: The ledger detail of a line that is only a date.
DATELINE = "dateline: a date alone on its line"
#: Most words of a line that is only a date ("Tuesday, April 28, 2026").
_DATELINE_WORDS = 6


def _dateline_alone(blocks: list[Block], block: Block, page: Page) -> Verdict | None:
    """A plain line with no link that is only a date, maybe with its weekday ("April 28, 2026",
    "Tuesday, 28.04.2026"), over a story rather than under one: when the edition was sent, never a
    story's title nor words of its text. A date under a paragraph closing its sentence dates the item
    above ("—June 30, 1988" under an archive piece, over the next piece's byline) and ends it, as read
    before; a date right under a heading is the item's date (its metadata), and a heading printing a
    date is left to head what is under it (a day's items)."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or block.links or not 0 < words(text) <= _DATELINE_WORDS:
        return None
    above = blocks[block.index - 1] if block.index > 0 else None
    below = blocks[block.index + 1] if block.index + 1 < len(blocks) else None
    closes_item = (
        above is not None and above.kind in (Kind.TEXT, Kind.BULLET) and _closes_paragraph(above.text)
    )
    if closes_item and (below is None or not _closes_paragraph(below.text)):
        return None
    if above is not None and above.kind is Kind.HEADING:
        return None  # "## Gdansk adds a berth" over "Feb 4, 2026": the item's date, read as its metadata
    mentions = find_dates(text, reference=page.reference, day_first=page.day_first)
    if not mentions:
        return None
    starts = [m.start for m in mentions] + [len(text)]
    rest = text[: starts[0]] + " ".join(
        text[m.end : start] for m, start in zip(mentions, starts[1:], strict=True)
    )
    return Verdict(DropReason.BOILERPLATE, DATELINE) if not strip_symbols(cut_weekdays(rest)) else None


#: A paragraph going on the sentence above it: opening with a lower-case word, maybe after a dash.
_GOES_ON = re.compile(r"^\s*[—–]?\s*(?-i:[a-z])")


#: The ledger detail of a pitch closing on its call to subscribe, and its most words.
SUBSCRIBE_PITCH = "a pitch whose last link is its call to subscribe"
_SUBSCRIBE_PITCH_WORDS = 120
#: A link's words calling to subscribe ("Subscribe today", "Sign up here", "Subscribe for free").
_SUBSCRIBE_CALL = re.compile(r"^\W*(?:subscribe|sign up)\b[\w ]{0,20}\W*$", re.IGNORECASE)


def _subscribe_pitch(block: Block) -> Verdict | None:
    """A paragraph whose last link is a call to subscribe ("... analysis from the Council on Foreign
    Relations. [Subscribe today](url) to understand the choices ...": another newsletter's pitch in
    the edition's box for paid plugs), a promotion however it words its pitch."""
    if block.kind is not Kind.TEXT or words(block.text) > _SUBSCRIBE_PITCH_WORDS:
        return None
    labels = MARKDOWN_LINK.findall(block.raw)
    if not labels or _SUBSCRIBE_CALL.match(labels[-1]) is None:
        return None
    return Verdict(DropReason.PROMOTION, SUBSCRIBE_PITCH)


#: A short line that is only a quotation ("“I peed on them.”"): a cartoon's caption beside its credit.
_QUOTED_LINE = re.compile(r"^\s*[“\"][^“”\"]+[”\"]\s*$")
#: Most words of a cartoon's caption.
_QUOTED_CAPTION_WORDS = 15


def _quoted_captions(blocks: list[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """``verdicts`` with a short line that is only a quotation, right over or under a picture's credit
    ("Cartoon by Liana Finck" / "“I peed on them.”"), read as the picture's caption: the cartoon's
    words, never a story titled by them."""
    out = list(verdicts)
    for block in blocks:
        if out[block.index] is not None or block.kind is not Kind.TEXT or block.links:
            continue
        if not _QUOTED_LINE.match(block.text) or words(block.text) > _QUOTED_CAPTION_WORDS:
            continue
        beside = [verdicts[i] for i in (block.index - 1, block.index + 1) if 0 <= i < len(blocks)]
        credit = next((v for v in beside if v is not None and v.detail == PICTURE_CREDIT), None)
        if credit is not None:
            out[block.index] = credit
    return out


def _teasers_again(
    blocks: list[Block], verdicts: list[Verdict | None], masthead: set[int]
) -> list[Verdict | None]:
    """``verdicts`` with a list of teasers printed again under a headline: a plain line of five words or
    more listing phrases ("Plus, the health risks of marijuana, Apple's next era, and ...") whose first
    copy opened the body as its preheader or preview, before any paragraph (the masthead's subject is
    no such copy: the line under it is the preheader itself). The copy is no headline of its own, nor
    the dek of the headline above it, whose story runs on under it."""
    first_paragraph = next(
        (
            b.index
            for b in blocks
            if verdicts[b.index] is None and b.kind is Kind.TEXT and ends_sentence(b.text)
        ),
        len(blocks),
    )
    opening = [
        "" if b.index in masthead else " ".join(b.text.split()).casefold() for b in blocks[:first_paragraph]
    ]
    out = list(verdicts)
    for block in blocks[1:]:
        text = " ".join(block.text.split()).casefold()
        if verdicts[block.index] is not None or block.kind is not Kind.TEXT or words(text) < _PREHEADER_WORDS:
            continue  # a heading printing the teasers again is the edition's title, read as such
        if not phrase_list(block.text):
            continue
        if any(other.endswith(text) for other in opening[: block.index]):
            out[block.index] = Verdict(DropReason.NAVIGATION, PREHEADER_AGAIN)
    return out


def _promotion_tails(blocks: list[Block], verdicts: list[Verdict | None]) -> dict[int, Verdict]:
    """The paragraphs going on the sentence of a promotion above them (its address alone between
    them), with that promotion's verdict: "Coming soon: Get the AI Today newsletter" over its address
    and "—chronicling the disruptions and threats of AI on ...", never a story of its own."""
    tails: dict[int, Verdict] = {}
    above: Verdict | None = None
    for block in blocks:
        if is_bare_link(block):
            continue
        goes_on = verdicts[block.index] is None and block.kind is Kind.TEXT and _GOES_ON.match(block.text)
        if goes_on and above is not None and above.reason is DropReason.PROMOTION:
            tails[block.index] = above
            continue
        above = verdicts[block.index]
    return tails


#: The ledger detail of a quotation's attribution printed with no quotation above it.
ATTRIBUTION_ALONE = "a quotation's attribution: its quotation not in the text (a picture)"
#: Most words of such an attribution ("— Ana Ruiz, the harbour master, speaking to pilots today ...").
_ATTRIBUTION_WORDS = 40
#: What was said, reported in the attribution itself ("..., warning that the US has no exit strategy").
_REPORTED = re.compile(r"\bthat\b", re.IGNORECASE)


def _attribution_alone(blocks: list[Block], block: Block) -> Verdict | None:
    """A paragraph opening with a dash right under a label ("Quote of the Day" over "— The White House
    on X ahead of the state visit."): the attribution of a quotation the edition printed as a
    picture, nothing of its own to tell. One reporting what was said ("— the chancellor, warning that
    the war has no exit strategy") tells it, and stays; under text the dash signs what is above it."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or not text.startswith(("—", "―")) or words(text) > _ATTRIBUTION_WORDS:
        return None
    if _REPORTED.search(text):
        return None
    above = blocks[block.index - 1] if block.index > 0 else None
    if above is None or not (above.kind is Kind.HEADING or above.doubled or _plain_label(above)):
        return None
    return Verdict(DropReason.BOILERPLATE, ATTRIBUTION_ALONE)


#: The ledger detail of a calendar of coming events.
CALENDAR = "calendar: the coming days' events"
#: A day labelling what happens on it, then a colon, maybe glued to its first event ("Monday: China
#: reports ...", "April 29:The Fed ...", "**Sat.**: ...").
_DAY_LABEL = re.compile(
    r"(?:^|(?<=[.;!?”\s]))\W{0,2}(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?\.?"
    r"|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2}(?:st|nd|rd|th)?)\W{0,2}:"
    r"(?=\s*[\[“\"‘]?[A-Z0-9])"
)
#: Most words of one day's paragraph of a calendar (a week ahead's busiest day).
_CALENDAR_WORDS = 150


def _calendar(blocks: list[Block], block: Block, page: Page) -> Verdict | None:
    """A paragraph opening with a day and a colon that lists what happens on it (a week ahead's
    "Tuesday: Rate decisions from Japan; ..."), the edition looking forward, never its news: so read
    where two days are labelled so in a row (in the paragraph, or in the one above or below it), or
    where the one day named falls on the edition's date or after it ("April 29:The Fed is expected
    to ..." in an edition of 28 April)."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or block.code or words(text) > _CALENDAR_WORDS:
        return None
    opening = _DAY_LABEL.match(text)
    if opening is None:
        return None
    verdict = Verdict(DropReason.BOILERPLATE, CALENDAR)
    if len(_DAY_LABEL.findall(text)) >= 2:
        return verdict
    neighbours = (blocks[i] for i in (block.index - 1, block.index + 1) if 0 <= i < len(blocks))
    if any(b.kind is Kind.TEXT and _DAY_LABEL.match(b.text.strip()) for b in neighbours):
        return verdict
    anchor = page.anchor or page.reference
    day = find_date(opening[0].strip(" :*_"), reference=anchor, day_first=page.day_first)
    return verdict if anchor is not None and day is not None and day >= anchor else None


#: Fewest words of a paragraph of running text that a date under it closes.
_PARAGRAPH_WORDS = 12


def _closes_paragraph(text: str) -> bool:
    """Whether ``text`` is a paragraph of running text: a dozen words or more, its sentence closed."""
    return words(text) >= _PARAGRAPH_WORDS and ends_sentence(text)


#: Words in a line the edition may print again and again between its sections.
_REFRAIN_WORDS = 10


def _refrain(block: Block) -> str | None:
    """A short line all in bold with no link and no colon to close it ("**Never miss an issue!**"), as
    one could be printed again: its words in one case, else None."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or not block.emphasised or block.links or block.code:
        return None
    if not text or text.endswith((":", "：")) or words(text) > _REFRAIN_WORDS:
        return None
    return text.casefold()


def _refrains(blocks: list[Block]) -> set[str]:
    """Bold lines printed twice or more word for word with a heading between two prints: the edition's
    refrain between its sections, not a title repeated at its top."""
    prints: dict[str, list[int]] = {}
    for block in blocks:
        key = _refrain(block)
        if key is not None:
            prints.setdefault(key, []).append(block.index)
    return {
        key
        for key, where in prints.items()
        if len(where) >= 2 and any(b.kind is Kind.HEADING for b in blocks[where[0] + 1 : where[-1]])
    }


#: The ledger detail of a short paragraph boxed over a prompt to subscribe, and its most words.
PITCH = "the publication's pitch over its prompt to subscribe"
_PITCH_WORDS = 30


#: Most words of a dek over a byline; fewest of the first paragraph under the byline.
_DEK_WORDS = 40


#: The ledger detail of a signpost line over the text it points to ("To the main topic →").
SIGNPOST = "a signpost over the text it points to, no headline (titled by its first sentence)"


def _signpost(draft: _Draft) -> bool:
    """Whether a story's headline is a signpost pointing to its text: a short line with no link
    ending in an arrow ("To the main topic →"). A headline is not printed pointing at its own text;
    a button pointing at a page is a link."""
    head = draft.blocks[0] if draft.origin == "headline" and draft.blocks else None
    text = head.text.strip() if head is not None else ""
    return head is not None and not head.links and text.endswith(_ARROWS) and words(text) <= _LABEL_WORDS


def _refrain_verdict(refrains: set[str], block: Block) -> Verdict | None:
    """A bold line the edition prints between its sections again and again: its own refrain (a prompt
    to the reader), no section's name and no story."""
    if _refrain(block) not in refrains:
        return None
    return Verdict(DropReason.BOILERPLATE, "a line the edition repeats between its sections")


#: A postal address's line: a post office box ("PO Box 2573", "Postfach 12 34") or a town with its
#: state and ZIP code ("Springfield, IL 62701") ending the line, alone or after the sender's name
#: and street, maybe before the country ("Quayside Labs, 12 Dock Rd., Portland, OR 97201, United
#: States").
_POSTAL = re.compile(
    r"\b(p\.?\s?o\.?\s+box|post office box|postfach)\s+\d[\d ]*\b"
    r"|(?:^|,\s*)[^\W\d_][\w .'-]*,\s*(?-i:[A-Z]{2}),?\s+\d{5}(-\d{4})?(?:,\s*[^\W\d_][\w .'-]{0,40})?\s*$",
    re.IGNORECASE,
)
#: Lines of the sender's name and address, and lines after the address, that a footer may hold.
_FOOTER_LINES = 4
#: Words in one line of a postal footer.
_FOOTER_WORDS = 15
#: Words in a line of the sender's name or street over the address.
_SENDER_WORDS = 6
#: A company's legal form closing the sender's name ("Quaynews L.P.", "Acme Inc.", "Tide Ltd."): its
#: full stop closes an abbreviation, not a sentence.
_LEGAL_FORM = re.compile(
    r"(?:(?<![^\W\d_])(?-i:[A-Z])\.){2,}$|\b(?:inc|ltd|co|corp|llc|plc|gmbh|pty)\.$", re.IGNORECASE
)


def _short_line(block: Block, most: int) -> bool:
    return block.kind is Kind.TEXT and not block.code and words(block.text) <= most


def _postal_footer(blocks: list[Block]) -> set[int]:
    """The indices of the sender's name and postal address that an e-mail newsletter prints at its end
    (CAN-SPAM), short lines and the few after them: the edition's footer, never a story. An address
    before the edition's last few lines is news and stays."""
    for at in range(len(blocks) - 1, max(len(blocks) - 1 - _FOOTER_LINES, -1), -1):
        if _POSTAL.search(blocks[at].text) and _short_line(blocks[at], _FOOTER_WORDS):
            break
    else:
        return set()
    if not all(_short_line(b, _FOOTER_WORDS) for b in blocks[at:]):
        return set()
    start = at
    while (
        start > 0
        and at - start < _FOOTER_LINES
        and _short_line(blocks[start - 1], _SENDER_WORDS)
        and not _closes_sentence(blocks[start - 1].text)
    ):
        start -= 1
    return {b.index for b in blocks[start:]}


def _closes_sentence(line: str) -> bool:
    """Whether a short line over a postal address ends as a sentence does, not as a name does (a
    legal form's abbreviation: "Quaynews L.P.")."""
    line = line.rstrip()
    return line.endswith((".", "!", "?", ":")) and _LEGAL_FORM.search(line) is None


#: Most words of the label before a footer's address ("Help:", "Contact us").
_ADDRESS_LABEL_WORDS = 3


def _labelled_address(text: str) -> bool:
    """A label of a word or three and an address, nothing else ("Help: https://...")."""
    text = text.strip()
    at = text.find("http")
    if at <= 0 or not text[at:].startswith(("http://", "https://")) or any(c.isspace() for c in text[at:]):
        return False
    label = text[:at].strip().rstrip(":<").strip()
    return bool(label) and label[0].isalpha() and len(label.split()) <= _ADDRESS_LABEL_WORDS


def _footer_links(blocks: list[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """``verdicts`` with a labelled address ("Help: https://...") printed between two footer lines
    (an unsubscribe line above, a copyright line below) taken as footer too: a link of the footer,
    never a story of its own."""
    footer = [v is not None and v.reason is DropReason.FOOTER for v in verdicts]
    out = list(verdicts)
    for block in blocks:
        if verdicts[block.index] is not None or not _labelled_address(block.text):
            continue
        above = next((b for b in reversed(blocks[: block.index]) if b.kind is not Kind.RULE), None)
        below = next((b for b in blocks[block.index + 1 :] if b.kind is not Kind.RULE), None)
        if above is not None and below is not None and footer[above.index] and footer[below.index]:
            out[block.index] = Verdict(DropReason.FOOTER, "a footer's link between footer lines")
    return out


#: Fewest words of a paragraph of the preview text printed again below: a short line ("Read more")
#: may well be printed twice by chance.
_PREVIEW_WORDS = 8


def _preview_copies(blocks: list[Block], verdicts: list[Verdict | None]) -> list[Verdict | None]:
    """``verdicts`` with the e-mail's preview text taken as navigation: the paragraphs opening the
    body (after its masthead and chrome) that the edition prints again, word for word, further down
    (an inbox preview copying the lead story's first paragraphs over the issue's date and its
    headline, or the first sentence of the letter below). The copy below is the story's; the one
    above told nothing new."""
    out = list(verdicts)
    for block in blocks:
        if block.kind in (Kind.RULE, Kind.HEADING) or verdicts[block.index] is not None:
            continue  # the page's title heading, a separator, the masthead and chrome go before it
        if not _copied_below(blocks, block):
            break
        out[block.index] = Verdict(DropReason.NAVIGATION, PREVIEW)
    for block in blocks:
        if out[block.index] is None and _cut_preview(blocks, block):
            out[block.index] = Verdict(DropReason.NAVIGATION, PREVIEW)
    return out


def _copied_below(blocks: list[Block], block: Block) -> bool:
    """Whether a paragraph of eight words or more is printed again further down, word for word, alone
    or opening a longer paragraph (the preview copying the letter's first sentence)."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or words(text) < _PREVIEW_WORDS:
        return False
    return any(
        other.kind is Kind.TEXT and other.text.strip().startswith(text) for other in blocks[block.index + 1 :]
    )


#: The ledger detail of an inbox preview printed again below.
PREVIEW = "preview text: printed again below"


def _cut_preview(blocks: list[Block], block: Block) -> bool:
    """Whether a paragraph of eight words or more, cut short by an ellipsis, opens the lines below
    read together, wherever it stands: an inbox preview that ran the headline and its first
    paragraph into one line and cut it ("... hiking in the DolomitesLast year I was ...")."""
    text = block.text.strip()
    if block.kind is not Kind.TEXT or words(text) < _PREVIEW_WORDS:
        return False
    cut = _ELLIPSIS_END.search(text)
    return cut is not None and _opens_lines_below(_characters(text[: cut.start()]), blocks[block.index + 1 :])


#: An ellipsis closing a line cut short ("... week-lon...", "... friend trips…").
_ELLIPSIS_END = re.compile(r"(?:\.{3}|…)\s*$")


def _characters(text: str) -> str:
    """The letters and digits of ``text``, case folded: how two printings of it compare however their
    spaces, marks and line breaks were lost."""
    return "".join(char for char in text.casefold() if char.isalnum())


def _opens_lines_below(wanted: str, below: Sequence[Block]) -> bool:
    """Whether the lines of ``below`` from one of them on, read together, open with ``wanted``."""
    if not wanted:
        return False
    shown = [_characters(other.text) if other.kind is not Kind.RULE else "" for other in below]
    for start, first in enumerate(shown):
        if not first or not wanted.startswith(first[: len(wanted)]):
            continue
        joined, k = first, start + 1
        while len(joined) < len(wanted) and k < len(shown) and shown[k]:
            joined, k = joined + shown[k], k + 1
        if joined.startswith(wanted):
            return True
    return False


def footer_sender(blocks: list[Block]) -> str | None:
    """The sender's name over the postal address at the edition's end ("Riverside Riders" over "PO
    Box 418"), when the footer opens with a line of its own before the address."""
    footer = sorted(_postal_footer(blocks))
    if len(footer) < 2 or _POSTAL.search(blocks[footer[0]].text):
        return None
    return blocks[footer[0]].text.strip() or None


def _listing(block: Block) -> str:
    """What a line lists: the text of a linked title with no text after it, without the mark that closes
    the list's item ("[Senior Engineer at Acme, Berlin](url)."), else the line."""
    if block.title_link is not None and block.lead is not None and not block.lead[1]:
        return block.lead[0]
    return block.text


def assemble(page: Page, blocks: list[Block], masthead: dict[int, str]) -> Split:
    """Split the blocks of one edition into stories and ledger entries (see the module docstring)."""
    return _Splitter(page, blocks, masthead).run()


#: A linked name, then a colon and its description ("[vite-plugin-x](https://...): A plugin that ..."),
#: or its author's name ("[autopack](https://...) by Kowainik").
_LINKED_NAME = re.compile(r"^\s*\[[^\[\]]+\]\([^)\s]+\)\s*(?::\s+\S|by\s+[^\W\d_])")


#: The ledger detail of a site's name over the post's title, and its most words ("Platformer").
_SITE_NAME = "masthead: the site's name over the post's title"
_SITE_NAME_WORDS = 4


#: Most words of a short line under a post's byline before its running text (a picture's credit,
#: "Arcade Publishing, 288 pages, $29.99").
_CREDIT_LINE_WORDS = 8


class _Splitter:
    """The state of the pass: the story being built, the section, the ledger."""

    def __init__(self, page: Page, blocks: list[Block], masthead: dict[int, str]) -> None:
        self.page = page
        self.blocks = blocks
        refrains = _refrains(blocks)
        footer = _postal_footer(blocks)
        #: The numbers the edition prints alone on their lines (items of a numbered run).
        self.numbers = _ItemNumbers(blocks)
        verdicts: list[Verdict | None] = [
            Verdict(DropReason.BOILERPLATE, masthead[b.index])
            if b.index in masthead
            else Verdict(DropReason.FOOTER, "the sender's name and postal address")
            if b.index in footer
            else None
            if b.code
            else block_verdict(b.text, page.extra)
            or recap_verdict(b)
            or _layout_verdict(blocks, b, self.numbers)
            or _dateline_alone(blocks, b, page)
            or _calendar(blocks, b, page)
            or _attribution_alone(blocks, b)
            or _subscribe_pitch(b)
            or _own_brand(b, page.edition.source)
            or _refrain_verdict(refrains, b)
            for b in blocks
        ]
        verdicts = _preview_copies(blocks, _footer_links(blocks, chat_in_context(blocks, verdicts)))
        verdicts = _teasers_again(blocks, _quoted_captions(blocks, verdicts), set(masthead))
        #: Paragraphs going on the sentence of a promotion above them: dropped with it.
        self.tails = _promotion_tails(blocks, verdicts)
        #: Buttons printed under the paragraph they link: each closes its story, with its link.
        self.buttons_below = _buttons_below(blocks, verdicts)
        dating = (page.reference, page.day_first)
        lines_paragraphs = not page.blank_separated
        self.layout = Layout(blocks, verdicts, set(masthead), dating, lines_paragraphs=lines_paragraphs)
        self.verdicts = verdicts
        #: Lines told as the items a preheader listed ("A • B • C" over "A (site.com)" ...): a story each.
        self.listed = listed_items(self.layout)
        self.stories: list[Story] = []
        self.dropped: list[Dropped] = []
        self.section: str | None = None
        self.section_block: Block | None = None
        self.section_used = False
        self.chrome: _Chrome | None = None
        #: A sponsor's label line ("Presented by Ledgerline") right over a headline: the headline's item.
        self.sponsor_label: Verdict | None = None
        #: A list item dropped as chrome: its level, and why; its nested items go with it.
        self.dropped_item: tuple[int, Verdict] | None = None
        self.draft: _Draft | None = None
        #: A button's link, and the index of the headline under it: the link of the story it opens.
        self.button_below: tuple[int, str] | None = None
        self.consumed: set[int] = set()
        #: A greeting line opened the editor's note: its paragraphs run to the first headline.
        self.in_note = False
        #: A greeting line opened a letter signed at its end: the index of its closing line.
        self.letter_end: int | None = None
        #: A greeting line opened a note too short for a letter, signed at its end: its closing line
        #: (the name under it signs that note, never the edition: the items after it are news).
        self.note_end: int | None = None
        #: The writer signed off after the edition's stories, its footer below: what follows is back matter.
        self.signed_off = False
        #: The first block of the last story built: how the edition prints a story's start.
        self.last_story_start: Block | None = None
        #: The blocks of the last story built.
        self.last_story_blocks: tuple[Block, ...] = ()
        #: The last item's number on a line of its own in the edition's numbered run ("4" between "3"
        #: and "5"): the paragraphs under it, to the next number or section, are that item's story.
        self.item_number_at: int | None = None
        #: The last block read as the editor's note before the first story, if any.
        self.note_at: int | None = None
        #: The labels read as the next section over untitled running text (:meth:`next_section_label`):
        #: the paragraphs under each are one story, to the next heading.
        self.untitled_sections: set[int] = set()
        #: The section a label printed twice interrupted, told by one story or more: the stories after
        #: the one item under that label are the section's again.
        self.interrupted: str | None = None

    # -- ledger ------------------------------------------------------------------------------

    def drop(self, block: Block, reason: DropReason, detail: str, story: str | None = None) -> None:
        self.consumed.add(block.index)
        self.dropped.append(
            Dropped(
                path=self.page.edition.path,
                reason=reason,
                detail=detail,
                text=block.text[:_LEDGER_TEXT],
                source=self.page.edition.source,
                position=block.index,
                story_id=story,
            )
        )

    # -- building stories --------------------------------------------------------------------

    def role(self, block: Block, previous_role: str | None) -> str:
        draft = self.draft.origin if self.draft is not None else None
        started = bool(self.stories) or self.draft is not None
        under_heading = self.draft is not None and self.draft.blocks[0].kind is Kind.HEADING
        if self.listed_under(block):
            return "subhead"  # an item of the list a line of the story introduced
        if self.under_item_number(block):
            return "headline"  # "2" over "Lyra 2.0 generates 3D worlds": the item's title, never a section
        if self.bylined(block):
            return "headline"  # a post's title over its byline ("By Ana Ruiz • 27 Apr 2026"): its headline
        if self.under_byline(block):
            return "subhead"  # "Scott Menchin" under the byline: the picture's credit, the post's own
        role = self.layout.role(block, previous_role, draft, started, under_heading)
        if role == "subhead" and (
            self.sibling_label(block) or self.sibling_kicker(block) or self.sibling_title(block)
        ):
            return "headline"
        if role in ("subhead", "section") and self.first_title_of_section(block):
            return "headline"
        if role == "subhead" and self.next_section_label(block):
            self.untitled_sections.add(block.index)
            return "section"
        if role == "headline" and self.layout.briefs_under(block):
            return "section"  # "News you might have missed" over briefs, each opening with its link
        if role in ("subhead", "section") and self.under_link_item(block):
            return "headline" if self.heads_running_text(block) else "section"
        if role == "subhead" and self.label_in_place(block):
            return "section"
        return role

    def label_in_place(self, block: Block) -> bool:
        """A plain label in title case ("For Your Commute") right under the line of an item told by
        its link alone, with a blank line under it, where the current section's label, printed alike,
        stood too ("Bloomberg Opinion" glued under the link line of the item above it): the next
        section's label, even over a paragraph rather than a title, never the text of that item."""
        draft, section = self.draft, self.section_block
        if draft is None or draft.origin != "headline" or draft.paragraphs or draft.url is None:
            return False
        if section is None or section.index >= block.index or shape(block) != shape(section):
            return False
        if not (_plain_label(block) and _plain_label(section) and title_case(block.text, 1)):
            return False

        def glued_over_blank(label: Block) -> bool:
            below = self.layout.after(label)
            return not label.blank_before and below is not None and below.blank_before

        return glued_over_blank(block) and glued_over_blank(section)

    def listed_under(self, block: Block) -> bool:
        """In a body whose paragraphs are lines, a short line right under a line of the story being
        built that introduces a list ("Here's what the numbers look like:"), or under the items it
        introduced, each a short line: an item of that list, never a headline or a section, however
        a sentence of the story's text follows it."""
        draft = self.draft
        if not self.layout.lines_paragraphs or draft is None or draft.origin != "headline":
            return False
        if block.kind is not Kind.TEXT or block.blank_before or block.title_link is not None:
            return False
        own = {b.index for b in draft.blocks[1:]}
        items = 0
        for other in reversed(self.blocks[: block.index]):
            if self.verdicts[other.index] is not None:
                continue
            if other.index not in own or items > _LISTED_ITEMS:
                return False
            if other.text.rstrip().endswith((":", "：")):
                return other.kind is Kind.TEXT and not self.layout.heading_like(other)
            if other.blank_before or other.kind is not Kind.TEXT or not self.layout.heading_like(other):
                return False
            items += 1
        return False

    def under_link_item(self, block: Block) -> bool:
        """A plain label ("Today's News", "Are We Human?") right under the last of a run of linked titles
        each alone on its line (a list of links), before any text of that link's own: a link tells
        nothing under a label, so the label heads what follows, never a part of the link's story."""
        draft = self.draft
        if draft is None or draft.origin != "headline" or draft.paragraphs or len(draft.blocks) != 1:
            return False
        head = draft.blocks[0]
        return linked_title(head) and self.layout.after_linked_title(head) and _plain_label(block)

    def heads_running_text(self, block: Block) -> bool:
        """Whether ``block`` is over paragraphs of running text (a caption and the edition's own lines
        set aside), three or more, the first of two sentences or more: an essay's title, not a label
        over items."""
        below: list[Block] = []
        for other in self.blocks[block.index + 1 :]:
            if len(below) >= _SECTION_PARAGRAPHS:
                break
            if self.verdicts[other.index] is not None or _bracketed_line(other):
                continue
            if not self.running_paragraph(other):
                break
            below.append(other)
        return len(below) >= _SECTION_PARAGRAPHS and len(sentences(below[0].text)) >= _RUNNING_SENTENCES

    def sibling_label(self, block: Block) -> bool:
        """In a body whose paragraphs are lines, a plain short label ("Opus 4.7") over paragraphs of its
        own, inside a story headed by a plain short label ("GPT 5.5") that already runs to paragraphs
        of its own: the next of a run of headed sections (an essay's parts, each a story), never a
        label inside the story above. A label the edition prints again ("The News") stays a label."""
        draft = self.draft
        if not self.layout.lines_paragraphs or draft is None or draft.origin != "headline":
            return False
        headline = draft.blocks[0]
        if not (_plain_label(headline) and _plain_label(block)):
            return False
        if len(draft.paragraphs) < _SECTION_PARAGRAPHS or self.printed_again(block, headline):
            return False
        return self.paragraphs_below(block)

    def next_section_label(self, block: Block) -> bool:
        """In a body that sets its paragraphs apart by blank lines, a plain short label printed once,
        inside a headline's story that already runs to a paragraph of its own, under a section whose
        heading is a plain label printed the same way, over paragraphs of running text of its own: the
        edition's next section ("Discuss" after "Steal this workflow" and its story), whose text has
        no headline, never a label inside the story above. A label printed again ("The News" in each
        story) stays a label."""
        draft, section = self.draft, self.section_block
        if not self.page.blank_separated or draft is None or draft.origin != "headline" or section is None:
            return False
        if not (_plain_label(block) and _plain_line(section)) or shape(block) != shape(section):
            return False
        if not draft.paragraphs or self.printed_again(block):
            return False
        below = 0
        for other in self.blocks[block.index + 1 :]:
            if below >= _LABELLED_PARAGRAPHS or self.verdicts[other.index] is not None:
                break
            if not self.running_paragraph(other):
                break
            below += 1
        return below >= _LABELLED_PARAGRAPHS

    def sibling_title(self, block: Block) -> bool:
        """A plain short title in title case ("Learning by Watching", three words or more), printed
        once, over a paragraph of running text, inside a story that already runs to a paragraph of its
        own under a headline printed the same way, in title case too ("A Tour of Tulsa"): the next
        headline of a run of them, never a label inside the story above."""
        draft = self.draft
        if draft is None or draft.origin != "headline" or not draft.paragraphs or self.chrome is not None:
            return False
        if not self.titled_alike(block, draft.blocks[0]):
            return False
        below = self.layout.next_content(block.index)
        return below is not None and self.running_paragraph(below)

    def first_title_of_section(self, block: Block) -> bool:
        """A plain short title in title case ("Learning by Watching"), printed once, right under the
        label of a section that holds nothing yet ("Family"), over a paragraph of running text, when the
        story before that section was headed by a title printed the same way ("A Tour of Tulsa"): the
        section's first headline, as under the labels before it, never a second section label."""
        above = self.layout.previous_content(block.index)
        headline = self.last_story_start
        if above is None or above is not self.section_block or self.section_used or self.chrome is not None:
            return False
        if self.draft is not None or headline is None:
            return False
        if not self.titled_alike(block, headline):
            return False
        below = self.layout.after(block)  # its paragraph right under it, no link or picture between
        return (
            below is not None and self.running_paragraph(below) and _plain_label(above) and _plain_line(above)
        )

    def titled_alike(self, block: Block, headline: Block) -> bool:
        """Whether ``block`` is a plain short title in title case, printed once and set like
        ``headline``, a plain line in title case too ("Learning by Watching" under "A Tour of Tulsa")."""
        if not (_plain_label(block) and _plain_line(headline)) or shape(block) != shape(headline):
            return False
        return title_case(block.text) and title_case(headline.text) and not self.printed_again(block)

    def paragraphs_below(self, block: Block) -> bool:
        """Whether ``_SECTION_PARAGRAPHS`` paragraphs of running text follow ``block``."""
        below = 0
        for other in self.blocks[block.index + 1 :]:
            if below >= _SECTION_PARAGRAPHS or not self.running_paragraph(other):
                break
            below += 1
        return below >= _SECTION_PARAGRAPHS

    def kicker_over_text(self, block: Block) -> bool:
        """A plain line that is a short title headed by a kicker ("Falcon-2: The heavyweight
        contender", "Honorable mention: Cedar-9") over paragraphs of running text, three or more."""
        if block.kind is not Kind.TEXT or block.emphasised or block.links or not kicker_title(block.text):
            return False
        return self.paragraphs_below(block)

    def sibling_kicker(self, block: Block) -> bool:
        """A short title headed by a kicker over paragraphs of its own, inside a headline's story, when
        the edition prints another title so over its own paragraphs ("Falcon-2: The heavyweight
        contender", "Birch-2: The swarm orchestrator", "Honorable mention: Cedar-9"): the next of a
        run of headed parts (an essay's, each a story), never a label inside the story above,
        however few its words."""
        draft = self.draft
        if draft is None or draft.origin != "headline" or not self.kicker_over_text(block):
            return False
        return any(other.index != block.index and self.kicker_over_text(other) for other in self.blocks)

    def running_paragraph(self, block: Block) -> bool:
        """A paragraph of running text, a sentence's opening words before a colon ("This release
        includes two models: ...") allowed: no bold, no linked title, no heading's shape."""
        if block.kind is not Kind.TEXT or block.emphasised or block.title_link is not None:
            return False
        return not self.layout.heading_like(block)

    def printed_again(self, *labels: Block) -> bool:
        """Whether the text of one of ``labels`` is printed on another line of the edition."""
        keys = {label.text.strip().casefold() for label in labels}
        indexes = {label.index for label in labels}
        return any(b.text.strip().casefold() in keys for b in self.blocks if b.index not in indexes)

    def untold(
        self, draft: _Draft, text: str, links: tuple[str, ...], url: str | None, last: bool
    ) -> tuple[DropReason, str] | None:
        """Why the finished ``draft`` (its ``text``, ``links`` and own ``url``) tells no story, if it
        tells none: every block of it then goes to the ledger with that reason and detail."""
        told = f"{draft.title}\n{text}"
        if _placeholder_only(f"{draft.title} {text}"):
            return DropReason.EMPTY, "placeholder text only (N/A, TBD)"
        if draft.origin == "derived" and all(is_bare_link(b) for b in draft.blocks):
            # Addresses alone ("https://..." lines under "Links"): nothing told, no title to give.
            return DropReason.EMPTY, "addresses only, no words of their own"
        if not text.strip() and draft.url is None and not links:
            # A line alone with nothing under it and nowhere to go: a label or an aside
            # ("Top tweets (by engagement)", "Happy thanksgiving!"), not a story.
            return DropReason.EMPTY, EMPTY_HEADLINE
        if draft.url is None and not links and _EXCLAMATION_ONLY.fullmatch(text.strip()):
            # "Whoa!" alone under a section's label, the post it reacted to lost (an embedded tweet):
            # an exclamation, nothing told.
            return DropReason.EMPTY, "an exclamation alone, nothing told"
        if not text.strip() and url is not None and self.links_next_item(draft, url):
            # "Before You Go" over a picture's address, then the item that address links: a label
            # with nothing of its own, its link the item's.
            return DropReason.EMPTY, "a label over the next item, its only link that item's"
        if _introduction_only(draft, text):
            # "Here's what happened in AI this week:" alone: it announces what follows, itself no news.
            return DropReason.EMPTY, "a line introducing what follows, nothing of its own"
        if last and draft.blocks[0].kind is Kind.HEADING and closing_prompt(told):
            # The edition's last section asking its reader to pass it on or write for it.
            return DropReason.PROMOTION, "closing prompt to the reader (end of the edition)"
        if links and all(is_job_board(link) for link in (*links, draft.url or links[0])):
            # Every link goes to a job board or a careers section ("Dean and the ... Business Chair" over
            # its posting, "Chronicle Careers provides insights ..."): job listings, whatever their words.
            return DropReason.JOBS, "job listing: its links go to a job board"
        targets = (*links, draft.url) if draft.url else links
        if targets and all(is_shop_page(link) for link in targets):
            # Every link goes to a shop ("FROM THE CHRONICLE STORE" over a report to order): the
            # publication's store box, whatever its words.
            return DropReason.PROMOTION, "a store's box: its links go to a shop"
        if targets and all(_EPISODE_PAGE.match(link) for link in targets):
            # "Tim Cook Steps Down (https://show.example/member/episode/tim-cook-steps-down)" under a
            # show's name: an episode of a show, promoted; the news is told in the edition's items.
            return DropReason.PROMOTION, EPISODE_PAGE
        if url is not None and self.own_event_page(draft, url):
            # "[Codex Camp](https://sender.example/events/codex-camp) on April 24: A hands-on camp ...":
            # the sender's own event, sold to its reader, whatever its words.
            return DropReason.PROMOTION, OWN_EVENT_PAGE
        if links and all(_AD_SERVER.match(link) for link in (*links, draft.url or links[0])):
            # Every link goes through an ad server ("CONTENT FROM: <brand>" over its pitch and its
            # "Learn More" button): an advertisement, whatever its words.
            return DropReason.SPONSOR, "advertisement: its links go through an ad server"
        if previews_next_issue(draft.title, self.own_names()):
            # "Next Week in <the publication>:" over what the next issue will hold: the edition's own
            # announcement, no news of this week.
            return DropReason.BOILERPLATE, "the edition's preview of its next issue"
        if promotes_newsletter(told):
            return DropReason.PROMOTION, "a newsletter's promotion (when it reaches your inbox)"
        if promotes_episode(told):
            return DropReason.PROMOTION, "a show's promotion (asks to listen to or watch an episode)"
        if promotes_sign_up(draft.title, text, url, links):
            return DropReason.PROMOTION, "a newsletter's promotion (its sign-up page)"
        if asks_to_apply(told):
            # The edition's own job advertisement ("TLDR is hiring a curator ... To apply, send ..."),
            # laid out like its stories: every part of it is the advertisement.
            return DropReason.JOBS, "job advertisement (asks readers to apply)"
        return None

    def own_event_page(self, draft: _Draft, url: str) -> bool:
        """Whether ``url`` is an event's page ("/events/...", "/webinars/...", "/sessions/...") on the
        sender's own site: the site named by the publication (every.to for "Every", bloomberg.com and
        bloombergevents.com for "Bloomberg Weekend"), never a platform hosting others' events (a recap's
        discord.com/events/...)."""
        return _EVENT_PAGE.match(url) is not None and self.names_site(draft, url)

    def own_front_page(self, draft: _Draft, url: str) -> bool:
        """Whether ``url`` is the front page of the sender's own site (see :meth:`names_site`)."""
        return is_front_page(url) and self.names_site(draft, url)

    def names_site(self, draft: _Draft, url: str) -> bool:
        """Whether the publication's name names the site of ``url``: every.to for "Every",
        bloomberg.com and bloombergevents.com for "Bloomberg Weekend", wsj.net for "Emma Tucker, WSJ"."""
        site = _host(url).split(".")
        source = (draft.source or self.page.edition.source or "").casefold()
        name = re.sub(r"[\W_]", "", source)
        first = re.sub(r"[\W_]", "", source.split()[0]) if source.split() else ""
        if len(site) < 2 or len(site[-2]) < 3:
            return False
        # every.to for "Every"; bloombergevents.com, its events site, for "Bloomberg Weekend".
        return site[-2] in name or (len(first) >= 5 and site[-2].startswith(first))

    def links_next_item(self, draft: _Draft, url: str) -> bool:
        """Whether the first paragraph of text after ``draft`` (chrome such as a picture's credit
        skipped) opens with a link to ``url`` too: the item the label is printed over."""
        own = [b.index for b in (*draft.blocks, *draft.metadata)]
        for block in self.blocks[max(own, default=len(self.blocks)) + 1 :]:
            if self.verdicts[block.index] is not None or is_bare_link(block):
                continue
            return block.kind is Kind.TEXT and block.links[:1] == (url,)
        return False

    def close(self, last: bool = False) -> None:
        """Tell the story being built; ``last`` when nothing of the edition follows it."""
        draft, self.draft = self.draft, None
        if draft is None:
            return
        edition = self.page.edition
        source = draft.source or edition.source or ""
        # The writers signing the story after its last sentence are its byline, not its names.
        text, byline = cut_byline("\n\n".join(draft.paragraphs))
        links = tuple(dict.fromkeys(link for b in draft.blocks for link in b.links))
        # A byline's link to its writer's page is no article, even set as the story's own link.
        url = draft.url if draft.url and not is_writer_page(draft.url) else None
        url = url or self.teasers_link(draft) or article_link(links)
        if url is not None and self.own_front_page(draft, url):
            # Nor is the sender's own front page ("Oil Rises Above $110" linking
            # https://www.bloomberg.com/ in Bloomberg's e-mail): every story of the publication is
            # under it, and the story gave no page of its own. Another site's front page stays: a
            # product's site is its launch's page ("https://aider.chat/" in a week of AI news).
            url = None
        if not text.strip() and self.numbered_item(draft):
            # "3" over "Stanford finds one prompt trick ..." over its counts only: an item of the
            # edition's numbered run told in its title alone, which is its text.
            text = draft.title
        untold = self.untold(draft, text, links, url, last)
        if untold is not None:
            for block in (*draft.blocks, *draft.metadata):
                self.drop(block, *untold)
            return
        substantial = [p for p in draft.paragraphs if words(p) >= 10 or _names_news(p)]
        signpost = _signpost(draft) and bool(substantial)
        title = (not signpost and draft.title) or derive_title(substantial[0] if substantial else text)
        sid = story_id(source, edition.date.isoformat() if edition.date else "", title, text)
        if signpost:
            self.drop(draft.blocks[0], DropReason.NAVIGATION, SIGNPOST, sid)
        self.stories.append(
            Story(
                id=sid,
                title=title,
                text=text,
                source=source,
                path=edition.path,
                url=url,
                section=draft.section,
                date=draft.date or edition.date,
                position=len(self.stories),
                edition_date=edition.date,
                format=edition.format,
                links=links,
                credits=tuple(dict.fromkeys(c for b in draft.blocks for c in b.credits)),
            )
        )
        if byline is not None:
            self.dropped.append(
                Dropped(
                    path=edition.path,
                    reason=DropReason.BOILERPLATE,
                    detail="byline closing a story",
                    text=byline,
                    source=edition.source,
                    position=draft.blocks[-1].index if draft.blocks else len(self.stories),
                    story_id=sid,
                )
            )
        self.consumed.update(b.index for b in draft.blocks)
        self.last_story_start = draft.blocks[0] if draft.blocks else None
        self.last_story_blocks = draft.blocks
        if draft.section is not None:
            self.section_used = True
        for block in draft.metadata:
            self.drop(block, DropReason.BOILERPLATE, "story metadata: outlet, date or category", sid)

    def numbered_item(self, draft: _Draft) -> bool:
        """Whether ``draft`` opens right under an item's number printed on a line of its own, one of
        the edition's numbered run ("3" between "2" and "4"): an item of the list, however short."""
        first = draft.blocks[0] if draft.blocks else None
        return first is not None and draft.origin == "headline" and self.under_item_number(first)

    def bylined(self, block: Block) -> bool:
        """Whether ``block`` is a post's title: its byline comes next, maybe after one line of dek
        ("Plus: ..."), before any other line of text. What follows the byline (a picture's credit, the
        first paragraph) is that post's, so the title heads it, never a section over it."""
        above = self.blocks[block.index - 1] if block.index else None
        if above is not None and self.verdicts[above.index] is None and self.layout.heading_like(above):
            return False  # "[Plus: ...](url)" under the post's title, over the byline: the title's dek
        for texts, other in enumerate(self.blocks[block.index + 1 : block.index + 4]):
            verdict = self.verdicts[other.index]
            if verdict is not None:
                # A byline the masthead read as the edition's name and date signs the edition, not a post.
                return verdict.detail.startswith("byline") and texts <= 1
            if other.kind is not Kind.TEXT or self.layout.heading_like(other):
                return False
        return False

    def under_byline(self, block: Block) -> bool:
        """Whether ``block`` is a short line right under a post's title and its byline, before the
        post's running text (a picture's credit, the reviewed book's title and publisher): the post's
        own, never a section over its text. Only chrome stands between them (the byline, "View in
        browser"); a label introducing what follows ("From the archive:") is no such line."""
        opened = self.draft
        if opened is None or opened.origin != "headline" or block.title_link is not None:
            return False  # a linked title under the byline is the next item's ("[Title](url)")
        if block.text.rstrip().endswith((":", "：")):
            return False
        if any(words(p) > _CREDIT_LINE_WORDS for p in opened.paragraphs):
            return False
        between = self.blocks[opened.blocks[-1].index + 1 : block.index]
        if any(self.verdicts[b.index] is None for b in between):
            return False
        return self.bylined(opened.blocks[0])

    def under_item_number(self, block: Block) -> bool:
        """Whether ``block`` is printed right under an item's number alone on its line, one of the
        edition's numbered run."""
        if block.index == 0:
            return False
        above = self.blocks[block.index - 1]
        verdict = self.verdicts[above.index]
        return verdict is not None and verdict.detail == ITEM_NUMBER and self.numbers.numbers_an_item(above)

    def open(self, title: str, origin: str, block: Block, **extra: object) -> None:
        self.close()
        url = block.title_link
        if self.button_below is not None and self.button_below[0] == block.index:
            url = url or self.button_below[1]
        draft = _Draft(title=title, origin=origin, section=self.section, url=url)
        self.draft = evolve(draft, blocks=(block,), **extra)  # type: ignore[arg-type]

    def start_section(self, block: Block, chrome: _Chrome | None) -> None:
        self.close()
        told = self.section_used and self.chrome is None
        self.interrupted = self.section if block.doubled and told else None
        self.end_section()
        self.section = clean_title(block.text) or None
        self.section_block = block
        self.section_used = False
        self.consumed.add(block.index)
        self.chrome = chrome
        self.item_number_at = None

    def end_section(self) -> None:
        """Account for the heading of the section that ends: used by a story, or dropped."""
        block = self.section_block
        if block is not None and not self.section_used:
            self.consumed.discard(block.index)
            if self.chrome is not None:
                self.drop(
                    block, self.chrome.verdict.reason, self.chrome.verdict.detail + " (section heading)"
                )
            else:
                self.drop(block, DropReason.EMPTY, "section heading with no story under it")
        if self.chrome is not None:
            self.section = None
        self.section_block = None
        self.chrome = None

    def start_chrome_item(self, block: Block, verdict: Verdict) -> None:
        """A sponsor or promotion headline among sibling items: it covers its own item only."""
        self.close()
        self.chrome = _Chrome(verdict, block, item=True)
        self.drop(block, verdict.reason, verdict.detail + " (item headline)")

    def end_chrome_item(self) -> None:
        self.chrome = None

    # -- the pass ----------------------------------------------------------------------------

    def run(self) -> Split:
        previous_role: str | None = None
        for block in self.blocks:
            if block.index not in self.consumed:
                previous_role = self.step(block, previous_role)
        self.close(last=True)
        self.end_section()
        for block in self.blocks:
            if block.index not in self.consumed:
                self.drop(block, DropReason.BOILERPLATE, "not part of any story")
        return Split(edition=self.page.edition, stories=tuple(self.stories), dropped=tuple(self.dropped))

    def step(self, block: Block, previous_role: str | None) -> str | None:
        tail = self.tails.get(block.index)
        if tail is not None:
            self.drop(block, tail.reason, tail.detail + " (the rest of its sentence)")
            return previous_role
        verdict = self.verdicts[block.index]
        if self.in_letter(block, verdict):
            return "text"
        if block.kind is Kind.RULE:
            self.in_note = False
            self.end_boxed_chrome()
            self.close()
            self.drop(block, DropReason.BOILERPLATE, "separator line")
            return None
        if self.signed_off:
            reason, detail = (verdict.reason, verdict.detail) if verdict is not None else _BACK_MATTER
            self.drop(block, reason, detail)
            return previous_role
        heading = (
            self.layout.heading_like(block)
            and not self.introduces_list(block)
            and not self.lead_in(block)
            and not self.item_dek(block)
        )
        if self.sponsor_label is not None:
            label, self.sponsor_label = self.sponsor_label, None
            if block.kind is Kind.HEADING and verdict is None:
                self.start_chrome_item(block, label)  # "Presented by Ledgerline" over its headline
                return previous_role
        if self.chrome is not None and self.in_chrome(block, heading):
            self.cover(self.chrome, block, verdict)
            return previous_role
        if heading and self.label_line(block) and self.chrome_heading(block, verdict, previous_role):
            return "section"
        if self.dropped_item is not None:
            level, parent = self.dropped_item
            if block.kind is Kind.BULLET and block.level > level and verdict is None:
                self.drop(block, parent.reason, parent.detail + " (nested under a dropped item)")
                return previous_role
            self.dropped_item = None
        if verdict is not None:
            self.chrome_block(block, verdict)
            return previous_role
        if block.index in self.buttons_below or self.closing_button(block):
            self.button_under(block)
            return previous_role
        if self.in_note and self.note_line(block, heading):
            self.drop(block, DropReason.BOILERPLATE, "greeting or editor's note before the first story")
            return previous_role
        if self.caption_or_game(block, heading):
            return previous_role
        if self.editor_note(block) or self.note_goes_on(block):
            self.drop(block, DropReason.BOILERPLATE, "greeting or editor's note before the first story")
            self.note_at = block.index
            return previous_role
        if self.chrome is None and is_job_listing(_listing(block)):
            self.drop(block, DropReason.JOBS, "job listing")
            return previous_role
        if block.kind is Kind.BULLET and is_open_task(block.raw):
            self.drop(block, DropReason.BOILERPLATE, "a task offered to contributors (tagged issue)")
            return previous_role
        if self.layout.is_entry(block):
            self.entry(block)
            return "headline"
        if self.listed_line(block) or self.navigation(block, heading):
            return previous_role
        if self.story_link(block):
            return "text"
        if heading and (carded := self.card(block)) is not None:
            return carded
        if heading:
            return self.apply_role(block, self.role(block, previous_role))
        self.text_block(block)
        return "text"

    def caption_or_game(self, block: Block, heading: bool) -> bool:
        """A photo caption, or the name of the edition's game: to the ledger."""
        if self.caption(block):
            self.drop(block, DropReason.BOILERPLATE, "photo caption")
            return True
        if heading and self.names_game(block):
            # "Play Alphadots!" over "Our daily word puzzle with a plot twist.": the game's name, no
            # label inside the story above it, which ends here.
            self.close()
            self.drop(block, DropReason.POLL, _GAMES + " (the game's name over its blurb)")
            return True
        return False

    def names_game(self, block: Block) -> bool:
        """A short plain line right over the blurb of the edition's game ("Play Alphadots!" over "Our
        daily word puzzle with a plot twist."), with no line of chrome right above it (a byline's
        role, "Senior editor", is in a box already): the game's name, in its box."""
        if block.kind is not Kind.TEXT or block.lead is not None or words(block.text) > _BUTTON_WORDS:
            return False
        above = self.layout.previous_content(block.index)
        if above is None or self.layout.after(above) is not block:
            return False  # under a line of chrome (a byline's "Senior editor"): in a box already
        below = self.layout.after(block)
        verdict = self.verdicts[below.index] if below is not None else None
        return verdict is not None and verdict.reason is DropReason.POLL and verdict.detail == _GAMES

    def listed_line(self, block: Block) -> bool:
        """A preheader listing the items below ("A • B • C": navigation), one of its items alone on its
        line ("A (site.com)": a story of its own) or the dek under an item (its text)."""
        listed = self.listed
        if block.index in listed.listings:
            self.close()
            self.drop(block, DropReason.NAVIGATION, "preheader listing the items printed below")
        elif block.index in listed.items and self.chrome is None:
            self.open(listed.items[block.index], "headline", block, paragraphs=(block.text,))
        elif (
            block.index in listed.deks
            and self.draft is not None
            and self.draft.blocks[0].index + 1 == block.index
        ):
            self.draft = self.draft.add(block)
        else:
            return False
        return True

    def chrome_block(self, block: Block, verdict: Verdict) -> None:
        """A block that is chrome by its words or layout: to the ledger, with what it ends or opens."""
        if self.sponsor_text(block, verdict):
            # "In partnership with Atlas Air" over "Atlas Air now flies ...": the sponsor's card,
            # not more of the story above.
            self.close()
            self.drop(block, verdict.reason, verdict.detail + " (label over its text)")
            self.chrome = _Chrome(verdict, block, item=True, card=True)
            return
        if self.signs_off(block, verdict):
            self.close()
            self.signed_off = True
        if self.draft is not None and verdict.detail == EVENT_PROMOTION and not self.draft.paragraphs:
            # "Navigating College Mergers" over "REGISTER NOW: May 18 ...": the event's title, no story.
            for headline in (*self.draft.blocks, *self.draft.metadata):
                self.drop(headline, verdict.reason, verdict.detail + " (its title)")
            self.draft = None
        if self.draft is not None and self.pitch_over(block, verdict):
            self.drop(self.draft.blocks[0], verdict.reason, PITCH)
            self.draft = None
        self.mark_followers(block, verdict)
        draft = self.draft
        read_more = bool(block.links) and read_more_line(block.text)
        if (
            draft is not None
            and draft.url is None
            and block.links
            and (read_more or verdict.detail == LINK_CARD)
        ):
            self.draft = evolve(draft, url=block.links[0])  # "Read more →": the story's own link
        self.drop(block, verdict.reason, verdict.detail)
        if draft is not None and read_more:
            self.close()  # the story's link ends it: what follows is the next story, titled or not
        self.after_chrome(block, verdict)

    def pitch_over(self, block: Block, verdict: Verdict) -> bool:
        """Whether the story being built is one short paragraph boxed between a rule and the prompt
        ``block`` right under it ("Don't settle for shallow articles. Learn the basics with us." over
        "UPGRADE TO READ THE REST"): the pitch the prompt closes, no story of its own."""
        draft = self.draft
        if draft is None or verdict.reason is not DropReason.PROMOTION or draft.origin != "derived":
            return False
        if len(draft.blocks) != 1:
            return False
        pitch = draft.blocks[0]
        return (
            pitch.index + 1 == block.index
            and pitch.index > 0
            and self.blocks[pitch.index - 1].kind is Kind.RULE
            and not pitch.links
            and words(pitch.text) <= _PITCH_WORDS
        )

    def letter_signed_below(self, block: Block) -> bool:
        """Whether the sign-off line ``block`` ("That's it for June!") is followed, within a few
        paragraphs, by the writer's name under a letter's closing line ("Thanks for your support," over
        "Simon"): what lies between is the letter's closing notes (a feedback request, a forwarding
        prompt), and what follows the name its back matter, no words of the last story."""
        below = self.blocks[block.index + 1 : block.index + 1 + _SIGN_OFF_REACH]
        return any(
            (verdict := self.verdicts[other.index]) is not None
            and verdict.detail == _SIGNATURE
            and _closes_letter(self.blocks, other)
            for other in below
        )

    def signs_off(self, block: Block, verdict: Verdict) -> bool:
        """Whether ``block`` is the writer's name signing off after the edition's stories (two or more
        told: a name under the opening note or letter, the edition's first story, signs that only),
        the edition's footer (an unsubscribe line, the sender's address) further down: no story of
        the edition follows its writer's signature, only its back matter (the writer's other
        products, links to follow, the address). Only a name under a letter's closing line signs
        off ("All my best," over "Oren"): a byline or a role line under an item signs that item."""
        if len(self.stories) + (self.draft is not None) < _SIGNED_STORIES:
            return False
        if verdict.detail == _SIGN_OFF:
            return self.letter_signed_below(block)
        if verdict.detail != _SIGNATURE:
            return False
        if not _closes_letter(self.blocks, block):
            return False  # a byline or a role line signs its own item, not the edition
        if self.note_end is not None and block.index == self.note_end + 1:
            return False  # the name signs the note its greeting opened ("Hi Will" ... "Best," / "Brook")
        return any(
            other is not None and other.reason is DropReason.FOOTER
            for other in self.verdicts[block.index + 1 :]
        )

    def in_letter(self, block: Block, verdict: Verdict | None) -> bool:
        """Whether ``block`` is a paragraph of the signed letter being told (told into it); the
        letter's closing line ends it."""
        end = self.letter_end
        if end is None:
            return False
        if block.index >= end:
            self.letter_end = None
            self.close()
            return False
        if verdict is not None:
            return False
        self.letter_line(block)
        return True

    def prints_subject(self, block: Block) -> bool:
        """A level-1 heading before any story printing the title the message came with (its subject
        line), word for word: the edition's title, never a section over the first stories. (Over a
        story's text it stays that story's headline.)"""
        subject = self.page.edition.title
        if subject is None or self.stories or block.kind is not Kind.HEADING or block.level != 1:
            return False
        printed = strip_symbols(block.text).casefold()
        return bool(printed) and printed == strip_symbols(subject).casefold()

    def site_name(self, block: Block) -> bool:
        """A short linked name before any story, right over the line printing the edition's subject
        ("Platformer [link]" over "How we're shaking up Platformer for the AI era [link]"): the site's
        name at the top of a post's e-mail, in the masthead, never a story."""
        subject = self.page.edition.title
        if subject is None or self.stories or self.section is not None:
            return False
        if not linked_title(block) or words(block.text) > _SITE_NAME_WORDS:
            return False
        nxt = self.layout.next_content(block.index)
        printed = strip_symbols(nxt.text).casefold() if nxt is not None else ""
        return bool(printed) and printed == strip_symbols(subject).casefold()

    def dated_title(self, block: Block) -> bool:
        """A short plain line before any story that names the edition's own date ("Posts + Links for
        Apr 24, 2026", the subject printed again with its date written another way) over a headline or
        a label: the edition's title, never a section over its stories nor a story."""
        edition = self.page.edition.date
        if edition is None or self.stories or self.draft is not None or self.section is not None:
            return False
        if block.kind is not Kind.TEXT or block.links or words(block.text) > _DATED_TITLE_WORDS:
            return False
        nxt = self.layout.next_content(block.index)
        if nxt is None or not (self.layout.heading_like(nxt) or nxt.title_link is not None):
            return False
        # Written out with its year ("Apr 24, 2026"): no "today", no date read against the edition's.
        return find_date(block.text, reference=None, day_first=self.page.day_first) == edition

    def own_names(self) -> tuple[str, ...]:
        """The name the edition goes by: its publication's."""
        source = self.page.edition.source
        return (source,) if source else ()

    def letter_line(self, block: Block) -> None:
        """A paragraph of a signed letter: the letter's story, its paragraphs all one item, whatever
        their lead-ins ("Research. Coding agents ...")."""
        if self.draft is None:
            text = strip_read_more(block.text)
            self.open("", "derived", block, paragraphs=(text,) if text else ())
        else:
            self.draft = self.draft.add(block)

    def closing_button(self, block: Block) -> bool:
        """A short linked call closed by a full stop or an arrow ("[Learn more.](url)"), right under a
        paragraph of the story being built and over a heading or a label (or the end): that story's
        button, with its link; never the label of a section over the stories below."""
        draft = self.draft
        if draft is None or not draft.paragraphs or not _call_to_action(block):
            return False
        text = block.text.strip()
        if not (text.endswith(".") or text.endswith(_ARROWS)) or self.layout.after(block) is None:
            return False
        above = self.layout.previous_content(block.index)
        below = self.layout.next_content(block.index)
        if above is None or above is not draft.blocks[-1] or not self.running_paragraph(above):
            return False
        return below is None or self.layout.heading_like(below)

    def button_under(self, block: Block) -> None:
        """A button under the paragraph it links ("[Deliver value](url)"): the story's link, and its end."""
        draft = self.draft
        if draft is not None and draft.url is None:
            self.draft = evolve(draft, url=block.title_link)
        self.drop(block, DropReason.NAVIGATION, "a button under its story (the story's link)")
        self.close()

    def after_chrome(self, block: Block, verdict: Verdict) -> None:
        """What a block dropped as chrome ends or opens: the story above it, an item of a numbered run,
        the editor's note."""
        if verdict.detail == ITEM_NUMBER and self.numbers.numbers_an_item(block):
            # "4" on its own line, between "3" above and "5" below: an item of the edition's numbered
            # run ends here and the next begins, all its paragraphs (to "5") one story.
            self.close()
            self.item_number_at = block.index if self.numbers.next_below(block) else None
        if (
            verdict.reason is not DropReason.NAVIGATION
            and not self.page.blank_separated
            and not self.counts_headline(block, verdict)
        ):
            self.close()
        if not self.stories and opens_with_greeting(block.text):
            self.note_at = block.index  # "Good morning. ... just ask" may go on in the next paragraph
        greets = not self.stories and opens_with_greeting(block.text)
        if greets and self.draft is not None and self.tagline(self.draft):
            # The line over the greeting was the masthead's tagline, no headline of the note below.
            for line in self.draft.blocks:
                self.drop(line, DropReason.BOILERPLATE, "masthead: tagline over the editor's greeting")
            self.draft = None
        if greets and self.draft is not None and all(is_bare_link(b) for b in self.draft.blocks):
            # A banner's or a logo's address alone over the greeting: no words of the note or letter.
            for line in self.draft.blocks:
                self.drop(line, DropReason.NAVIGATION, "a banner's address over the greeting")
            self.draft = None
        if greets and self.draft is None:
            self.letter_end = _letter_end(self.blocks, self.verdicts, block)
            # "Good morning," on its own line opens the editor's note, unless it opens a signed letter
            self.in_note = self.letter_end is None
            self.note_end = None
            if self.in_note:
                self.note_end = _letter_end(self.blocks, self.verdicts, block, note=True)

    @staticmethod
    def tagline(draft: _Draft) -> bool:
        """Whether ``draft`` is only a short line linking a site's front page, with no text yet ("The
        latest from author and investor Tim Ferriss", linking the writer's site): the masthead's
        tagline, never the headline of the editor's note a greeting under it opens."""
        first = draft.blocks[0]
        return (
            draft.origin == "headline"
            and not draft.paragraphs
            and len(draft.blocks) == 1
            and first.title_link is not None
            and is_front_page(first.title_link)
        )

    def counts_headline(self, block: Block, verdict: Verdict) -> bool:
        """Whether ``block`` is a line of counts right under the headline being told, before its text
        ("53,484 Likes" under the headline, in a body printing a paragraph per line): the headline's
        metadata, which leaves its story open for the text below."""
        draft = self.draft
        return (
            verdict.detail == COUNTERS
            and draft is not None
            and draft.origin == "headline"
            and not draft.paragraphs
            and draft.blocks[-1].index + 1 == block.index
        )

    def introduces_list(self, block: Block) -> bool:
        """A plain paragraph closed by a colon inside a story under its heading, over the points it
        introduces ("... will take action to:" over "➡ Lower the speed limit"): the story's text,
        never a headline of its own."""
        draft = self.draft
        return (
            draft is not None
            and draft.origin == "headline"
            and bool(draft.paragraphs)
            and draft.blocks[0].kind is Kind.HEADING
            and block.kind is Kind.TEXT
            and block.blank_before
            and not block.emphasised
            and block.text.rstrip().endswith((":", "："))
        )

    def lead_in(self, block: Block) -> bool:
        """A plain sentence trailing off into what follows ("Here are some other headlines that caught
        our attention this week...", "We read these so you don't have to:") right under a headline
        with no text yet: the headline's opening words, not a headline of its own that would leave the
        one above it empty."""
        draft = self.draft
        return (
            draft is not None
            and draft.origin == "headline"
            and not draft.paragraphs
            and block.kind is Kind.TEXT
            and not block.emphasised
            and not block.links
            and words(block.text) >= _LEAD_IN_WORDS
            and block.text.rstrip().endswith(("...", "…", ":", "："))
        )

    def item_dek(self, block: Block) -> bool:
        """A short plain line with no full stop right under a linked title with no text yet (its byline
        between them), when the next item is a linked title printed the same way ("[Title](url)", "By
        ...", "What the metaverse tells us about hype", "[Next title](url)"): the item's one-line dek,
        its text, never a section heading over the items below it."""
        draft = self.draft
        if draft is None or draft.origin != "headline" or draft.paragraphs:
            return False
        if not linked_title(draft.blocks[0]):
            return False
        if block.kind is not Kind.TEXT or block.emphasised or block.links or block.lead is not None:
            return False
        if is_label(block.text) and (is_caps(strip_symbols(block.text)) or title_case(block.text, 1)):
            return False  # "#CODING", "Evening Read": the next section's label, no dek
        between = self.blocks[draft.blocks[-1].index + 1 : block.index]
        if any(not self.byline_between(other) for other in between):
            return False  # a promotion or a decoration between them: the title's item ended above it
        nxt = self.layout.next_content(block.index)
        return nxt is not None and linked_title(nxt) and shape(nxt) == shape(draft.blocks[0])

    def teasers_link(self, draft: _Draft) -> str | None:
        """The link of the preheader's teasers printed again over an untitled story (``PREHEADER_AGAIN``:
        "[Plus, the AI tell that's exploded ...](post)" over the byline and the essay), with only
        dropped lines between them: the post's own page, which the essay's first link in its text
        ("If you didn't [read our Opus 4.7 review](...)") is not."""
        if draft.origin != "derived" or not draft.blocks:
            return None
        for block in reversed(self.blocks[: draft.blocks[0].index]):
            verdict = self.verdicts[block.index]
            if verdict is None and block.kind is not Kind.RULE:
                return None  # a line of the story above: the teasers are not this story's
            if verdict is not None and verdict.detail == PREHEADER_AGAIN:
                return article_link(block.links)
        return None

    def byline_between(self, block: Block) -> bool:
        """Whether ``block``, between an item's title and its dek, is the item's own line: its byline
        or reading time, or a separator."""
        verdict = self.verdicts[block.index]
        return block.kind is Kind.RULE or (verdict is not None and "byline" in verdict.detail)

    def card(self, block: Block) -> str | None:
        """A card's title over its one line of text, or that line: read as a headline and its text."""
        if self.dek(block) and self.draft is not None:
            self.draft = self.draft.add(block)
            return "text"
        if self.card_title(block):
            self.open(clean_title(block.text), "headline", block)
            return "headline"
        return None

    def card_title(self, block: Block) -> bool:
        """A linked title with a line of text right under it, no blank line between, in a body that
        sets its blocks apart by blank lines: a card's title over its text ("**Halfboard**" over
        "A split keyboard for one hand"), whatever the lines around the card."""
        nxt = self.layout.after(block)
        return (
            self.page.blank_separated
            and linked_title(block)
            and nxt is not None
            and nxt.kind is Kind.TEXT
            and not nxt.blank_before
            and not nxt.links
            and self.verdicts[nxt.index] is None
        )

    def dek(self, block: Block) -> bool:
        """A line printed right under a linked title, with no blank line between, in a body that sets
        its blocks apart by blank lines: the title's one-line text (a product's tagline under its
        name), not a heading of its own; or a line in italics between a headline and its text."""
        draft = self.draft
        if (
            draft is not None
            and draft.origin == "headline"
            and not draft.paragraphs
            and self.layout.is_dek(block)
        ):
            return True  # "_A survey finds nobody measures cooperation_" under its headline
        if (
            draft is None
            or not self.page.blank_separated
            or block.blank_before
            or block.kind is not Kind.TEXT
        ):
            return False
        if draft.paragraphs or draft.origin != "headline" or len(draft.blocks) != 1:
            return False
        title = draft.blocks[0]
        return title.index == block.index - 1 and linked_title(title) and not block.links

    def story_link(self, block: Block) -> bool:
        """A paragraph or line holding only a link, right under a story's text and with nothing
        of its own under it (the next headline, or the end, follows): the story's link, not the
        next story's heading ("[Denver Post coverage](url)", "→ https://...")."""
        draft = self.draft
        if draft is None or draft.origin == "derived" or not draft.paragraphs:
            return False
        link = link_only(block)
        if link is None:
            return False
        if is_link_label(block.text):
            # "[Source](url)", "[PDF](url)" under the text (a row of link cells): the story's links,
            # whatever follows; their labels are no words of the story.
            self.draft = evolve(draft.add(block, text=""), url=draft.url or link)
            return True
        if draft.url is not None and link == draft.url and _call_to_action(block):
            # "[Read the Story](url)" closing a card headed "[Title](url)": the card's button, never
            # the headline of the paragraph printed after it.
            self.draft = draft.add(block, text="")
            self.close()
            return True
        if draft.url is not None:
            return False
        nxt = self.layout.next_content(block.index)
        headline_next = nxt is None or nxt.kind is Kind.HEADING
        if not headline_next and nxt is not None:
            headline_next = self.layout.heading_like(nxt) and link_only(nxt) is None
        if not headline_next:
            return False
        if nxt is not None and self.opens_below(draft, block):
            # "[DONATE](url)" outside the list, over a headline: the link of what it opens.
            self.close()
            self.drop(block, DropReason.BOILERPLATE, "a button over the block it opens")
            self.button_below = (nxt.index, link)
            return True
        self.draft = evolve(draft.add(block), url=link)  # its words stay, under the story's text
        return True

    def opens_below(self, draft: _Draft, block: Block) -> bool:
        """A short call to action printed outside the list whose item is the story being built, with
        a headline under it: a button opening the block below, never the item's own link."""
        return (
            draft.blocks[0].kind is Kind.BULLET
            and block.kind is Kind.TEXT
            and block.blank_before
            and _call_to_action(block)
        )

    def label_line(self, block: Block) -> bool:
        """A line that can head chrome: a strong heading, or a short label alone on its line
        ("推广", "Sponsor") printed small above its box, or over the box it covers ("Keep reading")."""
        if self.layout.strong_heading(block):
            return True
        verdict = self.verdicts[block.index]
        covers = verdict is not None and verdict.covers
        if block.kind is Kind.TEXT and not block.links and verdict is None and is_label(block.text):
            # A plain label of the edition's own section ("About Us", "Corrections") alone on its line.
            own = heading_verdict(block.text)
            covers = own is not None and own.covers
        return block.kind is Kind.TEXT and not block.links and (covers or is_ad_label(block.text))

    def mark_followers(self, block: Block, verdict: Verdict) -> None:
        """What a chrome block takes with it: a dropped item its nested items, a sponsor's label the
        headline under it, a "In today's edition:" label the list of teasers it introduces."""
        if block.kind is Kind.BULLET:
            self.dropped_item = (block.level, verdict)
        if self.sponsor_card(block, verdict):
            self.sponsor_label = verdict  # the headline under it is the sponsor's
        if verdict.reason is DropReason.NAVIGATION and block.text.rstrip().endswith((":", "：")):
            for item in bullet_contents(self.layout, block)[1:]:
                self.drop(item, DropReason.NAVIGATION, "table of contents or teaser list")
        self.drop_poll_answers(block, verdict)

    def drop_poll_answers(self, block: Block, verdict: Verdict) -> None:
        """A poll's question takes its answers with it, wherever it stands (inside a promotion too)."""
        if verdict.reason is DropReason.POLL and block.text.rstrip().endswith("?"):
            for answer in self.poll_answers(block):
                self.drop(answer, DropReason.POLL, "a reader poll's answer")

    def poll_answers(self, question: Block) -> list[Block]:
        """The answers printed under a poll's question, each alone on its line, a few words and no
        sentence ("Amazing", "[Meh](url)"): two or more, else none (a line under a question may be
        the next story's headline)."""
        answers: list[Block] = []
        for block in self.blocks[question.index + 1 :]:
            if (
                block.kind is not Kind.TEXT
                or self.verdicts[block.index] is not None
                or words(block.text) > _POLL_ANSWER_WORDS
                or _POLL_ANSWER.fullmatch(block.text.strip()) is None
                or (block.links and not linked_title(block))
            ):
                break
            answers.append(block)
        return answers if len(answers) >= _POLL_ANSWERS else []

    def chrome_heading(self, block: Block, verdict: Verdict | None, previous_role: str | None) -> bool:
        """A sponsor, jobs or prompt heading: over a section it covers the section, else its own item."""
        chrome = verdict or heading_verdict(block.text) or self.prompt_section(block)
        if chrome is None or not covers_section(chrome):
            return False
        if self.sponsor_card(block, chrome):
            # "TOGETHER WITH VOLTSPAN" over "### Stop guessing ..." and "Voltspan's tracker ...": the
            # headline under the label is the sponsor's item.
            self.close()
            self.drop(block, chrome.reason, chrome.detail + " (label over its headline)")
            self.sponsor_label = chrome
            return True
        if self.edition_sponsor(block, chrome):
            self.close()
            self.drop(block, chrome.reason, chrome.detail + " (the edition's sponsor credit)")
            return True
        covers = chrome.covers or (block.kind is Kind.HEADING and is_chrome_label(block.text))
        if covers or (self.role(block, previous_role) == "section" and not self.sibling_of_story(block)):
            self.start_section(block, _Chrome(chrome, block, item=False))
            return True
        if verdict is None or verdict.reason not in SECTION_REASONS:
            return False  # a headline that only mentions jobs or partners is news
        self.start_chrome_item(block, verdict)
        return True

    def prompt_section(self, block: Block) -> Verdict | None:
        """A heading over a section that is mostly prompts ("SHARE THE POUR" over "Your referral count",
        "Click to Share", "Or copy this link: .../refer"): the section is the prompt, its heading and
        the text between the prompts with it."""
        if block.kind is not Kind.HEADING:
            return None
        section = []
        for other in self.blocks[block.index + 1 :]:
            if other.kind is Kind.HEADING and other.level <= block.level:
                break
            if other.kind is not Kind.RULE:
                section.append(other)
        prompts = [
            b
            for b in section
            if (v := self.verdicts[b.index]) is not None and v.reason is DropReason.PROMOTION
        ]
        if len(prompts) < _SECTION_PROMPTS or 2 * len(prompts) < len(section):
            return None
        return Verdict(DropReason.PROMOTION, "subscribe, referral or share prompt", covers=True)

    def edition_sponsor(self, block: Block, verdict: Verdict) -> bool:
        """Whether a sponsor's label line ("Presented by Meridian Health Alliance") credits the edition's
        sponsor and covers nothing: it names the sponsor, does not introduce what follows (no
        colon), and nothing up to the next heading names the sponsor."""
        if verdict.reason is not DropReason.SPONSOR or block.kind is Kind.HEADING:
            return False
        if linked_title(block) and _NAMELESS_SPONSOR.fullmatch(block.text.strip()):
            # "[Sponsored by](url)": the link of the sponsor's logo, its name lost with the picture. The
            # credit printed plain ("Sponsored by") covers nothing; printed as a link it is no headline
            # of a section that would take the edition below it.
            return True
        name = sponsor_named(block.text)
        if name is None or words(block.text) > _LABEL_WORDS or block.text.rstrip().endswith((":", "：")):
            return False
        # A card names its sponsor right under the label, as :meth:`sponsor_card` reads it; a later
        # mention ("A message from Meridian ...:" further down) is the sponsor's own ad, not this card.
        for other in self.blocks[block.index + 1 : block.index + 1 + _CARD_BLOCKS]:
            if other.kind is Kind.HEADING or other.kind is Kind.RULE:
                break
            if name.casefold() in other.text.casefold():
                return False
        return True

    def sibling_of_story(self, block: Block) -> bool:
        """Whether a chrome heading is printed like the headline of the story before it
        ("**00:29:30 — A word from our sponsor**" after "**00:02:15 — Vireo bets ...**"): one item
        among its siblings, not a section heading over them."""
        draft = self.draft
        first = draft.blocks[0] if draft is not None and draft.blocks else self.last_story_start
        return (
            first is not None
            and block.kind is not Kind.HEADING
            and first.kind is not Kind.BULLET
            and shape(first) == shape(block)
            and shape(block)[3] != ""
        )

    def printed_like_a_story(self, block: Block) -> bool:
        """Whether ``block`` is printed like a lead-in block of the story before a chrome label ("**HOUSE
        ETHICS ...** — ..." after "**SENATE DEMOCRATS ...** — ..."): the next story, not more of the ad."""
        if block.lead is None or shape(block)[3] == "":
            return False
        return any(b.lead is not None and shape(b) == shape(block) for b in self.last_story_blocks)

    def cover(self, chrome: _Chrome, block: Block, verdict: Verdict | None) -> None:
        """Drop ``block`` as part of the chrome being dropped (with its own reason, if it has one)."""
        own = verdict or chrome.verdict
        self.drop(block, own.reason, own.detail)
        if verdict is not None:
            self.drop_poll_answers(block, verdict)
        self.chrome = evolve(chrome, covered=chrome.covered + 1)

    def end_boxed_chrome(self) -> None:
        """A rule closes the box of a chrome label ("PARTENAIRE" between two rules) once the box
        holds something: what comes after the rule is the edition again."""
        chrome = self.chrome
        if chrome is None or chrome.heading.kind is Kind.HEADING or chrome.covered == 0:
            return
        if chrome.item:
            self.end_chrome_item()
        else:
            self.end_section()

    def in_chrome(self, block: Block, heading: bool) -> bool:
        """Whether ``block`` still belongs to the chrome section or item being dropped."""
        chrome = self.chrome
        if chrome is None:
            return False
        own = self.verdicts[block.index]
        if chrome.item and own is not None and own.detail == BOOKMARK_CARD:
            self.end_chrome_item()  # a prompt ("Subscribe already!") owns no bookmark card under it
            return False
        box = not chrome.item and chrome.verdict.covers and chrome.heading.kind is Kind.TEXT
        if box and linked_title(block):
            return True  # a card of the box a plain label covers ("Keep reading"): no section of the edition
        if chrome.heading.kind is not Kind.HEADING and self.printed_like_a_story(block):
            if chrome.item:
                self.end_chrome_item()
            else:
                self.end_section()
            return False
        if (
            not chrome.item
            and chrome.heading.doubled
            and (block.doubled or _same_mark(chrome.heading, block))
        ):
            # "↓↓Plug" covers its pitch, not "↓↓Aussie teens ...", the next item opening with its mark
            self.end_section()  # "↓↓ICYMI" covers its links, not the "↓↓Intel" section after: labels alike
            return False
        strong = heading and self.layout.strong_heading(block)
        gap = block.blank_before and not self.page.blank_separated  # a blank line ends a story here
        if chrome.card:
            if heading and not gap and _arrow_button(block):
                return True  # the sponsor's button closing its text ("TRY LEDGERLINE →")
            if gap or heading or block.kind is not Kind.TEXT:
                self.end_chrome_item()
                return False
            return True
        if chrome.item and gap and self.button(block):
            return True  # "▼ Try it free" over the ad's address: the ad's button, after a blank line
        if chrome.item and (gap or (heading and self.ends_item(chrome.heading, block))):
            self.end_chrome_item()
            return False
        if not chrome.item and _call_to_action(block):
            return True  # "[Apply](url)", "[Post a job →](url)": a button of the section, not a heading
        if not chrome.item and strong and self.role(block, None) == "section":
            self.end_section()
            return False
        if not chrome.item and block.kind is Kind.HEADING and chrome.heading.kind is not Kind.HEADING:
            self.end_section()  # "**A message from Chevron**" covers its ad, not the "## 5." story after
            return False
        if (
            not chrome.item
            and block.kind is Kind.HEADING
            and chrome.heading.kind is Kind.HEADING
            and block.level <= chrome.heading.level
        ):
            self.end_section()  # "### Stellenmarkt" covers its listings, not the "## ..." story after
            return False
        if chrome.verdict.reason is DropReason.PROMOTION and not chrome.verdict.covers:
            if block.kind is Kind.HEADING and self.verdicts[block.index] is None:
                # A prompt owns no headline: "Subscribe now" over "### Everyone is buying nuclear now".
                if chrome.item:
                    self.end_chrome_item()
                else:
                    self.end_section()
                return False
            # A prompt is short: real text after it ends the prompt.
            plain_text = self.verdicts[block.index] is None and block.kind is not Kind.BULLET
            if plain_text and words(block.text) >= 15:
                if chrome.item:
                    self.end_chrome_item()
                else:
                    self.end_section()
                return False
        return True

    def button(self, block: Block) -> bool:
        """A short call to action with its address (on it, or on the line under it) closing a box: the
        next thing printed is a separator, a heading or the end."""
        if block.kind is not Kind.TEXT or words(block.text) > _BUTTON_WORDS or block.lead is not None:
            return False
        last = block
        if not block.links:
            nxt = self.layout.after(block)
            if nxt is None or nxt.blank_before or not is_bare_link(nxt):
                return False
            last = nxt
        after = self.layout.after(last)
        return after is None or after.kind in (Kind.RULE, Kind.HEADING)

    def ends_item(self, headline: Block, block: Block) -> bool:
        """Whether ``block`` is a sibling of a chrome item's headline, ending the item.

        A sibling is printed the same way ("[### ...](url)" each), or is a heading at
        the headline's level or above. A call to action inside a sponsor ("[Watch the
        video](url)") is printed differently, so it stays with its sponsor.
        """
        if block.kind is Kind.HEADING:
            return headline.kind is not Kind.HEADING or block.level <= headline.level
        return shape(block) == shape(headline)

    def navigation(self, block: Block, heading: bool) -> bool:
        """Tables of contents and subject lines: the blocks of one go to the ledger together."""
        contents = bullet_contents(self.layout, block)
        detail = "table of contents or teaser list"
        started = bool(self.stories) or self.draft is not None
        if not contents and teaser_list(self.layout, block, started=started) and not self.listed_under(block):
            contents = [block]
            detail = "topic list of the stories below" if started else _PREHEADER
        if not contents and heading:
            contents = teaser_run(self.layout, block, self.consumed, stops=self.listed.items)
            if contents and self.listed_under(block) and not repeated_later(self.layout, contents):
                contents = []  # the items of a list a line of the story introduced, named nowhere below
            intro = self.blocks[block.index - 1] if contents and block.index > 0 else None
            if intro is not None and intro.index not in self.consumed and intro.text.rstrip().endswith(":"):
                self.drop_from_story(intro)
        for other in contents:
            self.drop(other, DropReason.NAVIGATION, detail)
        return bool(contents)

    def apply_role(self, block: Block, role: str) -> str:
        if role == "section" and self.prints_subject(block):
            self.close()
            self.drop(block, DropReason.BOILERPLATE, _SUBJECT_TITLE)
            return "empty"
        if role in ("section", "headline") and self.site_name(block):
            self.close()
            self.drop(block, DropReason.BOILERPLATE, _SITE_NAME)
            return "empty"
        if role in ("section", "headline") and self.dated_title(block):
            self.close()
            self.drop(block, DropReason.BOILERPLATE, _DATED_TITLE)
            return "empty"
        if role == "section":
            self.start_section(block, None)
            return "section"
        if role == "empty":
            self.close()
            self.drop(block, DropReason.EMPTY, EMPTY_HEADING)
            return "empty"
        if role == "subhead" and self.draft is not None:
            self.draft = self.draft.add(block)
            return "text"
        self.leave_section(block)
        meta = self.layout.metadata(block)
        # A link telling its story in sentences over its credit line ("site.com • comments"), or over
        # the next item's own title: the whole post, told by its words and its link.
        whole = told_link(block) and (meta is not None or self.own_item_next(block))
        if whole:
            title, text = _told_title(block.text)
            self.open(title, "headline", block, paragraphs=(text,) if text else ())
        else:
            self.open(clean_title(block.text), "headline", block)
        if meta is not None and self.draft is not None:
            self.consumed.update(b.index for b in meta.blocks)
            # A headline linked to its page keeps its link: an address under it fills in a missing one
            # (a card's picture printed under the headline is often the next card's).
            url = self.draft.url if block.title_link else meta.url or self.draft.url
            self.draft = evolve(self.draft, metadata=meta.blocks, url=url, date=meta.date)
        if whole:
            self.close()
        return "headline"

    def own_item_next(self, block: Block) -> bool:
        """Whether the next block after ``block`` opens an item of its own: a lead-in title or a link
        heading it ("[Title](url) text", "**Title**: text")."""
        nxt = self.layout.next_content(block.index)
        return nxt is not None and (nxt.lead is not None or nxt.title_link is not None)

    def leave_section(self, headline: Block) -> None:
        """A Markdown heading at the level of the section's heading or above ends the section, though it
        heads a story of its own ("# Crate of the Week" after "## New Crates"): it is no part of it. A
        label printed twice ("First WordFirst Word") names the item under it: the next headline, once
        that item is told or begun, is no part of it."""
        section = self.section_block
        if section is not None and section.doubled and (self.section_used or self.draft is not None):
            self.close()
            self.end_section()
            self.section, self.interrupted = self.interrupted, None
            return
        if (
            section is None
            or section.kind is not Kind.HEADING
            or headline.kind is not Kind.HEADING
            or headline.level > section.level
        ):
            return
        self.close()
        self.end_section()
        self.section = None

    def drop_from_story(self, block: Block) -> None:
        """Take ``block`` back out of the story being built and send it to the ledger."""
        draft = self.draft
        if draft is not None and draft.blocks and draft.blocks[-1].index == block.index:
            remaining = draft.blocks[:-1]
            if remaining:
                self.draft = evolve(draft, blocks=remaining, paragraphs=draft.paragraphs[:-1])
            else:
                self.draft = None
        self.drop(block, DropReason.NAVIGATION, "introduction to a table of contents")

    def entry(self, block: Block) -> None:
        """An aggregator entry: title twice, then outlet, date and category lines, then text."""
        self.close()
        metadata: list[Block] = [self.blocks[block.index + 1]]
        source: str | None = None
        date: dt.date | None = None
        title = block.text.strip()
        for other in self.blocks[block.index + 2 : block.index + 14]:
            text = other.text.strip()
            if text == title:
                metadata.append(other)
                continue
            if other.kind is Kind.TEXT and (words(text) > 8 or self.verdicts[other.index] is not None):
                break
            when = re.sub(r"^time\s*", "", text, flags=re.I)
            relative = RELATIVE.search(when) is not None
            found = find_date(
                when,
                reference=self.page.anchor if relative else self.page.reference,
                day_first=self.page.day_first,
            )
            if found is not None or re.match(r"^time\b", text, re.I):
                date = date or found
            elif other.kind is Kind.TEXT and source is None:
                source = text
            metadata.append(other)
        self.consumed.update(b.index for b in metadata)
        self.draft = _Draft(
            title=clean_title(title),
            origin="headline",
            section=self.section,
            blocks=(block,),
            url=block.title_link,
            source=source,
            date=date,
            metadata=tuple(metadata),
        )

    def topic_item(self, block: Block) -> bool:
        """A list item that is only a short label ("- **Chips**") with items nested under it. Inside
        a headline's story, a label closed by a colon ("- **Methods:**") introduces the story's own
        points. An item linked to a page of its own ("- [Harbour Cleanup Crew](url)" over "- 5:30pm |
        Pier Park") is an item with its points, not their topic."""
        nxt = self.layout.after(block)
        draft = self.draft
        if (
            draft is not None
            and draft.origin == "headline"
            and draft.paragraphs
            and block.text.rstrip().endswith((":", "："))
        ):
            return False
        return (
            block.kind is Kind.BULLET
            and block.title_link is None
            and is_label(block.text)
            and nxt is not None
            and nxt.kind is Kind.BULLET
            and _indent(nxt.raw) > _indent(block.raw)
        )

    def sponsor_card(self, block: Block, verdict: Verdict) -> bool:
        """Whether a sponsor's label line ("Presented by Ledgerline") heads the sponsor's own card:
        the headline right under it, whose text names the sponsor ("Ledgerline automates ...").
        A label naming a sponsor the next story never mentions sponsors the edition, not a card
        ("Presented by Acme Pharma" over "Farm bill returns")."""
        nxt = self.layout.after(block)
        if verdict.reason is not DropReason.SPONSOR or block.kind is not Kind.TEXT or nxt is None:
            return False
        if words(block.text) > _LABEL_WORDS or nxt.kind is not Kind.HEADING:
            return False
        name = sponsor_named(block.text)
        card = " ".join(b.text for b in self.blocks[nxt.index : nxt.index + _CARD_BLOCKS]).casefold()
        return name is not None and name.casefold() in card

    def sponsor_text(self, block: Block, verdict: Verdict) -> bool:
        """Whether a sponsor's label line ("In partnership with Atlas Air") is over the sponsor's
        own text: a paragraph right under it that names the sponsor."""
        nxt = self.layout.after(block)
        if verdict.reason is not DropReason.SPONSOR or block.kind is not Kind.TEXT or nxt is None:
            return False
        if words(block.text) > _LABEL_WORDS or nxt.kind is not Kind.TEXT or self.layout.heading_like(nxt):
            return False
        name = sponsor_named(block.text)
        if name is not None and name.casefold() in nxt.text.casefold():
            return True
        return self.layout.lines_paragraphs and self.ad_to_button(block)

    def ad_to_button(self, label: Block) -> bool:
        """In a body whose paragraphs are lines, a sponsor's label over a few plain paragraphs ended by a
        button ("Presented by Ledgerline" / its pitch / "TRY LEDGERLINE →"): the sponsor's text, though
        it names a product rather than the sponsor."""
        below = self.blocks[label.index + 1 : label.index + _AD_PARAGRAPHS + 2]
        for paragraphs, other in enumerate(below):
            if self.verdicts[other.index] is not None or other.kind is not Kind.TEXT or other.blank_before:
                return False
            if self.layout.heading_like(other):
                return paragraphs > 0 and _arrow_button(other)
        return False

    def caption(self, block: Block) -> bool:
        """A line set in italics right under a picture: its caption, not the story's lead."""
        if block.kind is not Kind.TEXT or block.index == 0 or words(block.text) > _CAPTION_WORDS:
            return False
        raw = block.raw.strip()
        italic = (raw.startswith("*") and not raw.startswith("**") and raw.endswith("*")) or (
            raw.startswith("_") and not raw.startswith("__") and raw.endswith("_")
        )
        return italic and _PICTURE.match(self.blocks[block.index - 1].raw.strip()) is not None

    def note_line(self, block: Block, heading: bool) -> bool:
        """Whether ``block`` still belongs to the editor's note a greeting line opened: a plain
        paragraph, or a line that hands over to the stories ("On to the update:"). A headline or
        a list ends the note."""
        plain = block.kind is Kind.TEXT and not block.emphasised and block.lead is None
        nxt = self.layout.after(block)
        closes_box = nxt is not None and nxt.kind in (Kind.RULE, Kind.HEADING)
        if block.kind is Kind.TEXT and not block.links and signs_note(block.text, closes_box):
            self.in_note = False  # "Ihr Jonas Albrecht, Chefredakteur": the editor signs the note off
            return True
        if plain and words(block.text) <= _EDITOR_NOTE_WORDS:
            headlines_follow = any(b.kind is Kind.HEADING for b in self.blocks[block.index + 1 :])
            if headlines_follow and (not heading or block.text.rstrip().endswith((":", "："))):
                return True
        self.in_note = False
        return False

    def editor_note(self, block: Block) -> bool:
        """A paragraph greeting the reader before any story has text ("Good morning, and welcome to
        the 112 new subscribers ..."): the editor's note, however long, up to a short column. A
        headline over it with no text yet is the post's subtitle or teaser, not its story, and so are
        addresses alone over it (a banner's or a tracker's links, no words of their own)."""
        draft = self.draft
        if draft is not None and draft.origin == "headline" and linked_title(draft.blocks[0]):
            return False  # under the post's own linked title, a greeting opens its story ("Hey Ada, ...")
        return (
            not self.stories
            and (
                draft is None
                or (draft.origin == "headline" and not draft.paragraphs)
                or all(is_bare_link(b) for b in draft.blocks)
            )
            and block.kind is Kind.TEXT
            and words(block.text) <= _EDITOR_NOTE_WORDS
            and opens_with_greeting(block.text)
        )

    def note_goes_on(self, block: Block) -> bool:
        """Whether ``block`` goes on with the editor's note right above it, before any story: the note
        ends no sentence ("... is hard, just ask") and ``block`` is a plain paragraph ("Alex Cooper. And
        kids ..."), its next line as the sender's text part broke it."""
        note = self.note_at
        if note is None or note != block.index - 1 or self.stories or not self.plain_paragraph(block):
            return False
        # Cut after a word, no mark: a salutation ("Good morning, friends,") ends the line it opens.
        last = self.blocks[note].text.rstrip()
        return last[-1:].isalnum() and not ends_sentence(last, colon=True)

    def text_block(self, block: Block) -> None:
        """A paragraph or bullet: continue the story being built, or start one."""
        if self.topic_item(block):
            self.start_section(block, None)  # "- **Chips**" over its nested items: their topic
            return
        draft = self.draft
        if draft is not None and self.dek_over_byline(draft, block):
            self.draft = draft.add(block)  # the dek, its byline, then the story's first paragraph
            return
        if draft is not None and block.blank_before and not self.page.blank_separated:
            # A blank line ends a story here, but not the one between a heading (or a line all in bold,
            # "**[Nitro Modules](url)**", over a paragraph) and its first line,
            # nor the one before an item nested under the list item the story began with (a loose
            # list's nested points are its item's: "- **[Post](url)** ..." then "    - A comment ...").
            headline_only = draft.origin == "headline" and not draft.paragraphs
            first = draft.blocks[0]
            nested = (
                block.kind is Kind.BULLET
                and first.kind is Kind.BULLET
                and _indent(block.raw) > _indent(first.raw)
            )
            set_apart = first.kind is Kind.HEADING or (
                first.kind is Kind.TEXT and first.emphasised and block.kind is Kind.TEXT
            )
            # Nor the one before a plain point printed under a titled one ("* *Title.* text", then
            # "* On Dithering, we ...").
            noted = _titled_point(first) is not None and self.point_note(first, block)
            if (
                not (headline_only and set_apart)
                and not nested
                and not noted
                and not self.listed_on(draft, block)
            ):
                self.close()
                draft = None
        if draft is not None and self.continues(draft, block):
            self.draft = draft.add(block)
            return
        if (point := _titled_point(block)) is not None and self.point_of_run(block):
            self.open(point[0], "lead", block, paragraphs=(point[1],))
            return
        lead = block.lead
        # A one-word lead is a label ("**Orbit**: ..."), unless it is a list item's linked name over
        # its description or its author ("- 📦 [vite-plugin-x](url): A plugin that ...").
        linked = block.kind is Kind.BULLET and _LINKED_NAME.match(lead_body(item_body(block.raw))) is not None
        # An item of a run printed alike ("**Folktales.** ...") is titled by its lead-in however short.
        run = block.index in self.layout.stopped_run
        if lead is not None and (words(lead[0]) >= 2 or linked or run):
            title = clean_title(lead[0])
            if block.title_link is not None or words(title) >= 3 or block.kind is Kind.BULLET or run:
                rest = "" if is_engagement_count(lead[1]) else strip_read_more(lead[1])
                self.open(title, "lead", block, paragraphs=(rest,) if rest else ())
                return
        text = strip_read_more(block.text)
        self.open("", "derived", block, paragraphs=(text,) if text else ())

    def dek_over_byline(self, draft: _Draft, block: Block) -> bool:
        """Whether the story being built is a dek with no headline (one short paragraph), and only
        chrome with a byline or a writer's signature in it stands between it and ``block``, a
        paragraph of running text: the dek, the byline and the story's first paragraph ("Michael
        Schulman on Laurie Metcalf's third act. ..." over "Michael Schulman" and his role over "Like
        most anyone who ..."), one story titled by its dek."""
        if draft.origin != "derived" or len(draft.blocks) != 1 or len(draft.paragraphs) != 1:
            return False
        if words(draft.paragraphs[0]) > _DEK_WORDS or block.kind is not Kind.TEXT:
            return False
        if words(block.text) < _DEK_WORDS or self.layout.heading_like(block):
            return False
        between = [self.verdicts[b.index] for b in self.blocks[draft.blocks[0].index + 1 : block.index]]
        details = [v.detail for v in between if v is not None]
        return (
            bool(between)
            and len(details) == len(between)
            and any(d == _SIGNATURE or d.startswith("byline") for d in details)
        )

    @staticmethod
    def listed_on(draft: _Draft, block: Block) -> bool:
        """Whether ``block`` is a plain point (no link, no lead-in of its own) of the list the story
        went on into: its last paragraph ended in ":" ("It delivers rich data, including:"), so the
        blank line before the list does not end the story."""
        last = draft.blocks[-1]
        return (
            bool(draft.paragraphs)
            and last.kind is Kind.TEXT
            and last.text.rstrip().endswith((":", "："))
            and block.kind is Kind.BULLET
            and block.title_link is None
            and not has_lead(block)
        )

    def plain_paragraph(self, block: Block) -> bool:
        """A paragraph of running text with no title of its own: no lead-in, bold or link heading it."""
        return (
            block.kind is Kind.TEXT
            and block.lead is None
            and not block.emphasised
            and block.title_link is None
            and not self.layout.heading_like(block)
        )

    def continues(self, draft: _Draft, block: Block) -> bool:
        """Whether ``block`` belongs to the story ``draft`` rather than starting a new one."""
        if not block.code and self.point_of_run(block):
            return False  # one of a list's points each headed by its own title: an item of its own
        if _titled_point(draft.blocks[0]) is not None and self.point_note(draft.blocks[0], block):
            return True  # a plain point under a titled one ("* On Dithering, we ..."): more of it
        first = draft.blocks[0]
        titled = titled_item(block) or has_lead(block)
        if draft.origin == "headline" and _sibling_items(first, block) and titled:
            return False  # "* **Title**" over its paragraph, then the next item of its list, titled too
        if draft.origin == "headline" or block.code:
            return True  # a code block is the text of the story it follows
        if _bracketed_line(block) and not block.blank_before:
            return True  # "(GitHub repo.)" right under an item: an aside of that item
        if self.item_number_at is not None and first.index > self.item_number_at:
            # Under "4" on its own line: the item's paragraphs, to the next number; but an untitled
            # list there whose items each link a page of their own is briefs, a story each.
            return not _own_briefs(draft, first, block)
        if draft.origin == "derived" and _sibling_items(first, block):
            # Items of a list under no headline ("Quick hits"): one story each, unless one points back.
            return is_connective(block.text)
        if draft.origin == "lead" and first.level == 0 and _sibling_items(first, block):
            # An item titled "Fax is back: ..." is one item, not a headline over the plain items after
            # it; one with its own title or link is an item of its own even when it opens "It ...".
            return is_connective(block.text) and block.lead is None and block.title_link is None
        if block.lead is not None and titled_item(first) and _sibling_items(first, block):
            return False  # the next item of a list of titled items, even one titled in a word ("**Orbit**:")
        if block.kind is Kind.BULLET and block.title_link is None and not has_lead(block):
            return True
        if block.kind is Kind.BULLET and block.title_link is not None and has_lead(block):
            return False  # an item with its own linked title, even one opening "This ..."
        if titled_item(block):
            return False  # "- **Title**: text", an item of its own in any list ("**Still no bot!**: ...")
        if linked_item(block) and linked_item(first) and shape(block) == shape(first):
            # "🇩🇪 [It starts on Sunday: ...](url) | text" after an item printed alike: the next item,
            # titled by its own link, even when its title opens "It" or "This".
            return False
        if is_connective(block.text):
            return True
        if draft.origin == "lead" and headed_paragraph(first) and self.plain_paragraph(block):
            # "**SENATE BLOCKS THE STOPGAP** — ..." then a quote: more of the item its bold lead opened.
            return True
        if draft.origin == "derived" and self.runs_under(draft, block):
            return True
        if draft.origin == "derived" and self.brief_goes_on(first, block):
            return True
        if draft.origin == "derived" and self.untitled_text(block):
            return True
        if draft.origin == "derived" and block.lead is not None and block.title_link is not None:
            return False  # "[“Title”](url) by ...: text", opening with its own linked title: an item
        if block.index in self.layout.stopped_run:
            return False  # "**Stolen guns.** ..." after "**Folktales.** ...": the next item printed alike
        if draft.origin == "derived":
            opener = draft.paragraphs[0] if draft.paragraphs else ""
            if len(draft.paragraphs) == 1 and words(opener) <= 10:
                return True  # a one-line opener ("Now it's a cheese war.") leads into the text
            listed = opener.rstrip().endswith((":", "："))
            if listed and block.lead is not None and len(sentences(block.text)) == 1:
                # "Anthropic news:" over its first item: the next item, one sentence headed "Cowork ...:"
                return False
            return block.lead is not None and not has_lead(draft.blocks[0])
        return False

    def untitled_text(self, block: Block) -> bool:
        """Whether ``block`` is a paragraph of running text in a section a label opened over untitled
        text (:meth:`next_section_label`): more of the one story under the label."""
        section = self.section_block
        return section is not None and section.index in self.untitled_sections and self.plain_paragraph(block)

    def brief_goes_on(self, first: Block, block: Block) -> bool:
        """Whether ``block``, a plain paragraph with no link opening it, goes on with the brief
        ``first`` opened, in a section of briefs (:meth:`Layout.briefs_under`): the brief's picture
        caption or more of it, never a story of its own."""
        section = self.section_block
        return (
            section is not None
            and opening_link(first) is not None
            and opening_link(block) is None
            and self.plain_paragraph(block)
            and self.layout.briefs_under(section)
        )

    def point_of_run(self, block: Block) -> bool:
        """A titled point ("* *Can Orbit Join the Race?* When I ...") in a run of list items holding
        another at its level: the run lists items each headed by its title, a story each, even under
        a headline's opening paragraphs. A lone titled point is part of the argument around it."""
        if _titled_point(block) is None:
            return False
        first, last = _run_around(self.blocks, block, lambda other: other.kind is Kind.BULLET)
        level = _indent(block.raw)
        return any(
            other.index != block.index and _indent(other.raw) == level and _titled_point(other) is not None
            for other in self.blocks[first : last + 1]
        )

    def point_note(self, point: Block, block: Block) -> bool:
        """Whether ``block`` is a plain list item (no title, lead-in or link heading it) in the run of
        the titled point ``point`` opened, at its level or under it: a note of that point."""
        return (
            block.kind is Kind.BULLET
            and block.title_link is None
            and not has_lead(block)
            and _titled_point(block) is None
            and _indent(block.raw) >= _indent(point.raw)
            and self.point_of_run(point)
        )

    def runs_under(self, draft: _Draft, block: Block) -> bool:
        """In a body whose paragraphs are lines, a plain paragraph right under a story with no headline
        that opened with a paragraph of running text (two sentences or more), outside any section: the next
        paragraph of that text, for nothing but a headline or a blank line ends a story there. The
        paragraph above may open with a sentence's words before a colon (:meth:`running_on`)."""
        if not self.layout.lines_paragraphs or block.blank_before or not self.plain_paragraph(block):
            return False
        if self.section is not None:
            return False  # under a section's label ("AI Radar") each paragraph may be an item of its own
        first, last = draft.blocks[0], draft.blocks[-1]
        if not self.plain_paragraph(first):
            return False
        if not self.plain_paragraph(last) and not self.running_on(last):
            return False
        return len(sentences(first.text)) >= _RUNNING_SENTENCES

    def running_on(self, block: Block) -> bool:
        """A paragraph of running text of two sentences or more whose first opens with words before a
        colon ("All three do the same structural work: intent goes in as ..."): a sentence of the
        text, no item's title, so the plain paragraph under it goes on with the same text."""
        return self.running_paragraph(block) and len(sentences(block.text)) >= _RUNNING_SENTENCES
