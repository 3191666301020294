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
        with db.engine.connect() as connection:
            collation = connection.exec_driver_sql(
                "SELECT collation_name FROM information_schema.columns "
                "WHERE table_name = 'invoices' AND column_name = 'number_shape'").scalar()
    finally:
        db.dispose()
    assert collation == "C"  # the look-alike range search needs byte order, whatever the database's default
    assert {"tasks", "task_events", "api_keys", "sources", "webhook_events", "vendors", "vendor_bank_accounts",
            "purchase_orders", "purchase_order_lines", "goods_receipts", "goods_receipt_lines", "jobs", "invoices",
            "deliveries", "risk_flags", "vendor_first_digits", "alembic_version"} <= tables


def test_webhook_to_decision_on_postgres(harness_factory, postgres_url: str) -> None:
    h = harness_factory(postgres_url)
    assert h.client.get("/readyz").json()["database"] == "postgresql"
    task = paused_task(h, receipts=[f.grn()])
    assert task["proposal"]["amount_to_pay"] == "357.00"
    final = resume(h, task, "fiona", "edit", edits={"amount_to_pay": "350.50"}).json()
    assert final["status"] == "approved" and final["result"]["outcome"]["amount_to_pay"] == "350.50"
    assert resume(h, task, "gary").status_code == 409
    with h.services.db.engine.connect() as connection:  # the finished task keeps only its latest checkpoint
        kept = connection.exec_driver_sql("SELECT COUNT(*) FROM checkpoints WHERE thread_id = %(t)s",
                                          {"t": task["id"]}).scalar()
    assert kept == 1
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


def test_risk_lookups_on_postgres(harness_factory, postgres_url: str) -> None:
    """The look-alike number search is a range on (vendor, number shape): it must hold under PostgreSQL's
    collation as under SQLite's binary order."""
    h = harness_factory(postgres_url)
    h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789",
                                          "bank_account": "DE11", "created_at": "2024-01-10T00:00:00Z"}))
    h.webhook(f.event("purchase_order.upserted", f.po()))
    paused_task(h, f.invoice("INV-1001"))
    for number, expected in (("INV-1001-B", ["POSSIBLE_DUPLICATE"]), ("inv 1001", ["POSSIBLE_DUPLICATE"]),
                             ("INV-10012", []), ("INV-1001", ["DUPLICATE_INVOICE"])):
        invoice = f.invoice(number)
        invoice["total"] = "1.00"  # another amount: only the number can make it a duplicate
        invoice["subtotal"] = invoice["tax_total"] = None
        flags = h.client.post("/v1/tools/risk-flags", headers=h.auth("fiona"), json={"invoice": invoice}).json()["flags"]
        assert [flag["code"] for flag in flags] == expected, number


def test_candidates_and_policies_on_postgres(harness_factory, postgres_url: str) -> None:
    from tests.api.test_candidates import JOB, screened
    from tests.tools.test_policies import HANDBOOK_ZH
    from tests.tools.test_resumes import EN

    h = harness_factory(postgres_url, policy_dense=False)
    h.webhook(f.event("job.upserted", JOB))
    task = screened(h, {"text": EN}, {"gender": "female"})
    assert task["proposal"]["score"] == 100 and task["domain"] == "hr"
    report = h.client.get("/v1/reports/adverse-impact", headers=h.auth("harry"), params={"job_id": "JOB-DE"}).json()
    assert report["candidates"] == 1 and report["dimensions"]["gender"]["groups"][0]["n"] == 1
    assert h.client.post("/v1/policies", headers=h.auth("admin"),
                         json={"title": "试用期规定", "text": HANDBOOK_ZH}).status_code == 201
    answer = h.client.post("/v1/tools/policy-lookup", headers=h.auth("sam"),
                           json={"question": "三年合同的试用期最长多久？"}).json()
    assert answer["found"] and answer["citations"][0]["section"] == "第二条"
    assert h.client.delete(f"/v1/policies/{answer['citations'][0]['doc_id']}",
                           headers=h.auth("admin")).status_code == 204
