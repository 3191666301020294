"""Callbacks to the source: signed like webhooks, every attempt listed, retried, then dead."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, HTTPServer

import httpx
import pytest

from core.signing import verify
from services.deliveries import deliver_due
from storage.models import Source
from tests import factories as f
from tests.agent.test_runner import approved_task_with_callback


class Receiver:
    """A real HTTP receiver on loopback that answers with the statuses it is given, in turn."""

    def __init__(self, statuses: list[int]) -> None:
        self.statuses = statuses
        self.requests: list[tuple[dict[str, str], bytes]] = []
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers["Content-Length"]))
                receiver.requests.append((dict(self.headers), body))
                status = receiver.statuses[min(len(receiver.requests), len(receiver.statuses)) - 1]
                self.send_response(status)
                self.end_headers()

            def log_message(self, *args: object) -> None:
                pass

        self.server = HTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_port}/callback"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> Receiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def receiver_factory() -> Iterator:
    opened: list[Receiver] = []

    def make(statuses: list[int]) -> Receiver:
        receiver = Receiver(statuses).__enter__()
        opened.append(receiver)
        return receiver

    yield make
    for receiver in opened:
        receiver.__exit__()


def deliver_until(h, predicate, seconds: float = 10.0) -> None:
    deadline = time.monotonic() + seconds
    with httpx.Client() as client:
        while time.monotonic() < deadline:
            deliver_due(h.services.db, h.settings, client=client)
            if predicate():
                return
    raise AssertionError("deliveries did not reach the expected state in time")


def test_final_task_is_delivered_signed(harness_factory, receiver_factory) -> None:
    h = harness_factory()
    receiver = receiver_factory([200])
    task = approved_task_with_callback(h, receiver.url)
    assert task["deliveries"][0]["status"] == "pending"
    deliver_until(h, lambda: len(receiver.requests) == 1)
    headers, body = receiver.requests[0]
    with h.services.db.session() as session:
        secret = session.get(Source, "erp-cb").secret
    verify(secret, body, headers["X-DE-Signature"])  # raises if the signature is wrong
    payload = json.loads(body)
    assert payload["event"] == "task.completed"
    assert payload["task"]["id"] == task["id"] and payload["task"]["status"] == "approved"
    final = h.task(task["id"])
    assert final["deliveries"][0]["status"] == "delivered" and final["deliveries"][0]["attempts"] == 1
    assert [e["type"] for e in final["events"]][-1] == "delivered"


def test_failing_receiver_is_retried_then_marked_dead(harness_factory, receiver_factory) -> None:
    h = harness_factory(delivery_max_attempts=3, delivery_backoff_seconds=0.001)
    receiver = receiver_factory([500])
    task = approved_task_with_callback(h, receiver.url)
    deliver_until(h, lambda: h.task(task["id"])["deliveries"][0]["status"] == "dead")
    final = h.task(task["id"])
    delivery = final["deliveries"][0]
    assert delivery["attempts"] == 3 and len(receiver.requests) == 3
    assert [entry["status_code"] for entry in delivery["log"]] == [500, 500, 500]
    assert [e["type"] for e in final["events"]].count("delivery_failed") == 3


def test_receiver_recovers_after_failures(harness_factory, receiver_factory) -> None:
    h = harness_factory(delivery_backoff_seconds=0.001)
    receiver = receiver_factory([503, 500, 204])
    task = approved_task_with_callback(h, receiver.url)
    deliver_until(h, lambda: h.task(task["id"])["deliveries"][0]["status"] == "delivered")
    assert h.task(task["id"])["deliveries"][0]["attempts"] == 3


def test_redeliver_sends_again(harness_factory, receiver_factory) -> None:
    h = harness_factory()
    receiver = receiver_factory([200])
    task = approved_task_with_callback(h, receiver.url)
    deliver_until(h, lambda: len(receiver.requests) == 1)
    response = h.client.post(f"/v1/tasks/{task['id']}/redeliver", headers=h.auth("admin"))
    assert response.status_code == 200
    deliver_until(h, lambda: len(receiver.requests) == 2)
    assert h.client.post(f"/v1/tasks/{task['id']}/redeliver", headers=h.auth("fiona")).status_code == 403


def test_redeliver_of_an_open_task_is_409(harness_factory) -> None:
    h = harness_factory()
    h.webhook(f.event("purchase_order.upserted", f.po()))
    task_id = h.webhook(f.event("invoice.received", {"invoice": f.invoice()})).json()["task_id"]
    assert h.client.post(f"/v1/tasks/{task_id}/redeliver", headers=h.auth("admin")).status_code == 409


def test_a_crash_during_a_delivery_resends_with_the_same_delivery_id(harness_factory, receiver_factory,
                                                                     monkeypatch) -> None:
    """Callbacks are at-least-once: if the process dies after the receiver answered but before the attempt
    was recorded, the callback is sent again after the restart, with the same X-DE-Delivery id to dedupe on."""
    import services.deliveries as delivery_module

    h = harness_factory()
    receiver = receiver_factory([200])
    approved_task_with_callback(h, receiver.url)
    original = delivery_module.tasks.add_event

    def die_while_recording(*args, **kwargs):
        raise KeyboardInterrupt("the process died")

    monkeypatch.setattr(delivery_module.tasks, "add_event", die_while_recording)
    with httpx.Client() as client, pytest.raises(KeyboardInterrupt):
        deliver_due(h.services.db, h.settings, client=client)
    monkeypatch.setattr(delivery_module.tasks, "add_event", original)
    deliver_until(h, lambda: len(receiver.requests) == 2)
    first, second = (headers["X-DE-Delivery"] for headers, _body in receiver.requests)
    assert first == second
    deliver_until(h, lambda: True)
    assert len(receiver.requests) == 2  # delivered now: not sent a third time
