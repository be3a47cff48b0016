"""A table of contents naming each piece's writer is navigation, however few its entries.

An issue of two pieces opened with their titles, each over its writer's name ("New Orleans the Long
Way" / "Kọ́lá Túbọ̀sún", "Still With the Band" / "Tod Seelie"), then printed each piece under the same
title. Two entries make no run of three titles, so each was a story whose text was a name, and the
digest told each piece twice. A story whose text is only a name, titled as a longer story further
down, is that entry; a piece whose text is a name but printed nowhere again stays.
"""

from __future__ import annotations

from pathlib import Path

from digest.ingest import read_stories
from digest.models import DropReason

_PIECES = """----------------------------------------

[Night Ferry to Vigo](https://hydra.example/r/31)

"Let's take the night ferry!" I said in February, an impulsive suggestion that had emerged not
from planning but from whimsy, and three weeks later we were on the deck at midnight.

[Still on the Docks](https://hydra.example/r/32)

In my twenties I worked the docks of Lisbon every summer. I was not a sailor, but I was good at
carrying heavy things, driving forklifts and sleeping under tables.
"""


def _read(tmp_path: Path, contents: str) -> tuple[list[str], list[tuple[DropReason, str]]]:
    path = tmp_path / "harbor-hydra-2026-04-27.md"
    body = f"# Harbor Hydra\n\n{contents}\n{_PIECES}"
    path.write_text(body, encoding="utf-8")
    reading = read_stories([path])
    return [s.title for s in reading.stories], [(d.reason, d.text) for d in reading.dropped]


def test_titles_over_their_writers_names_printed_again_below_are_contents(tmp_path: Path) -> None:
    contents = (
        "Issue No. 12\n\n"
        "[Night Ferry to Vigo](https://hydra.example/r/11)\nAna Ruiz\n\n"
        "[Still on the Docks](https://hydra.example/r/12)\nTom Bell\n"
    )
    titles, dropped = _read(tmp_path, contents)
    assert titles == ["Night Ferry to Vigo", "Still on the Docks"]
    entries = [text for reason, text in dropped if reason is DropReason.NAVIGATION]
    assert "Night Ferry to Vigo\nAna Ruiz" in entries


def test_a_title_over_a_name_printed_nowhere_again_stays(tmp_path: Path) -> None:
    contents = "[The Harbour Master](https://hydra.example/r/13)\nAna Ruiz\n"
    titles, _ = _read(tmp_path, contents)
    assert "The Harbour Master" in titles
