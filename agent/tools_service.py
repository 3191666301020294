"""Stateless tool entry points for integrators and evals: the same code the graphs run."""

from __future__ import annotations

from typing import Any

from agent.intake import parse_invoice, validate
from core.settings import Settings
from storage import masterdata
from storage.db import Database
from tools.documents import GoodsReceipt, PurchaseOrder
from tools.invoices import InvoiceHistory, MatchConfig, MatchResult, match_invoice


def invoice_match(db: Database, settings: Settings, body: dict[str, Any]) -> MatchResult:
    """`{invoice or ubl_xml, purchase_order?, goods_receipts?}`; omitted documents come from master data."""
    invoice = parse_invoice({k: body.get(k) for k in ("invoice", "ubl_xml") if body.get(k) is not None}, ())
    po = validate(PurchaseOrder, body["purchase_order"], ("purchase_order",)) if body.get("purchase_order") else None
    receipts = [validate(GoodsReceipt, grn, ("goods_receipts", i))
                for i, grn in enumerate(body.get("goods_receipts") or [])]
    config = MatchConfig(price_tolerance_pct=settings.price_tolerance_pct,
                         price_tolerance_abs=settings.price_tolerance_abs,
                         amount_tolerance=settings.amount_tolerance)
    if po is None and invoice.po_number:
        with db.session() as session:
            po = masterdata.get_purchase_order(session, po_number=invoice.po_number)
            if po is not None and "goods_receipts" not in body:
                receipts = masterdata.goods_receipts_for(session, po_number=po.po_number)
    return match_invoice(invoice, po, receipts, history=InvoiceHistory(), config=config)
