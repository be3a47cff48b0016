"""Figures that are true: printed values, qualifiers, objects, the event, and the labelled week's notes."""

from __future__ import annotations

import datetime as dt
import json
import re
import unicodedata
from pathlib import Path, PurePath

import pytest

from digest.figures.currency import Rates
from digest.figures.extract import extract_figures
from digest.figures.reconcile import reconcile
from digest.ingest import read_stories
from digest.models import Format, Reconciliation, Story
from digest.render.json import digest_dict
from digest.settings import FigureSettings, Settings
from tests.weeks import DEV_LABELS, DEV_WEEK, require_week

DAY = dt.date(2025, 3, 3)
RATES = Rates()


def _story(sid: str, text: str, source: str, title: str = "", date: dt.date | None = DAY) -> Story:
    return Story(
        id=sid, title=title, text=text, source=source, path=f"{sid}.txt", date=date, format=Format.TEXT
    )


def _pair(first: str, second: str, title: str = "Northwind deal") -> Reconciliation:
    """Two reports of one event, each a single sentence, reconciled as one cluster."""
    stories = [_story("a", first, "Wire A", title), _story("b", second, "Wire B", title)]
    return reconcile(stories, FigureSettings(), RATES)


@pytest.mark.parametrize(
    ("text", "value", "low", "high"),
    [
        ("Sales rose 49% at Northwind.", 49, 48.5, 49.5),
        ("Northwind's sales were $14 billion.", 14e9, 13.5e9, 14.5e9),
        ("Northwind's sales were nearly $15 billion.", 15e9, 14.5e9, 15e9),
        ("Northwind's sales were more than $14 billion.", 14e9, 14e9, 17.5e9),
        ("Northwind posted a profit of up to 2.2 billion yuan.", 2.2e9, 1.65e9, 2.2e9),
        ("Northwind cut nearly 3,000 jobs.", 3000, 2850, 3000),
        ("Rocketco says revenue will near $16 billion.", 16e9, 15.5e9, 16e9),
    ],
)
def test_printed_value_and_interval(text: str, value: float, low: float, high: float) -> None:
    """The value is the printed number; the interval comes from its precision and qualifier."""
    figure = extract_figures(text)[0]
    assert figure.value == pytest.approx(value)
    assert (figure.low, figure.high) == (pytest.approx(low), pytest.approx(high))


def test_between_two_amounts_is_one_range() -> None:
    """ "between X (X') and Y" is one figure from X to Y; X' restates only X, so it is not "=" to it."""
    text = "Acme expects a loss of between 4 billion yuan (US$550 million) and 6 billion yuan this year."
    (figure,) = extract_figures(text)
    assert figure.text == "between 4 billion yuan (US$550 million) and 6 billion yuan"
    assert (figure.low, figure.high) == (pytest.approx(3.8e9), pytest.approx(6.3e9))
    result = reconcile([_story("a", text, "Wire A", "Acme loss")], FigureSettings(), RATES)
    assert not result.figures
    assert not result.conflicts


def test_nearly_is_not_the_lower_round_figure() -> None:
    """ "nearly $15 billion" and "$14 billion" are two figures: no "=", and a conflict."""
    result = _pair(
        "Northwind agreed to acquire Brightpath for nearly $15 billion.",
        "Northwind agreed to acquire Brightpath for $14 billion.",
    )
    assert not [f for f in result.figures if len(f.expressions) > 1]
    assert len(result.conflicts) == 1


#: Northwind acquires Brightpath, as two wires print it.
_ACQUIRES = "Northwind will acquire Brightpath for {}."


@pytest.mark.parametrize(
    ("first", "second"),
    [
        (_ACQUIRES.format("nearly $15 billion"), _ACQUIRES.format("$14.8 billion")),
        (_ACQUIRES.format("$9.9B"), _ACQUIRES.format("$10 billion")),
        (_ACQUIRES.format("about $10 billion"), _ACQUIRES.format("$10.4 billion")),
        (_ACQUIRES.format("more than $14 billion"), _ACQUIRES.format("$14.6 billion")),
        (
            "Northwind's memorization rate is 3.5-4 bits per parameter.",
            "Northwind's memorization rate is 3.6 bits per parameter.",
        ),
    ],
)
def test_rounding_ranges_and_qualifiers_agree(first: str, second: str) -> None:
    """A rounded figure, a range or a qualified figure that allows the other agrees: "=" and no conflict."""
    result = _pair(first, second)
    assert not result.conflicts
    assert [len(f.expressions) for f in result.figures] == [2]


