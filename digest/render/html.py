"""The digest as one self-contained HTML document, for a mail client or a browser.

The same structure as :mod:`digest.render.markdown` (overview, contents, stories
in full by topic, in brief, sources), built from the same structured
:class:`~digest.models.Digest`, never from its Markdown. The same safety rules:
every text from the input is escaped, so newsletter markup prints as
characters, and links are kept only for ``http``, ``https`` and ``mailto``
(:func:`~digest.render.markdown.safe_url`). Mail clients honour little CSS, so
the layout is a 600-pixel table with inline styles; one ``<style>`` element adds
the dark colours where the reader's client prefers them. No scripts, images,
fonts or any other remote resource. Pure: the same digest gives the same bytes.
"""

from __future__ import annotations

import html
from collections.abc import Sequence

from digest.models import Conflict, Digest, FollowUp, MergedStory, SourceRef
from digest.render.markdown import (
    layout,
    overview,
    publications,
    safe_url,
    sources_read,
    top_note,
    top_stories,
)
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

__all__ = ["to_html"]

_FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif"
_TEXT = "color:#1a1a1a"
_MUTED = "color:#555555"
_LINK = "color:#1a56a8;text-decoration:underline"
_H1 = f"margin:0 0 12px;font-size:26px;line-height:1.25;{_TEXT}"
_H2 = f"margin:28px 0 8px;padding-top:8px;border-top:1px solid #dddddd;font-size:20px;{_TEXT}"
_H3 = f"margin:20px 0 6px;font-size:17px;line-height:1.35;{_TEXT}"
_P = f"margin:0 0 10px;{_TEXT}"
_SMALL = f"margin:0 0 10px;font-size:14px;{_MUTED}"
_LIST = "margin:0 0 10px;padding-left:20px"

#: Dark colours, for clients that honour ``prefers-color-scheme``; ``!important`` beats the inline light ones.
_STYLE = """\
:root { color-scheme: light dark; supported-color-schemes: light dark; }
@media (prefers-color-scheme: dark) {
  body, .page { background: #111418 !important; }
  .card { background: #1c2026 !important; }
  .card h1, .card h2, .card h3, .card p, .card li, .card td { color: #e6e6e6 !important; }
  .card .muted { color: #b4b9c0 !important; }
  .card h2 { border-top-color: #3a3f47 !important; }
  .card a { color: #8ab4f8 !important; }
}"""


def _text(text: str) -> str:
    """``text`` from the input as HTML character data: one line, nothing live."""
    return html.escape(" ".join(text.split()), quote=True)


def _link(text: str, url: str | None) -> str:
    target = safe_url(url)
    label = _text(text)
    if target is None:
        return label
    return f'<a href="{html.escape(target, quote=True)}" style="{_LINK}">{label}</a>'


def to_html(digest: Digest) -> str:
    """The digest as one HTML document."""
    sections, brief = layout(digest)
    anchors = Anchors()
    anchors.add(digest.title)
    top = top_stories(digest)
    top_slug = anchors.add("Top stories") if top else ""
    anchors.add("Contents")
    body: list[str] = []
    contents: list[str] = []
    found: dict[str, str] = {}
    for name, items in sections:
        slug = anchors.add(name)
        contents.append(
            f'<li><a href="#{slug}" style="{_LINK}">{_text(name)}</a>: {count(len(items), "story")}</li>'
        )
        body.append(f'<h2 id="{slug}" style="{_H2}">{_text(name)}</h2>')
        for story in items:
            found[story.cluster_id] = anchors.add(story.headline)
            body += _story(story, found[story.cluster_id])
    if brief:
        slug = anchors.add("In brief")
        contents.append(
            f'<li><a href="#{slug}" style="{_LINK}">In brief</a>: {count(len(brief), "story")}</li>'
        )
        body += [f'<h2 id="{slug}" style="{_H2}">In brief</h2>', f'<ul style="{_LIST}">']
        body += [_brief(story) for story in brief]
        body.append("</ul>")
    slug = anchors.add("Sources")
    contents.append(f'<li><a href="#{slug}" style="{_LINK}">Sources</a></li>')
    head = [
        f'<h1 style="{_H1}">{_text(digest.title)}</h1>',
        f'<p style="{_P}">{_text(overview(digest))}</p>',
        *_top(top, top_slug, found),
        f'<h2 style="{_H2}">Contents</h2>',
        f'<ul style="{_LIST}">',
        *contents,
        "</ul>",
    ]
    return _page(digest.title, [*head, *body, *_appendix(digest, slug)])


