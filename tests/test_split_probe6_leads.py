"""Stories marked only by a lead inside a paragraph, and link lines under a story, in small invented editions.

A run of paragraphs that each open with a bold (or bracketed) lead is a list of
items, one story each, titled by its lead; a paragraph or line holding only a
link under a story's text is that story's link, not the next heading.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.models import Document, Edition, Format, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def split_file(path: Path) -> Split:
    """Read and split one file the way ``digest compile`` does."""
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


def test_paragraphs_opening_with_a_bold_capitals_lead_are_a_story_each(tmp_path: Path) -> None:
    """ "<b>CAPS LEAD</b> — text" paragraphs under a bold section label: one story per lead, titled
    by it; a plain paragraph between two of them is more of the item above."""
    html = (
        "<html><body><p><b>ON THE HILL</b></p>"
        "<p><b>HOUSE PASSES THE WATER BILL</b> — The House passed a $12 billion water bill on Tuesday.</p>"
        "<p>The Speaker called it a win for rural districts.</p>"
        "<p><b>GOVERNORS SUE OVER TARIFFS</b> — Nine governors filed suit over the new steel tariffs.</p>"
        "<p><b>TREASURY PICKS A DEPUTY</b> — The Treasury named economist Ada Quist as its deputy.</p>"
        "</body></html>"
    )
    path = tmp_path / "hill.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == [
        "HOUSE PASSES THE WATER BILL",
        "GOVERNORS SUE OVER TARIFFS",
        "TREASURY PICKS A DEPUTY",
    ]
    assert {s.section for s in split.stories} == {"ON THE HILL"}
    assert "rural districts" in split.stories[0].text


def test_bold_labels_inside_a_story_stay_in_it() -> None:
    """ "**Why it matters:**" and "**BY THE NUMBERS:**" are labels of the story they sit in."""
    body = (
        "## Ferries cut fares\n\n"
        "The harbour ferries cut weekday fares by 40 percent on Monday.\n\n"
        "**Why it matters:** Operators said the old fares kept boats half empty.\n\n"
        "**BY THE NUMBERS:** Ridership rose 12 percent in the trial.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Ferries cut fares"]
    assert "half empty" in split.stories[0].text
    assert "12 percent" in split.stories[0].text


def test_paragraphs_opening_with_an_emoji_and_a_bold_lead_are_a_story_each() -> None:
    """A Markdown link roundup: "🧠 **Title.** text [link](url)" paragraphs under one h2."""
    body = (
        "## Links of the week\n\n"
        "🛰️ **A cubesat relays a phone call from orbit.** The 10 cm satellite held the call for 90 seconds."
        " [orbit.example/call](https://orbit.example/call)\n\n"
        "💾 **Disk prices fall for a third month.** Two makers now sell 4 TB drives under $60."
        " [disks.example/prices](https://disks.example/prices)\n"
    )
    split = split_text(body)
    assert titles(split) == ["A cubesat relays a phone call from orbit", "Disk prices fall for a third month"]
    assert [s.url for s in split.stories] == ["https://orbit.example/call", "https://disks.example/prices"]
    assert {s.section for s in split.stories} == {"Links of the week"}


def test_a_bracketed_bold_lead_glued_to_cjk_text_is_the_title(tmp_path: Path) -> None:
    """ "<strong>【标题】</strong>正文": the bracketed lead is the story's title, without its brackets,
    also when the text glued on opens with a figure ("11月15日，...")."""
    html = (
        "<html><body>"
        "<p><strong>【星河电池获得8亿元融资】</strong>电池公司星河电池宣布完成8亿元融资，由蓝海资本领投。</p>"
        "<p><strong>【北港地铁新线开通】</strong>11月15日，北港地铁三号线开通，全长24公里，共设18座车站。</p>"
        "</body></html>"
    )
    path = tmp_path / "zaobao.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == ["星河电池获得8亿元融资", "北港地铁新线开通"]
    assert split.stories[0].text.startswith("电池公司")


def test_a_paragraph_holding_only_a_link_under_a_story_is_its_link(tmp_path: Path) -> None:
    """ "<p><a>Coverage</a></p>" between a story's text and the next headline (or the end) is the
    story's link: not the next story's section, not a heading with nothing under it."""
    html = (
        "<html><body>"
        "<h2>Oslo opens a tram line to the airport</h2><p>The 18 km line opened on Monday with trams"
        ' every ten minutes.</p><p><a href="https://news.example/oslo-tram">City press release</a></p>'
        "<h2>Porto bans diesel buses</h2><p>Porto will retire its last diesel buses by 2027.</p>"
        '<p><a href="https://news.example/porto-buses">Regional paper</a></p>'
        "</body></html>"
    )
    path = tmp_path / "transit.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == ["Oslo opens a tram line to the airport", "Porto bans diesel buses"]
    assert [s.url for s in split.stories] == [
        "https://news.example/oslo-tram",
        "https://news.example/porto-buses",
    ]
    assert {s.section for s in split.stories} == {None}
    assert not split.dropped
    assert split.stories[0].text.endswith("City press release")  # nothing lost: the link's words stay


def test_a_linked_heading_after_a_paragraph_is_no_link_line() -> None:
    """ "[### Title (2 minute read)](url)" after a paragraph with no headline is a headline of its
    own, not the link of the paragraph above."""
    body = (
        "## Ports\n\nCranes moved empty containers between two berths for a week at the port.\n\n"
        "[### Lisbon port tests driverless cranes (2 minute read)](https://news.example.com/lisbon)\n\n"
        "The port will decide on a wider rollout next spring.\n"
    )
    split = split_text(body)
    assert "Lisbon port tests driverless cranes" in [s.title for s in split.stories]


def test_an_arrow_url_line_under_a_numbered_story_is_its_link() -> None:
    """A plain-text "→ https://..." line under a story's text is the story's link, not the next
    story's section."""
    body = (
        "1. Le port de Brest double sa capacite\n\n"
        "Le port de Brest a inaugure un nouveau quai de 400 metres pour les porte-conteneurs.\n\n"
        "→ https://lettre.example/a/brest\n\n"
        "2. La SNCF commande 30 trains de nuit\n\n"
        "La SNCF a commande 30 rames de trains de nuit pour ses lignes vers l'Italie.\n\n"
        "→ https://lettre.example/a/sncf\n"
    )
    split = split_text(body, "lettre.txt", Format.TEXT)
    assert titles(split) == ["Le port de Brest double sa capacite", "La SNCF commande 30 trains de nuit"]
    assert [s.url for s in split.stories] == [
        "https://lettre.example/a/brest",
        "https://lettre.example/a/sncf",
    ]
    assert {s.section for s in split.stories} == {None}


