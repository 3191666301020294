"""Invoice history: what each invoice billed per PO line, for cumulative quantities and duplicates."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from storage.models import InvoiceRecord, VendorFirstDigits
from tools.documents import Invoice
from tools.invoices.credit import CorrectedInvoice
from tools.invoices.models import InvoiceHistory, MatchResult, PriorInvoice
from tools.invoices.normalize import invoice_number_key, tax_id_key, vendor_name_key
from tools.risk.benford import first_digit
from tools.risk.rules import number_shape

NOT_COUNTED_STATES = ("rejected",)
CREDIT_NOTE = "credit_note"


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
                   InvoiceRecord.billed_by_po_line, InvoiceRecord.document_type)
            .where(InvoiceRecord.po_number == invoice.po_number, InvoiceRecord.task_id.not_in(skip),
                   InvoiceRecord.state.not_in(NOT_COUNTED_STATES))
            .order_by(InvoiceRecord.created_at)
        )
        prior = [  # a credit note counts against what was billed: its total negative, its quantities are
            PriorInvoice(invoice_number=row.invoice_number,
                         total=-row.total if row.document_type == CREDIT_NOTE
                         else row.amount_paid if row.amount_paid is not None else row.total,
                         billed_by_po_line={int(k): Decimal(v) for k, v in (row.billed_by_po_line or {}).items()})
            for row in rows
        ]
    same_vendor = InvoiceRecord.vendor_key == vendor_key(invoice)
    if invoice.vendor.vendor_id:
        same_vendor = or_(same_vendor, InvoiceRecord.vendor_id == invoice.vendor.vendor_id)
    duplicates = session.scalars(
        select(InvoiceRecord.task_id).where(InvoiceRecord.number_key == invoice_number_key(invoice.invoice_number),
                                            InvoiceRecord.task_id.not_in(skip),
                                            InvoiceRecord.document_type == invoice.document_type,
                                            InvoiceRecord.state.not_in(NOT_COUNTED_STATES), same_vendor)
    )
    return InvoiceHistory(prior_on_po=prior, same_number_from_vendor=[f"task {t}" for t in duplicates])


def latest_by_number(session: Session, *, number: str) -> tuple[str, str | None] | None:
    """(task id, PO number) of the newest invoice with this number (trimmed, case-insensitive), of any vendor."""
    row = session.execute(select(InvoiceRecord.task_id, InvoiceRecord.po_number)
                          .where(InvoiceRecord.number_key == invoice_number_key(number))
                          .order_by(InvoiceRecord.created_at.desc()).limit(1)).first()
    return (row.task_id, row.po_number) if row is not None else None


def corrected_invoices(session: Session, *, credit: Invoice, task_id: str) -> list[CorrectedInvoice]:
    """The vendor's invoices a credit note names (BT-25), each with what other credit notes already took back."""
    same_vendor = InvoiceRecord.vendor_key == vendor_key(credit)
    if credit.vendor.vendor_id:
        same_vendor = or_(same_vendor, InvoiceRecord.vendor_id == credit.vendor.vendor_id)
    found: list[CorrectedInvoice] = []
    for number in credit.preceding_invoices:
        key = invoice_number_key(number)
        row = session.execute(
            select(InvoiceRecord.invoice_number, InvoiceRecord.currency, InvoiceRecord.total, InvoiceRecord.po_number)
            .where(InvoiceRecord.number_key == key, InvoiceRecord.document_type != CREDIT_NOTE, same_vendor,
                   InvoiceRecord.task_id != task_id, InvoiceRecord.state.not_in(NOT_COUNTED_STATES))
            .order_by(InvoiceRecord.created_at).limit(1)).first()
        if row is None:
            continue
        credited = session.scalar(
            select(func.coalesce(func.sum(InvoiceRecord.total), 0))
            .where(InvoiceRecord.refers_to == key, InvoiceRecord.document_type == CREDIT_NOTE, same_vendor,
                   InvoiceRecord.task_id != task_id, InvoiceRecord.state.not_in(NOT_COUNTED_STATES)))
        found.append(CorrectedInvoice(invoice_number=row.invoice_number, currency=row.currency, total=row.total,
                                      credited_before=Decimal(str(credited or 0)), po_number=row.po_number))
    return found


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
    row.document_type = invoice.document_type
    row.refers_to = invoice_number_key(invoice.preceding_invoices[0]) if (
        invoice.document_type == CREDIT_NOTE and invoice.preceding_invoices) else None
    session.flush()
    digit = first_digit(invoice.total)
    if created and digit and invoice.document_type != CREDIT_NOTE:
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
