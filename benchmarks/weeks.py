"""Labelled weeks: pairwise P/R/F1 of the clustering, and its mean over perturbed runs.

Run: ``python benchmarks/weeks.py [--week DIR LABELS]... [--runs 6] [--drop 0.03] [--set NAME=VALUE]...
[--pairs]``

Each week is read and clustered in this process and scored by the weeks' own scorer
(``../shared/benchmarks/weeks/score.py``, its ``score`` function, on the clusters written as
a digest.v1 ``clusters`` list). Default weeks: the development week in ``../shared`` and every
held-out week labelled in ``benchmarks/heldout`` (``NAME.labels.json``) whose newsletters have
been copied into ``benchmarks/heldout/NAME`` (see its README).

One story moving between clusters moves a week's F1 by up to 0.03, so a change is also
scored over ``--runs`` runs that each leave out a seeded random ``--drop`` share of the
stories no label names (labelled stories always stay): their mean and spread say whether a
change helps the week or only moves one story. ``--set`` overrides a clustering setting
(``--set threshold=0.18``).

``--pairs`` says where a week's labelled pairs are lost, whatever the grouping does: every pair of
labelled items (two stories) is scored as the clustering verifies it (``pair_scores``), and the
share of same-event pairs at or above a few scores is printed beside the number of pairs of two
labelled events that score as much, then the events with the most same-event pairs under the
threshold.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib.util
import io
import json
import random
import re
import statistics
import unicodedata
from pathlib import Path
from types import ModuleType
from typing import Any

import attrs

from digest.cluster.grouping import cluster_stories, pair_scores
from digest.ingest import read_stories
from digest.models import Story
from digest.settings import ClusterSettings

SHARED = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "weeks"
HELDOUT = Path(__file__).resolve().parent / "heldout"
_LAST_LINE = re.compile(r"found (\d+)/(\d+); pairwise P ([\d.]+) R ([\d.]+) F1 ([\d.]+)")
_QUOTES = str.maketrans({"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"'})


def _scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("weeks_score", SHARED / "score.py")
    if spec is None or spec.loader is None:
        raise SystemExit(f"{SHARED / 'score.py'}: the weeks' scorer is missing")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _norm(text: str) -> str:
    """What the scorer compares: case, whitespace runs, emphasis and curly quotes ignored."""
    text = unicodedata.normalize("NFKC", text).translate(_QUOTES)
    text = text.replace("**", "").replace("__", "").replace("`", "")
    return re.sub(r"\s+", " ", text).strip().casefold()


def _named(stories: list[Story], labels: dict[str, Any]) -> set[str]:
    """Ids of the stories a label phrase may name (by headline or the start of the text)."""
    phrases: dict[str, list[str]] = {}
    for items in labels["events"].values():
        for file, phrase in items:
            phrases.setdefault(file, []).append(_norm(phrase))
    named = set()
    for story in stories:
        wanted = phrases.get(Path(story.path).name, [])
        seen = (_norm(story.title), _norm(story.text[:600]))
        if any(p in part for p in wanted for part in seen):
            named.add(story.id)
    return named


def _score(
    scorer: ModuleType, stories: list[Story], labels: dict[str, Any], settings: ClusterSettings
) -> tuple[float, ...]:
    """found, items, P, R and F1 of ``stories`` clustered with ``settings``, as the scorer prints them."""
    by_id = {story.id: story for story in stories}
    digest = {
        "clusters": [
            {
                "stories": [
                    attrs.asdict(by_id[i], filter=lambda a, _: a.name in ("path", "title", "text"))
                    for i in c.story_ids
                ]
            }
            for c in cluster_stories(stories, settings)
        ]
    }
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        scorer.score(digest, labels)
    found = _LAST_LINE.search(printed.getvalue().splitlines()[-1])
    if found is None:
        raise SystemExit("the scorer's last line was not read")
    return tuple(float(g) for g in found.groups())


#: Scores at which ``--pairs`` counts the labelled pairs.
_CUTS = (0.05, 0.1, 0.15, 0.2, 0.3)


def _labelled_items(
    scorer: ModuleType, stories: list[Story], labels: dict[str, Any]
) -> list[tuple[str, str]]:
    """(event, story id) of each labelled item the scorer finds, as it matches a phrase to a story."""
    alone = {
        "clusters": [
            {"stories": [attrs.asdict(s, filter=lambda a, _: a.name in ("path", "title", "text"))]}
            for s in stories
        ]
    }
    by_file = scorer._stories_by_file(alone)  # the scorer's own matching
    items = []
    for event, phrases in labels["events"].items():
        for file, phrase in phrases:
            found, _ = scorer._match(by_file.get(file, []), phrase)
            if found is not None:
                items.append((event, stories[found[0]].id))
    return items


def _pairs_report(
    scorer: ModuleType, stories: list[Story], labels: dict[str, Any], settings: ClusterSettings
) -> str:
    """How the verified scores of labelled pairs fall: same event against two events."""
    items = _labelled_items(scorer, stories, labels)
    pairs = [(a, b) for k, a in enumerate(items) for b in items[k + 1 :] if a[1] != b[1]]
    scores = pair_scores(stories, [(a[1], b[1]) for a, b in pairs], settings)
    same = [float(x) for x, (a, b) in zip(scores, pairs, strict=True) if a[0] == b[0]]
    apart = [float(x) for x, (a, b) in zip(scores, pairs, strict=True) if a[0] != b[0]]
    lines = [f"  labelled pairs: {len(same)} of one event, {len(apart)} of two"]
    for cut in _CUTS:
        share = sum(x >= cut for x in same) / max(len(same), 1)
        lines.append(f"  score >= {cut:.2f}: {share:.1%} of one event, {sum(x >= cut for x in apart)} of two")
    under: dict[str, int] = {}
    for x, (a, b) in zip(scores, pairs, strict=True):
        if a[0] == b[0] and x < settings.threshold:
            under[a[0]] = under.get(a[0], 0) + 1
    worst = sorted(under.items(), key=lambda kv: (-kv[1], kv[0]))[:5]
    lines.append("  most pairs under the threshold: " + (", ".join(f"{e} {n}" for e, n in worst) or "none"))
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--week", nargs=2, action="append", metavar=("DIR", "LABELS"), type=Path)
    parser.add_argument("--runs", type=int, default=6)
    parser.add_argument("--drop", type=float, default=0.03)
    parser.add_argument("--set", action="append", default=[], metavar="NAME=VALUE")
    parser.add_argument("--pairs", action="store_true", help="where the labelled pairs are lost")
    args = parser.parse_args(argv)
    defaults = ClusterSettings()
    overrides = {}
    for item in args.set:
        name, _, value = item.partition("=")
        overrides[name] = type(getattr(defaults, name))(value)
    settings = attrs.evolve(defaults, **overrides)
    weeks = args.week or [
        (SHARED / "2025-06-02", SHARED / "2025-06-02.labels.json"),
        *((HELDOUT / p.name.removesuffix(".labels.json"), p) for p in sorted(HELDOUT.glob("*.labels.json"))),
    ]
    scorer = _scorer()
    for folder, labels_path in weeks:
        if not folder.is_dir():
            print(f"{folder.name}: not here (see {labels_path.parent / 'README.md'})")
            continue
        labels = json.loads(labels_path.read_text(encoding="utf-8"))
        stories = list(read_stories([folder]).stories)
        found, items, precision, recall, f1 = _score(scorer, stories, labels, settings)
        named = _named(stories, labels)
        f1s = []
        for seed in range(1, args.runs + 1):
            rng = random.Random(seed)
            kept = [s for s in stories if s.id in named or rng.random() >= args.drop]
            f1s.append(_score(scorer, kept, labels, settings)[-1])
        spread = f" {statistics.mean(f1s):.3f} ± {statistics.pstdev(f1s):.3f}" if f1s else " -"
        print(
            f"{folder.name}: {len(stories)} stories, found {found:.0f}/{items:.0f}; "
            f"pairwise P {precision:.3f} R {recall:.3f} F1 {f1:.3f}; "
            f"over {len(f1s)} runs without {args.drop:.0%} of the unlabelled:{spread}"
        )
        if args.pairs:
            print(_pairs_report(scorer, stories, labels, settings))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
