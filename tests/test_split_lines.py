"""How lines become paragraphs, items and headlines in plain-text and light-Markdown bodies.

Each test is an invented edition built from a probe's minimal reproducer: the layout
(a sentence per line, a wrapped list item, a boxed masthead) is what is tested, never
the words of one newsletter.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.ingest import read_stories
from digest.models import Document, DropReason, Edition, Format, Split
from digest.readers import read_path
from digest.readers._text import read_text
from digest.settings import ReadSettings
from digest.split.blocks import Kind, parse_blocks
from digest.split.breaks import join_inline_breaks
from digest.split.splitter import split_document
from digest.text.dates import find_date
from digest.text.shape import clean_title


def split_text(body: str, path: str = "edition.md", fmt: Format = Format.MARKDOWN) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path=path, format=fmt), body), ReadSettings())


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


_SENTENCE_PER_LINE = """\
{mark}Soranet builds a new fab in Kyushu

Chipmaker Soranet said on Wednesday it would build a new plant in Kumamoto.
The plant will make power chips for cars.
It will employ about 1,200 people.
Production starts in 2028.

{mark}Paylink cuts merchant fees

Paylink said it would cut fees for small merchants from 3.24% to 2.5%.
The cut applies from December 1.
Rival Coinpay is expected to follow.
"""


def test_a_sentence_per_line_is_one_paragraph_under_its_headline() -> None:
    """Paragraphs written a sentence per line, set apart by blank lines, stay under their
    headlines (Markdown or plain): the sentence lines do not count as paragraphs of their own."""
    for mark in ("## ", ""):
        split = split_text(_SENTENCE_PER_LINE.format(mark=mark))
        assert titles(split) == ["Soranet builds a new fab in Kyushu", "Paylink cuts merchant fees"]
        assert split.stories[0].text.endswith("Production starts in 2028.")
        assert "The cut applies from December 1." in split.stories[1].text
        assert not split.dropped


def test_lines_of_paragraphs_under_a_headline_with_no_blank_lines_stay_paragraphs() -> None:
    """A body that puts no blank line under its headlines still reads each line as a paragraph,
    and a blank line still ends a story."""
    body = (
        "Soranet builds a new fab in Kyushu\n"
        "Chipmaker Soranet said on Wednesday it would build a new plant in Kumamoto.\n"
        "The plant will make power chips for cars.\n"
        "\n"
        "Paylink cuts merchant fees\n"
        "Paylink said it would cut fees for small merchants from 3.24% to 2.5%.\n"
    )
    texts = [b.text for b in parse_blocks(body)]
    assert "The plant will make power chips for cars." in texts
    assert titles(split_text(body)) == ["Soranet builds a new fab in Kyushu", "Paylink cuts merchant fees"]


def test_box_drawing_rules_are_separators() -> None:
    """A masthead boxed in heavy or double lines ("━━━━", "════") is framed by separators, like
    one boxed in "====": the rules neither become text nor change how paragraphs are read."""
    for rule in ("━" * 20, "═" * 20, "─" * 20, "■■■■■■"):
        body = (
            f"{rule}\nTech Weekly, November 20, 2026\n{rule}\n\n"
            "Soranet builds a new fab in Kyushu\n\n"
            "Chipmaker Soranet said on Wednesday it would build a new plant in Kumamoto.\n"
            "The plant will make power chips for cars and employ about 1,200 people.\n\n"
            "Paylink cuts merchant fees\n\n"
            "Paylink said it would cut fees for small merchants from 3.24% to 2.5%.\n"
            "Rival Coinpay is expected to follow.\n"
        )
        assert parse_blocks(body)[0].kind is Kind.RULE
        split = split_text(body, "tech.txt", Format.TEXT)
        assert titles(split) == ["Soranet builds a new fab in Kyushu", "Paylink cuts merchant fees"]
        assert split.edition.source == "Tech Weekly"


def test_a_wrapped_list_item_is_one_item() -> None:
    """A list item wrapped with a hanging indent, or cut mid-sentence, keeps its continuation lines:
    each item is one story, never its second half."""
    body = (
        "## Markets\n\n"
        "- The onshore yuan weakened past 7.35 per dollar for the first time\n"
        "  since March after October export growth slowed to 1.8%.\n"
        "- Jinyu Property missed a coupon payment on a RMB 5bn onshore bond,\n"
        "its second missed payment this year.\n"
    )
    split = split_text(body)
    assert [s.text for s in split.stories] == [
        "The onshore yuan weakened past 7.35 per dollar for the first time since March after"
        " October export growth slowed to 1.8%.",
        "Jinyu Property missed a coupon payment on a RMB 5bn onshore bond, its second missed payment"
        " this year.",
    ]
    assert {s.section for s in split.stories} == {"Markets"}


def test_a_line_under_a_linked_item_is_its_metadata_not_a_title(tmp_path: Path) -> None:
    """An HTML list item with a second line ("<br><small>612 points by ...</small>") is one item
    titled by its link: the score line under it is not the next item's title."""
    body = (
        "<html><body><h1>Forum Daily</h1><p>Saturday, November 21, 2026</p><ol>"
        '<li><a href="https://a.example/wal">Writing a write-ahead log in Zig</a> (a.example)<br>'
        '<small>612 points by mkoster · <a href="https://f.example/i?id=1">231 comments</a></small></li>'
        '<li><a href="https://b.example/outage">Parcelo outage: a post-mortem</a> (b.example)<br>'
        '<small>488 points by nate · <a href="https://f.example/i?id=2">190 comments</a></small></li>'
        "</ol></body></html>"
    )
    path = tmp_path / "forum.html"
    path.write_text(body, encoding="utf-8")
    (document,) = [d for d in read_path(path, ReadSettings()) if isinstance(d, Document)]
    split = split_document(document, ReadSettings())
    assert titles(split) == ["Writing a write-ahead log in Zig", "Parcelo outage: a post-mortem"]
    assert [s.url for s in split.stories] == ["https://a.example/wal", "https://b.example/outage"]


