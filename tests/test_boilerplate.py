"""Boilerplate rules: chrome is caught by kind, news that mentions the same words is not."""

from __future__ import annotations

import pytest

from digest.models import DropReason
from digest.split.chrome import block_verdict, heading_verdict, is_job_listing


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("OUR PARTNER", DropReason.SPONSOR),
        ("Presented by Acme Cloud", DropReason.SPONSOR),
        ("Nio's new battery swap stations (Sponsor)", DropReason.SPONSOR),
        ("TOGETHER WITH PELICAN CLOUD", DropReason.SPONSOR),
        ("Ship queues in minutes [Sponsored]", DropReason.SPONSOR),
        ("🚀", DropReason.NAVIGATION),
        ("What should we cover more often? Pick your top choice!", DropReason.POLL),
        ("Take our quick survey", DropReason.POLL),
        ("Forwarded this? Subscribe here.", DropReason.PROMOTION),
        ("Recommend asiabits to a friend or colleague", DropReason.PROMOTION),
        ("Download the app from your app store", DropReason.PROMOTION),
        ("Share your referral link and earn a free month", DropReason.PROMOTION),
        ("Referral program: three friends get you the paid edition", DropReason.PROMOTION),
        ("* Yes, it's an affiliate link. No, you won't pay more.", DropReason.AFFILIATE),
        ("You received this email because you subscribed. Unsubscribe", DropReason.FOOTER),
        ("Manage your preferences", DropReason.FOOTER),
        ("This e-mail has been sent to reader@example.com.", DropReason.FOOTER),  # Mailjet's footer
        ("This email was sent to , .", DropReason.FOOTER),  # the same, its fields left empty
        ("© 2026 Pearl River Post", DropReason.FOOTER),
        ("本邮件由编辑部发送。退订请回复“退订”。", DropReason.FOOTER),
        ("Reading time: 4 min 44 sec", DropReason.BOILERPLATE),
        ("Source: AI-generated, Public Domain Information", DropReason.BOILERPLATE),
        ("Reply", DropReason.BOILERPLATE),
        ("Good morning, friends,", DropReason.BOILERPLATE),
        ("Thanks for reading, see you next week!", DropReason.BOILERPLATE),
        ("Home Archive", DropReason.NAVIGATION),
        ("Posts", DropReason.NAVIGATION),
        ("P.S. Our weekend edition is back on Saturday.", DropReason.PROMOTION),
    ],
)
def test_chrome_is_caught(text: str, reason: DropReason) -> None:
    """Each kind of chrome gets its own ledger reason."""
    verdict = block_verdict(text)
    assert verdict is not None
    assert verdict.reason is reason


@pytest.mark.parametrize(
    "text",
    [
        "Kuaishou said its subscriber base grew 12% after the platform was fined 26 million yuan by"
        " regulators in Beijing, and analysts expect the company to sign up more advertisers"
        " and partners this year.",
        "Hi-tech exports from Guangdong rose 9% in January.",
        "Parliament will vote on the budget next week, after months of debate over defence spending.",
        "Apple's App Store revenue in China fell 4% as regulators reviewed commission rates charged to"
        " developers and local rivals gained ground in mini-programs embedded in WeChat and Alipay.",
        "China Factory Activity Contracts",
        "Together with its suppliers, Airbus will double A320 output by 2028 in Tianjin and Mobile.",
        "AI will replace all the jobs, says a CEO",
        # A recap reporting what others did with referrals, not the edition's own prompt.
        "Hyperbolic's Wild H100 Hour Prices: Hyperbolic offers H100s at $3.95/hour, with bonus credits"
        " available through referral link.",
        "Another user found a 30-second video cost 208 credits, while others shared referral links.",
        "Referral fraud surges at fintech apps, report says",
        "Did you see? Uber cut its referral bonuses for drivers",
        "盛世之下，深圳港集装箱吞吐量创历史新高，同比增长百分之九，出口订单持续回暖，港口方面表示将继续扩建码头。",
    ],
)
def test_news_is_not_chrome(text: str) -> None:
    """News that happens to use chrome words is kept."""
    assert block_verdict(text) is None


def test_word_limits_count_cjk_text() -> None:
    """A long Chinese report that mentions unsubscribing (退订) is news: CJK characters count as words."""
    report = (
        "消费者协会称，网购平台的自动续费和退订流程仍不透明。"
        + "调查覆盖二十家平台，多数未在显著位置提示扣费时间。" * 6
    )
    assert block_verdict(report) is None
    assert block_verdict("退订请回复“退订”。") is not None


def test_heading_verdict_for_job_sections() -> None:
    """A 'CAREER BITS' heading opens a section of job listings."""
    verdict = heading_verdict("CAREER BITS")
    assert verdict is not None
    assert verdict.reason is DropReason.JOBS


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("🌏 Tencent: Global Communications Associate Manager, Shenzhen", True),
        ("Xiaomi Technology: Network Development Manager, Munich", True),
        ("Tencent raised its dividend by 32% on strong games sales.", False),
        ("BYD names a new head of European sales", False),
    ],
)
def test_job_listing_lines(line: str, expected: bool) -> None:
    """'Company: Role, City' lines are job openings; news about people and roles is not."""
    assert is_job_listing(line) is expected


def test_extra_patterns() -> None:
    """User patterns (compiled by the caller) drop matching blocks as boilerplate."""
    import re

    verdict = block_verdict("Brought to you by the Dragon Desk", (re.compile("dragon desk", re.I),))
    assert verdict is not None
    assert verdict.reason is DropReason.BOILERPLATE
