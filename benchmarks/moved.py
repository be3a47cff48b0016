"""Moved pairs: the story pairs two clusterings of one week disagree on, drawn for a blind judge.

Run: ``python benchmarks/moved.py BEFORE.json AFTER.json [--per 12] [--seed 15] [--chars 400]``
Score: ``python benchmarks/moved.py BEFORE.json AFTER.json --verdicts VERDICTS.jsonl [--judge NAME]``

BEFORE and AFTER are the digest.v1 JSON of one week compiled by two versions of the code
(``digest compile WEEK --format json --no-state -o before.json``). A pair is *joined* when AFTER
puts its two stories (by story id) in one cluster and BEFORE does not, *parted* the other way
round. The command prints how many pairs moved each way, then draws up to ``--per`` pairs of
each direction (seeded) and prints them shuffled together, numbered, each story with its source,
file, section, headline and the start of its text: nothing says which way a pair moved, no
score. The judge writes one ``{"pair": N, "verdict": "same" | "different"}`` line per pair
(``benchmarks/audits/rubric.md`` says what "the same event" means).

With ``--verdicts`` the same pairs are drawn again and scored: a move is right when a joined pair
is judged the same event and a parted pair different. ``--judge NAME`` also prints the verdicts
as lines for ``benchmarks/audits/pool.jsonl`` (story ids, the judge's name, the verdict; no text).
Labels score what they name; a change also moves pairs no label names, and this is how those
are checked.
"""

from __future__ import annotations

import argparse
import itertools
import json
import random
import textwrap
from pathlib import Path
from typing import Any

Pair = tuple[str, str]


def clusters_of(digest: dict[str, Any]) -> tuple[dict[str, int], dict[str, dict[str, Any]]]:
    """Each story id's cluster number and each story, from a digest.v1 document."""
    cluster: dict[str, int] = {}
    stories: dict[str, dict[str, Any]] = {}
    for number, entry in enumerate(digest["clusters"]):
        for story in entry["stories"]:
            cluster[story["id"]] = number
            stories[story["id"]] = story
    return cluster, stories


def moved_pairs(before: dict[str, int], after: dict[str, int]) -> tuple[list[Pair], list[Pair]]:
    """The pairs (of stories in both runs) ``after`` joins and the pairs it parts, sorted."""
    shared = sorted(before.keys() & after.keys())

    def together(clusters: dict[str, int]) -> set[Pair]:
        members: dict[int, list[str]] = {}
        for story in shared:
            members.setdefault(clusters[story], []).append(story)
        return {pair for group in members.values() for pair in itertools.combinations(group, 2)}

    now, then = together(after), together(before)
    return sorted(now - then), sorted(then - now)


def drawn(joined: list[Pair], parted: list[Pair], per: int, seed: int) -> list[tuple[str, Pair]]:
    """Up to ``per`` pairs of each direction, shuffled together: (direction, pair)."""
    rng = random.Random(seed)
    sample = [("joined", p) for p in rng.sample(joined, min(per, len(joined)))]
    sample += [("parted", p) for p in rng.sample(parted, min(per, len(parted)))]
    rng.shuffle(sample)
    return sample


def _shown(story: dict[str, Any], chars: int) -> str:
    text = " ".join(story["text"].split())[:chars]
    where = f"{story['source']} | {Path(story['path']).name} | {story.get('section') or '-'}"
    head = f"[{where}] {story['title']}"
    return "\n".join(
        textwrap.wrap(head, 110) + textwrap.wrap(text, 110, initial_indent="    ", subsequent_indent="    ")
    )


def _score(
    sample: list[tuple[str, Pair]], verdicts: dict[int, str], judge: str | None
) -> tuple[list[str], list[str]]:
    right = {"joined": 0, "parted": 0}
    count = {"joined": 0, "parted": 0}
    pool = []
    for number, (direction, (a, b)) in enumerate(sample, 1):
        verdict = verdicts[number]
        count[direction] += 1
        right[direction] += (verdict == "same") == (direction == "joined")
        if judge:
            pool.append(json.dumps({"a": a, "b": b, "judge": judge, "verdict": verdict}))
    lines = [
        f"joined pairs judged the same event: {right['joined']}/{count['joined']}",
        f"parted pairs judged different events: {right['parted']}/{count['parted']}",
        f"moves judged right: {right['joined'] + right['parted']}/{len(sample)}",
    ]
    return lines, sorted(pool)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("before", type=Path)
    parser.add_argument("after", type=Path)
    parser.add_argument("--per", type=int, default=12, help="pairs drawn per direction")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--chars", type=int, default=400)
    parser.add_argument("--verdicts", type=Path, help="score a judge's verdicts on the drawn pairs")
    parser.add_argument("--judge", help="with --verdicts: also print pool.jsonl lines under this name")
    args = parser.parse_args(argv)
    before, _ = clusters_of(json.loads(args.before.read_text(encoding="utf-8")))
    after, stories = clusters_of(json.loads(args.after.read_text(encoding="utf-8")))
    joined, parted = moved_pairs(before, after)
    sample = drawn(joined, parted, args.per, args.seed)
    if args.verdicts is not None:
        rows = [json.loads(line) for line in args.verdicts.read_text(encoding="utf-8").splitlines() if line]
        verdicts = {int(row["pair"]): row["verdict"] for row in rows}
        missing = [n for n in range(1, len(sample) + 1) if n not in verdicts]
        if missing:
            raise SystemExit(f"{args.verdicts}: no verdict for pairs {missing}")
        lines, pool = _score(sample, verdicts, args.judge)
        print("\n".join(lines + pool))
        return 0
    print(f"{len(joined)} pairs joined, {len(parted)} parted; {len(sample)} drawn (seed {args.seed})\n")
    for number, (_, (a, b)) in enumerate(sample, 1):
        print(f"## pair {number}\nA {_shown(stories[a], args.chars)}\nB {_shown(stories[b], args.chars)}\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
