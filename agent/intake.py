"""Work coming in: webhook events (idempotent per source and event id) and master data loaded directly."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.exc import IntegrityError

from core.errors import Conflict, Unprocessable
from core.hashing import canonical_hash
from storage import masterdata, tasks
from storage.db import Database
from storage.models import WebhookEvent
from tools.documents import GoodsReceipt, Identifier, Invoice, Job, PurchaseOrder, Vendor
from tools.invoices.ubl import UBLError, parse_ubl_invoice

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
TASK_EVENTS = ("invoice.received",)


class WebhookEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Identifier
    type: str = Field(min_length=1, max_length=60)
    data: dict[str, Any]


class InvoiceReceived(BaseModel):
    model_config = ConfigDict(extra="ignore")

    invoice: dict[str, Any] | None = None
    ubl_xml: str | None = Field(default=None, max_length=5 * 1024 * 1024)


@dataclass(frozen=True)
class WebhookAnswer:
    status_code: int
    body: dict[str, Any]
    task_id: str | None = None
    replayed: bool = False


def validation_errors(exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[dict[str, Any]]:
    """Pydantic errors as problem+json `errors`: a dotted field name and a message, never the input."""
    return [
        {"field": ".".join(str(part) for part in (*prefix, *error["loc"])),
         "message": error["msg"].removeprefix("Value error, "), "type": error["type"]}
        for error in exc.errors(include_url=False, include_input=False)
    ]


def validate(model: type[BaseModel], data: Any, prefix: tuple[str | int, ...] = ()) -> Any:
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = validation_errors(exc, prefix)
        raise Unprocessable(f"invalid {'.'.join(map(str, prefix)) or 'body'}: {errors[0]['field']}: "
                            f"{errors[0]['message']}", errors=errors) from None


def parse_invoice(data: dict[str, Any], prefix: tuple[str, ...] = ("data",)) -> Invoice:
    received = validate(InvoiceReceived, data, prefix)
    if (received.invoice is None) == (received.ubl_xml is None):
        raise Unprocessable("give exactly one of `invoice` or `ubl_xml`",
                            errors=[{"field": ".".join(prefix), "message": "exactly one of invoice, ubl_xml"}])
    if received.invoice is not None:
        return validate(Invoice, received.invoice, (*prefix, "invoice"))
    try:
        parsed = parse_ubl_invoice(received.ubl_xml)
    except UBLError as exc:
        field = ".".join((*prefix, exc.field))
        raise Unprocessable(f"{field}: {exc}", errors=[{"field": field, "message": str(exc)}]) from None
    return validate(Invoice, parsed, (*prefix, "ubl_xml"))


def _answer_from(row: WebhookEvent, body_digest: str) -> WebhookAnswer:
    if row.body_hash != body_digest:
        raise Conflict(f"event {row.event_id} was already received with another body")
    return WebhookAnswer(row.status_code, dict(row.response), row.task_id, replayed=True)


def handle_webhook(db: Database, *, source: str, payload: Any) -> WebhookAnswer:
    """Apply one signed webhook event. Bad input raises before anything is written."""
    envelope = validate(WebhookEnvelope, payload)
    digest = canonical_hash(payload)
    with db.session() as session:
        existing = session.get(WebhookEvent, (source, envelope.id))
        if existing is not None:
            return _answer_from(existing, digest)

    if envelope.type in MASTER_DATA_EVENTS:
        model, apply = MASTER_DATA_EVENTS[envelope.type]
        document = validate(model, envelope.data, ("data",))
        invoice = None
    elif envelope.type == "invoice.received":
        invoice = parse_invoice(envelope.data)
    else:
        supported = ", ".join([*MASTER_DATA_EVENTS, *TASK_EVENTS])
        raise Unprocessable(f"unsupported event type {envelope.type!r}; supported: {supported}",
                            errors=[{"field": "type", "message": f"one of {supported}"}])

    try:
        with db.session() as session:
            existing = session.get(WebhookEvent, (source, envelope.id))
            if existing is not None:
                return _answer_from(existing, digest)
            if invoice is None:
                apply(session, document)
                answer = WebhookAnswer(200, {"ok": True})
            else:
                task = tasks.create(session, kind="invoice_review", domain="finance", source=source,
                                    requester=source, input={"invoice": invoice.model_dump(mode="json")},
                                    actor=f"source:{source}")
                answer = WebhookAnswer(202, {"task_id": task.id, "status": task.status}, task.id)
            session.add(WebhookEvent(source=source, event_id=envelope.id, body_hash=digest, type=envelope.type,
                                     status_code=answer.status_code, response=answer.body, task_id=answer.task_id))
    except IntegrityError:
        # Another request with the same event id committed first: answer as it did.
        with db.session() as session:
            existing = session.get(WebhookEvent, (source, envelope.id))
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
