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
import re
from collections import Counter

from attrs import evolve

from digest.models import Document, Dropped, DropReason, Edition, Split, Story
from digest.readers._meta import publication_name
from digest.settings import ReadSettings, SourceRule
from digest.split.article import one_article, untitled
from digest.split.assemble import EMPTY_HEADING, EMPTY_HEADLINE, Page, assemble, footer_sender
from digest.split.blocks import Block, blank_separated, headlines_set_apart, parse_blocks
from digest.split.masthead import is_name, read_masthead, read_signature
from digest.text.dates import find_date, find_dates, infer_day_first
from digest.text.ids import story_id
from digest.text.links import canonical_url, reader_marks, without_marks
from digest.text.shape import (
    clean_title,
    derive_title,
    is_caps,
    sentences,
    strip_read_more,
    strip_symbols,
    words,
)

__all__ = ["split_document"]


def split_document(document: Document, settings: ReadSettings) -> Split:
    """Split ``document`` into stories; every block is either in a story or dropped."""
    body, cut = _cut_long_lines(document.body, settings.max_line_chars, document.edition.path)
    if cut:
        split = split_document(evolve(document, body=body), settings)
        return evolve(split, dropped=(*cut, *split.dropped))
    blocks, spelled = _spelled_apart(parse_blocks(document.body))
    if spelled:
        split = _split_blocks(document, blocks, settings)
        source = split.edition.source
        dropped = tuple(
            Dropped(
                path=split.edition.path,
                reason=DropReason.NAVIGATION,
                detail=SPELLED_DOWN,
                text=b.text,
                source=source,
                position=b.index,
            )
            for b in spelled
        )
        return evolve(split, dropped=(*dropped, *split.dropped))
    return _split_blocks(document, blocks, settings)


def _split_blocks(document: Document, blocks: list[Block], settings: ReadSettings) -> Split:
    """Split ``document`` read as ``blocks`` (see ``split_document``)."""
    # Dates and date order are read from the start of the page: enough for any real edition.
    page_text = "\n".join(b.text for b in blocks)[:200_000]
    edition = document.edition
    if document.single_story:
        return _single(document, blocks, settings)
    rule = settings.rule_for(edition.source)
    day_first = _day_first(rule, settings, page_text)
    anchor = edition.date or settings.as_of
    reference = anchor or _latest_full_date(page_text, day_first, settings.as_of)
    masthead, read = read_masthead(blocks, edition, reference, anchor, day_first)
    if rule is None and read.source:
        rule = settings.rule_for(read.source)
    if rule is not None and (order := _day_first(rule, settings, page_text)) != day_first:
        # The masthead named a newsletter with its own date order: read the page again with it.
        day_first = order
        reference = anchor or _latest_full_date(page_text, day_first, settings.as_of)
        masthead, read = read_masthead(blocks, edition, reference, anchor, day_first)
    edition = read
    anchor = edition.date or anchor
    reference = anchor or reference
    named = None if edition.source is None or _MACHINE_ID.match(edition.source) else edition.source
    source = (
        publication_name(named)
        or settings.default_source
        or _title_name(edition.title, blocks, masthead)
        or publication_name(edition.source)  # an archive's id ("substack_importai"), when nothing names it
        or _sender_name(blocks)
        or _stem(edition.path)
    )
    edition = evolve(edition, source=_as_written(source, page_text))
    if edition.date is None and (dated := _file_date(edition.path, settings.as_of)) is not None:
        # Nothing on the page dates the edition; its file name does ("capitol-dawn-2026-11-17.html").
        edition = evolve(edition, date=dated)
        anchor = anchor or dated
        reference = reference or dated
    patterns = (*settings.boilerplate, *(rule.boilerplate if rule else ()), *document.boilerplate)
    extra = tuple(re.compile(p, re.IGNORECASE) for p in patterns)
    gaps = [b.blank_before for b in blocks[1:]]
    separated = blank_separated(gaps) or headlines_set_apart(blocks)
    page = Page(edition, reference, anchor, day_first, separated, extra)
    masthead = {**masthead, **read_signature(blocks)}
    split = assemble(page, blocks, masthead)
    address = _post_address(split)
    split = _post_titled(one_article(_post_title_only(split, address), address), address)
    split = _without_contents_entries(split)
    return evolve(split, stories=_without_reader_marks(_without_edition_links(split.stories)))


