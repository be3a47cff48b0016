"""The splitter on small editions of each layout, and its invariants under generated input."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from hypothesis import example, given, settings
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings, Settings
from digest.split.assemble import _placeholder_only
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document
from digest.text.shape import derive_title, main_clause, strip_link_suffix, strip_read_more
from tests.weeks import require_week

FORMATS = Path(__file__).resolve().parents[1] / "fixtures" / "formats"


def split_text(body: str, fmt: Format = Format.MARKDOWN, **edition: object) -> Split:
    """Split ``body`` as one edition."""
    return split_document(Document(Edition(path="test.md", format=fmt, **edition), body), ReadSettings())  # type: ignore[arg-type]


def titles(split: Split) -> list[str]:
    """The titles of the stories, in order."""
    return [s.title for s in split.stories]


def test_markdown_headings_sections_and_headlines() -> None:
    """A level-2 heading over level-3 headings is a section; the level-3 ones are headlines."""
    body = (
        "## Markets\n\n### Copper hits a record in Shanghai\n\nCopper rose 3% to a record on Friday.\n\n"
        "### Yuan steadies\n\nThe yuan held near 7.18 per dollar.\n\n## Tech\n\n"
        "### Huawei ships new chips\n\nHuawei began shipping samples to cloud customers.\n"
    )
    split = split_text(body)
    assert [(s.section, s.title) for s in split.stories] == [
        ("Markets", "Copper hits a record in Shanghai"),
        ("Markets", "Yuan steadies"),
        ("Tech", "Huawei ships new chips"),
    ]


def test_bold_lead_ins_are_stories() -> None:
    """Paragraphs opened by a bold phrase are one story each, titled by the phrase."""
    body = (
        "**Tencent raises its dividend.** The company will pay HK$4.5 a share, up 32%.\n\n"
        "**Meituan cuts delivery fees** for the Lunar New Year week to win back users.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Tencent raises its dividend", "Meituan cuts delivery fees"]
    assert split.stories[0].text == "The company will pay HK$4.5 a share, up 32%."


def test_a_bold_lead_in_with_bold_and_a_colon_inside_is_one_title() -> None:
    """ "****SPL**: LLMs get better over time**: text" is its own story, not the tail of the one before."""
    body = (
        "### Lab links (6 messages):\n\n"
        "- ****AirPods** Studied by **Apple**?**: A [link](https://x.example/a) was shared about a study.\n"
        "   - The message lacked context, leaving the study's specifics a mystery.\n"
        "- ****SPL**: LLMs get better over time**: **System Prompt Learning** teaches LLMs strategies, "
        "improving scores by **8.6%** on Arena Hard.\n"
        "- **Mouse with a Mouse**: A video of a robotics mouse was shared.\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "AirPods Studied by Apple?",
        "SPL: LLMs get better over time",
        "Mouse with a Mouse",
    ]
    assert "System Prompt Learning" not in split.stories[0].text
    assert split.stories[1].text.startswith("System Prompt Learning teaches LLMs strategies")


def test_a_bold_line_over_titled_items_heads_them_and_glued_titles_are_whole() -> None:
    """A bold line over bold-titled bullets is their section, not the tail of the story above;
    "**Agents Roll Up Sleeves!**AI agents..." is titled by its whole bold sentence."""
    body = (
        "**Theme 1: The Model Frontier: Launches and Leaks**\n\n"
        "- **Qwen Challenges Deepseek**: The Qwen model is gaining traction with developers.\n\n"
        "**Theme 2: Agentic AI Ascends: Frameworks, Features, and Frustrations**\n\n"
        "- **Agents Roll Up Sleeves: From Android to Minecraft!**AI agents control phones and games.\n"
        "- **MCP Mania: A Lingua Franca for Agents?!**Developers debate the protocol.\n"
    )
    split = split_text(body)
    assert [(s.section, s.title) for s in split.stories] == [
        ("Theme 1: The Model Frontier: Launches and Leaks", "Qwen Challenges Deepseek"),
        (
            "Theme 2: Agentic AI Ascends: Frameworks, Features, and Frustrations",
            "Agents Roll Up Sleeves: From Android to Minecraft!",
        ),
        (
            "Theme 2: Agentic AI Ascends: Frameworks, Features, and Frustrations",
            "MCP Mania: A Lingua Franca for Agents?!",
        ),
    ]
    assert "Theme 2" not in split.stories[0].text
    assert split.stories[1].text == "AI agents control phones and games."


def test_an_item_dropped_as_chrome_takes_its_nested_items_and_spares_its_siblings() -> None:
    """A referral item's sub-bullet goes to the ledger with it; the titled items after it stay stories."""
    body = (
        "### Lab ▷ #general (688 messages):\n\n"
        "- **GRPO Boosts TTS Stability**: A member is using GRPO for TTS, with voice similarity rewards.\n"
        "   - Initial tests suggest a 10x improvement in sound quality.\n"
        "- **Share the Lab**: Give your friends your [referral link](https://x.example/i) for credits.\n"
        "   - Each friend who joins adds a month of Google Colab time.\n"
        "- **BOS Tokens Break Fine Tuning**: Members discussed double BOS tokens in instruction data.\n"
        "   - Omitting BOS breaks the model.\n"
        "- **Prompt Learning Arrives**: System Prompt Learning lets LLMs learn strategies.\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "GRPO Boosts TTS Stability",
        "BOS Tokens Break Fine Tuning",
        "Prompt Learning Arrives",
    ]
    nested = [d for d in split.dropped if "Google Colab" in d.text]
    assert [d.reason for d in nested] == [DropReason.PROMOTION]
    assert "nested under a dropped item" in nested[0].detail


