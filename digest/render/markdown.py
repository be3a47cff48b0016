"""The digest as CommonMark: overview, contents, topics, merged stories, sources.

Nothing from the input reaches the output as markup: text is escaped so that
Markdown and HTML in a newsletter print as characters, and links are kept only
for ``http``, ``https`` and ``mailto`` addresses. The renderer is pure: the
same digest gives the same bytes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Iterable

from digest.models import Conflict, Digest, FollowUp, MergedStory, SourceRef
from digest.periods import period_label

__all__ = ["escape", "safe_url", "to_markdown"]

#: ASCII punctuation that can start Markdown or HTML syntax anywhere in a line.
_INLINE = re.compile(r"([\\`*_\[\]<>~]|&(?=#?\w+;))")
#: What can open a block at the start of a line: headings, quotes, lists, rules, code fences.
_LINE_START = re.compile(r"^(\s*)([-+=>#]|\d{1,9}[.)](?=\s|$))")
_SCHEMES = ("http://", "https://", "mailto:")
_MONTHS = "Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec".split()


def escape(text: str) -> str:
    """``text`` as literal CommonMark inline content: one line, no live syntax."""
    flat = " ".join(text.split())
    flat = _INLINE.sub(r"\\\1", flat)
    return _LINE_START.sub(lambda m: m[1] + "\\" + m[2], flat)


def safe_url(url: str | None) -> str | None:
    """``url`` as a link destination if it is http(s) or mailto, else None."""
    if not url:
        return None
    candidate = url.strip()
    if not candidate.lower().startswith(_SCHEMES) or any(c.isspace() or ord(c) < 32 for c in candidate):
        return None
    return candidate.replace("(", "%28").replace(")", "%29").replace("<", "%3C").replace(">", "%3E")


def _link(text: str, url: str | None) -> str:
    target = safe_url(url)
    label = escape(text)
    return f"[{label}]({target})" if target else label


def _date(date: dt.date | None) -> str:
    return f"{date.day} {_MONTHS[date.month - 1]} {date.year}" if date else "undated"


def _slug(text: str) -> str:
    """The anchor GitHub and most renderers give a heading."""
    slug = re.sub(r"[^\w\- ]", "", text.casefold()).strip()
    return re.sub(r" ", "-", slug)


def ranked(stories: Iterable[MergedStory]) -> list[MergedStory]:
    """Most sources first, then the most recent, then by headline."""
    return sorted(
        stories,
        key=lambda s: (
            -len(s.source_names),
            -(s.date.toordinal() if s.date else 0),
            s.headline,
            s.cluster_id,
        ),
    )


def to_markdown(digest: Digest) -> str:
    """The digest as one CommonMark document."""
    by_topic: dict[str, list[MergedStory]] = {name: [] for name in digest.topics}
    for story in digest.merged:
        by_topic.setdefault(story.topic, []).append(story)
    sections = [(name, ranked(items)) for name, items in by_topic.items() if items]
    lines = [f"# {escape(digest.title)}", "", *_overview(digest), ""]
    if sections:
        lines += ["## Contents", ""]
        lines += [f"- [{escape(name)}](#{_slug(name)}) ({len(items)})" for name, items in sections]
        lines.append("")
    for name, items in sections:
        lines += [f"## {escape(name)}", ""]
        for story in items:
            lines += _story(story)
    lines += _appendix(digest)
    return "\n".join(lines).rstrip("\n") + "\n"


def _overview(digest: Digest) -> list[str]:
    newsletters = len({e.source for e in digest.editions if e.source})
    stories = len(digest.stories)
    unique = len(digest.merged)
    merged = stories - unique
    conflicts = sum(len(s.conflicts) for s in digest.merged)
    reasons = Counter(str(d.reason) for d in digest.dropped)
    dropped = ", ".join(f"{reason} {count}" for reason, count in sorted(reasons.items()))
    facts = [
        f"{newsletters} newsletters",
        f"{len(digest.editions)} editions",
        f"{stories} stories read",
        f"{unique} unique stories",
        f"{merged} duplicates merged",
        f"{conflicts} conflicts",
        f"{sum(reasons.values())} items dropped" + (f" ({dropped})" if dropped else ""),
    ]
    return [escape(" · ".join(facts))]


def _story(story: MergedStory) -> list[str]:
    numbers = {ref.story_id: k for k, ref in enumerate(story.sources, 1)}
    multi = len(story.sources) > 1
    sentences = []
    for sentence in story.summary:
        marker = f" \\[{numbers[sentence.story_id]}\\]" if multi else ""
        sentences.append(escape(sentence.text) + marker)
    lines = [f"### {escape(story.headline)}", ""]
    if story.follows is not None:
        lines += [_update(story.follows), ""]
    if sentences:
        lines += [" ".join(sentences), ""]
    shown = [f for f in story.figures if len(f.expressions) > 1]  # a figure said one way needs no line
    if shown:
        parts = [f"{' = '.join(escape(e) for e in f.expressions)} ({escape(f.measure)})" for f in shown]
        lines += ["**Figures:** " + " · ".join(parts), ""]
    for conflict in story.conflicts:
        lines += [_conflict(conflict), ""]
    lines += [_reported_by(story.sources, multi), ""]
    return lines


def _update(follows: FollowUp) -> str:
    when = follows.period if "W" in follows.period else period_label((follows.since, follows.until))
    earlier = f"“{escape(follows.headline)}” ({escape(when)})"
    news = "; ".join(escape(change) for change in follows.changes)
    return f"**Update** to {earlier}" + (f": {news}." if news else ".")


def _conflict(conflict: Conflict) -> str:
    values = " · ".join(f"{escape(v.text)} ({escape(v.source)}, {_date(v.date)})" for v in conflict.values)
    chosen = f"shown: {escape(conflict.chosen.text)} ({escape(conflict.note)})"
    if conflict.note.endswith("do not match"):
        chosen = escape(conflict.note)
    return f"**Sources differ** on {escape(conflict.measure)}: {values}; {chosen}"


def _reported_by(sources: tuple[SourceRef, ...], numbered: bool) -> str:
    parts = []
    for k, ref in enumerate(sources, 1):
        prefix = f"\\[{k}\\] " if numbered else ""
        parts.append(f"{prefix}{_link(ref.source, ref.url)}, {_date(ref.date)}")
    return "*Reported by:* " + " · ".join(parts)


def _appendix(digest: Digest) -> list[str]:
    given = Counter((s.path, s.source, s.edition_date) for s in digest.stories)
    lines = ["## Sources", ""]
    editions = sorted(
        digest.editions, key=lambda e: (e.source or "", e.date or dt.date.min, e.path, e.position)
    )
    for edition in editions:
        count = sum(
            n for (path, _, date), n in given.items() if path == edition.path and date == edition.date
        )
        title = f" — {escape(edition.title)}" if edition.title else ""
        lines.append(
            f"- {escape(edition.source or 'unknown source')}, {_date(edition.date)}{title}: "
            f"{count} {'story' if count == 1 else 'stories'} (`{edition.path.replace('`', '')}`)"
        )
    return [*lines, ""]
