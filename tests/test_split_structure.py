"""Structure inside and around stories, from a blind probe's minimal reproducers (texts invented).

Label lines, sub-headings and bold labels inside a story stay in it; runs of
linked titles and items titled "Title: text" are one story each; a sponsor's
label takes its own text; an editor's note runs from the greeting to the first
headline; the edition's own notes (polls, referrals, podcast and licence notes)
go to the ledger in English, Spanish and Japanese; a feed entry that lists
linked items is split like an edition.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.settings import ReadSettings
from digest.split.blocks import plain
from digest.split.chrome import block_verdict
from digest.split.splitter import split_document


def split_text(body: str, path: str = "edition.md") -> Split:
    """Split ``body`` as one Markdown edition."""
    return split_document(Document(Edition(path=path, format=Format.MARKDOWN), body), ReadSettings())


def split_file(path: Path) -> list[Split]:
    """Read and split every edition of one file the way ``digest compile`` does."""
    documents = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    return [split_document(document, ReadSettings()) for document in documents]


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


def reasons(split: Split) -> dict[str, DropReason]:
    """Ledger text -> reason."""
    return {d.text: d.reason for d in split.dropped}


def test_label_lines_under_a_heading_stay_in_its_story(tmp_path: Path) -> None:
    """ "The News" and "Know More" printed as plain lines under an h2 are labels inside its story, and
    an item's number on a line of its own over the h2 is not a section."""
    html = (
        "<html><body><p>1</p><h2>Harbour cranes go electric in Mombasa</h2><p>The News</p>"
        "<p>Mombasa port switched its twelve container cranes to grid power on Monday, saving 9,000 "
        "litres of diesel a day.</p><p>Know More</p><p>The port buys its power from the Olkaria "
        "geothermal plants.</p><p>2</p><h2>Accra adds a second airport runway</h2><p>The News</p>"
        "<p>Ghana's airport authority opened a 3.6-kilometre runway at Kotoka on Tuesday.</p>"
        "<p>The View From the Tower</p><p>Controllers expect 20% more landings by June.</p></body></html>"
    )
    path = tmp_path / "wire.html"
    path.write_text(html, encoding="utf-8")
    (split,) = split_file(path)
    assert titles(split) == ["Harbour cranes go electric in Mombasa", "Accra adds a second airport runway"]
    assert [s.section for s in split.stories] == [None, None]
    assert "Olkaria" in split.stories[0].text
    assert "20% more landings" in split.stories[1].text
    assert reasons(split)["1"] is DropReason.NAVIGATION


@pytest.mark.parametrize(
    "label",
    [
        "**Why it matters:**\nFerry operators said the old fares kept boats half empty.",
        "**The details:**\n\n- Fares fall 40% on weekdays.\n- The cut lasts until 2028.",
        "**By the numbers:**\n\n- Fares fall 40% on weekdays.\n- Ridership rose 12% in the trial.",
    ],
)
def test_a_bold_label_alone_on_its_line_stays_in_the_story(label: str) -> None:
    """A bold "Label:" line under a headline introduces more of that story, never a story of its own
    (nor a byline: "By the numbers" names no one)."""
    body = (
        "### Oslo halves its ferry fares\n\nThe city council voted 31-28 on Tuesday to halve fares.\n\n"
        f"{label}\n\n### Bergen opens a bike tunnel\n\nThe 1.2 km tunnel opened on Monday.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Oslo halves its ferry fares", "Bergen opens a bike tunnel"]
    assert "40%" in split.stories[0].text or "half empty" in split.stories[0].text
    assert label.partition("\n")[0].strip("*") in split.stories[0].text  # kept, not a byline


