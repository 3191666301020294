"""The runner: pause at the gate, resume, recover after a crash at any point, no side effect twice."""

from __future__ import annotations

import json
from decimal import Decimal

from langgraph.types import Command

from agent.context import AgentContext
from core.signing import sign
from storage import tasks
from tests import factories as f
from tests.conftest import Harness


def approved_task_with_callback(h: Harness, url: str) -> dict:
    created = h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "erp-cb", "callback_url": url})
    secret = created.json()["secret"]
    for payload in (f.event("purchase_order.upserted", f.po()), f.event("invoice.received", {"invoice": f.invoice()})):
        body = json.dumps(payload).encode()
        response = h.client.post("/v1/webhooks/erp-cb", content=body,
                                 headers={"Content-Type": "application/json", "X-DE-Signature": sign(secret, body)})
        assert response.status_code in (200, 202)
    task_id = response.json()["task_id"]
    h.drain()
    task = h.task(task_id)
    final = h.client.post(f"/v1/tasks/{task_id}/resume", headers=h.auth("fiona"),
                          json={"decision": "approve", "version": task["version"]})
    assert final.status_code == 200, final.text
    return final.json()


def start_task(h: Harness) -> str:
    h.webhook(f.event("purchase_order.upserted", f.po()))
    return h.webhook(f.event("invoice.received", {"invoice": f.invoice()})).json()["task_id"]


def test_crash_after_pause_before_row_update_is_repaired(h: Harness) -> None:
    """The checkpoint says 'interrupted' but the process died before the task row said so."""
    task_id = start_task(h)
    with h.services.db.session() as session:
        claimed = tasks.claim_next(session, lease_seconds=60)
        assert claimed is not None and claimed.id == task_id
    graph = h.services.runner.graphs["invoice_review"]
    context = AgentContext(db=h.services.db, settings=h.settings, task_id=task_id)
    graph.invoke({"invoice": _input(h, task_id)},
                 {"configurable": {"thread_id": task_id}}, context=context, durability="sync")
    assert h.task(task_id)["status"] == "running"  # the "crash": the row was never moved
    with h.services.db.session() as session:
        assert tasks.requeue_abandoned(session, all_running=True) == [task_id]
    h.drain()
    task = h.task(task_id)
    assert task["status"] == "awaiting_review"
    types = [e["type"] for e in task["events"]]
    assert types.count("tool_run") == 1 and types.count("paused") == 1  # the match did not run twice


def _input(h: Harness, task_id: str) -> dict:
    with h.services.db.session() as session:
        return tasks.get(session, task_id=task_id).input["invoice"]


def test_crash_after_decision_before_finalize_completes_once(h: Harness) -> None:
    """The decision was committed (task running with a review), then the process died."""
    task_id = start_task(h)
    h.drain()
    task = h.task(task_id)
    review = {"decision": "approve", "comment": None, "edits": None, "by": "fiona", "at": "2026-11-26T00:00:00Z",
              "payload_hash": None}
    with h.services.db.session() as session:
        assert tasks.transition(session, task_id=task_id, version=task["version"], from_status="awaiting_review",
                                to_status="running", review=review)
        tasks.add_event(session, task_id=task_id, type="decided", actor="fiona", data={"decision": "approve"},
                        key="decided")
        assert tasks.requeue_abandoned(session, all_running=True) == [task_id]
    h.drain()
    final = h.task(task_id)
    assert final["status"] == "approved"
    assert final["result"]["outcome"]["amount_to_pay"] == "357.00"
    types = [e["type"] for e in final["events"]]
    assert types.count("decided") == 1 and types.count("finalized") == 1


