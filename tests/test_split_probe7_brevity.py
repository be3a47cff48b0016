"""Smart-Brevity-style editions: bold labels over a story's bullets, rules between stories, credits.

Each story is a headline, a paragraph, bold labels ("**By the numbers:**") over its own
bullets and a "Go deeper" link; a horizontal rule separates the stories, and what follows
the last one (thanks to the editors, a paid tier's pitch) is chrome, not more of it.
"""

from __future__ import annotations

from pathlib import Path

from digest.models import DropReason
from tests.test_split_layouts import split_file, split_text, titles


def test_a_bold_colon_label_keeps_the_bullets_under_it_in_the_story() -> None:
    """ "**By the numbers:**" over bullets that are each a sentence: the story's figures, not items."""
    body = (
        "## 2. Heat wave grips Lisbon\n\n"
        "Lisbon hit 44°C on Tuesday, its hottest day on record, as a heat dome sat over Iberia.\n\n"
        "**By the numbers:**\n\n"
        "- Hospitals reported 312 heat-related admissions since Sunday.\n"
        "- Grid operator REN said demand peaked at 9.1 gigawatts.\n\n"
        "[Go deeper](https://brief.example/lisbon-heat)\n\n"
        "## 3. Senate passes the ports bill\n\nThe Senate voted 61-38 to fund twelve port upgrades.\n"
    )
    split = split_text(body)
    assert titles(split) == ["Heat wave grips Lisbon", "Senate passes the ports bill"]
    assert "312 heat-related admissions" in split.stories[0].text
    assert split.stories[0].url == "https://brief.example/lisbon-heat"


def test_a_rule_ends_the_last_story_and_the_credits_after_it_are_chrome(tmp_path: Path) -> None:
    """An <hr> is a separator; a word count, thanks to the editors and a free-trial pitch are chrome."""
    html = (
        "<html><body><p><b>Smart count:</b> 812 words ... 3 mins.</p><hr>"
        "<h2>Wimbledon keeps its robot line judges</h2>"
        "<p>Wimbledon said it will keep electronic line calls next year despite complaints.</p><hr>"
        "<p>Big thanks to <b>Zoe Park</b> for editing this newsletter.</p>"
        "<p><b>Brief Pro:</b> Get the full picture on sports business. "
        '<a href="https://pro.example">Start a free trial</a>.</p></body></html>'
    )
    path = tmp_path / "brief.html"
    path.write_text(html, encoding="utf-8")
    split = split_file(path)
    assert titles(split) == ["Wimbledon keeps its robot line judges"]
    assert "thanks" not in split.stories[0].text.casefold()
    reasons = {d.text: d.reason for d in split.dropped}
    assert reasons["Smart count: 812 words ... 3 mins."] is DropReason.BOILERPLATE
    assert reasons["Big thanks to Zoe Park for editing this newsletter."] is DropReason.BOILERPLATE
    assert (
        reasons["Brief Pro: Get the full picture on sports business. Start a free trial."]
        is DropReason.PROMOTION
    )
    assert reasons["---"] is DropReason.BOILERPLATE
