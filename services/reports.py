"""The operations report (issue 22): who may read which part, the period, and the figures from storage's SQL
aggregates (storage/reports.py), as JSON-ready data, CSV rows, and what the Prometheus collector exports.

Every figure counts tasks by the UTC day they were created, in [from, to] (both days included). Reviewers see
the task kinds of their domains; the policy questions are for admins and compliance reviewers (the handbook's
owners). Decision time is from the task's pause for review to the reviewer's decision. An SLA breach is a
review decided after its `review_due_at` (the per-kind review SLA, DE_REVIEW_SLA_HOURS), or still open past it;
approval chains with several steps do not exist yet, so the only step is `review` and the reviewer group is
the task's domain.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Any

from agent.kinds import KINDS
from core.clock import today, utcnow
from core.errors import Forbidden, Unprocessable
from storage import reports as store
from storage.db import Database
from storage.keys import Principal

DEFAULT_DAYS = 30
MAX_DAYS = 366
POLICY_DOMAINS = ("compliance",)


def _bad(field: str, message: str) -> Unprocessable:
    return Unprocessable(f"{field}: {message}", errors=[{"field": field, "message": message}])


def period(start: dt.date | None, end: dt.date | None) -> tuple[dt.date, dt.date]:
    """[from, to], both included; by default the 30 days up to today (the injectable clock's)."""
    end = end or (start + dt.timedelta(days=DEFAULT_DAYS - 1) if start else today())
    start = start or end - dt.timedelta(days=DEFAULT_DAYS - 1)
    if start > end:
        raise _bad("from", "must not be after `to`")
    if (end - start).days + 1 > MAX_DAYS:
        raise _bad("to", f"a report covers at most {MAX_DAYS} days")
    return start, end


def scope_for(principal: Principal, *, kind: str | None) -> tuple[tuple[str, ...] | None, tuple[str, ...] | None,
                                                                     bool]:
    """(domains, kinds, policy questions?) the caller may read; 403 for staff or a kind outside their domains."""
    if kind is not None and kind not in KINDS:
        raise _bad("kind", f"one of {', '.join(KINDS)}")
    if principal.role == "admin":
        return None, ((kind,) if kind else None), True
    if principal.role != "reviewer":
        raise Forbidden("the operations report is for reviewers and admins")
    domains = tuple(sorted(principal.domains))
    if kind is not None and KINDS[kind].domain not in domains:
        raise Forbidden(f"{kind} tasks belong to the {KINDS[kind].domain} domain")
    kinds = (kind,) if kind else tuple(name for name, k in KINDS.items() if k.domain in domains)
    return domains, kinds, bool(set(domains) & set(POLICY_DOMAINS))


def operations(db: Database, principal: Principal, *, start: dt.date | None = None, end: dt.date | None = None,
               kind: str | None = None) -> dict[str, Any]:
    first, last = period(start, end)
    domains, kinds, questions = scope_for(principal, kind=kind)
    scope = store.Scope(start=dt.datetime.combine(first, dt.time(), dt.UTC),
                        end=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC),
                        domains=domains, kinds=kinds)
    hr = kinds is None or "candidate_screen" in kinds
    with db.session() as session:
        volume = store.volume(session, scope)
        touchless = store.touchless(session, scope)
        report: dict[str, Any] = {
            "from": first.isoformat(), "to": last.isoformat(), "kind": kind,
            "domains": list(domains) if domains is not None else None,
            "generated_at": utcnow().isoformat(),
            "volume": {"total": sum(row["tasks"] for row in volume), "per_day": volume,
                       "by_kind": _sum_by(volume, "kind"), "by_source": _sum_by(volume, "source")},
            "touchless": {"total": _total(touchless), "per_day": touchless},
            "exceptions": store.codes(session, scope),
            "decision_time": store.decision_time(session, scope, now=utcnow()),
            "overrides": store.overrides(session, scope),
            "candidates": store.candidates(session, scope) if hr else None,
            "policy_questions": store.policy_questions(session, scope) if questions else None,
        }
    return report


def task_list(db: Database, principal: Principal, *, metric: str, start: dt.date | None = None,
              end: dt.date | None = None, kind: str | None = None, code: str | None = None,
              value: str | None = None) -> list[dict[str, Any]]:
    """The tasks behind one of the report's figures (the dashboard's links), newest first, at most 100."""
    first, last = period(start, end)
    domains, kinds, _ = scope_for(principal, kind=kind)
    scope = store.Scope(start=dt.datetime.combine(first, dt.time(), dt.UTC),
                        end=dt.datetime.combine(last + dt.timedelta(days=1), dt.time(), dt.UTC),
                        domains=domains, kinds=kinds)
    with db.session() as session:
        return store.task_ids(session, scope, metric=metric, code=code, value=value)


