"""The hand-labelled real weeks in ``../shared/benchmarks/weeks`` (read in place, never copied here).

``score`` runs the week's own scorer on a digest.v1 JSON file and returns its figures.
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import attrs
import pytest

WEEKS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "weeks"
DEV_WEEK = WEEKS / "2025-06-02"
DEV_LABELS = WEEKS / "2025-06-02.labels.json"

_LAST = re.compile(r"found (\d+)/(\d+); pairwise P ([\d.]+) R ([\d.]+) F1 ([\d.]+)")


@attrs.frozen
class WeekScore:
    """The scorer's last line, and everything it printed before it."""

    found: int
    labelled: int
    precision: float
    recall: float
    f1: float
    report: str


def require_week(week: Path = DEV_WEEK) -> Path:
    """The week's folder; skip where ``../shared`` is absent, and fail in CI."""
    if not week.is_dir():
        if os.environ.get("CI"):
            pytest.fail(f"{week} must be present in CI (the shared benchmarks)")
        pytest.skip(f"{week} is not on this machine")
    return week


def score(digest_json: Path, labels: Path = DEV_LABELS) -> WeekScore:
    """Score a digest.v1 JSON file with the week's ``score.py``."""
    done = subprocess.run(
        [sys.executable, str(WEEKS / "score.py"), str(digest_json), str(labels)],
        capture_output=True,
        text=True,
        check=True,
    )
    match = _LAST.search(done.stdout.strip().splitlines()[-1])
    assert match, done.stdout[-500:]
    found, total, p, r, f1 = match.groups()
    return WeekScore(int(found), int(total), float(p), float(r), float(f1), done.stdout)
