"""An untitled item's second paragraph that points back to the first ("The probe was shut down ...",
"Araghchi, however, has not agreed ..."): more of the same item, never an item of its own (a
briefing prints one untitled item per paragraph, so only the pointing back tells them apart).
Minimal synthetic reproducers, never a real text."""

from __future__ import annotations

from pathlib import Path

import pytest

from digest.ingest import read_stories
from digest.text.shape import is_connective

BRIEFING = """\
Harbour Evening Briefing

What You Need to Know Today

The council is said to have quietly closed an investigation into claims that the ferry operator
read its passengers' messages on the onboard wifi.

The probe was shut down soon after an inspector shared his findings with the port authority,
according to records seen by Harbour News.

Two big shipping lines are expanding on the river. One is said to be opening an office on the
quay, the other a depot by the old lock.
"""


def test_a_paragraph_pointing_back_goes_on_with_its_item(tmp_path: Path) -> None:
    path = tmp_path / "harbour-evening-2026-04-28.md"
    path.write_text(BRIEFING, encoding="utf-8")
    stories = read_stories([str(path)]).stories
    probe = next(s for s in stories if "closed an investigation" in s.text)
    assert "The probe was shut down" in probe.text
    assert any(s.text.startswith("Two big shipping lines") for s in stories)


@pytest.mark.parametrize(
    "text",
    [
        "The probe was shut down soon after an inspector shared his findings.",
        "The IPO would bolster the operator's shift toward a permanent base of capital.",
        "Araghchi, however, hasn't publicly agreed to meet with them.",
        "The survey by the University of Porto, however, comes as sales rose.",
    ],
)
def test_openings_that_point_back(text: str) -> None:
    assert is_connective(text)


@pytest.mark.parametrize(
    "text",
    [
        "The Trump administration is said to have closed an investigation.",
        "Two big Wall Street names are expanding their footprints.",
        "The Bill Gates-backed fusion company has raised $87 million.",
        "The harbour master, a former pilot, said the tables were wrong; however, nobody listened.",
    ],
)
def test_openings_that_point_nowhere(text: str) -> None:
    assert not is_connective(text)
