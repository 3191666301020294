"""The operations report on 1,000,000 tasks in PostgreSQL (issue 22): the 30-day report must take under 1 s.

    python benchmarks/operations_report.py [--tasks 1000000] [--days 365] [--repeat 5]
        [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres] [--json out/operations_report.json]

A throwaway database is created (and dropped at the end) on the server, migrated to head, and filled with
set-based `INSERT ... SELECT generate_series`: `--tasks` tasks spread evenly over `--days` days (70 % invoice
reviews, 20 % candidate screens, 10 % failed or queued), a review fact for every reviewed task (decisions,
decision times, overrides and touchless invoices in fixed proportions), one to two exception or flag codes for
a third of the invoices, a screening record per candidate, and 200,000 masked policy questions. After ANALYZE,
it times the whole report as the API computes it (services.reports.operations, every section, as an admin):

- the 30-day report (the figure with the 1 s target), the median of `--repeat` warm runs;
- a 1-day report in the same run, as the baseline;
- the 30-day report again with the report's indexes dropped, to show what they buy.

The figures are for one machine shared with other work; compare the ratio, not the absolute time.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import statistics
import sys
import time
from pathlib import Path
from typing import Any

from sqlalchemy import text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.clock import Clock, use_clock
from services import reports
from storage.db import Database, upgrade
from storage.keys import Principal
from tests.processes import scratch_postgres_database

END = dt.datetime(2026, 12, 1, tzinfo=dt.UTC)  # the last day of data ends here; the clock stands at END
ADMIN = Principal(key_id="bench", name="bench", role="admin", holder_id="bench", domains=("finance", "hr"))
REPORT_INDEXES = {  # name: how to create it again
    "ix_tasks_created_kind": "CREATE INDEX ix_tasks_created_kind ON tasks (created_at, domain, kind, source)",
    "ix_review_facts_created": "CREATE INDEX ix_review_facts_created ON review_facts (created_at, kind)",
    "ix_review_facts_domain_created":
        "CREATE INDEX ix_review_facts_domain_created ON review_facts (domain, created_at)",
    "ix_review_fact_codes_created":
        "CREATE INDEX ix_review_fact_codes_created ON review_fact_codes (created_at, type, code)",
    "ix_candidates_created_at": "CREATE INDEX ix_candidates_created_at ON candidates (created_at)",
    "ix_policy_questions_asked_at": "CREATE INDEX ix_policy_questions_asked_at ON policy_questions (asked_at)",
}


def fill(db: Database, *, tasks: int, days: int) -> dict[str, float]:
    """Set-based inserts; returns seconds per table."""
    seconds = days * 86400
    start = END - dt.timedelta(days=days)
    params = {"n": tasks, "start": start, "step": seconds / tasks}
    steps = {
        "tasks": """
            INSERT INTO tasks (id, kind, status, domain, source, requester, created_at, updated_at, version, input,
                               risk_flags, attempts, review_due_at)
            SELECT 'b' || lpad(i::text, 35, '0'),
                   CASE WHEN i % 10 < 7 THEN 'invoice_review' WHEN i % 10 < 9 THEN 'candidate_screen'
                        ELSE 'invoice_review' END,
                   CASE WHEN i % 10 = 9 THEN (CASE WHEN i % 20 = 9 THEN 'failed' ELSE 'queued' END)
                        WHEN i % 17 = 0 THEN 'awaiting_review'
                        WHEN i % 5 = 1 THEN 'rejected' ELSE 'approved' END,
                   CASE WHEN i % 10 BETWEEN 7 AND 8 THEN 'hr' ELSE 'finance' END,
                   CASE WHEN i % 3 = 0 THEN 'sap' WHEN i % 3 = 1 THEN 'oracle' ELSE 'coupa' END,
                   'erp', :start + (i * :step) * interval '1 second', :start + (i * :step) * interval '1 second',
                   3, '{}'::json, '[]'::json, 1,
                   :start + (i * :step) * interval '1 second' + interval '48 hours'
            FROM generate_series(1, :n) AS i""",
        "review_facts": """
            INSERT INTO review_facts (task_id, kind, domain, source, document_type, created_at, paused_at, due_at,
                                      action, exception_count, flag_count, vendor_id, decision, decided_at,
                                      reviewer, decision_seconds, touchless, override)
            SELECT t.id, t.kind, t.domain, t.source,
                   CASE WHEN t.kind = 'invoice_review' THEN 'invoice' END,
                   t.created_at, t.created_at + interval '30 seconds', t.review_due_at,
                   CASE WHEN t.kind = 'candidate_screen' THEN (CASE WHEN h % 3 = 0 THEN 'hold' ELSE 'advance' END)
                        WHEN h % 3 = 0 THEN 'hold' ELSE 'approve_for_payment' END,
                   CASE WHEN t.kind = 'invoice_review' AND h % 3 = 0 THEN 1 + h % 2 ELSE 0 END,
                   CASE WHEN t.kind = 'invoice_review' AND h % 4 = 0 THEN 1 ELSE 0 END,
                   CASE WHEN t.kind = 'invoice_review' THEN 'V' || (h % 500) END,
                   d.decision,
                   CASE WHEN d.decision IS NOT NULL THEN t.created_at + (30 + d.secs) * interval '1 second' END,
                   CASE WHEN d.decision IS NOT NULL THEN 'reviewer-' || (h % 12) END,
                   CASE WHEN d.decision IS NOT NULL THEN d.secs END,
                   CASE WHEN t.kind = 'invoice_review' AND h % 3 <> 0 AND h % 4 <> 0 AND d.decision = 'approve'
                        THEN 1 ELSE 0 END,
                   CASE WHEN d.decision IS NULL THEN NULL
                        WHEN h % 3 = 0 AND d.decision = 'approve' THEN 'hold_approved'
                        WHEN h % 3 <> 0 AND d.decision = 'reject' THEN 'approve_rejected'
                        WHEN d.decision = 'edit' THEN 'amount_edited' END
            FROM (SELECT id, kind, domain, source, created_at, review_due_at, status,
                         ('x' || substr(md5(id), 1, 7))::bit(28)::int AS h FROM tasks) AS t
            CROSS JOIN LATERAL (SELECT
                   CASE WHEN t.status = 'awaiting_review' THEN NULL WHEN t.status = 'rejected' THEN 'reject'
                        WHEN t.h % 23 = 0 THEN 'edit' ELSE 'approve' END AS decision,
                   (t.h % 200000) AS secs) AS d
            WHERE t.status NOT IN ('queued', 'failed')""",
        "review_fact_codes": """
            INSERT INTO review_fact_codes (task_id, type, code, created_at, domain, kind, vendor_id, decided,
                                           overridden)
            SELECT f.task_id, c.type, c.code, f.created_at, f.domain, f.kind, f.vendor_id,
                   CASE WHEN f.decision IS NULL THEN 0 ELSE 1 END, CASE WHEN f.override IS NULL THEN 0 ELSE 1 END
            FROM review_facts AS f
            JOIN (VALUES (0, 'exception', 'PRICE_VARIANCE'), (1, 'exception', 'QTY_EXCEEDS_RECEIVED'),
                         (2, 'exception', 'PO_NOT_FOUND'), (3, 'flag', 'ROUND_AMOUNT'), (4, 'flag', 'NEW_VENDOR'),
                         (5, 'exception', 'OVERBILLED'), (6, 'flag', 'WEEKEND_INVOICE')) AS c(n, type, code)
              ON c.n = (('x' || substr(md5(f.task_id || c.code), 1, 7))::bit(28)::int % 7)
            WHERE f.exception_count + f.flag_count > 0""",
        "candidates": """
            INSERT INTO candidates (task_id, job_id, candidate_ref, score, proposal, outcome, created_at, decided_at)
            SELECT f.task_id, 'JOB-' || (abs(hashtext(f.task_id)) % 40), NULL, abs(hashtext(f.task_id)) % 101,
                   f.action, CASE WHEN f.decision = 'reject' THEN 'rejected'
                                  WHEN f.decision IS NOT NULL THEN f.action END, f.created_at, f.decided_at
            FROM review_facts AS f WHERE f.kind = 'candidate_screen'""",
        "policy_questions": """
            INSERT INTO policy_questions (asked_at, question, found)
            SELECT :start + (i * :qstep) * interval '1 second',
                   'How many days of ' || (ARRAY['parental leave', 'sick leave', 'travel', 'remote work',
                   'training', 'relocation', 'gifts', 'overtime'])[1 + i % 8] || ' apply to [NAME_1]?',
                   CASE WHEN i % 4 = 0 THEN 0 ELSE 1 END
            FROM generate_series(1, 200000) AS i""",
    }
    took: dict[str, float] = {}
    for name, sql in steps.items():
        began = time.perf_counter()
        with db.session() as session:
            session.execute(text(sql), {**params, "qstep": seconds / 200000})
        took[name] = round(time.perf_counter() - began, 1)
        print(f"  {name}: {took[name]} s", flush=True)
    with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
        began = time.perf_counter()
        connection.execute(text("VACUUM ANALYZE"))
        took["vacuum_analyze"] = round(time.perf_counter() - began, 1)
    return took


def timed(db: Database, *, first: dt.date, last: dt.date, repeat: int) -> tuple[float, dict[str, Any]]:
    """Median seconds of `repeat` warm runs of the full report (one run first to warm the cache)."""
    report = reports.operations(db, ADMIN, start=first, end=last)
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        report = reports.operations(db, ADMIN, start=first, end=last)
        runs.append(time.perf_counter() - began)
    return statistics.median(runs), report


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--tasks", type=int, default=1_000_000)
    parser.add_argument("--days", type=int, default=365)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--postgres-url", default="postgresql+psycopg://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--json", type=Path)
    args = parser.parse_args()
    last = (END - dt.timedelta(days=1)).date()
    with scratch_postgres_database(args.postgres_url, prefix="de_bench_ops") as url, \
            use_clock(_Stopped(END)):
        upgrade(url)
        db = Database(url)
        try:
            print(f"filling {args.tasks:,} tasks over {args.days} days", flush=True)
            filled = fill(db, tasks=args.tasks, days=args.days)
            with db.session() as session:
                counts = {table: session.scalar(text(f"SELECT count(*) FROM {table}"))  # noqa: S608
                          for table in ("tasks", "review_facts", "review_fact_codes", "candidates",
                                        "policy_questions")}
            print(f"rows: {counts}", flush=True)
            month, report = timed(db, first=last - dt.timedelta(days=29), last=last, repeat=args.repeat)
            day, _ = timed(db, first=last, last=last, repeat=args.repeat)
            with db.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as connection:
                for name in REPORT_INDEXES:
                    connection.execute(text(f"DROP INDEX {name}"))
                connection.execute(text("ANALYZE"))
            no_index, _ = timed(db, first=last - dt.timedelta(days=29), last=last, repeat=max(1, args.repeat // 2))
        finally:
            db.dispose()
    figures = {
        "tasks": counts["tasks"], "rows": counts, "fill_seconds": filled,
        "tasks_in_30_days": report["volume"]["total"],
        "report_30_days_seconds": round(month, 3), "report_1_day_seconds": round(day, 3),
        "report_30_days_without_report_indexes_seconds": round(no_index, 3),
        "ratio_30_days_to_1_day": round(month / day, 1) if day else None,
        "speed_up_from_indexes": round(no_index / month, 1) if month else None,
        "target_seconds": 1.0, "met": month < 1.0,
        "touchless_rate": report["touchless"]["total"]["rate"], "override_rate": report["overrides"]["total"]["rate"],
        "decision_median_seconds": report["decision_time"]["total"]["median_seconds"],
    }
    print(json.dumps(figures, indent=2))
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps(figures, indent=2) + "\n")


class _Stopped(Clock):
    def now(self) -> dt.datetime:
        assert self.start is not None
        return self.start


if __name__ == "__main__":
    main()