def test_crash_during_finalize_runs_finalize_again_idempotently(h: Harness) -> None:
    """Finalize ran (the invoice was settled) but the checkpoint after it was not written."""
    task_id = start_task(h)
    h.drain()
    graph = h.services.runner.graphs["invoice_review"]
    config = {"configurable": {"thread_id": task_id}}
    context = AgentContext(db=h.services.db, settings=h.settings, task_id=task_id)
    review = {"decision": "edit", "comment": "x", "edits": {"amount_to_pay": "300"}, "by": "fiona",
              "at": "2026-11-26T00:00:00Z", "payload_hash": None}
    task = h.task(task_id)
    with h.services.db.session() as session:
        tasks.transition(session, task_id=task_id, version=task["version"], from_status="awaiting_review",
                         to_status="running", review=review)
    graph.invoke(Command(resume=review), config, context=context, durability="sync")
    # Rewind the thread to the checkpoint before finalize, as if its write had been lost.
    before_finalize = next(s for s in graph.get_state_history(config) if s.next == ("finalize",))
    graph.update_state(before_finalize.config, None)
    with h.services.db.session() as session:
        tasks.requeue_abandoned(session, all_running=True)
    h.drain()
    final = h.task(task_id)
    assert final["status"] == "approved" and final["result"]["outcome"]["amount_to_pay"] == "300"
    from storage.models import InvoiceRecord

    with h.services.db.session() as session:
        record = session.get(InvoiceRecord, task_id)
        assert record.state == "approved" and record.amount_paid == Decimal("300")


def test_failing_task_is_retried_then_failed(h: Harness, monkeypatch) -> None:
    task_id = start_task(h)
    import agent.invoice_context as context_module

    def broken(*args, **kwargs):
        raise RuntimeError("matcher exploded")

    monkeypatch.setattr(context_module, "match_invoice", broken)
    assert h.drain() == 3
    task = h.task(task_id)
    assert task["status"] == "failed" and "matcher exploded" in task["error"]
    assert [e["type"] for e in task["events"]][-1] == "failed"


def test_node_finished_but_its_checkpoint_lost_continues_without_rerunning(h: Harness, monkeypatch) -> None:
    """A crash between a node's saved writes and the next checkpoint (seen under SIGKILL): LangGraph's `next`
    is then empty although the graph is not done. The runner must continue, not call the task complete."""
    task_id = start_task(h)
    saver = h.services.runner.graphs["invoice_review"].checkpointer
    original_put = saver.put
    lost: list[int] = []

    def put_losing_step_1(config, checkpoint, metadata, new_versions):
        if metadata.get("step") == 1 and not lost:
            lost.append(1)
            raise RuntimeError("process died while writing the checkpoint")
        return original_put(config, checkpoint, metadata, new_versions)

    monkeypatch.setattr(saver, "put", put_losing_step_1)
    assert h.drain() == 2  # first run dies at the checkpoint, the retry continues
    task = h.task(task_id)
    assert lost == [1]
    assert task["status"] == "awaiting_review"
    assert task["result"]["match"]["status"] == "matched"
    assert [e["type"] for e in task["events"]] == ["created", "tool_run", "flags_raised", "paused"]


def test_finished_tasks_keep_only_their_latest_checkpoint(h: Harness) -> None:
    task_id = start_task(h)
    h.drain()
    saver = h.services.runner.checkpointer
    count = lambda: len(list(saver.list({"configurable": {"thread_id": task_id}})))  # noqa: E731
    assert count() > 3  # every step of the run so far
    task = h.task(task_id)
    h.client.post(f"/v1/tasks/{task_id}/resume", headers=h.auth("fiona"),
                  json={"decision": "approve", "version": task["version"]})
    assert count() == 1
    state = h.services.runner.state(task_id, "invoice_review")
    assert state.values["outcome"]["status"] == "approved" and not state.next
    with h.services.db.session() as session:
        tasks.requeue_abandoned(session, all_running=True)
    assert h.drain() == 0 and h.task(task_id)["status"] == "approved"


def test_overdue_reviews_are_escalated_once(harness_factory) -> None:
    h = harness_factory(review_sla_hours={"invoice_review": 0.0})
    task_id = start_task(h)
    h.drain()
    assert h.worker.escalate() == [task_id]
    assert h.worker.escalate() == []  # once per due time
    events = [e for e in h.task(task_id)["events"] if e["type"] == "escalated"]
    assert len(events) == 1 and events[0]["actor"] == "system" and events[0]["data"]["domain"] == "finance"
