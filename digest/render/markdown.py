"""The digest as CommonMark: overview, contents, stories told in full by topic, in brief, sources.

Nothing from the input reaches the output as markup: text is escaped so that
Markdown and HTML in a newsletter print as characters, and links are kept only
for ``http``, ``https`` and ``mailto`` addresses. The digest shares no local
paths: sources are listed by name, editions by date and count. The renderer is
pure: the same digest gives the same bytes.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence

from digest.models import Conflict, Digest, DropReason, Edition, FollowUp, MergedStory, Placement, SourceRef
from digest.render.wording import (
    Anchors,
    count,
    credits,
    day_span,
    first_url,
    headline_url,
    superscript,
    update_when,
)
from digest.text.links import shown_url
from digest.text.names import publication

__all__ = [
    "escape",
    "overview",
    "publications",
    "ranked",
    "safe_url",
    "sources_read",
    "to_markdown",
    "top_note",
    "top_stories",
]

#: ASCII punctuation that can start Markdown or HTML syntax in a line. "_" inside a word and
#: brackets that cannot open a link ("[1]": no link definition can exist) read as they are.
_INLINE = re.compile(r"([\\`*<>~]|(?<![^\W_])_|_(?![^\W_])|\[(?=[^\]]*\][(\[:])|\](?=[(\[:])|&(?=#?\w+;))")
#: What can open a block at the start of a line: headings, quotes, lists, rules, code fences.
_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d{1,9}[.)](?=\s|$))")


def escape(text: str) -> str:
    """``text`` as literal CommonMark inline content: one line, no live syntax."""
    flat = " ".join(text.split())
    flat = _INLINE.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], flat)


def safe_url(url: str | None) -> str | None:
    """``url`` as a Markdown link destination if it is http(s) or mailto (:func:`shown_url`), else None."""
    candidate = shown_url(url)
    if candidate is None:
        return None
    return candidate.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _link(text: str, url: str | None) -> str:
    target = safe_url(url)
    label = escape(text)
    return f"[{label}]({target})" if target else label


def ranked(stories: Iterable[MergedStory]) -> list[MergedStory]:
    """In rank order (unranked stories last, most sources first)."""
    return sorted(
        stories,
        key=lambda s: (s.rank or 1 << 30, -len(s.source_names), s.headline, s.cluster_id),
    )


def top_stories(digest: Digest) -> list[MergedStory]:
    """The stories the digest lists first under "Top stories" (:attr:`Digest.top`), in rank order."""
    by_id = {story.cluster_id: story for story in digest.merged}
    return [by_id[cluster_id] for cluster_id in digest.top if cluster_id in by_id]


def top_note(story: MergedStory) -> str:
    """What a top story's line says after its headline: "Technology; 5 newsletters"."""
    return f"{story.topic}; {count(story.publications, 'newsletter')}"


def layout(digest: Digest) -> tuple[list[tuple[str, list[MergedStory]]], list[MergedStory]]:
    """What a rendering shows, in order: the stories told in full by topic, then those in brief."""
    full = [s for s in digest.merged if s.placement is Placement.FULL]
    brief = ranked(s for s in digest.merged if s.placement is Placement.BRIEF)
    by_topic: dict[str, list[MergedStory]] = {name: [] for name in digest.topics}
    for story in full:
        by_topic.setdefault(story.topic, []).append(story)
    return [(name, ranked(items)) for name, items in by_topic.items() if items], brief


def to_markdown(digest: Digest) -> str:
    """The digest as one CommonMark document."""
    sections, brief = layout(digest)
    anchors = Anchors()
    anchors.add(digest.title)
    top = top_stories(digest)
    if top:
        anchors.add("Top stories")
    anchors.add("Contents")
    body: list[str] = []
    contents: list[str] = []
    found: dict[str, str] = {}
    for name, items in sections:
        contents.append(f"- [{escape(name)}](#{anchors.add(name)}): {count(len(items), 'story')}")
        body += [f"## {escape(name)}", ""]
        for story in items:
            found[story.cluster_id] = anchors.add(story.headline)
            body += _story(story)
    if brief:
        contents.append(f"- [In brief](#{anchors.add('In brief')}): {count(len(brief), 'story')}")
        body += ["## In brief", "", *(_brief(story) for story in brief), ""]
    contents.append(f"- [Sources](#{anchors.add('Sources')})")
    lines = [f"# {escape(digest.title)}", "", *_overview(digest), ""]
    if top:
        lines += ["## Top stories", ""]
        lines += [
            f"{k}. [{escape(s.headline)}](#{found[s.cluster_id]}) ({escape(top_note(s))})"
            for k, s in enumerate(top, 1)
        ]
        lines.append("")
    lines += ["## Contents", "", *contents, ""]
    lines += body + _appendix(digest)
    return "\n".join(lines).rstrip("\n") + "\n"


def _overview(digest: Digest) -> list[str]:
    return [escape(overview(digest))]


