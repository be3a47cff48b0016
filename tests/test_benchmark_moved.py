"""benchmarks/moved.py: the pairs two clusterings disagree on, drawn blind and scored."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

MOVED = Path(__file__).resolve().parents[1] / "benchmarks" / "moved.py"


def _digest(groups: list[list[str]]) -> dict[str, object]:
    story = {"source": "Recap", "path": "recap.md", "section": None, "text": "Text of the story."}
    return {"clusters": [{"stories": [{**story, "id": i, "title": f"Story {i}"} for i in g]} for g in groups]}


def _run(tmp_path: Path, *extra: str) -> str:
    before, after = tmp_path / "before.json", tmp_path / "after.json"
    # a+b stay; c joins them; d and e part; f is only in the second run.
    before.write_text(json.dumps(_digest([["a", "b"], ["c"], ["d", "e"]])), encoding="utf-8")
    after.write_text(json.dumps(_digest([["a", "b", "c"], ["d"], ["e", "f"]])), encoding="utf-8")
    done = subprocess.run(
        [sys.executable, str(MOVED), str(before), str(after), *extra],
        capture_output=True,
        text=True,
        check=True,
    )
    return done.stdout


def test_moved_pairs_are_counted_and_shown_without_their_direction(tmp_path: Path) -> None:
    out = _run(tmp_path)
    assert out.startswith("2 pairs joined, 1 parted; 3 drawn")
    assert out.count("## pair ") == 3
    pairs = out.split("\n", 1)[1]
    assert "joined" not in pairs
    assert "parted" not in pairs


def test_verdicts_score_joined_pairs_same_and_parted_pairs_different(tmp_path: Path) -> None:
    shown = _run(tmp_path)
    numbers = [int(block.split("\n", 1)[0]) for block in shown.split("## pair ")[1:]]
    # The judge calls every pair the same event: both joins right, the parting wrong.
    verdicts = tmp_path / "verdicts.jsonl"
    verdicts.write_text("".join(json.dumps({"pair": n, "verdict": "same"}) + "\n" for n in numbers))
    out = _run(tmp_path, "--verdicts", str(verdicts), "--judge", "t")
    assert "joined pairs judged the same event: 2/2" in out
    assert "parted pairs judged different events: 0/1" in out
    assert '{"a": "d", "b": "e", "judge": "t", "verdict": "same"}' in out