def test_a_capitals_label_over_items_that_stand_alone_is_their_section() -> None:
    """ "MARKETS" over two or three one-sentence items is a section with a story per item, as
    "## Markets" is: never a headline that merges the items, never an empty label."""
    items = [
        "* Hengrui Logistics raised HK$6.8 billion in Hong Kong.",
        "* The onshore yuan weakened past 7.35 per dollar.",
        "* Jinyu Property missed a coupon payment on a RMB 5bn bond.",
    ]
    for count in (2, 3):
        split = split_text("MARKETS\n\n" + "\n".join(items[:count]) + "\n", "weekly.txt", Format.TEXT)
        assert len(split.stories) == count
        assert {s.section for s in split.stories} == {"MARKETS"}
        assert split.stories[1].title == "The onshore yuan weakened past 7.35 per dollar"


_WRAPPED = """\
LOTUS LEDGER WEEKLY -- Issue 88 -- November 20, 2026
Asian business in ten minutes

MARKETS

* Hengrui Logistics raised HK$6.8 billion (US$874 million) in Hong
  Kong's biggest listing of the quarter, pricing at the top of its
  range. Shares rose 11% on debut on Tuesday.
* Huaxin Auto said it sold 412,000 vehicles in October, up 38% from a
  year earlier, and cut the price of its entry-level sedan by
  RMB 8,000.

  Analysts at Zhongtai said the cut would take about 2 percentage
  points off Huaxin's gross margin.
* Bytewave's overseas short-video app passed 300 million monthly
  users, the company told advertisers in Singapore.
"""


def test_a_masthead_line_over_its_tagline_in_a_wrapped_body() -> None:
    """In a hard-wrapped body a line the next word would have fitted on ends there on purpose: the
    masthead line does not join the tagline under it, so it names and dates the edition, and the
    tagline printed right under it, set apart from the text, is the masthead's too."""
    split = split_text(_WRAPPED, "lotus-88.txt", Format.TEXT)
    assert split.edition.source == "LOTUS LEDGER WEEKLY"
    assert str(split.edition.date) == "2026-11-20"
    assert {d.text: d.detail for d in split.dropped}["Asian business in ten minutes"] == "masthead: tagline"
    assert len(split.stories) == 3
    assert "Shares rose 11% on debut on Tuesday." in split.stories[0].text


def test_a_line_over_the_site_menu_under_the_name_is_the_tagline(tmp_path: Path) -> None:
    """A sentence printed between the newsletter's name and its menu row ("Tide Signal" / "Stay on top
    of today's harbour news, tides, and charts." / "Signup | Work With Us | Archive") says what the
    newsletter is: the masthead's tagline, never a story of each edition."""
    body = (
        '---\nnewsletter_name: "Tide Signal"\nsubject: "Cranes return"\n'
        "date: Tue, 05 May 2026 17:47:02 +0000\n"
        "---\n\n# Cranes return\n\n---\n\nTide Signal\n"
        "Stay on top of today's harbour news, tides, and charts.\n"
        "Signup\n|\nWork With Us\n|\nFollow on X\n|\nArchive\nHey Ana,\n"
        "The port of Lisbon finished its trial of driverless cranes, which moved 4,000 containers in a week"
        " without a stop, and will order twelve more by the summer.\n"
        "Ferry fares on the northern crossing rise by six percent in June, the operator said on Monday.\n"
    )
    path = tmp_path / "tide-signal.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    assert not [s for s in reading.stories if "Stay on top" in s.title or "Stay on top" in s.text]
    tagline = [d.detail for d in reading.dropped if d.text.startswith("Stay on top")]
    assert tagline == ["masthead: tagline"]


def test_a_paragraph_aligned_under_a_list_item_is_part_of_it() -> None:
    """A second paragraph aligned with the text of a list item belongs to that item: it is neither a
    story of its own nor the opener of the item after it."""
    split = split_text(_WRAPPED, "lotus-88.txt", Format.TEXT)
    assert "Analysts at Zhongtai said" in split.stories[1].text
    assert split.stories[2].title.startswith("Bytewave's overseas short-video app")


