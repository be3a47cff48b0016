"""Items that only point at a newsletter's sign-up page are the edition's promotion of its sister
newsletters, never stories; a newsletter's own dated article is."""

from __future__ import annotations

from pathlib import Path

from tests.test_split_layouts import split_file


def test_a_list_of_the_senders_newsletters_is_a_promotion(tmp_path: Path) -> None:
    """Items that only point at a newsletter's sign-up page ("Markets Daily for what's moving in
    stocks" linking ".../account/newsletters/markets-daily") are the edition's promotion of its sister
    newsletters; a newsletter's own article, dated in its address, stays a story."""
    path = tmp_path / "weekend.md"
    path.write_text(
        "## Harbour towns vote to restore their locks\n\nThree towns voted on Tuesday to restore the locks "
        "that closed in 1962, at a cost of 4 million euros, the council said.\n\n"
        "[Read the full letter](https://example.com/news/newsletters/2026-04-24/harbour-towns-vote)\n\n"
        "## More from Example\n\nEnjoying the weekend edition? Check out these newsletters:\n\n"
        "* [Markets Daily](https://example.com/account/newsletters/markets-daily) for what is moving in "
        "stocks, bonds and currencies.\n"
        "* [Supply Lines](https://example.com/account/newsletters/supply-lines) for daily insights into "
        "supply chains and global trade.\n"
        "* [Explore all newsletters](https://example.com/newsletters) at example.com\n",
        encoding="utf-8",
    )
    split = split_file(path)
    titles = [s.title for s in split.stories]
    assert titles == ["Harbour towns vote to restore their locks"]
    promoted = [d.text for d in split.dropped if d.detail == "a newsletter's promotion (its sign-up page)"]
    assert any("Markets Daily" in text for text in promoted)
    assert any("Supply Lines" in text for text in promoted)


def test_sign_up_pages_are_told_from_newsletter_articles() -> None:
    """A sign-up page names newsletters or a subscription and then at most two plain segments."""
    from digest.text.links import is_sign_up_page as sign_up_page

    assert sign_up_page("https://example.com/account/newsletters/markets-daily?utm_source=x")
    assert sign_up_page("https://example.com/newsletters")
    assert sign_up_page("https://harbour.substack.com/subscribe")
    assert not sign_up_page("https://example.com/news/newsletters/2026-04-24/harbour-towns-vote")
    assert not sign_up_page("https://example.com/")
    assert not sign_up_page("https://example.com/p/how-we-built-our-newsletter")
