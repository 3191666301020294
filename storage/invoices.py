"""Invoice history: what each invoice billed per PO line, for cumulative quantities and duplicates."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from storage.models import InvoiceRecord, VendorFirstDigits
from tools.documents import Invoice
from tools.invoices.models import InvoiceHistory, MatchResult, PriorInvoice
from tools.invoices.normalize import invoice_number_key, tax_id_key, vendor_name_key
from tools.risk.benford import first_digit
from tools.risk.rules import number_shape

NOT_COUNTED_STATES = ("rejected",)


def vendor_key(invoice: Invoice) -> str:
    if invoice.vendor.tax_id:
        return "tax:" + tax_id_key(invoice.vendor.tax_id)
    return "name:" + vendor_name_key(invoice.vendor.name)


def history_for(session: Session, *, invoice: Invoice, task_id: str,
                exclude: tuple[str, ...] = ()) -> InvoiceHistory:
    """Earlier invoices (not this task's, nor those of `exclude`, not rejected) on the PO and with the number.
    A re-check of an invoice excludes the original's record: it is the same invoice, not a second one."""
    skip = (task_id, *exclude)
    prior: list[PriorInvoice] = []
    if invoice.po_number:
        rows = session.execute(  # columns, not entities: a PO can carry many invoices
            select(InvoiceRecord.invoice_number, InvoiceRecord.total, InvoiceRecord.amount_paid,
                   InvoiceRecord.billed_by_po_line)
            .where(InvoiceRecord.po_number == invoice.po_number, InvoiceRecord.task_id.not_in(skip),
                   InvoiceRecord.state.not_in(NOT_COUNTED_STATES))
            .order_by(InvoiceRecord.created_at)
        )
        prior = [
            PriorInvoice(invoice_number=row.invoice_number, total=row.amount_paid if row.amount_paid is not None
                         else row.total,
                         billed_by_po_line={int(k): Decimal(v) for k, v in (row.billed_by_po_line or {}).items()})
            for row in rows
        ]
    same_vendor = InvoiceRecord.vendor_key == vendor_key(invoice)
    if invoice.vendor.vendor_id:
        same_vendor = or_(same_vendor, InvoiceRecord.vendor_id == invoice.vendor.vendor_id)
    duplicates = session.scalars(
        select(InvoiceRecord.task_id).where(InvoiceRecord.number_key == invoice_number_key(invoice.invoice_number),
                                            InvoiceRecord.task_id.not_in(skip),
                                            InvoiceRecord.state.not_in(NOT_COUNTED_STATES), same_vendor)
    )
    return InvoiceHistory(prior_on_po=prior, same_number_from_vendor=[f"task {t}" for t in duplicates])


def recheck_exclusion(session: Session, *, recheck_of: str | None) -> tuple[str, ...]:
    """What a re-check leaves out of the history: the original, which is the same invoice and not a second
    one; unless the original was approved for payment. Then it counts, so the re-check is flagged as its
    duplicate and never proposed for payment again (security finding 5)."""
    if not recheck_of:
        return ()
    state = session.scalar(select(InvoiceRecord.state).where(InvoiceRecord.task_id == recheck_of))
    return () if state == "approved" else (recheck_of,)


def record(session: Session, *, task_id: str, invoice: Invoice, result: MatchResult,
           vendor_id: str | None = None) -> None:
    """Remember the invoice and what it billed (idempotent per task); count its first digit for Benford."""
    billed: dict[str, str] = {}
    for line in result.lines:
        if line.po_line_no is not None:
            key = str(line.po_line_no)
            billed[key] = format(Decimal(billed.get(key, "0")) + line.invoiced_qty, "f")
    row = session.get(InvoiceRecord, task_id)
    key = vendor_key(invoice)
    created = row is None
    if row is None:
        row = InvoiceRecord(task_id=task_id, state="pending")
        session.add(row)
    row.invoice_number = invoice.invoice_number
    row.number_key = invoice_number_key(invoice.invoice_number)
    row.vendor_key = key
    row.vendor_id = vendor_id or invoice.vendor.vendor_id
    row.number_shape = number_shape(invoice.invoice_number)
    row.bank_account = invoice.vendor.bank_account
    row.po_number = invoice.po_number
    row.issue_date = invoice.issue_date
    row.currency = invoice.currency
    row.total = invoice.total
    row.billed_by_po_line = billed
    session.flush()
    digit = first_digit(invoice.total)
    if created and digit:
        count_digit(session, vendor_key=key, digit=digit)


def count_digit(session: Session, *, vendor_key: str, digit: int) -> None:
    row = session.get(VendorFirstDigits, (vendor_key, digit))
    if row is None:
        session.add(VendorFirstDigits(vendor_key=vendor_key, digit=digit, count=1))
    else:
        row.count += 1


def settle(session: Session, *, task_id: str, state: str, amount_paid: Decimal | None) -> None:
    row = session.get(InvoiceRecord, task_id)
    if row is not None:
        row.state, row.amount_paid = state, amount_paid
