"""Run suites, gate them on thresholds, compare with a baseline, write JSON and HTML."""

from __future__ import annotations

import datetime as dt
import json
import subprocess
from collections.abc import Callable
from pathlib import Path
from typing import Any

from agent import llm_state
from core.clock import Clock, use_clock
from evals.core import DATASETS
from evals.suites.agent import AgentSuite
from evals.suites.base import RunOptions
from evals.suites.invoice import InvoiceSuite
from evals.suites.invoice_files import InvoicePdfSuite, InvoiceRealSuite
from evals.suites.policy import PolicySuite
from evals.suites.policy_real import PolicyHoldoutSuite, PolicyRealSuite
from evals.suites.resume import ResumeSuite
from evals.suites.resume_independent import (
    ResumeDev3Suite,
    ResumeDev4Suite,
    ResumeDev5Suite,
    ResumeDev6Suite,
    ResumeDev7Suite,
    ResumeHoldoutSuite,
    ResumeIndependentSuite,
)
from evals.suites.risk import RiskSuite

SUITES: dict[str, Callable[[], Any]] = {"invoice": InvoiceSuite, "risk": RiskSuite, "resume": ResumeSuite,
                                        "policy": PolicySuite, "agent": AgentSuite, "policy-real": PolicyRealSuite,
                                        "resume-independent": ResumeIndependentSuite,
                                        "resume-holdout": ResumeHoldoutSuite, "resume-dev3": ResumeDev3Suite,
                                        "resume-dev4": ResumeDev4Suite, "resume-dev5": ResumeDev5Suite,
                                        "resume-dev6": ResumeDev6Suite,
                                        "resume-dev7": ResumeDev7Suite,
                                        "policy-holdout": PolicyHoldoutSuite, "invoice-real": InvoiceRealSuite,
                                        "invoice-pdf": InvoicePdfSuite}
THRESHOLDS = Path(__file__).parent / "thresholds.json"
BASELINE = Path(__file__).parent / "baseline.json"


def metric_value(metrics: dict[str, Any], path: str) -> Any:
    value: Any = metrics
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def check_thresholds(metrics: dict[str, Any], thresholds: dict[str, Any]) -> list[str]:
    """The threshold breaches, in words (empty: the suite passes)."""
    breaches = []
    for path, bound in thresholds.items():
        value = metric_value(metrics, path)
        if not isinstance(value, int | float):
            breaches.append(f"{path}: no value")
            continue
        if "min" in bound and value < bound["min"]:
            breaches.append(f"{path} = {value} < {bound['min']}")
        if "max" in bound and value > bound["max"]:
            breaches.append(f"{path} = {value} > {bound['max']}")
    return breaches


def load_thresholds(path: Path = THRESHOLDS) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    return {suite: rules for suite, rules in data.items() if not suite.startswith("_")}


def compare(current: dict[str, Any], baseline: dict[str, Any]) -> dict[str, Any]:
    """Per suite: cases newly failing and newly passing, and the change of every top-level number."""
    diff: dict[str, Any] = {}
    for name, suite in current["suites"].items():
        before = baseline.get("suites", {}).get(name)
        if before is None:
            diff[name] = {"new_suite": True}
            continue
        was = {r["case"]: r["passed"] for r in before.get("results", [])}
        now = {r["case"]: r["passed"] for r in suite.get("results", [])}
        deltas = {}
        for key, value in suite["metrics"].items():
            old = before.get("metrics", {}).get(key)
            if isinstance(value, int | float) and isinstance(old, int | float) and not isinstance(value, bool):
                deltas[key] = {"before": old, "after": value, "delta": round(value - old, 4)}
        diff[name] = {
            "newly_failing": sorted(case for case, ok in now.items() if not ok and was.get(case, True)),
            "newly_passing": sorted(case for case, ok in now.items() if ok and was.get(case) is False),
            "added_cases": sorted(set(now) - set(was)),
            "removed_cases": sorted(set(was) - set(now)),
            "metric_deltas": deltas,
        }
    return diff


def _commit() -> str | None:
    try:
        out = subprocess.run(["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, timeout=5,  # noqa: S607
                             cwd=Path(__file__).parent, check=False)
        return out.stdout.strip() or None
    except (OSError, subprocess.SubprocessError):
        return None


def suite_today(cases: list[Any], options: RunOptions) -> str | None:
    """The day a suite runs on: the run's `--today`, else its datasets' (the latest when they differ)."""
    if options.today:
        return options.today
    days = sorted({case.today for case in cases if case.today})
    return days[-1] if days else None


def llm_figures(before: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    """What a suite asked of the LLM endpoint, measured by the process's counters (agent/llm_state.py), not
    declared by the suite: calls, outputs used and refused by our checks, fallbacks and failures by reason,
    tokens and seconds. All zero offline."""
    delta: dict[str, Any] = {}
    for key, value in after.items():
        if isinstance(value, dict):
            delta[key] = {reason: n - before[key].get(reason, 0) for reason, n in value.items()
                          if n - before[key].get(reason, 0)}
        else:
            delta[key] = round(value - before[key], 3) if isinstance(value, float) else value - before[key]
    return {"llm_calls": delta["calls"], "llm": delta}


def run(names: list[str], *, options: RunOptions, thresholds: dict[str, Any] | None = None,
        baseline: dict[str, Any] | None = None, on_start: Callable[[str, int], Callable[[], None]] | None = None,
        datasets: Path = DATASETS) -> dict[str, Any]:
    thresholds = load_thresholds() if thresholds is None else thresholds
    report: dict[str, Any] = {"passed": True, "started_at": dt.datetime.now(dt.UTC).isoformat(), "llm": options.llm,
                              "repeat": options.repeat, "today": options.today, "commit": _commit(), "suites": {}}
    for name in names:
        suite = SUITES[name]()
        if datasets != DATASETS:
            suite.datasets = datasets  # type: ignore[attr-defined]
        cases = suite.cases()
        if options.limit:
            cases = cases[:options.limit]
        total = len(cases) * (options.repeat if name == "agent" else 1)
        advance = on_start(name, total) if on_start else (lambda: None)
        today = suite_today(cases, options)
        before = llm_state.totals()
        with use_clock(Clock.parse(today)):
            outcome = suite.run(cases, options, advance)
        if not outcome.skipped:
            outcome.metrics |= llm_figures(before, llm_state.totals())
        rules = thresholds.get(name, {})
        if outcome.skipped:
            report["suites"][name] = {"cases": len(cases), "today": today, "passed": True, "skipped": outcome.skipped,
                                      "cases_passed": 0, "metrics": {}, "thresholds": rules, "threshold_breaches": [],
                                      "failures": [], "results": []}
            continue
        breaches = check_thresholds(outcome.metrics, rules)
        report["suites"][name] = {
            "cases": len(cases),
            "today": today,
            "passed": not breaches,
            "cases_passed": sum(r.passed for r in outcome.results),
            "metrics": outcome.metrics,
            "thresholds": rules,
            "threshold_breaches": breaches,
            "failures": [{"case": r.case, "expected": r.expected, "actual": r.actual, "tags": list(r.tags)}
                         for r in outcome.results if not r.passed],
            "results": [{"case": r.case, "passed": r.passed} for r in outcome.results],
        }
        report["passed"] = report["passed"] and not breaches
    if baseline is not None:
        report["baseline"] = compare(report, baseline)
    report["finished_at"] = dt.datetime.now(dt.UTC).isoformat()
    return report
