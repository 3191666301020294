"""A staff member's "check invoice INV-7": a new invoice_review task over an invoice the ERP already sent, which
pauses for a reviewer like a webhook's. Shared by the chat graph and the MCP tool (services/chat.py)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from agent.kinds import create_task
from core.identity import holder_id_or_none
from storage import invoices, tasks


@dataclass(frozen=True)
class InvoiceCheck:
    """`unknown`: no invoice with this number was received; `open`: its task is still under way (no second one);
    `started`: a task was created (or found again, when `task_id` names one that exists)."""

    outcome: Literal["unknown", "open", "started"]
    invoice_number: str
    task_id: str | None = None
    status: str | None = None
    po_number: str | None = None


def start_invoice_check(session: Any, *, invoice_number: str, owner: str | None, task_id: str) -> InvoiceCheck:
    """Re-check the newest received invoice with this number under `task_id` (the caller makes it stable, so a
    re-run creates no second task), requested by `owner` (a holder id)."""
    recorded = invoices.latest_by_number(session, number=invoice_number)
    if recorded is None:
        return InvoiceCheck("unknown", invoice_number)
    recorded_task, po_number = recorded
    original = tasks.find(session, task_id=recorded_task)
    if original is not None and original.status not in tasks.FINAL_STATUSES:
        return InvoiceCheck("open", invoice_number, original.id, original.status, po_number)
    task = tasks.find(session, task_id=task_id)
    if task is None:
        task = create_task(session, "invoice_review", source=None, requester=owner,
                           requester_holder=holder_id_or_none(owner),
                           input=(dict(original.input) if original else {}) | {"recheck_of": recorded_task},
                           actor=owner or "chat", task_id=task_id)
    return InvoiceCheck("started", invoice_number, task_id, task.status, po_number)