def test_linked_titles_in_a_row_are_one_story_each() -> None:
    """Paragraphs that are each one linked title, bylines or not, are items with their links: none is
    a section over the next, and the last is not dropped for having no text."""
    body = (
        "**Also from the Quay Report**\n\n"
        "[Tidewater Freight Tells Investors Volumes Will Double](https://qr.example/tidewater)\n"
        "By Ines Mora\n\n"
        "[Harbourline's Chief Executive Steps Down](https://qr.example/harbourline)\n\n"
        "[Pelican Shipyards Wins $300 Million Navy Order](https://qr.example/pelican)\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "Tidewater Freight Tells Investors Volumes Will Double",
        "Harbourline's Chief Executive Steps Down",
        "Pelican Shipyards Wins $300 Million Navy Order",
    ]
    assert [s.url for s in split.stories] == [
        "https://qr.example/tidewater",
        "https://qr.example/harbourline",
        "https://qr.example/pelican",
    ]
    assert {s.section for s in split.stories} == {"Also from the Quay Report"}
    assert titles(split_text(body.split("\n\n", 1)[1])) == titles(split)


def test_a_blank_line_under_a_heading_does_not_end_its_story() -> None:
    """In a body whose paragraphs are lines with no blank between them, a blank line ends a story,
    but not the blank line between a heading and its first line."""
    body = (
        "## Mombasa cranes go electric\n\n"
        "Mombasa port switched twelve container cranes to grid power on Monday.\n"
        "The cranes had burned 9,000 litres of diesel a day.\n"
        "The port buys its power from geothermal plants.\n"
        "Two more cranes follow in May.\n\n"
        "## Accra opens a runway\n\n"
        "Ghana's airport authority opened a 3.6 km runway on Tuesday.\n"
        "Controllers expect 20% more landings.\n"
        "The runway cost $240 million.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Mombasa cranes go electric", "Accra opens a runway"]
    assert "geothermal" in split.stories[0].text


def test_a_titled_item_does_not_swallow_the_plain_items_after_it() -> None:
    """ "- Vinyl is back: ..." is one item of the list; the plain sentences after it are items too."""
    body = (
        "## Quick hits\n\n"
        "- Vinyl is back: Record shops in Leeds sold 22% more LPs in 2026.\n"
        "- Tollund Motors cut its city car's price by €1,500.\n"
        "- Fjordpay won a Norwegian banking licence.\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "Vinyl is back",
        "Tollund Motors cut its city car's price by €1,500",
        "Fjordpay won a Norwegian banking licence",
    ]


def test_sub_headings_of_an_essay_stay_in_it() -> None:
    """H3s under one H2 of an edition whose other H2s have none are parts of that story (an essay)."""
    body = (
        "## Tidewater and the Port Operator's Bind\n\n"
        "Tidewater said it would sell its tug fleet and keep only its terminals, booking a $1.1 billion"
        " loss.\n\n"
        "### The Terminal Trap\n\nThe trouble is that terminals earn only what ships bring them.\n\n"
        "### What Comes Next\n\nExpect the tug buyers to raise prices within a year.\n\n"
        "## Other News\n\n"
        "- Pelican Shipyards [won a navy order](https://pelican.example/navy) worth $300 million.\n"
        "- Harbourline named a new chief executive, its third in two years.\n"
    )
    split = split_text(body)
    assert titles(split)[0] == "Tidewater and the Port Operator's Bind"
    assert "The Terminal Trap" not in titles(split)
    assert "tug buyers" in split.stories[0].text
    assert len(split.stories) == 3


def test_sections_of_headlines_keep_their_headlines() -> None:
    """When every H2 has H3s under it, the H2s are sections and the H3s the stories."""
    body = (
        "## Ports\n\n### Mombasa cranes go electric\n\nThe port switched twelve cranes to grid power.\n\n"
        "## Airports\n\n### Accra opens a runway\n\nThe 3.6 km runway opened on Tuesday.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Mombasa cranes go electric", "Accra opens a runway"]
    assert [s.section for s in split.stories] == ["Ports", "Airports"]