#: The ledger detail of a contents entry: a title over its writer's name, the piece printed below.
CONTENTS_ENTRY = "table of contents: a title over its writer's name, the piece printed again below"
#: Most words of a writer's name under a contents entry's title.
_ENTRY_NAME_WORDS = 5


def _without_contents_entries(split: Split) -> Split:
    """``split`` without the entries of a table of contents that names each piece's writer.

    An issue of a few pieces may open with their titles, each over its writer's name ("New Orleans
    the Long Way" / "Kọ́lá Túbọ̀sún"), then print each piece under the same title. Two entries are no
    run of three titles, so each read as a story whose text was a name. A story whose text is only a
    name, titled as a story further down that tells more, is that contents entry: navigation.
    """
    stories = split.stories
    entries = [
        story
        for k, story in enumerate(stories)
        if _writer_only(story.text)
        and any(
            _folded(later.title) == _folded(story.title) and len(later.text) > len(story.text)
            for later in stories[k + 1 :]
        )
    ]
    if not entries:
        return split
    dropped = tuple(
        Dropped(
            path=split.edition.path,
            reason=DropReason.NAVIGATION,
            detail=CONTENTS_ENTRY,
            text=f"{story.title}\n{story.text}",
            source=split.edition.source,
            position=story.position,
        )
        for story in entries
    )
    gone = {story.id for story in entries}
    return evolve(
        split,
        stories=tuple(story for story in stories if story.id not in gone),
        dropped=(*split.dropped, *dropped),
    )


def _writer_only(text: str) -> bool:
    """Whether a story's text is only a person's name ("Kọ́lá Túbọ̀sún", "Tod Seelie")."""
    name = text.strip()
    return (
        "\n" not in name
        and 2 <= len(name.split()) <= _ENTRY_NAME_WORDS
        and is_name(name)
        and not name.endswith((".", "!", "?", ":"))
        and not any(char.isdigit() for char in name)
    )


#: The ledger detail of a line of a phrase printed one letter a line.
SPELLED_DOWN = "a phrase printed one letter a line (decoration, no story)"
#: Fewest letters of a run of one-letter lines read as a phrase spelled down the page; most
#: characters of one such line ("Y", "'", "A s": two letters a space apart).
_SPELLED_LETTERS, _SPELLED_WIDTH = 4, 3


def _one_letter(block: Block) -> bool:
    text = block.text.strip()
    return not block.code and 0 < len(text) <= _SPELLED_WIDTH and len(text.replace(" ", "")) <= 2


def _spelled_apart(blocks: list[Block]) -> tuple[list[Block], list[Block]]:
    """``blocks`` without the runs of one-letter lines holding four letters or more, renumbered, and
    those lines: a phrase a designer printed one letter a line ("Y", "o", "u", "r" ...), which no
    reader reads as headlines and whose letters, left in place, break the layout around them into
    one-letter stories and sections. Item numbers alone on their lines ("1", "2") hold no letter."""
    spelled: list[Block] = []
    run: list[Block] = []
    for block in (*blocks, None):
        if block is not None and _one_letter(block):
            run.append(block)
            continue
        if len(run) >= _SPELLED_LETTERS and sum(c.isalpha() for b in run for c in b.text) >= _SPELLED_LETTERS:
            spelled.extend(run)
        run = []
    if not spelled:
        return blocks, []
    gone = {b.index for b in spelled}
    kept = [b for b in blocks if b.index not in gone]
    return [evolve(b, index=k) for k, b in enumerate(kept)], spelled


