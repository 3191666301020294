"""The operations report (issue 22): a known set of tasks and decisions gives exactly the expected figures."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

import pytest

from core.clock import Clock, use_clock
from tests import factories as f
from tests.api.test_policies_api import HANDBOOK_EN
from tests.api.test_webhooks import assert_problem, load_po
from tests.conftest import Harness
from tests.tools.test_resumes import EN

T0 = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)
HOUR = 3600


class StoppedClock(Clock):
    def now(self) -> dt.datetime:
        assert self.start is not None
        return self.start

    def at(self, hours: float) -> None:
        self.start = T0 + dt.timedelta(hours=hours)


def _invoice_task(h: Harness, n: int, *, price: str = "2.00") -> dict[str, Any]:
    """Invoice n on its own PO and vendor (no duplicate or split-purchase flags between the tasks)."""
    vendor = {"vendor_id": f"V{n}", "name": f"Vendor {n} GmbH"}
    qty = str(10 * n)
    assert h.webhook(f.event("vendor.upserted", {**vendor, "created_at": "2025-01-01T00:00:00Z"})).status_code == 200
    lines = [{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": qty, "unit_price": "2.00",
              "tax_rate": "0.19"}]
    load_po(h, f.po(f"PO-{n}", lines=lines, vendor=vendor), [f.grn(f"PO-{n}", lines=[(1, qty)])])
    invoice = f.invoice(f"INV-{n}", po_number=f"PO-{n}", vendor=vendor,
                        lines=[{**lines[0], "unit_price": price}])
    response = h.webhook(f.event("invoice.received", {"invoice": invoice}))
    assert response.status_code == 202, response.text
    assert h.drain() == 1
    return h.task(response.json()["task_id"])


def _decide(h: Harness, task: dict[str, Any], who: str, decision: str, **extra: Any) -> None:
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth(who),
                             json={"decision": decision, "version": task["version"], **extra})
    assert response.status_code == 200, response.text


@pytest.fixture
def clock() -> Any:
    stopped = StoppedClock(T0)
    with use_clock(stopped):
        yield stopped


def _known_set(h: Harness, clock: StoppedClock) -> dict[str, dict[str, Any]]:
    """Six invoices created at T0: four clean, two with a price variance; five decided, one left open."""
    t = {name: _invoice_task(h, n, price=price) for n, (name, price) in enumerate(
        [("clean_ok", "2.00"), ("clean_edit", "2.00"), ("clean_reject", "2.00"), ("hold_ok", "2.10"),
         ("hold_reject", "2.10"), ("open", "2.00")], start=1)}
    assert [t[k]["proposal"]["action"] for k in t] == ["approve_for_payment"] * 3 + ["hold"] * 2 + [
        "approve_for_payment"]
    assert [[flag["code"] for flag in task["risk_flags"]] for task in t.values()] == [
        [], [], [], ["PRICE_VARIANCE"], ["PRICE_VARIANCE"], []]
    clock.at(1)
    _decide(h, t["clean_ok"], "fiona", "approve")  # touchless
    clock.at(2)
    _decide(h, t["clean_edit"], "fiona", "edit", edits={"amount_to_pay": "20.00"})  # amount edited
    clock.at(3)
    _decide(h, t["clean_reject"], "gary", "reject")  # proposal to pay rejected
    clock.at(4)
    _decide(h, t["hold_ok"], "gary", "approve")  # hold approved as is
    clock.at(50)
    _decide(h, t["hold_reject"], "fiona", "reject")  # agrees with the hold, after the 48 h SLA
    return t


def test_known_tasks_give_the_exact_rates(h: Harness, clock: StoppedClock) -> None:
    t = _known_set(h, clock)
    response = h.client.get("/v1/reports/operations", headers=h.auth("admin"),
                            params={"from": "2026-11-26", "to": "2026-11-26"})
    assert response.status_code == 200, response.text
    report = response.json()
    assert report["volume"]["total"] == 6
    assert report["volume"]["per_day"] == [{"day": "2026-11-26", "kind": "invoice_review", "source": "erp",
                                            "tasks": 6}]
    assert report["touchless"]["total"] == {"count": 1, "of": 5, "rate": 0.2}
    # 2.10 instead of 2.00 a unit: a price variance (exception and flag) that bills more than the PO's value.
    assert report["exceptions"]["pareto"] == [{"type": "exception", "code": "OVERBILLED", "count": 2},
                                              {"type": "exception", "code": "PRICE_VARIANCE", "count": 2},
                                              {"type": "flag", "code": "PRICE_VARIANCE", "count": 2}]
    assert sorted((v["vendor"], v["type"], v["code"], v["count"]) for v in report["exceptions"]["by_vendor"]) == [
        (vendor, type_, code, 1) for vendor in ("V4", "V5") for type_, code in (
            ("exception", "OVERBILLED"), ("exception", "PRICE_VARIANCE"), ("flag", "PRICE_VARIANCE"))]
    time = report["decision_time"]
    # 1 h, 2 h, 3 h, 4 h, 50 h: nearest-rank median is the 3rd, p90 the 5th.
    assert time["total"] == {"day": "total", "decided": 5, "median_seconds": 3 * HOUR, "p90_seconds": 50 * HOUR,
                             "max_seconds": 50 * HOUR}
    assert [b["count"] for b in time["buckets"] if b["le_seconds"] in (HOUR, 4 * HOUR, 48 * HOUR, None)] == [
        1, 4, 4, 5]
    assert time["sla"] == [{"step": "review", "kind": "invoice_review", "reviewer_group": "finance", "reviews": 6,
                            "breached": 2, "breached_still_open": 1, "rate": round(2 / 6, 4)}]
    over = report["overrides"]
    assert over["total"] == {"count": 3, "of": 5, "rate": 0.6}
    assert over["by_type"] == {"amount_edited": 1, "approve_rejected": 1, "hold_approved": 1}
    assert over["by_code"] == [{"type": "exception", "code": "OVERBILLED", "count": 1, "of": 2, "rate": 0.5},
                               {"type": "exception", "code": "PRICE_VARIANCE", "count": 1, "of": 2, "rate": 0.5},
                               {"type": "flag", "code": "PRICE_VARIANCE", "count": 1, "of": 2, "rate": 0.5}]
    assert over["by_reviewer"] == [{"reviewer": "gary", "count": 2, "of": 2, "rate": 1.0},
                                   {"reviewer": "fiona", "count": 1, "of": 3, "rate": 0.3333}]
    assert {e["task_id"] for e in over["examples"]} == {t["clean_edit"]["id"], t["clean_reject"]["id"],
                                                        t["hold_ok"]["id"]}
    # The same figures as CSV.
    text = h.client.get("/v1/reports/operations", headers=h.auth("admin"),
                        params={"from": "2026-11-26", "to": "2026-11-26", "format": "csv"})
    assert text.headers["content-type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(text.text)))
    assert ["touchless", "total", "invoice_review", "rate", "0.2"] in rows
    assert ["overrides", "total", "", "rate", "0.6"] in rows
    # A day outside the period counts nothing; the default period is the 30 days up to the clock's today.
    empty = h.client.get("/v1/reports/operations", headers=h.auth("admin"), params={"from": "2026-11-27"}).json()
    assert empty["volume"]["total"] == 0 and empty["touchless"]["total"]["rate"] is None
    default = h.client.get("/v1/reports/operations", headers=h.auth("admin")).json()
    assert (default["from"], default["to"]) == ("2026-10-30", "2026-11-28")  # the clock is at T0 + 50 h
    assert default["touchless"]["total"]["rate"] == 0.2


def test_prometheus_exports_the_rates_and_histograms(h: Harness, clock: StoppedClock) -> None:
    _known_set(h, clock)
    text = h.client.get("/metrics").text
    assert "de_touchless_rate 0.2" in text
    assert 'de_override_rate{kind="invoice_review"} 0.6' in text
    assert 'de_review_decision_seconds_bucket{kind="invoice_review",le="3600.0"} 1.0' in text
    assert 'de_review_decision_seconds_count{kind="invoice_review"} 5.0' in text


def test_who_may_read_what(h: Harness, clock: StoppedClock) -> None:
    h.make_key("cora", "reviewer", ["compliance"])
    assert_problem(h.client.get("/v1/reports/operations", headers=h.auth("sam")), 403)
    assert_problem(h.client.get("/v1/reports/operations", headers=h.auth("fiona"),
                                params={"kind": "candidate_screen"}), 403)
    assert_problem(h.client.get("/v1/reports/operations", headers=h.auth("admin"), params={"kind": "nope"}), 422)
    assert_problem(h.client.get("/v1/reports/operations", headers=h.auth("admin"),
                                params={"from": "2026-11-26", "to": "2026-11-01"}), 422)
    assert_problem(h.client.get("/v1/reports/operations", headers=h.auth("admin"),
                                params={"from": "2024-01-01", "to": "2026-11-01"}), 422)
    _invoice_task(h, 1)
    finance = h.client.get("/v1/reports/operations", headers=h.auth("fiona")).json()
    assert finance["volume"]["total"] == 1 and finance["candidates"] is None and finance["policy_questions"] is None
    hr = h.client.get("/v1/reports/operations", headers=h.auth("harry")).json()
    assert hr["volume"]["total"] == 0 and hr["candidates"] is not None
    compliance = h.client.get("/v1/reports/operations", headers=h.auth("cora")).json()
    assert compliance["volume"]["total"] == 0 and compliance["policy_questions"] is not None


def test_candidate_funnel_and_scores(h: Harness, clock: StoppedClock) -> None:
    h.webhook(f.event("job.upserted", {"job_id": "JOB-DE", "title": "Data Engineer",
                                       "required_skills": ["Python", "SQL", "Airflow"], "min_years": "3"}))
    ids = []
    for ref in ("C-1", "C-2"):
        response = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "candidate_ref": ref,
                                                           "resume": {"text": EN}}))
        ids.append(response.json()["task_id"])
    h.drain()
    first, second = (h.task(task_id) for task_id in ids)
    assert first["proposal"]["action"] == "advance"
    clock.at(1)
    _decide(h, first, "harry", "approve")
    _decide(h, second, "harry", "reject")  # the proposal to advance overruled
    report = h.client.get("/v1/reports/operations", headers=h.auth("harry")).json()
    assert report["candidates"]["funnel"] == [{"job_id": "JOB-DE", "screened": 2, "proposed_advance": 2,
                                               "decided": 2, "advanced": 1}]
    assert [s["count"] for s in report["candidates"]["scores"]][-1] == 2  # both scored 90..100
    assert report["overrides"]["by_type"] == {"advance_rejected": 1}
    assert report["touchless"]["total"]["of"] == 0


def test_policy_gaps_are_counted_and_masked(h: Harness, clock: StoppedClock) -> None:
    assert h.client.post("/v1/policies", headers=h.auth("admin"),
                         json={"title": "Travel Rules", "text": HANDBOOK_EN}).status_code == 201
    asked = ["hotel limit per night in Shanghai",
             "Can I bring my dog to the office? mail me at li.wei@example.com or +86 138 0013 8000",
             "Can I bring my dog to the office? mail me at li.wei@example.com or +86 138 0013 8000",
             "How many parking spaces does the Berlin office have?"]
    found = [h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"), json={"question": q}).json()["found"]
             for q in asked]
    assert found == [True, False, False, False]
    report = h.client.get("/v1/reports/operations", headers=h.auth("admin")).json()["policy_questions"]
    assert (report["asked"], report["answered"], report["not_covered"]) == (4, 1, 3)
    top = report["top_not_covered"]
    assert top[0] == {"question": "Can I bring my dog to the office? mail me at [EMAIL_1] or +[ACCOUNT_1]",
                      "count": 2}
    assert "example.com" not in str(report) and "138" not in str(report)
    assert top[1] == {"question": asked[3], "count": 1}


def test_the_command_writes_a_self_contained_html_report(h: Harness, clock: StoppedClock, tmp_path: Any,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from typer.testing import CliRunner

    from cli.main import app
    from core.settings import get_settings

    tasks = _known_set(h, clock)
    monkeypatch.setenv("DE_DATABASE_URL", h.settings.database_url)
    get_settings.cache_clear()
    try:
        runner = CliRunner()
        out = tmp_path / "ops.html"
        done = runner.invoke(app, ["report", "operations", "--from", "2026-11-26", "--to", "2026-11-26",
                                   "--html", str(out), "--base-url", "https://de.example.com/"])
        assert done.exit_code == 0, done.output
        html = out.read_text()
        assert "20.0 %" in html and "60.0 %" in html and "<svg" in html and "<style>" in html
        assert "<script" not in html and 'rel="stylesheet"' not in html  # nothing to fetch
        assert f'href="https://de.example.com/ui/tasks/{tasks["hold_ok"]["id"]}"' in html
        plain = runner.invoke(app, ["report", "operations", "--from", "2026-11-26", "--to", "2026-11-26"])
        assert plain.exit_code == 0 and '"rate": 0.6' in plain.stdout
        bad = runner.invoke(app, ["report", "operations", "--from", "2026-11-27", "--to", "2026-11-26"])
        assert bad.exit_code == 1
    finally:
        get_settings.cache_clear()