def test_a_partner_label_takes_its_own_text_not_the_story_above(tmp_path: Path) -> None:
    """ "In partnership with X" over a paragraph naming X is the sponsor's card: it goes to the ledger
    and its link never becomes the story above's link."""
    html = (
        "<html><body><h2>Kigali opens a cable car line</h2><p>The 4 km line carries 2,000 riders an hour"
        " across the valley.</p><p>In partnership with Condor Cargo</p><p>Condor Cargo now flies twice a"
        ' day from Kigali to Doha. <a href="https://condor.example/kgl">See the timetable</a></p>'
        "<h2>Lusaka tests a bus lane</h2><p>The lane runs 6 km along Cairo Road.</p></body></html>"
    )
    path = tmp_path / "wire.html"
    path.write_text(html, encoding="utf-8")
    (split,) = split_file(path)
    assert titles(split) == ["Kigali opens a cable car line", "Lusaka tests a bus lane"]
    assert split.stories[0].url is None
    assert "Condor" not in split.stories[0].text
    ledger = reasons(split)
    assert ledger["In partnership with Condor Cargo"] is DropReason.SPONSOR
    assert any(
        text.startswith("Condor Cargo now flies") and r is DropReason.SPONSOR for text, r in ledger.items()
    )


def test_a_greeting_line_opens_the_editor_note_up_to_the_first_headline() -> None:
    """ "Good morning," on its own line: the paragraphs after it up to the first headline, and the
    line handing over to the stories ("On to the update:"), are the editor's note."""
    body = (
        "Good morning,\n\n"
        "Today's issue is mostly about Tidewater and the end of the tug business; a short round-up"
        " follows.\n\n"
        "On to the update:\n\n"
        "## Tidewater sells its tugs\n\nTidewater said it would sell its 40 tugs for $600 million.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Tidewater sells its tugs"]
    assert split.stories[0].section is None
    assert reasons(split)["On to the update:"] is DropReason.BOILERPLATE


def test_a_greeting_over_headless_paragraphs_keeps_them() -> None:
    """With no headline anywhere below, the paragraphs after a greeting are the stories themselves."""
    body = "Hi all,\n\nTidewater said on Monday it would sell its 40 tugs for $600 million.\n"
    split = split_text(body)
    assert len(split.stories) == 1


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Today's sponsor: Quayside CRM", DropReason.SPONSOR),
        ("POLL: Would you ride an electric ferry to work? Reply YES or NO.", DropReason.POLL),
        ("📊 What did you think of today's email?", DropReason.POLL),
        ("You've referred 0 friends so far. Refer 3 friends and get our tote bag.", DropReason.PROMOTION),
        ("📬 Like what you read? Forward this to a friend who follows shipping.", DropReason.PROMOTION),
        ("This issue will be available as a podcast later today.", DropReason.BOILERPLATE),
        (
            "The Quay Report is intended for a single recipient; ask us about a group discount.",
            DropReason.BOILERPLATE,
        ),
        ("See all 85 open roles →", DropReason.JOBS),
        ("612 points by quaydev · 231 comments", DropReason.BOILERPLATE),
        ("Edited by Ines Mora. Copy edited by Tom Ecker.", DropReason.BOILERPLATE),
        ("¿No ves bien este correo? Ábrelo en tu navegador", DropReason.FOOTER),
        ("PATROCINADO", DropReason.SPONSOR),
        ("Lee más →", DropReason.NAVIGATION),
        ("¿Qué te pareció esta edición?", DropReason.POLL),
        ("¿Te gustó? Reenvíalo a un amigo.", DropReason.PROMOTION),
        ("Darse de baja · Preferencias", DropReason.FOOTER),
        ("【PR】港湾クラウドなら「カンタン港」", DropReason.SPONSOR),
        ("今週のメルマガはいかがでしたか？", DropReason.POLL),
        ("こんにちは、編集部の田中です。", DropReason.BOILERPLATE),
        ("▶ 詳しくはこちら https://news.example.jp/port", DropReason.NAVIGATION),
    ],
)
def test_the_edition_own_notes_are_chrome(text: str, reason: DropReason) -> None:
    """Sponsor headings, polls, referral and forward prompts, podcast and licence notes, job links,
    score lines and read-more calls, in English, Spanish and Japanese, each with its reason."""
    verdict = block_verdict(text)
    assert verdict is not None
    assert verdict.reason is reason