def _sum_by(rows: list[dict[str, Any]], key: str) -> dict[str, int]:
    totals: dict[str, int] = {}
    for row in rows:
        name = row[key] or "(none)"
        totals[name] = totals.get(name, 0) + row["tasks"]
    return dict(sorted(totals.items(), key=lambda item: (-item[1], item[0])))


def _total(days: list[dict[str, Any]]) -> dict[str, Any]:
    count, of = sum(d["count"] for d in days), sum(d["of"] for d in days)
    return {"count": count, "of": of, "rate": round(count / of, 4) if of else None}


def _cell(value: Any) -> Any:
    """A cell a spreadsheet will not run as a formula (masked questions, vendor names, reviewer ids are text)."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return "" if value is None else value


def csv_text(report: dict[str, Any]) -> str:
    """The report as one CSV table: section, day (or `total`), dimension, name, value."""
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(["section", "day", "dimension", "name", "value"])

    def row(cells: list[Any]) -> None:
        writer.writerow([_cell(cell) for cell in cells])

    for item in report["volume"]["per_day"]:
        row(["volume", item["day"], f"{item['kind']}/{item['source'] or ''}", "tasks", item["tasks"]])
    row(["volume", "total", "", "tasks", report["volume"]["total"]])
    for item in [*report["touchless"]["per_day"], {"day": "total", **report["touchless"]["total"]}]:
        row(["touchless", item["day"], "invoice_review", "untouched", item["count"]])
        row(["touchless", item["day"], "invoice_review", "decided", item["of"]])
        row(["touchless", item["day"], "invoice_review", "rate", item["rate"]])
    for item in report["exceptions"]["pareto"]:
        row(["exceptions", "total", item["type"], item["code"], item["count"]])
    for item in report["exceptions"]["by_vendor"]:
        row(["exceptions_by_vendor", "total", f"{item['type']}:{item['code']}", item["vendor"], item["count"]])
    time = report["decision_time"]
    for item in [*time["per_day"], time["total"]]:
        for name in ("decided", "median_seconds", "p90_seconds"):
            row(["decision_time", item["day"], "", name, item[name]])
    for item in time["buckets"]:
        row(["decision_time_buckets", "total", "le_seconds", item["le_seconds"] or "+Inf", item["count"]])
    for item in time["sla"]:
        row(["sla", "total", f"{item['step']}/{item['kind']}/{item['reviewer_group']}", "reviews", item["reviews"]])
        row(["sla", "total", f"{item['step']}/{item['kind']}/{item['reviewer_group']}", "breached", item["breached"]])
    over = report["overrides"]
    for item in [*over["per_day"], {"day": "total", **over["total"]}]:
        row(["overrides", item["day"], "", "overridden", item["count"]])
        row(["overrides", item["day"], "", "decided", item["of"]])
        row(["overrides", item["day"], "", "rate", item["rate"]])
    for name, count in over["by_type"].items():
        row(["overrides_by_type", "total", "override", name, count])
    for item in over["by_code"]:
        row(["overrides_by_code", "total", item["type"], item["code"], item["rate"]])
    for item in over["by_reviewer"]:
        row(["overrides_by_reviewer", "total", "reviewer", item["reviewer"], item["rate"]])
    for item in over["examples"]:
        row(["override_examples", "total", item["override"], item["task_id"], item["reviewer"]])
    if report["candidates"] is not None:
        for item in report["candidates"]["funnel"]:
            for name in ("screened", "proposed_advance", "advanced"):
                row(["candidate_funnel", "total", item["job_id"], name, item[name]])
        for item in report["candidates"]["scores"]:
            row(["candidate_scores", "total", "score", f"{item['from']}-{item['to']}", item["count"]])
    if report["policy_questions"] is not None:
        questions = report["policy_questions"]
        for item in questions["per_day"]:
            row(["policy_questions", item["day"], "", "answered", item["answered"]])
            row(["policy_questions", item["day"], "", "not_covered", item["not_covered"]])
        for item in questions["top_not_covered"]:
            row(["policy_gaps", "total", "masked_question", item["question"], item["count"]])
    return out.getvalue()


def metrics_snapshot(db: Database) -> dict[str, Any]:
    """What /metrics exports: rates over the last 30 days (the clock's), decision-time histograms of all time."""
    with db.session() as session:
        return store.metrics_snapshot(session, since=utcnow() - dt.timedelta(days=DEFAULT_DAYS))


BUCKETS = store.DECISION_BUCKETS
