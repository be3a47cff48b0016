"""A cluster led by a report that printed only its title (a list of one-line signals) is told by
its other reports: their sentences naming the headline's subject, even when they share one word with
it, rather than an empty summary. A sentence sharing no word with the headline is still not told."""

from __future__ import annotations

from digest.compose.summary import summarise
from digest.models import Format, Story

_HEADLINE = "Zephyr adds Borealis-7 at half price, tops its own leaderboard"


def _story(sid: str, text: str, source: str, title: str) -> Story:
    return Story(id=sid, title=title, text=text, source=source, path=f"{sid}.md", format=Format.MARKDOWN)


_LEAD = _story("a", _HEADLINE, "Signals Daily", _HEADLINE)
_RECAP = _story(
    "b",
    "Borealis-7 is a broad upgrade using fewer tokens, but not uniformly dominant on community evaluations. "
    "Developer economics are becoming more explicit as agents consume more runtime.",
    "Chat Recap",
    "Borealis-7 is a broad upgrade",
)
_PAPER = _story(
    "c",
    "Researchers present Borealis-7, an agentic model improving coding and research while using fewer "
    "tokens. It scores 82.7% on one benchmark and 58.6% on another.",
    "Paper Notes",
    "Borealis-7",
)


def test_a_title_only_lead_is_told_by_the_other_reports() -> None:
    told = [s.text for s in summarise((_LEAD, _RECAP, _PAPER), _HEADLINE, 3, 120)]
    assert told, "the other reports tell the event"
    assert told[0].startswith("Borealis-7 is a broad upgrade"), told
    assert any(t.startswith("Researchers present Borealis-7") for t in told), told


def test_a_sentence_sharing_no_word_with_the_headline_stays_untold() -> None:
    other = _story(
        "d",
        "Something else happened to an unrelated company in another country entirely.",
        "Elsewhere",
        "Unrelated",
    )
    assert summarise((_LEAD, other), _HEADLINE, 3, 120) == ()
