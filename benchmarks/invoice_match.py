"""Invoice matching throughput: the pure matcher, in process against a store of POs, and through the API.

    python benchmarks/invoice_match.py [--pos 100000] [--invoices 2000] [--requests 400]

Prints figures with the machine's core count, and ratios against baselines measured in the same run:
pydantic validation alone (for the matcher) and GET /healthz (for the API).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import insert

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from evals.generators.invoice_cases import base_scenario, perturb
from evals.metrics import percentile
from storage import invoices as invoice_store
from storage import masterdata
from storage.db import Database, upgrade
from storage.models import GoodsReceiptLine, GoodsReceiptRow, PurchaseOrderLine, PurchaseOrderRow
from tests.processes import free_port
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, match_invoice

console = Console(width=160)
ADMIN = "bench-admin-key-0000000000000000000"
PERTURBATIONS = ["reword", "reorder", "drop_skus", "price_over", "receipt_short", "partial_billing", "tax_mismatch"]


def scenarios(count: int, seed: int = 7) -> list[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]:
    """Varied invoices with their PO and receipts: a third clean, the rest reworded or with exceptions."""
    rng = random.Random(seed)
    out = []
    for index in range(count):
        s = base_scenario(rng, index)
        if index % 3:
            perturb(rng, s, rng.choice(PERTURBATIONS))
        out.append((s.invoice, s.po, s.receipts))
    return out


def rate(count: int, seconds: float) -> float:
    return count / seconds if seconds else float("inf")


def bench_pure(items: list[tuple[dict[str, Any], dict[str, Any], list[dict[str, Any]]]]) -> dict[str, float]:
    parsed = [(Invoice.model_validate(i), PurchaseOrder.model_validate(p), [GoodsReceipt.model_validate(g) for g in r])
              for i, p, r in items]
    started = time.perf_counter()
    for invoice, po, receipts in parsed:
        match_invoice(invoice, po, receipts, history=InvoiceHistory())
    match_seconds = time.perf_counter() - started
    started = time.perf_counter()
    for invoice, po, receipts in items:  # the baseline: validating the three documents, nothing else
        Invoice.model_validate(invoice)
        PurchaseOrder.model_validate(po)
        [GoodsReceipt.model_validate(g) for g in receipts]
    validate_seconds = time.perf_counter() - started
    return {"match_per_s": rate(len(items), match_seconds), "validate_per_s": rate(len(items), validate_seconds)}


def build_store(db: Database, count: int, progress: Progress) -> list[str]:
    """Bulk-load `count` POs (2 to 5 lines each) and a receipt for most; returns their numbers."""
    rng = random.Random(11)
    numbers = []
    task = progress.add_task("loading POs", total=count)
    batch = 5000
    for start in range(0, count, batch):
        po_rows, line_rows, grn_rows, grn_lines = [], [], [], []
        for index in range(start, min(start + batch, count)):
            s = base_scenario(rng, 100_000 + index)
            po = s.po
            po["po_number"] = f"PO-B{index:06d}"
            numbers.append(po["po_number"])
            order_date = PurchaseOrder.model_validate(po).order_date
            po_rows.append({"po_number": po["po_number"], "vendor_id": po["vendor"]["vendor_id"],
                            "vendor_name": po["vendor"]["name"], "order_date": order_date,
                            "currency": po["currency"], "status": "open", "data": po})
            line_rows += [{"po_number": po["po_number"], "line_no": line["line_no"], "sku": line["sku"],
                           "description": line["description"], "quantity": Decimal(line["quantity"]),
                           "unit_price": Decimal(line["unit_price"]), "tax_rate": Decimal(line["tax_rate"])}
                          for line in po["lines"]]
            if index % 4:
                grn = {"grn_number": f"GRN-B{index:06d}", "po_number": po["po_number"], "received_date": "2026-09-10",
                       "lines": [{"po_line_no": line["line_no"], "quantity_received": line["quantity"]}
                                 for line in po["lines"]]}
                grn_rows.append({"grn_number": grn["grn_number"], "po_number": po["po_number"],
                                 "received_date": GoodsReceipt.model_validate(grn).received_date, "data": grn})
                grn_lines += [{"grn_number": grn["grn_number"], "po_line_no": line["line_no"],
                               "quantity_received": Decimal(line["quantity"])} for line in po["lines"]]
        with db.session() as session:
            session.execute(insert(PurchaseOrderRow), po_rows)
            session.execute(insert(PurchaseOrderLine), line_rows)
            session.execute(insert(GoodsReceiptRow), grn_rows)
            session.execute(insert(GoodsReceiptLine), grn_lines)
        progress.advance(task, len(po_rows))
    return numbers


def invoices_for(db: Database, numbers: list[str], count: int) -> list[dict[str, Any]]:
    """Invoices against random POs of the store (bill each PO in full, sometimes reworded)."""
    rng = random.Random(13)
    out = []
    with db.session() as session:
        for index in range(count):
            po = masterdata.get_purchase_order(session, po_number=rng.choice(numbers))
            assert po is not None
            lines = [{"line_no": n, "sku": line.sku if index % 2 else None, "description": line.description,
                      "quantity": str(line.quantity), "unit_price": str(line.unit_price),
                      "tax_rate": str(line.tax_rate)} for n, line in enumerate(po.lines, start=1)]
            total = sum((line.quantity * line.unit_price * (1 + line.tax_rate) for line in po.lines), Decimal("0"))
            out.append({"invoice_number": f"BENCH-{index}", "vendor": po.vendor.model_dump(exclude_none=True),
                        "po_number": po.po_number, "issue_date": "2026-09-20", "currency": po.currency,
                        "lines": lines, "total": str(total.quantize(Decimal("0.01")))})
    return out


def bench_store(db: Database, invoices: list[dict[str, Any]]) -> dict[str, float]:
    """What the invoice_review graph's load_context and match nodes do: look up, then match."""
    lookups: list[float] = []
    started = time.perf_counter()
    for data in invoices:
        invoice = Invoice.model_validate(data)
        t0 = time.perf_counter()
        with db.session() as session:
            po = masterdata.get_purchase_order(session, po_number=invoice.po_number)
            receipts = masterdata.goods_receipts_for(session, po_number=invoice.po_number)
            history = invoice_store.history_for(session, invoice=invoice, task_id="bench")
        lookups.append(time.perf_counter() - t0)
        match_invoice(invoice, po, receipts, history=history)
    seconds = time.perf_counter() - started
    return {"per_s": rate(len(invoices), seconds), "lookup_p50_ms": percentile(lookups, 50) * 1000,
            "lookup_p95_ms": percentile(lookups, 95) * 1000}