def _post_title_only(split: Split, url: str | None) -> Split:
    """``split``, or when the edition is only its post's title and its link, that post as a story.

    A post too long for e-mail, or sent as a preview, reaches the reader as its title over "View this
    post on the web": the title heading has nothing under it and no story is left, yet the edition
    names one post and links it ("Mali at the Brink: How Strategic Realignment Accelerated Al-Qaeda
    Insurgency"), by its own address or by the line giving it. Told as a headline with its link, as a
    list of headlines is, it is no longer lost to the ledger. An edition with no link to its post (a
    notice whose body was only its footer) stays as it was. ``url``: the post's address
    (:func:`_post_address`).
    """
    edition = split.edition
    if split.stories or not edition.title:
        return split
    if url is None:
        return split
    wanted = _folded(edition.title)
    heading = next(
        (
            entry
            for entry in split.dropped
            if entry.reason is DropReason.EMPTY
            and entry.detail == EMPTY_HEADING
            and _folded(entry.text) == wanted
        ),
        None,
    )
    if heading is None:
        return split
    story = _edition_story(
        edition,
        source=edition.source or "",
        title=clean_title(heading.text),
        text="",
        url=url,
        links=(url,),
        position=heading.position,
    )
    return evolve(split, stories=(story,), dropped=tuple(e for e in split.dropped if e is not heading))


#: Most words of a one-sentence line opening the first story that is that item's own title.
_OPENER_WORDS = 12
#: Quotation marks a title may be printed in ("'I Just Want To Go Home'") and a subject without.
_QUOTES = "'\"‘’“”"


def _post_titled(split: Split, url: str | None) -> Split:
    """``split``, its first story titled by the post's title heading when that heading lost its text.

    A post sent by e-mail prints its title as a heading, then the sender's lines (From, Date, the
    line giving its address on the web), then its body: the heading reads as a line with nothing
    under it and goes to the ledger, and the essay below is titled by its first sentence ("Cole
    Tomas Allen was apprehended") though the edition heads it. When the edition gives its post's
    address (``url``), its first story has no headline of its own (:func:`untitled`) and the
    first heading the ledger holds as empty is the edition's title, the heading is that story's
    title. A story opening with a line of its own ("But first: The dinner and the gunman.", a
    briefing's first item under a subject naming its lead piece), a story headed by the edition, or
    an edition without its post's address (a briefing whose subject names only its first item),
    stays as it was.
    """
    edition = split.edition
    if url is None or not edition.title or not split.stories:
        return split
    first = split.stories[0]
    if not untitled(first):
        return split
    opener = first.text.split("\n\n", 1)[0]
    if len(sentences(opener)) == 1 and words(opener) <= _OPENER_WORDS:
        # "But first: The dinner and the gunman." alone over its text: the item's own title line,
        # the edition's items begin there (a briefing under a subject naming its lead piece).
        return split
    wanted = _folded(edition.title).strip(_QUOTES)
    # The page's first line left with nothing under it: a heading over the body, not one inside it.
    heading = next((entry for entry in split.dropped if entry.reason is DropReason.EMPTY), None)
    if (
        heading is None
        or heading.detail not in {EMPTY_HEADLINE, EMPTY_HEADING}
        or _folded(heading.text).strip(_QUOTES) != wanted
    ):
        return split
    title = clean_title(heading.text)
    date = first.date
    story = evolve(
        first,
        id=story_id(first.source, date.isoformat() if date else "", title, first.text),
        title=title,
        url=first.url or url,
    )
    dropped = tuple(
        evolve(d, story_id=story.id) if d.story_id == first.id else d
        for d in split.dropped
        if d is not heading
    )
    return evolve(split, stories=(story, *split.stories[1:]), dropped=dropped)


def _post_address(split: Split) -> str | None:
    """The address of the edition's post on the web, as its link or a line giving it says."""
    address = split.edition.url or next(
        (m["url"] for entry in split.dropped if (m := _WEB_VERSION.search(entry.text)) is not None), None
    )
    return (canonical_url(address) or address) if address else None


def _folded(title: str) -> str:
    """A title as two printings of it compare: cleaned, case folded, its spaces one."""
    return " ".join(clean_title(title).casefold().split())


