"""The Markdown a subscriber reads: contents that resolve, readable raw text, nothing private."""

from __future__ import annotations

import datetime as dt
import re

import attrs

from digest.models import Edition, Format, Reading, SourceRef, Story
from digest.pipeline import compile_reading
from digest.render.markdown import to_markdown
from digest.render.wording import Anchors, count, credits, usual_url
from digest.settings import ComposeSettings, Settings
from tests.markdown_ids import github_ids as _github_ids

DAY = dt.date(2026, 3, 2)
PATH = "/home/reader/Mail/private-folder/inbox.mbox"


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


def _digest(full: int = 25, brief: int = 60) -> str:
    stories = (
        _story(
            "a", "Sources", "Alpha Daily", "Ministers agreed a budget rule for three years on Friday night."
        ),
        _story(
            "b", "In brief", "Beta Weekly", "Rail workers began a two-day strike over pay across the north."
        ),
        _story(
            "c", "Technology", "Alpha Daily", "Acme_Corp shipped the Q5_K_M model [1] to 3 clients in Oslo."
        ),
        _story(
            "d",
            "Chipmaker Zeta buys Omega",
            "Gamma News",
            "Zeta will pay $2 billion for Omega in cash.",
            "https://g.example/z",
        ),
    )
    editions = (Edition(path=PATH, format=Format.MBOX, source="Alpha Daily", date=DAY),)
    settings = Settings(compose=ComposeSettings(full_stories=full, brief_stories=brief))
    return to_markdown(compile_reading(Reading(editions, stories, ()), settings))


def test_contents_links_resolve_to_heading_ids() -> None:
    """Every contents link is the id GitHub gives a heading, repeats of a heading text included."""
    markdown = _digest()
    ids = _github_ids(markdown)
    links = re.findall(r"\]\(#([^)]+)\)", markdown)
    assert links
    assert set(links) <= set(ids)
    assert "sources-1" in links  # the story headed "Sources" came first
    anchors = Anchors()
    assert [anchors.add(t) for t in ("Markets & Economy", "Q&A", "Q&A", "Émile 😀 Zola")] == [
        "markets--economy",
        "qa",
        "qa-1",
        "émile--zola",
    ]


def test_raw_markdown_is_readable_and_private_paths_stay_private() -> None:
    """No '\\[1\\]' or 'Acme\\_Corp' clutter where no escaping is needed; no input path in the digest."""
    markdown = _digest()
    assert "Acme_Corp shipped the Q5_K_M model [1] to 3 clients" in markdown
    assert "\\[" not in markdown
    assert PATH not in markdown
    assert "private-folder" not in markdown
    assert "- Alpha Daily: 1 edition, 2 Mar 2026; 4 stories read" in markdown


def test_in_brief_is_one_linked_line_per_story() -> None:
    """Below the stories told in full, each story is one line: linked headline and sources."""
    markdown = _digest(full=1, brief=2)
    brief = markdown.split("## In brief\n\n", 1)[1].split("\n\n", 1)[0].splitlines()
    assert len(brief) == 2
    assert all(line.startswith("- ") and line.endswith(")") for line in brief)
    assert "stories below the cut" not in markdown
    assert "1 story below the cut is in the ledger" in markdown


def test_overview_counts_in_plain_english() -> None:
    """Singular and plural are right; the period is the days of the stories kept."""
    assert count(1, "story") == "1 story"
    assert count(2665, "story") == "2,665 stories"
    assert count(1, "edition") == "1 edition"
    markdown = _digest()
    assert markdown.startswith("# Newsletter digest: 2 March 2026\n")
    assert "1 edition: 4 stories read, told as 4 stories." in markdown


def test_a_headline_never_links_a_picture() -> None:
    """A story whose only link is a screenshot is told without a link; a page link is kept."""
    shot = "https://cdn.example/attachments/1/image.png?ex=1"
    stories = (
        _story("a", "Kernel layouts explained", "Chat Recap", "Members compared layouts.", shot),
        _story(
            "b", "Chipmaker Zeta buys Omega", "Gamma News", "Zeta pays $2 billion.", "https://g.example/z"
        ),
    )
    editions = (Edition(path=PATH, format=Format.MBOX, source="Chat Recap", date=DAY),)
    markdown = to_markdown(compile_reading(Reading(editions, stories, ()), Settings()))
    assert "image.png" not in markdown
    assert "### Kernel layouts explained\n" in markdown
    assert "[Chipmaker Zeta buys Omega](https://g.example/z)" in markdown


def test_a_feed_s_items_of_one_day_are_counted_once_in_the_sources() -> None:
    """A feed gives an edition per item: three items of one day are 3 stories read, not 9."""
    stories = tuple(
        attrs.evolve(
            _story(k, f"Item {k} of the feed", "Ars Technica", f"Report number {k} of the day."),
            format=Format.RSS,
        )
        for k in "abc"
    )
    editions = tuple(Edition(path=PATH, format=Format.RSS, source="Ars Technica", date=DAY) for _ in stories)
    markdown = to_markdown(compile_reading(Reading(editions, stories, ()), Settings()))
    assert "- Ars Technica: 3 editions, 2 Mar 2026; 3 stories read" in markdown


def test_a_publication_is_credited_with_the_link_of_its_reports_on_the_headlines_subject() -> None:
    """A chat recap's items on a link shared in passing do not stand for its reports of the event:
    when some of its reports are titled with a word of the headline, their link counts."""
    day = dt.date(2025, 6, 3)
    aside, event = "https://example.com/lost-walrus-found", "https://example.com/acme-courts-zeta"
    refs = [
        SourceRef("Recap", day, aside, "Lost Walrus Found", "w1"),
        SourceRef("Recap", day, event, "Acme Courts Zeta in Possible Purchase", "e1"),
        SourceRef("Recap", day, event, "Acme Eyes Zeta?", "e2"),
        SourceRef("Recap", day, aside, "Walrus Sightings", "w2"),
    ]
    headline = "Acme Nears Wide-Ranging Deal With Zeta"
    assert usual_url(refs, headline) == event
    assert [c.url for c in credits([("Recap", refs)], marked=False, headline=headline)] == [event]
    assert usual_url(refs, "Unrelated Words Only") == aside  # none on the subject: all count


def test_a_publication_is_credited_with_the_link_most_of_its_reports_give() -> None:
    """One roundup item linking elsewhere does not stand for a publication's five reports."""
    day = dt.date(2025, 6, 5)
    changelog = "https://www.cursor.com/changelog"
    refs = [
        SourceRef(
            "AI News",
            day,
            "https://mistral.ai/products/mistral-code",
            "Mistral launched ... Cursor went 1.0",
            "r",
        ),
        *(SourceRef("AI News", day, changelog, f"Cursor 1.0 report {k}", f"c{k}") for k in range(3)),
        SourceRef("AI News", day, None, "Cursor 1.0 mixed reviews", "m"),
    ]
    assert usual_url(refs) == changelog
    assert [c.url for c in credits([("AI News", refs)], marked=False)] == [changelog]
    # Equal counts: the first report's link, as before.
    assert usual_url(refs[:2]) == refs[0].url
    assert usual_url([refs[-1]]) is None
