"""Matching a credit note: against the invoices it corrects and, line by line, against what was billed on the PO.

A credit note (UBL CreditNote, CII type code 381) reduces what the vendor billed. It is booked after a
reviewer's decision, never paid: the recommended action is `book_credit` when everything agrees, else `hold`
(`reject` for a credit note the vendor already sent). Rules:
- it must name the invoice(s) it corrects (BT-25), and each must be one of the vendor's invoices we hold
  (REFERENCED_INVOICE_NOT_FOUND otherwise);
- same currency as those invoices (CURRENCY_MISMATCH);
- its total may not exceed what those invoices billed less the credit notes already booked against them,
  beyond the amount tolerance (CREDIT_EXCEEDS_BILLED); nor may a line credit more of a PO line than was billed
  on it (CREDIT_EXCEEDS_BILLED, per line);
- its own arithmetic adds up (ARITHMETIC_ERROR), as an invoice's must.
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal

from pydantic import BaseModel

from tools.documents import Invoice, PurchaseOrder
from tools.invoices.match import _amount, _arithmetic, _fmt, _money, billed_by_po_line, duplicate, pair_lines
from tools.invoices.models import (
    InvoiceHistory,
    MatchConfig,
    MatchException,
    MatchLine,
    MatchResult,
    MatchTotals,
)


class CorrectedInvoice(BaseModel):
    """An invoice a credit note names, as storage knows it."""

    invoice_number: str
    currency: str
    total: Decimal
    credited_before: Decimal = Decimal("0")
    po_number: str | None = None


def match_credit_note(
    credit: Invoice,
    corrected: Sequence[CorrectedInvoice],
    purchase_order: PurchaseOrder | None,
    *,
    history: InvoiceHistory | None = None,
    config: MatchConfig | None = None,
) -> MatchResult:
    config = config or MatchConfig()
    history = history or InvoiceHistory()
    tolerance = config.amount_tolerance
    exceptions: list[MatchException] = []
    exceptions.extend(duplicate(credit, history))

    found = {invoice.invoice_number.strip().casefold() for invoice in corrected}
    if not credit.preceding_invoices:
        exceptions.append(MatchException(
            code="REFERENCED_INVOICE_NOT_FOUND",
            message="The credit note does not name the invoice it corrects (EN 16931 BT-25)."))
    for number in credit.preceding_invoices:
        if number.strip().casefold() not in found:
            exceptions.append(MatchException(
                code="REFERENCED_INVOICE_NOT_FOUND",
                message=f"The credit note corrects invoice {number}, which we have not received from this vendor.",
                actual=number))
    for invoice in corrected:
        if invoice.currency != credit.currency:
            exceptions.append(MatchException(
                code="CURRENCY_MISMATCH",
                message=f"The credit note is in {credit.currency}, invoice {invoice.invoice_number} in "
                        f"{invoice.currency}.", expected=invoice.currency, actual=credit.currency))

    creditable = sum((invoice.total - invoice.credited_before for invoice in corrected), Decimal("0"))
    if corrected and credit.total - creditable > tolerance:
        credited = sum((invoice.credited_before for invoice in corrected), Decimal("0"))
        before = f" ({_amount(credited)} credited before)" if credited else ""
        exceptions.append(MatchException(
            code="CREDIT_EXCEEDS_BILLED",
            message=f"The credit note is for {_amount(credit.total)}; the invoices it corrects leave "
                    f"{_amount(creditable)} to credit{before}.",
            expected=_amount(creditable), actual=_amount(credit.total)))

    lines: list[MatchLine] = []
    billed = billed_by_po_line(history)
    po_lines = purchase_order.lines if purchase_order else []
    credited_now: dict[int, Decimal] = {}
    for pair in pair_lines(credit.lines, po_lines):
        line = credit.lines[pair.invoice_index]
        line_ref = line.line_no or pair.invoice_index + 1
        po_line = pair.po_line
        status = "matched"
        if po_line is not None:
            before = billed.get(po_line.line_no, Decimal("0")) - credited_now.get(po_line.line_no, Decimal("0"))
            credited_now[po_line.line_no] = credited_now.get(po_line.line_no, Decimal("0")) + line.quantity
            if line.quantity > before:
                status = "exception"
                exceptions.append(MatchException(
                    code="CREDIT_EXCEEDS_BILLED", line=line_ref,
                    message=f"Line {line_ref} credits {_fmt(line.quantity)} of PO line {po_line.line_no}; "
                            f"{_fmt(max(before, Decimal('0')))} is billed on it.",
                    expected=_fmt(max(before, Decimal("0"))), actual=_fmt(line.quantity)))
        lines.append(MatchLine(
            invoice_line=line_ref, po_line_no=po_line.line_no if po_line else None,
            ordered_qty=po_line.quantity if po_line else None, received_qty=None,
            invoiced_qty=-line.quantity,  # what the credit note does to the quantity billed
            po_unit_price=po_line.unit_price if po_line else None, invoice_unit_price=line.unit_price,
            price_variance_pct=None, status=status,  # type: ignore[arg-type]
            billed_before_qty=billed.get(po_line.line_no, Decimal("0")) if po_line else Decimal("0"),
            pairing=pair.how))  # type: ignore[arg-type]

    exceptions.extend(_arithmetic(credit, tolerance))
    codes = {exception.code for exception in exceptions}
    action = "reject" if "DUPLICATE_INVOICE" in codes else ("hold" if exceptions else "book_credit")
    return MatchResult(
        status="exception" if exceptions else "matched",
        match_type="two_way",
        po_number=purchase_order.po_number if purchase_order else credit.po_number,
        lines=lines,
        exceptions=exceptions,
        totals=MatchTotals(invoice_total=credit.total, expected_total=_money(creditable),
                           variance=_money(credit.total - creditable)),
        recommended_action=action,  # type: ignore[arg-type]
    )
