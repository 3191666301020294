"""A shared deployment for real: two API processes and two workers on one PostgreSQL database.

Webhooks go to both APIs (and replays to the other one), the workers hold tasks in a slow LLM call when one of
them is killed with SIGKILL; the other takes its tasks over. Reviewers then decide through both APIs at once.
Every task must end right exactly once: one pause, one decision, one final state, one run of each tool.
"""

from __future__ import annotations

import json
import os
import signal
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import httpx
import pytest
from sqlalchemy import create_engine, text

from tests import factories as f
from tests.agent.test_llm import ScriptedServer
from tests.processes import ServiceProcesses, free_port, send_webhook
from tests.test_crash_restart import wait_for

pytestmark = pytest.mark.postgres
ADMIN = "multi-process-admin-key-0123456789"
TASKS = 12


class Processes(ServiceProcesses):
    def __init__(self, tmp: Path, database_url: str, llm_url: str) -> None:
        super().__init__(tmp, {**os.environ, "DE_DATABASE_URL": database_url, "DE_ADMIN_KEY": ADMIN,
                               "DE_RATE_LIMIT_PER_MINUTE": "0", "DE_WORKER_POLL_SECONDS": "0.1",
                               "DE_LOG_LEVEL": "WARNING", "DE_TASK_LEASE_SECONDS": "6", "DE_WORKER_THREADS": "2",
                               "DE_LLM": "openai", "OPENAI_BASE_URL": llm_url, "OPENAI_API_KEY": "sk-test",
                               "DE_LLM_TIMEOUT_SECONDS": "120", "DE_LLM_MAX_ATTEMPTS": "1",
                               "DE_POLICY_DENSE": "false"})


@pytest.fixture
def llm() -> Iterator[ScriptedServer]:
    """An OpenAI-compatible endpoint that holds every call until the gate opens: the workers are mid-task."""
    gated = ScriptedServer()
    gated.default = {"content": json.dumps({"summary": "The invoice agrees with its purchase order and receipt.",
                                            "rationale": "Every line is on the order at its price."})}
    gated.gate.clear()
    yield gated
    gated.gate.set()
    gated.httpd.shutdown()
    gated.httpd.server_close()


