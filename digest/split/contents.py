"""Tables of contents: runs of teaser titles, lists of titles repeated below, subject lines.

None of them is a story: each names stories of the same edition, so they go to
the ledger as navigation.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Mapping, Sequence

from attrs import field, frozen

from digest.split.blocks import Block, Kind
from digest.split.chrome import COUNTERS
from digest.split.recap import phrase_list
from digest.split.roles import Layout, has_lead, linked_item, titled_item
from digest.text.shape import clean_title, content_words, ends_sentence, is_title_like, sentences, words

__all__ = ["Listed", "bullet_contents", "listed_items", "teaser_list", "teaser_run"]


def teaser_run(
    layout: Layout, block: Block, consumed: Collection[int], stops: Collection[int] = ()
) -> list[Block]:
    """A run of three or more titles with no text between, from ``block``: a table of contents. It
    ends at a line of ``stops`` (an item a preheader listed, told as a story), at a section's label
    and at an item's headline (each told by a body printing it twice). Its last title heads the text
    under it, unless it was parted from a line of titles glued together (all of them the contents)."""
    run: list[Block] = []
    for other in layout.blocks[block.index :]:
        if other.index in consumed or other.index in stops or layout.verdicts[other.index] is not None:
            break
        if other.kind is Kind.HEADING or not layout.heading_like(other) or other.emphasised:
            break
        if layout.is_entry(other) or layout.opens_section(other) or other.numbered or other.doubled:
            break  # a section's label or an item's headline, printed twice by a body of two layouts
        run.append(other)
    if len(run) < 3:
        return []
    nxt = _after_counts(layout, run[-1])
    if nxt is not None and not layout.heading_like(nxt) and not run[-1].listed:
        run.pop()  # the last title of the run heads the text after it (maybe under its counts)
    if len(run) < 3 or _linked_items(layout, run):
        return []
    return run


def _after_counts(layout: Layout, block: Block) -> Block | None:
    """The block after ``block``, past a line of counts under it ("53,484 Likes": its metadata)."""
    nxt = layout.after(block)
    while nxt is not None and _counts(layout, nxt):
        nxt = layout.after(nxt)
    return nxt


def _counts(layout: Layout, block: Block) -> bool:
    verdict = layout.verdicts[block.index]
    return verdict is not None and verdict.detail == COUNTERS


def _linked_items(layout: Layout, run: Sequence[Block]) -> bool:
    """Whether a run of titles is a list of links, the edition's items: each title linked to a page
    of its own, and none printed again further down (a table of contents names stories the edition
    goes on to print; a list of links, "Title (site.com) -- comments" after another, is the news)."""
    addresses = [block.title_link for block in run]
    if any(a is None or not a.startswith(("http://", "https://")) for a in addresses):
        return False
    return len(set(addresses)) == len(addresses) and not repeated_later(layout, run)


def bullet_contents(layout: Layout, block: Block) -> list[Block]:
    """A list of plain titles that repeat later headings, or that a "...:" line introduces (with it)."""
    intro = block if block.kind is not Kind.BULLET and block.text.rstrip().endswith(":") else None
    if intro is not None and _tells(intro.text):
        return []  # "The API has joined our family. It delivers rich data, including:": the text's list
    first = block.index + 1 if intro is not None else block.index
    items: list[Block] = []
    for other in layout.blocks[first:]:
        if other.kind is not Kind.BULLET or other.links:
            break
        if layout.verdicts[other.index] is not None:
            continue  # an entry that is chrome ("4. 【PR】 ...") goes with its own reason; the list goes on
        if not is_title_like(other.text) or words(other.text) > 14:
            break
        items.append(other)
    if len(items) < 2 and not (items and intro is not None):
        return []
    if intro is None:
        return items if repeated_later(layout, items) else []
    return [intro, *items]


#: Fewest words of a sentence that tells something before a list's "...:" line.
_TOLD_WORDS = 6


def _tells(text: str) -> bool:
    """Whether a line introducing a list tells something first: a sentence of its own (six words or
    more) before the clause ending in ":". A table of contents is introduced by a label ("In today's
    edition:"); a story's text may go on into a list of what it names."""
    return any(words(sentence) >= _TOLD_WORDS for sentence in sentences(text)[:-1])


def repeated_later(layout: Layout, items: Sequence[Block]) -> bool:
    """Whether most items reappear as headings further down (a table of contents)."""
    later = {
        clean_title(b.text).casefold()
        for b in layout.blocks[items[-1].index + 1 :]
        if b.kind is not Kind.BULLET and layout.heading_like(b)
    }
    hits = sum(clean_title(item.text).casefold() in later for item in items)
    return hits * 2 >= len(items) and hits > 0


def teaser_list(layout: Layout, block: Block, *, started: bool = True) -> bool:
    """A line listing the stories that follow: a subject line, a preheader, a channel's topic list.

    It is a list of three or more short phrases ("Samsung + Perplexity, Anthropic
    revenue surges, Bond Capital AI trends") with no text of its own under it. A
    list printed as a heading could be a section's name, so there most of its phrases must
    also name something printed further down the edition. One closed by a full stop may be a
    sentence ("Ada has outlined three shifts, including ..."): it lists the stories only before
    any story has ``started`` (the issue's summary over its items), and by that same evidence.
    """
    parts = phrase_list(block.text, stopped=not started)
    if not parts or block.kind is Kind.BULLET or linked_item(block):
        return False  # "[Rust in Linux, three years on](url) — ...": an item, not a list
    nxt = layout.next_content(block.index)
    if nxt is not None and not (layout.heading_like(nxt) or titled_item(nxt) or has_lead(nxt)):
        return False  # text under it: a headline listing names, not a list of teasers
    stopped = ends_sentence(block.text.strip().strip("`*_ "))
    if block.kind is not Kind.HEADING and not block.emphasised and not stopped:
        return True  # a bare line of phrases over the items: the section's topic list
    last = layout.last_mention
    hits = sum(1 for part in parts if any(last.get(w, -1) > block.index for w in content_words(part)))
    return hits * 2 >= len(parts) and hits >= 2


#: The marks between the titles a preheader lists ("A • B • C").
_LIST_MARKS = re.compile(r"\s+[•·|]\s+")
#: Fewest items a listing line must name on lines of their own below it.
_LISTED = 3
#: Most words of a listed item's line.
_ITEM_WORDS = 20
#: A count printed after an item's title ("QR Vault 01", its votes): no part of the title listed.
_TRAILING_COUNT = re.compile(r"\s+\d+$")


@frozen
class Listed:
    """A preheader's list and the items it names, each alone on its line below it."""

    #: The listing lines ("Daily Digest A • B • C").
    listings: frozenset[int] = frozenset()
    #: Each listed item's line -> its title as listed.
    items: Mapping[int, str] = field(factory=dict)
    #: A one-line dek right under an item ("Create QR codes in seconds"): the item's text.
    deks: frozenset[int] = frozenset()


def _parts(text: str) -> set[str]:
    """The titles a listing line names; its first part maybe after the edition's name ("Daily Digest
    A"): the endings of it as long as an item's title too."""
    parts = [clean_title(part).casefold() for part in _LIST_MARKS.split(text)]
    first = parts[0].split()
    return {*parts, *(" ".join(first[k:]) for k in range(max(1, len(first) - _ITEM_WORDS), len(first)))}


def _candidates(layout: Layout) -> dict[str, list[tuple[int, str]]]:
    """The lines that may be a listed item (a short line alone, no chrome), by the title a listing
    would print: as printed, and without a count after it."""
    found: dict[str, list[tuple[int, str]]] = {}
    for block in layout.blocks:
        if (
            block.kind is not Kind.TEXT
            or layout.verdicts[block.index] is not None
            or words(block.text) > _ITEM_WORDS
            or "\n" in block.raw.strip()
        ):
            continue
        title = clean_title(block.text)
        for candidate in dict.fromkeys((title, _TRAILING_COUNT.sub("", title))):
            if candidate:
                found.setdefault(candidate.casefold(), []).append((block.index, candidate))
    return found


def listed_items(layout: Layout) -> Listed:
    """The lines told as the items a preheader lists.

    A line of titles set apart by bullets or bars ("Daily Digest A • B • C") naming three titles or
    more that the edition then prints each alone on its line (an aggregator's items: "A (site.com)",
    "B 120" over a one-line dek) is the edition's preview of its items, and the items are its news,
    a story each, not a table of contents (a table of contents is the list; the lines it names are
    the stories)."""
    listings: set[int] = set()
    items: dict[int, str] = {}
    candidates: dict[str, list[tuple[int, str]]] | None = None
    for block in layout.blocks:
        if block.index in items or not _LIST_MARKS.search(block.text):
            continue
        candidates = _candidates(layout) if candidates is None else candidates
        found: dict[int, str] = {}
        for part in sorted(_parts(block.text)):
            for index, title in candidates.get(part, ()):
                if index > block.index and len(title) > len(found.get(index, "")):
                    found[index] = title  # the fuller title when a line matches two parts
        if len(found) >= _LISTED:
            listings.add(block.index)
            items.update(found)
    deks = {
        index + 1
        for index in items
        if index + 1 < len(layout.blocks)
        and index + 1 not in items
        and layout.blocks[index + 1].kind is Kind.TEXT
        and layout.verdicts[index + 1] is None
        and "\n" not in layout.blocks[index + 1].raw.strip()
    }
    return Listed(frozenset(listings), items, frozenset(deks))
