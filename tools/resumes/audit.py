"""Adverse impact (NYC Local Law 144 bias audit, EEOC four-fifths rule): selection and scoring rates per group
and per intersection of two groups, with impact ratios against the group with the highest rate."""

from __future__ import annotations

import itertools
import statistics
from typing import Any

FOUR_FIFTHS = 0.8


def _rate(numerator: int, denominator: int) -> float | None:
    return round(numerator / denominator, 4) if denominator else None


def _table(rows: list[dict[str, Any]], key: Any, median: float | None) -> dict[str, Any]:
    groups: dict[str, list[dict[str, Any]]] = {}
    unknown = 0
    for row in rows:
        value = key(row)
        if value is None:
            unknown += 1
            continue
        groups.setdefault(value, []).append(row)
    out = []
    for group, members in sorted(groups.items()):
        decided = [m for m in members if m["selected"] is not None]
        scored = [m for m in members if m["score"] is not None]
        out.append({
            "group": group, "n": len(members), "decided": len(decided),
            "selected": sum(1 for m in decided if m["selected"]),
            "selection_rate": _rate(sum(1 for m in decided if m["selected"]), len(decided)),
            "scored_above_median": sum(1 for m in scored if median is not None and m["score"] > median),
            "scoring_rate": _rate(sum(1 for m in scored if median is not None and m["score"] > median), len(scored)),
        })
    for rate, ratio in (("selection_rate", "selection_impact_ratio"), ("scoring_rate", "scoring_impact_ratio")):
        best = max((g[rate] for g in out if g[rate] is not None), default=None)
        for g in out:
            g[ratio] = round(g[rate] / best, 4) if best and g[rate] is not None else None
    for g in out:
        ratios = [g["selection_impact_ratio"], g["scoring_impact_ratio"]]
        g["four_fifths_flag"] = any(r is not None and r < FOUR_FIFTHS for r in ratios)
    return {"groups": out, "unknown": unknown}


def adverse_impact(rows: list[dict[str, Any]]) -> dict[str, Any]:
    """rows: {score: int | None, selected: bool | None (undecided), groups: {dimension: value}}."""
    scores = [row["score"] for row in rows if row["score"] is not None]
    median = statistics.median(scores) if scores else None
    dimensions = sorted({dim for row in rows for dim in (row.get("groups") or {})})
    report: dict[str, Any] = {
        "candidates": len(rows), "decided": sum(1 for row in rows if row["selected"] is not None),
        "median_score": median, "four_fifths_threshold": FOUR_FIFTHS,
        "dimensions": {dim: _table(rows, lambda row, d=dim: (row.get("groups") or {}).get(d), median)
                       for dim in dimensions},
        "intersections": {},
    }
    for first, second in itertools.combinations(dimensions, 2):
        def both(row: dict[str, Any], a: str = first, b: str = second) -> str | None:
            groups = row.get("groups") or {}
            return f"{groups[a]} × {groups[b]}" if groups.get(a) and groups.get(b) else None
        report["intersections"][f"{first} × {second}"] = _table(rows, both, median)
    return report
