"""Items of a brief credited to their outlets, glued after a credit in the conversion to text.

A daily brief prints short items, each closed by its outlet's credit ("... has qualified for the
ballot. — WSJ"); its text part may lose the break after a credit and glue the next item to it
("— WSJTech billionaire Sergey Brin ..."). Such items are parted again, each a story of its own, and
no headline ends with the outlet's credit.
"""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from digest.ingest import read_stories
from digest.split.glued import part_credits
from digest.text.shape import derive_title

BRIEF = "\n".join(
    [
        "Harbour Daily",
        "",
        "Good morning. Here is what the port is talking about today.",
        "",
        "Outside the Port",
        "",
        "The county’s harbour tax measure has qualified for the ballot. — WSJTech investor Ada Brill "
        "confronted the mayor over the measure at a gala. — Bloomberg",
        "Economy",
        "",
        "Ferry operators are cutting back on diesel as fuel prices climb, with sales at coastal depots "
        "dropping 4.3% in March. — FTThe city mint has been buying salvaged bronze from the old pier. — NYT",
        "Politics",
        "",
        "Council strategists privately call the party’s outlook “grim” before the vote. — NYTNearly three "
        "in four residents say there is too much money in harbour politics. — Politico",
        "",
    ]
)


def test_items_glued_after_a_credit_are_stories_of_their_own(tmp_path: Path) -> None:
    path = tmp_path / "harbour-daily-2026-04-27.md"
    path.write_text(BRIEF, encoding="utf-8")
    stories = read_stories([str(path)]).stories
    texts = [story.text for story in stories]
    assert "The county’s harbour tax measure has qualified for the ballot. — WSJ" in texts
    assert "Tech investor Ada Brill confronted the mayor over the measure at a gala. — Bloomberg" in texts
    assert "The city mint has been buying salvaged bronze from the old pier. — NYT" in texts
    assert (
        "Nearly three in four residents say there is too much money in harbour politics. — Politico" in texts
    )
    assert not [story.title for story in stories if "— " in story.title]


def test_a_name_after_a_dash_is_no_credit_unless_the_body_credits_it() -> None:
    """ "— DeepSeek" is a name, not "Deep" credited before "Seek": it is credited nowhere else, and
    it is no abbreviation in capitals."""
    lines = [
        "A lab shipped a new model this week. — Wire",
        "Rivals answered at once. — DeepSeek and others followed within days. — Wire",
    ]
    assert part_credits(lines) == lines


def test_a_body_crediting_once_is_left_as_it_is() -> None:
    lines = ["One item only. — WSJThe rest of the line is left alone."]
    assert part_credits(lines) == lines


@given(
    st.sampled_from(["WSJ", "FT", "NYT", "Harbor Wire", "WaPo"]),
    st.sampled_from(["Tech", "The", "Nearly", "Council", "Ferry"]),
)
def test_a_credit_named_elsewhere_parts_its_glued_item(outlet: str, word: str) -> None:
    lines = [
        f"The first item closes with its credit. — {outlet}",
        f"The second item closes too. — {outlet}{word} third item opens here. — {outlet}",
    ]
    parted = part_credits(lines)
    assert parted[1:] == [
        f"The second item closes too. — {outlet}",
        "",
        f"{word} third item opens here. — {outlet}",
    ]


def test_a_headline_never_ends_with_its_outlet() -> None:
    assert derive_title("The measure has qualified for the ballot. — WSJ") == (
        "The measure has qualified for the ballot"
    )
    assert derive_title("Ferry fares rise — Harbor Wire reports the details.").startswith("Ferry fares rise")


def test_a_headline_never_only_greets() -> None:
    """A briefing opening "Good morning." is titled by its first news, not by its greeting."""
    assert derive_title("Good morning. Ferry fares rise on a report the union missed its targets.") == (
        "Ferry fares rise on a report the union missed its targets"
    )
    assert derive_title("Hi all! The pier reopens today.") == "The pier reopens today"
    assert derive_title("Good morning.") == "Good morning"
    assert derive_title("Good morning to the farmers who rose early.").startswith("Good morning to")


def test_a_credit_glued_to_two_different_words_parts_both_items() -> None:
    """ "— HarborpostZambia" and "— HarborpostCouncil": one name glued after a dash to two different
    words is an outlet's credit, though no line ends with it; "— DeepSeek" twice stays whole."""
    lines = [
        "A lab shipped a new model this week. — NYT",
        "The port reopened on Monday. — HarborpostZambia is seeing more ships. — Wire",
        "Fares rose again. — HarborpostCouncil members objected on Tuesday. — Wire",
        "Rivals answered. — DeepSeek shipped too, and — DeepSeek priced it low. — Wire",
    ]
    parted = part_credits(lines)
    assert "The port reopened on Monday. — Harborpost" in parted
    assert "Zambia is seeing more ships. — Wire" in parted
    assert "Council members objected on Tuesday. — Wire" in parted
    assert lines[3] in parted


def test_a_credit_glued_to_the_article_opening_the_next_item_is_parted() -> None:
    """ "— CBSA former adviser ...": the outlet's abbreviation glued to the next item's article "A"; a
    name of two capitals before it ("— CIA agents") is left whole."""
    lines = [
        "The council indicted the harbour master again over a photo of seashells. — CBSA former adviser "
        "to the mayor, Ivo Berg, has been indicted over a private e-mail account. — NYT",
        "The pilots' union backed the strike. — WSJ",
        "The agency's report was leaked — CIA agents said so on Monday. — WSJ",
    ]
    parted = part_credits(lines)
    assert "The council indicted the harbour master again over a photo of seashells. — CBS" in parted
    assert any(line.startswith("A former adviser to the mayor, Ivo Berg") for line in parted)
    assert "The agency's report was leaked — CIA agents said so on Monday. — WSJ" in parted
