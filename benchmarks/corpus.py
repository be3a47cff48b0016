"""Benchmark corpora: stories made from real texts with edits, as JSON Lines.

Run: ``python benchmarks/corpus.py 30000 -o /tmp/corpus-30k [--seed 7]``

Base texts are the ECB+ articles bundled in ``benchmarks/ecbplus`` and the
stories split from the seed newsletters in ``fixtures/seeds``. Each synthetic
*event* takes a base text and renames its names and numbers consistently (so
events are distinct but read like news), then 1-5 *reports* of it are made
with edits: sentences dropped and reordered, words swapped, the headline cut
(near and far duplicates), from different outlets, dated within a week. Each
record carries its ``event`` so a run's clusters can be scored; the reader
ignores the field. A corpus is a folder of JSON Lines files of at most
``SHARD`` stories each, as a week of feed exports would be.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
import string
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ECBPLUS = ROOT / "benchmarks" / "ecbplus" / "ecbplus-dev.jsonl"
SEEDS = ROOT / "fixtures" / "seeds"
#: The week the corpus is dated in (ISO 2026-W06).
MONDAY = dt.date(2026, 2, 2)
#: Stories per JSON Lines file of a corpus.
SHARD = 2_500

_NAME = re.compile(r"\b[A-Z][a-z]+\b|\b\d+(?:[.,]\d+)?\b")
_SENTENCE = re.compile(r"(?<=[.!?])\s+")
_FILLERS = ("reportedly", "officials", "sources", "local", "major", "analysts", "recently")


def base_texts() -> list[tuple[str, str]]:
    """(headline, text) of every real article and seed story with some text."""
    from digest.ingest import read_stories

    bases = []
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["text"]:
            bases.append((record["title"], record["text"]))
    bases.extend((s.title, s.text) for s in read_stories([SEEDS]).stories if len(s.text) > 200)
    return bases


def _pseudo_word(rng: random.Random) -> str:
    return rng.choice(string.ascii_uppercase) + "".join(rng.choices("aeioubdklmnprstvz", k=rng.randint(4, 8)))


def _event(base: tuple[str, str], rng: random.Random) -> tuple[str, str]:
    """A new event that reads like ``base``: its names and numbers replaced consistently."""
    mapping: dict[str, str] = {}

    def rename(match: re.Match[str]) -> str:
        token = match.group()
        if token not in mapping:
            mapping[token] = str(rng.randint(2, 9999)) if token[0].isdigit() else _pseudo_word(rng)
        return mapping[token]

    title, text = base
    return _NAME.sub(rename, title), _NAME.sub(rename, text)


def _report(title: str, text: str, rng: random.Random) -> tuple[str, str]:
    """Another outlet's report: some sentences dropped or reordered, some words swapped."""
    sentences = [s for s in _SENTENCE.split(text) if s]
    if len(sentences) > 3:
        keep = max(2, int(len(sentences) * rng.uniform(0.5, 0.95)))
        sentences = sentences[:2] + rng.sample(sentences[2:], min(keep - 2, len(sentences) - 2))
    words = " ".join(sentences).split()
    for _ in range(len(words) // 15):
        words[rng.randrange(len(words))] = rng.choice(_FILLERS)
    title_words = title.split()
    if len(title_words) > 3 and rng.random() < 0.5:
        title_words = title_words[: len(title_words) - 1]
    return " ".join(title_words), " ".join(words)


def records(size: int, seed: int) -> Iterator[dict[str, object]]:
    """``size`` story records in events of 1-5 reports, each with its ``event`` label."""
    rng = random.Random(seed)
    bases = base_texts()
    made = event = 0
    while made < size:
        title, text = _event(rng.choice(bases), rng)
        day = rng.randrange(7)
        for _ in range(min(rng.choice((1, 1, 2, 2, 3, 4, 5)), size - made)):
            headline, body = _report(title, text, rng)
            outlet = rng.randrange(60)
            date = MONDAY + dt.timedelta(days=min(6, day + rng.randrange(2)))
            yield {
                "id": f"s{made}",
                "title": headline,
                "text": body,
                "source": f"Outlet {outlet}",
                "date": date.isoformat(),
                "url": f"https://outlet{outlet}.example/{event}/{made}",
                "event": event,
            }
            made += 1
        event += 1


def write_shards(rows: Iterable[dict[str, object]], folder: Path) -> Path:
    """Write ``rows`` into ``folder`` as JSON Lines files of ``SHARD`` records each; return the folder."""
    folder.mkdir(parents=True, exist_ok=True)
    lines = [json.dumps(record, ensure_ascii=False) + "\n" for record in rows]
    for k in range(0, len(lines), SHARD):
        (folder / f"part-{k // SHARD:04d}.jsonl").write_text("".join(lines[k : k + SHARD]), encoding="utf-8")
    return folder


def write_corpus(size: int, folder: Path, seed: int = 7) -> Path:
    """Write a corpus of ``size`` stories into ``folder`` (JSON Lines shards) and return the folder."""
    return write_shards(records(size, seed), folder)


def command(write: Callable[[int, Path, int], Path], doc: str | None, argv: list[str] | None) -> int:
    """The command line of a corpus writer: ``SIZE -o FOLDER [--seed N]``."""
    parser = argparse.ArgumentParser(description=doc, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("size", type=int)
    parser.add_argument("-o", "--output", type=Path, required=True)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args(argv)
    write(args.size, args.output, args.seed)
    return 0


def main(argv: list[str] | None = None) -> int:
    return command(write_corpus, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