def test_two_apis_two_workers_a_worker_killed_mid_task(postgres_url: str, tmp_path: Path, llm: ScriptedServer) -> None:
    procs = Processes(tmp_path, postgres_url, llm.url)
    engine = create_engine(postgres_url)
    try:
        ports = [free_port(), free_port()]
        # All four start at once on an empty database: one migrates (under an advisory lock), the others wait.
        procs.start("api-0", "serve", "--no-worker", "--port", str(ports[0]))
        procs.start("api-1", "serve", "--no-worker", "--port", str(ports[1]))
        workers = [procs.start("worker-0", "worker"), procs.start("worker-1", "worker")]
        apis = [httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=60) for port in ports]
        for n, api in enumerate(apis):
            wait_for(lambda api=api: api.get("/readyz").status_code == 200, 90, f"API {n}")
        ready = apis[1].get("/readyz").json()
        assert ready["database"] == "postgresql" and ready["worker"] is False

        admin = {"Authorization": f"Bearer {ADMIN}"}
        secret = apis[0].post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
        reviewers = [apis[i].post("/v1/admin/keys", headers=admin, json={
            "name": name, "role": "reviewer", "domains": ["finance"]}).json()["key"]
            for i, name in enumerate(["fiona", "gary"])]

        def send(api: httpx.Client, payload: dict[str, Any]) -> httpx.Response:
            return send_webhook(api, secret, payload)

        assert send(apis[1], f.event("purchase_order.upserted", f.po(lines=[
            {"line_no": 1, "sku": "A-1", "description": "Bolts", "quantity": "1000", "unit_price": "2.00",
             "tax_rate": "0.19"}]))).status_code == 200
        events = [f.event("invoice.received", {"invoice": f.invoice(f"INV-{n}", lines=[
            {"line_no": 1, "sku": "A-1", "description": "Bolts", "quantity": "10", "unit_price": "2.00",
             "tax_rate": "0.19"}])}, f"evt-{n}") for n in range(TASKS)]
        with ThreadPoolExecutor(6) as pool:
            answers = list(pool.map(lambda n: send(apis[n % 2], events[n]), range(TASKS)))
            assert [a.status_code for a in answers] == [202] * TASKS, [a.text for a in answers]
            task_ids = [a.json()["task_id"] for a in answers]
            # The same events replayed to the other API, concurrently: the same tasks, nothing new.
            replays = list(pool.map(lambda n: send(apis[(n + 1) % 2], events[n]), range(TASKS)))
        assert [r.json()["task_id"] for r in replays] == task_ids
        assert len(set(task_ids)) == TASKS

        def running() -> list[tuple[str, str]]:
            with engine.connect() as conn:
                return [(row.id, row.lease_owner) for row in conn.execute(
                    text("SELECT id, lease_owner FROM tasks WHERE status = 'running'"))]

        def pid_of(owner: str) -> int:
            return int(owner.rsplit(":", 2)[1])

        # Both workers hold two tasks each, all four waiting on the LLM.
        wait_for(lambda: len(running()) == 4 and len(llm.requests) == 4, 60, "both workers to be mid-task")
        held = running()
        assert {pid_of(owner) for _, owner in held} == {workers[0].pid, workers[1].pid}
        killed = sorted(task_id for task_id, owner in held if pid_of(owner) == workers[0].pid)
        assert len(killed) == 2

        workers[0].send_signal(signal.SIGKILL)
        workers[0].wait(10)
        llm.gate.set()

        def statuses() -> list[str]:
            return [apis[i % 2].get(f"/v1/tasks/{t}", headers=admin).json()["status"] for i, t in enumerate(task_ids)]

        try:
            wait_for(lambda: statuses() == ["awaiting_review"] * TASKS, 90, "every task to await review")
        except AssertionError:
            print(statuses(), running(), (tmp_path / "worker-1.log").read_text()[-3000:])
            raise

        # Both reviewers decide every task at the same moment, through different APIs: one decision wins.
        def decide(n: int, who: int) -> int:
            task_id = task_ids[n]
            version = apis[who].get(f"/v1/tasks/{task_id}", headers=admin).json()["version"]
            return apis[who].post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {reviewers[who]}"},
                                  json={"decision": "approve", "version": version, "comment": f"ok {who}"}).status_code

        with ThreadPoolExecutor(4) as pool:
            codes = [(first.result(), second.result()) for first, second in
                     [(pool.submit(decide, n, 0), pool.submit(decide, n, 1)) for n in range(TASKS)]]
        assert all(sorted(pair) == [200, 409] for pair in codes), codes

        for n, task_id in enumerate(task_ids):
            task = apis[n % 2].get(f"/v1/tasks/{task_id}", headers=admin).json()
            types = [event["type"] for event in task["events"]]
            tools = [event["data"].get("tool") for event in task["events"] if event["type"] == "tool_run"]
            assert task["status"] == "approved", task
            assert types.count("created") == 1 and types.count("paused") == 1
            assert types.count("decided") == 1 and types.count("finalized") == 1
            assert sorted(tools) == ["explain", "match_invoice"]
            recovered = [event for event in task["events"] if event["type"] == "recovered"]
            if task_id in killed:
                assert len(recovered) == 1 and pid_of(recovered[0]["data"]["worker"]) == workers[0].pid
                assert recovered[0]["data"]["reason"] == "its worker stopped"
            else:
                assert recovered == []
        with engine.connect() as conn:
            assert conn.execute(text("SELECT count(*) FROM tasks")).scalar_one() == TASKS
            # Finished tasks keep one checkpoint each (LangGraph's PostgreSQL saver, shared by all processes).
            per_thread = conn.execute(text("SELECT thread_id, count(*) FROM checkpoints GROUP BY thread_id")).all()
        assert sorted(thread for thread, _ in per_thread) == sorted(task_ids)
        assert {count for _, count in per_thread} == {1}
    finally:
        procs.stop_all()
        engine.dispose()


def test_a_worker_in_another_process_starts_a_task_at_once(postgres_url: str, tmp_path: Path) -> None:
    """API-only processes cannot wake a worker in memory: they NOTIFY, the worker LISTENs. With a one-minute
    poll, a webhook still reaches its review in seconds (without the notification it would wait for the poll)."""
    procs = Processes(tmp_path, postgres_url, "http://127.0.0.1:9/v1")
    procs.env |= {"DE_LLM": "offline", "DE_WORKER_POLL_SECONDS": "60"}
    try:
        port = free_port()
        procs.start("api", "serve", "--no-worker", "--port", str(port))
        worker = procs.start("worker", "worker")
        api = httpx.Client(base_url=f"http://127.0.0.1:{port}", timeout=30)
        wait_for(lambda: api.get("/readyz").status_code == 200, 90, "the API")
        admin = {"Authorization": f"Bearer {ADMIN}"}
        secret = api.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]

        def send(payload: dict[str, Any]) -> httpx.Response:
            return send_webhook(api, secret, payload)

        assert send(f.event("purchase_order.upserted", f.po())).status_code == 200
        # The worker has started (and polled once) when it has run a first task; the second shows the wake-up.
        for n in range(2):
            task_id = send(f.event("invoice.received", {"invoice": f.invoice(f"INV-{n}")})).json()["task_id"]
            wait_for(lambda task_id=task_id: api.get(f"/v1/tasks/{task_id}", headers=admin).json()["status"]
                     == "awaiting_review", 20 if n else 90, f"task {n} to await review")
        assert worker.poll() is None
    finally:
        procs.stop_all()
