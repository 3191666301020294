"""Whether the best passages answer the question, or the honest answer is "not covered".

A logistic model over a few measurements that do not depend on the corpus's size: how much of what the
question asks the best passages speak of (coverage, in either language), how much of it no policy mentions at
all (unknown), how strongly BM25 matches against the most it could (strength), and the dense model's
similarity of the best passage against the corpus (dense, centred), and whether a question that asks for a
quantity finds one of its kind in the best passages (quantity_missing). Its weights are fitted by
evals/calibrate_policy.py on some corpora and reported on others (calibration.json records which).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass
from typing import Any

import numpy as np

FEATURES = ("coverage", "coverage_top3", "coverage_idf", "missing_rare", "unknown", "strength", "dense",
            "dense_gap", "dense_raw", "dense_raw_top3", "quantity_missing")

# A question that asks for a quantity (a percentage, an amount of money, a length of time) is answered by a
# passage that states one of that kind. When none of the best passages does, they speak of the topic but not
# of what is asked: "How much is the per-mile rate?" over a clause that says the rate is set elsewhere.
_CN_NUMBER = "零〇一二两三四五六七八九十百千万"
_NUMBER = rf"(?:\d[\d,.]*|[{_CN_NUMBER}]+)"
QUANTITIES: dict[str, tuple[re.Pattern[str], re.Pattern[str]]] = {
    "percent": (re.compile(r"\bpercent|percentage|%|百分|比例|几成", re.IGNORECASE),
                re.compile(rf"\d[\d.]*\s*(?:%|percent)|百分之[{_CN_NUMBER}\d]+|[{_CN_NUMBER}]+成", re.IGNORECASE)),
    "money": (re.compile(r"how much|\bdollars?\b|\$|\bamount\b|多少钱|金额|多少元|报销多少|能报多少", re.IGNORECASE),
              re.compile(rf"[$€£¥]\s?\d|\d[\d,.]*\s*(?:USD|EUR|GBP|CNY|RMB|dollars?|cents?|元|k\b)|{_NUMBER}\s*倍",
                         re.IGNORECASE)),
    "duration": (re.compile(r"how (?:many|long)\s*(?:\w+\s)?(?:days?|weeks?|months?|years?|hours?)|how long|多少天|"
                            r"几天|多久|多长|几个月|多少个月|几年|多少年", re.IGNORECASE),
                 re.compile(rf"{_NUMBER}\s*(?:-|to)?\s*(?:calendar |business |working |work)?(?:days?|weeks?|months?|"
                            rf"years?|hours?|日|天|周|个月|月|年|小时)", re.IGNORECASE)),
}


def quantity_missing(question: str, passages: list[str]) -> float:
    """1.0 when the question asks for a quantity of a kind no passage states; else 0.0."""
    kinds = [kind for kind, (asked, _stated) in QUANTITIES.items() if asked.search(question)]
    if not kinds:
        return 0.0
    text = "\n".join(passages)
    return 0.0 if any(QUANTITIES[kind][1].search(text) for kind in kinds) else 1.0


@dataclass(frozen=True)
class Calibration:
    weights: tuple[float, ...]
    bias: float
    mean: tuple[float, ...]
    scale: tuple[float, ...]
    threshold: float = 0.5

    def as_json(self) -> dict[str, Any]:
        return {"features": list(FEATURES), "weights": [round(w, 6) for w in self.weights],
                "bias": round(self.bias, 6), "mean": [round(v, 6) for v in self.mean],
                "scale": [round(v, 6) for v in self.scale], "threshold": round(self.threshold, 4)}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Calibration:
        if list(data.get("features", [])) != list(FEATURES):
            raise ValueError("calibration.json was fitted on other features; run evals/calibrate_policy.py")
        return cls(tuple(data["weights"]), float(data["bias"]), tuple(data["mean"]), tuple(data["scale"]),
                   float(data.get("threshold", 0.5)))


def features(hits: list[Any], question: str = "") -> dict[str, float]:
    """The measurements of a search's hits (best first) for the question; no hits measure as nothing found."""
    if not hits:
        return {"coverage": 0.0, "coverage_top3": 0.0, "coverage_idf": 0.0, "missing_rare": 1.0, "unknown": 1.0,
                "strength": 0.0, "dense": 0.0, "dense_gap": 0.0, "dense_raw": 0.0, "dense_raw_top3": 0.0,
                "quantity_missing": quantity_missing(question, [])}
    best = hits[0]
    return {"coverage": best.coverage, "coverage_top3": max(h.coverage for h in hits[:3]),
            "coverage_idf": best.coverage_idf, "missing_rare": best.missing_rare,
            "unknown": best.unknown, "strength": min(1.0, best.strength),
            "dense": best.dense_centred, "dense_gap": best.dense_gap, "dense_raw": best.dense,
            "dense_raw_top3": max(h.dense for h in hits[:3]),
            "quantity_missing": quantity_missing(question, [f"{h.section.heading}\n{h.section.text}"
                                                            for h in hits[:3]])}


def _vector(values: dict[str, float]) -> np.ndarray:
    return np.array([float(values.get(name, 0.0)) for name in FEATURES], dtype=np.float64)


def probability(calibration: Calibration, values: dict[str, float]) -> float:
    x = (_vector(values) - np.array(calibration.mean)) / np.array(calibration.scale)
    z = float(np.dot(x, np.array(calibration.weights)) + calibration.bias)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def predict(calibration: Calibration, values: dict[str, float]) -> bool:
    return probability(calibration, values) >= calibration.threshold


ANSWER_RATE = 0.95  # the share of answerable questions the chosen threshold still answers, on the training points


def fit(points: list[tuple[dict[str, float], bool]], *, l2: float = 0.05, steps: int = 3000) -> Calibration:
    """Logistic regression by gradient descent on standardised features (deterministic), classes weighted
    equally; then the highest threshold that still answers ANSWER_RATE of the answerable training questions.
    Maximising plain accuracy instead chose the lowest threshold on the grid: answerable questions outnumber the
    others four to one in every set we have, so "always answer" scores well and declines almost nothing. A
    wrong "not covered" still lists the closest clauses as related; a wrong answer quotes the wrong clause."""
    if not points:
        return Calibration(tuple(0.0 for _ in FEATURES), 0.0, tuple(0.0 for _ in FEATURES),
                           tuple(1.0 for _ in FEATURES))
    x = np.vstack([_vector(f) for f, _y in points])
    y = np.array([1.0 if label else 0.0 for _f, label in points])
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale < 1e-9] = 1.0
    z = (x - mean) / scale
    positives = max(1.0, y.sum())
    negatives = max(1.0, len(y) - y.sum())
    sample = np.where(y == 1.0, len(y) / (2 * positives), len(y) / (2 * negatives))
    w = np.zeros(z.shape[1])
    b = 0.0
    rate = 0.5
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(z @ w + b)))
        error = (p - y) * sample
        w -= rate * (z.T @ error / len(y) + l2 * w)
        b -= rate * float(error.mean())
    scores = 1.0 / (1.0 + np.exp(-(z @ w + b)))
    best_threshold = 0.2
    if (y == 1.0).any():
        for threshold in np.linspace(0.2, 0.9, 71):
            if float((scores[y == 1.0] >= threshold).mean()) >= ANSWER_RATE:
                best_threshold = float(threshold)
    return Calibration(tuple(float(v) for v in w), b, tuple(float(v) for v in mean), tuple(float(v) for v in scale),
                       best_threshold)
