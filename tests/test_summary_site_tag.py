"""A link list's item closes with the site its link goes to ("... (example.medium.com)",
"(github.com/someone)"): the tag is where the link goes, not a claim, so the summary never tells it,
and an item saying only its title and tag says nothing more than its headline."""

from __future__ import annotations

import pytest

from digest.compose.summary import summarise
from digest.models import Format, Story


def _story(text: str, title: str) -> Story:
    return Story(id="a", title=title, text=text, source="Link List", path="a.md", format=Format.MARKDOWN)


@pytest.mark.parametrize(
    ("text", "headline"),
    [
        (
            "I bought Gadgetville for $30k – here's what I'm doing with it (someone.medium.com)",
            "I bought Gadgetville for $30k – here's what I'm doing with it",
        ),
        (
            "Show HN: Zeppo – making browser automations deterministic (github.com/zeppo-labs)",
            "Show HN: Zeppo – making browser automations deterministic (github.com/zeppo-labs)",
        ),
    ],
)
def test_an_item_of_title_and_site_tag_adds_nothing_to_its_headline(text: str, headline: str) -> None:
    assert summarise((_story(text, headline),), headline, 3, 120) == ()


def test_a_site_tag_is_not_told_but_the_sentence_is() -> None:
    story = _story(
        "Zeppo makes browser automations deterministic by recording every step (zeppo.dev). "
        "It runs on a small server written for Node.js (node.js).",
        "Zeppo",
    )
    told = [s.text for s in summarise((story,), "Zeppo", 3, 120)]
    assert told[0] == "Zeppo makes browser automations deterministic by recording every step.", told
    assert told[1].endswith("(node.js)."), "a file's extension is no site"
