"""Run the matcher, remember what the invoice billed, and log the tool run."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_context import InvoiceContext
from agent.invoice_review.state import InvoiceReviewState
from core import tracing
from storage import invoices, tasks
from tools.documents import GoodsReceipt, PurchaseOrder, billing_document
from tools.invoices import InvoiceHistory, MatchConfig
from tools.invoices.credit import CorrectedInvoice


def match(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    invoice = billing_document(state["invoice"])
    po_data = state.get("purchase_order")
    po = PurchaseOrder.model_validate(po_data) if po_data else None
    if invoice.document_type == "credit_note" and po is not None and not invoice.po_number:
        invoice = invoice.model_copy(update={"po_number": po.po_number})  # recorded against its invoice's PO
    context = InvoiceContext(
        invoice, po, [GoodsReceipt.model_validate(grn) for grn in state.get("goods_receipts", [])],
        InvoiceHistory.model_validate(state.get("history", {})), MatchConfig.model_validate(state.get("config", {})),
        [CorrectedInvoice.model_validate(c) for c in state.get("corrected_invoices", [])])
    tool = "match_credit_note" if invoice.document_type == "credit_note" else "match_invoice"
    with tracing.tool_span(tool) as span:
        result = context.match()
        span.set_attributes({"de.match.status": result.status, "de.match.type": result.match_type})
    with ctx.db.session() as session:
        vendor_id = invoice.vendor.vendor_id or (po_data or {}).get("vendor", {}).get("vendor_id")
        invoices.record(session, task_id=ctx.task_id, invoice=invoice, result=result, vendor_id=vendor_id)
        tasks.add_event(session, task_id=ctx.task_id, type="tool_run", actor="agent", key=f"tool_run:{tool}",
                        data={"tool": tool, "status": result.status, "match_type": result.match_type,
                              "po_number": result.po_number, "exceptions": sorted(result.codes),
                              "recommended_action": result.recommended_action})
    return {"match": result.model_dump(mode="json")}
