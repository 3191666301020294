"""Kill the real server (SIGKILL) with tasks queued and awaiting review; restart; nothing lost or doubled."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest

from tests import factories as f
from tests.processes import free_port, send_webhook

ADMIN = "crash-test-admin-key-0123456789"


def wait_for(check: Callable[[], bool], seconds: float, what: str) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        try:
            if check():
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.05)  # polling a real process; the assertion is on state, not on time
    raise AssertionError(f"timed out waiting for {what}")


class Server:
    def __init__(self, tmp: Path, port: int, database_url: str | None = None) -> None:
        self.tmp, self.port = tmp, port
        self.database_url = database_url or f"sqlite:///{tmp / 'de.db'}"
        self.url = f"http://127.0.0.1:{port}"
        self.process: subprocess.Popen | None = None

    def start(self) -> None:
        env = {**os.environ, "DE_DATABASE_URL": self.database_url, "DE_ADMIN_KEY": ADMIN, "DE_RATE_LIMIT_PER_MINUTE": "0",
               "DE_WORKER_POLL_SECONDS": "0.1", "DE_LOG_LEVEL": "WARNING"}
        log = open(self.tmp / "server.log", "ab")  # noqa: SIM115
        self.process = subprocess.Popen([sys.executable, "-m", "cli.main", "serve", "--port", str(self.port)],
                                        env=env, stdout=log, stderr=log, cwd=self.tmp)
        wait_for(lambda: httpx.get(f"{self.url}/readyz").status_code == 200, 60, "the server to start")

    def kill(self) -> None:
        assert self.process is not None
        self.process.send_signal(signal.SIGKILL)
        self.process.wait(10)

    def stop(self) -> None:
        if self.process and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(10)
            except subprocess.TimeoutExpired:
                self.process.kill()


@pytest.fixture
def server(tmp_path: Path) -> Iterator[Server]:
    srv = Server(tmp_path, free_port())
    yield srv
    srv.stop()


def test_sigkill_with_tasks_awaiting_review_loses_nothing(server: Server) -> None:
    server.start()
    admin = {"Authorization": f"Bearer {ADMIN}"}
    http = httpx.Client(base_url=server.url, timeout=30)
    secret = http.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
    reviewer = http.post("/v1/admin/keys", headers=admin,
                         json={"name": "fiona", "role": "reviewer", "domains": ["finance"]}).json()["key"]

    def send(payload: dict[str, Any]) -> httpx.Response:
        return send_webhook(http, secret, payload)

    assert send(f.event("purchase_order.upserted", f.po(lines=[
        {"line_no": 1, "sku": "A-1", "description": "Bolts", "quantity": "1000", "unit_price": "2.00",
         "tax_rate": "0.19"}]))).status_code == 200
    events = [f.event("invoice.received", {"invoice": f.invoice(f"INV-{n}", lines=[
        {"line_no": 1, "sku": "A-1", "description": "Bolts", "quantity": "10", "unit_price": "2.00",
         "tax_rate": "0.19"}])}, f"evt-{n}") for n in range(8)]
    first = send(events[0])
    assert first.status_code == 202, first.text
    task_ids = [first.json()["task_id"]] + [send(event).json()["task_id"] for event in events[1:5]]

    def statuses() -> list[str]:
        return [http.get(f"/v1/tasks/{t}", headers=admin).json()["status"] for t in task_ids]

    wait_for(lambda: statuses() == ["awaiting_review"] * 5, 60, "five tasks to await review")
    # Three more arrive; the server dies at once, with some of them queued or half-run.
    task_ids += [send(event).json()["task_id"] for event in events[5:]]
    server.kill()

    server.start()
    try:
        wait_for(lambda: statuses() == ["awaiting_review"] * 8, 60, "all eight tasks to await review after restart")
    except AssertionError:
        for t in task_ids:
            task = http.get(f"/v1/tasks/{t}", headers=admin).json()
            print(task["status"], task["version"], task.get("error"), [e["type"] for e in task["events"]])
        raise
    # Replays after the restart answer as the first time and start nothing new.
    replay = send(events[6])
    assert replay.status_code == 202 and replay.json()["task_id"] == task_ids[6]
    pending = http.get("/v1/reviews", headers={"Authorization": f"Bearer {reviewer}"}, params={"limit": 50}).json()
    assert sorted(item["task_id"] for item in pending["items"]) == sorted(task_ids)

    for task_id in task_ids:
        version = http.get(f"/v1/tasks/{task_id}", headers=admin).json()["version"]
        decided = http.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {reviewer}"},
                            json={"decision": "approve", "version": version})
        assert decided.status_code == 200, decided.text
        assert decided.json()["status"] == "approved"
        again = http.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {reviewer}"},
                          json={"decision": "reject", "version": version})
        assert again.status_code == 409

    server.kill()
    server.start()
    for task_id in task_ids:
        task = http.get(f"/v1/tasks/{task_id}", headers=admin).json()
        types = [event["type"] for event in task["events"]]
        assert task["status"] == "approved"
        assert types.count("decided") == 1 and types.count("finalized") == 1
        assert types.count("paused") == 1 and types.count("tool_run") == 1
        assert task["result"]["outcome"]["amount_to_pay"] == "23.80"
    http.close()


def test_sigkill_between_the_steps_of_approval_chains(server: Server) -> None:
    """Two-step chains: SIGKILL while step-1 decisions are in flight, and again after; each task resumes at the
    step it reached, no decision is lost or recorded twice, and the chains finish."""
    sigkill_between_steps(server)


@pytest.mark.postgres
def test_sigkill_between_the_steps_of_approval_chains_on_postgres(postgres_url: str, tmp_path: Path) -> None:
    server = Server(tmp_path, free_port(), postgres_url)
    try:
        sigkill_between_steps(server)
    finally:
        server.stop()


def sigkill_between_steps(server: Server) -> None:
    import threading

    server.start()
    admin = {"Authorization": f"Bearer {ADMIN}"}
    http = httpx.Client(base_url=server.url, timeout=30)
    secret = http.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
    keys = {name: http.post("/v1/admin/keys", headers=admin, json={"name": name, "role": "reviewer",
                                                                   "domains": ["finance"]}).json()["key"]
            for name in ("fiona", "mona")}
    for group, member in (("ap-reviewers", "fiona"), ("finance-managers", "mona")):
        assert http.put(f"/v1/admin/groups/{group}", headers=admin,
                        json={"domain": "finance", "members": [member]}).status_code == 200
    assert http.put("/v1/admin/approval-policies/invoice_review", headers=admin, json={"bands": [
        {"up_to": "50000", "steps": [{"group": "ap-reviewers"}]},
        {"above": "50000", "steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"}]}]}).status_code == 200
    lines = [{"line_no": 1, "sku": "M-1", "description": "Machine", "quantity": "10", "unit_price": "60000.00",
              "tax_rate": "0"}]
    assert send_webhook(http, secret, f.event("purchase_order.upserted", f.po(lines=lines))).status_code == 200
    one = [dict(lines[0], quantity="1")]
    task_ids = [send_webhook(http, secret, f.event("invoice.received", {"invoice": f.invoice(f"M-{n}", lines=one)},
                                                   f"chain-{n}")).json()["task_id"] for n in range(4)]

    def task(task_id: str) -> dict[str, Any]:
        return http.get(f"/v1/tasks/{task_id}", headers=admin).json()

    wait_for(lambda: all(task(t)["status"] == "awaiting_review" for t in task_ids), 60, "four chains to pause")

    def decide(task_id: str, who: str) -> None:
        try:
            with httpx.Client(base_url=server.url, timeout=30) as client:
                client.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {keys[who]}"},
                            json={"decision": "approve", "version": task(task_id)["version"], "comment": "ok"})
        except httpx.HTTPError:
            pass  # the server died under it

    threads = [threading.Thread(target=decide, args=(t, "fiona")) for t in task_ids]
    for thread in threads:
        thread.start()
    wait_for(lambda: any(e["type"] == "decided" for t in task_ids for e in task(t)["events"]), 30, "a decision")
    server.kill()
    for thread in threads:
        thread.join(30)
    server.start()

    def settled() -> bool:
        return all(task(t)["status"] == "awaiting_review" for t in task_ids)

    wait_for(settled, 60, "every chain to await a step after the restart")
    for task_id in task_ids:
        current = task(task_id)
        types = [e["type"] for e in current["events"]]
        assert current["current_step"] == types.count("decided") + 1 == types.count("paused"), (current, types)
        if current["current_step"] == 1:
            decide(task_id, "fiona")
    wait_for(lambda: all(task(t)["current_step"] == 2 for t in task_ids), 60, "every chain at step 2")
    server.kill()
    server.start()
    for task_id in task_ids:
        current = task(task_id)
        assert current["status"] == "awaiting_review" and current["current_step"] == 2
        decided = http.post(f"/v1/tasks/{task_id}/resume", headers={"Authorization": f"Bearer {keys['mona']}"},
                            json={"decision": "approve", "version": current["version"], "comment": "ok"})
        assert decided.status_code == 200 and decided.json()["status"] == "approved", decided.text
    server.kill()
    server.start()
    for task_id in task_ids:
        final = task(task_id)
        types = [e["type"] for e in final["events"]]
        assert final["status"] == "approved" and final["result"]["outcome"]["amount_to_pay"] == "60000.00"
        assert types.count("decided") == 2 and types.count("paused") == 2 and types.count("finalized") == 1
        assert [s["decided_by"] for s in final["steps"]] == ["fiona", "mona"]
    http.close()
