"""The four seed newsletters split into the stories a reader sees, and nothing is lost."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import pytest

from digest.models import Document, DropReason, Edition, Format, Split
from digest.settings import ReadSettings
from digest.split.blocks import parse_blocks
from digest.split.splitter import split_document
from digest.text.shape import strip_link_suffix, strip_read_more

SEEDS = Path(__file__).resolve().parents[1] / "fixtures" / "seeds"
CIW = SEEDS / "000_d033f927cf230055.txt"
BUZZ = SEEDS / "001_54c5a3281ac208b6.txt"
ASIABITS = SEEDS / "002_b1f01cfd40dc48a6.txt"
AGGREGATOR = SEEDS / "003_77b2251cddc165df.txt"


def split_seed(path: Path, settings: ReadSettings | None = None) -> Split:
    """Split one seed read as plain text."""
    body = path.read_text(encoding="utf-8")
    return split_document(
        Document(Edition(path=str(path), format=Format.TEXT), body), settings or ReadSettings()
    )


def _alnum(text: str) -> str:
    return re.sub(r"\W+", "", text).casefold()


def assert_nothing_lost(path: Path, split: Split) -> None:
    """Every block of the body is in a story (title, text, section, source) or in the ledger."""
    kept = " ".join(
        _alnum(f"{s.title} {s.text} {s.section or ''} {s.source}") for s in split.stories
    ) + " ".join(_alnum(d.text) for d in split.dropped)
    for block in parse_blocks(path.read_text(encoding="utf-8")):
        # "Read more" and "(link)" labels are link text, not content.
        probe = _alnum(strip_link_suffix(strip_read_more(block.text)))[:200]
        assert probe in kept, f"lost: {block.text[:80]!r}"


def test_daily_buzz_gives_one_story_per_headline() -> None:
    """Daily Buzz: 16 stories in order, under their four sections, dated 2 February 2026."""
    split = split_seed(BUZZ)
    assert [(s.section, s.title) for s in split.stories] == [
        ("Top News", "China's President Calls for Push Into 'Future Industries'"),
        ("Top News", "ADAspace Off and Running in Global Race for Orbital Computing"),
        ("Top News", "Iran Warns of Regional War if US Attacks"),
        ("Top News", "Israeli Airstrikes Kill at Least 32 in Gaza"),
        ("Top Business", "BYD Suffers Fifth Straight Month of Lower Sales"),
        ("Top Business", "Chipmaker Wingtech Projects Wider Loss for 2025"),
        ("Top Business", "China's CSPC Signs AstraZeneca Deal Valued at Up to US$17.3 Billion"),
        ("Top Business", "China-Listed Chip Makers Signal Strong Earnings Growth"),
        ("Economy & Markets", "China Factory Activity Contracts"),
        ("Economy & Markets", "New Home Prices Rise, Resale Prices Narrow Decline"),
        ("Economy & Markets", "Bitcoin Continues Downward Trajectory"),
        ("Corporate", "Kuaishou Video Platform Fined by Chinese Regulators"),
        ("Corporate", "Pop Mart to Base European Regional Office in UK"),
        ("Corporate", "Xiaomi, Ford Deny Report of Joint Venture Talks"),
        ("Corporate", "Kangtai, Walvax Project Higher Earnings"),
        ("Corporate", "Schroders, Octopus Announce New China Deals"),
    ]
    assert {s.source for s in split.stories} == {"Daily Buzz"}
    assert {s.date for s in split.stories} == {dt.date(2026, 2, 2)}
    assert [s.position for s in split.stories] == list(range(16))


def test_daily_buzz_keeps_follow_on_paragraphs_with_their_story() -> None:
    """The Iran story keeps its 'Separately' paragraph and the Gaza story its Rafah paragraph."""
    stories = {s.title: s for s in split_seed(BUZZ).stories}
    iran = stories["Iran Warns of Regional War if US Attacks"].text.split("\n\n")
    gaza = stories["Israeli Airstrikes Kill at Least 32 in Gaza"].text.split("\n\n")
    assert len(iran) == 2
    assert iran[1].startswith("Separately, Iran said an explosion")
    assert len(gaza) == 2
    assert gaza[1].startswith("The Rafah crossing")


def test_daily_buzz_empty_tail_section_is_in_the_ledger() -> None:
    """'In Case You Missed It...' with nothing under it is recorded as empty, not a story."""
    split = split_seed(BUZZ)
    empty = [d for d in split.dropped if d.reason is DropReason.EMPTY]
    assert [d.text for d in empty] == ["In Case You Missed It..."]


def test_china_insights_weekly_stories() -> None:
    """CIW: headless paragraphs get a title from their first sentence; '(link)' headlines lose the marker."""
    split = split_seed(CIW)
    assert split.edition.source == "China Insights Weekly"
    assert split.edition.date == dt.date(2026, 2, 2)
    assert [s.title for s in split.stories] == [
        "German corporate investment in China surged to a four-year high in 2025",
        "China’s Anta invests USD 1.8 billion in German athletics brand Puma to become its largest"
        " shareholder",
        "Cambridge, UK-based AstraZeneca announced plans to invest USD 15 billion in China through 2030",
        "China's inland central and western provinces drove 2025 export growth",
        "China’s Alibaba, Moonshot release flagship AI models, Alibaba and others ramp up AI app race"
        " with Spring Festival giveaways",
        "Jilin has become the second Chinese jurisdiction to exit Beijing’s high-debt-risk list",
    ]
    alibaba = split.stories[4].text.split("\n\n")
    assert len(alibaba) == 2
    assert alibaba[1].startswith("Alibaba Group committed CNY 3 billion")


def test_china_insights_weekly_chrome_is_dropped_with_reasons() -> None:
    """The poll, the teaser list, the AI-generated line, 'Reply' and the menu are in the ledger."""
    split = split_seed(CIW)
    reasons = {d.text[:30]: d.reason for d in split.dropped}
    assert reasons["What should we cover more ofte"] is DropReason.POLL
    assert reasons["Source: AI-generated, Public D"] is DropReason.BOILERPLATE
    assert reasons["Reply"] is DropReason.BOILERPLATE
    assert reasons["Posts"] is DropReason.NAVIGATION
    teasers = [d for d in split.dropped if d.detail == "table of contents or teaser list"]
    assert len(teasers) == 4


def test_asiabits_sections() -> None:
    """asiabits: a headline opens one story per section; a list of lead-ins gives one story each."""
    split = split_seed(ASIABITS)
    assert split.edition.source == "asiabits"
    assert split.edition.date is None  # the capture does not say, and nothing is guessed
    by_section: dict[str | None, list[str]] = {}
    for story in split.stories:
        by_section.setdefault(story.section, []).append(story.title)
    assert by_section["TOP BIT"] == ["China’s AI gold rush: 700% gains – but not for you"]
    assert by_section["MARKET BIT"] == ["China’s AI startups kick off Hong Kong’s 2026 IPO year"]
    assert by_section["HEAD OF THE DAY"] == ["Makiko Ono 小野真紀子"]
    assert by_section["HIGHLIGHTS"] == [
        "Japan prepares to switch nuclear back on",
        "Sony goes all-in on Snoopy",
        "Rupee under pressure, confidence too",
    ]
    assert by_section["COUNTRY READS"] == [
        "Indonesia ramps up tax audits on wealthy families",
        "LG takes everyday technology to space",
        "Shein survives French store uproar",
    ]
    top_bit = split.stories[[s.section for s in split.stories].index("TOP BIT")].text
    assert "Stock Connect won’t help" in top_bit
    assert "Good to know" in top_bit
    for chrome in ("OUR PARTNER", "SHARING IS CARING", "CAREER BITS", "FORTUNE COOKIE"):
        assert chrome not in by_section


def test_asiabits_chrome_reasons() -> None:
    """Sponsor, referral, P.S. promotions, affiliate note and job listings go to the ledger by reason."""
    split = split_seed(ASIABITS)
    reasons = {d.reason for d in split.dropped}
    assert {
        DropReason.SPONSOR,
        DropReason.PROMOTION,
        DropReason.AFFILIATE,
        DropReason.JOBS,
        DropReason.NAVIGATION,
    } <= reasons
    jobs = [d for d in split.dropped if d.reason is DropReason.JOBS]
    assert len(jobs) == 11  # ten openings and the CAREER BITS heading


def test_aggregator_entries() -> None:
    """Aggregator: five articles, the outlet as source, dates read day-first from the page."""
    split = split_seed(AGGREGATOR)
    assert [(s.title, s.source, s.date) for s in split.stories] == [
        ("What China's listing frenzy in Hong Kong means for investors", "Straits Times", None),
        (
            "Hong Kong's still ‘over' but Stephen Roach says city a surprise trade war winner",
            "The Star",
            dt.date(2025, 6, 7),
        ),
        (
            "China's world-beaters in tech, energy sectors are focus of investors, JPMorgan says",
            "South China Morning Post",
            dt.date(2025, 5, 30),
        ),
        ("China's quiet global conquest of tech and trade", "Daily Maverick", dt.date(2025, 5, 27)),
        (
            "Hong Kong to dominate 2025 IPO action amid rush of quality Chinese firms, UBS says",
            "South China Morning Post",
            dt.date(2025, 5, 26),
        ),
    ]
    assert any(d.reason is DropReason.PROMOTION and "Download" in d.text for d in split.dropped)


def test_aggregator_relative_date_uses_as_of() -> None:
    """'a day ago' is read against the as_of setting, and stays unknown without it."""
    split = split_seed(AGGREGATOR, ReadSettings(as_of=dt.date(2025, 6, 9)))
    assert split.stories[0].date == dt.date(2025, 6, 8)


@pytest.mark.parametrize("path", [CIW, BUZZ, ASIABITS, AGGREGATOR], ids=lambda p: p.name[:3])
def test_seed_nothing_lost(path: Path) -> None:
    """Every block of every seed is in a story or in the ledger."""
    assert_nothing_lost(path, split_seed(path))


@pytest.mark.parametrize("path", [CIW, BUZZ, ASIABITS, AGGREGATOR], ids=lambda p: p.name[:3])
def test_seed_no_boilerplate_leaks(path: Path) -> None:
    """No story text carries sponsor, poll, referral, job or footer wording."""
    leaks = re.compile(
        r"OUR PARTNER|Pick your top choice|Your vote|\?ref=|Recommend asiabits|affiliate link|CAREER BITS"
        r"|Download the App|AI-generated|Reading time|Smart Brevity|Subscribe to|Associate Manager",
        re.IGNORECASE,
    )
    for story in split_seed(path).stories:
        assert not leaks.search(f"{story.title}\n{story.text}"), story.title


@pytest.mark.parametrize("path", [CIW, BUZZ, ASIABITS, AGGREGATOR], ids=lambda p: p.name[:3])
def test_seed_ids_are_unique_and_stable(path: Path) -> None:
    """Story ids are distinct within an edition and the same on every run."""
    first, second = split_seed(path), split_seed(path)
    ids = [s.id for s in first.stories]
    assert len(set(ids)) == len(ids)
    assert ids == [s.id for s in second.stories]
