"""The HTML digest: the Markdown's structure, nothing from the input as markup, self-contained."""

from __future__ import annotations

import datetime as dt
import os
import re
from pathlib import Path

from markdown_it import MarkdownIt
from selectolax.lexbor import LexborHTMLParser as HTMLParser

from digest.models import Digest, Edition, Format, Reading, Story
from digest.pipeline import compile_digest, compile_reading
from digest.render.html import to_html
from digest.render.markdown import to_markdown
from digest.settings import ComposeSettings, Settings

ROOT = Path(__file__).resolve().parents[1]
DAY = dt.date(2026, 3, 2)
PATH = "/home/reader/Mail/private-folder/inbox.mbox"
HOSTILE_TITLE = '<script>alert("t")</script> Zeta & <b>Omega</b>'
HOSTILE_TEXT = (
    'Zeta <img src=x onerror="alert(1)"> pays $2 billion; see <a href="javascript:alert(2)">this</a>.'
)


def _story(sid: str, title: str, source: str, text: str, url: str | None = None) -> Story:
    return Story(
        id=sid,
        title=title,
        text=text,
        source=source,
        path=PATH,
        url=url,
        date=DAY,
        edition_date=DAY,
        format=Format.MBOX,
    )


def _hostile(full: int = 25) -> Digest:
    stories = (
        _story("a", HOSTILE_TITLE, "Alpha <i>Daily</i>", HOSTILE_TEXT, "javascript:alert(3)"),
        _story(
            "b",
            "Rail strike",
            "Beta Weekly",
            "Rail workers began a two-day strike.",
            "https://b.example/r?x=1&y=2",
        ),
        _story("c", "Mail the desk", "Gamma", "Write to the desk about the vote.", "mailto:desk@g.example"),
        _story(
            "d",
            "Data loss",
            "Delta",
            "A file viewer leaked data.",
            "data:text/html,<script>alert(4)</script>",
        ),
    )
    editions = (Edition(path=PATH, format=Format.MBOX, source="Alpha <i>Daily</i>", date=DAY),)
    settings = Settings(compose=ComposeSettings(full_stories=full, brief_stories=60))
    return compile_reading(Reading(editions, stories, ()), settings)


def _seeds() -> Digest:
    cwd = Path.cwd()
    os.chdir(ROOT)
    try:
        return compile_digest(["fixtures/seeds"], Settings())
    finally:
        os.chdir(cwd)


def test_nothing_from_the_input_is_markup() -> None:
    """Tags, handlers and script links in titles, text and URLs print as characters; no link survives
    but http, https and mailto."""
    for full in (25, 0):  # told in full, and in brief
        page = to_html(_hostile(full))
        tree = HTMLParser(page)
        assert tree.css("script, img, iframe, object, embed, form, link, base, b, i") == []
        assert not any(name.startswith("on") for node in tree.css("*") for name in node.attributes)
        hrefs = [a.attributes.get("href") or "" for a in tree.css("a")]
        external = [h for h in hrefs if not h.startswith("#")]
        assert external
        assert all(h.startswith(("http://", "https://", "mailto:")) for h in external), external
        assert "https://b.example/r?x=1&y=2" in hrefs
        assert "mailto:desk@g.example" in hrefs
        text = tree.body.text() if tree.body else ""
        assert HOSTILE_TITLE in text
        assert "Alpha <i>Daily</i>" in text
        assert PATH not in page


def test_self_contained_for_mail_clients() -> None:
    """No script, no remote resource, no external stylesheet; a 600-pixel table; dark colours offered."""
    page = to_html(_seeds())
    tree = HTMLParser(page)
    assert tree.css("script, link, img, iframe, object, embed, base, meta[http-equiv]") == []
    assert "url(" not in page
    assert "@import" not in page
    assert "@font-face" not in page
    card = tree.css_first("table.card")
    assert card is not None
    assert card.attributes.get("width") == "600"
    assert "max-width:600px" in (card.attributes.get("style") or "")
    style = tree.css_first("style")
    assert style is not None
    assert "prefers-color-scheme: dark" in style.text()
    assert tree.css_first('meta[name="color-scheme"]') is not None
    assert page.startswith("<!DOCTYPE html>\n")


def test_same_structure_as_the_markdown() -> None:
    """Headings, their order and text, and the contents' targets match the Markdown of the same digest."""
    digest = _seeds()
    tokens = MarkdownIt("commonmark").parse(to_markdown(digest))
    md = [
        (t.tag, tokens[k + 1].content.replace("\\", ""))
        for k, t in enumerate(tokens)
        if t.type == "heading_open"
    ]
    md = [(tag, re.sub(r"^\[(.*)\]\(.*\)$", r"\1", text)) for tag, text in md]
    tree = HTMLParser(to_html(digest))
    html = [(node.tag, node.text()) for node in tree.css("h1, h2, h3")]
    assert html == md
    ids = {node.attributes.get("id") for node in tree.css("[id]")}
    targets = [a.attributes.get("href", "")[1:] for a in tree.css('a[href^="#"]')]
    assert targets
    assert set(targets) <= ids
    assert len(tree.css("ul")[-1].css("li")) == 4  # the seeds' four newsletters in Sources


def test_same_digest_same_bytes() -> None:
    """Rendering is pure: the same digest gives the same bytes."""
    digest = _seeds()
    assert to_html(digest) == to_html(digest)
