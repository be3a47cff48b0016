"""Split an edition's body into stories, sending everything else to the ledger.

One general splitter reads the layout the way a person does: short lines
without a full stop are headings; a heading followed by another heading, or
printed in capitals, opens a section; a heading followed by text is a
headline; a "Lead-in:" paragraph or a linked bullet in a list of them is a
story of its own; paragraphs with no headline are stories whose title comes
from their first sentence. Chrome (sponsors, polls, prompts, jobs, footers,
navigation) goes to the ledger with its reason. Every block of the body ends
up in a story or in the ledger.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
from collections.abc import Sequence

from attrs import evolve, field, frozen

from digest.models import Document, Dropped, DropReason, Edition, Split, Story
from digest.settings import ReadSettings, SourceRule
from digest.split.blocks import Block, Kind, parse_blocks
from digest.split.chrome import Verdict, block_verdict, heading_verdict, is_job_listing
from digest.text.dates import find_date, find_dates, infer_day_first
from digest.text.ids import story_id
from digest.text.links import canonical_url
from digest.text.shape import (
    clean_title,
    derive_title,
    is_caps,
    is_connective,
    is_label,
    is_title_like,
    strip_read_more,
    strip_symbols,
    words,
)

__all__ = ["split_document"]

#: Longest text kept in a ledger entry.
_LEDGER_TEXT = 500
#: Blocks at the top of a body searched for the masthead (name, date, edition title).
_MASTHEAD_ZONE = 8


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
class _Page:
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


def split_document(document: Document, settings: ReadSettings) -> Split:
    """Split ``document`` into stories; every block is either in a story or dropped."""
    blocks = parse_blocks(document.body)
    # Dates and date order are read from the start of the page: enough for any real edition.
    page_text = "\n".join(b.text for b in blocks)[:200_000]
    edition = document.edition
    if document.single_story:
        return _single(document, blocks, settings)
    rule = settings.rule_for(edition.source)
    day_first = _day_first(rule, settings, page_text)
    anchor = edition.date or settings.as_of
    reference = anchor or _latest_full_date(page_text, day_first, settings.as_of)
    masthead, read = _masthead(blocks, edition, reference, anchor, day_first)
    if rule is None and read.source:
        rule = settings.rule_for(read.source)
    if rule is not None and (order := _day_first(rule, settings, page_text)) != day_first:
        # The masthead named a newsletter with its own date order: read the page again with it.
        day_first = order
        reference = anchor or _latest_full_date(page_text, day_first, settings.as_of)
        masthead, read = _masthead(blocks, edition, reference, anchor, day_first)
    edition = read
    anchor = edition.date or anchor
    reference = anchor or reference
    source = edition.source or settings.default_source or _stem(edition.path)
    edition = evolve(edition, source=source)
    patterns = (*settings.boilerplate, *(rule.boilerplate if rule else ()), *document.boilerplate)
    extra = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    page = _Page(edition, reference, anchor, day_first, _blank_separated(blocks), extra)
    splitter = _Splitter(page, blocks, masthead)
    return splitter.run()


def _day_first(rule: SourceRule | None, settings: ReadSettings, page_text: str) -> bool | None:
    """The date order: the newsletter's own setting, the run's, else inferred from the page."""
    if rule is not None and rule.day_first is not None:
        return rule.day_first
    if settings.day_first is not None:
        return settings.day_first
    return infer_day_first(page_text)


def _stem(path: str) -> str:
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    return name.rsplit(".", 1)[0] if "." in name else name


def _latest_full_date(text: str, day_first: bool | None, as_of: dt.date | None) -> dt.date | None:
    """The latest date with a year printed on the page (no later than ``as_of``)."""
    dates = [m.date for m in find_dates(text, day_first=day_first) if as_of is None or m.date <= as_of]
    return max(dates) if dates else None


def _blank_separated(blocks: Sequence[Block]) -> bool:
    gaps = [b.blank_before for b in blocks[1:]]
    return bool(gaps) and sum(gaps) >= 0.5 * len(gaps)


def _single(document: Document, blocks: list[Block], settings: ReadSettings) -> Split:
    """A feed entry that is one story: its title and link are the story's."""
    edition = document.edition
    source = edition.source or settings.default_source or _stem(edition.path)
    text = "\n\n".join(strip_read_more(b.text) for b in blocks if b.text)
    links = tuple(dict.fromkeys(link for b in blocks for link in b.links))
    title = clean_title(edition.title or "") or derive_title(text)
    url = edition.url or (links[0] if links else None)
    url = canonical_url(url) if url else None
    date = edition.date
    story = Story(
        id=story_id(source, date.isoformat() if date else "", title, text),
        title=title,
        text=text,
        source=source,
        path=edition.path,
        url=url,
        date=date,
        position=edition.position,
        edition_date=date,
        format=edition.format,
        links=links,
    )
    return Split(edition=evolve(edition, source=source), stories=(story,), dropped=())