def test_equal_only_when_every_pair_agrees() -> None:
    """A range agrees with 3.51 and with 3.6, but "3.51 = 3.6" is never printed: a group agrees pairwise."""
    rate = "Northwind's memorization rate is {} bits per parameter."
    stories = [
        _story(sid, rate.format(number), f"Wire {sid}", "Northwind memorization")
        for sid, number in (("a", "3.51"), ("b", "3.5-4"), ("c", "3.6"))
    ]
    result = reconcile(stories, FigureSettings(), RATES)
    for figure in result.figures:
        assert not {"3.51 bits", "3.6 bits"} <= set(figure.expressions)
    # Wires a and c disagree with each other, and say so.
    assert [sorted(v.text for v in c.values) for c in result.conflicts] == [["3.51 bits", "3.6 bits"]]


def test_agreement_across_currencies_at_the_dated_rate() -> None:
    """EUR and USD amounts of one deal agree at the rate of the story's date."""
    eur = 1.5e9 * (RATES.convert(1.0, "EUR", DAY) or 0.0)
    result = _pair(
        "Northwind will acquire Brightpath for EUR 1.5 billion.",
        f"Northwind will acquire Brightpath for US${eur / 1e9:.2f} billion.",
    )
    assert not result.conflicts
    (figure,) = result.figures
    euro = next(v for v in figure.values if v.unit == "EUR")
    assert euro.printed == 1.5e9
    assert euro.value == pytest.approx(eur)


def test_different_verbs_for_one_stake_conflict() -> None:
    """ "will invest X for a 10% stake" and "will pay Y for the same stake" measure one thing."""
    result = _pair(
        "Northwind will invest $2 billion for a 10% stake in Brightpath.",
        "Northwind will pay $2.6 billion for the same stake in Brightpath.",
    )
    assert [c.measure for c in result.conflicts] == ["stake"]
    assert sorted(v.printed or 0 for v in result.conflicts[0].values) == [2e9, 2.6e9]


def test_fines_for_different_offences_are_two_figures() -> None:
    """Two fines on one company for different offences: no conflict, and not one figure."""
    stories = [
        _story("a", "Regulators fined Acme 26 million yuan for false advertising.", "Wire A", "Acme fined"),
        _story(
            "b", "Regulators fined Acme 1.2 million yuan for leaking customer data.", "Wire B", "Acme fined"
        ),
    ]
    result = reconcile(stories, FigureSettings(), RATES, single=True)
    assert not result.conflicts
    assert sorted(f.text for f in result.figures) == ["1.2 million yuan", "26 million yuan"]


def test_figure_from_an_unrelated_sentence_is_not_shown() -> None:
    """A restated figure deep in a story, about something else than the headline's event, is left out."""
    lead = "Brightpath made its debut on the Oslo exchange on Monday, raising EUR 2 billion (US$2.1 billion)."
    filler = " ".join(f"Analysts discussed point {k} of the market outlook at length." for k in range(6))
    aside = "Separately, a museum in Bergen restored a painting worth 500,000 euros (US$520,000)."
    story = _story("a", f"{lead} {filler} {aside}", "Wire A", "Brightpath lists in Oslo")
    texts = [f.text for f in reconcile([story], FigureSettings(), RATES).figures]
    assert texts == ["EUR 2 billion"]


def test_conflict_needs_the_same_subject() -> None:
    """Listing sizes of two companies wrongly merged into one cluster are not a conflict."""
    stories = [
        _story("a", "Brightpath raised $2 billion in its Hong Kong listing.", "Wire A", "Brightpath lists"),
        _story("b", "Corvid raised $4 billion in its Hong Kong listing.", "Wire B", "Corvid lists"),
    ]
    assert not reconcile(stories, FigureSettings(), RATES).conflicts


def test_title_case_headlines_of_two_companies_are_not_a_conflict() -> None:
    """A wrong merge of two title-case headlines ("Revenue", "Billion" capitalised) names two subjects."""
    stories = [
        _story(
            "a", "Revenue tripled in five months.", "Wire A", "Northwind Hits $3 Billion in Annual Revenue"
        ),
        _story("b", "Its revenue rose on launches.", "Wire B", "Rocketco Says Revenue Will Near $16 Billion"),
    ]
    assert not reconcile(stories, FigureSettings(), RATES).conflicts


