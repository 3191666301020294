"""The `policy` suite: questions over the demo handbook, loaded into a fresh database through the same upload
path as POST /v1/policies, answered through the same lookup as POST /v1/tools/policy-lookup."""

from __future__ import annotations

import re
import tempfile
import time
from pathlib import Path
from typing import Any

from cli.demo import seed_policies
from evals import metrics as m
from evals.core import DATASETS, Case, CaseResult, load_suite_datasets
from evals.suites.base import RunOptions, SuiteOutcome, llm_for
from services.policies import PolicyService
from storage.db import Database, upgrade

_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def handbook_service(directory: Path, *, dense: bool = True, llm: Any = None) -> tuple[Database, PolicyService]:
    url = f"sqlite:///{directory / 'policy.db'}"
    upgrade(url)
    db = Database(url)
    seed_policies(db)
    return db, PolicyService(db, dense=dense, llm=llm)


def lookup_metrics(results: list[CaseResult], ranks: dict[str, int | None]) -> dict[str, Any]:
    """Retrieval and abstention figures of a policy suite's results (hit@k and MRR over answerable questions)."""
    answerable = [r for r in results if r.expected["found"]]
    return {
        "hit_at_1": m.hit_at_k([ranks[r.case] for r in answerable], 1),
        "hit_at_3": m.hit_at_k([ranks[r.case] for r in answerable], 3),
        "mrr": m.mrr([ranks[r.case] for r in answerable]),
        "abstention_accuracy": m.ratio(sum(r.actual["found"] == r.expected["found"] for r in results), len(results)),
        "unanswerable_abstained": m.ratio(sum(not r.actual["found"] for r in results if not r.expected["found"]),
                                          sum(1 for r in results if not r.expected["found"])),
        "answerable_answered": m.ratio(sum(r.actual["found"] for r in answerable), len(answerable)),
    }


def rank_of(citations: list[Any], expected: dict[str, Any]) -> int | None:
    for rank, citation in enumerate(citations, start=1):
        if citation.title == expected.get("title") and citation.section == expected.get("section"):
            return rank
    return None


class PolicySuite:
    name = "policy"
    datasets = DATASETS

    def cases(self) -> list[Case]:
        return [case for dataset in load_suite_datasets(self.name, self.datasets) for case in dataset.cases]

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        results: list[CaseResult] = []
        ranks: dict[str, int | None] = {}
        with tempfile.TemporaryDirectory(prefix="de-eval-policy-") as directory:
            db, service = handbook_service(Path(directory), llm=llm_for(options))
            try:
                for case in cases:
                    started = time.perf_counter()
                    result = service.lookup(case.inputs["question"], top_k=3)
                    seconds = time.perf_counter() - started
                    rank = rank_of(result.citations, case.expected) if case.expected["found"] else None
                    ranks[case.name] = rank
                    quoted = re.findall(r"“(.*?)”", result.answer or "", flags=re.DOTALL)
                    grounded = result.answer is None or all(
                        number in " ".join(c.text for c in result.citations)
                        for number in _NUMBER.findall(" ".join(quoted)))
                    passed = (result.found == case.expected["found"]
                              and (not case.expected["found"] or rank == 1) and grounded)
                    results.append(CaseResult(case.name, passed, case.expected, {
                        "found": result.found, "answer": result.answer, "rank": rank,
                        "citations": [[c.title, c.section] for c in result.citations]}, seconds, case.tags,
                        scores={"grounded": grounded}))
                    progress()
                mode = service.index().mode
            finally:
                db.dispose()
        metrics: dict[str, Any] = lookup_metrics(results, ranks) | {
            "numbers_grounded": m.ratio(sum(r.scores["grounded"] for r in results), len(results)),
            "retrieval": mode,
            "latency": m.latency([r.seconds for r in results]),
        }
        for tag in ("en", "zh", "cross_lingual"):
            subset = [ranks[r.case] for r in results if r.expected["found"] and tag in r.tags]
            metrics[f"hit_at_3_{tag}"] = m.hit_at_k(subset, 3)
        return SuiteOutcome(results, metrics)
