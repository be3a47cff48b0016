"""Benchmark: clustering 10k and 100k stories made from real texts with edits.

Run: ``python benchmarks/cluster.py [--sizes 10000 100000] [--seed 7]``

Stories come from the ECB+ articles in ``../shared/benchmarks/ecbplus``: each
synthetic *event* takes a real article and renames its names and numbers
(so events are distinct but read like news), then 1-5 *reports* of it are
made with edits (sentences dropped and reordered, words swapped): near and
far duplicates. Prints stories/second, peak RSS and the same-run ratio
against a text-dedup style baseline (datasketch MinHash per token on word
3-gram shingles + MinHashLSH insert/query), and how well the events are
recovered (B-cubed F1 against the known events).
"""

from __future__ import annotations

import argparse
import json
import random
import re
import resource
import string
import sys
import time
from pathlib import Path

from digest._scoring import score_clustering
from digest.cluster import cluster_stories
from digest.models import Format, Story
from digest.settings import ClusterSettings

ECBPLUS = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
_NAME = re.compile(r"\b[A-Z][a-z]+\b|\b\d+(?:[.,]\d+)?\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


def _pseudo_word(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choices("aeioubdklmnprstvz", k=rng.randint(4, 8)))


def _event(base: dict[str, str], rng: random.Random) -> tuple[str, str]:
    """A new event that reads like ``base``: its names and numbers replaced consistently."""
    mapping: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        token = match.group()
        if token not in mapping:
            mapping[token] = str(rng.randint(2, 9999)) if token[0].isdigit() else _pseudo_word(rng)
        return mapping[token]

    return _NAME.sub(rename, base["title"]), _NAME.sub(rename, base["text"])


def _report(title: str, text: str, rng: random.Random) -> tuple[str, str]:
    """Another outlet's report: some sentences dropped or reordered, some words swapped."""
    sentences = [s for s in _SENTENCE.split(text) if s]
    if len(sentences) > 3:
        keep = max(2, int(len(sentences) * rng.uniform(0.5, 0.95)))
        sentences = sentences[:2] + rng.sample(sentences[2:], min(keep - 2, len(sentences) - 2))
    words = " ".join(sentences).split()
    for _ in range(len(words) // 15):
        words[rng.randrange(len(words))] = rng.choice(
            ("reportedly", "officials", "sources", "local", "major")
        )
    title_words = title.split()
    if len(title_words) > 3 and rng.random() < 0.5:
        title_words = title_words[: len(title_words) - 1]
    return " ".join(title_words), " ".join(words)


def make_corpus(size: int, seed: int) -> tuple[list[Story], list[int]]:
    """``size`` stories in events of 1-5 reports, with their event labels."""
    rng = random.Random(seed)
    bases = [json.loads(line) for line in ECBPLUS.read_text(encoding="utf-8").splitlines()]
    bases = [b for b in bases if b["text"]]
    stories: list[Story] = []
    labels: list[int] = []
    event = 0
    while len(stories) < size:
        title, text = _event(rng.choice(bases), rng)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4, 5)), size - len(stories))):
            t, x = _report(title, text, rng)
            stories.append(
                Story(
                    id=f"s{len(stories)}",
                    title=t,
                    text=x,
                    source=f"outlet{rng.randrange(50)}",
                    path="bench",
                    format=Format.JSONL,
                )
            )
            labels.append(event)
        event += 1
    return stories, labels


def baseline(stories: list[Story], num_perm: int = 128, threshold: float = 0.5) -> int:
    """The text-dedup style baseline: word 3-gram shingles, MinHash.update per token, MinHashLSH."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures = []
    for story in stories:
        words = f"{story.title} {story.text}".lower().split()
        minhash = MinHash(num_perm=num_perm, seed=1)
        for k in range(max(1, len(words) - 2)):
            minhash.update(" ".join(words[k : k + 3]).encode("utf-8"))
        signatures.append(minhash)
        lsh.insert(story.id, minhash)
    return sum(len(lsh.query(m)) for m in signatures)


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline (it is slow at 100k)")
    args = parser.parse_args(argv)
    if not ECBPLUS.exists():
        print(f"benchmark: ECB+ set not found at {ECBPLUS}", file=sys.stderr)
        return 1
    print(
        f"{'stories':>8} {'digest s':>9} {'stories/s':>10} {'baseline s':>11} {'ratio':>6} "
        f"{'peak RSS MB':>12} {'B3 F1':>6}"
    )
    for size in args.sizes:
        stories, labels = make_corpus(size, args.seed)
        start = time.perf_counter()
        clusters = cluster_stories(stories, ClusterSettings())
        ours = time.perf_counter() - start
        rss = _peak_rss_mb()
        label = {sid: c.id for c in clusters for sid in c.story_ids}
        f1 = score_clustering([label[s.id] for s in stories], labels).f1
        if args.no_baseline:
            base_s, ratio = float("nan"), float("nan")
        else:
            start = time.perf_counter()
            baseline(stories)
            base_s = time.perf_counter() - start
            ratio = ours / base_s
        print(
            f"{size:>8} {ours:>9.1f} {size / ours:>10.0f} {base_s:>11.1f} {ratio:>6.2f}"
            f" {rss:>12.0f} {f1:>6.3f}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