def test_a_name_over_a_dateline_of_parts_names_the_newsletter() -> None:
    """A short top heading over a preheader whose first part is a date ("Wednesday, November 18,
    2026 · Today's newsletter is 980 words") is the newsletter's name, as over a bare dateline."""
    body = (
        "---\ntitle: Harbor Pulse\ndate: 2026-11-18\n---\n\n# Harbor Pulse\n\n"
        "**Wednesday, November 18, 2026** · Today's newsletter is 980 words, a 4-minute read.\n\n"
        "## Economy\n\n### Mortgage rates dip below 6%\n\n"
        "The average 30-year rate fell to 5.94%, the mortgage agency said.\n\n"
        "### Jobless claims fall\n\nInitial claims fell by 12,000 to 198,000.\n"
    )
    split = split_document(read_text(body, "harbor-pulse-2026-11-18.md", Format.MARKDOWN), ReadSettings())
    assert split.edition.source == "Harbor Pulse"
    assert titles(split) == ["Mortgage rates dip below 6%", "Jobless claims fall"]


def test_bracketed_list_numbers_leave_titles() -> None:
    """ "[1] Title" and "【1】見出し" are numbered headlines like "1) Title": the number is no part of
    the title. A forum tag in brackets ("[D] ...") stays."""
    body = (
        "[1] Soranet builds a new fab in Kyushu\n\n"
        "Chipmaker Soranet said on Wednesday it would build a new plant in Kumamoto.\n\n"
        "【2】ペイリンク、加盟店手数料を引き下げ\n\n"
        "スマホ決済大手のペイリンクは、決済手数料を2.5%に引き下げると発表した。\n"
    )
    assert titles(split_text(body, "weekly.txt", Format.TEXT)) == [
        "Soranet builds a new fab in Kyushu",
        "ペイリンク、加盟店手数料を引き下げ",
    ]
    assert clean_title("[D] Are cranes safe yet?") == "[D] Are cranes safe yet?"


def test_lines_of_cjk_text_join_without_a_space() -> None:
    """Chinese and Japanese put no space between words: two lines of one paragraph join with none."""
    body = (
        "ソラネット、九州に新工場\n\n"
        "半導体メーカーのソラネットは18日、熊本県に新工場を建設すると発表した。\n"
        "新工場では車載向けのパワー半導体を生産し、約1,200人を雇用する計画だ。\n"
    )
    (story,) = split_text(body, "weekly.txt", Format.TEXT).stories
    assert story.text == (
        "半導体メーカーのソラネットは18日、熊本県に新工場を建設すると発表した。"
        "新工場では車載向けのパワー半導体を生産し、約1,200人を雇用する計画だ。"
    )


def test_spanish_and_french_dates() -> None:
    """Day-first dates in Spanish and French are read with their year or against the reference;
    "Mars" with no year is the planet."""
    reference = dt.date(2026, 11, 20)
    assert find_date("Miércoles 18 de noviembre de 2026") == dt.date(2026, 11, 18)
    assert find_date("mercredi 18 novembre 2026") == dt.date(2026, 11, 18)
    assert find_date("le 1er décembre 2026") == dt.date(2026, 12, 1)
    assert find_date("desde el 3 de noviembre", reference=reference) == dt.date(2026, 11, 3)
    assert find_date("3 Mars landers", reference=reference) is None


def test_a_spanish_dateline_of_parts_dates_the_edition_under_its_name() -> None:
    """A name over "Edición #57 · Miércoles 18 de noviembre de 2026" is the newsletter's name; the
    dateline's dated part dates the edition, and the weekday and the edition number name nothing."""
    body = (
        "# Redes Semanal\n\nEdición #57 · Miércoles 18 de noviembre de 2026\n\n"
        "## Colmena Bank lanza su cuenta digital\n\n"
        "El neobanco Colmena Bank abrió su cuenta digital en Colombia con 11% efectivo anual.\n"
    )
    split = split_text(body, "redes.md")
    assert (split.edition.source, split.edition.date) == ("Redes Semanal", dt.date(2026, 11, 18))
    assert titles(split) == ["Colmena Bank lanza su cuenta digital"]


def test_a_dateline_under_the_name_dates_the_edition() -> None:
    """A date printed right under the newsletter's name is its dateline, never its tagline."""
    body = (
        "MORNING WIRE\nMonday, November 16, 2026\n\n"
        "1) Sorrel Robotics opens a Monterrey plant\n"
        "Sorrel Robotics opened a $310 million factory in Monterrey, Mexico, on Sunday.\n"
    )
    split = split_text(body, "wire.txt", Format.TEXT)
    assert (split.edition.source, split.edition.date) == ("MORNING WIRE", dt.date(2026, 11, 16))
    assert titles(split) == ["Sorrel Robotics opens a Monterrey plant"]


