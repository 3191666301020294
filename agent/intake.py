"""Work coming in: webhook events (idempotent per source and event id) and master data loaded directly."""

from __future__ import annotations

import base64
import binascii
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from sqlalchemy.orm import Session

from agent.kinds import create_task
from core.errors import Conflict, Unprocessable, UnsupportedMediaType
from core.hashing import canonical_hash
from storage import candidates, masterdata, sources, tasks, webhook_events
from storage.db import Database
from tools.documents import CreditNote, GoodsReceipt, Identifier, Invoice, Job, PurchaseOrder, Vendor, check_text
from tools.invoices.cii import parse_cii_invoice
from tools.invoices.einvoice import parse_invoice_xml
from tools.invoices.files import InvoiceFileError, read_invoice_file
from tools.invoices.ubl import parse_ubl_invoice
from tools.invoices.xmldoc import MAX_XML_BYTES, InvoiceXMLError
from tools.policies.files import PolicyFile, read_policy_file
from tools.resumes import ExtractError, extract
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
MAX_RESUME_TEXT = 200_000


class WebhookEnvelope(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: Identifier
    type: str = Field(min_length=1, max_length=60)
    data: dict[str, Any]


class InvoiceFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str = Field(min_length=1, max_length=255)
    content_base64: str = Field(max_length=14 * 1024 * 1024)


INVOICE_FORMS = ("invoice", "credit_note", "ubl_xml", "cii_xml", "xml", "file")


class InvoiceReceived(BaseModel):
    """One of: the document as JSON (`invoice`, `credit_note`), its XML (`ubl_xml`, `cii_xml`, or `xml` with the
    syntax detected), or the file itself (`{filename, content_base64}`: XML, Factur-X PDF or a text PDF)."""

    model_config = ConfigDict(extra="ignore")

    invoice: dict[str, Any] | None = None
    credit_note: dict[str, Any] | None = None
    ubl_xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    cii_xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    xml: str | None = Field(default=None, max_length=MAX_XML_BYTES)
    file: InvoiceFile | None = None


@dataclass
class ReceivedInvoice:
    """An invoice or credit note as it arrived: the document, where it came from, and the original file."""

    document: Invoice
    source: dict[str, Any]
    original: tuple[str, str, bytes] | None = None  # filename, media type, bytes


class ResumeFile(BaseModel):
    model_config = ConfigDict(extra="forbid")

    filename: str | None = Field(default=None, min_length=1, max_length=255)
    content_base64: str | None = Field(default=None, max_length=14 * 1024 * 1024)
    text: str | None = Field(default=None, max_length=MAX_RESUME_TEXT)


class CandidateApplied(BaseModel):
    model_config = ConfigDict(extra="forbid")

    job_id: Identifier
    candidate_ref: Identifier | None = None
    resume: ResumeFile
    demographics: dict[Annotated[str, Field(max_length=50)], Annotated[str, Field(max_length=100)]] | None = Field(
        default=None, max_length=20, description="Self-reported, optional; kept apart for audits only.")


def decode_base64(value: str | None, field: str) -> bytes:
    """A file sent as base64 (resumes and invoices alike); 422 naming the field when it is not valid base64."""
    try:
        return base64.b64decode(value or "", validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable("content_base64 is not valid base64",
                            errors=[{"field": field, "message": "not base64"}]) from None


def read_resume(resume: ResumeFile, prefix: tuple[str, ...], pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """The resume's text from `{text}` or `{filename, content_base64}`; 415 for a file that is not a resume; a PDF
    is read under `pdf_limits` (422 with the reason when one trips)."""
    field = ".".join(prefix)
    if (resume.text is None) == (resume.content_base64 is None):
        raise Unprocessable("give the resume as `text` or as `filename` with `content_base64`",
                            errors=[{"field": field, "message": "exactly one of text, content_base64"}])
    if resume.text is not None:
        if not resume.text.strip():
            raise Unprocessable("the resume text is empty", errors=[{"field": f"{field}.text", "message": "empty"}])
        return {"text": check_text(resume.text), "format": "text", "images": 0, "filename": resume.filename}
    if not resume.filename:
        raise Unprocessable("a file needs its `filename`",
                            errors=[{"field": f"{field}.filename", "message": "required"}])
    data = decode_base64(resume.content_base64, f"{field}.content_base64")
    return resume_from_file(resume.filename, data, f"{field}.content_base64", pdf_limits)


def _read_upload(reader: Callable[..., Any], filename: str, data: bytes, field: str,
                 pdf_limits: PdfLimits | None) -> Any:
    """What `reader` makes of an uploaded file; 415 for the wrong kind of file, 422 for one that cannot be read
    or holds no text."""
    try:
        read = reader(filename, data, pdf_limits=pdf_limits)
    except ExtractError as exc:
        if exc.unsupported:
            raise UnsupportedMediaType(str(exc)) from None
        raise Unprocessable(str(exc), errors=[{"field": field, "message": str(exc)}]) from None
    if not read.text.strip():
        raise Unprocessable("no text could be read from the file (a scanned image?)",
                            errors=[{"field": field, "message": "no text"}])
    return read


def resume_from_file(filename: str, data: bytes, field: str, pdf_limits: PdfLimits | None = None) -> dict[str, Any]:
    """Extracted text of an uploaded resume; 415 for a file that is not a resume, 422 for one we cannot read."""
    extracted = _read_upload(extract, filename, data, field, pdf_limits)
    return {"text": extracted.text, "format": extracted.format, "images": extracted.images, "filename": filename}


def policy_from_file(filename: str, data: bytes, field: str, pdf_limits: PdfLimits | None = None) -> PolicyFile:
    """An uploaded policy's text with its structure; 415 for a file that is not a policy, 422 for one we
    cannot read."""
    return _read_upload(read_policy_file, filename, data, field, pdf_limits)


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


def parse_invoice(data: dict[str, Any], prefix: tuple[str, ...] = ("data",),
                  pdf_limits: PdfLimits | None = None) -> Invoice:
    """The Invoice or CreditNote in `{invoice | credit_note | ubl_xml | cii_xml | xml | file}`; 422 naming the
    field when it cannot be read, 415 for a file that is not an invoice."""
    return read_invoice(data, prefix, pdf_limits).document


def read_invoice(data: dict[str, Any], prefix: tuple[str, ...] = ("data",),
                 pdf_limits: PdfLimits | None = None) -> ReceivedInvoice:
    received = validate(InvoiceReceived, data, prefix)
    given = [name for name in INVOICE_FORMS if getattr(received, name) is not None]
    if len(given) != 1:
        raise Unprocessable(f"give exactly one of {', '.join(f'`{n}`' for n in INVOICE_FORMS)}",
                            errors=[{"field": ".".join(prefix) or "body",
                                     "message": f"exactly one of {', '.join(INVOICE_FORMS)}"}])
    form = given[0]
    if form == "invoice":
        return ReceivedInvoice(validate(Invoice, received.invoice, (*prefix, "invoice")), {"format": "json"})
    if form == "credit_note":
        document = dict(received.credit_note or {}) | {"document_type": "credit_note"}
        return ReceivedInvoice(validate(CreditNote, document, (*prefix, "credit_note")), {"format": "json"})
    field = ".".join((*prefix, form))
    original = None
    try:
        if form == "file":
            upload = received.file
            assert upload is not None
            content = decode_base64(upload.content_base64, f"{field}.content_base64")
            read = read_invoice_file(upload.filename, content, field=f"{field}.content_base64",
                                     pdf_limits=pdf_limits)
            parsed, source = read.document, {"format": read.source, "filename": upload.filename}
            if read.embedded_name:
                source["embedded"] = read.embedded_name
            if read.extraction is not None:
                source["extraction"] = read.extraction
                source["needs_review"] = read.needs_review
            original = (upload.filename, read.media_type, content)
        else:
            text = getattr(received, form)
            if form == "ubl_xml":
                parsed, syntax = parse_ubl_invoice(text, field=field), "ubl"
            elif form == "cii_xml":
                parsed, syntax = parse_cii_invoice(text, field=field), "cii"
            else:
                result = parse_invoice_xml(text, field=field)
                parsed, syntax = result.document, result.syntax
            source = {"format": syntax}
    except InvoiceXMLError as exc:
        raise Unprocessable(f"{exc.field}: {exc}", errors=[{"field": exc.field, "message": str(exc)}]) from None
    except InvoiceFileError as exc:
        if exc.unsupported:
            raise UnsupportedMediaType(str(exc)) from None
        raise Unprocessable(f"{exc.field}: {exc}", errors=[{"field": exc.field, "message": str(exc)}]) from None
    model = CreditNote if parsed.get("document_type") == "credit_note" else Invoice
    total = parsed.get("total")
    if model is Invoice and isinstance(total, Decimal) and total < 0:
        field = ".".join((*prefix, form, "total"))
        raise Unprocessable(f"{field}: an invoice's total may not be negative ({total}); a credit is sent as a credit "
                            "note (UBL CreditNote, CII type code 381, or `credit_note`)",
                            errors=[{"field": field, "message": "must be >= 0: send a credit note"}])
    return ReceivedInvoice(validate(model, parsed, (*prefix, form)), source, original)


def _answer_from(row: webhook_events.Received, body_digest: str) -> WebhookAnswer:
    if row.body_hash != body_digest:
        raise Conflict(f"event {row.event_id} was already received with another body")
    return WebhookAnswer(row.status_code, dict(row.response), row.task_id, replayed=True)


def _source_holder(session: Session, source: str) -> str | None:
    """The holder id of a source (a system): who requested the tasks its webhooks start."""
    row = sources.get(session, name=source)
    return row.holder_id if row is not None else None


def handle_webhook(db: Database, *, source: str, payload: Any, pdf_limits: PdfLimits | None = None) -> WebhookAnswer:
    """Apply one signed webhook event. Bad input raises before anything is written: a resume file is read here,
    under `pdf_limits`, so an unreadable or hostile one is a 422 to the sender and never reaches the worker."""
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
        resume = read_resume(application.resume, ("data", "resume"), pdf_limits)
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
                answer = WebhookAnswer(202, {"task_id": task.id, "status": task.status}, task.id)
            elif invoice is None:
                apply(session, document)
                answer = WebhookAnswer(200, {"ok": True})
            else:
                task = create_task(session, "invoice_review", source=source,
                                    requester=source, requester_holder=_source_holder(session, source),
                                    input={"invoice": invoice.document.model_dump(mode="json"),
                                           "source": invoice.source},
                                    actor=f"source:{source}")
                if invoice.original is not None:
                    tasks.keep_original(session, task_id=task.id, filename=invoice.original[0],
                                        media_type=invoice.original[1], content=invoice.original[2])
                answer = WebhookAnswer(202, {"task_id": task.id, "status": task.status}, task.id)
            webhook_events.record(session, source=source, event_id=envelope.id, body_hash=digest, type=envelope.type,
                                  status_code=answer.status_code, response=answer.body, task_id=answer.task_id)
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
