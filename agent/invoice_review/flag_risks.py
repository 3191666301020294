"""Run the risk rules on the invoice with its context from storage; record the flags and log them."""

from __future__ import annotations

from typing import Any

from langgraph.runtime import Runtime

from agent.configs import risk_config
from agent.context import AgentContext
from agent.invoice_review.state import InvoiceReviewState
from core import tracing
from storage import invoices as invoice_store
from storage import risk as risk_store
from storage import tasks
from tools.documents import PurchaseOrder, billing_document
from tools.invoices.models import MatchResult
from tools.risk import check_invoice


def flag_risks(state: InvoiceReviewState, runtime: Runtime[AgentContext]) -> dict[str, Any]:
    ctx = runtime.context
    invoice = billing_document(state["invoice"])
    if invoice.document_type == "credit_note":
        # The rules look for money leaving wrongly (duplicates, split purchases, changed bank accounts); a credit
        # note brings money back. Its checks are the credit-note match's.
        runtime.context.record(type="flags_raised", key="flags_raised",
                               data={"codes": [], "high": 0, "skipped": "credit note"})
        return {"risk_flags": []}
    po_data = state.get("purchase_order")
    po = PurchaseOrder.model_validate(po_data) if po_data else None
    match = MatchResult.model_validate(state["match"])
    config = risk_config(ctx.settings)
    with ctx.db.session() as session:
        task = tasks.find(session, task_id=ctx.task_id)
        context, vendor = risk_store.context_for(session, invoice=invoice, task_id=ctx.task_id, po=po, match=match,
                                                 received_at=task.created_at if task else None, config=config,
                                                 exclude=invoice_store.recheck_exclusion(
                                                     session, recheck_of=state.get("recheck_of")))
        with tracing.tool_span("check_invoice_risks") as span:
            flags = [flag.model_dump(mode="json") for flag in check_invoice(invoice, context, config)]
            span.set_attribute("de.risk.flags", len(flags))
        risk_store.record_flags(session, task_id=ctx.task_id, vendor_id=vendor.vendor_id if vendor else None,
                                vendor_key=invoice_store.vendor_key(invoice), flags=flags)
        tasks.add_event(session, task_id=ctx.task_id, type="flags_raised", actor="agent", key="flags_raised",
                        data={"codes": [flag["code"] for flag in flags],
                              "high": sum(flag["severity"] == "high" for flag in flags)})
    return {"risk_flags": flags}