def test_text_under_a_signature_delimiter_is_the_signature() -> None:
    """What follows the last "-- " line of a plain-text body (the e-mail signature delimiter) is the
    signature: in the ledger, never a story. An unsubscribe line under it keeps its own reason."""
    body = (
        "MORNING WIRE\nMonday, November 16, 2026\n\n"
        "1) Sorrel Robotics opens a Monterrey plant\n"
        "Sorrel Robotics opened a $310 million factory in Monterrey, Mexico, on Sunday.\n\n"
        "-- \nMorning Wire is written by Ada Brenner and Joel Ruiz.\n"
        "Unsubscribe: https://wire.example/u/1\n"
    )
    split = split_text(body, "wire.txt", Format.TEXT)
    assert titles(split) == ["Sorrel Robotics opens a Monterrey plant"]
    ledger = {d.text: (d.reason, d.detail) for d in split.dropped}
    assert ledger["Morning Wire is written by Ada Brenner and Joel Ruiz."] == (
        DropReason.BOILERPLATE,
        "signature under the '-- ' delimiter",
    )
    assert ledger["Unsubscribe: https://wire.example/u/1"][0] is DropReason.FOOTER


def test_the_name_of_a_mail_sender_printed_at_the_top_is_the_masthead() -> None:
    """A line at the top that is the newsletter's name, already known from the mail's sender, is its
    masthead, printed as text ("MORNING WIRE") as well as a heading: not a section over the stories."""
    body = (
        "MORNING WIRE\nMonday, November 16, 2026\n\n"
        "1) Sorrel Robotics opens a Monterrey plant\n"
        "Sorrel Robotics opened a $310 million factory in Monterrey, Mexico, on Sunday.\n\n"
        "2) Halden delays its fab\n"
        "Halden pushed the opening of its Oregon fab from 2027 to mid-2028.\n"
    )
    edition = Edition(path="wire.mbox", format=Format.MBOX, source="Morning Wire")
    split = split_document(Document(edition, body), ReadSettings())
    assert [(s.section, s.title) for s in split.stories] == [
        (None, "Sorrel Robotics opens a Monterrey plant"),
        (None, "Halden delays its fab"),
    ]
    assert {d.text: d.detail for d in split.dropped}["MORNING WIRE"] == "masthead: newsletter name"


_BOXED_JAPANESE = """\
━━━━━━━━━━━━━━━━━━━━
　ミナト週報　2026年11月20日号
━━━━━━━━━━━━━━━━━━━━

■━━━━━━━━━━━━━━━
◆ 国内ニュース
■━━━━━━━━━━━━━━━

【1】アオバ電機、九州に新工場

電機メーカーのアオバ電機は18日、熊本県に新工場を建設すると発表した。投資額は約900億円。
新工場では車載向けの半導体を生産する計画だ。
▶ 詳しくはこちら https://news.example.jp/aoba

【2】ミドリ決済、手数料を引き下げ

決済大手のミドリ決済は、加盟店向けの手数料を2.5%に引き下げると発表した。
▶ 詳しくはこちら https://news.example.jp/midori

■━━━━━━━━━━━━━━━
◆ 政策
■━━━━━━━━━━━━━━━

【3】政府、AI基本法案を閣議決定

政府は17日、人工知能の開発に関する基本法案を閣議決定した。大規模モデルの開発事業者に報告を義務付ける。
▶ 詳しくはこちら https://news.example.jp/ai-law
"""


def test_plain_text_headlines_set_apart_by_blank_lines_head_their_paragraphs() -> None:
    """A plain-text edition that puts a blank line under each headline, then a paragraph of a few
    lines and a link line, separates paragraphs by blank lines, however few lines are followed by
    one: each headline heads its text, with its link and its boxed section."""
    split = split_text(_BOXED_JAPANESE, "minato.txt", Format.TEXT)
    assert [(s.section, s.title, s.url) for s in split.stories] == [
        ("国内ニュース", "アオバ電機、九州に新工場", "https://news.example.jp/aoba"),
        ("国内ニュース", "ミドリ決済、手数料を引き下げ", "https://news.example.jp/midori"),
        ("政策", "政府、AI基本法案を閣議決定", "https://news.example.jp/ai-law"),
    ]
    assert "投資額は約900億円。新工場では" in split.stories[0].text


#: An invented edition whose HTML, turned into text, put each inline element (a link, a bold
#: phrase) on a line of its own, cutting its sentences at them.
_CUT_AT_ELEMENTS = """\
Lead Story
Acme unveils Falcon 3 with a bigger memory
Acme just released
Falcon 3
, and the pitch is plain: hand it a long job and walk away.
It handles
2-million token inputs
, a tenfold jump over its predecessor.
Pricing starts at $3 per million tokens, with a
free tier for students
. Teams pay per seat.
Second Story
Birch ships a tiny model that
beats its bigger sibling
on every benchmark the lab runs; it fits on one laptop.
"""


def test_sentences_cut_at_inline_elements_are_joined_again() -> None:
    """A body whose lines open with a comma or a period after a line that ends no sentence, several
    times, was cut at its inline elements: each cut sentence is one paragraph again (a piece opening
    with a comma is no headline, a link's text no section), and its headlines keep their lines."""
    texts = [b.text for b in parse_blocks(_CUT_AT_ELEMENTS)]
    assert texts == [
        "Lead Story",
        "Acme unveils Falcon 3 with a bigger memory",
        "Acme just released Falcon 3, and the pitch is plain: hand it a long job and walk away.",
        "It handles 2-million token inputs, a tenfold jump over its predecessor.",
        "Pricing starts at $3 per million tokens, with a free tier for students. Teams pay per seat.",
        "Second Story",
        "Birch ships a tiny model that beats its bigger sibling on every benchmark the lab runs; it fits on"
        " one laptop.",
    ]


