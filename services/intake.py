"""Work coming in: webhook events (idempotent per source and event id) and master data loaded directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy.orm import Session

from agent.kinds import create_task
from core.errors import Conflict, Unprocessable
from core.hashing import canonical_hash
from core.validation import validate
from services.documents import ResumeFile, read_application_resume, read_invoice
from storage import candidates, masterdata, sources, tasks, webhook_events
from storage.db import Database
from tools.documents import GoodsReceipt, Identifier, Job, PurchaseOrder, Vendor
from tools.resumes.pdf_limits import PdfLimits

MASTER_DATA_EVENTS: dict[str, tuple[type[BaseModel], Callable[[Any, Any], Any]]] = {
    "vendor.upserted": (Vendor, masterdata.upsert_vendor),
    "purchase_order.upserted": (PurchaseOrder, masterdata.upsert_purchase_order),
    "goods_receipt.posted": (GoodsReceipt, masterdata.post_goods_receipt),
    "job.upserted": (Job, masterdata.upsert_job),
}
MASTER_DATA_KINDS: dict[str, tuple[type[BaseModel], str, Callable[[Any, Any], Any]]] = {
    "vendors": (Vendor, "vendor_id", masterdata.upsert_vendor),
    "purchase-orders": (PurchaseOrder, "po_number", masterdata.upsert_purchase_order),
    "goods-receipts": (GoodsReceipt, "grn_number", masterdata.post_goods_receipt),
    "jobs": (Job, "job_id", masterdata.upsert_job),
}
TASK_EVENTS = ("invoice.received", "candidate.applied")


class WebhookEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Identifier
    type: str = Field(min_length=1, max_length=60)
    data: dict[str, Any]


class CandidateApplied(BaseModel):
    model_config = ConfigDict(extra="forbid")

    job_id: Identifier
    candidate_ref: Identifier | None = None
    resume: ResumeFile | None = None
    json_resume: dict[str, Any] | None = Field(default=None, description="A JSON Resume document (jsonresume.org "
                                               "schema v1.2.1), instead of or beside `resume`")
    demographics: dict[Annotated[str, Field(max_length=50)], Annotated[str, Field(max_length=100)]] | None = Field(
        default=None, max_length=20, description="Self-reported, optional; kept apart for audits only.")


@dataclass(frozen=True)
class WebhookAnswer:
    """What became of an event: `accepted` (a task was queued; the body names it) or `applied` (master data was
    written). `replayed`: the event id was received before with the same body, and this is the first answer."""

    outcome: webhook_events.Outcome
    body: dict[str, Any]
    task_id: str | None = None
    replayed: bool = False


def _answer_from(row: webhook_events.Received, body_digest: str) -> WebhookAnswer:
    if row.body_hash != body_digest:
        raise Conflict(f"event {row.event_id} was already received with another body")
    return WebhookAnswer(row.outcome, dict(row.response), row.task_id, replayed=True)


def _source_holder(session: Session, source: str) -> str | None:
    """The holder id of a source (a system): who requested the tasks its webhooks start."""
    row = sources.get(session, name=source)
    return row.holder_id if row is not None else None


def handle_webhook(db: Database, *, source: str, payload: Any, pdf_limits: PdfLimits | None = None) -> WebhookAnswer:
    """Apply one signed webhook event. Bad input raises before anything is written: a resume file is read here,
    under `pdf_limits`, so an unreadable or hostile one is refused to the sender
    (Unprocessable) and never reaches the worker."""
    envelope = validate(WebhookEnvelope, payload)
    digest = canonical_hash(payload)
    with db.session() as session:
        existing = webhook_events.get(session, source=source, event_id=envelope.id)
        if existing is not None:
            return _answer_from(existing, digest)

    invoice = None
    if envelope.type in MASTER_DATA_EVENTS:
        model, apply = MASTER_DATA_EVENTS[envelope.type]
        document = validate(model, envelope.data, ("data",))
    elif envelope.type == "invoice.received":
        invoice = read_invoice(envelope.data, pdf_limits=pdf_limits)
    elif envelope.type == "candidate.applied":
        application = validate(CandidateApplied, envelope.data, ("data",))
        resume = read_application_resume(application.resume, application.json_resume, ("data",), pdf_limits)
        with db.session() as session:
            if masterdata.get_job(session, job_id=application.job_id) is None:
                raise Unprocessable(f"job {application.job_id} is not in master data",
                                    errors=[{"field": "data.job_id", "message": "unknown job"}])
    else:
        supported = ", ".join([*MASTER_DATA_EVENTS, *TASK_EVENTS])
        raise Unprocessable(f"unsupported event type {envelope.type!r}; supported: {supported}",
                            errors=[{"field": "type", "message": f"one of {supported}"}])

    try:
        with db.session() as session:
            existing = webhook_events.get(session, source=source, event_id=envelope.id)
            if existing is not None:
                return _answer_from(existing, digest)
            if envelope.type == "candidate.applied":
                task = create_task(session, "candidate_screen", source=source, requester=source,
                                    requester_holder=_source_holder(session, source),
                                    input={"job_id": application.job_id, "candidate_ref": application.candidate_ref,
                                           "resume": resume}, actor=f"source:{source}")
                if application.demographics:
                    candidates.record_demographics(session, task_id=task.id, job_id=application.job_id,
                                                   data=dict(application.demographics))
                answer = WebhookAnswer("accepted", {"task_id": task.id, "status": task.status}, task.id)
            elif invoice is None:
                apply(session, document)
                answer = WebhookAnswer("applied", {"ok": True})
            else:
                task = create_task(session, "invoice_review", source=source,
                                    requester=source, requester_holder=_source_holder(session, source),
                                    input={"invoice": invoice.document.model_dump(mode="json"),
                                           "source": invoice.source},
                                    actor=f"source:{source}")
                if invoice.original is not None:
                    tasks.keep_original(session, task_id=task.id, filename=invoice.original[0],
                                        media_type=invoice.original[1], content=invoice.original[2])
                answer = WebhookAnswer("accepted", {"task_id": task.id, "status": task.status}, task.id)
            webhook_events.record(session, source=source, event_id=envelope.id, body_hash=digest, type=envelope.type,
                                  outcome=answer.outcome, response=answer.body, task_id=answer.task_id)
    except webhook_events.RaceLost:
        # Another request with the same event id committed first: answer as it did.
        with db.session() as session:
            existing = webhook_events.get(session, source=source, event_id=envelope.id)
            if existing is None:
                raise
            return _answer_from(existing, digest)
    return answer


def put_master_data(db: Database, *, kind: str, object_id: str, payload: Any) -> dict[str, Any]:
    model, id_field, apply = MASTER_DATA_KINDS[kind]
    document = validate(model, payload)
    if getattr(document, id_field) != object_id:
        raise Unprocessable(f"{id_field} in the body ({getattr(document, id_field)!r}) differs from the path",
                            errors=[{"field": id_field, "message": "must equal the id in the path"}])
    with db.session() as session:
        apply(session, document)
    return {"ok": True, id_field: object_id}
