"""Benchmark: the clustering stage alone on 10k and 100k stories made from real texts with edits.

Run: ``python benchmarks/cluster.py [--sizes 10000 100000] [--seed 7] [--workers 1]``

The stories are those of ``benchmarks/corpus.py`` (the whole pipeline is
measured by ``benchmarks/pipeline.py``). Prints stories/second, peak RSS, the
same-run ratio against the text-dedup baseline of ``benchmarks/pipeline.py``,
and how well the events are recovered (B-cubed F1 against the known events).
"""

from __future__ import annotations

import argparse
import resource
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import records  # the benchmarks folder is on sys.path, not a package
from pipeline import baseline

from digest.cluster.grouping import cluster_stories
from digest.cluster.scoring import score_clustering
from digest.models import Format, Story
from digest.settings import ClusterSettings


def make_corpus(size: int, seed: int) -> tuple[list[Story], list[int]]:
    """``size`` stories of ``benchmarks/corpus.py`` and their event labels."""
    stories, labels = [], []
    for record in records(size, seed):
        stories.append(
            Story(
                id=str(record["id"]),
                title=str(record["title"]),
                text=str(record["text"]),
                source=str(record["source"]),
                path="bench",
                format=Format.JSONL,
            )
        )
        labels.append(int(str(record["event"])))
    return stories, labels


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, default=1, help="processes for counting (default 1)")
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline (it is slow at 100k)")
    args = parser.parse_args(argv)
    print(
        f"{'stories':>8} {'digest s':>9} {'stories/s':>10} {'baseline s':>11} {'ratio':>6} "
        f"{'peak RSS MB':>12} {'B3 F1':>6}"
    )
    for size in args.sizes:
        stories, labels = make_corpus(size, args.seed)
        start = time.perf_counter()
        clusters = cluster_stories(stories, ClusterSettings(), workers=args.workers)
        ours = time.perf_counter() - start
        rss = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        label = {sid: c.id for c in clusters for sid in c.story_ids}
        f1 = score_clustering([label[s.id] for s in stories], labels).f1
        base_s = ratio = float("nan")
        if not args.no_baseline:
            start = time.perf_counter()
            baseline([f"{s.title} {s.text}" for s in stories])
            base_s = time.perf_counter() - start
            ratio = ours / base_s
        print(
            f"{size:>8} {ours:>9.1f} {size / ours:>10.0f} {base_s:>11.1f} {ratio:>6.2f}"
            f" {rss:>12.0f} {f1:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
