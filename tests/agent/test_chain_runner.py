"""The runner with approval chains: a crash between steps loses nothing and doubles nothing."""

from __future__ import annotations

import pytest

from agent.runner import TaskRunner
from storage import tasks
from tests.api.test_approval_chains import approve_ok, paused_invoice, setup_chain
from tests.conftest import Harness


def test_crash_after_the_next_steps_checkpoint_before_the_row_says_so(h: Harness,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    """Step 1 is decided and the graph reached step 2's interrupt, but the process died before the row said
    `awaiting_review`: the row still holds step 1's decision. Recovery pauses at step 2; it never resumes step 2
    with step 1's decision."""
    setup_chain(h)
    task = paused_invoice(h, "3000000.00")
    real_pause = TaskRunner._pause
    calls: list[int] = []

    def dies_before_pausing(self, task_id, version, payload):
        calls.append(payload.get("step"))
        if len(calls) == 1:
            return  # the kill: the checkpoint is written, the row is not
        real_pause(self, task_id, version, payload)

    monkeypatch.setattr(TaskRunner, "_pause", dies_before_pausing)
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"),
                             json={"decision": "approve", "version": task["version"], "comment": "ok"})
    assert response.status_code == 200
    assert response.json()["status"] == "running"
    with h.services.db.session() as session:
        assert tasks.requeue_abandoned(session, all_running=True) == [task["id"]]
    assert h.drain() == 1
    assert calls == [2, 2]
    task = h.task(task["id"])
    assert task["status"] == "awaiting_review" and task["current_step"] == 2
    assert [s["status"] for s in task["steps"]] == ["approved", "pending", "waiting"]
    types = [e["type"] for e in task["events"]]
    assert types.count("decided") == 1 and types.count("paused") == 2
    task = approve_ok(h, task, "mona")
    final = approve_ok(h, task, "carl")
    types = [e["type"] for e in final["events"]]
    assert final["status"] == "approved"
    assert types.count("decided") == 3 and types.count("paused") == 3 and types.count("finalized") == 1
    assert [s["decided_by"] for s in final["steps"]] == ["fiona", "mona", "carl"]


def test_crash_after_a_decision_before_the_graph_resumed(h: Harness, monkeypatch: pytest.MonkeyPatch) -> None:
    """The decision of step 2 is committed (row `running`), the graph never ran: recovery resumes step 2 once."""
    setup_chain(h)
    task = approve_ok(h, paused_invoice(h, "3000000.00"), "fiona")
    monkeypatch.setattr(TaskRunner, "advance", lambda self, task_id: None)
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("mona"),
                             json={"decision": "approve", "version": task["version"], "comment": "ok"})
    assert response.json()["status"] == "running"
    monkeypatch.undo()
    with h.services.db.session() as session:
        tasks.requeue_abandoned(session, all_running=True)
    assert h.drain() == 1
    task = h.task(task["id"])
    assert task["status"] == "awaiting_review" and task["current_step"] == 3
    assert [e["type"] for e in task["events"]].count("decided") == 2
    assert approve_ok(h, task, "carl")["status"] == "approved"
