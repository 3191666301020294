"""The eval harness: datasets validate, gates fail on wrong answers, baselines diff, reports escape."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from cli.main import app
from evals import metrics as m
from evals.core import DATASETS, DatasetError, load_dataset, load_suite_datasets
from evals.generators import invoice_cases
from evals.report import render
from evals.runner import check_thresholds, compare, run
from evals.suites.base import RunOptions

runner = CliRunner()


def invoice_dataset(tmp_path: Path, mutate=None) -> Path:
    """A copy of a few real invoice cases into a folder of its own, optionally altered."""
    source = json.loads((DATASETS / "invoice_hard.json").read_text(encoding="utf-8"))
    source["cases"] = source["cases"][:5]
    if mutate:
        mutate(source["cases"])
    folder = tmp_path / "datasets"
    folder.mkdir()
    (folder / "invoice.json").write_text(json.dumps(source), encoding="utf-8")
    return folder


def test_committed_datasets_are_valid_and_big_enough() -> None:
    invoice = [case for d in load_suite_datasets("invoice") for case in d.cases]
    agent = [case for d in load_suite_datasets("agent") for case in d.cases]
    assert len(invoice) >= 50 and len(agent) >= 10
    tags = {tag for case in invoice for tag in case.tags}
    assert {"zh", "en", "ubl", "two_way", "three_way"} <= tags
    assert any(case.origin == "hand-written" for case in invoice)


def test_generated_dataset_is_what_the_generator_makes_with_its_seed() -> None:
    committed = json.loads((DATASETS / "invoice.json").read_text(encoding="utf-8"))
    assert committed["generator"]["seed"] == invoice_cases.SEED
    assert committed["cases"] == json.loads(json.dumps(invoice_cases.generate()))


def test_a_deliberately_wrong_answer_fails_the_suite_with_a_nonzero_exit(tmp_path: Path) -> None:
    def wrong(cases):
        cases[0]["expected"]["status"] = "exception"
        cases[0]["expected"]["exception_codes"] = ["PRICE_VARIANCE"]

    folder = invoice_dataset(tmp_path, wrong)
    out = tmp_path / "out.json"
    result = runner.invoke(app, ["eval", "--suite", "invoice", "--datasets", str(folder), "--json", str(out)])
    assert result.exit_code == 1, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    suite = report["suites"]["invoice"]
    assert report["passed"] is False and suite["passed"] is False
    assert suite["cases"] == 5 and suite["cases_passed"] == 4
    assert [f["case"] for f in suite["failures"]] == ["hard-price-exactly-at-tolerance"]
    assert any(b.startswith("status_accuracy = 0.8") for b in suite["threshold_breaches"])


def test_right_answers_pass_with_exit_zero(tmp_path: Path) -> None:
    folder = invoice_dataset(tmp_path)
    out = tmp_path / "out.json"
    html = tmp_path / "out.html"
    result = runner.invoke(app, ["eval", "--suite", "invoice", "--datasets", str(folder), "--json", str(out),
                                 "--report", str(html)])
    assert result.exit_code == 0, result.output
    report = json.loads(out.read_text(encoding="utf-8"))
    assert report["suites"]["invoice"]["metrics"]["status_accuracy"] == 1.0
    page = html.read_text(encoding="utf-8")
    assert "<svg" in page and "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_a_broken_matcher_is_caught_as_unsafe(monkeypatch) -> None:
    import evals.suites.invoice as suite_module
    from tools.invoices import match_invoice
    from tools.invoices.credit import match_credit_note

    def approves_everything(real):
        def broken(*args, **kwargs):
            result = real(*args, **kwargs)
            return result.model_copy(update={"status": "matched", "exceptions": [],
                                             "recommended_action": "approve_for_payment"})
        return broken

    monkeypatch.setattr(suite_module, "match_invoice", approves_everything(match_invoice))
    monkeypatch.setattr(suite_module, "match_credit_note", approves_everything(match_credit_note))
    report = run(["invoice"], options=RunOptions())
    metrics = report["suites"]["invoice"]["metrics"]
    assert report["passed"] is False
    assert metrics["unsafe_approvals"] > 0 and metrics["code_recall"] == 0.0


def test_bad_dataset_files_are_refused(tmp_path: Path) -> None:
    path = tmp_path / "invoice.json"
    day = "2026-11-26"
    path.write_text(json.dumps({"suite": "invoice", "version": 1, "today": day, "cases": [{"name": "a", "inputs": {}}]}))
    with pytest.raises(DatasetError, match="expected"):
        load_dataset(path)
    case = {"name": "a", "inputs": {}, "expected": {}}
    path.write_text(json.dumps({"suite": "invoice", "version": 1, "today": day, "cases": [case, case]}))
    with pytest.raises(DatasetError, match="duplicate"):
        load_dataset(path)
    folder = invoice_dataset(tmp_path, lambda cases: cases[0].pop("expected"))
    assert runner.invoke(app, ["eval", "--suite", "invoice", "--datasets", str(folder)]).exit_code == 2


def test_unknown_suite_is_a_usage_error() -> None:
    assert runner.invoke(app, ["eval", "--suite", "nope"]).exit_code == 2


def test_baseline_diff_names_newly_failing_and_passing() -> None:
    before = {"suites": {"invoice": {"metrics": {"code_f1": 1.0}, "results": [
        {"case": "a", "passed": True}, {"case": "b", "passed": False}, {"case": "gone", "passed": True}]}}}
    after = {"suites": {"invoice": {"metrics": {"code_f1": 0.9}, "results": [
        {"case": "a", "passed": False}, {"case": "b", "passed": True}, {"case": "new", "passed": True}]}}}
    diff = compare(after, before)["invoice"]
    assert diff["newly_failing"] == ["a"] and diff["newly_passing"] == ["b"]
    assert diff["added_cases"] == ["new"] and diff["removed_cases"] == ["gone"]
    assert diff["metric_deltas"]["code_f1"] == {"before": 1.0, "after": 0.9, "delta": -0.1}


def test_thresholds() -> None:
    metrics = {"a": 0.97, "b": 2, "latency": {"p95_ms": 10.0}}
    assert check_thresholds(metrics, {"a": {"min": 0.97}, "b": {"max": 2}, "latency.p95_ms": {"max": 10}}) == []
    assert check_thresholds(metrics, {"a": {"min": 0.98}}) == ["a = 0.97 < 0.98"]
    assert check_thresholds(metrics, {"missing": {"min": 1}}) == ["missing: no value"]


def test_metrics_numbers() -> None:
    scores = m.label_scores([{"A"}, {"A", "B"}, set()], [{"A"}, {"A"}, {"B"}])
    assert scores["per_label"]["A"] == {"precision": 1.0, "recall": 1.0, "f1": 1.0, "support": 2, "tp": 2, "fp": 0,
                                        "fn": 0}
    assert scores["per_label"]["B"]["precision"] == 0.0 and scores["per_label"]["B"]["recall"] == 0.0
    assert scores["precision"] == 0.6667 and scores["recall"] == 0.6667
    assert m.hit_at_k([1, 3, None, 2], 1) == 0.25 and m.hit_at_k([1, 3, None, 2], 3) == 0.75
    assert m.mrr([1, 2, None, 4]) == round((1 + 0.5 + 0.25) / 4, 4)
    assert m.pass_hat_k({"a": [True, True, True], "b": [True, False, True]}) == 0.5
    assert m.percentile([5, 1, 4, 2, 3], 50) == 3 and m.percentile([5, 1, 4, 2, 3], 95) == 5
    assert m.confusion([("x", "x"), ("x", "y")]) == {"x": {"x": 1, "y": 1}}


def test_report_escapes_everything() -> None:
    hostile = "<script>alert(1)</script>"
    report = {"passed": False, "started_at": "now", "llm": "offline", "repeat": 1, "commit": hostile,
              "suites": {"invoice": {"cases": 1, "passed": False, "cases_passed": 0, "metrics": {"x": 0.5},
                                     "thresholds": {}, "threshold_breaches": [hostile],
                                     "failures": [{"case": hostile, "expected": {"k": hostile},
                                                   "actual": {"k": hostile}, "tags": [hostile]}]}}}
    page = render(copy.deepcopy(report))
    assert "<script>" not in page and "&lt;script&gt;" in page


def test_agent_suite_runs_end_to_end_with_pass_hat_k() -> None:
    report = run(["agent"], options=RunOptions(repeat=2))
    suite = report["suites"]["agent"]
    assert suite["passed"] is True, suite["failures"]
    assert suite["metrics"]["k"] == 2 and suite["metrics"]["pass_hat_k"] == 1.0
    assert suite["metrics"]["decisions_without_review"] == 0


def test_risk_dataset_is_what_its_generator_makes() -> None:
    from evals.generators import risk_cases

    committed = json.loads((DATASETS / "risk.json").read_text(encoding="utf-8"))
    assert committed["generator"]["seed"] == risk_cases.SEED and len(committed["cases"]) >= 100
    assert committed["cases"] == json.loads(json.dumps(risk_cases.generate()))
    every_code = {code for case in committed["cases"] for code in case["expected"]["flags"]}
    assert every_code == set(risk_cases.CODES)


def test_a_silenced_risk_rule_fails_the_risk_suite(monkeypatch) -> None:
    from tools.risk import rules

    monkeypatch.setitem(rules.RULES, "BANK_ACCOUNT_CHANGED", lambda *args: None)
    report = run(["risk"], options=RunOptions())
    suite = report["suites"]["risk"]
    assert report["passed"] is False
    assert suite["metrics"]["per_code"]["BANK_ACCOUNT_CHANGED"]["recall"] == 0.0
    assert any(b.startswith("recall") for b in suite["threshold_breaches"])


def test_a_trigger_happy_risk_rule_fails_on_precision(monkeypatch) -> None:
    from tools.risk import rules
    from tools.risk.models import RiskFlag

    monkeypatch.setitem(rules.RULES, "WEEKEND_INVOICE", lambda invoice, context, config: RiskFlag(
        code="WEEKEND_INVOICE", severity="low", message="always", evidence={"x": 1}))
    suite = run(["risk"], options=RunOptions())["suites"]["risk"]
    assert suite["passed"] is False and suite["metrics"]["forbidden_flags_raised"] > 100


def test_resume_dataset_is_what_its_generator_makes() -> None:
    from evals.generators import resume_cases

    committed = json.loads((DATASETS / "resume.json").read_text(encoding="utf-8"))
    assert committed["cases"] == json.loads(json.dumps(resume_cases.generate()))
    people = {case["name"].rsplit("-", 1)[0] for case in committed["cases"]}
    chinese = {case["name"].rsplit("-", 1)[0] for case in committed["cases"] if "zh" in case["tags"]}
    assert len(people) >= 60 and len(chinese) * 2 == len(people)
    formats = {case["inputs"]["format"] for case in committed["cases"]}
    assert formats == {"pdf", "pdf_two_column", "docx", "docx_table", "txt", "md"}


def test_a_scorer_that_sees_protected_attributes_fails_invariance(monkeypatch) -> None:
    import evals.suites.resume as suite_module
    from tools.resumes import match_job as real

    calls = {"n": 0}

    def leaky(parsed, job, **kwargs):  # scores differ with the variant: what a leak of age would do
        calls["n"] += 1
        result = real(parsed, job, **kwargs)
        return result.model_copy(update={"score": max(0, result.score - calls["n"] % 3)})

    monkeypatch.setattr(suite_module, "match_job", leaky)
    suite = run(["resume"], options=RunOptions())["suites"]["resume"]
    assert suite["passed"] is False and suite["metrics"]["invariant_groups"] < 1.0


def agent_case_folder(tmp_path: Path, name: str) -> Path:
    """One committed agent case in a folder of its own, its dataset's `today` kept."""
    source = json.loads((DATASETS / "agent_candidates.json").read_text(encoding="utf-8"))
    source["cases"] = [case for case in source["cases"] if case["name"] == name]
    folder = tmp_path / "datasets"
    folder.mkdir()
    (folder / "agent.json").write_text(json.dumps(source), encoding="utf-8")
    return folder


