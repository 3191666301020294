"""Calibrate policy lookup's abstention thresholds on the policy eval set; write tools/policies/calibration.json.

    python -m evals.calibrate_policy

For each question two things are measured, both independent of the corpus's size: the share of what it asks
about that no policy mentions in either language (`unknown`), and the share of it that the best clause speaks
of: the best clause's BM25 score over the most BM25 could give those words
(`strength`, in [0, 1]). The thresholds that best separate answerable from
unanswerable questions are chosen by grid search; a 5-fold cross-validation reports how well they generalise
(printed, and kept in the file).
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from evals.core import load_suite_datasets
from evals.suites.policy import handbook_service

OUT = Path(__file__).resolve().parent.parent / "tools" / "policies" / "calibration.json"
UNKNOWN = [round(0.05 * n, 2) for n in range(1, 22)]
STRENGTH = [round(0.02 * n, 2) for n in range(0, 31)]


def _answerable(point: tuple[float, float, bool], unknown: float, coverage: float) -> bool:
    return point[0] < unknown and point[1] >= coverage


def _fit(points: list[tuple[float, float, bool]]) -> tuple[float, float, float]:
    best = (1.0, 0.0, -1.0)
    for unknown in UNKNOWN:
        for coverage in STRENGTH:
            accuracy = sum(_answerable(p, unknown, coverage) == p[2] for p in points) / len(points)
            if accuracy > best[2] + 1e-9:
                best = (unknown, coverage, accuracy)
    return best


def main() -> None:
    cases = [case for dataset in load_suite_datasets("policy") for case in dataset.cases]
    out = {"description": "Abstention thresholds, calibrated on evals/datasets/policy.json by "
                          "evals/calibrate_policy.py (grid search; 5-fold cross-validated accuracy kept below)."}
    for mode, dense_on in (("hybrid", True), ("bm25", False)):
        with tempfile.TemporaryDirectory() as directory:
            db, service = handbook_service(Path(directory), dense=dense_on)
            index = service.index()
            points = []
            for case in cases:
                hits = index.search(case.inputs["question"], k=1)
                points.append((hits[0].unknown if hits else 1.0, hits[0].strength if hits else 0.0,
                               bool(case.expected["found"])))
            db.dispose()
        unknown, coverage, accuracy = _fit(points)
        folds = [points[i::5] for i in range(5)]
        right = 0
        for i, test in enumerate(folds):
            train = [p for j, fold in enumerate(folds) if j != i for p in fold]
            u, b, _ = _fit(train)
            right += sum(_answerable(p, u, b) == p[2] for p in test)
        out[mode] = {"unknown_below": unknown, "strength_at_least": coverage, "fit_accuracy": round(accuracy, 4),
                     "cross_validated_accuracy": round(right / len(points), 4), "questions": len(points)}
        print(mode, out[mode])
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
