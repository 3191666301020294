"""The task runner: moves a task's graph forward and mirrors the outcome on the task row.

The task row (status, version) is the truth the API lists and recovery scans; the checkpoint holds the
graph's place. Only the holder of a task's `running` status (won by compare-and-set) advances it.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import structlog
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph.state import CompiledStateGraph
from langgraph.types import Command

from agent.approvals import merge_escalations
from agent.checkpoint import prune_to_latest
from agent.context import AgentContext
from agent.kinds import KINDS
from agent.llm import make_llm
from core import tracing
from core.clock import utcnow
from core.hashing import canonical_hash
from core.logging import get_logger
from core.settings import Settings
from storage import deliveries, reports, tasks
from storage.db import Database

log = get_logger("agent.runner")
MAX_ATTEMPTS = 3
FINAL_FROM_OUTCOME = {"approved": "approved", "rejected": "rejected", "completed": "completed"}


class TaskRunner:
    def __init__(self, *, db: Database, settings: Settings, checkpointer: BaseCheckpointSaver) -> None:
        self.db = db
        self.settings = settings
        self.checkpointer = checkpointer
        self.llm = make_llm(settings)
        self.graphs: dict[str, CompiledStateGraph] = {
            name: kind.build().compile(checkpointer=checkpointer) for name, kind in KINDS.items()
        }

    def state(self, task_id: str, kind: str) -> Any:
        return self.graphs[kind].get_state({"configurable": {"thread_id": task_id}})

    def advance(self, task_id: str) -> None:
        """Run a `running` task until it pauses for review or ends. Safe to call again after a crash."""
        with structlog.contextvars.bound_contextvars(task_id=task_id):
            self._advance(task_id)

    def _advance(self, task_id: str) -> None:
        with self.db.session() as session:
            task = tasks.get(session, task_id=task_id)
            kind, status, version = task.kind, task.status, task.version
            task_input, review, traceparent = dict(task.input), task.review, task.traceparent
        if status != "running":
            return
        # In the trace of the request that created the task (a resume: of the reviewer's decision, which is in it).
        with tracing.span("task.run", {"de.task.id": task_id, "de.task.kind": kind, "de.task.version": version},
                          traceparent=traceparent) as span:
            self._run(task_id, kind, version, task_input, review, span)

    def _run(self, task_id: str, kind: str, version: int, task_input: dict[str, Any], review: Any,
             span: Any) -> None:
        graph = self.graphs[kind]
        config: dict[str, Any] = {"configurable": {"thread_id": task_id}}
        context = AgentContext(db=self.db, settings=self.settings, task_id=task_id, llm=self.llm)
        try:
            snapshot = graph.get_state(config)
            if snapshot.interrupts:
                if review is None or _other_step(review, snapshot.interrupts[0].value):
                    # Crashed after pausing, before the row said so (with a chain: the pause for the next step,
                    # while the row still holds the decision of the step before).
                    span.set_attribute("de.task.step", "repair_pause")
                    self._pause(task_id, version, snapshot.interrupts[0].value)
                    return
                span.set_attribute("de.task.step", "resume")
                graph.invoke(Command(resume=review), config, context=context, durability="sync")
            elif snapshot.tasks:
                # Pending work, possibly a node that finished before the crash without its checkpoint
                # (LangGraph's `next` leaves such a node out, `tasks` does not): continue from there.
                span.set_attribute("de.task.step", "continue")
                graph.invoke(None, config, context=context, durability="sync")
            elif not snapshot.values:
                span.set_attribute("de.task.step", "start")
                graph.invoke(task_input, config, context=context, durability="sync")
            snapshot = graph.get_state(config)
            if snapshot.interrupts:
                span.set_attribute("de.task.outcome", "awaiting_review")
                self._pause(task_id, version, snapshot.interrupts[0].value)
            elif not snapshot.tasks:
                span.set_attribute("de.task.outcome", "final")
                self._complete(task_id, version, snapshot.values)
            else:
                raise RuntimeError(f"graph stopped with work left: {[t.name for t in snapshot.tasks]}")
        except Exception as exc:
            log.exception("task_failed")
            tracing.record_failure(exc)
            self._fail(task_id, version, exc)

    def _pause(self, task_id: str, version: int, payload: dict[str, Any]) -> None:
        chain = payload.get("chain") or {}
        with self.db.session() as session:
            task = tasks.get(session, task_id=task_id)
            hours = self.settings.review_sla_hours.get(task.kind, KINDS[task.kind].sla_hours)
            step = _step(chain, payload.get("step"))
            hours = step.get("sla_hours") or hours
            due = utcnow() + dt.timedelta(hours=hours)
            steps = [s | {"due_at": due.isoformat()} if s is step else s for s in chain.get("steps") or []]
            chain_fields = {"steps": merge_escalations(task.steps, steps), "current_step": payload.get("step")
                            } if chain else {}
            moved = tasks.transition(
                session, task_id=task_id, version=version, from_status="running", to_status="awaiting_review",
                proposal=payload["proposal"], result=payload["evidence"], risk_flags=payload.get("risk_flags", []),
                review_due_at=due, lease_until=None, **chain_fields)
            if moved:
                tasks.add_event(session, task_id=task_id, type="paused", actor="agent", key=f"paused:{version}",
                                data={"proposal": payload["proposal"], "payload_hash": canonical_hash(payload),
                                      "allowed_decisions": payload.get("allowed_decisions", []),
                                      "step": payload.get("step"), "group": step.get("group"),
                                      "steps": len(chain.get("steps") or []) or None})
                session.refresh(task)
                if (payload.get("step") or 1) <= 1:  # the report's fact starts at the first step's pause
                    reports.record_pause(session, task=task, paused_at=utcnow(), proposal=payload["proposal"],
                                         evidence=payload.get("evidence") or {},
                                         risk_flags=payload.get("risk_flags", []))
        log.info("task_paused", moved=moved)

    def _complete(self, task_id: str, version: int, values: dict[str, Any]) -> None:
        outcome = values.get("outcome") or {"status": "completed"}
        final = FINAL_FROM_OUTCOME.get(outcome.get("status", "completed"), "completed")
        with self.db.session() as session:
            task = tasks.get(session, task_id=task_id)
            result = dict(task.result or {}) | {"outcome": outcome}
            chain = values.get("chain") or {}
            chain_fields = {"steps": merge_escalations(task.steps, chain["steps"]), "current_step": None,
                            "proposal": values.get("proposal", task.proposal)} if chain.get("steps") else {}
            moved = tasks.transition(session, task_id=task_id, version=version, from_status="running",
                                     to_status=final, result=result, lease_until=None, **chain_fields)
            if not moved:
                return
            tasks.add_event(session, task_id=task_id, type="finalized", actor="agent", key="finalized",
                            data={"status": final, "outcome": outcome})
            deliveries.enqueue(session, task=task)
        try:
            prune_to_latest(self.checkpointer, task_id)  # the task row holds the outcome; one checkpoint is enough
        except Exception:
            log.exception("checkpoint_prune_failed")
        log.info("task_completed", status=final)

    def _fail(self, task_id: str, version: int, exc: Exception) -> None:
        with self.db.session() as session:
            task = tasks.get(session, task_id=task_id)
            message = f"{type(exc).__name__}: {str(exc)[:500]}"
            if task.attempts < MAX_ATTEMPTS:
                tasks.transition(session, task_id=task_id, version=version, from_status="running",
                                 to_status="queued", lease_until=None, error=message)
                return
            if tasks.transition(session, task_id=task_id, version=version, from_status="running",
                                to_status="failed", lease_until=None, error=message):
                tasks.add_event(session, task_id=task_id, type="failed", actor="agent", data={"error": message})


def _step(chain: dict[str, Any], number: int | None) -> dict[str, Any]:
    """The chain's step with this number, or an empty rule (no chain: the kind's SLA applies)."""
    return next((step for step in chain.get("steps") or [] if step.get("step") == number), {})


def _other_step(review: dict[str, Any], payload: dict[str, Any]) -> bool:
    """The row's decision is for another step than the one the graph waits on (it was the step before)."""
    decided, waiting = review.get("step"), payload.get("step")
    return decided is not None and waiting is not None and decided != waiting
