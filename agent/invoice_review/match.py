"""Run the matcher, remember what the invoice billed, and log the tool run."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from storage import invoices, tasks
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, MatchConfig, match_invoice


def match(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    invoice = Invoice.model_validate(state["invoice"])
    po_data = state.get("purchase_order")
    result = match_invoice(
        invoice,
        PurchaseOrder.model_validate(po_data) if po_data else None,
        [GoodsReceipt.model_validate(grn) for grn in state.get("goods_receipts", [])],
        history=InvoiceHistory.model_validate(state.get("history", {})),
        config=MatchConfig.model_validate(state.get("config", {})),
    )
    with ctx.db.session() as session:
        vendor_id = invoice.vendor.vendor_id or (po_data or {}).get("vendor", {}).get("vendor_id")
        invoices.record(session, task_id=ctx.task_id, invoice=invoice, result=result, vendor_id=vendor_id)
        tasks.add_event(session, task_id=ctx.task_id, type="tool_run", actor="agent", key="tool_run:match_invoice",
                        data={"tool": "match_invoice", "status": result.status, "match_type": result.match_type,
                              "po_number": result.po_number, "exceptions": sorted(result.codes),
                              "recommended_action": result.recommended_action})
    return {"match": result.model_dump(mode="json")}