def test_evals_run_on_the_datasets_day_whatever_the_machine_clock_says(tmp_path: Path) -> None:
    """The 'Jan 2024 – Present' resume against a three-year minimum: on the dataset's day it is two years and
    eleven months (hold); a year later it would be four (advance). The machine's clock must not decide."""
    from core.clock import Clock, use_clock

    folder = agent_case_folder(tmp_path, "candidate-injection-en")
    for machine_day in ("2026-11-26", "2026-12-01", "2027-12-01", "2031-06-30"):
        with use_clock(Clock.parse(machine_day)):
            report = run(["agent"], options=RunOptions(), datasets=folder)
        suite = report["suites"]["agent"]
        assert suite["today"] == "2026-11-26"
        assert suite["passed"] is True, (machine_day, suite["failures"])
    # The day does matter: run on a day a year later, the same case proposes `advance` and fails.
    later = run(["agent"], options=RunOptions(today="2027-12-01"), datasets=folder)["suites"]["agent"]
    assert later["today"] == "2027-12-01" and later["passed"] is False
    assert "advance" in json.dumps(later["failures"])


def test_every_committed_dataset_names_its_day() -> None:
    import datetime as dt

    days = {path.name: load_dataset(path).today for path in sorted(DATASETS.glob("*.json"))}
    assert all(dt.date.fromisoformat(day) <= dt.date(2026, 12, 1) for day in days.values()), days
    assert days["invoice.json"] == "2026-11-26" and days["invoice_issue19.json"] == "2026-12-01"


def test_today_must_be_a_date() -> None:
    result = runner.invoke(app, ["eval", "--suite", "invoice", "--today", "next tuesday"])
    assert result.exit_code == 2


def test_suites_on_third_party_documents_skip_saying_why_without_them(monkeypatch, tmp_path: Path) -> None:
    monkeypatch.delenv("DE_EVAL_CORPORA", raising=False)
    report = run(["policy-real", "policy-holdout"], options=RunOptions())
    assert report["passed"] is True
    for name in ("policy-real", "policy-holdout"):
        assert report["suites"][name]["skipped"] == f"{name} skipped: no corpora folder given (--corpora DIR or " \
                                                    "DE_EVAL_CORPORA)"
    missing = run(["policy-real"], options=RunOptions(corpora=str(tmp_path / "nowhere")))["suites"]["policy-real"]
    assert missing["skipped"].endswith("nowhere/policy does not exist")
