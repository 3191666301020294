"""How tasks and reviews look to API callers (CONTRACT.md, "Tasks and reviews")."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from agent.review_gate import ALLOWED_DECISIONS
from core.clock import utcnow
from core.errors import Forbidden
from core.netguard import redact
from services.approvals import current_step, may_see
from storage import tasks
from storage.keys import Principal

if TYPE_CHECKING:  # annotations only: storage owns the tables and their queries
    from storage.models import Task



def _iso(value: Any) -> str | None:
    return value.isoformat() if value is not None else None


def _redacted(data: Any) -> Any:
    """Delivery events written before URLs were redacted on the way in, shown without credentials."""
    if isinstance(data, dict) and isinstance(data.get("url"), str):
        return data | {"url": redact(data["url"])}
    return data


def task_view(session: Session, task: Task) -> dict[str, Any]:
    return {
        "view": "full",
        "id": task.id,
        "kind": task.kind,
        "status": task.status,
        "domain": task.domain,
        "source": task.source,
        "requester": task.requester,
        "created_at": _iso(task.created_at),
        "updated_at": _iso(task.updated_at),
        "version": task.version,
        "result": task.result,
        "document": document_view(session, task),
        "risk_flags": task.risk_flags or [],
        "proposal": task.proposal,
        "review": task.review,
        "review_due_at": _iso(task.review_due_at),
        "approval_policy_version": task.approval_policy_version,
        "current_step": task.current_step,
        "steps": task.steps or [],
        "error": task.error if task.status == "failed" else None,
        "deliveries": [
            {"id": d.id, "url": redact(d.url), "status": d.status, "attempts": d.attempts,
             "next_attempt_at": _iso(d.next_attempt_at) if d.status == "pending" else None, "log": d.log}
            for d in tasks.deliveries(session, task_id=task.id)
        ],
        "events": [
            {"type": e.type, "at": _iso(e.at), "actor": e.actor, "data": _redacted(e.data)}
            for e in tasks.events(session, task_id=task.id)
        ],
    }


def document_view(session: Session, task: Task) -> dict[str, Any] | None:
    """Where an invoice review's document came from: its format (json, ubl, cii, zugferd1, facturx, pdf_text), the
    file's name, and for a PDF read by its layout each field's confidence and page region; with the original's
    address when the file was kept."""
    if task.kind != "invoice_review":
        return None
    source = dict((task.input or {}).get("source") or {"format": "json"})
    original = tasks.original(session, task_id=task.id)
    if original is not None:
        source["original"] = {"url": f"/v1/tasks/{task.id}/original", "media_type": original.media_type,
                              "size": original.size, "sha256": original.sha256}
    return source


def status_view(task: Task) -> dict[str, Any]:
    """What a requester who does not review the task's domain sees (security finding 5): where the task stands
    and what was proposed and decided, without the documents, match, evidence, amounts or reviewers' names.
    The fields are the task's, so clients read one shape; `view` says which."""
    proposal = task.proposal or {}
    review = task.review or {}
    return {
        "id": task.id, "kind": task.kind, "status": task.status, "domain": task.domain, "source": task.source,
        "requester": task.requester, "created_at": _iso(task.created_at), "updated_at": _iso(task.updated_at),
        "version": task.version, "view": "status", "result": None, "risk_flags": [],
        "proposal": {"action": proposal["action"]} if proposal.get("action") else None,
        "review": {"decision": review["decision"]} if review.get("decision") else None,
        "review_due_at": _iso(task.review_due_at), "error": None, "deliveries": [], "events": [],
        "current_step": task.current_step,
        "steps": [{"step": step.get("step"), "status": step.get("status")} for step in task.steps or []],
    }


def can_see(principal: Principal, task: Task) -> bool:
    if principal.can_review(task.domain):  # admins review every domain
        return True
    # Own tasks: by holder id, never by the free-text requester (a key named like a source is not the source).
    return task.requester_holder is not None and task.requester_holder == principal.holder_id


def visible_view(session: Session, principal: Principal, task: Task) -> dict[str, Any]:
    """Reviewers of the task's domain and admins see the whole task; its requester sees its status."""
    if principal.can_review(task.domain):  # admins review every domain
        return task_view(session, task)
    return status_view(task)


def visible_task(session: Session, *, principal: Principal, task_id: str) -> dict[str, Any]:
    """A task as this caller may see it (GET /v1/tasks/{id}, and MCP's get_task): NotFound, or Forbidden when it is
    outside the caller's role and domains."""
    task = tasks.get(session, task_id=task_id)
    if not can_see(principal, task):
        raise Forbidden("this task is outside your role and domains")
    return visible_view(session, principal, task)


