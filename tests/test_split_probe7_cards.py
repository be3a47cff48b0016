"""Product cards: a linked name, its tagline on the line under it, categories and a vote count.

A daily of launches prints each product as a card inside one table cell: the linked name,
a "<br>", the tagline, the categories ("Legal · AI · Productivity"), then the upvotes.
Each card is a story titled by the name, with the tagline as its text and the name's link;
the first card is no link line of the heading above the cards.
"""

from __future__ import annotations

from pathlib import Path

from tests.test_split_layouts import split_file, split_text, titles


def _card(name: str, slug: str, tagline: str, tags: str, votes: int) -> str:
    return (
        f'<table><tr><td><img src="{slug}.png" alt="{name}"></td>'
        f'<td><a href="https://launches.example/posts/{slug}"><b>{name}</b></a><br>'
        f"<span>{tagline}</span><br><span>{tags}</span></td><td><b>▲ {votes}</b></td></tr></table>"
    )


def test_each_product_card_is_a_story_with_its_tagline_and_link(tmp_path: Path) -> None:
    """Four cards under "Top Products Launching Today": four stories, none titled by the heading."""
    cards = "".join(
        [
            _card("Tidepool", "tidepool", "A shared inbox for marine research teams", "Science · Email", 512),
            _card(
                "Gearbox",
                "gearbox",
                "Rent camera gear from people near you",
                "Photography · Marketplace",
                401,
            ),
            _card(
                "Quietly", "quietly", "Mute every meeting that could have been a memo", "Productivity", 233
            ),
            _card(
                "Ledgerleaf 2.0",
                "ledgerleaf-2",
                "Bookkeeping for farms, offline first",
                "Finance · Open Source",
                120,
            ),
        ]
    )
    html = (
        "<html><body><p><b>Launch Daily</b></p><p>Tuesday, March 10, 2026</p>"
        f"<h2>🏆 Top Products Launching Today</h2>{cards}"
        '<p><a href="https://launches.example/">See all of today\'s launches →</a></p></body></html>'
    )
    path = tmp_path / "launch-daily.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == ["Tidepool", "Gearbox", "Quietly", "Ledgerleaf 2.0"]
    assert split.stories[1].text == "Rent camera gear from people near you"
    assert split.stories[0].url == "https://launches.example/posts/tidepool"
    assert "See all" not in split.stories[-1].text


def test_poll_options_under_a_bold_question_stay_in_the_poll() -> None:
    """Linked options printed alike under a poll's bold question are the poll's, not product cards."""
    body = (
        "## Vite 8 ships\n\nVite 8 makes Rolldown its default bundler for production builds.\n\n"
        "## 📊 Poll of the week\n\n**Which CSS feature do you use most?**\n\n"
        "[Container queries](https://ff.example/poll?a=1)\n[:has()](https://ff.example/poll?a=2)\n"
        "[Nesting](https://ff.example/poll?a=3)\n\nLast week's results: 58% of you still write Sass.\n"
    )
    assert titles(split_text(body)) == ["Vite 8 ships"]