def test_linked_bullets_with_summaries() -> None:
    """Bullets whose title is a link become stories with that link as their url."""
    body = (
        "## Reading list\n\n"
        "- [BYD opens a plant in Hungary](https://example.com/byd?utm_source=x) Production starts in March.\n"
        "- [Nio cuts prices on three models](https://example.com/nio) The cuts reach 10%.\n"
    )
    split = split_text(body)
    assert titles(split) == ["BYD opens a plant in Hungary", "Nio cuts prices on three models"]
    assert split.stories[0].url == "https://example.com/byd"
    assert split.stories[0].section == "Reading list"


def test_link_headline_with_summary_below() -> None:
    """A '[Title](url)' line followed by a paragraph is a headline with its link."""
    body = "[Xiaomi delivers 40,000 cars](https://example.com/xiaomi)\n\nXiaomi delivered 40,000 cars.\n"
    split = split_text(body)
    assert titles(split) == ["Xiaomi delivers 40,000 cars"]
    assert split.stories[0].url == "https://example.com/xiaomi"
    assert split.stories[0].text == "Xiaomi delivered 40,000 cars."


def test_plain_headlines_without_blank_lines() -> None:
    """Plain text with a headline line over each paragraph and no blank lines splits per headline."""
    body = (
        "Top Stories\n"
        "Alibaba Opens Qwen to Developers\n"
        "Alibaba said developers can now build agents on Qwen, its flagship model family.\n"
        "It also cut API prices by half.\n"
        "Tesla Recalls Model Y in China\n"
        "Tesla will recall 12,000 Model Y cars in China over a seat-belt fault.\n"
    )
    split = split_text(body, Format.TEXT)
    assert [(s.section, s.title) for s in split.stories] == [
        ("Top Stories", "Alibaba Opens Qwen to Developers"),
        ("Top Stories", "Tesla Recalls Model Y in China"),
    ]
    assert split.stories[0].text.count("\n\n") == 1


def test_headless_paragraph_gets_a_derived_title() -> None:
    """A paragraph with no headline is titled by its first sentence, cut at a clause boundary."""
    body = (
        "German corporate investment in China surged to a four-year high in 2025, reaching EUR 7 billion "
        "during the January to November period, according to the IW institute. Firms localised.\n"
    )
    split = split_text(body, Format.TEXT)
    assert titles(split) == ["German corporate investment in China surged to a four-year high in 2025"]


def test_derive_title_short_sentence_whole() -> None:
    """A short first sentence is the title as it stands, without its full stop."""
    assert derive_title("Nio cut prices. More to come.") == "Nio cut prices"