def test_a_lone_comma_opening_a_line_joins_nothing() -> None:
    """One line opening with a comma is no evidence of a body cut at its inline elements: the lines of
    an ordinary body are returned as they were."""
    lines = ["Acme news", "It shipped", "Falcon 3", ", they said.", "Birch news", "small caps title"]
    assert join_inline_breaks(lines, lambda line: not line.strip(), lambda line: False) is lines


#: An invented edition whose HTML printed each label twice (one for phones, one for desktops), glued
#: once turned into text, and each picture's caption both alone and glued to the paragraph under it.
_PRINTED_TWICE = """\
Night DeskNight Desk

↓↓Opening NoteOpening Note
The week was busy, and most of it was about chips.

↓↓11Harbor chips ramp up output

Harbor Chips lifted output at its plant. Jo Vale/Wirepix.
Harbor Chips lifted output at its plant. Jo Vale/Wirepix.The company said it would hire 300 people this year.

↓↓22Delta rail gets a new chief

Delta Rail named a new chief executive on Tuesday, ending a long search.
"""


def test_labels_and_captions_printed_twice_are_read_once() -> None:
    """A body printing two labels or more twice ("Night DeskNight Desk") prints its layouts twice:
    each label, and a story's number glued twice to its headline, is read once, and a caption
    repeated at the start of the paragraph under it opens that paragraph no more."""
    texts = [b.text for b in parse_blocks(_PRINTED_TWICE)]
    assert texts[:3] == ["Night Desk", "↓↓Opening Note", "The week was busy, and most of it was about chips."]
    assert "↓↓Harbor chips ramp up output" in texts
    assert "↓↓Delta rail gets a new chief" in texts
    assert "The company said it would hire 300 people this year." in " ".join(texts)
    assert "Wirepix.The company" not in " ".join(texts)


def test_a_time_or_speed_is_no_number_printed_twice() -> None:
    """In a body printing its labels twice, "11am" and "55mph" keep their numbers."""
    from digest.split.twice import read_once

    lines = [
        "Tech TodayTech Today",
        "World BriefWorld Brief",
        "11Musk pitches a plan",
        "11am meeting",
        "55mph winds",
        "↓↓88‘Heatflation’ becomes visible",
        "↓↓1010“Fast shoes” break a record",
        "22‘a quoted aside’ in lower case",
    ]
    assert read_once(lines)[0] == [
        "Tech Today",
        "World Brief",
        "Musk pitches a plan",
        "11am meeting",
        "55mph winds",
        "↓↓‘Heatflation’ becomes visible",
        "↓↓“Fast shoes” break a record",
        "22‘a quoted aside’ in lower case",
    ]


#: An invented edition whose conversion to text lost its paragraph breaks: each paragraph's last
#: sentence is glued to the next one's first, after a period, a closing quote or a link's close.
_GLUED = """\
## Harbor chips ramp up output

Harbor Chips lifted output at its plant this week.The company said it would hire 300 people.\
It called the plan “a new start.”Rivals were quiet. Analysts expect more [hiring news.](https://example.com/a)\
Some doubt it. Output rose 4%.Prices fell. See the [filing](https://example.com/Report.Final) and \
Node.js notes.

## Delta rail gets a new chief

Delta Rail named a chief on Tuesday night.Investors cheered. The rail line uses `rail.Signal` and
mail ops@delta.example.Com for questions. Fish.Audio and Fiction.LiveBench were not involved.
"""


def test_sentences_glued_where_breaks_were_lost_are_parted() -> None:
    """A body gluing five distinct sentences or more to the ones before them lost its breaks: each
    join gets a space, never inside an address, a code span, an e-mail address or a dotted name."""
    text = " ".join(b.text for b in parse_blocks(_GLUED))
    for parted in (
        "this week. The company",
        "300 people. It called",
        "“a new start.” Rivals",
        "hiring news. Some doubt",
        "4%. Prices fell",
        "Tuesday night. Investors",
    ):
        assert parted in text
    for kept in ("rail.Signal", "Node.js", "Fish.Audio", "Fiction.LiveBench"):
        assert kept in text
    raw = "\n".join(b.raw for b in parse_blocks(_GLUED))
    assert "https://example.com/Report.Final" in raw
    assert "ops@delta.example.Com" in raw


def test_a_name_or_two_glued_like_sentences_are_left_as_printed() -> None:
    """Fewer than five joins prove nothing: a dotted name ("Fish.Audio") stays as printed."""
    from digest.split.glued import part_glued

    lines = ["We tried Fish.Audio today. It worked.Then it broke.", "Fish.Audio again."]
    assert part_glued(lines) == lines