def _edition_story(
    edition: Edition,
    *,
    source: str,
    title: str,
    text: str,
    url: str | None,
    links: tuple[str, ...],
    position: int,
    credits: tuple[str, ...] = (),
) -> Story:
    """The one story an edition is (a feed's entry, a post sent as its title), dated as the edition."""
    date = edition.date
    return Story(
        id=story_id(source, date.isoformat() if date else "", title, text),
        title=title,
        text=text,
        source=source,
        path=edition.path,
        url=url,
        date=date,
        position=position,
        edition_date=date,
        format=edition.format,
        links=links,
        credits=credits,
    )


#: A line giving the address of the edition's post on the web ("View this post on the web at https://...").
_WEB_VERSION = re.compile(
    r"\bview (?:this|the) (?:post|article|story|essay|piece) (?:on the web|online|in (?:your|a) browser)"
    r"\W{0,6}(?:at\W{0,3})?(?P<url>https?://[^\s)>\]]+)",
    re.IGNORECASE,
)


#: Characters of a line's cut-off part kept in its ledger entry, for a reader to recognise it.
_CUT_SHOWN = 300


def _cut_long_lines(body: str, limit: int, path: str) -> tuple[str, tuple[Dropped, ...]]:
    """``body`` with each line longer than ``limit`` cut at a sentence or word before it, and a ledger
    entry for each cut: a paragraph of megabytes with no line break is no newsletter's, and reading
    it whole takes every layout check through all of it."""
    if len(body) <= limit or all(len(line) <= limit for line in body.split("\n")):
        return body, ()
    lines = body.split("\n")
    cut: list[Dropped] = []
    for k, line in enumerate(lines):
        if len(line) <= limit:
            continue
        head = line[:limit]
        end = max(head.rfind(". "), head.rfind("? "), head.rfind("! "))
        end = end + 1 if end > limit // 2 else (head.rfind(" ") if head.rfind(" ") > limit // 2 else limit)
        lines[k] = line[:end]
        detail = (
            f"line {k + 1:,} is {len(line):,} characters, longer than max_line_chars ({limit:,}): "
            f"its first {end:,} read, {len(line) - end:,} left out"
        )
        rest = line[end:].strip()
        shown = rest[:_CUT_SHOWN] + ("…" if len(rest) > _CUT_SHOWN else "")
        cut.append(Dropped(path=path, reason=DropReason.UNREADABLE, detail=detail, text=shown))
    return "\n".join(lines), tuple(cut)


#: A link given as the article of more stories of one edition than this is the edition's own
#: (a placeholder, a home page, a sponsor), not any one story's article.
_SHARED_ARTICLE = 3


def _without_edition_links(stories: tuple[Story, ...]) -> tuple[Story, ...]:
    """Stories whose ``url`` is shared by many items of the edition lose it as their article link.

    The link stays in ``links``; only the claim that it is the story's own article goes.
    """
    uses = Counter(story.url for story in stories if story.url)
    shared = {url for url, n in uses.items() if n > _SHARED_ARTICLE}
    if not shared:
        return stories
    return tuple(evolve(s, url=None) if s.url in shared else s for s in stories)


def _without_reader_marks(stories: tuple[Story, ...]) -> tuple[Story, ...]:
    """Stories whose links no longer carry the id of the reader the edition was sent to
    (:func:`digest.text.links.reader_marks`): never the page's, and never to be printed."""
    marks = reader_marks(link for story in stories for link in (*story.links, story.url or "") if link)
    if not marks:
        return stories
    return tuple(
        evolve(
            story,
            url=without_marks(story.url, marks) if story.url else None,
            links=tuple(dict.fromkeys(without_marks(link, marks) for link in story.links)),
        )
        for story in stories
    )


def _day_first(rule: SourceRule | None, settings: ReadSettings, page_text: str) -> bool | None:
    """The date order: the newsletter's own setting, the run's, else inferred from the page."""
    if rule is not None and rule.day_first is not None:
        return rule.day_first
    if settings.day_first is not None:
        return settings.day_first
    return infer_day_first(page_text)