def _top(top: Sequence[MergedStory], slug: str, found: dict[str, str]) -> list[str]:
    """The "Top stories" list: each top story's headline, linked to where it is told."""
    if not top:
        return []
    items = [
        f'<li><a href="#{found[s.cluster_id]}" style="{_LINK}">{_text(s.headline)}</a>'
        f" ({_text(top_note(s))})</li>"
        for s in top
    ]
    return [f'<h2 id="{slug}" style="{_H2}">Top stories</h2>', f'<ol style="{_LIST}">', *items, "</ol>"]


def _page(title: str, content: Sequence[str]) -> str:
    """``content`` in a centred 600-pixel column, as mail clients lay out tables."""
    lines = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        '<meta name="color-scheme" content="light dark">',
        '<meta name="supported-color-schemes" content="light dark">',
        f"<title>{_text(title)}</title>",
        f"<style>\n{_STYLE}\n</style>",
        "</head>",
        f'<body style="margin:0;padding:0;background:#f2f3f5;{_TEXT}">',
        '<table role="presentation" class="page" width="100%" cellpadding="0" cellspacing="0" border="0"'
        ' style="background:#f2f3f5">',
        '<tr><td align="center" style="padding:16px 8px">',
        '<table role="presentation" class="card" width="600" cellpadding="0" cellspacing="0" border="0"'
        ' style="width:100%;max-width:600px;background:#ffffff">',
        f'<tr><td style="padding:24px;{_FONT};font-size:16px;line-height:1.5;{_TEXT}">',
        *content,
        "</td></tr>",
        "</table>",
        "</td></tr>",
        "</table>",
        "</body>",
        "</html>",
    ]
    return "\n".join(lines) + "\n"


def _story(story: MergedStory, slug: str) -> list[str]:
    groups = publications(story)
    number = {ref.story_id: k for k, (_, refs) in enumerate(groups, 1) for ref in refs}
    marked = len(groups) > 1
    text = " ".join(
        _text(s.text) + (superscript(number[s.story_id]) if marked and s.story_id in number else "")
        for s in story.summary
    )
    url = headline_url(story, groups)
    lines = [f'<h3 id="{slug}" style="{_H3}">{_link(story.headline, url)}</h3>']
    if story.follows is not None:
        lines.append(f'<p style="{_P}">{_update(story.follows)}</p>')
    if text:
        lines.append(f'<p style="{_P}">{text}</p>')
    shown = [f for f in story.figures if len(f.expressions) > 1]  # a figure said one way needs no line
    if shown:
        parts = [f"{' = '.join(_text(e) for e in f.expressions)} ({_text(f.measure)})" for f in shown]
        lines.append(f'<p style="{_P}"><strong>Figures:</strong> ' + " · ".join(parts) + "</p>")
    lines += [f'<p style="{_P}">{_conflict(conflict)}</p>' for conflict in story.conflicts]
    return [*lines, f'<p class="muted" style="{_SMALL}">{_credits(groups, marked, story.headline)}</p>']


def _credits(groups: Sequence[tuple[str, Sequence[SourceRef]]], marked: bool, headline: str) -> str:
    """Who reported the story, when, and where else: the Markdown's credit line."""
    first, *others = [
        f"{c.marker + ' ' if c.marker else ''}{_text(c.name) if k == 0 else _link(c.name, c.url)}, {c.days}"
        for k, c in enumerate(credits(groups, marked, headline))
    ]
    return f"<em>From</em> {first}" + (" · <em>Also in:</em> " + " · ".join(others) if others else "")


def _brief(story: MergedStory) -> str:
    url = first_url(story.sources)
    names = ", ".join(_text(name) for name, _ in publications(story))
    origin = f'<span class="muted" style="{_MUTED}">({names})</span>'
    return f'<li style="margin:0 0 6px">{_link(story.headline, url)} {origin}</li>'


def _update(follows: FollowUp) -> str:
    earlier = f"“{_text(follows.headline)}” ({_text(update_when(follows))})"
    news = "; ".join(_text(change) for change in follows.changes)
    return f"<strong>Update</strong> to {earlier}" + (f": {news}." if news else ".")


def _conflict(conflict: Conflict) -> str:
    values = " · ".join(f"{_text(v.text)} ({_text(v.source)}, {day_span([v.date])})" for v in conflict.values)
    chosen = f"shown: {_text(conflict.chosen.text)} ({_text(conflict.note)})"
    if conflict.note.endswith("do not match"):
        chosen = _text(conflict.note)
    return f"<strong>Sources differ</strong> on {_text(conflict.measure)}: {values}; {chosen}"


def _appendix(digest: Digest, slug: str) -> list[str]:
    lines = [f'<h2 id="{slug}" style="{_H2}">Sources</h2>', f'<ul style="{_LIST}">']
    for name, read, stories in sources_read(digest):
        lines.append(
            f"<li>{_text(name)}: {count(len(read), 'edition')}, {day_span(e.date for e in read)}; "
            f"{count(stories, 'story')} read</li>"
        )
    return [*lines, "</ul>"]
