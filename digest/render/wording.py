"""Small pieces of English and of GitHub-style Markdown the renderer shares.

Counts with the right noun ("1 edition", "2,665 stories"), day spans
("3–5 Jun 2025"), superscript markers, and the heading ids GitHub gives.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from typing import NamedTuple

from digest.models import FollowUp, MergedStory, SourceRef
from digest.periods import period_label
from digest.text.links import is_media, shown_url
from digest.text.stopwords import STOPWORDS

__all__ = [
    "Anchors",
    "Credit",
    "count",
    "credits",
    "day_span",
    "first_url",
    "headline_url",
    "superscript",
    "update_when",
    "usual_url",
]

_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()
_IRREGULAR = {"story": "stories", "was": "were", "is": "are"}
_SUPERSCRIPT = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")


def count(n: int, noun: str) -> str:
    """``n`` and ``noun`` in plain English: "1 story", "2,665 stories"."""
    plural = _IRREGULAR.get(noun, noun + "s")
    return f"{n:,} {noun if n == 1 else plural}"


def superscript(n: int) -> str:
    """A source marker that needs no escaping in Markdown: ¹, ², ¹².

    The digits are Unicode superscripts, so they read the same raw and rendered.
    """
    return str(n).translate(_SUPERSCRIPT)


def day(date: dt.date) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}"


def day_span(dates: Iterable[dt.date | None]) -> str:
    """The first to the last of ``dates`` ("3–5 Jun 2025"), or "undated"."""
    known = sorted({d for d in dates if d is not None})
    if not known:
        return "undated"
    first, last = known[0], known[-1]
    if first == last:
        return day(first)
    if first.year != last.year:
        return f"{day(first)} – {day(last)}"
    if first.month != last.month:
        return f"{first.day} {_MONTHS[first.month - 1]} – {day(last)}"
    return f"{first.day}–{day(last)}"


class Anchors:
    """The ids GitHub gives headings, in document order (repeats get "-1", "-2").

    Lower case; letters, marks, numbers, "_", "-" and spaces kept, spaces made
    "-"; everything else (punctuation, emoji) removed. Most Markdown renderers
    that make heading ids use the same rule.
    """

    def __init__(self) -> None:
        self._seen: dict[str, int] = {}

    def add(self, text: str) -> str:
        """The id of the next heading whose rendered text is ``text``."""
        base = "".join(c for c in " ".join(text.split()).lower() if _kept(c)).replace(" ", "-")
        slug = base
        while slug in self._seen:  # github-slugger's rule
            self._seen[base] += 1
            slug = f"{base}-{self._seen[base]}"
        self._seen[slug] = 0
        return slug


def _kept(char: str) -> bool:
    return char in " -_" or unicodedata.category(char)[0] in "LMN"


_WORD = re.compile(r"[^\W\d_]+")


class Credit(NamedTuple):
    """One publication in a story's credit line: its marker, name, link and the days it reported."""

    marker: str
    name: str
    url: str | None
    days: str


def _page_links(refs: Iterable[SourceRef]) -> list[str]:
    """The links of ``refs`` that may be shown (http, https, mailto) and are pages, not media files."""
    return [ref.url for ref in refs if ref.url and shown_url(ref.url) and not is_media(ref.url)]


def first_url(refs: Iterable[SourceRef]) -> str | None:
    """The first link of ``refs`` that may be shown and is a page (see :func:`_page_links`)."""
    return next(iter(_page_links(refs)), None)


def usual_url(refs: Sequence[SourceRef], headline: str = "") -> str | None:
    """The link most of ``refs`` give (of those :func:`first_url` may show); the first on a tie.

    A publication that tells an event in five items links most of them to the event's page;
    one roundup item among them ("Mistral launched a Code project and Cursor went 1.0 and ...")
    links elsewhere, and must not stand for the publication's report. When some of ``refs`` are
    titled with a word of the story's ``headline``, only their links count: a chat recap's item
    on a link shared in passing ("Smuggled North Korean Smartphone") is not the publication's
    report of "Samsung Nears Deal With Perplexity".
    """
    said = _title_words(headline)
    on_topic = [ref for ref in refs if _title_words(ref.title) & said]
    shown = _page_links(on_topic) or _page_links(refs)
    if not shown:
        return None
    counts = Counter(shown)
    return max(shown, key=lambda url: counts[url])  # max keeps the first of equal counts


def _title_words(title: str | None) -> set[str]:
    """The words of a title of three letters or more but function words, lower-cased."""
    return {word for word in _WORD.findall((title or "").casefold()) if len(word) >= 3} - STOPWORDS


def headline_url(story: MergedStory, groups: Sequence[tuple[str, Sequence[SourceRef]]]) -> str | None:
    """Where a told story's headline links: its own article; else the first report with a link,
    the lead's publication first (``groups`` as the credit line lists them)."""
    own = sorted(story.sources, key=lambda ref: ref.story_id != story.headline_story)[:1]
    return first_url([*own, *(ref for _, refs in groups for ref in refs)])


def update_when(follows: FollowUp) -> str:
    """The earlier digest a follow-up names: its ISO week, or its period in words."""
    return follows.period if "W" in follows.period else period_label((follows.since, follows.until))


def credits(
    groups: Sequence[tuple[str, Sequence[SourceRef]]], marked: bool, headline: str = ""
) -> list[Credit]:
    """The credit line's parts, first publication first; markers only when the summary uses them;
    each publication's link (:func:`usual_url`) on the ``headline``'s subject where it has one."""
    return [
        Credit(
            superscript(k) if marked else "",
            name,
            usual_url(refs, headline),
            day_span(ref.date for ref in refs),
        )
        for k, (name, refs) in enumerate(groups, 1)
    ]
