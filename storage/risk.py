"""The context risk rules need, from storage, with indexed look-ups; flags raised; a vendor's risk history."""

from __future__ import annotations

import datetime as dt
from typing import Any

from sqlalchemy import and_, delete, or_, select
from sqlalchemy.orm import Session

from storage import invoices as invoice_store
from storage.models import InvoiceRecord, RiskFlagRecord, VendorBankAccount, VendorFirstDigits, VendorRow
from tools.documents import Invoice, PurchaseOrder
from tools.invoices.models import MatchResult
from tools.invoices.normalize import tax_id_key
from tools.risk import benford
from tools.risk.models import BankAccountChange, PriorInvoice, RiskConfig, RiskContext, VendorRecord
from tools.risk.rules import number_shape


def resolve_vendor(session: Session, *, invoice: Invoice, po: PurchaseOrder | None) -> VendorRow | None:
    """The vendor master record: by the invoice's vendor id, the PO's, then by tax id."""
    for vendor_id in (invoice.vendor.vendor_id, po.vendor.vendor_id if po else None):
        if vendor_id:
            row = session.get(VendorRow, vendor_id)
            if row is not None:
                return row
    if invoice.vendor.tax_id:
        wanted = tax_id_key(invoice.vendor.tax_id)
        for row in session.scalars(select(VendorRow).where(VendorRow.tax_id.is_not(None))
                                   .where(VendorRow.tax_id.in_({invoice.vendor.tax_id, wanted}))):
            return row
    return None


def context_for(session: Session, *, invoice: Invoice, task_id: str, po: PurchaseOrder | None,
                match: MatchResult | None, received_at: dt.datetime | None,
                config: RiskConfig | None = None,
                exclude: tuple[str, ...] = ()) -> tuple[RiskContext, VendorRow | None]:
    config = config or RiskConfig()
    vendor = resolve_vendor(session, invoice=invoice, po=po)
    key = invoice_store.vendor_key(invoice)
    same_vendor = InvoiceRecord.vendor_key == key
    if vendor is not None:
        same_vendor = or_(same_vendor, InvoiceRecord.vendor_id == vendor.vendor_id)
    days = max(config.split_window_days, config.duplicate_window_days)
    near = and_(InvoiceRecord.issue_date >= invoice.issue_date - dt.timedelta(days=days),
                InvoiceRecord.issue_date <= invoice.issue_date + dt.timedelta(days=days))
    shape = number_shape(invoice.invoice_number)
    prefixes = [shape[:-n] for n in range(1, config.duplicate_suffix_max + 1) if len(shape) - n >= 4]
    # A shape extended by a suffix sorts just after the shape: a range the (vendor, shape) index serves.
    alike = or_(InvoiceRecord.number_shape.in_([shape, *prefixes]),
                and_(InvoiceRecord.number_shape > shape, InvoiceRecord.number_shape < shape + "\x7f"))
    rows = session.execute(
        select(InvoiceRecord.task_id, InvoiceRecord.invoice_number, InvoiceRecord.issue_date, InvoiceRecord.total,
               InvoiceRecord.currency, InvoiceRecord.created_at)
        .where(same_vendor, InvoiceRecord.task_id.not_in((task_id, *exclude)),
               InvoiceRecord.document_type != invoice_store.CREDIT_NOTE,
               InvoiceRecord.state.not_in(invoice_store.NOT_COUNTED_STATES), or_(near, alike))
        .order_by(InvoiceRecord.issue_date).limit(5000))
    prior = [PriorInvoice(ref=f"task {row.task_id}", invoice_number=row.invoice_number, issue_date=row.issue_date,
                          total=row.total, currency=row.currency, received_at=row.created_at) for row in rows]
    history = []
    if vendor is not None:
        history = [BankAccountChange(bank_account=row.bank_account, changed_at=row.changed_at)
                   for row in session.scalars(select(VendorBankAccount).where(
                       VendorBankAccount.vendor_id == vendor.vendor_id).order_by(VendorBankAccount.changed_at,
                                                                                 VendorBankAccount.id))]
    digits = {row.digit: row.count for row in session.scalars(
        select(VendorFirstDigits).where(VendorFirstDigits.vendor_key == key))}
    record = None if vendor is None else VendorRecord(
        vendor_id=vendor.vendor_id, name=vendor.name, tax_id=vendor.tax_id, bank_account=vendor.bank_account,
        created_at=vendor.created_at, first_seen_at=vendor.first_seen_at)
    context = RiskContext(received_at=received_at, vendor=record, bank_history=history, prior_invoices=prior,
                          purchase_order=po, match=match, first_digit_counts=digits)
    return context, vendor


def record_flags(session: Session, *, task_id: str, vendor_id: str | None, vendor_key: str,
                 flags: list[dict[str, Any]]) -> None:
    """Replace the task's flags (idempotent when a node runs again)."""
    session.execute(delete(RiskFlagRecord).where(RiskFlagRecord.task_id == task_id))
    session.add_all(RiskFlagRecord(task_id=task_id, vendor_id=vendor_id, vendor_key=vendor_key, code=flag["code"],
                                   severity=flag["severity"], message=flag["message"], evidence=flag["evidence"])
                    for flag in flags)


def vendor_risk(session: Session, *, vendor_id: str, limit: int = 500) -> dict[str, Any] | None:
    """The vendor's flags over time (newest first) and the Benford table of its invoice totals."""
    vendor = session.get(VendorRow, vendor_id)
    rows = list(session.scalars(select(RiskFlagRecord).where(RiskFlagRecord.vendor_id == vendor_id)
                                .order_by(RiskFlagRecord.raised_at.desc(), RiskFlagRecord.id.desc()).limit(limit)))
    if vendor is None and not rows:
        return None
    totals = session.scalars(select(InvoiceRecord.total).where(
        InvoiceRecord.vendor_id == vendor_id, InvoiceRecord.document_type != invoice_store.CREDIT_NOTE))
    counts = benford.count_first_digits(totals)
    by_code: dict[str, int] = {}
    for row in rows:
        by_code[row.code] = by_code.get(row.code, 0) + 1
    return {
        "vendor_id": vendor_id,
        "name": vendor.name if vendor else None,
        "flag_counts": by_code,
        "flags": [{"task_id": row.task_id, "code": row.code, "severity": row.severity, "message": row.message,
                   "evidence": row.evidence, "raised_at": row.raised_at.isoformat()} for row in rows],
        "benford": benford.table(counts),
    }
