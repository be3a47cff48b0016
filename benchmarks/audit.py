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

Estimate: ``python benchmarks/audit.py --estimate`` prints, without a judge, the share of
merged pairs expected to be the same event. Every pair judged blind so far
(``benchmarks/audits/pool.jsonl``: story ids and verdicts, no text) is scored by the present
code; the share judged "same" in each band of score is read off, and each merged pair counts
the share of its band. Use it to compare changes quickly, then judge blind before claiming a
figure: the pool was drawn from earlier clusterings, and the table shows how many judged
pairs each band holds.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import textwrap
from pathlib import Path

import numpy as np

from digest.cluster.grouping import cluster_stories, pair_scores
from digest.ingest import read_stories
from digest.models import Story

WEEK = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "weeks" / "2025-06-02"
POOL = Path(__file__).resolve().parent / "audits" / "pool.jsonl"
#: Bands of verified similarity the judged pairs are counted in.
BANDS = (0.0, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.8, 1.01)


def merged_pairs(stories: list[Story]) -> list[tuple[Story, Story]]:
    """Every pair of stories that the clusterer put in one cluster, in a fixed order."""
    by_id = {story.id: story for story in stories}
    pairs: list[tuple[Story, Story]] = []
    for cluster in cluster_stories(stories):
        members = [by_id[i] for i in cluster.story_ids]
        pairs.extend((a, b) for k, a in enumerate(members) for b in members[k + 1 :])
    return pairs


def estimate(stories: list[Story], pool: list[dict[str, str]]) -> str:
    """The expected share of same-event pairs among the merged pairs, with its table."""
    merged = [(a.id, b.id) for a, b in merged_pairs(stories)]
    judged = [(row["a"], row["b"]) for row in pool]
    scores = pair_scores(stories, merged + judged)
    merged_scores, judged_scores = scores[: len(merged)], scores[len(merged) :]
    same = np.asarray([row["verdict"] == "same" for row in pool])
    known = ~np.isnan(judged_scores)
    lines = [f"{'band':>11} {'judged':>7} {'same':>6} {'merged pairs':>13}"]
    expected = 0.0
    for lo, hi in itertools.pairwise(BANDS):
        inside = known & (judged_scores >= lo) & (judged_scores < hi)
        # Laplace's rule: a band of few judged pairs leans to one half.
        share = (same[inside].sum() + 1) / (inside.sum() + 2)
        count = int(((merged_scores >= lo) & (merged_scores < hi)).sum())
        expected += share * count
        lines.append(f"{lo:>5.2f}-{min(hi, 1):<5.2f} {int(inside.sum()):>7} {share:>6.2f} {count:>13}")
    total = max(len(merged), 1)
    lines.append(
        f"{len(merged)} merged pairs; {int(known.sum())} of {len(pool)} judged pairs in this week; "
        f"expected same event: {expected / total:.1%} ({expected / total * 50:.1f} of 50)"
    )
    return "\n".join(lines)


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
    parser.add_argument("--estimate", action="store_true", help="expected share from the judged pool")
    args = parser.parse_args(argv)
    if args.verdicts is not None:
        rows = [json.loads(line) for line in args.verdicts.read_text(encoding="utf-8").splitlines() if line]
        same = sum(row["verdict"] == "same" for row in rows)
        print(f"{same}/{len(rows)} judged the same event ({same / max(len(rows), 1):.0%})")
        return 0
    stories = list(read_stories([args.week]).stories)
    if args.estimate:
        pool = [json.loads(line) for line in POOL.read_text(encoding="utf-8").splitlines() if line]
        print(estimate(stories, pool))
        return 0
    pairs = merged_pairs(stories)
    sample = random.Random(args.seed).sample(pairs, min(args.pairs, len(pairs)))
    print(f"{len(pairs)} merged pairs among {len(stories)} stories; {len(sample)} drawn (seed {args.seed})\n")
    for k, (a, b) in enumerate(sample, 1):
        print(f"## pair {k}\nA {_shown(a, args.chars)}\nB {_shown(b, args.chars)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
