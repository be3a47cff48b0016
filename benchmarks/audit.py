"""Blind audit: a seeded random sample of story pairs the clusterer put together, for a judge.

Run: ``python benchmarks/audit.py [WEEK_DIR] [--pairs 50] [--seed 15] [--chars 400]``
Score: ``python benchmarks/audit.py --verdicts VERDICTS.jsonl`` (the judge's file, one
``{"pair": N, "verdict": "same" | "different"}`` per line) prints how many pairs are the same event.

Reads and clusters the week (default: the development week in ../shared/benchmarks/weeks),
draws ``--pairs`` pairs of stories that share a cluster (each cluster weighted by its
number of pairs, so large clusters are audited as often as they merge), and prints each
pair's two stories (source, file, headline, the start of the text) without any score or
cluster size, so the judge sees only what a reader would. The judge writes, per pair,
"same" (one event: who did what) or "different" (a shared topic or name only).
"""

from __future__ import annotations

import argparse
import json
import random
import textwrap
from pathlib import Path

from digest.cluster.grouping import cluster_stories
from digest.ingest import read_stories
from digest.models import Story

WEEK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "weeks" / "2025-06-02"


def merged_pairs(stories: list[Story]) -> list[tuple[Story, Story]]:
    """Every pair of stories that the clusterer put in one cluster, in a fixed order."""
    by_id = {story.id: story for story in stories}
    pairs = []
    for cluster in cluster_stories(stories):
        members = [by_id[i] for i in cluster.story_ids]
        pairs.extend((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
    return pairs


def _shown(story: Story, chars: int) -> str:
    text = " ".join(story.text.split())[:chars]
    head = f"[{story.source} | {Path(story.path).name} | {story.section or '-'}] {story.title}"
    return "\n".join(
        textwrap.wrap(head, 110) + textwrap.wrap(text, 110, initial_indent="    ", subsequent_indent="    ")
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("week", nargs="?", type=Path, default=WEEK)
    parser.add_argument("--pairs", type=int, default=50)
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--chars", type=int, default=400)
    parser.add_argument("--verdicts", type=Path, help="score a judge's verdicts instead of drawing pairs")
    args = parser.parse_args(argv)
    if args.verdicts is not None:
        rows = [json.loads(line) for line in args.verdicts.read_text(encoding="utf-8").splitlines() if line]
        same = sum(row["verdict"] == "same" for row in rows)
        print(f"{same}/{len(rows)} judged the same event ({same / max(len(rows), 1):.0%})")
        return 0
    stories = list(read_stories([args.week]).stories)
    pairs = merged_pairs(stories)
    sample = random.Random(args.seed).sample(pairs, min(args.pairs, len(pairs)))
    print(f"{len(pairs)} merged pairs among {len(stories)} stories; {len(sample)} drawn (seed {args.seed})\n")
    for k, (a, b) in enumerate(sample, 1):
        print(f"## pair {k}\nA {_shown(a, args.chars)}\nB {_shown(b, args.chars)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
