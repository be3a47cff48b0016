"""An item printed without a title is headlined by its own first sentence; when its list lost its
separators, the text runs on into the next item ("... set to begin this week in Oakland. King
Charles and Queen Camilla arrive ..."). What follows the headline's sentence is told only if it goes
on from it; other reports tell the event instead."""

from __future__ import annotations

from digest.compose.summary import summarise
from digest.models import Format, Story


def _story(sid: str, text: str, source: str, title: str) -> Story:
    return Story(id=sid, title=title, text=text, source=source, path=f"{sid}.md", format=Format.MARKDOWN)


_HEADLINE = "Jane Roe's lawsuit against Acme Robotics is set to begin this week in Fresno"


def _lead(rest: str) -> Story:
    return _story("a", f"{_HEADLINE}. {rest}", "Morning List", _HEADLINE)


_OTHER = _story(
    "b",
    "Jury selection in Jane Roe's case against Acme Robotics finished today; arguments begin tomorrow. "
    "The judge said several candidates knew of the case.",
    "Court Notes",
    "Roe and Acme head to court",
)


def test_the_next_item_of_a_run_on_list_is_not_the_lead() -> None:
    lead = _lead("Prince Albert and Princess Clara arrive in Ottawa for a four-day state visit.")
    told = [s.text for s in summarise((lead, _OTHER), _HEADLINE, 3, 120)]
    assert not any("Prince Albert" in t for t in told), told
    assert told[0].startswith("Jury selection")


def test_a_sentence_going_on_from_the_headline_stays() -> None:
    lead = _lead("It was filed in 2024 and claims the company copied her designs.")
    told = [s.text for s in summarise((lead, _OTHER), _HEADLINE, 3, 120)]
    assert told[0].startswith("It was filed in 2024"), told


def test_a_sentence_naming_the_headlines_subject_stays() -> None:
    lead = _lead("Acme Robotics says the claims are baseless.")
    told = [s.text for s in summarise((lead, _OTHER), _HEADLINE, 3, 120)]
    assert told[0] == "Acme Robotics says the claims are baseless.", told


def test_a_single_report_keeps_its_text() -> None:
    """With no other report to tell the event, the report's text is all there is."""
    lead = _lead("Prince Albert and Princess Clara arrive in Ottawa for a four-day state visit.")
    told = [s.text for s in summarise((lead,), _HEADLINE, 3, 120)]
    assert told, told
    assert told[0].startswith("Prince Albert"), told
