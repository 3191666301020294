"""Issue 19's matching gaps: deducted lines inside an invoice, sub-cent unit prices, one item on two PO lines."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from tests import factories as f
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, PriorInvoice, match_invoice


def run(invoice: dict, po: dict, receipts: list[dict] | None = None, **kwargs):
    return match_invoice(Invoice.model_validate(invoice), PurchaseOrder.model_validate(po),
                         [GoodsReceipt.model_validate(r) for r in receipts or []], **kwargs)


def codes(result) -> list[str]:
    return sorted(e.code for e in result.exceptions)


def item(line_no: int, qty: str, price: str = "2.00", sku: str | None = "A-1", **extra) -> dict:
    return {"line_no": line_no, "sku": sku, "description": "Steel bolts M8", "quantity": qty, "unit_price": price,
            "tax_rate": "0.19", **extra}


# Negative lines (EN 16931 BT-129)

def test_negative_quantity_is_valid_but_zero_and_negative_total_are_not() -> None:
    Invoice.model_validate(f.invoice(lines=[item(1, "100"), item(2, "-10")]))
    with pytest.raises(ValidationError, match="must not be zero"):
        Invoice.model_validate(f.invoice(lines=[item(1, "0")]))
    negative_total = f.invoice(lines=[item(1, "-10")])
    with pytest.raises(ValidationError, match="greater than or equal to 0"):
        Invoice.model_validate(negative_total)


def test_a_deducted_line_reduces_what_is_billed_on_its_po_line() -> None:
    # 100 billed, 10 returned on the same invoice: 90 net on PO line 1, which ordered 100 and received 90.
    invoice = f.invoice(lines=[item(1, "100"), item(2, "-10")])
    result = run(invoice, f.po(), [f.grn(lines=[(1, "90"), (2, "200")])])
    assert codes(result) == []
    assert [(m.invoice_line, m.po_line_no, m.invoiced_qty) for m in result.lines] == [
        (1, 1, Decimal("100")), (2, 1, Decimal("-10"))]
    assert result.totals.invoice_total == Decimal("214.20") == result.totals.expected_total


def test_a_deduction_without_a_billed_quantity_behind_it_is_an_exception() -> None:
    # An invoice made only of a deduction of 10 on a line nothing was billed on.
    invoice = f.invoice(lines=[item(1, "20", sku="B-2", description="Hex nuts M8", price="0.50"), item(2, "-5")])
    result = run(invoice, f.po())
    assert codes(result) == ["CREDIT_EXCEEDS_BILLED"]
    exception = result.exceptions[0]
    assert (exception.line, exception.expected, exception.actual) == (2, "0", "-5")


def test_a_deduction_against_an_earlier_invoice_is_fine() -> None:
    history = InvoiceHistory(prior_on_po=[PriorInvoice(invoice_number="INV-0", total=Decimal("119.00"),
                                                       billed_by_po_line={1: Decimal("50")})])
    invoice = f.invoice(lines=[item(1, "20", sku="B-2", description="Hex nuts M8", price="0.50"), item(2, "-5")])
    assert codes(run(invoice, f.po(), history=history)) == []


# Sub-cent unit prices, line amounts rounded to the cent

def _po_sub_cent(price: str) -> dict:
    return f.po(lines=[{"line_no": 1, "sku": "C-3", "description": "Washers", "quantity": "1000",
                        "unit_price": price, "tax_rate": "0.19"}])


def test_sub_cent_prices_rounded_per_invoice_are_not_overbilling() -> None:
    # 200 invoices of 5 washers at 0.0051: each bills 0.03 net (0.0255 rounded up) and 0.01 tax (0.0057
    # rounded up); the PO is worth 5.10 net + 0.97 tax = 6.07. Billed in all: 199 × 0.04 + 0.04 = 8.00.
    po = _po_sub_cent("0.0051")
    line = {"line_no": 1, "sku": "C-3", "description": "Washers", "quantity": "5", "unit_price": "0.0051",
            "tax_rate": "0.19", "amount": "0.03"}
    invoice = f.invoice(lines=[line])
    invoice.update(subtotal="0.03", tax_total="0.01", total="0.04")
    prior = [PriorInvoice(invoice_number=f"W-{i}", total=Decimal("0.04"), billed_by_po_line={1: Decimal("5")})
             for i in range(199)]
    result = run(invoice, po, history=InvoiceHistory(prior_on_po=prior))
    assert codes(result) == []


def test_rounding_slack_does_not_hide_a_real_overbill() -> None:
    po = _po_sub_cent("0.0051")
    line = {"line_no": 1, "sku": "C-3", "description": "Washers", "quantity": "5", "unit_price": "0.0051",
            "tax_rate": "0.19", "amount": "0.03"}
    invoice = f.invoice(lines=[line])
    invoice.update(subtotal="0.03", tax_total="0.01", total="0.04",
                   adjustments=[{"kind": "charge", "amount": "5.00", "tax_rate": "0"}])
    invoice["total"] = "5.04"
    prior = [PriorInvoice(invoice_number="W-1", total=Decimal("6.03"), billed_by_po_line={1: Decimal("995")})]
    result = run(invoice, po, history=InvoiceHistory(prior_on_po=prior))
    assert "OVERBILLED" in codes(result)
    overbilled = next(e for e in result.exceptions if e.code == "OVERBILLED")
    assert (overbilled.expected, overbilled.actual) == ("6.07", "11.07")


def test_four_decimal_prices_on_a_whole_order_match() -> None:
    po = f.po(lines=[{"line_no": n, "description": f"Resistor {n}k", "quantity": "333", "unit_price": "0.1235",
                      "tax_rate": "0.19"} for n in range(1, 41)])
    lines = [{"line_no": n, "description": f"Resistor {n}k", "quantity": "333", "unit_price": "0.1235",
              "tax_rate": "0.19", "amount": "41.13"} for n in range(1, 41)]
    invoice = f.invoice(lines=lines)
    invoice.update(subtotal="1645.20", tax_total="312.59", total="1957.79")
    result = run(invoice, po)
    assert codes(result) == [] and result.recommended_action == "approve_for_payment"


# One item on two PO lines

def _po_two_deliveries() -> dict:
    return f.po(lines=[item(1, "60", sku="A-1"), item(2, "40", sku="A-1"),
                       {"line_no": 3, "sku": "B-2", "description": "Hex nuts M8", "quantity": "200",
                        "unit_price": "0.50", "tax_rate": "0.19"}])


def test_one_item_on_two_po_lines_billed_on_two_invoice_lines() -> None:
    invoice = f.invoice(lines=[item(1, "40"), item(2, "60")])
    result = run(invoice, _po_two_deliveries(), [f.grn(lines=[(1, "60"), (2, "40")])])
    assert codes(result) == []
    assert sorted(m.po_line_no for m in result.lines) == [1, 2]
    assert [m.status for m in result.lines] == ["matched", "matched"]


def test_one_item_on_two_po_lines_billed_on_one_invoice_line() -> None:
    result = run(f.invoice(lines=[item(1, "100")]), _po_two_deliveries(), [f.grn(lines=[(1, "60"), (2, "40")])])
    assert codes(result) == []
    assert result.lines[0].ordered_qty == Decimal("100") and result.lines[0].received_qty == Decimal("100")


def test_one_item_on_two_po_lines_still_catches_billing_more_than_both() -> None:
    result = run(f.invoice(lines=[item(1, "70"), item(2, "40")]), _po_two_deliveries())
    assert codes(result) == ["QTY_EXCEEDS_ORDERED"]
    assert result.exceptions[0].expected == "100" and result.exceptions[0].actual == "110"


def test_three_invoice_lines_for_one_sku_never_leave_one_off_the_po() -> None:
    result = run(f.invoice(lines=[item(1, "30"), item(2, "30"), item(3, "40")]), _po_two_deliveries())
    assert "LINE_NOT_ON_PO" not in codes(result) and codes(result) == []
