"""The first matcher against the contract's rules, with exact numbers."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests import factories as f
from tools.documents import GoodsReceipt, Invoice, PurchaseOrder
from tools.invoices import InvoiceHistory, MatchConfig, PriorInvoice, match_invoice


def run(invoice: dict, po: dict | None = None, receipts: list[dict] | None = None, **kwargs):
    return match_invoice(Invoice.model_validate(invoice), PurchaseOrder.model_validate(po or f.po()),
                         [GoodsReceipt.model_validate(r) for r in receipts or []], **kwargs)


def line(qty: str = "100", price: str = "2.00", **extra) -> dict:
    return {"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": qty, "unit_price": price,
            "tax_rate": "0.19", **extra}


def codes(result) -> list[str]:
    return sorted(e.code for e in result.exceptions)


def test_clean_two_way() -> None:
    result = run(f.invoice())
    assert result.status == "matched" and result.match_type == "two_way"
    assert result.recommended_action == "approve_for_payment"
    assert result.totals.invoice_total == Decimal("357.00") and result.totals.expected_total == Decimal("357.00")
    assert result.totals.variance == Decimal("0.00")
    assert [(m.invoice_line, m.po_line_no, m.status) for m in result.lines] == [(1, 1, "matched"), (2, 2, "matched")]


def test_clean_three_way() -> None:
    result = run(f.invoice(), receipts=[f.grn()])
    assert result.status == "matched" and result.match_type == "three_way"
    assert [m.received_qty for m in result.lines] == [Decimal("100"), Decimal("200")]


@pytest.mark.parametrize("price, flagged", [("2.04", False), ("2.0401", True), ("1.50", False), ("2.00", False)])
def test_price_tolerance_edges(price: str, flagged: bool) -> None:
    result = run(f.invoice(lines=[line(price=price)]))
    assert ("PRICE_VARIANCE" in codes(result)) is flagged


def test_absolute_limit_is_stricter_when_set() -> None:
    config = MatchConfig(price_tolerance_pct=Decimal("2"), price_tolerance_abs=Decimal("0.01"))
    assert "PRICE_VARIANCE" in codes(run(f.invoice(lines=[line(price="2.03")]), config=config))
    assert "PRICE_VARIANCE" not in codes(run(f.invoice(lines=[line(price="2.01")]), config=config))


def test_variance_percent_reported() -> None:
    result = run(f.invoice(lines=[line(price="2.10")]))
    assert result.lines[0].price_variance_pct == Decimal("5.00")
    exception = result.exceptions[0]
    assert (exception.code, exception.expected, exception.actual, exception.line) == ("PRICE_VARIANCE", "2.00",
                                                                                    "2.10", 1)


def test_quantity_against_ordered_is_cumulative() -> None:
    history = InvoiceHistory(prior_on_po=[PriorInvoice(invoice_number="OLD", total=Decimal("142.80"),
                                                       billed_by_po_line={1: Decimal("60")})])
    assert "QTY_EXCEEDS_ORDERED" not in codes(run(f.invoice(lines=[line(qty="40")]), history=history))
    result = run(f.invoice(lines=[line(qty="41")]), history=history)
    exception = next(e for e in result.exceptions if e.code == "QTY_EXCEEDS_ORDERED")
    assert (exception.expected, exception.actual) == ("100", "101")
    assert result.lines[0].billed_before_qty == Decimal("60")


def test_received_quantities_add_up_over_receipts() -> None:
    receipts = [f.grn(lines=[(1, "30")]), f.grn(lines=[(1, "30")])]
    assert "QTY_EXCEEDS_RECEIVED" not in codes(run(f.invoice(lines=[line(qty="60")]), receipts=receipts))
    result = run(f.invoice(lines=[line(qty="61")]), receipts=receipts)
    assert codes(result) == ["QTY_EXCEEDS_RECEIVED"]


def test_not_received_line() -> None:
    result = run(f.invoice(), receipts=[f.grn(lines=[(1, "100")])])
    assert codes(result) == ["NOT_RECEIVED"]
    assert result.exceptions[0].line == 2


def test_tax_rate_mismatch() -> None:
    result = run(f.invoice(lines=[line(tax_rate="0.07")]))
    assert codes(result) == ["TAX_RATE_MISMATCH"]


def test_arithmetic_errors_are_the_invoice_against_itself() -> None:
    invoice = f.invoice()
    invoice["lines"][0]["amount"] = "210.00"  # 100 × 2.00 = 200.00
    invoice["total"] = "360.00"
    result = run(invoice)
    # line 1 (200.00 ≠ 210.00), subtotal (310.00 ≠ 300.00), tax (58.90 ≠ 57.00), total (357.00 ≠ 360.00);
    # and 360.00 is more than the PO's 357.00 + 1.00.
    assert codes(result) == ["ARITHMETIC_ERROR"] * 4 + ["OVERBILLED"]
    assert [e.expected for e in result.exceptions if e.code == "ARITHMETIC_ERROR"] == [
        "200.00", "310.00", "58.90", "357.00"]
    within = f.invoice()
    within["total"] = "357.99"  # within 1.00
    assert codes(run(within)) == []
    over = f.invoice()
    over["total"] = "358.01"  # 1.01 off, and 1.01 over the PO's value
    assert codes(run(over)) == ["ARITHMETIC_ERROR", "OVERBILLED"]


def test_overbilled_over_the_po_value() -> None:
    history = InvoiceHistory(prior_on_po=[PriorInvoice(invoice_number="OLD", total=Decimal("300.00"))])
    assert "OVERBILLED" not in codes(run(f.invoice(lines=[line(qty="24")]), history=history))  # 357.12 ≤ 357+1
    assert "OVERBILLED" in codes(run(f.invoice(lines=[line(qty="25")]), history=history))


def test_duplicate_from_history_recommends_reject() -> None:
    result = run(f.invoice(), history=InvoiceHistory(same_number_from_vendor=["task 1"]))
    assert codes(result) == ["DUPLICATE_INVOICE"] and result.recommended_action == "reject"


def test_po_not_found() -> None:
    result = match_invoice(Invoice.model_validate(f.invoice(po_number="PO-X")), None)
    assert codes(result) == ["PO_NOT_FOUND"] and result.status == "exception"
    assert result.recommended_action == "hold" and result.totals.expected_total == Decimal("0.00")


def test_closed_po_vendor_and_currency() -> None:
    result = run(f.invoice(currency="USD", vendor={"name": "Someone Else", "tax_id": "DE999999999"}),
                 f.po(status="closed"))
    assert codes(result) == ["CURRENCY_MISMATCH", "PO_CLOSED", "VENDOR_MISMATCH"]


def test_vendor_matches_by_normalised_name_without_tax_ids() -> None:
    po = f.po(vendor={"name": "Vendor One GmbH"})
    assert "VENDOR_MISMATCH" not in codes(run(f.invoice(vendor={"name": "VENDOR ONE gmbh."}), po))


def test_line_not_on_po() -> None:
    extra = {"line_no": 3, "description": "Gold-plated widget", "quantity": "1", "unit_price": "5.00",
             "tax_rate": "0.19"}
    result = run(f.invoice(lines=[line(), extra]))
    assert codes(result) == ["LINE_NOT_ON_PO"]
    assert result.lines[1].po_line_no is None and result.lines[1].status == "exception"


def test_reordered_lines_without_skus_pair_by_description() -> None:
    lines = [
        {"line_no": 1, "description": "nuts hex m8", "quantity": "200", "unit_price": "0.50", "tax_rate": "0.19"},
        {"line_no": 2, "description": "M8 steel bolts", "quantity": "100", "unit_price": "2.00", "tax_rate": "0.19"},
    ]
    result = run(f.invoice(lines=lines))
    assert codes(result) == []
    assert [(m.invoice_line, m.po_line_no, m.pairing) for m in result.lines] == [(1, 2, "description"),
                                                                                  (2, 1, "description")]


def test_explicit_po_line_reference_wins() -> None:
    lines = [dict(line(), sku=None, description="something else entirely", po_line_no=1)]
    result = run(f.invoice(lines=lines))
    assert result.lines[0].po_line_no == 1 and result.lines[0].pairing == "po_line_ref"


def test_chinese_descriptions_pair_regardless_of_spacing() -> None:
    po = f.po(currency="CNY", lines=[
        {"line_no": 1, "description": "办公桌 1400mm", "quantity": "20", "unit_price": "1280.00", "tax_rate": "0.13"},
        {"line_no": 2, "description": "人体工学椅", "quantity": "20", "unit_price": "860.00", "tax_rate": "0.13"},
    ])
    lines = [
        {"line_no": 1, "description": "人体工学椅", "quantity": "20", "unit_price": "860.00", "tax_rate": "0.13"},
        {"line_no": 2, "description": "办公桌1400mm", "quantity": "20", "unit_price": "1280.00", "tax_rate": "0.13"},
    ]
    result = run(f.invoice(lines=lines, currency="CNY"), po)
    assert codes(result) == []
    assert [(m.invoice_line, m.po_line_no) for m in result.lines] == [(1, 2), (2, 1)]
    assert result.totals.invoice_total == Decimal("48364.00")


def test_pairing_is_an_assignment_not_best_first() -> None:
    """Best-first takes "zinc" → the plain bolt (86.5) and strands "black oxide" (68 < 70 with the zinc-plated
    line). The assignment pairs zinc with zinc-plated (85.7) and black oxide with the plain bolt (72.7)."""
    po = f.po(lines=[
        {"line_no": 1, "description": "Hex bolt M8 x 40 zinc plated", "quantity": "100", "unit_price": "0.20",
         "tax_rate": "0"},
        {"line_no": 2, "description": "Hex bolt M8 x 40", "quantity": "100", "unit_price": "0.25", "tax_rate": "0"},
    ])
    lines = [
        {"line_no": 1, "description": "Hex bolt M8 x 40 zinc", "quantity": "100", "unit_price": "0.20", "tax_rate": "0"},
        {"line_no": 2, "description": "Hex bolt M8 x 40 black oxide", "quantity": "100", "unit_price": "0.25",
         "tax_rate": "0"},
    ]
    result = run(f.invoice(lines=lines), po)
    assert [(m.invoice_line, m.po_line_no) for m in result.lines] == [(1, 1), (2, 2)]
    assert codes(result) == []


def test_pairing_does_not_depend_on_line_order() -> None:
    import itertools

    po_lines = [
        {"line_no": n, "description": d, "quantity": "10", "unit_price": p, "tax_rate": "0"}
        for n, (d, p) in enumerate([("Cat6 patch cable 2m blue", "3.00"), ("Cat6 patch cable 5m blue", "5.00"),
                                     ("Cat6 patch cable 2m grey", "3.10"), ("USB-C charger 65W", "29.00")], start=1)
    ]
    wording = {1: "blue Cat6 patch cable, 2 m", 2: "Patch cable CAT6 5m (blue)", 3: "cat6 patch cable 2m, grey",
               4: "65W USB C charger"}
    for order in itertools.permutations([1, 2, 3, 4]):
        lines = [{"line_no": i, "description": wording[n], "quantity": "10", "unit_price": po_lines[n - 1]["unit_price"],
                  "tax_rate": "0"} for i, n in enumerate(order, start=1)]
        result = run(f.invoice(lines=lines), f.po(lines=po_lines))
        assert [m.po_line_no for m in result.lines] == list(order), order


def test_document_level_charges_and_allowances_add_up() -> None:
    invoice = f.invoice()  # subtotal 300.00, tax 57.00, total 357.00
    invoice["adjustments"] = [{"kind": "charge", "amount": "20.00", "tax_rate": "0.19", "reason": "Freight"},
                              {"kind": "allowance", "amount": "10.00", "tax_rate": "0.19"}]
    invoice["tax_total"] = "58.90"  # 57.00 + (20.00 − 10.00) × 0.19
    invoice["total"] = "368.90"  # 300.00 − 10.00 + 20.00 + 58.90
    result = run(invoice)
    assert "ARITHMETIC_ERROR" not in codes(result)
    assert codes(result) == ["OVERBILLED"]  # freight is not on the PO: 368.90 against 357.00
    invoice["total"] = "357.00"
    wrong = next(e for e in run(invoice).exceptions if e.code == "ARITHMETIC_ERROR")
    assert wrong.expected == "368.90" and "allowances and charges" in wrong.message


@pytest.mark.parametrize("po_name, invoice_name", [
    ("Batavia Techniek B.V.", "BATAVIA TECHNIEK BV"),
    ("Lone Star Industrial Supply Inc", "Lone Star Industrial Supply, Inc."),
    ("Nordlicht Consulting GmbH", "NORDLICHT CONSULTING G.M.B.H."),
    ("Shenzhen Bright Star Electronics Co., Ltd.", "Shenzhen Bright Star Electronics Company Limited"),
    ("上海华信办公设备有限公司", "上海华信办公设备"),
])
def test_legal_forms_do_not_make_a_vendor_mismatch(po_name: str, invoice_name: str) -> None:
    result = run(f.invoice(vendor={"name": invoice_name}), f.po(vendor={"name": po_name}))
    assert "VENDOR_MISMATCH" not in codes(result)


def test_different_vendors_still_mismatch_by_name() -> None:
    result = run(f.invoice(vendor={"name": "Batavia Handel B.V."}), f.po(vendor={"name": "Batavia Techniek B.V."}))
    assert codes(result) == ["VENDOR_MISMATCH"]