def test_derive_title_skips_the_phrase_opening_a_sentence() -> None:
    """A long sentence opening with a phrase set before its subject ("In a rare address to Congress,
    ...") is headed by its main clause, not by the phrase (which had been the headline)."""
    assert derive_title(
        "In a rare address to Parliament, Queen Ilse of Norland praised the long friendship between the"
        " two kingdoms, calling it a model for the continent."
    ).startswith("Queen Ilse of Norland praised the long friendship")
    assert (
        derive_title(
            "While the world was watching the Orion 4 launch, Kestrel quietly released two open models"
            " with long context: Vela-2 and Lyra-1."
        )
        == "Kestrel quietly released two open models with long context: Vela-2 and Lyra-1"
    )
    assert derive_title(
        "In Alder County, Vermont, on the way back from the fair, I stopped at the visitor centre to look"
        " at the old maps."
    ).startswith("I stopped at the visitor centre")
    # After the comma a second verb of the opening sentence, or the next item of a list, heads nothing.
    assert main_clause("While reading I came across a new word, and looked it up in a dictionary.") is None
    assert main_clause("While you are a student, contingent worker, or retired, ask for a free copy.") is None
    assert main_clause("When you look at Titan from its moons, it does not look promising.") is None
    # Nor does a relative clause: the comma closing the opening phrase was left out.
    assert (
        main_clause(
            "In talks with pilots of the harbour I heard of “the old storm” and “the new storm”, which"
            " always carried the weight of something significant."
        )
        is None
    )
    # A sentence opening with its subject is left to the clause cuts; a short one stays whole.
    assert main_clause("A harbour pilot who guided the ship through the storm, the port said, won.") is None
    assert derive_title("In Oslo, prices fell.") == "In Oslo, prices fell"
    # Nor is an opening phrase ended by a comma inside its brackets.
    assert derive_title(
        "As every lab races toward being some form of Kestrel (that is, a coding focus, better slides and"
        " sheets), the open models are catching up faster than anyone expected this spring."
    ).startswith("The open models are catching up")
    # A clause is never cut inside brackets.
    assert derive_title(
        "Kestrel Notes (the desktop app, not the web one) is now available to every paying customer, at no"
        " extra cost."
    ).startswith("Kestrel Notes (the desktop app, not the web one)")


def test_derive_title_never_cuts_a_subject_from_its_verb() -> None:
    """A cut that would leave the sentence's subject alone ("A Norland Coast Guard pilot" before "who
    guided ... was honoured") tells nothing that happened: the headline runs on past it."""
    title = derive_title(
        "A Norland Coast Guard pilot who guided the ferry through the storm off the northern cape was"
        " honoured by the harbour board on Tuesday."
    )
    assert title != "A Norland Coast Guard pilot"
    assert title.startswith("A Norland Coast Guard pilot who guided the ferry")
    # A clause telling what happened is still cut at its boundary.
    assert (
        derive_title(
            "The harbour board honoured the ferry pilots on Tuesday, who guided three ships through the"
            " storm off the northern cape last week."
        )
        == "The harbour board honoured the ferry pilots on Tuesday"
    )
    # A title in capitals has no lower-case noun to be a subject: its list is cut as before.
    assert (
        derive_title(
            "Harbour Crane Firmware, Tugboat Battery Monitor, Ferry Timetable Parser in C, and more from the"
            " community this week."
        )
        == "Harbour Crane Firmware, Tugboat Battery Monitor"
    )


def test_link_markers_stripped_from_headlines() -> None:
    """'(link)' and '(link, link)' after a headline are link labels, not words of the title."""
    assert strip_link_suffix("Anta buys a Puma stake (link, link)") == "Anta buys a Puma stake"
    assert strip_link_suffix("A headline (link)") == "A headline"


def test_a_site_tag_with_its_path_is_stripped_from_headlines() -> None:
    """A link list's site tag names where the link goes, with the path's first part or not
    ("(github.com/someone)", "(blog.example.com)"); a name in brackets stays."""
    assert strip_link_suffix("Show HN: Zeppo – browser automation (github.com/zeppo-labs)") == (
        "Show HN: Zeppo – browser automation"
    )
    assert strip_link_suffix("Tugboat battery monitor (blog.example.com)") == "Tugboat battery monitor"
    assert (
        strip_link_suffix("Harbour cranes go electric (Port of Oslo)")
        == "Harbour cranes go electric (Port of Oslo)"
    )


def test_sponsor_heading_drops_its_section() -> None:
    """Everything under a 'Sponsored' heading is in the ledger as sponsor content, until the next heading."""
    body = (
        "## Sponsored\n\nTrade A-shares with zero commission.\n\nOpen an account in minutes today.\n\n"
        "## Markets\n\n### Stocks rally\n\nThe CSI 300 rose 1.8% on the week.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Stocks rally"]
    sponsor = [d for d in split.dropped if d.reason is DropReason.SPONSOR]
    assert len(sponsor) == 3


def test_footer_and_prompts_dropped() -> None:
    """Unsubscribe footers, share prompts and greetings go to the ledger with their reasons."""
    body = (
        "Good morning, readers!\n\n## Chery prices its IPO\n\nChery raised HK$9.1 billion in Hong Kong.\n\n"
        "Forwarded this? [Subscribe here](https://example.com/subscribe).\n\n"
        "You are receiving this because you signed up. [Unsubscribe](https://example.com/u)\n"
    )
    split = split_text(body)
    assert titles(split) == ["Chery prices its IPO"]
    assert [d.reason for d in split.dropped] == [
        DropReason.BOILERPLATE,
        DropReason.PROMOTION,
        DropReason.FOOTER,
    ]