def timed_requests(call: Callable[[httpx.Client, int], httpx.Response], count: int, workers: int,
                   url: str) -> dict[str, float]:
    latencies: list[float] = []
    errors = 0
    lock = threading.Lock()
    per_worker = count // workers

    def worker(offset: int) -> None:
        nonlocal errors
        with httpx.Client(base_url=url, timeout=30) as client:
            for index in range(per_worker):
                t0 = time.perf_counter()
                response = call(client, offset * per_worker + index)
                elapsed = time.perf_counter() - t0
                with lock:
                    latencies.append(elapsed)
                    errors += response.status_code != 200

    threads = [threading.Thread(target=worker, args=(n,)) for n in range(workers)]
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    seconds = time.perf_counter() - started
    return {"per_s": rate(len(latencies), seconds), "p50_ms": percentile(latencies, 50) * 1000,
            "p95_ms": percentile(latencies, 95) * 1000, "errors": errors}


def bench_api(db_url: str, invoices: list[dict[str, Any]], requests: int, workers: int) -> dict[str, dict[str, float]]:
    port = free_port()
    env = {**os.environ, "DE_DATABASE_URL": db_url, "DE_ADMIN_KEY": ADMIN, "DE_LOG_LEVEL": "WARNING",
           "DE_RATE_LIMIT_PER_MINUTE": "0"}  # the benchmark measures matching, not the limiter
    server = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--no-worker", "--port", str(port)],
                              env=env, cwd=Path(__file__).resolve().parent.parent,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/readyz").status_code == 200:
                    break
            except httpx.HTTPError:
                time.sleep(0.1)
        headers = {"Authorization": f"Bearer {ADMIN}"}
        bodies = [json.dumps({"invoice": invoice}).encode() for invoice in invoices]
        match = timed_requests(lambda c, i: c.post("/v1/tools/invoice-match", content=bodies[i % len(bodies)],
                                                   headers={**headers, "Content-Type": "application/json"}),
                               requests, workers, url)
        health = timed_requests(lambda c, i: c.get("/healthz"), requests, workers, url)
        return {"match": match, "healthz": health}
    finally:
        server.terminate()
        server.wait(10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--pos", type=int, default=100_000, help="POs in the store")
    parser.add_argument("--invoices", type=int, default=2000, help="invoices for the pure and store runs")
    parser.add_argument("--requests", type=int, default=400, help="API requests per endpoint")
    parser.add_argument("--workers", type=int, default=4, help="concurrent API clients")
    args = parser.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    console.print(f"[bold]invoice matching benchmark[/bold] · {cores} cores · Python {sys.version.split()[0]}")
    items = scenarios(args.invoices)
    pure = bench_pure(items)

    with tempfile.TemporaryDirectory(prefix="de-bench-") as directory:
        db_url = f"sqlite:///{Path(directory) / 'bench.db'}"
        upgrade(db_url)
        db = Database(db_url)
        with Progress(console=console, transient=True) as progress:
            started = time.perf_counter()
            numbers = build_store(db, args.pos, progress)
            load_seconds = time.perf_counter() - started
        invoices = invoices_for(db, numbers, args.invoices)
        store = bench_store(db, invoices)
        db.dispose()
        api = bench_api(db_url, invoices, args.requests, args.workers)

    table = Table(title=f"Invoice matching ({cores} cores; store of {args.pos:,} POs loaded in {load_seconds:.1f} s)")
    for column in ("what", "figure", "baseline (same run)", "ratio"):
        table.add_column(column)
    table.add_row("pure matcher, one thread", f"{pure['match_per_s']:,.0f} invoices/s",
                  f"validation only: {pure['validate_per_s']:,.0f} /s",
                  f"{pure['match_per_s'] / pure['validate_per_s']:.2f}×")
    table.add_row(f"look-ups + match, {args.pos:,} POs (SQLite)", f"{store['per_s']:,.0f} invoices/s",
                  f"look-up p50 {store['lookup_p50_ms']:.2f} ms, p95 {store['lookup_p95_ms']:.2f} ms",
                  f"{store['per_s'] / pure['match_per_s']:.2f}× of pure")
    match, health = api["match"], api["healthz"]
    table.add_row(f"API /v1/tools/invoice-match, {args.workers} clients",
                  f"{match['per_s']:,.0f} req/s · p50 {match['p50_ms']:.1f} ms · p95 {match['p95_ms']:.1f} ms"
                  f" · errors {match['errors']}",
                  f"/healthz {health['per_s']:,.0f} req/s · p50 {health['p50_ms']:.1f} ms",
                  f"{match['per_s'] / health['per_s']:.2f}× of /healthz")
    console.print(table)


if __name__ == "__main__":
    main()
