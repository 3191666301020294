"""Fetch the PO, its receipts, the invoice history, a credit note's corrected invoices and the vendor's
tolerances: agent.invoice_context, the same context the tool endpoints use."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.context import AgentContext
from agent.invoice_context import invoice_context
from agent.invoice_review.state import InvoiceReviewState
from tools.documents import billing_document


def load_context(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    with ctx.db.session() as session:
        context = invoice_context(session, ctx.settings, invoice=billing_document(state["invoice"]),
                                  task_id=ctx.task_id, recheck_of=state.get("recheck_of"))
    po = context.purchase_order
    return {
        "corrected_invoices": [c.model_dump(mode="json") for c in context.corrected],
        "purchase_order": po.model_dump(mode="json") if po else None,
        "goods_receipts": [grn.model_dump(mode="json") for grn in context.goods_receipts],
        "history": context.history.model_dump(mode="json"),
        "config": context.config.model_dump(mode="json"),
    }