def test_titles_glued_into_a_contents_line_are_not_parted() -> None:
    """A line with no sentence ending before a space is glued titles, not paragraphs: left alone."""
    from digest.split.glued import part_glued

    lines = [
        "Ports reopenRail strikes endCould it rain?Markets rally",
        "It is one.Two and three. It is four.Five and six. It is seven.Eight is it. It is nine.Ten too."
        " It is eleven.Twelve now.",
    ]
    out = part_glued(lines)
    assert out[0] == lines[0]
    assert "one. Two" in out[1]
    assert "eleven. Twelve" in out[1]


def test_a_long_sentence_glued_to_the_next_is_running_text() -> None:
    """A line whose only sentence ends glued to the next, with no sentence followed by a space
    ("... for the harbour work.The tugboat crews ... — Tide Post"), is running text when a sentence
    runs longer than any title: its join is parted like the body's others."""
    from digest.split.glued import part_glued

    lines = [
        "The port signed a deal to lend the navy its cranes for the harbour work.The tugboat crews have "
        "quietly doubled the number of night shifts on the northern quay this month. — Tide Post",
        "It is one.Two and three. It is four.Five and six. It is seven.Eight is it. It is nine.Ten too.",
        "Ports reopenRail strikes endCould it rain?Markets rally",
    ]
    out = part_glued(lines)
    assert "harbour work. The tugboat" in out[0]
    assert out[2] == lines[2]


#: An invented edition of numbered headlines, the last over a sentence trailing off into its items.
_LIST_LEAD_IN = """\
1. Ports reopen after the storm

The harbor of Calder reopened on Tuesday after four days closed, and ships queued at the mouth.

2. Rail fares rise in spring

Fares on the northern lines rise by six percent in April, the operator said on Monday.

3. 📚 Reading list

Here are some other stories that caught our eye this week...

🚢 **Shipping rates** fell for a third week as the queues cleared at the southern ports.

🌾 **Grain prices** rose after a dry month in the plains, traders said on Friday.
"""


def test_a_sentence_trailing_off_under_an_empty_headline_opens_its_text() -> None:
    """A plain sentence ending in an ellipsis right under a headline with no text yet opens that
    headline's story: it never titles the list itself and leaves the headline empty."""
    split = split_text(_LIST_LEAD_IN)
    titles = [s.title for s in split.stories]
    assert titles[-1].endswith("Reading list")
    assert split.stories[-1].text.startswith("Here are some other stories")
    assert not any(t.startswith("Here are") for t in titles)
    assert not any(d.text.endswith("Reading list") for d in split.dropped)


def test_an_edition_s_length_in_words_and_minutes_is_no_story() -> None:
    """The line telling the edition's length ("Today's newsletter, edited by ..., is 1,420 words,
    5½ minutes.") is the edition's chrome, however many names it gives first; a sentence of a
    story giving words and minutes is not."""
    body = (
        "Today's newsletter, edited by Ana Lind and copy edited by Rui Sato, is 1,420 words, 5½ minutes.\n\n"
        "## Ports reopen after the storm\n\n"
        "The harbor of Calder reopened on Tuesday after four days closed.\n\n"
        "## A record column\n\n"
        "She wrote 3,000 words in 90 minutes flat, a record for the paper that weekend.\n"
    )
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Ports reopen after the storm", "A record column"]
    assert any(d.text.startswith("Today's newsletter") for d in split.dropped)
    assert split_text("This issue is 2,050 words, a 7½-minute read.\n\n" + body).stories[0].title == (
        "Ports reopen after the storm"
    )


_WISH_AND_LOGO = """\
Harbor

Harbor Weekly

🌸 **Happy spring!**

## Ports reopen after the storm

The harbor of Calder reopened on Tuesday after four days closed, and ships queued at the mouth.

## Rail fares rise in spring

Fares on the northern lines rise by six percent in April, the operator said on Monday.
"""


def test_a_wish_alone_on_its_line_is_a_greeting_not_a_section() -> None:
    """ "Happy spring!" alone at the top greets the reader: it names no section of the stories."""
    split = split_text(_WISH_AND_LOGO)
    assert [s.title for s in split.stories] == ["Ports reopen after the storm", "Rail fares rise in spring"]
    assert all(s.section != "Happy spring!" for s in split.stories)
    assert any(d.detail == "greeting or sign-off" and d.text.endswith("Happy spring!") for d in split.dropped)


def test_the_publisher_s_logo_over_the_newsletter_s_name_is_its_masthead() -> None:
    """A line giving the opening word of the newsletter's name ("Harbor" over "Harbor Weekly", the
    publisher's logo) is the masthead, not the section of every story."""
    edition = Edition(path="feed.xml", format=Format.MARKDOWN, source="Harbor Weekly")
    split = split_document(Document(edition, _WISH_AND_LOGO), ReadSettings())
    assert [s.section for s in split.stories] == [None, None]
    assert any(d.text == "Harbor" and d.detail.startswith("masthead") for d in split.dropped)