def test_a_read_more_link_closes_its_story_so_the_heading_after_it_heads_a_list(tmp_path: Path) -> None:
    """After a story's "Read more" link paragraph, an h3 label over a list of sentences is the
    section of its items, not a sub-heading merging them into the story above."""
    html = (
        "<html><body>"
        "<h2>Kestrel raises 40 million euros</h2><p>Kestrel closed a Series B round of 40 million euros.</p>"
        '<p><a href="https://w.example/kestrel">Mehr lesen »</a></p>'
        "<h2>Parliament backs a right to repair</h2><p>Parliament voted 500 to 60 for the new rules.</p>"
        '<p><a href="https://w.example/repair">Mehr lesen »</a></p>'
        "<h3>In short</h3><ul>"
        "<li>Nordwerk Software buys the Cologne startup Hafen for 90 million euros.</li>"
        "<li>The national railway tests satellite internet on regional trains.</li>"
        "</ul></body></html>"
    )
    path = tmp_path / "woche.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert len(split.stories) == 4
    assert [s.url for s in split.stories[:2]] == ["https://w.example/kestrel", "https://w.example/repair"]
    assert [s.section for s in split.stories[2:]] == ["In short", "In short"]
    assert "satellite" not in split.stories[1].text


def _page(tmp_path: Path, name: str, title: str, body: str) -> Split:
    path = tmp_path / name
    path.write_text(f"<html><head><title>{title}</title></head><body>{body}</body></html>", encoding="utf-8")
    return split_file(path)


