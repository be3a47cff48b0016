"""The development week as a subscriber gets it: short, the widely reported events told in full.

Reads the hand-labelled week in place (tests/weeks.py); skipped where it is absent.
"""

from __future__ import annotations

import importlib.util
import json
import re
from collections import Counter
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from digest.models import Digest, Placement
from digest.pipeline import compile_digest
from digest.render.json import digest_dict
from digest.render.markdown import to_markdown
from digest.settings import ComposeSettings, Settings
from tests.weeks import DEV_LABELS, WEEKS, require_week

#: A subscriber's reading budget for a week of 15 issues (the Markdown was ~123,000 words).
MAX_WORDS = 6000


@pytest.fixture(scope="module")
def week() -> Digest:
    return compile_digest([require_week()], Settings())


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("week_score", WEEKS / "score.py")
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _publication(file: str) -> str:
    return re.sub(r"-\d{4}-\d{2}-\d{2}\.\w+$", "", file)


def _labelled_clusters(data: dict[str, Any]) -> dict[str, dict[int, set[str]]]:
    """Each labelled event reported by two or more publications: cluster index -> its publications."""
    scorer = _scorer()
    by_file = scorer._stories_by_file(data)
    labels = json.loads(Path(DEV_LABELS).read_text(encoding="utf-8"))
    events: dict[str, dict[int, set[str]]] = {}
    for event, items in labels["events"].items():
        if len({_publication(file) for file, _ in items}) < 2:
            continue
        clusters: dict[int, set[str]] = {}
        for file, phrase in items:
            story, _ = scorer._match(by_file.get(file, []), phrase)
            if story is not None:
                clusters.setdefault(story[0], set()).add(_publication(file))
        events[event] = clusters
    return events


def test_the_week_reads_in_under_six_thousand_words(week: Digest) -> None:
    """The default digest of 15 issues is a read, not a second inbox; it names no local path."""
    markdown = to_markdown(week)
    assert len(markdown.split()) <= MAX_WORDS
    assert str(WEEKS) not in markdown
    assert ".md`" not in markdown
    places = Counter(m.placement for m in week.merged)
    budget = ComposeSettings()
    assert (
        budget.full_stories <= places[Placement.FULL] <= budget.full_stories_max
    )  # stretched to the widely reported
    assert places[Placement.BRIEF] == 60
    assert len(week.clusters) == len(week.merged)  # below the cut is in the digest, not gone


def test_labelled_events_of_two_publications_are_told_in_full(week: Digest) -> None:
    """A cluster holding a labelled event from two or more publications is told in full."""
    data = digest_dict(week)
    events = _labelled_clusters(data)
    shared = [(e, ci) for e, clusters in events.items() for ci, pubs in clusters.items() if len(pubs) >= 2]
    assert len(shared) >= 10  # today's clustering; more as it improves
    untold = [
        (e, data["clusters"][ci]["rank"]) for e, ci in shared if data["clusters"][ci]["placement"] != "full"
    ]
    assert not untold


def test_other_is_the_exception(week: Digest) -> None:
    """Few stories told (in full or in brief) fall in the catch-all topic."""
    told = [m for m in week.merged if m.placement in (Placement.FULL, Placement.BRIEF)]
    other = sum(1 for m in told if m.topic == week.topics[-1])
    assert other <= len(told) // 10


def test_below_the_cut_is_in_the_ledger_with_its_rank(week: Digest) -> None:
    """Every story below the cut has a ledger entry naming its rank."""
    below = {sid for m in week.merged if m.placement is Placement.BELOW_THE_CUT for sid in m.story_ids}
    ledger = {d.story_id: d.detail for d in week.dropped if d.reason == "below-the-cut"}
    assert set(ledger) == below
    assert all(detail.startswith("rank ") for detail in ledger.values())
