"""The same code on PostgreSQL: migrations, app tables, LangGraph's postgres checkpointer, the whole path."""

from __future__ import annotations

import pytest
from sqlalchemy import inspect

from storage import masterdata
from storage.db import Database, upgrade
from storage.models import PurchaseOrderLine
from tests import factories as f
from tests.api.test_reviews import paused_task, resume

pytestmark = pytest.mark.postgres


def test_migrations_create_the_tables(postgres_url: str) -> None:
    upgrade(postgres_url)
    upgrade(postgres_url)  # a second run is a no-op
    db = Database(postgres_url)
    try:
        tables = set(inspect(db.engine).get_table_names())
    finally:
        db.dispose()
    assert {"tasks", "task_events", "api_keys", "sources", "webhook_events", "vendors", "vendor_bank_accounts",
            "purchase_orders", "purchase_order_lines", "goods_receipts", "goods_receipt_lines", "jobs", "invoices",
            "deliveries", "alembic_version"} <= tables


def test_webhook_to_decision_on_postgres(harness_factory, postgres_url: str) -> None:
    h = harness_factory(postgres_url)
    assert h.client.get("/readyz").json()["database"] == "postgresql"
    task = paused_task(h, receipts=[f.grn()])
    assert task["proposal"]["amount_to_pay"] == "357.00"
    final = resume(h, task, "fiona", "edit", edits={"amount_to_pay": "350.50"}).json()
    assert final["status"] == "approved" and final["result"]["outcome"]["amount_to_pay"] == "350.50"
    assert resume(h, task, "gary").status_code == 409
    replay = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-1")}))
    h.drain()
    codes = {e["code"] for e in h.task(replay.json()["task_id"])["result"]["match"]["exceptions"]}
    assert "DUPLICATE_INVOICE" in codes


def test_decimals_are_exact_on_postgres(harness_factory, postgres_url: str) -> None:
    assert_decimals_exact(harness_factory(postgres_url))


def assert_decimals_exact(h) -> None:
    lines = [{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "0.333333",
              "unit_price": "123456789012.123456", "tax_rate": "0"}]
    h.webhook(f.event("purchase_order.upserted", f.po(lines=lines)))
    with h.services.db.session() as session:
        po = masterdata.get_purchase_order(session, po_number="PO-1")
        row = session.get(PurchaseOrderLine, ("PO-1", 1))
    assert str(po.lines[0].unit_price) == "123456789012.123456"
    assert str(row.unit_price) == "123456789012.123456" and str(row.quantity) == "0.333333"
