"""One invoice context for the review graph and the tool endpoints (issue 20): a vendor's own tolerances change
the outcome through both paths alike (before, POST /v1/tools/invoice-match ignored them)."""

from __future__ import annotations

from tests import factories as f
from tests.api.test_invoice_sources import start
from tests.api.test_webhooks import load_po
from tests.conftest import Harness


def _invoice(number: str, po_number: str) -> dict:
    """100 bolts at 2.10 where the PO says 2.00: 5 % over."""
    return f.invoice(number, po_number=po_number, lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8",
                                                          "quantity": "100", "unit_price": "2.10", "tax_rate": "0.19"}])


def _codes(match: dict) -> list[str]:
    return sorted(e["code"] for e in match["exceptions"])


def _both(h: Harness, number: str, po_number: str) -> tuple[list[str], list[str]]:
    load_po(h, f.po(po_number))
    invoice = _invoice(number, po_number)
    tool = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), json={"invoice": invoice})
    assert tool.status_code == 200, tool.text
    task = start(h, {"invoice": invoice})
    return _codes(tool.json()), _codes(task["result"]["match"])


def test_a_vendor_tolerance_changes_the_outcome_through_the_tool_and_the_task(h: Harness) -> None:
    assert _both(h, "INV-T1", "PO-T1") == (["PRICE_VARIANCE"], ["PRICE_VARIANCE"])  # over the default 2 %
    vendor = {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789",
              "tolerances": {"price_tolerance_pct": "10"}}
    assert h.webhook(f.event("vendor.upserted", vendor)).status_code == 200
    assert _both(h, "INV-T2", "PO-T2") == ([], [])  # within the vendor's 10 %
