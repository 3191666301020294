"""Suite-level metrics: accuracy, precision/recall/F1 per label, confusion matrices, ranking and latency."""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence


def ratio(numerator: float, denominator: float) -> float:
    return round(numerator / denominator, 4) if denominator else 1.0


def accuracy(pairs: Iterable[tuple[object, object]]) -> float:
    items = list(pairs)
    return ratio(sum(1 for expected, actual in items if expected == actual), len(items))


def label_scores(expected_sets: Sequence[set[str]], actual_sets: Sequence[set[str]]) -> dict[str, object]:
    """Multi-label precision, recall and F1: per label, micro over all labels, and macro (mean of labels)."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for expected, actual in zip(expected_sets, actual_sets, strict=True):
        for label in expected & actual:
            tp[label] += 1
        for label in actual - expected:
            fp[label] += 1
        for label in expected - actual:
            fn[label] += 1
    labels = sorted(set(tp) | set(fp) | set(fn))
    per_label = {}
    for label in labels:
        precision = ratio(tp[label], tp[label] + fp[label])
        recall = ratio(tp[label], tp[label] + fn[label])
        f1 = round(2 * precision * recall / (precision + recall), 4) if precision + recall else 0.0
        per_label[label] = {"precision": precision, "recall": recall, "f1": f1, "support": tp[label] + fn[label],
                            "tp": tp[label], "fp": fp[label], "fn": fn[label]}
    total_tp, total_fp, total_fn = sum(tp.values()), sum(fp.values()), sum(fn.values())
    micro_p = ratio(total_tp, total_tp + total_fp)
    micro_r = ratio(total_tp, total_tp + total_fn)
    micro_f1 = round(2 * micro_p * micro_r / (micro_p + micro_r), 4) if micro_p + micro_r else 0.0
    macro_f1 = round(sum(v["f1"] for v in per_label.values()) / len(per_label), 4) if per_label else 1.0
    return {"precision": micro_p, "recall": micro_r, "f1": micro_f1, "macro_f1": macro_f1, "per_label": per_label}


def confusion(pairs: Iterable[tuple[str, str]]) -> dict[str, dict[str, int]]:
    """expected label → actual label → count."""
    matrix: dict[str, dict[str, int]] = {}
    for expected, actual in pairs:
        row = matrix.setdefault(str(expected), {})
        row[str(actual)] = row.get(str(actual), 0) + 1
    return matrix


def hit_at_k(ranks: Sequence[int | None], k: int) -> float:
    """Share of queries whose first relevant result is within the top k (rank is 1-based, None: not found)."""
    return ratio(sum(1 for rank in ranks if rank is not None and rank <= k), len(ranks))


def mrr(ranks: Sequence[int | None]) -> float:
    return round(sum(1 / rank for rank in ranks if rank) / len(ranks), 4) if ranks else 1.0


def percentile(values: Sequence[float], pct: float) -> float:
    """Nearest-rank percentile."""
    if not values:
        return 0.0
    ordered = sorted(values)
    index = max(0, math.ceil(pct / 100 * len(ordered)) - 1)
    return ordered[index]


def latency(seconds: Sequence[float]) -> dict[str, float]:
    return {"p50_ms": round(percentile(seconds, 50) * 1000, 3), "p95_ms": round(percentile(seconds, 95) * 1000, 3),
            "max_ms": round(max(seconds, default=0.0) * 1000, 3)}


def pass_hat_k(outcomes: dict[str, list[bool]]) -> float:
    """τ-bench's pass^k: the share of cases right in every one of their k runs."""
    return ratio(sum(1 for runs in outcomes.values() if runs and all(runs)), len(outcomes))