#: An archive's identifier for a newsletter, not its name: lower-case words joined by "_", "-" or "."
#: with no space ("substack_importai", "twir.react").
_MACHINE_ID = re.compile(r"^[a-z0-9]+(?:[_.-][a-z0-9]+)+$")
#: The issue number closing a title's first part ("This Week In React #201", "Import AI 385").
_ISSUE_NUMBER = re.compile(r"\s+(?:#\s?\d{1,5}|\d{1,5})$")
#: Most words of a newsletter's name read from the title of its page.
_TITLE_NAME_WORDS = 4
#: A title's parts: "Capitol Dawn: The stopgap that nobody loves", "Curb & Rail | Issue 60",
#: "Name #174 / ...".
_TITLE_PARTS = re.compile(r":\s+|\s+[|/–—]\s+")
#: What joins a name to the date after it ("Weekly Notes for July 15, 2017", "Weekly Notes, 15 July 2017").
_DATE_JOIN = re.compile(r"(?:\s+(?:for|of|from|on)\s*|[\s,/|–—-]+)+$", re.IGNORECASE)


def _before_date(part: str) -> str | None:
    """The words before the full date closing ``part`` ("Weekly Notes" in "Weekly Notes for July 15,
    2017"), None when no date with its year closes it."""
    mentions = [m for m in find_dates(part) if m.date.year >= 1990]
    if not mentions or part[mentions[-1].end :].strip(" .)"):
        return None
    return _DATE_JOIN.sub("", part[: mentions[-1].start]).strip() or None


def _title_name(title: str | None, blocks: list[Block], masthead: dict[int, str]) -> str | None:
    """The newsletter's name in its page's title, when nothing else names it.

    A title printed again at the top as the edition's heading ("<title>Curb & Rail</title>" over
    "# Curb & Rail") is the name; so is a short name heading a title of two parts, before the
    edition's subtitle ("Capitol Dawn: The stopgap that nobody loves"), without its issue number
    ("Import AI 385: ...", "This Week In React #201: ...") or the date of its edition ("Weekly Notes
    for July 15, 2017").
    """
    if not title:
        return None
    parts = [p.strip() for p in _TITLE_PARTS.split(title.strip(), maxsplit=1)]
    # "Name 385" heading a title of two parts, or a title of three words or more on its own.
    numbered = _ISSUE_NUMBER.search(parts[0]) is not None and (len(parts) == 2 or words(parts[0]) >= 3)
    head = strip_symbols(_ISSUE_NUMBER.sub("", parts[0]) if numbered else parts[0])
    if (named := _before_date(parts[0])) is not None:
        numbered, head = True, strip_symbols(named)  # "Weekly Notes for July 15, 2017": a name and its date
    if not is_name(head) or words(head) > _TITLE_NAME_WORDS or head.endswith((".", "!", "?")):
        return None
    if len(parts) == 1:
        if numbered:
            return head  # "This Week in Rust 144": the name and the issue's number
        printed = {strip_symbols(blocks[i].text).casefold() for i in masthead if i < len(blocks)}
        return head if head.casefold() in printed else None
    subtitle = parts[1]
    if words(head) < 2 or subtitle[:1].islower() or (words(subtitle) < 3 and not numbered):
        return None  # "Exclusive: ...", "Update: ...": a label of the story, not a name
    return head


def _sender_name(blocks: list[Block]) -> str | None:
    """The sender's name an e-mail edition prints over its postal address at its end, written as a
    name: the publication's, when neither the page's title nor its masthead names it."""
    name = footer_sender(blocks)
    if name is None or not is_name(name) or words(name) > _TITLE_NAME_WORDS:
        return None
    return strip_symbols(name)


