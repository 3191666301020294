"""Stateless tool entry points for integrators and evals: the same code the graphs run."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from agent.configs import risk_config
from agent.invoice_context import invoice_context
from agent.resume_fields import propose_fields
from core import tracing
from core.clock import utcnow
from core.errors import Forbidden, Unprocessable
from core.settings import Settings
from core.validation import validate
from services.documents import INVOICE_FORMS, parse_invoice
from storage import masterdata
from storage import risk as risk_store
from storage.db import Database
from storage.keys import Principal
from tools.documents import GoodsReceipt, IsoDateTime, PurchaseOrder
from tools.invoices import MatchResult
from tools.resumes import match_job
from tools.resumes.inputs import parse_resume_input
from tools.resumes.jsonresume import to_json_resume
from tools.resumes.pdf_limits import PdfLimits
from tools.risk import RiskFlag, check_invoice
from tools.risk.benford import first_digit


class ReceivedAt(BaseModel):
    received_at: IsoDateTime


@tracing.tool("risk_flags")
def risk_flags(db: Database, settings: Settings, body: dict[str, Any],
               pdf_limits: PdfLimits | None = None) -> list[RiskFlag]:
    """`{invoice or ubl_xml, received_at?}` → the flags the invoice raises as of `received_at` (default: now),
    with master data and invoice history as context. Nothing is recorded."""
    invoice = parse_invoice({k: body.get(k) for k in INVOICE_FORMS if body.get(k) is not None}, (), pdf_limits)
    received_at = validate(ReceivedAt, {"received_at": body.get("received_at") or utcnow()}).received_at
    config = risk_config(settings)
    with db.session() as session:
        matching = invoice_context(session, settings, invoice=invoice)
        po = matching.purchase_order
        match = matching.match() if po else None
        context, _vendor = risk_store.context_for(session, invoice=invoice, task_id="", po=po, match=match,
                                                  received_at=received_at, config=config)
    digit = first_digit(invoice.total)
    if digit:  # the population includes the invoice being checked
        context.first_digit_counts[digit] = context.first_digit_counts.get(digit, 0) + 1
    return check_invoice(invoice, context, config)


def check_match_access(principal: Principal, body: dict[str, Any]) -> None:
    """Stored POs and receipts are vendor records: a caller who may not read them sends both inline."""
    if not principal.reads_vendor_records() and not ("purchase_order" in body and "goods_receipts" in body):
        raise Forbidden("stored purchase orders and receipts are for finance and compliance reviewers and admins: "
                        "send `purchase_order` and `goods_receipts` inline")


@tracing.tool("invoice_match")
def invoice_match(db: Database, settings: Settings, body: dict[str, Any],
                  pdf_limits: PdfLimits | None = None) -> MatchResult:
    """`{invoice or ubl_xml, purchase_order?, goods_receipts?}`; omitted documents come from master data."""
    invoice = parse_invoice({k: body.get(k) for k in INVOICE_FORMS if body.get(k) is not None}, (), pdf_limits)
    po = validate(PurchaseOrder, body["purchase_order"], ("purchase_order",)) if body.get("purchase_order") else None
    receipts = [validate(GoodsReceipt, grn, ("goods_receipts", i))
                for i, grn in enumerate(body.get("goods_receipts") or [])] if "goods_receipts" in body else None
    with db.session() as session:  # the task's context, tolerances included; no earlier invoices: nothing is kept
        context = invoice_context(session, settings, invoice=invoice, with_history=False, purchase_order=po,
                                  goods_receipts=receipts if receipts is not None else [] if po is not None else None)
    return context.match()


RESUME_FORMATS = ("parsed-resume", "json-resume")


@tracing.tool("resume_parse")
def resume_parse(db: Database, *, resume: dict[str, Any], job_id: str | None, llm: Any = None,
                 format: str = "parsed-resume") -> dict[str, Any]:
    """`resume` is what intake reads ({text, format, images, filename}, or a JSON Resume); with a job, the match too.
    With an LLM endpoint the model may propose skills and the kind of each dated entry of a text resume, kept only
    when found in the text (agent/resume_fields.py); a JSON Resume is structured already and is read as it is.
    `format`: `parsed-resume` (`{resume: ParsedResume, match?}`) or `json-resume` (a JSON Resume document; the match
    and what was redacted under its `meta`)."""
    if format not in RESUME_FORMATS:
        raise Unprocessable(f"unknown format {format!r}; one of {', '.join(RESUME_FORMATS)}",
                            errors=[{"field": "format", "message": f"one of {', '.join(RESUME_FORMATS)}"}])
    parsed = parse_resume_input(resume)
    proposal = propose_fields(llm, parsed) if resume.get("json_resume") is None else {}
    extra: dict[str, Any] = {}
    if proposal.get("used"):
        extra["llm"] = {"kept": proposal["kept"], "refused_not_in_text": proposal["refused_not_in_text"],
                        "roles": proposal["roles"]}
    if job_id:
        with db.session() as session:
            job = masterdata.get_job(session, job_id=job_id)
        if job is None:
            raise Unprocessable(f"job {job_id} is not in master data",
                                errors=[{"field": "job_id", "message": "unknown job"}])
        extra["match"] = match_job(parsed, job).model_dump(mode="json")
    if format == "json-resume":
        return to_json_resume(parsed.resume, meta=extra)
    return {"resume": parsed.resume.model_dump(mode="json"), **extra}