def test_chrome_headings_take_their_text_along() -> None:
    """A sponsor heading, a poll heading over its answer links and a share heading over a referral
    prompt leave no story."""
    body = (
        "## Tidewater sells its tugs\n\nTidewater said it would sell its 40 tugs for $600 million.\n\n"
        "## Today's sponsor: Quayside CRM\n\n"
        "Quayside CRM tracks every berth booking in one place. Try it free.\n\n"
        "## 📊 What did you think of today's email?\n\n"
        "[🔥 Loved it](https://qr.example/poll?v=3) · [😐 It was OK](https://qr.example/poll?v=2)\n\n"
        "## 🎁 Share The Quay Report\n\n"
        "You've referred **0** friends so far. Refer 3 friends and get our tote bag.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Tidewater sells its tugs"]


def test_a_read_more_line_with_its_address_links_the_story_above() -> None:
    """ "▶ 詳しくはこちら URL" on its own under a story is that story's link, not a section; a Japanese
    headline is no one-word topic label for having no spaces."""
    body = (
        "## モンバサ港、クレーンを電化\n\n"
        "モンバサ港は16日、コンテナクレーン12基を電化したと発表した。軽油の使用量は1日9,000リットル減る。\n\n"
        "▶ 詳しくはこちら https://news.example.jp/mombasa\n\n"
        "## アクラ空港、第2滑走路を開業\n\n"
        "アクラ空港は17日、全長3.6キロの第2滑走路を開業した。着陸回数は2割増える見通しだ。\n\n"
        "▶ 詳しくはこちら https://news.example.jp/accra\n"
    )
    split = split_text(body)
    assert titles(split) == ["モンバサ港、クレーンを電化", "アクラ空港、第2滑走路を開業"]
    assert [s.url for s in split.stories] == [
        "https://news.example.jp/mombasa",
        "https://news.example.jp/accra",
    ]


