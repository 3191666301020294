"""Small builders of contract documents for tests (plain dicts, as an ERP would send them)."""

from __future__ import annotations

import copy
import itertools
from typing import Any

_counter = itertools.count(1)


def po(po_number: str = "PO-1", *, lines: list[dict[str, Any]] | None = None, status: str = "open",
       currency: str = "EUR", vendor: dict[str, Any] | None = None, requester: str | None = "rita") -> dict[str, Any]:
    return {
        "po_number": po_number,
        "vendor": vendor or {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789"},
        "order_date": "2026-10-01", "currency": currency, "status": status, "requester": requester,
        "approver": "max",
        "lines": lines or [
            {"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "100", "unit_price": "2.00",
             "tax_rate": "0.19"},
            {"line_no": 2, "sku": "B-2", "description": "Hex nuts M8", "quantity": "200", "unit_price": "0.50",
             "tax_rate": "0.19"},
        ],
    }


def grn(po_number: str = "PO-1", *, grn_number: str | None = None,
        lines: list[tuple[int, str]] | None = None) -> dict[str, Any]:
    return {
        "grn_number": grn_number or f"GRN-{next(_counter)}", "po_number": po_number, "received_date": "2026-10-05",
        "lines": [{"po_line_no": n, "quantity_received": q} for n, q in (lines or [(1, "100"), (2, "200")])],
    }


def invoice(number: str = "INV-1", *, po_number: str | None = "PO-1",
            lines: list[dict[str, Any]] | None = None, currency: str = "EUR",
            vendor: dict[str, Any] | None = None) -> dict[str, Any]:
    """An invoice whose totals add up from its lines (unless the caller overrides them after)."""
    lines = copy.deepcopy(lines) if lines is not None else [
        {"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "100", "unit_price": "2.00",
         "tax_rate": "0.19"},
        {"line_no": 2, "sku": "B-2", "description": "Hex nuts M8", "quantity": "200", "unit_price": "0.50",
         "tax_rate": "0.19"},
    ]
    from decimal import Decimal

    subtotal = Decimal("0")
    tax = Decimal("0")
    for line in lines:
        amount = Decimal(line["quantity"]) * Decimal(line["unit_price"])
        line.setdefault("amount", format(amount.quantize(Decimal("0.01")), "f"))
        subtotal += amount
        tax += amount * Decimal(line.get("tax_rate", "0"))
    return {
        "invoice_number": number,
        "vendor": vendor or {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789"},
        "po_number": po_number, "issue_date": "2026-10-06", "currency": currency, "lines": lines,
        "subtotal": format(subtotal.quantize(Decimal("0.01")), "f"),
        "tax_total": format(tax.quantize(Decimal("0.01")), "f"),
        "total": format((subtotal + tax).quantize(Decimal("0.01")), "f"),
    }


def event(type_: str, data: dict[str, Any], event_id: str | None = None) -> dict[str, Any]:
    return {"id": event_id or f"auto-evt-{next(_counter)}", "type": type_, "data": data}
