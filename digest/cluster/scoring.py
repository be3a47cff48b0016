"""Scores of a clustering against gold labels: B-cubed precision/recall/F1 and ARI."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Hashable, Sequence

from attrs import frozen


@frozen
class ClusterScore:
    """B-cubed precision, recall and F1, and the adjusted Rand index."""

    precision: float
    recall: float
    f1: float
    ari: float


def _pairs(n: int) -> float:
    return n * (n - 1) / 2


def score_clustering(predicted: Sequence[Hashable], gold: Sequence[Hashable]) -> ClusterScore:
    """Compare predicted cluster labels with gold labels, item by item."""
    if len(predicted) != len(gold):
        raise ValueError(f"predicted and gold differ in length: {len(predicted)} != {len(gold)}")
    n = len(gold)
    if n == 0:
        raise ValueError("cannot score an empty clustering")
    in_pred = Counter(predicted)
    in_gold = Counter(gold)
    both = Counter(zip(predicted, gold, strict=True))
    precision = sum(both[(p, g)] / in_pred[p] for p, g in zip(predicted, gold, strict=True)) / n
    recall = sum(both[(p, g)] / in_gold[g] for p, g in zip(predicted, gold, strict=True)) / n
    f1 = 2 * precision * recall / (precision + recall)
    index = sum(_pairs(c) for c in both.values())
    pred_pairs = sum(_pairs(c) for c in in_pred.values())
    gold_pairs = sum(_pairs(c) for c in in_gold.values())
    expected = pred_pairs * gold_pairs / _pairs(n) if n > 1 else 0.0
    maximum = (pred_pairs + gold_pairs) / 2
    ari = 1.0 if math.isclose(maximum, expected) else (index - expected) / (maximum - expected)
    return ClusterScore(precision=precision, recall=recall, f1=f1, ari=ari)
