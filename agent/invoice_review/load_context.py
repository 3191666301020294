"""Fetch the PO, its receipts, the invoice history and the vendor's tolerances from storage."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.configs import match_config
from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from storage import invoices, masterdata
from tools.documents import billing_document


def load_context(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    invoice = billing_document(state["invoice"])
    config = match_config(ctx.settings)
    corrected = []
    with ctx.db.session() as session:
        po_number = invoice.po_number
        if invoice.document_type == "credit_note":
            corrected = invoices.corrected_invoices(session, credit=invoice, task_id=ctx.task_id)
            po_number = po_number or next((c.po_number for c in corrected if c.po_number), None)
            if po_number and po_number != invoice.po_number:
                invoice = invoice.model_copy(update={"po_number": po_number})  # the history is the PO's
        po = masterdata.get_purchase_order(session, po_number=po_number) if po_number else None
        receipts = masterdata.goods_receipts_for(session, po_number=po.po_number) if po else []
        history = invoices.history_for(session, invoice=invoice, task_id=ctx.task_id,
                                       exclude=invoices.recheck_exclusion(session, recheck_of=state.get("recheck_of")))
        vendor_id = invoice.vendor.vendor_id or (po.vendor.vendor_id if po else None)
        vendor = masterdata.get_vendor(session, vendor_id=vendor_id) if vendor_id else None
    if vendor is not None and vendor.tolerances is not None:
        overrides = vendor.tolerances.model_dump(exclude_none=True)
        config = config.model_copy(update=overrides)
    return {
        "corrected_invoices": [c.model_dump(mode="json") for c in corrected],
        "purchase_order": po.model_dump(mode="json") if po else None,
        "goods_receipts": [grn.model_dump(mode="json") for grn in receipts],
        "history": history.model_dump(mode="json"),
        "config": config.model_dump(mode="json"),
    }
