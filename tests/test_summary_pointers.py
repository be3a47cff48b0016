"""A sentence that only says where more is told ("Details are available in the article.", "Full
details about the training are available.") tells no fact of the event: a summary leaves it out.
One that says what is available where, or who said so, is a fact and stays."""

from __future__ import annotations

import pytest

from digest.compose.summary import summarise
from digest.models import Format, Story


def _story(text: str) -> Story:
    return Story(
        id="a",
        title="Harbor Labs ships Kestrel 2",
        text=text,
        source="Brief",
        path="a.md",
        format=Format.MARKDOWN,
    )


@pytest.mark.parametrize(
    "pointer",
    [
        "Details are available in the article.",
        "Full details about the training are available.",
        "More information is available on the company blog.",
        "Details about the model are available in the blog post.",
    ],
)
def test_a_pointer_to_more_is_not_told(pointer: str) -> None:
    text = f"Harbor Labs released Kestrel 2, a 40B model, on Monday. {pointer}"
    told = [s.text for s in summarise((_story(text),), "Harbor Labs ships Kestrel 2", 4, 120)]
    assert told == ["Harbor Labs released Kestrel 2, a 40B model, on Monday."]


@pytest.mark.parametrize(
    "fact",
    [
        "Information about 12 million users is available on the dark web, researchers said.",
        "Details of the deal are available to subscribers only, the company said.",
    ],
)
def test_a_fact_about_what_is_available_is_told(fact: str) -> None:
    text = f"Harbor Labs released Kestrel 2, a 40B model, on Monday. {fact}"
    told = [s.text for s in summarise((_story(text),), "Harbor Labs ships Kestrel 2", 4, 120)]
    assert fact in told