@pytest.mark.parametrize(
    ("text", "measures"),
    [
        ("Rocketco is on track to generate about $15.5 billion in revenue.", {"revenue"}),
        ("Mainland investors with more than 500,000 yuan can buy the shares.", set()),
        ("Northwind will invest $2 billion in the plant.", {"investment"}),
        ("Northwind's model stores 3.8 bits per parameter in float32.", set()),
    ],
)
def test_measure_words_are_whole_words_not_agents(text: str, measures: set[str]) -> None:
    """ "rate" in "generate" is no rate, "float" in "float32" no listing; "investors" are who, not what."""
    assert set(extract_figures(text)[0].measures) == measures


def test_json_value_is_the_printed_number() -> None:
    """digest.v1: ``value`` as printed, ``low``/``high`` the interval, ``converted`` the base amount."""
    from digest.pipeline import compile_reading

    text = "Northwind will acquire Brightpath for HK$41 billion (US$5.3 billion), the companies said."
    story = _story("a", text, "Wire A", "Northwind buys Brightpath")
    from digest.models import Reading

    digest = compile_reading(Reading(editions=(), stories=(story,), dropped=()), Settings(), rates=RATES)
    (cluster,) = digest_dict(digest)["clusters"]
    value = cluster["figures"][0]["values"][0]
    assert (value["value"], value["unit"], value["low"], value["high"]) == (41e9, "HKD", 40.5e9, 41.5e9)
    assert value["converted"] == pytest.approx(RATES.convert(41e9, "HKD", DAY), abs=0.01)
    assert value["sentence"] == text


# The labelled week: each figure note's items, reconciled as one cluster.

_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _norm(text: str) -> str:
    """As the week's score.py matches phrases: NFKC, straight quotes, no emphasis, one space, casefold."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _labelled(stories: tuple[Story, ...], file: str, phrase: str) -> Story | None:
    """The story a labelled item names: headline first, else the first 600 characters of its text."""
    mine = [s for s in stories if PurePath(s.path).name == file]
    wanted = _norm(phrase)
    return next((s for s in mine if wanted in _norm(s.title)), None) or next(
        (s for s in mine if wanted in _norm(s.text[:600])), None
    )


def _verdict(note: str) -> str:
    """ "conflict" when the note calls the figures a conflict, else "same" (same figure, consistent)."""
    lowered = note.casefold()
    return "conflict" if "a conflict." in lowered and "not a conflict" not in lowered else "same"


@pytest.fixture(scope="module")
def week_stories() -> tuple[Story, ...]:
    """Every story of the development week, read once."""
    return read_stories([require_week()], Settings()).stories


def _events() -> list[tuple[str, str]]:
    if not DEV_LABELS.is_file():
        return []
    labels = json.loads(Path(DEV_LABELS).read_text(encoding="utf-8"))
    return sorted((event, note["note"]) for event, note in labels["figures"].items())


@pytest.mark.parametrize(("event", "note"), _events(), ids=[e for e, _ in _events()])
def test_week_figure_notes(event: str, note: str, week_stories: tuple[Story, ...]) -> None:
    """Each "conflict" note of the week is reported as a conflict; each "same figure" is not."""
    labels = json.loads(Path(DEV_LABELS).read_text(encoding="utf-8"))
    found = [_labelled(week_stories, file, phrase) for file, phrase in labels["events"][event]]
    stories = list({s.id: s for s in found if s is not None}.values())
    assert len(stories) >= 2, event
    result = reconcile(stories, FigureSettings(), RATES)
    if _verdict(note) == "conflict":
        printed = {v.printed for c in result.conflicts for v in c.values}
        said = note.split(". That is a conflict", maxsplit=1)[0]
        numbers = {float(n) for n in re.findall(r"\b\d{3,5}\b", said)}
        assert result.conflicts, note
        assert numbers <= printed, (note, result.conflicts)
    else:
        assert not result.conflicts, (note, result.conflicts)


def test_week_has_both_kinds_of_note() -> None:
    """The week's notes hold at least one conflict and one same figure (the test above checks both)."""
    require_week(DEV_WEEK)
    verdicts = {_verdict(note) for _, note in _events()}
    assert verdicts == {"conflict", "same"}