def test_user_boilerplate_pattern() -> None:
    """Extra patterns from the settings drop matching blocks."""
    body = "## Real news\n\nA real paragraph about Nio.\n\nBrought to you each week by the Dragon Desk team\n"
    doc = Document(Edition(path="x.md", format=Format.MARKDOWN), body)
    split = split_document(doc, ReadSettings(boilerplate=(r"dragon desk",)))
    assert [d.reason for d in split.dropped] == [DropReason.BOILERPLATE]
    assert "pattern" in split.dropped[0].detail


def test_masthead_names_and_dates_the_edition() -> None:
    """'Name: date' at the top gives the edition's source and date."""
    split = split_text("Weekly Dragon: 2 February 2026\n\n## Nio cuts prices\n\nNio cut prices by 10%.\n")
    assert split.edition.source == "Weekly Dragon"
    assert split.edition.date == dt.date(2026, 2, 2)
    assert split.stories[0].date == dt.date(2026, 2, 2)


def test_unknown_date_stays_unknown() -> None:
    """An edition that states no date gives undated stories, never today's date."""
    split = split_text("## Nio cuts prices\n\nNio cut prices by 10%.\n")
    assert split.stories[0].date is None


def test_single_story_entry() -> None:
    """A feed entry marked as one story keeps its own title and link."""
    doc = Document(
        Edition(
            path="f.rss",
            format=Format.RSS,
            source="Wire",
            title="Huawei ships chips",
            url="https://x.example/a",
        ),
        "Huawei began shipping.\n\nMore detail here.\n",
        single_story=True,
    )
    split = split_document(doc, ReadSettings())
    assert [(s.title, s.url, s.text) for s in split.stories] == [
        ("Huawei ships chips", "https://x.example/a", "Huawei began shipping.\n\nMore detail here.")
    ]


def test_format_fixtures_split() -> None:
    """Every format fixture gives stories with titles and text, and every edition a source."""
    reading = read_stories([FORMATS], Settings())
    assert len(reading.stories) >= 30
    assert all(s.title and s.source for s in reading.stories)
    assert all(e.source for e in reading.editions)
    titles_read = {s.title for s in reading.stories}
    assert "Moore Threads narrows its loss as GPU revenue jumps" in titles_read
    assert "Airbus confirms Tianjin line expansion" in titles_read
    sections = {s.section for s in reading.stories if s.source == "财经早报"}
    assert sections == {"【宁德时代】", "【比亚迪】", "【摩尔线程】", "【楼市】"}