_NAME_TAIL = re.compile(r"(?:\s*(?:[:|·,–—-]|\bfor\b|\bweek of\b|\bedition of\b|\bissue\b.*)\s*)+$", re.I)


_RELATIVE = re.compile(r"\bago\b|\byesterday\b|\btoday\b|\blast\s+\w+day\b", re.IGNORECASE)


def _is_entry(blocks: Sequence[Block], index: int) -> bool:
    """An aggregator entry: a title printed twice in a row."""
    block = blocks[index]
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    return (
        nxt is not None
        and block.kind is Kind.TEXT
        and nxt.kind is Kind.TEXT
        and not nxt.blank_before
        and block.text.strip() == nxt.text.strip()
        and is_title_like(block.text)
    )


def _masthead(
    blocks: Sequence[Block],
    edition: Edition,
    reference: dt.date | None,
    anchor: dt.date | None,
    day_first: bool | None,
) -> tuple[dict[int, str], Edition]:
    """Blocks at the top that name the newsletter, its date or the edition title.

    ``reference`` places year-less dates; relative ones ("a day ago") need
    ``anchor``, a date the edition is known to be from.
    """
    used: dict[int, str] = {}
    seen: dict[str, int] = {}
    for block in blocks[:_MASTHEAD_ZONE]:
        if block.kind is Kind.TEXT and words(block.text) > 40:
            break
        key = strip_symbols(block.text).casefold()
        if _is_entry(blocks, block.index):
            break
        if key and key in seen and blocks[seen[key]].kind is not Kind.TEXT and seen[key] == block.index - 1:
            used[seen[key]] = "masthead: edition title"
            used[block.index] = "masthead: edition title"
            if edition.title is None:
                edition = evolve(edition, title=strip_symbols(block.text))
            continue
        seen[key] = block.index
        first = re.split(r"(?<=[.!?])\s", block.text, maxsplit=1)[0]
        relative = _RELATIVE.search(first) is not None
        mentions = find_dates(first, reference=anchor if relative else reference, day_first=day_first)
        if mentions and words(first) <= 16:
            mention = mentions[0]
            name = _NAME_TAIL.sub("", first[: mention.start]).strip()
            name = strip_symbols(
                re.sub(r"\b(?:mon|tues|wednes|thurs|fri|satur|sun)day\b,?", "", name, flags=re.I)
            )
            byline = re.match(r"^(by|from|with)\b", name, re.IGNORECASE) is not None
            if name and not byline and words(name) <= 6 and edition.source is None:
                edition = evolve(edition, source=name)
            if edition.date is None:
                edition = evolve(edition, date=mention.date)
            used[block.index] = "masthead: newsletter name and date"
            continue
        brand = block.text.split(" | ", 1)[0].strip()
        if (
            block.index <= 1
            and edition.source is None
            and 0 < words(brand) <= 4
            and not brand.endswith((".", "!", "?"))
            and block_verdict(brand) is None
            and (_followed_by_navigation(blocks, block.index) or _followed_by_dateline(blocks, block.index))
        ):
            edition = evolve(edition, source=strip_symbols(brand))
            used[block.index] = "masthead: newsletter name"
            continue
        if block.kind is Kind.HEADING and edition.source and key == edition.source.casefold():
            used[block.index] = "masthead: newsletter name"
        elif block.kind is Kind.HEADING and block.level == 1 and _only_top_heading(blocks, block):
            used[block.index] = "masthead: edition title"
            if edition.title is None:
                edition = evolve(edition, title=strip_symbols(block.text))
    return used, edition