def test_an_edition_s_credit_and_subscription_notice_are_no_stories() -> None:
    """ "Today's newsletter was curated and edited by ..." is the edition's credit, and "You are
    currently subscribed as ..." its footer, wherever they stand: neither is a story."""
    body = (
        "## Ports reopen after the storm\n\n"
        "The harbor of Calder reopened on Tuesday after four days closed.\n\n"
        "Today's brief was curated and edited by Ana Lind and Rui Sato with Editor Jo Vale. "
        "Got a tip for us? Write to us.\n\n"
        "You are currently subscribed as reader@example.com. For help, contact us at help@example.com.\n"
    )
    split = split_text(body)
    assert [s.title for s in split.stories] == ["Ports reopen after the storm"]
    assert "curated" not in split.stories[0].text
    assert "subscribed" not in split.stories[0].text


def test_a_long_token_is_read_in_time_linear_in_its_length() -> None:
    """The glued-sentence and angle-bracket link passes try their patterns at the start of a token
    only: from every character of a long token (a base64 blob, a run of letters) they had run to
    its end, 500,000 letters taking minutes. The text comes back as it was."""
    from digest.readers._angled import angled_links
    from digest.split.glued import part_glued

    token = "a" * 200_000
    assert part_glued([token, "ab-" * 50_000]) == [token, "ab-" * 50_000]
    text = "See a <https://x.example/1> b <https://x.example/2> c <https://x.example/3>\n" + token
    assert angled_links(text).endswith(token)


#: An invented evening briefing: its editor's note signed by a byline whose dash ends the line above
#: it, then its stories.
_BYLINE_UNDER_NOTE = """\
Harbor towns are rebuilding their piers faster than anyone expected this spring, and the money
comes from places few predicted. Three towns opened new berths this month alone, and more will
follow before the summer, said the port authority. —
[Mara J. Quill](https://example.com/authors/mara)

What You Need to Know Today

Harbor Chips lifted output at its plant this week and said it would hire 300 people this year.

Delta Rail named a new chief executive on Tuesday, ending a search that took eleven months.
"""

#: An invented edition whose opening note is signed by its editor's name and role, each on a line of
#: its own, over its first section.
_SIGNED_WITH_ROLE = """\
✏️ Lena Ostrova waited two hours at the quay for the ferry that never came, and she was not alone:
forty commuters stood with her on a cold Tuesday morning.

Tomas Reyes

Managing Editor, The Night Ledger

TOP STORIES

Harbor Chips lifted output at its plant this week and said it would hire 300 people this year.

Delta Rail named a new chief executive on Tuesday, ending a search that took eleven months.
"""


def test_a_name_signing_the_note_above_it_names_no_section() -> None:
    """A person's name on a line of its own under the editor's note, after the byline's dash ending the
    note ("... more will follow. —" over "Mara J. Quill") or over a role line ("Managing Editor, ..."),
    signs the note: in the ledger as its signature, never the section of the stories after it."""
    for body, lines in (
        (_BYLINE_UNDER_NOTE, ["Mara J. Quill"]),
        (_SIGNED_WITH_ROLE, ["Tomas Reyes", "Managing Editor, The Night Ledger"]),
    ):
        split = split_text(body)
        sections = {s.section for s in split.stories}
        assert not sections & {"Mara J. Quill", "Tomas Reyes"}
        signed = [d.text for d in split.dropped if d.detail.startswith("signature")]
        assert signed == lines
        assert any(s.text.startswith("Harbor Chips lifted output") for s in split.stories)


#: An invented edition printing its labels twice (phones and desktops), its headlines once, a web-view
#: link glued to its masthead label, and each picture's credit alone over the text and glued to it.
_CREDITS_PRINTED_TWICE = """\
[Read on the web](https://example.com/web)Night Desk

↓↓Opening NoteOpening Note
The week was busy, and most of it was about chips and the ports that ship them.

↓↓11Harbor chips ramp up output

Harbor Chips lifted output at its plant. Jo Vale/Wirepix.
Harbor Chips lifted output at its plant. Jo Vale/Wirepix.The company said it would hire 300 people.

↓↓22Delta rail gets a new chief

Delta Rail named a new chief executive on Tuesday, ending a long search.

↓↓Side DishSide Dish
Ana Ruiz/Wirepix
Ana Ruiz/WirepixBakers in the port district sold out of bread by noon on Saturday, the guild said.
"""


def test_a_picture_credit_printed_twice_is_a_caption_and_a_doubled_label_names_one_item() -> None:
    """In a body printing its layouts twice, a picture's credit or caption printed alone and again at
    the start of the text under it ("Ana Ruiz/Wirepix") is a caption in the ledger: no section name,
    no opening of a summary. A label printed twice ("Side DishSide Dish") is the section of the item
    under it only; a web-view link glued to a label ("Read on the webNight Desk") is no story."""
    split = split_text(_CREDITS_PRINTED_TWICE)
    by_title = {s.title: s for s in split.stories}
    assert not any(
        s.text.startswith(("Harbor Chips lifted output at its plant.", "Ana Ruiz")) for s in split.stories
    )
    assert "Ana Ruiz/Wirepix" not in {s.section for s in split.stories}
    captions = [d.text for d in split.dropped if d.detail.startswith("photo caption")]
    assert captions == ["Harbor Chips lifted output at its plant. Jo Vale/Wirepix.", "Ana Ruiz/Wirepix"]
    bakers = next(s for s in split.stories if s.text.startswith("Bakers in the port district"))
    assert bakers.section == "Side Dish"
    assert by_title["Delta rail gets a new chief"].section != "Opening Note"
    assert not any("Read on the web" in s.title for s in split.stories)


