"""Reviewers' decisions: authorisation, four eyes, compare-and-set, then the graph resumes."""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictInt, ValidationError

from agent.kinds import KINDS
from agent.review_gate import ReviewDecision
from agent.runner import TaskRunner
from core import tracing
from core.clock import utcnow
from core.errors import Conflict, Forbidden, Unprocessable
from core.identity import holder_id_or_none
from core.validation import validation_errors
from services import approvals as approval_steps
from services.views import task_view
from storage import reports, tasks
from storage.db import Database
from storage.keys import Principal
from tools.documents import check_text

if TYPE_CHECKING:  # annotations only: storage owns the tables and their queries
    from storage.models import Task



class ResumeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    decision: Literal["approve", "reject", "edit"]
    comment: str | None = Field(default=None, max_length=4000)
    edits: dict[str, Any] | None = None
    version: StrictInt


def requester_holders(task: Task) -> set[str]:
    """Whose request the task is, as holder ids: the requester (a person, or the source system), and for an
    invoice the PO's requester (free text from the ERP, normalised the same way)."""
    ids = {task.requester_holder or holder_id_or_none(task.requester)}
    kind = KINDS.get(task.kind)
    if kind is not None:
        ids.update(holder_id_or_none(name) for name in kind.other_requesters(task.input or {}, task.result or {}))
    return {holder for holder in ids if holder}


def authorize(principal: Principal, task: Task) -> None:
    if not principal.can_review(task.domain):
        raise Forbidden(f"reviewers of the {task.domain} domain decide this task")
    if principal.identities & requester_holders(task):
        raise Forbidden("four eyes: the requester of a task cannot decide it")


def decide(db: Database, runner: TaskRunner, *, principal: Principal, task_id: str,
           request: ResumeRequest) -> dict[str, Any]:
    """Record a reviewer's decision and resume the task. Traced as `task.decide` in the task's own trace, linked
    to the reviewer's request, so the resume and the callback continue the trace the webhook started."""
    traceparent = None
    if tracing.enabled():
        with db.session() as session:
            found = tasks.find(session, task_id=task_id)
            traceparent = found.traceparent if found is not None else None
    with tracing.span("task.decide", {"de.task.id": task_id, "de.review.decision": request.decision},
                      traceparent=traceparent):
        return _decide(db, runner, principal=principal, task_id=task_id, request=request)


def _decide(db: Database, runner: TaskRunner, *, principal: Principal, task_id: str,
            request: ResumeRequest) -> dict[str, Any]:
    if request.comment is not None:
        try:
            check_text(request.comment)
        except ValueError as exc:
            raise Unprocessable(f"comment {exc}", errors=[{"field": "comment", "message": str(exc)}]) from None
    with db.session() as session:
        task = tasks.get(session, task_id=task_id)
        authorize(principal, task)
        if task.status != "awaiting_review":
            raise Conflict(f"task {task_id} is {task.status}, not awaiting review")
        if request.version != task.version:
            raise Conflict(f"stale version {request.version}: the task is at version {task.version}")
        edits = None
        if request.decision == "edit":
            if not request.edits:
                raise Unprocessable("edit needs `edits`", errors=[{"field": "edits", "message": "required for edit"}])
            try:
                edits = KINDS[task.kind].check_edits(request.edits, task.proposal or {}, task.result or {})
            except ValidationError as exc:
                errors = validation_errors(exc, ("edits",))
                raise Unprocessable(f"invalid edits: {errors[0]['field']}: {errors[0]['message']}",
                                    errors=errors) from None
            except ValueError as exc:
                raise Unprocessable(str(exc), errors=[{"field": "edits", "message": str(exc)}]) from None
        elif request.edits:
            raise Unprocessable("`edits` go with decision edit",
                                errors=[{"field": "edits", "message": "only with decision edit"}])
        high = [flag["code"] for flag in task.risk_flags or [] if flag.get("severity") == "high"]
        if high and request.decision != "reject" and not (request.comment or "").strip():
            raise Unprocessable(f"approving with high risk flags ({', '.join(high)}) needs a comment",
                                errors=[{"field": "comment", "message": "required: the task has high risk flags"}])
        right = approval_steps.step_right(session, principal=principal, task=task,
                                          requesters=requester_holders(task))
        events = tasks.events(session, task_id=task_id)
        paused = [e for e in events if e.type == "paused"]
        review = ReviewDecision(decision=request.decision, comment=request.comment, edits=edits,
                                by=principal.holder_id, at=utcnow().isoformat(),
                                payload_hash=paused[-1].data.get("payload_hash") if paused else None,
                                step=right.step.get("step"), group=right.step.get("group"),
                                on_behalf_of=right.on_behalf_of)
        lease = utcnow() + dt.timedelta(seconds=runner.settings.task_lease_seconds)
        if not tasks.transition(session, task_id=task_id, version=request.version, from_status="awaiting_review",
                                to_status="running", review=review.model_dump(mode="json"), lease_until=lease):
            raise Conflict(f"task {task_id} was decided by someone else first")
        tasks.add_event(session, task_id=task_id, type="decided", actor=principal.holder_id,
                        data={"decision": review.decision, "comment": review.comment, "edits": edits,
                              "payload_hash": review.payload_hash, "role": principal.role,
                              "holder": principal.holder_id, "key_id": principal.key_id,
                              "step": review.step, "group": review.group, "on_behalf_of": review.on_behalf_of,
                              "escalated_to": right.step.get("escalated_to"),
                              "as": f"{principal.holder_id} for {review.on_behalf_of}" if review.on_behalf_of
                              else None},
                        key="decided" if (review.step or 1) == 1 else f"decided:{review.step}")
        # The report keeps the latest decision of the chain (a reject at any step, the last step's approve),
        # timed from the first step's pause.
        reports.record_decision(session, task_id=task_id, proposal=task.proposal or {}, decision=review.decision,
                                edits=edits, reviewer=principal.holder_id, decided_at=utcnow())
    runner.advance(task_id)
    with db.session() as session:
        return task_view(session, tasks.get(session, task_id=task_id))
