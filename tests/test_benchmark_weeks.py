"""benchmarks/weeks.py --pairs: where labelled pairs are lost, scored as the clustering verifies them."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

WEEKS = Path(__file__).resolve().parents[1] / "benchmarks" / "weeks.py"
SCORER = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "weeks" / "score.py"

_FIRST = """# Morning Letter

## Acme buys Widgetco for $4 billion

Acme agreed to buy Widgetco for $4 billion in cash, the companies said on Monday.

## Rain floods Lowtown

Heavy rain flooded the streets of Lowtown overnight, the mayor said.
"""
_SECOND = """# Evening Letter

## Widgetco sold to Acme

Acme will pay $4 billion for Widgetco, in the largest deal of the year for the maker.
"""


@pytest.mark.skipif(not SCORER.is_file(), reason="the weeks' scorer (../shared) is absent")
def test_pairs_of_labelled_items_are_counted_by_event_and_score(tmp_path: Path) -> None:
    week = tmp_path / "week"
    week.mkdir()
    (week / "morning.md").write_text(_FIRST, encoding="utf-8")
    (week / "evening.md").write_text(_SECOND, encoding="utf-8")
    labels = tmp_path / "labels.json"
    events = {
        "acme-buys-widgetco": [["morning.md", "Acme buys Widgetco"], ["evening.md", "Widgetco sold"]],
        "lowtown-floods": [["morning.md", "Rain floods Lowtown"]],
    }
    labels.write_text(json.dumps({"events": events}), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(WEEKS), "--week", str(week), str(labels), "--runs", "0", "--pairs"],
        capture_output=True,
        text=True,
        check=True,
    )
    lines = done.stdout.splitlines()
    assert "labelled pairs: 1 of one event, 2 of two" in lines[1]
    # The two reports of the deal share its figure and names: they score above any cut shown.
    assert "score >= 0.05: 100.0% of one event" in lines[2]
    assert lines[-1] == "  most pairs under the threshold: none"
