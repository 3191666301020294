"""Risk flags per second against a history of 1,000,000 invoices in the database.

    python benchmarks/risk_flags.py [--history 1000000] [--vendors 2000] [--checks 2000]

Each check is what POST /v1/tools/risk-flags does: match against the PO, load the context (vendor, bank-account
history, nearby and look-alike invoices, the vendor's first-digit counts) with indexed queries, run the rules.
The baseline in the same run is the rules alone on the same contexts already in memory.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import insert, text

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.configs import risk_config
from core.settings import Settings
from evals.metrics import percentile
from storage import risk as risk_store
from storage.db import Database, upgrade
from storage.models import InvoiceRecord, VendorBankAccount, VendorFirstDigits, VendorRow
from tools.documents import Invoice
from tools.risk import check_invoice
from tools.risk.benford import first_digit
from tools.risk.rules import number_shape

console = Console(width=160)
START = dt.date(2023, 9, 1)
DAYS = 1095


def load_history(db: Database, *, history: int, vendors: int, progress: Progress) -> None:
    rng = random.Random(5)
    now = dt.datetime(2026, 9, 1, tzinfo=dt.UTC)
    with db.session() as session:
        session.execute(insert(VendorRow), [
            {"vendor_id": f"BV{v:05d}", "name": f"Bench Vendor {v} GmbH", "tax_id": f"DE{300000000 + v}",
             "bank_account": f"DE89BENCH{v:08d}", "created_at": dt.datetime(2022, 1, 1, tzinfo=dt.UTC),
             "first_seen_at": now, "updated_at": now, "data": {"vendor_id": f"BV{v:05d}", "name": f"Bench {v}"}}
            for v in range(vendors)])
        session.execute(insert(VendorBankAccount), [
            {"vendor_id": f"BV{v:05d}", "bank_account": f"DE89BENCH{v:08d}",
             "changed_at": dt.datetime(2022, 1, 1, tzinfo=dt.UTC)} for v in range(vendors)])
    task = progress.add_task("loading invoices", total=history)
    digits: dict[tuple[str, int], int] = {}
    batch = 50_000
    with db.engine.connect() as connection:
        # A bulk load of history, with no task rows behind it. The pragma must precede any transaction.
        connection.connection.dbapi_connection.execute("PRAGMA foreign_keys=OFF")  # type: ignore[union-attr]
        for start in range(0, history, batch):
            rows = []
            for n in range(start, min(start + batch, history)):
                v = n % vendors
                # Log-uniform over whole decades: a history that follows Benford's law, as real spend tends to.
                total = (Decimal(10) ** Decimal(rng.uniform(2, 5))).quantize(Decimal("0.01"))
                key = f"tax:DE{300000000 + v}"
                number = f"BINV-{v}-{n // vendors:06d}"
                rows.append({"task_id": f"bench-{n:08d}", "invoice_number": number, "number_key": number.lower(),
                             "number_shape": number_shape(number), "vendor_key": key, "vendor_id": f"BV{v:05d}",
                             "po_number": None, "issue_date": START + dt.timedelta(days=rng.randrange(DAYS)),
                             "currency": "EUR", "total": total, "billed_by_po_line": {}, "state": "approved",
                             "created_at": now, "bank_account": None})
                digit = first_digit(total)
                digits[(key, digit)] = digits.get((key, digit), 0) + 1
            connection.execute(insert(InvoiceRecord), rows)
            connection.commit()
            progress.advance(task, len(rows))
    with db.session() as session:
        session.execute(insert(VendorFirstDigits), [{"vendor_key": k, "digit": d, "count": c}
                                                    for (k, d), c in digits.items()])
    with db.engine.connect() as connection:
        connection.exec_driver_sql("ANALYZE")
        connection.commit()


def invoices_to_check(count: int, vendors: int) -> list[Invoice]:
    rng = random.Random(9)
    out = []
    for n in range(count):
        v = rng.randrange(vendors)
        total = (Decimal(10) ** Decimal(rng.uniform(2, 5))).quantize(Decimal("0.01"))
        out.append(Invoice.model_validate({
            "invoice_number": f"CHK-{v}-{n}",
            "issue_date": (START + dt.timedelta(days=rng.randrange(DAYS))).isoformat(),
            "vendor": {"vendor_id": f"BV{v:05d}", "name": f"Bench Vendor {v} GmbH", "tax_id": f"DE{300000000 + v}",
                       "bank_account": f"DE89BENCH{v:08d}"},
            "currency": "EUR", "total": str(total),
            "lines": [{"line_no": 1, "description": "goods", "quantity": "1", "unit_price": str(total)}]}))
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--history", type=int, default=1_000_000)
    parser.add_argument("--vendors", type=int, default=2000)
    parser.add_argument("--checks", type=int, default=2000)
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    console.print(f"[bold]risk flags benchmark[/bold] · {cores} cores · Python {sys.version.split()[0]}")
    with tempfile.TemporaryDirectory(prefix="de-bench-risk-") as directory:
        url = f"sqlite:///{Path(directory) / 'risk.db'}"
        upgrade(url)
        db = Database(url)
        settings = Settings(database_url=url)
        config = risk_config(settings)
        with Progress(console=console, transient=True) as progress:
            started = time.perf_counter()
            load_history(db, history=args.history, vendors=args.vendors, progress=progress)
            load_seconds = time.perf_counter() - started
        with db.engine.connect() as connection:
            plan = connection.execute(text(
                "EXPLAIN QUERY PLAN SELECT * FROM invoices WHERE vendor_key = :k AND issue_date BETWEEN :a AND :b"),
                {"k": "tax:DE300000001", "a": "2026-01-01", "b": "2026-01-15"}).fetchall()
        invoices = invoices_to_check(args.checks, args.vendors)
        latencies, contexts, raised = [], [], 0
        by_code: dict[str, int] = {}
        started = time.perf_counter()
        for invoice in invoices:
            t0 = time.perf_counter()
            with db.session() as session:
                context, _vendor = risk_store.context_for(session, invoice=invoice, task_id="", po=None, match=None,
                                                          received_at=None, config=config)
            for flag in check_invoice(invoice, context, config):
                raised += 1
                by_code[flag.code] = by_code.get(flag.code, 0) + 1
            latencies.append(time.perf_counter() - t0)
            contexts.append(context)
        seconds = time.perf_counter() - started
        started = time.perf_counter()
        for invoice, context in zip(invoices, contexts, strict=True):
            check_invoice(invoice, context, config)
        rules_seconds = time.perf_counter() - started
        db.dispose()

    per_s = len(invoices) / seconds
    rules_per_s = len(invoices) / rules_seconds
    table = Table(title=f"Risk flags ({cores} cores; {args.history:,} invoices of {args.vendors:,} vendors in "
                        f"SQLite, loaded in {load_seconds:.0f} s)")
    for column in ("what", "figure", "baseline (same run)", "ratio"):
        table.add_column(column)
    table.add_row("context from storage + all 14 rules", f"{per_s:,.0f} invoices/s · {raised / seconds:,.0f} flags/s"
                  f" · p50 {percentile(latencies, 50) * 1000:.2f} ms · p95 {percentile(latencies, 95) * 1000:.2f} ms",
                  f"rules alone, same contexts: {rules_per_s:,.0f} invoices/s", f"{per_s / rules_per_s:.2f}×")
    breakdown = ", ".join(f"{code} {count:,}" for code, count in sorted(by_code.items(), key=lambda kv: -kv[1]))
    table.add_row("flags raised (random history)", f"{raised:,} on {len(invoices):,} invoices: {breakdown}", "", "")
    console.print(table)
    console.print("query plan for the date-window look-up: " + "; ".join(str(row[-1]) for row in plan))


if __name__ == "__main__":
    main()