_STORIES = (
    "<h2>Ferries cut weekday fares</h2><p>The harbour ferries cut weekday fares by 40 percent on Monday.</p>"
    "<h2>Bridge tolls rise in spring</h2><p>Tolls on the two river bridges will rise by $1 in April.</p>"
)


def test_a_page_title_naming_the_issue_gives_the_name_before_its_number(tmp_path: Path) -> None:
    """ "<title>Harbor Light #87: Ferries, tolls ...</title>": the source is "Harbor Light", not the
    subtitle."""
    split = _page(tmp_path, "hl.html", "Harbor Light #87: Ferries, tolls and a new pier", _STORIES)
    assert {s.source for s in split.stories} == {"Harbor Light"}


def test_a_short_name_heading_the_page_title_names_the_source(tmp_path: Path) -> None:
    """ "Harbor Light: The ferries nobody rides" with no masthead: the name before the subtitle; a
    one-word label ("Exclusive: ...") is no name, the file name stays the source."""
    split = _page(tmp_path, "edition.html", "Harbor Light: The ferries nobody rides", _STORIES)
    assert {s.source for s in split.stories} == {"Harbor Light"}
    split = _page(tmp_path, "edition.html", "Exclusive: The ferries nobody rides", _STORIES)
    assert {s.source for s in split.stories} == {"edition"}


def test_a_page_title_printed_again_as_the_top_heading_is_the_name(tmp_path: Path) -> None:
    """<title>Harbor Light</title> over "<h1>Harbor Light</h1>" and the stories: the source is the name."""
    split = _page(tmp_path, "page.html", "Harbor Light", "<h1>Harbor Light</h1>" + _STORIES)
    assert {s.source for s in split.stories} == {"Harbor Light"}


def test_a_german_dateline_with_an_issue_number_dates_the_edition(tmp_path: Path) -> None:
    """ "Ausgabe 46/2026 · Freitag, 13. November 2026" under the name: the date is read (the line's
    first "sentence" stops at "13."), and the issue number is no name."""
    body = "<h1>Hafenblatt</h1><p>Ausgabe 46/2026 · Freitag, 13. November 2026</p>" + _STORIES
    split = _page(tmp_path, "hb.html", "Hafenblatt – Ausgabe 46/2026", body)
    assert {s.source for s in split.stories} == {"Hafenblatt"}
    assert {s.date for s in split.stories} == {dt.date(2026, 11, 13)}


def test_a_date_in_the_file_name_dates_an_undated_edition(tmp_path: Path) -> None:
    """Nothing on the page dates the edition: the date in its file name does."""
    split = _page(tmp_path, "harbor-light-2026-11-17.html", "Harbor Light", _STORIES)
    assert {s.date for s in split.stories} == {dt.date(2026, 11, 17)}
    assert {s.source for s in split.stories} == {"harbor-light"}


def test_a_masthead_name_in_capitals_is_written_as_the_text_writes_it() -> None:
    """ "HARBOR LIGHT" as the masthead, "Harbor Light" in the text: the source is "Harbor Light"."""
    body = (
        "HARBOR LIGHT\nMonday 16 November 2026\n\nYou receive Harbor Light because you subscribed.\n\n"
        "1. Ferries cut weekday fares\n\nThe harbour ferries cut weekday fares by 40 percent on Monday.\n\n"
        "2. Bridge tolls rise in spring\n\nTolls on the two river bridges will rise by a dollar in April.\n"
    )
    split = split_text(body, "hl.txt", Format.TEXT)
    assert {s.source for s in split.stories} == {"Harbor Light"}


def test_a_front_matter_title_printed_again_as_the_top_heading_is_the_name(tmp_path: Path) -> None:
    """Front matter "title: Harbor Light" over "# Harbor Light", no dateline: the source is the name,
    not the file name."""
    path = tmp_path / "edition-9.md"
    path.write_text(
        "---\ntitle: Harbor Light\n---\n\n# Harbor Light\n\n## Ferries cut weekday fares\n\n"
        "The harbour ferries cut weekday fares by 40 percent on Monday.\n\n## Bridge tolls rise in spring\n\n"
        "Tolls on the two river bridges will rise by $1 in April.\n",
        encoding="utf-8",
    )
    assert {s.source for s in split_file(path).stories} == {"Harbor Light"}
