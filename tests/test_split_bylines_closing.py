"""A story signed by its writers after its last sentence: the byline is set apart from the story.

A brief signs each item with its reporters ("... enforcement funding plan.— Burgess Everett and
Nicholas Wu"). Read as the story's own names, one team's signatures made two of its items alike,
and told in a summary they ended its last sentence. The byline goes to the ledger (boilerplate),
the story keeps its text; a quotation followed by its speaker, or an outlet's credit, stays.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.models import DropReason
from digest.split.glued import cut_byline

_REPORT = (
    "Senate Republicans are releasing a flurry of proposals to finish the pier pavilion, with the"
    " latest arriving overnight. The bill would authorize the project without using public money,"
    " a contrast to another that would divert $40 million to it, and leaders are reluctant to tack"
    " it on to their budget plan."
)


_DETAIL = "byline closing a story"


def _read(tmp_path: Path, body: str) -> tuple[list[str], list[str]]:
    path = tmp_path / "harbor-brief-2026-04-28.md"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    return [s.text for s in reading.stories], [
        d.text
        for d in reading.dropped
        if d.reason is DropReason.BOILERPLATE and d.detail == "byline closing a story"
    ]


def test_reporters_signing_an_item_are_its_byline(tmp_path: Path) -> None:
    body = (
        "# Harbor Brief\n\n## Pavilion bills multiply\n\n"
        f"{_REPORT}— Dana Reyes and Tom Okafor\n\n"
        "## Ferry fares rise\n\n"
        "The ferry authority raised fares by 8% on Monday, its first increase in four years, citing fuel"
        " costs and a shortfall in its maintenance fund that grew through the winter storms and left"
        " two boats idle for a month in the busiest season. — Dana Reyes, Harbor Brief\n"
    )
    texts, bylines = _read(tmp_path, body)
    assert texts[0].endswith("to their budget plan.")
    assert texts[1].endswith("in the busiest season.")
    assert bylines == ["— Dana Reyes and Tom Okafor", "— Dana Reyes, Harbor Brief"]


def test_a_quotation_and_its_speaker_and_an_outlet_credit_stay(tmp_path: Path) -> None:
    body = (
        "# Harbor Brief\n\n## Quote of the week\n\n"
        "Speed is a feature until it is a bug. — Ada Lovelace\n\n"
        "## The mayor speaks\n\n"
        f"{_REPORT} “We will build it either way,” the mayor said.” — Dana Reyes, Harbor Brief\n\n"
        "## Ballot measure\n\n"
        f"{_REPORT} — WSJ\n"
    )
    texts, bylines = _read(tmp_path, body)
    assert bylines == []
    assert texts[0].endswith("— Ada Lovelace")
    assert texts[1].endswith("— Dana Reyes, Harbor Brief")
    assert texts[2].endswith("— WSJ")


_NAME = st.from_regex(r"[A-Z][a-z]{1,8} [A-Z][a-z]{1,8}", fullmatch=True)


@given(
    st.lists(st.from_regex(r"[a-z]{1,9}", fullmatch=True), min_size=40, max_size=60),
    st.lists(_NAME, min_size=1, max_size=3),
    st.sampled_from([".", "!", "?"]),
)
def test_a_signed_story_loses_only_its_signature(words: list[str], names: list[str], stop: str) -> None:
    body = " ".join(words) + stop
    byline = "— " + " and ".join(names)
    kept, cut = cut_byline(f"{body} {byline}")
    assert (kept, cut) == (body, byline)
    assert cut_byline(f"{body[:-1]}.” {byline}") == (f"{body[:-1]}.” {byline}", None)  # a quotation's speaker
