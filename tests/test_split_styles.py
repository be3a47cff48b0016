"""Newsletter styles beyond the seeds (written for these tests): link digests, Axios-style, e-mail HTML."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason
from digest.settings import Settings

HERE = Path(__file__).resolve().parent / "newsletters"


def test_link_digest_with_reading_times_and_referral_block() -> None:
    """Bold linked titles with '(4 minute read)' are headlines; referral and advertising blocks are chrome."""
    reading = read_stories([HERE / "tldr.md"], Settings())
    assert [(s.section, s.title, s.url) for s in reading.stories] == [
        ("Big Tech & Startups", "Apple unveils on-device AI agents", "https://links.tldrnewsletter.com/abc"),
        (
            "Big Tech & Startups",
            "Nvidia delays Rubin shipments to China",
            "https://www.reuters.com/tech/nvidia-rubin/",
        ),
        (
            "Science & Futuristic Technology",
            "CATL shows a sodium-ion pack for trucks",
            "https://example.com/catl",
        ),
        ("Quick Links", "Xiaomi's YU7 passes 100,000 orders", "https://example.com/xiaomi"),
    ]
    reasons = [d.reason for d in reading.dropped]
    assert reasons.count(DropReason.PROMOTION) == 3
    assert reasons.count(DropReason.SPONSOR) == 2
    assert reading.editions[0].source == "TLDR"


def test_numbered_headlines_with_lead_in_paragraphs() -> None:
    """'1 big thing:' and '2.' headlines open stories; 'Why it matters:' paragraphs stay in them."""
    reading = read_stories([HERE / "axios.txt"], Settings())
    assert [s.title for s in reading.stories] == [
        "1 big thing: China's EV price war deepens",
        "Tencent bets on AI agents",
        "Catch up quick",
    ]
    first = reading.stories[0].text
    assert "Why it matters:" in first
    assert "Go deeper: BYD's overseas push" in first
    assert reading.editions[0].source == "Axios China"  # not the byline under it


def test_email_html_bold_paragraph_headlines_and_reading_list() -> None:
    """Bold one-line paragraphs are headlines; a list of links is one title-only story per link."""
    reading = read_stories([HERE / "bloomberg.html"], Settings())
    titles = [s.title for s in reading.stories]
    assert titles[:3] == ["Stocks slide", "Election countdown", "Copper record"]
    assert "Inside the race to build China's humanoid robots" in titles
    assert {d.reason for d in reading.dropped} >= {DropReason.FOOTER, DropReason.PROMOTION}


def test_hard_wrapped_plain_text_with_capitalised_headlines() -> None:
    """72-column text: wrapped lines join, capitalised lines are headlines, the TOC is chrome."""
    reading = read_stories([HERE / "wrapped.txt"], Settings())
    assert [s.title for s in reading.stories] == [
        "PBOC HOLDS RATES",
        "SHEIN FILES AGAIN",
        "COPPER AT A RECORD",
    ]
    pboc = reading.stories[0].text.split("\n\n")
    assert len(pboc) == 2
    assert "\n" not in pboc[0]
    assert pboc[0].startswith("The People's Bank of China kept the one-year loan prime rate at 3.0% and the")
    toc = [d.text for d in reading.dropped if d.reason is DropReason.NAVIGATION]
    assert toc == ["Today's stories:", "PBOC holds rates", "Shein files again", "Copper at a record"]
    assert reading.editions[0].source == "SINOCISM LITE"


def test_blog_platform_post_with_title_byline_and_buttons() -> None:
    """A Substack-style post: h1 is the edition title, h2s are headlines, captions and buttons are chrome."""
    reading = read_stories([HERE / "substack.html"], Settings())
    assert [(s.section, s.title) for s in reading.stories] == [
        (None, "SMIC ramps 5nm output"),
        (None, "Huawei tests its own HBM"),
        (None, "Wuhan gets a new fab"),
    ]
    smic = reading.stories[0]
    assert smic.url == "https://www.ft.com/content/smic-5nm"
    assert "Photo:" not in smic.text
    assert "The ramp matters" in smic.text
    edition = reading.editions[0]
    assert (edition.source, edition.date) == ("China Chip Weekly", dt.date(2026, 2, 3))
    details = {d.detail for d in reading.dropped}
    assert {"masthead: edition title", "photo caption or credit"} <= details