def pending_reviews(session: Session, *, principal: Principal, kind: str | None = None, limit: int = 50,
                    cursor: str | None = None, overdue: bool = False) -> dict[str, Any]:
    """The pending reviews in the caller's domains (all of them for an admin), oldest first. The caller's role
    (reviewer or admin) is checked by the API layer."""
    domains = None if principal.role == "admin" else principal.domains
    items: list[dict[str, Any]] = []
    while True:  # steps the caller's groups may not decide are left out; read on until the page is full
        rows, next_cursor = tasks.list_pending_reviews(session, domains=domains, kind=kind, limit=limit,
                                                       cursor=cursor, overdue=overdue)
        for task in rows:
            if may_see(session, principal, task):
                items.append(review_item(task))
            if len(items) == limit:
                last = task
                break
        else:
            if next_cursor is None:
                return {"items": items, "next_cursor": None}
            cursor = next_cursor
            continue
        more = tasks.list_pending_reviews(session, domains=domains, kind=kind, limit=1,
                                          cursor=tasks.cursor_of(last), overdue=overdue)[0]
        return {"items": items, "next_cursor": tasks.cursor_of(last) if more else None}


def review_item(task: Task) -> dict[str, Any]:
    proposal = task.proposal or {}
    step = current_step(task)
    now = utcnow()
    return {
        "task_id": task.id,
        "kind": task.kind,
        "domain": task.domain,
        "summary": proposal.get("summary"),
        "proposal": proposal,
        "risk_flags": task.risk_flags or [],
        "created_at": _iso(task.created_at),
        "version": task.version,
        "allowed_decisions": list(ALLOWED_DECISIONS),
        "review_due_at": _iso(task.review_due_at),
        "overdue": bool(task.review_due_at and task.review_due_at < now),
        "current_step": task.current_step,
        "steps": task.steps or [],
        "escalated_to": step.get("escalated_to"),
        "escalated": bool(step.get("escalated_to") or step.get("escalated_at")),
    }


# The views' shapes, named for /openapi.json (api/schemas.py) and for the callback body.

class ReadModel(BaseModel):
    model_config = ConfigDict(extra="allow")  # a newer server may say more; clients ignore what they do not know


class DeliveryRead(ReadModel):
    id: int
    url: str
    status: Literal["pending", "delivered", "dead"]
    attempts: int
    next_attempt_at: str | None = None
    log: list[dict[str, Any]] = Field(default_factory=list)


class EventRead(ReadModel):
    type: str
    at: str
    actor: str
    data: dict[str, Any] | None = None


class TaskRead(ReadModel):
    """A task as GET /v1/tasks/{id} returns it, and as its callback carries it (`{"event": "task.completed",
    "task": TaskRead}`). `view: full` for reviewers of its domain; `view: status` for a requester who is not (no
    documents, match, flags, amounts or events)."""

    view: Literal["full", "status"]
    id: str
    kind: str
    status: str
    domain: str
    source: str | None = None
    requester: str | None = None
    created_at: str | None = None
    updated_at: str | None = None
    version: int
    result: dict[str, Any] | None = None
    document: dict[str, Any] | None = Field(default=None, description="invoice_review: where its document came "
                                            "from (format, file, a PDF's extraction) and the original's address")
    risk_flags: list[dict[str, Any]] = Field(default_factory=list)
    proposal: dict[str, Any] | None = None
    review: dict[str, Any] | None = None
    review_due_at: str | None = None
    approval_policy_version: int | None = Field(default=None, description="The approval policy version the task "
                                                "started with (null: none configured, one step by the domain)")
    current_step: int | None = Field(default=None, description="The step awaiting a decision (1-based); null "
                                     "when none is")
    steps: list[dict[str, Any]] = Field(default_factory=list, description="The approval chain: each step's group "
                                        "or role, SLA, status, decision, who decided (and for whom), escalation")
    error: str | None = None
    deliveries: list[DeliveryRead] = Field(default_factory=list)
    events: list[EventRead] = Field(default_factory=list)


class ReviewItem(ReadModel):
    task_id: str
    kind: str
    domain: str
    summary: str | None = None
    proposal: dict[str, Any]
    risk_flags: list[dict[str, Any]]
    created_at: str | None = None
    version: int
    allowed_decisions: list[str]
    review_due_at: str | None = None
    overdue: bool
    current_step: int | None = None
    steps: list[dict[str, Any]] = Field(default_factory=list)
    escalated: bool = False
    escalated_to: str | None = None


class ReviewPage(ReadModel):
    items: list[ReviewItem]
    next_cursor: str | None = None