def _alnum(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


_LINE = st.one_of(
    st.text(max_size=80),
    st.sampled_from(
        [
            "## Markets",
            "TOP BIT",
            "**Bold lead.** Then the text of the story goes on here.",
            "- [Linked title](https://example.com/a) summary",
            "Subscribe to our newsletter",
            "Unsubscribe",
            "A Short Headline Line",
            "A longer paragraph that ends with a full stop and reads like the body of a news story.",
            "",
            "---",
            "Daily Dragon: 2 February 2026",
            "time07-06-2025",
        ]
    ),
)


@settings(max_examples=200, deadline=None)
@given(st.lists(_LINE, max_size=30))
@example(["0", "0", "00"])  # a story of digits whose later lines are its metadata
def test_split_never_raises_and_loses_nothing(lines: list[str]) -> None:
    """On any body, the splitter returns, and every block is in a story or in the ledger."""
    body = "\n".join(lines)
    split = split_text(body)
    kept = " ".join(_alnum(f"{s.title} {s.text} {s.section or ''} {s.source}") for s in split.stories)
    kept += " " + " ".join(_alnum(d.text) for d in split.dropped)
    for block in parse_blocks(body):
        probe = _alnum(strip_link_suffix(strip_read_more(block.text)))[:200]
        assert probe in kept
    assert [s.position for s in split.stories] == list(range(len(split.stories)))


def test_a_link_many_items_of_an_edition_share_is_no_story_s_article() -> None:
    """Six items, five linked to one placeholder page: none of them takes it as its article."""
    items = "".join(
        f"## [{name} ships a new model]({'https://example.org/source' if k else 'https://example.org/own'})\n\n"
        f"{name} released a new model on Tuesday, the company said in a statement.\n\n"
        for k, name in enumerate(["Acme", "Globex", "Initech", "Umbrella", "Hooli", "Stark"])
    )
    edition = Edition(path="letter.md", format=Format.MARKDOWN, source="Letter", date=dt.date(2026, 2, 2))
    split = split_document(Document(edition=edition, body="# Letter\n\n" + items), ReadSettings())
    urls = [story.url for story in split.stories]
    assert urls == ["https://example.org/own", None, None, None, None, None]
    assert all("https://example.org/source" in s.links for s in split.stories[1:])


def test_an_item_of_placeholders_only_is_empty() -> None:
    """ "- **N/A**: N/A" holds a place where nothing was written: no story, an "empty" ledger entry."""
    assert _placeholder_only("N/A N/A: N/A")
    assert _placeholder_only("TBD - tba, none")
    assert not _placeholder_only("N/A: the lab did not say")
    assert not _placeholder_only("NASA delays launch")
    assert not _placeholder_only("0 00")  # digits alone are not a placeholder
    # The development week's recap prints "- **N/A**: N/A" twice for an empty channel.
    reading = read_stories([require_week() / "ainews-2025-06-05.md"])
    assert not [s for s in reading.stories if "N/A" in s.title]
    assert [d.reason for d in reading.dropped if d.text == "N/A: N/A"] == [DropReason.EMPTY] * 2


def test_a_titled_summary_that_keeps_a_mention_is_not_a_chat_line() -> None:
    """A bold-titled summary that kept a "<@123>" mention summarises; "user: <@1> hi" is chat."""
    body = (
        "## GPU ▷ #events (3 messages):\n\n"
        "- **FastVideo event starting now!**: The FastVideo event starts now, on how to accelerate video "
        "diffusion models with <@1083258989309071410>.\n"
        "- **Details on Video Diffusion Acceleration**: The session explores faster video diffusion.\n"
        "\n## Lab ▷ #general (2 messages):\n\n"
        "- jacklee0897: <@299045948146057218>Where is hackcathon?\n"
    )
    split = split_text(body)
    assert "FastVideo event starting now!" in titles(split)
    assert [d.reason for d in split.dropped if d.text.startswith("jacklee0897")] == [DropReason.CHAT]


def test_a_list_of_one_line_items_under_no_headline_is_one_story_each() -> None:
    """ "Quick hits" bullets are stories of their own; a story's own bullets stay with it."""
    body = (
        "Morning Brief: 2 Feb 2026\n\nIn brief\n\n"
        "- Apple buys Beats for $3 billion\n"
        "- Nio cuts prices on three models by 10%\n"
        "- Claude.ai auto-compacts context mid-chat ([update](https://x.example/u), ~2.3k)\n\n"
        "## Deals\n\n"
        "### BYD opens a plant in Hungary\n\n"
        "BYD opened the plant on Monday.\n\n"
        "- It makes 150,000 cars a year.\n"
        "- It employs 3,000 people.\n"
    )
    split = split_text(body)
    assert titles(split) == [
        "Apple buys Beats for $3 billion",
        "Nio cuts prices on three models by 10%",
        "Claude.ai auto-compacts context mid-chat",
        "BYD opens a plant in Hungary",
    ]
    assert "150,000 cars" in split.stories[-1].text
    assert "3,000 people" in split.stories[-1].text


def test_images_are_not_text_and_hour_read_times_go() -> None:
    """An image's alt text is no story; "(4 hour read)" leaves a headline like "(4 minute read)"."""
    body = (
        "## Launches\n\n"
        "![A bar graph comparing the accuracy of models on SWE-bench](https://img.example/a.png)\n\n"
        "### [OpenAI Business Breakdown (4 hour read)](https://r.example/openai)\n\n"
        "OpenAI is a high-growth, high-burn platform.\n"
    )
    split = split_text(body)
    assert titles(split) == ["OpenAI Business Breakdown"]
    assert not any("bar graph" in s.text or "bar graph" in s.title for s in split.stories)


def test_a_bold_title_holding_the_texts_first_word_gives_it_back() -> None:
    """ "**Parrots Ship 2B Model!Parrots** made waves ...": the bold title closed by "!" holds the
    text's first word glued on; the title stops at its mark and the word opens the text."""
    body = (
        "**Theme 1: New Models**\n\n"
        "- **Parrots Ship 8TB Corpus & New 2B Model!Parrots** made waves by releasing a corpus and a model.\n"
        "- **Finches Join the Race?Finch** labs published weights for three sizes today.\n"
    )
    split = split_text(body)
    titles = [s.title for s in split.stories]
    assert titles == ["Parrots Ship 8TB Corpus & New 2B Model!", "Finches Join the Race?"]
    assert split.stories[0].text == "Parrots made waves by releasing a corpus and a model."
    assert split.stories[1].text.startswith("Finch labs published")
