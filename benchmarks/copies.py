"""Benchmark corpora of wire copies: the ECB+ development texts resampled with slices and word edits.

Run: ``python benchmarks/copies.py 30000 -o /tmp/copies-30k [--seed 7]``

A second corpus shape beside ``benchmarks/corpus.py``: there every event has 1-5
reports, here every story is a near-copy of one of the 721 ECB+ development articles
with text, drawn at random, so each article has about ``size / 721 - 1`` near-copies
(39 at 30k, 138 at 100k), as wire copies are republished in a real week. A copy is a
slice of its article (80 to 160 words from near its start, as copies are cut to length),
with a few words replaced, dropped or doubled and the headline sometimes cut; it comes
from one of 60 outlets, dated within the week. Each record's ``event`` is the
article's gold event (66 of them, two similar events per ECB+ topic), so the B-cubed F1
of a run says whether copies of one event are grouped and look-alike events kept apart.
Files of ``SHARD`` stories each, like ``benchmarks/corpus.py``.
"""

from __future__ import annotations

import datetime as dt
import json
import random
from collections.abc import Iterator
from pathlib import Path

from corpus import (
    ECBPLUS,
    MONDAY,
    command,
    write_shards,
)  # the benchmarks folder is on sys.path, not a package

#: Words a copy keeps: a run of them from near the start (wire copies are cut to length).
_SLICE = (80, 160)
#: Share of a copy's words edited (replaced, dropped or doubled).
_EDITS = 0.03
_FILLERS = ("reportedly", "officials", "sources", "local", "major", "analysts", "recently", "said")


def articles() -> list[tuple[str, str, str]]:
    """(headline, text, gold event) of every ECB+ development article with text."""
    found = []
    for line in ECBPLUS.read_text(encoding="utf-8").splitlines():
        record = json.loads(line)
        if record["text"]:
            found.append((record["title"], record["text"], record["gold"]))
    return found


def _copy(title: str, text: str, rng: random.Random) -> tuple[str, str]:
    """A wire copy: a slice of the words, a few of them edited, the headline sometimes cut."""
    words = text.split()
    length = min(len(words), rng.randint(*_SLICE))
    start = rng.randrange(1 + min(len(words) - length, len(words) // 10))
    words = words[start : start + length]
    for _ in range(max(1, int(len(words) * _EDITS))):
        at = rng.randrange(len(words))
        kind = rng.random()
        if kind < 0.5:
            words[at] = rng.choice(_FILLERS)
        elif kind < 0.75 and len(words) > 5:
            del words[at]
        else:
            words.insert(at, words[at])
    title_words = title.split()
    if len(title_words) > 4 and rng.random() < 0.3:
        title_words = title_words[: len(title_words) - rng.randint(1, 2)]
    return " ".join(title_words), " ".join(words)


def records(size: int, seed: int) -> Iterator[dict[str, object]]:
    """``size`` story records, each a near-copy of an ECB+ article, with its gold ``event``."""
    rng = random.Random(seed)
    bases = articles()
    events = {gold: k for k, gold in enumerate(sorted({b[2] for b in bases}))}
    for made in range(size):
        index = rng.randrange(len(bases))
        title, text, gold = bases[index]
        headline, body = _copy(title, text, rng)
        outlet = rng.randrange(60)
        yield {
            "id": f"c{made}",
            "title": headline,
            "text": body,
            "source": f"Outlet {outlet}",
            "date": (MONDAY + dt.timedelta(days=rng.randrange(7))).isoformat(),
            "url": f"https://outlet{outlet}.example/{index}/{made}",
            "event": events[gold],
        }


def write_copies(size: int, folder: Path, seed: int = 7) -> Path:
    """Write a wire-copy corpus of ``size`` stories into ``folder`` (JSON Lines shards)."""
    return write_shards(records(size, seed), folder)


def main(argv: list[str] | None = None) -> int:
    return command(write_copies, __doc__, argv)


if __name__ == "__main__":
    raise SystemExit(main())