def test_a_credit_line_of_barred_fields_is_its_item_s_metadata() -> None:
    """A reading list credits each piece under its headline on a line of short fields set apart by
    bars, one a date ("Author | Publication | 24th April 2026 | U"): the item's metadata, never the
    headline of the text under it (which left the real headline a story with no text). The story
    keeps the edition's date, not the piece's first publication."""
    body = (
        "# Tides, Maps, Bread\n\nBy Lena Ostrova • 24 Apr 2026\n\n"
        "Why Harbors Silt Up\n\nMara Quill | Coastal Review | 24th April 2015 | U\n\n"
        "Rivers carry more sand than engineers planned for, and dredging costs have doubled.\n\n"
        "The Oldest Map Of The Sea\n\nTomas Reyes | Chart Notes | 20th April 2026 | U\n\n"
        "A map drawn on sealskin shows currents no one measured again for two centuries.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Why Harbors Silt Up", "The Oldest Map Of The Sea"]
    assert split.stories[0].text.startswith("Rivers carry more sand")
    assert all(s.date is None or s.date.year != 2015 for s in split.stories)


def test_a_wrapped_list_item_goes_on_at_a_capitalised_word() -> None:
    """In a hard-wrapped body a list item's line cut mid-sentence goes on at the next line even when
    that opens with a capitalised word ("... can now even compile the" over "Typescript 7 ..."): the
    word would not have fitted on the line above (the rest of the item had been a story apart)."""
    body = (
        "* LANTERN 2.0 SHIPS — A large release for the toolkit that keeps small\n"
        "teams moving along. Builds run twice as fast as before, and it can even\n"
        "compile the Mosaic compiler, which its authors had said would never\n"
        "happen. Support for wireless boards arrives as well, along with new\n"
        "Scheduler primitives for long-running jobs and background work.\n\n"
        "* HARBOR 3.1 ADDS METRICS — The tracing library now records queue depth,\n"
        "latency and retries for every worker, with a dashboard to view them.\n"
    )
    blocks = parse_blocks(body)
    assert [b.kind for b in blocks] == [Kind.BULLET, Kind.BULLET]
    assert "Scheduler primitives" in blocks[0].text


def test_a_linked_title_naming_its_subject_before_a_colon_is_no_metadata_line() -> None:
    """``[Kimi K3: open coding](url)`` under another linked title is an item of a list of links, not
    a "key: value" line of the title above it (the items had gone to the ledger as story metadata)."""
    body = (
        "# Harbor Links\n\n"
        "[Lantern ships a new scheduler for small teams](https://lantern.example/2-0)\n\n"
        "[Kestrel K3: an open model for coding](https://kestrel.example/k3)\n\n"
        "[Show HN: Tidewater, a tracker for build times](https://tidewater.example/)\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "Lantern ships a new scheduler for small teams",
        "Kestrel K3: an open model for coding",
        "Show HN: Tidewater, a tracker for build times",
    ]


def test_a_linked_headline_keeps_its_link_over_an_address_printed_under_it() -> None:
    """A card's headline linked to its page keeps its link when an address is printed alone under it
    (the next card's picture): the address only fills in a headline with no link of its own."""
    body = (
        "# Evening Brief\n\n"
        "Markets closed higher on Wednesday after a quiet session in Asia and Europe.\n\n"
        " [Deals](https://brief.example/a)\n"
        " [Harbor Bank to buy a film lot after a $1.1 billion default](https://brief.example/a)\n"
        " <https://brief.example/b>\n"
        " [Sports](https://brief.example/b)\n"
        " [Delta owner offered $15 billion for the team](https://brief.example/b)\n"
    )
    urls = {s.title: s.url for s in split_text(body).stories}
    assert urls.get("Harbor Bank to buy a film lot after a $1.1 billion default") == "https://brief.example/a"


def test_a_picture_credit_glued_again_to_the_text_is_read_once_in_any_body() -> None:
    """A picture's credit on its line, then printed again glued with no space to the paragraph under
    it ("Ana Ruiz/File Photo/Wirepix" over "Ana Ruiz/File Photo/WirepixThe port's ..."), is read once
    though the body prints no label twice: the paragraph opens with its own words."""
    from digest.split.twice import read_once

    lines = [
        "Ana Ruiz/File Photo/Wirepix ",
        "Ana Ruiz/File Photo/WirepixThe port's announcement that it will close the old quay came on Tuesday.",
        "Harbour News",
        "Harbour News reported the closure first.",
    ]
    once, pictured, _, _ = read_once(lines)
    assert once[1] == "The port's announcement that it will close the old quay came on Tuesday."
    assert pictured == frozenset({0})
    assert once[3] == "Harbour News reported the closure first."