def _only_top_heading(blocks: Sequence[Block], block: Block) -> bool:
    """The one level-1 heading of a body with headlines under it: the edition's title."""
    top = [b for b in blocks if b.kind is Kind.HEADING and b.level == 1]
    later = blocks[block.index + 1 :]
    headlines = sum(1 for b in later if (b.kind is Kind.HEADING and b.level > 1) or b.emphasised)
    return top == [block] and headlines >= 2


def _followed_by_dateline(blocks: Sequence[Block], index: int) -> bool:
    """The next block is a short line with a date or a byline ("By Jane Doe · Feb 02, 2026")."""
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None or words(nxt.text) > 12 or not is_title_like(nxt.text):
        return False
    return bool(re.match(r"^\W*by\s", nxt.text, re.IGNORECASE) or find_dates(nxt.text))


def _followed_by_navigation(blocks: Sequence[Block], index: int) -> bool:
    nxt = blocks[index + 1] if index + 1 < len(blocks) else None
    if nxt is None:
        return False
    verdict = block_verdict(nxt.text)
    return verdict is not None and verdict.reason is DropReason.NAVIGATION


class _Splitter:
    """One pass over the blocks of a document, building stories and the ledger."""

    def __init__(self, page: _Page, blocks: list[Block], masthead: dict[int, str]) -> None:
        self.page = page
        self.blocks = blocks
        self.verdicts: list[Verdict | None] = [
            Verdict(DropReason.BOILERPLATE, masthead[b.index])
            if b.index in masthead
            else block_verdict(b.text, page.extra)
            for b in blocks
        ]
        self.stories: list[Story] = []
        self.dropped: list[Dropped] = []
        self.section: str | None = None
        self.section_block: Block | None = None
        self.section_used = False
        #: A section of chrome (sponsor, jobs, prompts): its blocks go to the ledger.
        self.drop_section: Verdict | None = None
        self.draft: _Draft | None = None
        self.consumed: set[int] = set()
        #: Heading levels used by the body (below the masthead).
        self.heading_levels = frozenset(
            b.level for b in blocks if b.kind is Kind.HEADING and b.index not in masthead
        )

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

    # -- looking ahead -----------------------------------------------------------------------

    def next_content(self, index: int) -> Block | None:
        """The next block after ``index`` that is not chrome (a heading of chrome counts)."""
        for block in self.blocks[index + 1 :]:
            if block.kind is Kind.RULE:
                continue
            if self.verdicts[block.index] is None or self.opens_section(block):
                return block
        return None

    def opens_section(self, block: Block) -> bool:
        """A heading that opens a section whatever follows: capitals, or a chrome heading."""
        if block.kind is Kind.BULLET or not self.strong_heading(block):
            return False
        if self.caps_label(block) and not self.caps_headlines:
            return True
        verdict = self.verdicts[block.index] or heading_verdict(block.text)
        return verdict is not None and verdict.reason in _SECTION_REASONS

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
            if nxt.kind is Kind.HEADING or nxt.emphasised or is_title_like(nxt.text) or _titled_item(nxt):
                return False
            if nxt.lead is not None:
                return False  # capitals over "Lead-in: ..." items are sections of briefs
        return bool(caps)

    def heading_like(self, block: Block) -> bool:
        if block.kind is Kind.HEADING:
            return True
        if _is_bare_link(block):
            return False
        if block.kind is Kind.BULLET:
            # "2. Tencent bets on agents" over a paragraph: a numbered headline, not a list item.
            nxt = self.blocks[block.index + 1] if block.index + 1 < len(self.blocks) else None
            numbered = re.match(r"^\s*\d{1,3}[.)]\s", block.raw) is not None
            return numbered and nxt is not None and nxt.kind is Kind.TEXT and is_title_like(block.text)
        return block.emphasised or is_title_like(block.text)

    def deeper_heading_follows(self, block: Block) -> bool:
        for other in self.blocks[block.index + 1 :]:
            if other.kind is Kind.HEADING:
                return other.level > block.level
        return False

    def role(self, block: Block, previous_role: str | None) -> str:
        """ "section", "headline", "subhead" or "empty" for a heading-like block."""
        nxt = self.next_content(block.index)
        if block.kind is Kind.HEADING:
            if nxt is None or (nxt.kind is Kind.HEADING and nxt.level <= block.level):
                return "empty"
            if self.heading_like(nxt) or _titled_item(nxt):
                return "section"  # a heading over headlines or over a list of titled items
            levels = self.heading_levels
            if len(levels) == 1 and len(strip_symbols(block.text).split()) == 1:
                return "section"  # the only heading level, one-word topic labels ("Pipeline") over text
            return "headline"
        label = is_label(block.text) and not block.emphasised
        if block.kind is Kind.BULLET:
            return "headline"  # a numbered headline ("2. Tencent bets on agents")
        if nxt is None:
            # A last line under a fresh section, or the only line of an edition, is a title-only story.
            alone = previous_role == "section" or (not self.stories and self.draft is None)
            return "headline" if alone and not label else "empty"
        if label and is_caps(strip_symbols(block.text)):
            return "headline" if self.caps_headlines else "section"
        if self.opens_section(nxt):
            return "subhead" if self.draft is not None else "empty"
        if self.heading_like(nxt) or _titled_item(nxt):
            if block.lead is not None and self.draft is not None and not label:
                return "subhead"  # "Go deeper: ..." closing the story above
            if previous_role == "section" and not is_caps(strip_symbols(block.text)):
                return "headline"  # section, headline, then a subtitle
            return "section"
        if label and (self.draft is None or self.draft.origin != "headline"):
            return "section"
        if label:
            return "subhead"
        return "headline"

    def is_entry(self, block: Block) -> bool:
        return _is_entry(self.blocks, block.index)

    # -- building stories --------------------------------------------------------------------

    def close(self) -> None:
        draft, self.draft = self.draft, None
        if draft is None:
            return
        edition = self.page.edition
        source = draft.source or edition.source or ""
        text = "\n\n".join(draft.paragraphs)
        substantial = [p for p in draft.paragraphs if words(p) >= 10]
        title = draft.title or derive_title(substantial[0] if substantial else text)
        date = draft.date or edition.date
        sid = story_id(source, edition.date.isoformat() if edition.date else "", title, text)
        links = tuple(dict.fromkeys(link for b in draft.blocks for link in b.links))
        url = draft.url or (links[0] if links else None)
        self.stories.append(
            Story(
                id=sid,
                title=title,
                text=text,
                source=source,
                path=edition.path,
                url=url,
                section=draft.section,
                date=date,
                position=len(self.stories),
                edition_date=edition.date,
                format=edition.format,
                links=links,
            )
        )
        self.consumed.update(b.index for b in draft.blocks)
        if draft.section is not None:
            self.section_used = True
        for block in draft.metadata:
            self.drop(block, DropReason.BOILERPLATE, "story metadata: outlet, date or category", sid)

    def open(self, title: str, origin: str, block: Block, **extra: object) -> None:
        self.close()
        url = block.title_link
        draft = _Draft(title=title, origin=origin, section=self.section, url=url)
        self.draft = evolve(draft, blocks=(block,), **extra)  # type: ignore[arg-type]

    def start_section(self, block: Block, verdict: Verdict | None) -> None:
        self.close()
        self.end_section()
        self.section = clean_title(block.text) or None
        self.section_block = block
        self.section_used = False
        self.consumed.add(block.index)
        self.drop_section = verdict

    def end_section(self) -> None:
        """Account for the heading of the section that ends: used by a story, or dropped."""
        block = self.section_block
        if block is not None and not self.section_used:
            self.consumed.discard(block.index)
            if self.drop_section is not None:
                self.drop(block, self.drop_section.reason, self.drop_section.detail + " (section heading)")
            else:
                self.drop(block, DropReason.EMPTY, "section heading with no story under it")
        if self.drop_section is not None:
            self.section = None
        self.section_block = None
        self.drop_section = None

    # -- the pass ----------------------------------------------------------------------------

    def run(self) -> Split:
        previous_role: str | None = None
        index = 0
        while index < len(self.blocks):
            block = self.blocks[index]
            index += 1
            if block.index in self.consumed:
                continue
            previous_role = self.step(block, previous_role)
        self.close()
        self.end_section()
        for block in self.blocks:
            if block.index not in self.consumed:
                self.drop(block, DropReason.BOILERPLATE, "not part of any story")
        return Split(edition=self.page.edition, stories=tuple(self.stories), dropped=tuple(self.dropped))

    def step(self, block: Block, previous_role: str | None) -> str | None:
        verdict = self.verdicts[block.index]
        if block.kind is Kind.RULE:
            self.close()
            self.drop(block, DropReason.BOILERPLATE, "separator line")
            return None
        heading = self.heading_like(block)
        if heading and self.strong_heading(block):
            section_verdict = verdict or heading_verdict(block.text)
            if section_verdict is not None and section_verdict.reason in _SECTION_REASONS:
                self.start_section(block, section_verdict)
                return "section"
        if self.drop_section is not None and self.in_dropped_section(block, heading):
            own = verdict or self.drop_section
            self.drop(block, own.reason, own.detail)
            return previous_role
        if verdict is not None:
            self.drop(block, verdict.reason, verdict.detail)
            if verdict.reason is not DropReason.NAVIGATION and not self.page.blank_separated:
                self.close()
            return previous_role
        if self.drop_section is None and is_job_listing(block.text):
            self.drop(block, DropReason.JOBS, "job listing")
            return previous_role
        if self.is_entry(block):
            self.entry(block)
            return "headline"
        if self.bullet_toc(block):
            return previous_role
        if heading:
            if self.teaser(block):
                return previous_role
            role = self.role(block, previous_role)
            return self.apply_role(block, role)
        self.text_block(block)
        return "text"

    def strong_heading(self, block: Block) -> bool:
        """A heading that can open a section: Markdown, bold, or a short capitalised label."""
        return (
            block.kind is Kind.HEADING or block.emphasised or (is_label(block.text) and is_caps(block.text))
        )

    def in_dropped_section(self, block: Block, heading: bool) -> bool:
        """Whether ``block`` still belongs to the chrome section being dropped."""
        if self.drop_section is None:
            return False
        if heading and self.strong_heading(block) and self.role(block, None) == "section":
            self.end_section()
            return False
        if self.drop_section.reason is DropReason.PROMOTION:
            # A prompt is short: real text after it ends the prompt.
            plain_text = self.verdicts[block.index] is None and block.kind is not Kind.BULLET
            if plain_text and words(block.text) >= 15:
                self.end_section()
                return False
        return True

    def apply_role(self, block: Block, role: str) -> str:
        if role == "section":
            self.start_section(block, None)
            return "section"
        if role == "empty":
            self.close()
            self.drop(block, DropReason.EMPTY, "heading with nothing under it")
            return "empty"
        if role == "subhead" and self.draft is not None:
            self.draft = self.draft.add(block)
            return "text"
        self.open(clean_title(block.text), "headline", block)
        return "headline"

    def teaser(self, block: Block) -> bool:
        """A run of three or more titles with no text between: a table of contents."""
        run: list[Block] = []
        for other in self.blocks[block.index :]:
            if other.index in self.consumed or self.verdicts[other.index] is not None:
                break
            if other.kind is Kind.HEADING or not self.heading_like(other) or other.emphasised:
                break
            if self.is_entry(other) or self.opens_section(other):
                break
            run.append(other)
        if len(run) < 3:
            return False
        nxt = self.blocks[run[-1].index + 1] if run[-1].index + 1 < len(self.blocks) else None
        if nxt is not None and not self.heading_like(nxt):
            run.pop()  # the last title of the run heads the text after it
        if len(run) < 3:
            return False
        intro = self.blocks[block.index - 1] if block.index > 0 else None
        if intro is not None and intro.index not in self.consumed and intro.text.rstrip().endswith(":"):
            self.drop_from_story(intro)
        for other in run:
            self.drop(other, DropReason.NAVIGATION, "table of contents or teaser list")
        return True

    def bullet_toc(self, block: Block) -> bool:
        """A list of plain titles that repeat later headings, or that a "...:" line introduces."""
        intro = block if block.kind is not Kind.BULLET and block.text.rstrip().endswith(":") else None
        first = block.index + 1 if intro is not None else block.index
        items: list[Block] = []
        for other in self.blocks[first:]:
            if other.kind is not Kind.BULLET or other.links or self.verdicts[other.index] is not None:
                break
            if not is_title_like(other.text) or words(other.text) > 14:
                break
            items.append(other)
        if len(items) < 2 and not (items and intro is not None):
            return False
        if intro is None and not self.repeated_later(items):
            return False
        for other in (intro, *items) if intro is not None else items:
            self.drop(other, DropReason.NAVIGATION, "table of contents or teaser list")
        return True

    def repeated_later(self, items: Sequence[Block]) -> bool:
        """Whether most items reappear as headings further down (a table of contents)."""
        later = {
            clean_title(b.text).casefold()
            for b in self.blocks[items[-1].index + 1 :]
            if b.kind is not Kind.BULLET and self.heading_like(b)
        }
        hits = sum(clean_title(item.text).casefold() in later for item in items)
        return hits * 2 >= len(items) and hits > 0

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
            relative = _RELATIVE.search(when) is not None
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

    def text_block(self, block: Block) -> None:
        """A paragraph or bullet: continue the story being built, or start one."""
        draft = self.draft
        if draft is not None and block.blank_before and not self.page.blank_separated:
            self.close()
            draft = None
        if draft is not None and self.continues(draft, block):
            self.draft = draft.add(block)
            return
        lead = block.lead
        if lead is not None and words(lead[0]) >= 2:
            title = clean_title(lead[0])
            if block.title_link is not None or words(title) >= 3 or block.kind is Kind.BULLET:
                rest = strip_read_more(lead[1])
                self.open(title, "lead", block, paragraphs=(rest,) if rest else ())
                return
        text = strip_read_more(block.text)
        self.open("", "derived", block, paragraphs=(text,) if text else ())

    def continues(self, draft: _Draft, block: Block) -> bool:
        """Whether ``block`` belongs to the story ``draft`` rather than starting a new one."""
        if draft.origin == "headline":
            return True
        if block.kind is Kind.BULLET and block.title_link is None and not _has_lead(block):
            return True
        if is_connective(block.text):
            return True
        if draft.origin == "derived":
            opener = draft.paragraphs[0] if draft.paragraphs else ""
            if len(draft.paragraphs) == 1 and words(opener) <= 10:
                return True  # a one-line opener ("Now it's a cheese war.") leads into the text
            return block.lead is not None and not _has_lead(draft.blocks[0])
        return False


def _is_bare_link(block: Block) -> bool:
    """A block that is only a URL, with no words of its own."""
    return re.fullmatch(r"\s*<?https?://\S+>?\s*", block.text) is not None


def _titled_item(block: Block) -> bool:
    """A list item with its own linked or bold title: one story per item."""
    bold = re.match(r"^\s*(?:[-*+•·▪●◦‣]|\d{1,3}[.)])\s+(\*\*|__)", block.raw) is not None
    return block.kind is Kind.BULLET and (block.title_link is not None or (bold and _has_lead(block)))


def _has_lead(block: Block) -> bool:
    return block.lead is not None and words(block.lead[0]) >= 2


_SECTION_REASONS = frozenset(
    {DropReason.SPONSOR, DropReason.JOBS, DropReason.PROMOTION, DropReason.POLL, DropReason.AFFILIATE}
)