def overview(digest: Digest) -> str:
    """One paragraph of counts in plain English (plain text: each rendering escapes it)."""
    places = Counter(s.placement for s in digest.merged)
    newsletters = len({publication(e.source).casefold() for e in digest.editions if e.source})
    stories, unique = len(digest.stories), len(digest.merged)
    read = (
        f"{count(newsletters, 'newsletter')}, {count(len(digest.editions), 'edition')}: "
        f"{count(stories, 'story')} read, told as {count(unique, 'story')}"
        + (f" after merging {count(stories - unique, 'duplicate report')}." if stories > unique else ".")
    )
    if places[Placement.FULL] == 1:
        told = "The most widely reported story is told in full"
    else:
        told = f"The {places[Placement.FULL]:,} most widely reported stories are told in full"
    if places[Placement.BRIEF]:
        told += f", {places[Placement.BRIEF]:,} more in brief"
    below = places[Placement.BELOW_THE_CUT]
    verb = "is" if below == 1 else "are"
    told += f"; {count(below, 'story')} below the cut {verb} in the ledger." if below else "."
    parts = [read, told]
    conflicts = sum(len(s.conflicts) for s in digest.merged)
    if conflicts:
        parts.append(f"Sources differ on {count(conflicts, 'figure')}.")
    reasons = Counter(str(d.reason) for d in digest.dropped if d.reason is not DropReason.BELOW_THE_CUT)
    if reasons:
        detail = ", ".join(f"{reason} {n:,}" for reason, n in sorted(reasons.items()))
        left = sum(reasons.values())
        parts.append(f"{count(left, 'item')} {'was' if left == 1 else 'were'} left out ({detail}).")
    return " ".join(parts)


def publications(story: MergedStory) -> list[tuple[str, list[SourceRef]]]:
    """Each publication that reported ``story`` and its reports, the lead's publication first."""
    groups: dict[str, tuple[str, list[SourceRef]]] = {}
    for ref in story.sources:
        key = publication(ref.source).casefold()
        groups.setdefault(key, (publication(ref.source), []))[1].append(ref)
    return list(groups.values())


def _story(story: MergedStory) -> list[str]:
    groups = publications(story)
    number = {ref.story_id: k for k, (_, refs) in enumerate(groups, 1) for ref in refs}
    marked = len(groups) > 1
    text = " ".join(
        escape(s.text) + (superscript(number[s.story_id]) if marked and s.story_id in number else "")
        for s in story.summary
    )
    url = headline_url(story, groups)
    lines = [f"### {_link(story.headline, url)}", ""]
    if story.follows is not None:
        lines += [_update(story.follows), ""]
    if text:
        lines += [text, ""]
    shown = [f for f in story.figures if len(f.expressions) > 1]  # a figure said one way needs no line
    if shown:
        parts = [f"{' = '.join(escape(e) for e in f.expressions)} ({escape(f.measure)})" for f in shown]
        lines += ["**Figures:** " + " · ".join(parts), ""]
    for conflict in story.conflicts:
        lines += [_conflict(conflict), ""]
    return [*lines, _credits(groups, marked, story.headline), ""]


def _credits(groups: Sequence[tuple[str, Sequence[SourceRef]]], marked: bool, headline: str) -> str:
    """ "¹ TLDR AI, 5 Jun 2025 · *Also in:* ² [TLDR](url), 5 Jun 2025": who reported it, when, where."""
    first, *others = [
        f"{c.marker + ' ' if c.marker else ''}{escape(c.name) if k == 0 else _link(c.name, c.url)}, {c.days}"
        for k, c in enumerate(credits(groups, marked, headline))
    ]
    return f"*From* {first}" + (" · *Also in:* " + " · ".join(others) if others else "")


def _brief(story: MergedStory) -> str:
    url = first_url(story.sources)
    names = ", ".join(escape(name) for name, _ in publications(story))
    return f"- {_link(story.headline, url)} ({names})"


def _update(follows: FollowUp) -> str:
    earlier = f"“{escape(follows.headline)}” ({escape(update_when(follows))})"
    news = "; ".join(escape(change) for change in follows.changes)
    return f"**Update** to {earlier}" + (f": {news}." if news else ".")


def _conflict(conflict: Conflict) -> str:
    values = " · ".join(
        f"{escape(v.text)} ({escape(v.source)}, {day_span([v.date])})" for v in conflict.values
    )
    chosen = f"shown: {escape(conflict.chosen.text)} ({escape(conflict.note)})"
    if conflict.note.endswith("do not match"):
        chosen = escape(conflict.note)
    return f"**Sources differ** on {escape(conflict.measure)}: {values}; {chosen}"


def _appendix(digest: Digest) -> list[str]:
    lines = ["## Sources", ""]
    for name, read, stories in sources_read(digest):
        lines.append(
            f"- {escape(name)}: {count(len(read), 'edition')}, {day_span(e.date for e in read)}; "
            f"{count(stories, 'story')} read"
        )
    return [*lines, ""]


def sources_read(digest: Digest) -> list[tuple[str, list[Edition], int]]:
    """Each publication read, by name: its editions and the number of stories read from it.

    An edition whose stories all name other sources (a page of links to other
    publications) is listed under those sources' names, not under a name made up
    for the file.
    """
    given = Counter((s.path, s.edition_date, s.source) for s in digest.stories)
    editions: dict[str, list[Edition]] = {}
    stories: Counter[str] = Counter()
    names: dict[str, str] = {}
    counted: set[tuple[str, object]] = set()  # a feed's items of one day are editions of one path and day
    for edition in digest.editions:
        sources = {
            src: n for (path, day, src), n in given.items() if path == edition.path and day == edition.date
        }
        own = publication(edition.source or "unknown source")
        if sources and all(publication(src).casefold() != own.casefold() for src in sources):
            own = ", ".join(sorted({publication(src) for src in sources}, key=str.casefold))
        names.setdefault(own.casefold(), own)
        editions.setdefault(own.casefold(), []).append(edition)
        if (edition.path, edition.date) not in counted:
            counted.add((edition.path, edition.date))
            stories[own.casefold()] += sum(sources.values())
    order = sorted(editions, key=lambda k: (names[k].casefold(), names[k]))
    return [(names[key], editions[key], stories[key]) for key in order]
