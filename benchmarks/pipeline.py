"""Benchmark: the whole ``digest compile`` on the fixtures and on 1k to 100k stories.

Run: ``python benchmarks/pipeline.py [--sizes 1000 10000 30000 100000] [--shape copies] [--no-baseline]``

For each corpus (the bundled fixtures, then corpora made by
``benchmarks/corpus.py`` from real texts with edits, or with ``--shape copies``
by ``benchmarks/copies.py``: wire copies of the ECB+ articles, about 39 near-copies
of each among 30k stories) one fresh child process
runs ``digest compile CORPUS --format json --no-state`` through the command
line's own entry point, then, in the same process, the text-dedup style
baseline (datasketch ``MinHash.update`` per token on word 3-gram shingles,
``MinHashLSH`` insert and query) on the same stories. It prints per corpus:
wall time per stage, stories per second, the CPU time of the compile (its process
and its worker processes, user and system), peak RSS of the compile (read before
the baseline runs), the baseline's time and our time as a ratio of it, and
the B-cubed F1 of the clusters against the known events. Then the time of
``digest --help`` (best of five).
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

_STAGE = re.compile(r"^digest: (\w+)\b.*\((\d+\.\d+) s\)$", re.MULTILINE)
STAGES = ("reading", "clustering", "merging", "writing")


def baseline(texts: list[str], num_perm: int = 128, threshold: float = 0.5) -> int:
    """The text-dedup style baseline: word 3-gram shingles, MinHash.update per token, MinHashLSH."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=num_perm)
    signatures = []
    for k, text in enumerate(texts):
        words = text.lower().split()
        minhash = MinHash(num_perm=num_perm, seed=1)
        for i in range(max(1, len(words) - 2)):
            minhash.update(" ".join(words[i : i + 3]).encode("utf-8"))
        signatures.append(minhash)
        lsh.insert(str(k), minhash)
    return sum(len(lsh.query(m)) for m in signatures)


def _corpus_texts(folder: Path) -> tuple[list[str], dict[str, int]]:
    texts, events = [], {}
    for part in sorted(folder.glob("*.jsonl")):
        for line in part.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            texts.append(f"{record['title']} {record['text']}")
            events[record["id"]] = record["event"]
    return texts, events


def child(corpus: Path, extra: list[str], run_baseline: bool) -> dict[str, Any]:
    """Compile ``corpus`` through the CLI, then run the baseline: one process, figures as a dict."""
    from digest.cli.main import main

    out = Path(tempfile.mkdtemp()) / "digest.json"
    log = io.StringIO()
    start = time.perf_counter()
    with contextlib.redirect_stderr(log):
        code = main(["compile", str(corpus), "--format", "json", "--no-state", "-o", str(out), *extra])
    total = time.perf_counter() - start
    if code != 0:
        raise SystemExit(f"digest compile failed ({code}): {log.getvalue()}")
    own, workers = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    result: dict[str, Any] = {
        "total": total,
        "cpu": own.ru_utime + own.ru_stime + workers.ru_utime + workers.ru_stime,
        "rss_mb": own.ru_maxrss / 1024,
        "stages": {m[1]: float(m[2]) for m in _STAGE.finditer(log.getvalue())},
    }
    digest = json.loads(out.read_text(encoding="utf-8"))
    shutil.rmtree(out.parent)
    result["stories"] = digest["stats"]["stories"]
    if corpus.is_dir() and any(corpus.glob("part-*.jsonl")):
        texts, events = _corpus_texts(corpus)
        from digest.cluster.scoring import score_clustering

        label = {s["id"]: c["id"] for c in digest["clusters"] for s in c["stories"]}
        ids = sorted(label)
        result["f1"] = score_clustering([label[i] for i in ids], [events[i] for i in ids]).f1
        if run_baseline:
            start = time.perf_counter()
            baseline(texts)
            result["baseline"] = time.perf_counter() - start
    return result


def _run_child(corpus: Path, extra: list[str], run_baseline: bool) -> dict[str, Any]:
    command = [
        sys.executable,
        __file__,
        "--child",
        str(corpus),
        "--baseline" if run_baseline else "--no-baseline",
    ]
    done = subprocess.run([*command, "--", *extra], capture_output=True, text=True, check=False)
    if done.returncode != 0:
        raise SystemExit(done.stderr.strip() or done.stdout.strip())
    return dict(json.loads(done.stdout))


def _help_seconds() -> float:
    digest = shutil.which("digest") or "digest"
    best = float("inf")
    for _ in range(5):
        start = time.perf_counter()
        subprocess.run([digest, "--help"], capture_output=True, check=True)
        best = min(best, time.perf_counter() - start)
    return best


def _row(name: str, figures: dict[str, Any]) -> str:
    stages = figures["stages"]
    base = figures.get("baseline")
    ratio = f"{figures['total'] / base:>6.2f}" if base else f"{'-':>6}"
    f1 = f"{figures['f1']:>6.3f}" if "f1" in figures else f"{'-':>6}"
    return (
        f"{name:>9} {figures['stories']:>8} "
        + " ".join(f"{stages.get(s, 0.0):>7.2f}" for s in STAGES)
        + f" {figures['total']:>8.2f} {figures['cpu']:>7.1f} {figures['stories'] / figures['total']:>9.0f}"
        + f" {figures['rss_mb']:>8.0f}"
        + (f" {base:>8.2f}" if base else f" {'-':>8}")
        + f" {ratio} {f1}"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--sizes", type=int, nargs="*", default=[1_000, 10_000, 30_000, 100_000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument(
        "--shape",
        choices=("events", "copies"),
        default="events",
        help="events: 1-5 reports per event (corpus.py); copies: wire copies of ECB+ articles (copies.py)",
    )
    parser.add_argument("--no-baseline", action="store_true", help="skip the baseline (about 130 s at 100k)")
    parser.add_argument("--keep", type=Path, help="keep the corpora in this folder (reused when present)")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--baseline", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("extra", nargs="*", help="extra `digest compile` options, after --")
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(args.child, args.extra, args.baseline)))
        return 0
    from copies import write_copies
    from corpus import write_corpus

    write = write_copies if args.shape == "copies" else write_corpus
    print(
        f"machine: {os.cpu_count()} cores, Python {sys.version.split()[0]}; corpus shape: {args.shape};"
        f" digest compile options: {' '.join(args.extra) or '(defaults)'}"
    )
    print(
        f"{'corpus':>9} {'stories':>8} {'read s':>7} {'clust s':>7} {'merge s':>7} {'write s':>7} "
        f"{'total s':>8} {'CPU s':>7} {'stories/s':>9} {'RSS MB':>8} {'base s':>8} {'ratio':>6} {'B3 F1':>6}"
    )
    print(_row("fixtures", _run_child(ROOT / "fixtures", args.extra, False)), flush=True)
    folder = args.keep or Path(tempfile.mkdtemp(prefix="digest-bench-"))
    try:
        for size in args.sizes:
            corpus = folder / f"{'copies' if args.shape == 'copies' else 'corpus'}-{size}-{args.seed}"
            if not corpus.exists():
                write(size, corpus, args.seed)
            figures = _run_child(corpus, args.extra, not args.no_baseline)
            print(_row(f"{size // 1000}k" if size >= 1000 else str(size), figures), flush=True)
    finally:
        if args.keep is None:
            shutil.rmtree(folder, ignore_errors=True)
    print(f"digest --help: {_help_seconds():.3f} s (best of 5)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
