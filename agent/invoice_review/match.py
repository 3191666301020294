"""Run the matcher, remember what the invoice billed, and log the tool run."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from storage import invoices, tasks
from tools.documents import GoodsReceipt, PurchaseOrder, billing_document
from tools.invoices import InvoiceHistory, MatchConfig, match_invoice
from tools.invoices.credit import CorrectedInvoice, match_credit_note


def match(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    invoice = billing_document(state["invoice"])
    po_data = state.get("purchase_order")
    po = PurchaseOrder.model_validate(po_data) if po_data else None
    history = InvoiceHistory.model_validate(state.get("history", {}))
    config = MatchConfig.model_validate(state.get("config", {}))
    if invoice.document_type == "credit_note":
        tool = "match_credit_note"
        if po is not None and not invoice.po_number:  # the PO of the invoice it corrects: recorded against it
            invoice = invoice.model_copy(update={"po_number": po.po_number})
        result = match_credit_note(
            invoice, [CorrectedInvoice.model_validate(c) for c in state.get("corrected_invoices", [])], po,
            history=history, config=config)
    else:
        tool = "match_invoice"
        receipts = [GoodsReceipt.model_validate(grn) for grn in state.get("goods_receipts", [])]
        result = match_invoice(invoice, po, receipts, history=history, config=config)
    with ctx.db.session() as session:
        vendor_id = invoice.vendor.vendor_id or (po_data or {}).get("vendor", {}).get("vendor_id")
        invoices.record(session, task_id=ctx.task_id, invoice=invoice, result=result, vendor_id=vendor_id)
        tasks.add_event(session, task_id=ctx.task_id, type="tool_run", actor="agent", key=f"tool_run:{tool}",
                        data={"tool": tool, "status": result.status, "match_type": result.match_type,
                              "po_number": result.po_number, "exceptions": sorted(result.codes),
                              "recommended_action": result.recommended_action})
    return {"match": result.model_dump(mode="json")}
