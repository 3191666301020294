"""Orchestration overhead: webhook accepted → awaiting review, and resume → final state, offline LLM, beside a
direct call of the same tools (match + risk flags) on the same documents in the same run.

    python benchmarks/agent.py [--tasks 200]

In process (FastAPI's test client over the real app, SQLite on disk, the worker driven by this script), so
the figures are the service's own work: HTTP handling, storage, LangGraph with durable checkpoints.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path

from fastapi.testclient import TestClient
from rich.console import Console
from rich.table import Table

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from agent.worker import Worker
from api.app import create_app
from core.settings import Settings
from core.signing import SIGNATURE_HEADER, sign
from evals.metrics import percentile
from services.deliveries import deliver_due
from tools.documents import Invoice, PurchaseOrder
from tools.invoices import match_invoice
from tools.risk import RiskContext, check_invoice

console = Console(width=140)
ADMIN = "bench-admin-key-000000000000000000000"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tasks", type=int, default=200)
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    po = {"po_number": "PO-B", "vendor": {"vendor_id": "V-B", "name": "Bench Vendor GmbH", "tax_id": "DE300000001"},
          "order_date": "2026-09-01", "currency": "EUR", "status": "open", "requester": "rita", "approver": "max",
          "lines": [{"line_no": 1, "sku": "A", "description": "Bolts", "quantity": "1000000", "unit_price": "2.00",
                     "tax_rate": "0.19"}]}

    def invoice(n: int) -> dict:
        return {"invoice_number": f"B-{n}", "vendor": po["vendor"], "po_number": "PO-B", "issue_date": "2026-09-15",
                "currency": "EUR", "lines": [{"line_no": 1, "sku": "A", "description": "Bolts", "quantity": "10",
                                              "unit_price": "2.00", "tax_rate": "0.19"}], "total": "23.80"}

    with tempfile.TemporaryDirectory(prefix="de-bench-agent-") as directory:
        settings = Settings(database_url=f"sqlite:///{Path(directory) / 'de.db'}", admin_key=ADMIN,
                            log_level="ERROR", policy_dense=False, rate_limit_per_minute=0)
        with TestClient(create_app(settings, run_worker=False)) as client:
            services = client.app.state.services  # type: ignore[attr-defined]
            worker = Worker(db=services.db, settings=settings, runner=services.runner, deliver=deliver_due)
            admin = {"Authorization": f"Bearer {ADMIN}"}
            secret = client.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
            reviewer = client.post("/v1/admin/keys", headers=admin, json={"name": "fiona", "role": "reviewer",
                                                                          "domains": ["finance"]}).json()["key"]

            def send(event: dict) -> dict:
                body = json.dumps(event).encode()
                return client.post("/v1/webhooks/erp", content=body, headers={
                    "Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, body)}).json()

            send({"id": "po", "type": "purchase_order.upserted", "data": po})
            to_review, to_final = [], []
            for n in range(args.tasks):
                started = time.perf_counter()
                event = {"id": f"inv-{n}", "type": "invoice.received", "data": {"invoice": invoice(n)}}
                task_id = send(event)["task_id"]
                worker.run_once()
                to_review.append(time.perf_counter() - started)
                version = client.get(f"/v1/tasks/{task_id}", headers=admin).json()["version"]
                started = time.perf_counter()
                final = client.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {reviewer}"},
                                    json={"decision": "approve", "version": version})
                to_final.append(time.perf_counter() - started)
                assert final.json()["status"] == "approved"
    direct = []
    parsed_po = PurchaseOrder.model_validate(po)
    for n in range(args.tasks):
        started = time.perf_counter()
        doc = Invoice.model_validate(invoice(n))
        result = match_invoice(doc, parsed_po, [])
        check_invoice(doc, RiskContext(purchase_order=parsed_po, match=result))
        direct.append(time.perf_counter() - started)

    def ms(values: list[float], pct: float) -> str:
        value = percentile(values, pct) * 1000
        return f"{value:.1f} ms" if value >= 1 else f"{value * 1000:.0f} µs"

    table = Table(title=f"Agent orchestration ({cores} cores; {args.tasks} invoices; offline LLM; SQLite)")
    for column in ("path", "p50", "p95", "vs the direct tool call (p50, same run)"):
        table.add_column(column)
    base = percentile(direct, 50)
    table.add_row("webhook accepted → awaiting review", ms(to_review, 50), ms(to_review, 95),
                  f"{percentile(to_review, 50) / base:.0f}×")
    table.add_row("resume → final state", ms(to_final, 50), ms(to_final, 95), f"{percentile(to_final, 50) / base:.0f}×")
    table.add_row("direct: match + risk flags, in memory", ms(direct, 50), ms(direct, 95), "1×")
    console.print(table)


if __name__ == "__main__":
    main()
