"""Figures judged a class of alike figures at a time give what judging every pair gives.

``reconcile._judged`` compares each distinct figure once per cluster (copies repeat their
figures); ``reconcile._judged_pairwise`` is the plain version that judges every pair of figures
sharing a measure and groups them with ``_groups``. Both must give the same groups and disputes
for any cluster, and reconcile the same result.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from digest.figures import reconcile as module
from digest.figures.currency import Rates
from digest.figures.reconcile import reconcile
from digest.models import Format, Story
from digest.settings import FigureSettings

RATES = Rates()
DAY = dt.date(2025, 6, 2)

#: Sentences that make figures with measures: agreeing, overlapping without agreeing ("3.5-4"
#: against 3.51 and 3.9), disputed, of other names or objects, in other currencies.
SENTENCES = [
    "Acme sales rose to $3.5 billion in the quarter.",
    "Acme sales rose to $3.6 billion in the quarter.",
    "Acme sales rose to $3.5-4 billion in the quarter.",
    "Acme sales rose to about $3.51 billion in the quarter.",
    "Acme sales rose to $3.9 billion in the quarter.",
    "Acme sales rose to $5 billion in the quarter.",
    "Acme sales rose to €3.2 billion in the quarter.",
    "Globex sales rose to $3.5 billion in the quarter.",
    "Acme and Globex sales rose to $4 billion in the quarter.",
    "Acme sales rose to $3.5 billion in the quarter, Globex said.",
    "Acme took a 30% stake in Globex.",
    "Acme took a 35% stake in Globex.",
    "Acme took a stake of 30 percent in Globex.",
    "Acme took a 30-35% stake in Globex for $2 billion.",
    "Initech revenue reached $3.5 billion, with sales at $4 billion.",
    "Acme sold 12,000 vehicles in May, and sales hit $3.5 billion.",
    "Acme sold 12,500 vehicles in May.",
    "The stake was worth $2 billion (€1.8 billion).",
]
SOURCES = ["Wire A", "Wire B", "Daily", "Weekly"]


def _story(k: int, sentences: list[str], source: str, day: int | None) -> Story:
    return Story(
        id=f"s{k:02d}",
        title="Acme sales and stake in Globex",
        text=" ".join(sentences),
        source=source,
        path=f"s{k}.jsonl",
        date=None if day is None else DAY + dt.timedelta(days=day),
        format=Format.JSONL,
    )


_stories = st.lists(
    st.tuples(
        st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=3),
        st.sampled_from(SOURCES),
        st.one_of(st.none(), st.integers(0, 40)),
    ),
    min_size=1,
    max_size=14,
).map(lambda drawn: [_story(k, *d) for k, d in enumerate(drawn)])


def _both(stories: list[Story]) -> None:
    reported, _, found = module._reports(stories, RATES)
    event = found or module._NO_EVENT
    assert module._judged(reported, event) == module._judged_pairwise(reported, event)


@settings(max_examples=200, deadline=None)
@given(_stories)
def test_event_worked_out_only_when_a_figure_asks(stories: list[Story]) -> None:
    """No event for reports with no figure to judge; the same judgement as with the event at hand."""
    reported, conflicts, found = module._reports(stories, RATES)
    event = module.event_of(sorted(stories, key=lambda s: s.id))
    if found is None:
        assert not reported
        assert not conflicts
    else:
        assert found == event
    assert module._judged(reported, found or module._NO_EVENT) == module._judged(reported, event)


@settings(max_examples=300, deadline=None)
@given(_stories)
def test_classes_judge_as_every_pair(stories: list[Story]) -> None:
    _both(stories)


@settings(max_examples=60, deadline=None)
@given(_stories, st.sampled_from(["most-sources", "latest", "priority"]))
def test_reconcile_is_that_of_every_pair(stories: list[Story], resolution: str) -> None:
    figures = FigureSettings(resolution=resolution, source_priority=("Daily",))
    fast = reconcile(stories, figures, RATES)
    judged = module._judged
    module._judged = module._judged_pairwise  # type: ignore[assignment]
    try:
        assert reconcile(stories, figures, RATES) == fast
    finally:
        module._judged = judged  # type: ignore[assignment]


def test_many_copies_of_figures_that_do_not_all_agree() -> None:
    """Sixty copies of four reports whose figures overlap without all agreeing, and one report
    printing two figures: the groups the pairs make, greedily, in key order."""
    reports = [SENTENCES[2], SENTENCES[3], SENTENCES[4], f"{SENTENCES[0]} {SENTENCES[1]}"]
    stories = [_story(k, [reports[k % 4]], SOURCES[k % 3], k % 5) for k in range(60)]
    reported, _, _ = module._reports(stories, RATES)
    assert len(reported) == 75
    _both(stories)
    _both(list(reversed(stories)))


def test_two_reports_printing_two_figures_that_are_not_comparable() -> None:
    """Two reports print Acme's and Globex's figure (equal, but of different names), a third
    names both: the groups of each name are not joined through it (a pair across stories of
    figures that do not agree), though every pair of one story overlaps."""
    both = [SENTENCES[0], SENTENCES[7]]
    stories = [
        _story(0, both, "Wire A", 1),
        _story(1, both, "Wire B", 1),
        _story(2, [SENTENCES[9]], "Daily", 1),
    ]
    _both(stories)
    _both([_story(0, [SENTENCES[9]], "Daily", 1), *stories[:2]])


def test_keys_out_of_order_take_the_plain_path(monkeypatch: pytest.MonkeyPatch) -> None:
    """Keys that do not rise with the reports (figures left out as not about the event) are
    judged pair by pair."""
    calls: list[int] = []
    plain = module._judged_pairwise

    def spy(reported: list[module._Reported], event: module.Event) -> object:
        calls.append(len(reported))
        return plain(reported, event)

    monkeypatch.setattr(module, "_judged_pairwise", spy)
    stories = [_story(k, [SENTENCES[0]], "Wire A", 1) for k in range(3)]
    reported, _, event = module._reports(stories, RATES)
    assert event is not None
    module._judged(reported, event)
    assert calls == []
    shuffled = [reported[1], reported[0], reported[2]]
    module._judged(shuffled, event)
    assert calls == [3]
