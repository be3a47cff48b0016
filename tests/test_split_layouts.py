"""Layouts of real newsletters the splitter was not tuned on, in small invented editions.

Each layout is decided by structure (heading level, item shape, what follows),
so each test builds the layout with text of its own and checks what a reader
would see: every real item a story, the chrome in the ledger with its reason.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.readers._markup import heading_metadata, strip_html
from digest.readers._meta import publication_name
from digest.settings import ReadSettings
from digest.split.blocks import Kind, parse_blocks
from digest.split.splitter import split_document
from digest.text.shape import clean_title, derive_title, strip_link_suffix, strip_read_more

LAYOUTS = Path(__file__).resolve().parent / "newsletters" / "layouts"


def split_text(body: str, path: str = "edition.md") -> Split:
    """Split ``body`` as one Markdown edition."""
    return split_document(Document(Edition(path=path, format=Format.MARKDOWN), body), ReadSettings())


def split_file(path: Path) -> Split:
    """Read and split one file the way ``digest compile`` does."""
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return split_document(document, ReadSettings())


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


def reasons(split: Split) -> dict[str, DropReason]:
    """Ledger text -> reason."""
    return {d.text: d.reason for d in split.dropped}


_QUICK_LINKS = """\
### Quick Links

[### Pelican Cloud: ship faster with managed queues (Sponsor)](https://pelican.example.com/?utm_source=nl)

Pelican Cloud runs your queues so you do not have to. Start free today.

[Get a demo](https://pelican.example.com/demo)

[### Lisbon port tests driverless cranes (2 minute read)](https://news.example.com/lisbon)

Driverless cranes moved empty containers between two berths for a week.

[### Rotterdam orders hydrogen tugs (1 minute read)](https://news.example.com/rotterdam)

Six tugs are due in 2028.

### Engineering

[### A faster JSON parser in 300 lines (GitHub Repo)](https://github.com/example/json)

The parser uses SIMD to skip whitespace.
"""


def test_sponsor_at_the_top_of_a_section_covers_its_own_item_only() -> None:
    """A "(Sponsor)" item opening Quick Links is dropped with its text; the items after it are stories."""
    split = split_text(_QUICK_LINKS)
    assert titles(split) == [
        "Lisbon port tests driverless cranes",
        "Rotterdam orders hydrogen tugs",
        "A faster JSON parser in 300 lines",  # its "(GitHub Repo)" link tag goes, like "(2 minute read)"
    ]
    assert [s.section for s in split.stories] == ["Quick Links", "Quick Links", "Engineering"]
    dropped = reasons(split)
    assert (
        dropped["Pelican Cloud runs your queues so you do not have to. Start free today."]
        is DropReason.SPONSOR
    )
    assert dropped["Get a demo"] is DropReason.SPONSOR
    assert split.stories[1].text == "Six tugs are due in 2028."


def test_a_sponsor_item_ends_at_the_next_item_whose_title_opens_with_a_year() -> None:
    """ "[### 2025 Developer Survey](url)" is printed like the "(Sponsor)" item before it: the next
    item, not more of the ad (a title's leading number is no list mark)."""
    body = (
        "### Programming\n\n"
        "[### Readers: save 30% on Pelican Cloud before New Year (Sponsor)](https://pelican.example/offer)\n\n"
        "Queues, caches and cron in one place. Start free today.\n\n"
        "[### 2025 Developer Survey (17 minute read)](https://survey.example/2025)\n\n"
        "The survey looks at the tools developers use and the ones they want to use next year.\n\n"
        "[### The State of AI Coding (10 minute read)](https://greptile.example/state)\n\n"
        "A cross-industry study of recent trends in AI software development.\n"
    )
    split = split_text(body)
    assert titles(split) == ["2025 Developer Survey", "The State of AI Coding"]
    assert reasons(split)["Queues, caches and cron in one place. Start free today."] is DropReason.SPONSOR


def test_a_loose_lists_nested_points_stay_with_their_item() -> None:
    """A recap's post item, a blank line, then comment summaries nested under it: the item's text,
    not stories of their own, on a page whose lines mostly follow each other (where a blank line
    ends a story)."""
    quick = "".join(
        f"- Ferry line {k} adds a night crossing between the islands this summer.\n" for k in range(10)
    )
    body = (
        "### 1. Desk computers\n\n"
        "  - **[A desk supercomputer review](https://forum.example/1)** (Activity: 1048): The post "
        "reviews the Halvard desk unit for local inference.\n\n"
        "    - Commenters note its large memory but slow bandwidth for inference.\n"
        "    - Comparisons with gaming cards highlight that it is slower but uses less power.\n\n"
        "  - **[Lumen 3 released with open weights](https://forum.example/2)** (Activity: 900): "
        f"Lumen released version 3 of its coding model.\n\n### 2. Quick hits\n{quick}"
    )
    split = split_text(body)
    assert titles(split)[:2] == ["A desk supercomputer review", "Lumen 3 released with open weights"]
    assert "slower but uses less power" in split.stories[0].text


def test_sponsor_heading_item_among_markdown_headlines() -> None:
    """The same with Markdown headings: a level-3 sponsor headline ends at the next level-3 headline."""
    body = (
        "## Top stories\n\n### Brought to you by Kettle Analytics\n\nKettle turns logs into answers.\n\n"
        "### Airline grounds its A220 fleet\n\nEngine checks will take two weeks.\n\n"
        "### Bank raises its rate to 4%\n\nThe first rise in a year.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Airline grounds its A220 fleet", "Bank raises its rate to 4%"]
    assert reasons(split)["Kettle turns logs into answers."] is DropReason.SPONSOR


def test_sponsor_item_in_plain_text_ends_at_the_blank_line() -> None:
    """In a plain-text edition a blank line ends a story, and so it ends a sponsor's item."""
    body = (
        "Port Letter\n2 February 2026\n\n**Acme Cloud: deploy faster (Sponsored)**\n"
        "Acme runs your containers. Start a free trial today.\nWhy Acme\nBecause it is fast.\n\n"
        "Lisbon tests driverless cranes\n"
        "Driverless cranes moved containers between two berths for a week, the port said.\n\n"
        "Rotterdam orders hydrogen tugs\nSix tugs are due in 2028, the operator said on Tuesday.\n"
    )
    split = split_document(Document(Edition(path="letter.txt", format=Format.TEXT), body), ReadSettings())
    assert titles(split) == ["Lisbon tests driverless cranes", "Rotterdam orders hydrogen tugs"]
    assert reasons(split)["Why Acme"] is DropReason.SPONSOR


def test_headline_mentioning_jobs_is_news() -> None:
    """A keyword that makes a section heading chrome ("jobs") does not drop a headline among siblings."""
    body = (
        "## Work\n\n### Robots will take all the jobs, says a CEO\n\nHe said it at a conference.\n\n"
        "### Unions sign a four-day-week deal\n\nThe deal covers 40,000 workers.\n"
    )
    assert titles(split_text(body)) == [
        "Robots will take all the jobs, says a CEO",
        "Unions sign a four-day-week deal",
    ]


_SUBJECT = """\
Lisbon cranes 🏗️, Rotterdam tugs ⚓, Hamburg rail 🚆

[Harbor Brief](/)

# Harbor Brief 2026-02-03

## Lisbon cranes 🏗️, Rotterdam tugs ⚓, Hamburg rail 🚆

### Ports

[### Lisbon port tests driverless cranes (2 minute read)](https://news.example.com/lisbon)

Driverless cranes moved empty containers between two berths for a week.

[### Rotterdam orders hydrogen tugs (1 minute read)](https://news.example.com/rotterdam)

Six hydrogen tugs are due in 2028.

### Rail

[### Hamburg opens a rail shuttle to Prague (3 minute read)](https://news.example.com/hamburg)

A daily shuttle now links Hamburg with Prague.
"""


def test_subject_line_and_preheader_are_navigation() -> None:
    """A first line listing teasers of this edition's stories is a table of contents, not a story."""
    split = split_text(_SUBJECT)
    assert titles(split) == [
        "Lisbon port tests driverless cranes",
        "Rotterdam orders hydrogen tugs",
        "Hamburg opens a rail shuttle to Prague",
    ]
    teasers = [d for d in split.dropped if d.text.startswith("Lisbon cranes")]
    assert len(teasers) == 2
    assert {d.reason for d in teasers} == {DropReason.NAVIGATION}
    assert split.edition.source == "Harbor Brief"


def test_headline_listing_names_over_its_text_is_a_story() -> None:
    """A comma list with text of its own under it is a headline, not a teaser list."""
    body = (
        "## Apple, Google, Meta\n\n### Apple, Google and Meta fined in Brussels\n\nThe fines total €1.2bn.\n"
    )
    assert titles(split_text(body)) == ["Apple, Google and Meta fined in Brussels"]


_RECAP = """\
# Chat Recap

## Harbor Devs ▷ #general (53 messages🔥):

> `Crane firmware, Tug batteries, Rail timetables`

- **Crane firmware 2.1 ships**: The maintainers released firmware 2.1 with a fix for [the brake bug](https://example.com/fw).
   - Several members confirmed the fix on their own cranes.
- **Tug batteries last longer in cold water**: A member measured 8% more range at 4°C.

## Harbor Devs ▷ #random (1 messages):

user_123: hi guys

## Harbor Devs ▷ #links (2 messages):

sailor_jo: https://example.com/ports

The **Quay Builders Discord** has no new messages. If this guild has been quiet for too long, let us know.

## Forum Recap

- [**[D] Are driverless cranes safe yet?**](https://forum.example.com/d1) ([Score: 389, Comments: 70](\
https://forum.example.com/d1/comments)): A long thread on crane safety records.
- [**This clip of a crane stacking at night is unreal**](https://forum.example.com/d2) ([Score: 120, \
Comments: 12](https://forum.example.com/d2/c)): Members shared night footage.
"""


def test_recap_chrome_goes_to_the_ledger_and_bullets_are_stories() -> None:
    """Channel headers, keyword lists, chat lines and empty-channel notices are chrome; bullets are items."""
    split = split_text(_RECAP)
    assert titles(split) == [
        "Crane firmware 2.1 ships",
        "Tug batteries last longer in cold water",
        "[D] Are driverless cranes safe yet?",
        "This clip of a crane stacking at night is unreal",
    ]
    assert "Several members confirmed" in split.stories[0].text
    assert (
        split.stories[0].section == "Harbor Devs ▷ #general (53 messages🔥)"
    )  # its colon hands over to the items
    dropped = reasons(split)
    assert dropped["Crane firmware, Tug batteries, Rail timetables"] is DropReason.NAVIGATION
    assert dropped["user_123: hi guys"] is DropReason.CHAT
    assert dropped["sailor_jo: https://example.com/ports"] is DropReason.CHAT
    quiet = next(d for d in split.dropped if "no new messages" in d.text)
    assert quiet.reason is DropReason.EMPTY
    assert split.stories[2].url == "https://forum.example.com/d1"


def test_feed_export_headline_metadata_and_html() -> None:
    """A feed exported as Markdown: each headline with its link and date lines and HTML body is one story."""
    split = split_file(LAYOUTS / "feed-export.md")
    assert split.edition.source == "Harbor Tech Feed"
    assert split.edition.url == "https://harbortech.example.com/feed"
    assert [(s.title, s.url, str(s.date)) for s in split.stories] == [
        (
            "Port of Lisbon tests autonomous cranes",
            "https://harbortech.example.com/2026/02/lisbon-cranes",
            "2026-02-03",
        ),
        (
            "Rotterdam orders hydrogen tugboats",
            "https://harbortech.example.com/2026/02/rotterdam-tugs",
            "2026-02-04",
        ),
        (
            "Hamburg opens a rail shuttle to Prague",
            "https://harbortech.example.com/2026/02/hamburg-prague",
            "2026-02-05",
        ),
    ]
    lisbon = split.stories[0]
    assert "<" not in lisbon.text
    assert "autonomous cranes" in lisbon.text
    assert "cut turnaround by 12%" in lisbon.text
    assert "link:" not in lisbon.text
    assert "Cranes on the quay" not in lisbon.text
    metadata = [d for d in split.dropped if d.detail.startswith("story metadata")]
    assert len(metadata) == 8
    assert {d.story_id for d in metadata} == {s.id for s in split.stories}


def test_export_metadata_with_bold_keys_and_a_date_line() -> None:
    """Bold "**Link:**" keys with a link or date value, a bare link and a date-only line are metadata too."""
    body = (
        "## [Kiel tests a solar ferry](https://example.com/kiel)\n\n"
        "**Link:** https://example.com/kiel\n**Published:** 2026-02-03\n\n"
        "The ferry crosses the fjord on sun alone.\n\n"
        "## Gdansk adds a berth\n\nFeb 4, 2026\n\nThe berth opens in May.\n\n"
        "## Riga dredges its harbour\nhttps://example.com/riga\nSource: Baltic Wire | 2026-02-05\n\n"
        "Dredging starts in spring.\n\n"
        "## Tallinn opens a ferry terminal\n[Read original](https://example.com/tallinn)\n"
        "Saved: 2026-02-06\n\nThe terminal handles two million passengers a year.\n"
    )
    split = split_text(body)
    assert [(s.title, s.url, str(s.date), s.text) for s in split.stories] == [
        (
            "Kiel tests a solar ferry",
            "https://example.com/kiel",
            "2026-02-03",
            "The ferry crosses the fjord on sun alone.",
        ),
        ("Gdansk adds a berth", None, "2026-02-04", "The berth opens in May."),
        ("Riga dredges its harbour", "https://example.com/riga", "2026-02-05", "Dredging starts in spring."),
        (
            "Tallinn opens a ferry terminal",
            "https://example.com/tallinn",
            "2026-02-06",
            "The terminal handles two million passengers a year.",
        ),
    ]


def test_masthead_over_a_date_line_is_not_an_item() -> None:
    """The newsletter's name over its date is the masthead, even though items may also have date lines."""
    body = (
        "# Quay Weekly\n\n*Saturday, 31 January 2026*\n\n## Kiel tests a solar ferry\n\n"
        "The ferry crosses the fjord on sun alone.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Kiel tests a solar ferry"]
    assert (split.edition.source, str(split.edition.date)) == ("Quay Weekly", "2026-01-31")


def test_bold_lead_in_with_text_is_not_metadata() -> None:
    """Under a heading, "**Title**: text" bullets are items of their own, not the heading's metadata."""
    body = (
        "## Ports\n\n- **Kiel tests a ferry**: It sails on 3 February 2026 from the fjord.\n"
        "- **Gdansk adds a berth**: The berth opens in May and takes ships of 400 metres.\n"
    )
    assert titles(split_text(body)) == ["Kiel tests a ferry", "Gdansk adds a berth"]


def test_quick_links_of_one_sentence_are_stories() -> None:
    """Short summary items (one or two sentences) are real stories, not fragments."""
    body = (
        "## Quick Links\n\n"
        "- [Kiel tests a solar ferry](https://example.com/kiel) The ferry crosses the fjord on sun alone.\n"
        "- [Gdansk adds a container berth](https://example.com/gdansk) It opens in May.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Kiel tests a solar ferry", "Gdansk adds a container berth"]
    assert split.stories[1].text == "It opens in May."


def test_a_one_word_bold_title_opens_the_next_item_of_a_titled_list() -> None:
    """ "**Orbit**: ..." after "**Tessaly 4**: ..." is the list's next item, not more of the first."""
    body = (
        "## Quick hits\n\n- **Tessaly 4**: Quorvane released Tessaly 4 with a one-million-token context.\n"
        "- **Orbit**: Orbit Payments opened an office in Lagos.\n"
    )
    split = split_text(body)
    assert len(split.stories) == 2
    assert split.stories[0].text == "Quorvane released Tessaly 4 with a one-million-token context."
    assert "Lagos" in split.stories[1].text


def test_a_label_at_the_level_of_the_sections_over_a_list_is_a_section_of_items() -> None:
    """ "## In brief" where "## Top story" heads a headline: its one-line items are a story each.

    A headline at that level over bullets ("## Zorvex opens a plant" with a list of what the
    plant makes) stays one story: it is a sentence, not a short label.
    """
    body = (
        "## Top story\n\n### Zorvex raises $40 million for robots\n\n"
        "Zorvex, a Berlin startup, raised $40 million to build delivery robots.\n\n"
        "## In brief\n\n- Marlow's GPU cloud was down for nine hours after a cooling failure.\n"
        "- Pellucid open-sourced Vireo, its speech recognition toolkit, under MIT.\n\n"
        "## Zorvex opens a plant in Leipzig\n\n- It makes delivery robots.\n- It employs 300 people.\n"
    )
    split = split_text(body)
    briefs = [s for s in split.stories if s.section == "In brief" and "Leipzig" not in s.title]
    assert [s.text.split()[0] for s in briefs] == ["Marlow's", "Pellucid"]
    assert "In brief" not in titles(split)
    plant = [s for s in split.stories if s.title == "Zorvex opens a plant in Leipzig"]
    assert len(plant) == 1
    assert "300 people" in plant[0].text


def test_a_short_opener_that_tells_news_titles_its_story() -> None:
    """ "OpenAI released GPT-5 today." over its detail is the title; "Now it's a cheese war." is not."""
    detail = "It scores 90% on the hardest reasoning benchmark and costs half as much per token."
    news = split_text(f"## Models\n\nOpenAI released GPT-5 today.\n\n{detail}\n")
    assert titles(news) == ["OpenAI released GPT-5 today"]
    aside = split_text(f"## Dairy\n\nNow it's a cheese war.\n\n{detail}\n")
    assert titles(aside) == ["It scores 90% on the hardest reasoning benchmark and costs half"]


def test_deal_lists_under_label_headings_are_a_story_per_deal() -> None:
    """An Axios-style edition: "## Venture capital deals" over bold-named deals is a section of
    one story per deal, so is a later label at that level over one deal; a numbered headline
    loses its number; "The big picture: ..." is the story's text, not a photo credit."""
    body = (
        "## 1 big thing: Zorvex's $40M bet\n\nZorvex, a Berlin startup, raised $40 million.\n\n"
        "**The big picture:** Investors poured $2 billion into delivery robotics last year.\n\n"
        "## 2. Marlow cloud outage\n\nMarlow's GPU cloud was down for nine hours in Oslo.\n\n"
        "## Venture capital deals\n\n"
        "- **Pellucid**, a Boston-based speech startup, raised $12M Series A. Lightspeed led.\n"
        "- **Brindle Labs**, a Lisbon-based robot arm maker, raised $80M Series C.\n\n"
        "## Private equity deals\n\n- **KKR** agreed to buy Quorvane, a Munich software maker, for $1.2B.\n"
    )
    split = split_text(body)
    assert "Marlow cloud outage" in titles(split)
    zorvex = next(s for s in split.stories if "Zorvex" in s.title)
    assert "$2 billion" in zorvex.text
    deals = [s for s in split.stories if s.section in {"Venture capital deals", "Private equity deals"}]
    assert [s.text.split()[0] for s in deals] == ["Pellucid,", "Brindle", "KKR"]
    assert deals[2].section == "Private equity deals"


def test_a_link_roundup_of_paragraphs_is_a_story_per_link_and_its_preheader_dates_it() -> None:
    """ "[Title](url) — summary (source)" paragraphs under label headings: one story each, none a
    table of contents; the dated part of a "·" preheader dates the edition."""
    body = (
        "# Link Lode — Issue 301\n\n"
        "*Wednesday, 18 March 2026 · The week's best reads on AI and software, curated by Sam*\n\n"
        "## Top picks\n\n"
        "[OpenAI releases o5-mini](https://o.example/a) — The small model matches last year's flagship"
        " at a fifth of the price (openai.com)\n\n"
        "[Postgres 19 beta adds columnar storage](https://p.example/b) — Analytical queries run up to"
        " 20x faster (postgresql.org)\n\n"
        "[Rust in the Linux kernel, three years on](https://l.example/c) — Maintainers weigh what"
        " worked and what still hurts (lwn.net)\n\n"
        "## Industry\n\n"
        "[Anthropic opens a Tokyo office](https://a.example/d) — The company plans to hire 100 people"
        " in Japan (anthropic.com)\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "OpenAI releases o5-mini",
        "Postgres 19 beta adds columnar storage",
        "Rust in the Linux kernel, three years on",
        "Anthropic opens a Tokyo office",
    ]
    assert [s.section for s in split.stories] == ["Top picks"] * 3 + ["Industry"]
    assert split.stories[1].url == "https://p.example/b"
    assert str(split.edition.date) == "2026-03-18"


@pytest.mark.parametrize(
    "note",
    [
        "Good morning, and welcome to the 112 new subscribers who joined since last week. Today's"
        " edition runs a bit long, so grab a coffee and settle in for the stories below.",
        "各位读者早上好！欢迎阅读本期《财经早知道》。今天我们关注新能源车价格战、半导体出口和消费复苏。",
        "Having trouble viewing this email? View it online",
        "⚠️ Can't load styles\n\nYou need a modern email client to view this email.\n"
        "Enable compatibility mode or read online.",
        "Guten Morgen, liebe Leserinnen und Leser, heute geht es um Zölle, Zinsen und einen Autobauer.",
        "The Stack Report is a reader-supported publication. To receive new posts and support my work,"
        " consider becoming a free or paid subscriber.",
    ],
)
def test_an_editor_s_note_and_platform_prompts_are_not_stories(note: str) -> None:
    """A greeting before the first story (any length), a view-online line, an HTML e-mail's notice
    for a client that cannot show it, Substack's prompt."""
    story = "## Kiel tests a solar ferry\n\nThe ferry crosses the fjord on sun alone, the port said.\n"
    body = f"{note}\n\n{story}"
    split = split_text(body)
    assert titles(split) == ["Kiel tests a solar ferry"]
    assert any(note[:20] in d.text for d in split.dropped)


@pytest.mark.parametrize("boxed", [False, True])
def test_underlined_plain_text_headlines_head_their_text(boxed: bool) -> None:
    """ "AWS RAISES EGRESS PRICES" over "=====" (or between two rules) is the headline of the
    paragraphs under it, not a separator cutting it off; front matter's closing "---" is not."""
    rule = "=" * 40
    head = (lambda t: f"{rule}\n{t}\n{rule}") if boxed else (lambda t: f"{t}\n{rule}")
    body = (
        f"{head('AWS RAISES EGRESS PRICES IN THREE REGIONS')}\n\n"
        "Amazon Web Services will raise data transfer prices by 12 percent\nin three regions.\n\n"
        "It is the first such increase in more than a decade.\n\n"
        f"{head('CLOUDFLARE BUYS AN OBSERVABILITY STARTUP')}\n\n"
        "Cloudflare has acquired Tracewell, a Berlin startup, for an undisclosed sum.\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "AWS RAISES EGRESS PRICES IN THREE REGIONS",
        "CLOUDFLARE BUYS AN OBSERVABILITY STARTUP",
    ]
    assert "first such increase" in split.stories[0].text
    assert parse_blocks("---\ntitle: Weekly\n---\n\nText.")[1].kind is not Kind.HEADING


def test_paragraphs_headed_by_a_bold_sentence_are_a_story_each() -> None:
    """ "**Oil fell below $60.** Brent crude ..." under "## TOUR DE HEADLINES": one story each;
    "**Why it matters:** ..." under a headline stays that story's text."""
    body = (
        "## TOUR DE HEADLINES\n\n"
        "**Oil fell below $60.** Brent crude dropped to its lowest level since 2021.\n\n"
        "**Disney named a new CEO.** The company picked parks chief Josh D'Amaro to succeed Bob Iger.\n\n"
        "## Zorvex raises $40 million\n\n**Why it matters:** Delivery robots have few paying customers.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Oil fell below $60", "Disney named a new CEO", "Zorvex raises $40 million"]
    assert split.stories[0].section == "TOUR DE HEADLINES"
    assert "few paying customers" in split.stories[2].text


def test_an_email_platform_edition_drops_its_sponsor_card_and_links_its_stories(tmp_path: Path) -> None:
    """A Beehiiv-style HTML email: "Presented by X" over a headline drops that headline's card (its
    "Book a demo" button is no section), "Read more →" gives each story its link, "Click to
    Share" is a prompt."""
    card = (
        '<table><tr><td><h2>{title}</h2><p>{text}</p><p><a href="https://p.example/r/{slug}">Read more →</a>'
        "</p></td></tr></table>"
    )
    html = (
        "<html><body><p>Tuesday, March 10, 2026 · Issue #87</p>"
        "<table><tr><td><p>Presented by Ledgerline</p><h2>Close your books in 3 days, not 3 weeks</h2>"
        "<p>Ledgerline automates reconciliation for finance teams at fast-growing startups everywhere.</p>"
        '<p><a href="https://ledgerline.example/?utm_source=p">Book a demo →</a></p></td></tr></table>'
        + card.format(
            title="Klarna wins a US bank charter",
            slug="klarna",
            text="The OCC granted Klarna a national bank charter on Monday, the regulator said.",
        )
        + card.format(
            title="Revolut launches in the US",
            slug="revolut",
            text="Revolut relaunched its US app with free checking and a savings tier.",
        )
        + '<p><a href="https://p.example/subscribe?ref=AbC&amp;share=1">Click to Share</a></p></body></html>'
    )
    path = tmp_path / "pulse.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == ["Klarna wins a US bank charter", "Revolut launches in the US"]
    assert [s.url for s in split.stories] == ["https://p.example/r/klarna", "https://p.example/r/revolut"]
    assert {s.section for s in split.stories} == {None}
    assert reasons(split)["Close your books in 3 days, not 3 weeks"] is DropReason.SPONSOR


def test_a_blog_post_edition_keeps_the_headline_after_its_subscribe_button() -> None:
    """Substack-style: "Subscribe now" owns no headline after it, like/comment counters are no
    section, a subtitle over the editor's greeting is no story, a long sign-off is no story's text."""
    body = (
        "### Plus: a Figma layoff and why everyone wants nuclear\n\n♥ 214 38 Share\n\n"
        "Good morning, and welcome to the 112 new subscribers who joined since last week. Today's"
        " edition runs a bit long, so grab a coffee.\n\n"
        "## Figma cuts 8% of staff\n\nFigma said it would cut 8 percent of its staff on Tuesday.\n\n"
        "Subscribe now\n\n"
        "### Everyone is buying nuclear now\n\nMeta signed a 20-year agreement to buy power from a planned"
        " small reactor in Ohio, the company said.\n\n"
        "That's it for today. If you enjoyed this, forward it to a friend, it's the single best way to"
        " help The Stack Report grow.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Figma cuts 8% of staff", "Everyone is buying nuclear now"]
    assert {s.section for s in split.stories} == {None}
    assert "forward it" not in split.stories[1].text


def test_topic_labels_over_nested_items_name_their_items_and_chrome_words_are_known() -> None:
    """ "- **Chips**" over nested items is their topic, not a story; "## Open roles", "## Trivia",
    a tagline, a disclaimer, Chinese ads and comment prompts are chrome."""
    body = (
        "# AI Supply Chain Brief — March 27, 2026\n\n"
        "A weekly briefing on chips, cloud capacity and the companies in between.\n\n"
        "## This week's stories\n\n- **Chips**\n"
        "  - **TSMC raises capex guidance to $48 billion.** Demand for its 2nm process outstrips supply.\n"
        "  - **Samsung wins HBM4 qualification at Nvidia.** Its 12-layer HBM4 passed the tests.\n"
        "- **Policy**\n"
        "  - **US tightens export rules on packaging tools.** Commerce added the equipment to its list.\n\n"
        "## Open roles\n\n- Senior Supply Chain Analyst, Lambda (Remote)\n- Hardware Program Manager\n\n"
        "## Trivia\n\nWhich US state produces the most maple syrup? (Answer at the bottom.)\n\n"
        "## 📢 广告\n\n【合作推广】云帆数据：企业级数据中台解决方案，现在预约演示。\n\n"
        "## 消费\n\n美团和京东的外卖补贴战进入第四个月，两家公司本季度补贴投入合计可能超过 200 亿元。\n\n"
        "你认为补贴战还会持续多久？欢迎在评论区留言。\n\n本文仅供参考，不构成投资建议。\n"
    )
    split = split_text(body)
    assert [(s.title, s.section) for s in split.stories[:3]] == [
        ("TSMC raises capex guidance to $48 billion", "Chips"),
        ("Samsung wins HBM4 qualification at Nvidia", "Chips"),
        ("US tightens export rules on packaging tools", "Policy"),
    ]
    assert len(split.stories) == 4
    assert split.stories[3].section == "消费"
    assert "留言" not in split.stories[3].text


def test_a_boxed_plain_text_masthead_names_the_edition_and_a_file_name_loses_its_date() -> None:
    """ "INFRA WEEKLY" over its tagline and "Issue 214 -- March 16, 2026": the name is the source
    (not "Issue 214"); a masthead naming nothing leaves the file name without its date."""
    rule = "=" * 60
    story = (
        "\n\nAWS RAISES PRICES\n=================\n\nAmazon will raise prices by 12 percent in April.\n"
        "\nCLOUDFLARE BUYS TRACEWELL\n=========================\n\nCloudflare bought a Berlin startup.\n"
    )
    box = ("          INFRA WEEKLY", "  Cloud, networks and the people", "     Issue 214 -- March 16, 2026")
    boxed = "\n".join((rule, *box, rule))
    split = split_text(boxed + story, path="infra-weekly-2026-03-16.txt")
    assert (split.edition.source, str(split.edition.date)) == ("INFRA WEEKLY", "2026-03-16")
    assert titles(split) == ["AWS RAISES PRICES", "CLOUDFLARE BUYS TRACEWELL"]
    bare = split_text(story.lstrip(), path="/letters/infra-weekly-2026-03-16.txt")
    assert bare.stories[0].source == "infra-weekly"


def test_a_markets_table_a_data_footnote_and_a_signature_are_not_stories() -> None:
    """Table rows, "Stock data as of market close ...", and "— Priya Desai, Tom Whitfield" under
    the editor's note are ledger entries; the story after them keeps its title."""
    body = (
        "Good morning. The average office worker now gets 121 emails a day.\n\n"
        "— Priya Desai, Tom Whitfield\n\n"
        "| Index | Close | Change |\n|---|---|---|\n"
        "| Nasdaq | 19,842.10 | +1.2% |\n| Bitcoin | $91,240 | -2.3% |\n\n"
        "*Stock data as of market close, cryptocurrency data as of 5:00pm ET.*\n\n"
        "## Costco's membership fee bet pays off\n\nCostco reported a 9% jump in membership fee income.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Costco's membership fee bet pays off"]
    assert split.stories[0].section is None
    assert {d.detail for d in split.dropped} >= {"table row", "data footnote", "signature"}


def test_an_edition_sponsor_credit_is_no_card_and_a_sponsor_message_covers_only_its_ad() -> None:
    """ "Presented by Acme Pharma" over a story that never names Acme credits the edition's
    sponsor: the story stays. "**A message from Chevron**" covers its ad up to the next heading;
    "## From our partners" is a sponsor's item; "## 5. 1 fun thing" loses its number."""
    body = (
        "# Capitol Brief\n\nThursday, April 16, 2026\n\nPresented by Acme Pharma\n\n"
        "## Farm bill returns\n\nHouse Agriculture Chair Glenn Thompson unveiled a revised farm bill.\n\n"
        "**A message from Chevron**\n\n**Energy that moves America forward**\n\n"
        "From the Permian to the Gulf, Chevron is producing more American energy than ever.\n\n"
        "## 5. 1 fun thing: The return of the flip phone\n\nGen Z buys dumb phones in record numbers.\n\n"
        "## From our partners\n\nPatagonia Provisions: regenerative organic food for your next trip.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Farm bill returns", "1 fun thing: The return of the flip phone"]
    assert reasons(split)["From our partners"] is DropReason.SPONSOR


def test_a_dated_sentence_or_a_headline_with_a_year_below_the_masthead_is_news() -> None:
    """After the dateline, "Government funding runs out on May 1." is a story's text and "APPLE
    PUSHES FOLDABLE IPHONE TO 2027 ..." a headline: neither dates nor names the edition."""
    body = (
        "# Capitol Brief\n\nThursday, April 16, 2026\n\n## Farm bill returns\n\n"
        "House Agriculture Chair Glenn Thompson unveiled a revised farm bill on Wednesday.\n\n"
        "## The shutdown clock\n\nGovernment funding runs out on May 1. The Speaker is six votes short.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Farm bill returns", "The shutdown clock"]
    assert str(split.edition.date) == "2026-04-16"
    caps = (
        "HEADLINES & LAUNCHES\n\nFIGMA FILES FOR A SECOND IPO ATTEMPT (2 MINUTE READ)\n\n"
        "Figma filed confidentially with the SEC, six months after pulling its first listing.\n\n"
        "APPLE PUSHES FOLDABLE IPHONE TO 2027 AFTER HINGE YIELD PROBLEMS (3 MINUTE READ)\n\n"
        "Apple has told suppliers it will delay its first foldable iPhone by at least six months.\n"
    )
    plain = split_text(caps, path="tldr.txt")
    assert titles(plain)[1] == "APPLE PUSHES FOLDABLE IPHONE TO 2027 AFTER HINGE YIELD PROBLEMS"
    assert plain.stories[0].source != "APPLE PUSHES FOLDABLE IPHONE TO"


def test_linked_titles_with_comment_counts_are_a_story_each() -> None:
    """Hacker Newsletter style: "[Title](url) ([412 comments](...))" paragraphs, three in a row or
    one alone under its heading, are stories with their links, not a table of contents."""
    item = "[{t}](https://{d}.example/a) ([{n} comments](https://news.example/item?id={n}))\n\n"
    body = (
        "## #Favorites\n\n"
        + item.format(t="Why I write my own migrations by hand", d="brandur", n=412)
        + item.format(t="The Linux kernel drops i486 support", d="lwn", n=287)
        + item.format(t="SQLite is faster than the filesystem, again", d="sqlite", n=198)
        + "## #Design\n\n"
        + item.format(t="The forgotten art of the status bar", d="nngroup", n=57)
    )
    split = split_text(body)
    assert titles(split) == [
        "Why I write my own migrations by hand",
        "The Linux kernel drops i486 support",
        "SQLite is faster than the filesystem, again",
        "The forgotten art of the status bar",
    ]
    assert [s.url for s in split.stories][1] == "https://lwn.example/a"
    assert split.stories[3].section == "Design"


def test_a_text_email_s_link_number_and_reading_time_leave_its_headlines() -> None:
    """ "FIGMA FILES FOR A SECOND IPO ATTEMPT (2 MINUTE READ) [15]" is titled without both; an
    index glued to a word ("a[1]") stays."""
    assert clean_title("FIGMA FILES FOR A SECOND IPO ATTEMPT (2 MINUTE READ) [15]") == (
        "FIGMA FILES FOR A SECOND IPO ATTEMPT"
    )
    assert clean_title("Array access a[1]") == "Array access a[1]"


def test_bylines_credits_captions_and_a_label_over_lead_in_items() -> None:
    """A byline of two names, an aggregator's "Author / Outlet:" credit and its "More:" links, a
    caption under a picture and a "Source:" credit are chrome; a bold capitals label over
    "**Crypto bill clears a hurdle:** ..." paragraphs is their section, each a story."""
    body = (
        "**By RACHAEL BADE and EUGENE DANIELS**\n\n"
        "**WHAT WE'RE WATCHING ON THE HILL**\n\n"
        "**Crypto bill clears a hurdle:** The Senate Banking Committee advanced the stablecoin bill.\n\n"
        "**Farm bill, again:** House Agriculture Chair Glenn Thompson unveiled a revised farm bill.\n\n"
        "Mark Gurman / Bloomberg:\n\n"
        "[Apple delays its smart home hub to 2027](https://b.example/a) — Apple has pushed back the"
        " launch of its smart home display, people familiar said.\n\n"
        "More: The Verge and 9to5Mac\n\n"
        "## Glacier retreat doubled since 2015\n\n![Aerial view](https://img.example/g.jpg)\n\n"
        "*The Perito Moreno glacier, seen from the air in March.*\n\n"
        "A survey of 1,200 glaciers found that the rate of ice loss has doubled.\n\n"
        "Source: Nature Geoscience\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "Crypto bill clears a hurdle",
        "Farm bill, again",
        "Apple delays its smart home hub to 2027",
        "Glacier retreat doubled since 2015",
    ]
    assert split.stories[0].section == "WHAT WE'RE WATCHING ON THE HILL"
    assert split.stories[3].text == "A survey of 1,200 glaciers found that the rate of ice loss has doubled."
    details = {d.detail for d in split.dropped}
    assert details >= {"byline", "photo caption", "source credit", "related links"}


@pytest.mark.parametrize(
    ("masthead", "name"),
    [
        ("AI Digest for 6/9/2025-6/10/2025", "AI Digest"),
        ("AI Digest for 6/10/2025-6/11/2025", "AI Digest"),
        ("Harbor Brief #42", "Harbor Brief"),
        ("Harbor Brief 2026-02-03", "Harbor Brief"),
        ("Morning Wire, Tuesday 3 Feb 2026", "Morning Wire"),
        ("Weekly Wrap: week of June 2, 2025", "Weekly Wrap"),
        ("The Batch", "The Batch"),
        ("Gemini 2.5 Pro upgrade", "Gemini 2.5 Pro upgrade"),
        ("财经早知道 · 第 58 期", "财经早知道"),
        ("infra-weekly-2026-03-16", "infra-weekly"),
    ],
)
def test_publication_name_drops_dates_and_issue_numbers(masthead: str, name: str) -> None:
    """One publication, one source: dates, date ranges and issue numbers are not part of the name."""
    assert publication_name(masthead) == name


def test_editions_of_one_publication_share_a_source() -> None:
    """Two editions whose masthead gives different date ranges are one source; "today" in the
    editor's title above the dateline is no date of a name ("It's Lisbon's turn today")."""
    sources = set()
    # The line over the dateline is the editor's title: a sentence, or one that ends in "today".
    for days, title in (
        ("6/9/2025-6/10/2025", "A quiet day."),
        ("6/10/2025-6/11/2025", "It's Lisbon's turn today"),
    ):
        body = (
            f"**{title}**\n\n> Harbor Recap for {days}. We read 9 forums and 29 chats for you.\n\n"
            "## Ports\n\n### Lisbon tests cranes\n\nThe cranes moved containers for a week.\n"
        )
        dated = Edition(path="edition.md", format=Format.MARKDOWN, date=dt.date(2025, 6, 11))  # front matter
        sources.add(split_text(body).edition.source)
        sources.add(split_document(Document(dated, body), ReadSettings()).edition.source)
    assert sources == {"Harbor Recap"}


def test_html_in_markdown_is_markup() -> None:
    """Tags go, paragraphs stay apart, links become Markdown links; prose with "<" is left alone."""
    body = '<p>First <b>bold</b> and <a href="https://example.com/x">a link</a>.</p><p>Second.</p>'
    assert strip_html(body).strip() == "First bold and [a link](https://example.com/x).\n\nSecond."
    assert strip_html("If a < b and c > d, nothing changes.") == "If a < b and c > d, nothing changes."
    assert heading_metadata("# Source: Quay Feed, URL: https://quay.example.com/rss\n\n## A") == (
        "Quay Feed",
        "https://quay.example.com/rss",
    )
    assert heading_metadata("# Ports: the week ahead\n") == (None, None)


def _alnum(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


_LAYOUT_LINE = st.sampled_from(
    [
        "## Quick Links",
        "### Ports",
        "[### Pelican Cloud: managed queues (Sponsor)](https://pelican.example.com/)",
        "[### Lisbon port tests driverless cranes (2 minute read)](https://news.example.com/lisbon)",
        "Driverless cranes moved empty containers between two berths for a week.",
        "Lisbon cranes 🏗️, Rotterdam tugs ⚓, Hamburg rail 🚆",
        "## Harbor Devs ▷ #general (53 messages🔥):",
        "> `Crane firmware, Tug batteries, Rail timetables`",
        "- **Crane firmware 2.1 ships**: The maintainers released firmware 2.1.",
        "   - Several members confirmed the fix.",
        "user_123: hi guys",
        "The Quay Discord has no new messages.",
        "- link: https://example.com/item",
        "- date published: 2026-02-03",
        "<p>A paragraph in <b>HTML</b>.</p>",
        "🚀",
        "###",
        "",
        "---",
    ]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(_LAYOUT_LINE, st.text(max_size=40)), max_size=30))
def test_splitting_never_loses_a_block(lines: list[str]) -> None:
    """On any mix of these layouts, every block ends in a story (title, text, section) or the ledger."""
    body = "\n".join(lines)
    split = split_text(body)
    kept = " ".join(_alnum(f"{s.title} {s.text} {s.section or ''} {s.source}") for s in split.stories)
    kept += " " + " ".join(_alnum(d.text) for d in split.dropped)
    for block in parse_blocks(body):
        probe = _alnum(strip_link_suffix(strip_read_more(block.text)))[:200]
        assert probe in kept, f"lost: {block.text[:80]!r}"


@pytest.mark.parametrize(
    ("headline", "shown"),
    [
        (
            "Claude Opus 4.5 debuts at #1 on a WebDev leaderboard (leaderboard, ~0.5k)",
            "Claude Opus 4.5 debuts at #1 on a WebDev leaderboard",
        ),
        (
            "Anthropic on long-running agent harnesses (post, ~1.8k)",
            "Anthropic on long-running agent harnesses",
        ),
        ("Docs site relaunched (~2.3k)", "Docs site relaunched"),
        ("Startup raises $5M (Series A)", "Startup raises $5M (Series A)"),
        ("Costs drop (~50%)", "Costs drop (~50%)"),
        ("OpenAI Business Breakdown (4 hour read)", "OpenAI Business Breakdown"),
        ("Claude outage (24 hours)", "Claude outage (24 hours)"),
        ("Scores on ARC (~87)", "Scores on ARC (~87)"),
        ("Foo ships (post, ~1.8k) (link)", "Foo ships"),
    ],
)
def test_link_labels_with_engagement_counts_leave_headlines(headline: str, shown: str) -> None:
    """A recap's "(post, ~1.8k)" (a link's label and its engagement) is no part of the headline."""
    assert strip_link_suffix(headline) == shown
    assert derive_title(headline) == shown


def test_link_markers_are_read_in_linear_time() -> None:
    """A run of "N hour," parts that ends in no marker is read once (two ways to read "hours"
    made it exponential: 18 s for 22 parts)."""
    text = "Foo (" + "1 hour, " * 40 + "x)"
    assert strip_link_suffix(text) == text
    assert derive_title("(video)") == "(video)"  # a marker alone stays a title


def test_a_headline_about_a_mail_app_is_no_client_notice() -> None:
    """ "Readers need a new mail app to read encrypted messages" is news, not the notice an HTML
    e-mail prints for a client that cannot show it ("You need a modern email client to view this")."""
    body = "## Readers need a new mail app to read encrypted messages\n\nThe change lands in June.\n"
    assert titles(split_text(body)) == ["Readers need a new mail app to read encrypted messages"]
