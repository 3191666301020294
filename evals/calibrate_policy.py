"""Fit policy lookup's abstention model and write tools/policies/calibration.json.

    python -m evals.calibrate_policy [--corpora ../shared/corpora]

The points are the demo handbook's questions (evals/datasets/policy.json) and, when the corpora folder is
given, the independent questions on the six public documents (policy-real). Each question is measured by
tools/policies/abstain.features on its hits; a logistic model is fitted (tools/policies/abstain.fit). The
file records what it was fitted on and its in-sample accuracy; the policy-real suite reports the held-out
figures (leave one corpus out, 5 folds) beside it.
"""

from __future__ import annotations

import argparse
import json
import tempfile
from functools import lru_cache
from pathlib import Path
from typing import Any

from evals.core import Case, load_suite_datasets
from evals.suites.policy import handbook_service
from tools.policies.abstain import FEATURES, features, fit, predict

OUT = Path(__file__).resolve().parent.parent / "tools" / "policies" / "calibration.json"


def _measure(index: Any, cases: list[Case]) -> list[tuple[dict[str, float], bool]]:
    """Each question's abstention measurements on its hits, and whether the documents answer it."""
    return [(features(index.search(case.inputs["question"], k=3), case.inputs["question"]),
             bool(case.expected["found"])) for case in cases]


@lru_cache(maxsize=2)
def _handbook_points(mode: str) -> tuple[tuple[tuple[tuple[str, float], ...], bool], ...]:
    cases = [case for dataset in load_suite_datasets("policy") for case in dataset.cases]
    with tempfile.TemporaryDirectory() as directory:
        db, service = handbook_service(Path(directory), dense=mode == "hybrid")
        points = tuple((tuple(f.items()), y) for f, y in _measure(service.index(), cases))
        db.dispose()
    return points


def handbook_points(mode: str) -> list[tuple[dict[str, float], bool]]:
    return [(dict(f), y) for f, y in _handbook_points(mode)]


def real_points(corpora: Path, mode: str) -> list[tuple[str, dict[str, float], bool]]:
    from evals.suites.policy_real import INDEPENDENT, corpus_of, load_corpus

    cases = [case for dataset in load_suite_datasets("policy_real", INDEPENDENT) for case in dataset.cases]
    with tempfile.TemporaryDirectory() as directory:
        db, service, _sources, _uploads = load_corpus(Path(directory), corpora, dense=mode == "hybrid")
        points = [(corpus_of(case), f, y) for case, (f, y) in zip(cases, _measure(service.index(), cases),
                                                                    strict=True)]
        db.dispose()
    return points


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpora", type=Path, default=None, help="shared corpora folder (policy/ inside)")
    args = parser.parse_args()
    out: dict[str, object] = {
        "description": "Policy lookup's abstention model (tools/policies/abstain.py), fitted by "
                       "evals/calibrate_policy.py. `fitted_on` lists the question sets; the policy-real suite "
                       "reports leave-one-corpus-out and 5-fold accuracy beside the in-sample figure.",
        "features": list(FEATURES)}
    for mode in ("hybrid", "bm25"):
        points = handbook_points(mode)
        fitted_on = ["evals/datasets/policy.json (demo handbook)"]
        if args.corpora is not None:
            points += [(f, y) for _c, f, y in real_points(args.corpora, mode)]
            fitted_on.append("evals/datasets/independent/policy_real.json (six public documents)")
        calibration = fit(points)
        said = [(predict(calibration, f), y) for f, y in points]
        accuracy = sum(found == y for found, y in said) / len(points)
        answered = [found for found, y in said if y]
        declined = [not found for found, y in said if not y]
        out[mode] = calibration.as_json() | {
            "fitted_on": fitted_on, "questions": len(points),
            "threshold_chosen_by": "the highest that answers 95 % of the answerable training questions",
            "in_sample_accuracy": round(accuracy, 4),
            "in_sample_answerable_answered": round(sum(answered) / max(1, len(answered)), 4),
            "in_sample_unanswerable_declined": round(sum(declined) / max(1, len(declined)), 4)}
        print(mode, json.dumps(out[mode]))
    OUT.write_text(json.dumps(out, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