_FEED = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Quay Links</title><id>https://ql.example/</id>
<updated>2026-11-22T07:00:00Z</updated>
<entry><title>Quay Links for Saturday</title><link href="https://ql.example/2026-11-21"/>
<id>https://ql.example/2026-11-21</id><updated>2026-11-21T07:00:00Z</updated>
<content type="html"><![CDATA[<ol>
<li><a href="https://a.example/cranes">Electric cranes, two years on</a> (a.example)<br>
<small>412 points by quaydev · 98 comments</small></li>
<li><a href="https://b.example/tugs">Why tug fleets are for sale</a></li>
</ol>]]></content></entry>
<entry><title>Programming note: no links on Thursday</title><link href="https://ql.example/note"/>
<id>https://ql.example/note</id><updated>2026-11-20T07:00:00Z</updated>
<content type="html"><![CDATA[<p>There will be no Quay Links on Thursday.
See <a href="https://ql.example/">the archive</a>.</p>]]></content></entry>
</feed>
"""


def test_a_feed_entry_listing_linked_items_is_split_like_an_edition(tmp_path: Path) -> None:
    """An entry whose content is a list of linked titles gives a story per item, with its link; an
    entry of prose stays one story titled by the entry."""
    path = tmp_path / "links.atom"
    path.write_text(_FEED, encoding="utf-8")
    links, note = split_file(path)
    assert titles(links) == ["Electric cranes, two years on", "Why tug fleets are for sale"]
    assert [s.url for s in links.stories] == ["https://a.example/cranes", "https://b.example/tugs"]
    assert titles(note) == ["Programming note: no links on Thursday"]


def test_a_label_over_one_linked_item_is_its_section() -> None:
    """ "## Other News" over one sentence that links its own story: the item is a story under the
    section, not a story titled "Other News" (a label over a headline's bullets stays a headline)."""
    body = (
        "## Nimbus quits headsets\n\nNimbus is folding its consumer headset division into enterprise.\n\n"
        "## Other News\n\n"
        "- Sable Cloud [cut prices](https://sablecloud.example/p) on its GPU instances by 30%.\n"
    )
    stories = split_text(body).stories
    assert [(s.title, s.section) for s in stories] == [
        ("Nimbus quits headsets", None),
        ("Sable Cloud cut prices on its GPU instances by 30%", "Other News"),
    ]
    assert stories[1].url == "https://sablecloud.example/p"


def test_underscores_inside_a_word_are_no_bold_marks() -> None:
    """A handle ending in underscores ("@alexalbert__") keeps them; "__bold__" between spaces is bold."""
    text = "per [@omarsar0](https://x.com/a), [@alexalbert__](https://x.com/b)) and __Skills__ spread"
    assert plain(text) == "per @omarsar0, @alexalbert__) and Skills spread"
    assert plain("**Bold** and *italic* and snake_case__name") == "Bold and italic and snake_case__name"


def test_emphasis_inside_emphasis_loses_every_mark() -> None:
    """Italics around bold ("*a bunch of **Blackwells** together*") and bold around italics lose both
    pairs of marks: the summary never prints a literal asterisk where the source set italics."""
    text = "Members are *imagining a row of **Sparrow** boards wired together* like in [this post](https://x.example/p)."
    assert plain(text) == "Members are imagining a row of Sparrow boards wired together like in this post."
    assert plain("**Bold with *italic* inside** and _a __b__ c_") == "Bold with italic inside and a b c"


def test_a_linked_title_set_in_bold_is_the_whole_title() -> None:
    """ "**[DGX Spark: an unpopular opinion](https://forum.example/dgx_spark_opinion/)** (Activity: 1048):
    ...": the colon inside the link is the title's own, and the address's underscores are no marks."""
    split = split_text(
        "### Desk computers\n\n"
        "- **[DGX Spark: an unpopular opinion](https://forum.example/r/1/dgx_spark_an_opinion/)** "
        "(Activity: 1048): The post argues the desk unit suits small labs.\n"
        "- **[I was wrong about local models…](https://forum.example/r/2/i_was_wrong/)** "
        "(Activity: 482): The user describes running models at home.\n"
    )
    assert [s.title for s in split.stories] == [
        "DGX Spark: an unpopular opinion",
        "I was wrong about local models…",
    ]
    assert split.stories[0].url == "https://forum.example/r/1/dgx_spark_an_opinion/"


_NUMBERED_RUN = (
    "The port authority's week in ten items, curated by its press office for shippers and crews.\n\n"
    "IN PORT TODAY\n\n1\n\nThe harbour authority opened a third container berth in Tema on Monday, "
    "adding room for four more ships a week [https://example.com/tema].\n\n"
    "SHIPPING\n\n2\n\nFerry fares across the lake fall by a third from June.\n\n"
    "The regional ferry company said weekday fares drop from $12 to $8 after the operator won a "
    "subsidy from the lake commission [https://example.com/ferry].\n\n"
    "ASK AN EXPERT\n\n3\n\nQ: Will the new berth slow the old port down?\n\n"
    "A: Pilots expect shorter queues at the outer anchorage once the berth takes the larger ships.\n\n"
    "The old quay keeps the bulk cargo and the grain ships, the port's planners said on Tuesday "
    "[https://example.com/quay].\n\n"
    "LAST WORD\n\n4\n\nA goat has become the mascot of the lakeside town of Kpong.\n\n"
    "The animal walked onto the ferry on Sunday and rode it across twice before the crew noticed "
    "[https://example.com/goat].\n"
)


def test_an_items_number_on_a_line_of_its_own_keeps_its_paragraphs_together() -> None:
    """Numbers printed alone, one after the other ("1" ... "4"), each under a short label: the label
    names the item's section (not a row of a table of figures), and each item's paragraphs, its
    one-sentence headline included, are one story."""
    split = split_text(_NUMBERED_RUN)
    sections = [s.section for s in split.stories]
    run = sections[sections.index("SHIPPING") :][:3]
    assert run == ["SHIPPING", "ASK AN EXPERT", "LAST WORD"]
    ferry, expert = split.stories[sections.index("SHIPPING")], split.stories[sections.index("ASK AN EXPERT")]
    assert "Ferry fares across the lake" in ferry.text
    assert "subsidy" in ferry.text
    assert ferry.url == "https://example.com/ferry"
    assert "Will the new berth" in f"{expert.title} {expert.text}"
    assert "bulk cargo" in expert.text


def test_a_label_over_a_count_that_numbers_nothing_is_still_a_table_row() -> None:
    """A short label over a figure that is no number of a run ("Open berths" over "7") stays the label
    of a table row of figures."""
    body = (
        "## Port figures\n\nThe harbour authority published its weekly count of ships and berths "
        "on Friday morning.\n\nOpen berths\n\n7\n\nShips waiting\n\n12\n"
    )
    dropped = {d.text: d.detail for d in split_text(body).dropped}
    assert dropped["Open berths"] == "label of a table row of figures"


@pytest.mark.parametrize(
    "line",
    [
        "You are currently subscribed as reader@example.com. For help, contact support@example.com.",
        "Sign up for our weekly Harbour Health newsletter [https://example.com/health] for the latest "
        "in medicine, well-being and the business of care.",
        "Source: Portwatch, Freight data as of 4/2/2026, 6:00 AM",
        "Today's newsletter was curated and edited by Ada Byrne and Tom Ilić with the desk. Got a tip? "
        "Write to us.",
    ],
)
def test_the_editions_own_lines_widened(line: str) -> None:
    """A footer with an adverb ("currently subscribed"), a sign-up prompt naming the newsletter, a data
    footnote under its source and the edition's credit with joined verbs are the edition's own lines."""
    assert block_verdict(line) is not None


def test_a_table_of_figures_on_one_line_is_no_headline() -> None:
    """A ticker table run together on one line is figures, not the headline of the item under it."""
    body = (
        "Intro to the port's morning note, with the figures and the day's one story below it.\n\n"
        "MARKETS\n\n1\n\nLAST CHG %CHG Brent 81.20 -0.40 0.49 Gold 2310.5 12.5 0.54\n\n"
        "Freight rates fell for a third week as ships returned to the canal route "
        "[https://example.com/rates].\n\nPORTS\n\n2\n\nTema opened its third berth on Monday.\n"
    )
    split = split_text(body)
    assert not any(s.title.startswith("LAST CHG") for s in split.stories)


def test_a_block_whose_links_all_go_through_an_ad_server_is_an_advertisement() -> None:
    """A brand's pitch and its button, every link a click through an ad server, is an advertisement
    whatever its label says; a story beside it stays."""
    ad = "http://pubads.g.doubleclick.net/gampad/clk?id=123&iu=/9"
    body = (
        "## Port news\n\nTema opened its third container berth on Monday, adding room for four more "
        "ships a week [https://example.com/tema].\n\n"
        f"## FROM OUR FRIENDS: LAKE CRUISES Sail the Volta this summer [{ad}]\n\n"
        "Twelve ports, three nights, one cabin with a view of the lake. Book before June.\n\n"
        f"Learn More [{ad}]\n"
    )
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Port news"]
    assert any(d.reason is DropReason.SPONSOR for d in split.dropped)


_BUTTONS_UNDER = (
    "## This week\n\n"
    "Ports across the gulf are rebuilding their berths for larger ships, and the costs are landing "
    "on the smallest carriers first, our analysts found.\n\n"
    "[Read the analysis](https://example.com/berths)\n\n"
    "Freight insurers raised premiums for the third quarter running, citing storms and slower "
    "repairs at the region's dry docks.\n\n"
    "[Protect your fleet](https://example.com/insurance)\n\n"
    "A new training school in Tema will certify two hundred crane operators a year from September, "
    "the port authority said.\n\n"
    "[Learn the trade](https://example.com/school)\n\n"
    "## Also new\n\nA webinar on harbour finance runs on Tuesday at noon for all members.\n"
)


def test_buttons_printed_under_their_paragraphs_close_them_with_their_link() -> None:
    """Paragraphs each over a short linked line, the last with no paragraph under it: the buttons
    are below their stories, give them their links and head none of them."""
    split = split_text(_BUTTONS_UNDER)
    by_url = {s.url: s for s in split.stories}
    assert "dry docks" in by_url["https://example.com/insurance"].text
    assert "crane operators" in by_url["https://example.com/school"].text
    assert not any(s.title in {"Protect your fleet", "Learn the trade"} for s in split.stories)
