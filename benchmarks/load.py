"""Load: signed invoice webhooks at a chosen concurrency against real server processes.

    python benchmarks/load.py [--concurrency 16] [--requests 2000] [--setups sqlite,postgres]
                              [--postgres-url postgresql+psycopg://postgres@127.0.0.1:5432/postgres]
                              [--json out/load.json]

The invoices are clean, spread over 100 POs of 20 vendors, all in one month (so every risk rule looks at the
vendor's recent history). Two set-ups, each on a fresh database:
- sqlite: one `serve` process (API and worker), the embedded default;
- postgres: two `serve --no-worker` API processes behind a client-side round robin, and one `worker` process.

For each it reports webhooks accepted per second with p50/p95/p99 latency and errors, then how long the workers
took to bring every accepted task to a review (tasks per second end to end), and beside them `GET /healthz` on
the same processes at the same concurrency in the same run: the ceiling of the HTTP stack, and the ratio to it.
The client runs on the same machine and takes CPU from the servers; the figures are for comparing set-ups and
changes on one machine, not absolute capacity.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import httpx
from rich.console import Console
from rich.progress import Progress
from rich.table import Table
from sqlalchemy import create_engine, func, select

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from core.signing import SIGNATURE_HEADER, sign
from evals.metrics import percentile
from storage.models import Task
from tests.processes import ServiceProcesses, free_port, scratch_postgres_database, send_webhook

console = Console(width=160)
ADMIN = "bench-admin-key-0000000000000000000"
VENDORS = 20
POS = 100


def vendor(n: int) -> dict[str, str]:
    return {"vendor_id": f"V-LOAD-{n:02d}", "name": f"Load Test Supplies {n:02d} GmbH"}


def po_event(n: int) -> dict[str, Any]:
    return {"id": f"po-load-{n}", "type": "purchase_order.upserted", "data": {
        "po_number": f"PO-LOAD-{n:03d}", "vendor": vendor(n % VENDORS), "order_date": "2026-10-01", "currency": "EUR",
        "status": "open", "requester": "rita", "approver": "max",
        "lines": [{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "10000000",
                   "unit_price": "2.00", "tax_rate": "0.19"}]}}


def invoice_event(number: int) -> dict[str, Any]:
    """A clean invoice on one of the POs (each a different number and quantity)."""
    po = number % POS
    quantity = Decimal(10 + number % 50)
    net = quantity * Decimal("2.00")
    tax = (net * Decimal("0.19")).quantize(Decimal("0.01"))
    return {"id": f"load-{number}-{uuid.uuid4().hex[:8]}", "type": "invoice.received", "data": {"invoice": {
        "invoice_number": f"LOAD-{number:07d}", "po_number": f"PO-LOAD-{po:03d}", "issue_date": "2026-10-20",
        "currency": "EUR", "vendor": vendor(po % VENDORS),
        "lines": [{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": str(quantity),
                   "unit_price": "2.00", "tax_rate": "0.19", "amount": f"{net:.2f}"}],
        "subtotal": f"{net:.2f}", "tax_total": f"{tax:.2f}", "total": f"{net + tax:.2f}"}}}


class Deployment(ServiceProcesses):
    """Server processes on one database; `urls` of those that serve the API."""

    def __init__(self, database_url: str, logs: Path) -> None:
        super().__init__(logs, {**os.environ, "DE_DATABASE_URL": database_url, "DE_ADMIN_KEY": ADMIN,
                                "DE_LOG_LEVEL": "WARNING",
                                "DE_RATE_LIMIT_PER_MINUTE": "0",  # the benchmark measures the service, not the limiter
                                "DE_WORKER_POLL_SECONDS": "0.2", "DE_POLICY_DENSE": "false"})
        self.urls: list[str] = []

    def api(self, name: str, *, worker: bool) -> None:
        port = free_port()
        self.start(name, "serve", "--port", str(port), *([] if worker else ["--no-worker"]))
        url = f"http://127.0.0.1:{port}"
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline:
            try:
                if httpx.get(f"{url}/readyz", timeout=5).status_code == 200:
                    self.urls.append(url)
                    return
            except httpx.HTTPError:
                pass
            if self.running[-1].poll() is not None:
                break
            time.sleep(0.1)  # waiting for a process to listen
        raise RuntimeError(f"{name} did not start; see {self.logs / (name + '.log')}")


async def hammer(urls: list[str], count: int, concurrency: int, request: Callable[[httpx.AsyncClient, int], Any],
                 ok: set[int], progress: Progress, label: str) -> dict[str, Any]:
    """`count` requests, `concurrency` at a time, spread round robin over the URLs."""
    latencies: list[float] = []
    statuses: Counter[str] = Counter()
    bar = progress.add_task(label, total=count)
    queue: asyncio.Queue[int] = asyncio.Queue()
    for index in range(count):
        queue.put_nowait(index)
    limits = httpx.Limits(max_connections=concurrency, max_keepalive_connections=concurrency)
    clients = [httpx.AsyncClient(base_url=url, timeout=60, limits=limits) for url in urls]

    async def one_client() -> None:
        while True:
            try:
                index = queue.get_nowait()
            except asyncio.QueueEmpty:
                return
            client = clients[index % len(clients)]
            started = time.perf_counter()
            try:
                response = await request(client, index)
                statuses[str(response.status_code)] += 1
            except httpx.HTTPError as exc:
                statuses[type(exc).__name__] += 1
            latencies.append(time.perf_counter() - started)
            progress.advance(bar)

    started = time.perf_counter()
    await asyncio.gather(*(one_client() for _ in range(concurrency)))
    seconds = time.perf_counter() - started
    for client in clients:
        await client.aclose()
    good = sum(n for status, n in statuses.items() if status.isdigit() and int(status) in ok)
    return {"requests": count, "seconds": round(seconds, 3), "ok": good, "per_s": round(good / seconds, 1),
            "p50_ms": round(percentile(latencies, 50) * 1000, 2), "p95_ms": round(percentile(latencies, 95) * 1000, 2),
            "p99_ms": round(percentile(latencies, 99) * 1000, 2), "errors": count - good,
            "statuses": dict(statuses)}


def run_setup(name: str, database_url: str, *, requests: int, concurrency: int, logs: Path,
              progress: Progress) -> dict[str, Any]:
    deployment = Deployment(database_url, logs)
    try:
        if name == "sqlite":
            deployment.api("serve", worker=True)
            shape = "1 process (API + worker)"
        else:
            deployment.api("api-1", worker=False)
            deployment.api("api-2", worker=False)
            deployment.start("worker", "worker")
            shape = "2 API processes + 1 worker"
        admin = {"Authorization": f"Bearer {ADMIN}"}
        first = httpx.Client(base_url=deployment.urls[0], timeout=30)
        secret = first.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
        for n in range(POS):
            answer = send_webhook(first, secret, po_event(n))
            assert answer.status_code == 200, answer.text
        bodies = [json.dumps(invoice_event(n)).encode() for n in range(requests + 50)]

        def webhook(client: httpx.AsyncClient, index: int) -> Any:
            payload = bodies[index]
            return client.post("/v1/webhooks/erp", content=payload, headers={
                "Content-Type": "application/json", SIGNATURE_HEADER: sign(secret, payload)})

        def healthz(client: httpx.AsyncClient, index: int) -> Any:
            return client.get("/healthz")

        urls = deployment.urls
        warm = asyncio.run(hammer(urls, 50, concurrency, lambda c, i: webhook(c, requests + i), {202}, progress,
                                  f"{name}: warm-up"))
        if warm["errors"]:
            raise RuntimeError(f"{name}: warm-up webhooks failed: {warm['statuses']}")
        health = asyncio.run(hammer(urls, requests, concurrency, healthz, {200}, progress, f"{name}: /healthz"))
        started = time.perf_counter()
        hooks = asyncio.run(hammer(urls, requests, concurrency, webhook, {202}, progress, f"{name}: webhooks"))
        # End to end: until the workers have brought every accepted task to a review.
        engine = create_engine(database_url)
        total = hooks["ok"] + 50
        bar = progress.add_task(f"{name}: workers", total=total)
        done, last_change, seen = 0, time.monotonic(), -1
        while time.monotonic() - last_change < 60:  # give up after a minute without progress
            with engine.connect() as conn:
                done = conn.execute(select(func.count()).select_from(Task)
                                    .where(Task.status.in_(("awaiting_review", "failed")))).scalar_one()
            progress.update(bar, completed=done)
            if done >= total:
                break
            if done != seen:
                seen, last_change = done, time.monotonic()
            time.sleep(0.25)  # polling the database for the workers' progress
        drained = time.perf_counter() - started
        with engine.connect() as conn:
            failed = conn.execute(select(func.count()).select_from(Task).where(Task.status == "failed")).scalar_one()
        engine.dispose()
        return {"setup": name, "shape": shape, "concurrency": concurrency, "webhooks": hooks, "healthz": health,
                "ratio_to_healthz": round(hooks["per_s"] / health["per_s"], 3) if health["per_s"] else None,
                "end_to_end": {"tasks": done, "failed": failed, "seconds": round(drained, 2),
                               "per_s": round(done / drained, 1)}}
    finally:
        deployment.stop_all()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--concurrency", type=int, default=16)
    parser.add_argument("--requests", type=int, default=2000, help="webhooks (and /healthz calls) per set-up")
    parser.add_argument("--setups", default="sqlite,postgres")
    parser.add_argument("--postgres-url", default=os.environ.get("DE_TEST_POSTGRES_URL",
                                                                 "postgresql+psycopg://postgres@127.0.0.1:5432/postgres"))
    parser.add_argument("--json", type=Path, help="write the figures here")
    args = parser.parse_args()

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    console.print(f"[bold]load benchmark[/bold] · {cores} cores · Python {sys.version.split()[0]} · "
                  f"{args.requests} webhooks at concurrency {args.concurrency}")
    results = []
    with tempfile.TemporaryDirectory(prefix="de-load-") as directory, Progress(console=console) as progress:
        for setup in [s.strip() for s in args.setups.split(",") if s.strip()]:
            if setup == "sqlite":
                url = f"sqlite:///{Path(directory) / 'load.db'}"
                results.append(run_setup(setup, url, requests=args.requests, concurrency=args.concurrency,
                                         logs=Path(directory), progress=progress))
            elif setup == "postgres":
                with scratch_postgres_database(args.postgres_url, "de_load") as url:
                    results.append(run_setup(setup, url, requests=args.requests, concurrency=args.concurrency,
                                             logs=Path(directory), progress=progress))
            else:
                raise SystemExit(f"unknown set-up {setup!r}")

    table = Table(title=f"Signed invoice webhooks, {args.requests} per set-up at concurrency {args.concurrency} "
                        f"({cores} cores, client on the same machine)")
    for column in ("set-up", "accepted/s", "p50 / p95 / p99 ms", "errors", "/healthz req/s (p50 ms)",
                   "ratio to /healthz", "to review, end to end"):
        table.add_column(column)
    for r in results:
        w, h, e = r["webhooks"], r["healthz"], r["end_to_end"]
        table.add_row(f"{r['setup']}: {r['shape']}", f"{w['per_s']:,.0f}",
                      f"{w['p50_ms']:.1f} / {w['p95_ms']:.1f} / {w['p99_ms']:.1f}", str(w["errors"]),
                      f"{h['per_s']:,.0f} ({h['p50_ms']:.1f})", f"{r['ratio_to_healthz']:.2f}×",
                      f"{e['tasks']} tasks in {e['seconds']:.1f} s = {e['per_s']:,.0f}/s ({e['failed']} failed)")
    console.print(table)
    if args.json:
        args.json.parent.mkdir(parents=True, exist_ok=True)
        args.json.write_text(json.dumps({"cores": cores, "results": results}, indent=2))
        console.print(f"figures in {args.json}")


if __name__ == "__main__":
    main()