def _as_written(name: str, page_text: str) -> str:
    """A name printed in capitals in the masthead ("LA LETTRE NUMÉRIQUE") as the page's text
    writes it elsewhere ("... abonné(e) à La Lettre Numérique.")."""
    if not is_caps(name):
        return name
    pattern = re.compile(r"(?<!\w)" + r"\s+".join(map(re.escape, name.split())) + r"(?!\w)", re.IGNORECASE)
    for match in pattern.finditer(page_text):
        if not is_caps(match[0]) and is_name(match[0]):
            return " ".join(match[0].split())
    return name


#: A full date in a file name ("capitol-dawn-2026-11-17.html", "ainews_20250602.md").
_FILE_DATE = re.compile(r"(?<!\d)((?:19|20)\d\d)[-_.]?(0[1-9]|1[0-2])[-_.]?(0[1-9]|[12]\d|3[01])(?!\d)")


#: A date spelled by an archive's folders, the day the file's name or the last folder's
#: ("issues/2022/Aug/08.md", "2022/08/08/index.md"): year, month (a number or a name), day.
_FOLDER_DATE = re.compile(
    r"(?:^|/)((?:19|20)\d\d)/([A-Za-z]{3,9}|0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])(?:\.\w+$|/(?:index\.\w+)?$|$)"
)


def _folder_date(path: str) -> tuple[dt.date, str] | None:
    """The date an edition's folders and file name spell ("2022/Aug/08.md") and the folder holding the
    dated folders (the archive's: "twin" in "twin/2022/Aug/08.md"), if they spell one."""
    path = path.replace("\\", "/").rstrip("/")
    match = _FOLDER_DATE.search(path)
    if match is None:
        return None
    if match[2].isdigit():
        try:
            date: dt.date | None = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    else:
        date = find_date(f"{match[3]} {match[2].title()} {match[1]}")
    if date is None:
        return None
    return date, path[: match.start()].rsplit("/", 1)[-1]


def _file_date(path: str, as_of: dt.date | None) -> dt.date | None:
    """The date in an edition's file name, or spelled by its folders (and no later than ``as_of``)."""
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    match = _FILE_DATE.search(name)
    date: dt.date | None = None
    if match is not None:
        try:
            date = dt.date(int(match[1]), int(match[2]), int(match[3]))
        except ValueError:
            return None
    elif (folders := _folder_date(path)) is not None:
        date = folders[0]
    return date if date is not None and (as_of is None or date <= as_of) else None


def _stem(path: str) -> str:
    """The file's name as a source, without its extension or its edition's date: the editions
    "infra-weekly-2026-03-16.txt" and "infra-weekly-2026-03-23.txt" are one publication, and so are
    "twin/2022/Aug/08.md" and "twin/2022/Aug/29.md", named by the folder over their dated folders."""
    folders = _folder_date(path)
    if folders is not None and folders[1]:
        return publication_name(folders[1]) or folders[1]
    name = path.replace("\\", "/").rstrip("/").rsplit("/", 1)[-1]
    stem = name.rsplit(".", 1)[0] if "." in name else name
    return publication_name(stem) or stem


def _latest_full_date(text: str, day_first: bool | None, as_of: dt.date | None) -> dt.date | None:
    """The latest date with a year printed on the page (no later than ``as_of``)."""
    dates = [m.date for m in find_dates(text, day_first=day_first) if as_of is None or m.date <= as_of]
    return max(dates) if dates else None


def _single(document: Document, blocks: list[Block], settings: ReadSettings) -> Split:
    """A feed entry that is one story: its title and link are the story's."""
    edition = document.edition
    source = edition.source or settings.default_source or _stem(edition.path)
    text = "\n\n".join(strip_read_more(b.text) for b in blocks if b.text)
    links = tuple(dict.fromkeys(link for b in blocks for link in b.links))
    title = clean_title(edition.title or "") or derive_title(text)
    url = edition.url or (links[0] if links else None)
    url = canonical_url(url) if url else None
    credits = tuple(dict.fromkeys(c for b in blocks for c in b.credits))
    story = _edition_story(
        edition,
        source=source,
        title=title,
        text=text,
        url=url,
        links=links,
        position=edition.position,
        credits=credits,
    )
    return Split(edition=evolve(edition, source=source), stories=(story,), dropped=())
