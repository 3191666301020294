"""Risk flags through the service: on the task, in the proposal, in the decision rule, and for audits."""

from __future__ import annotations

from tests import factories as f
from tests.api.test_reviews import paused_task, resume
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness

VENDOR = {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789", "bank_account": "DE11",
          "created_at": "2024-01-10T00:00:00Z"}


def test_a_bank_account_change_holds_a_clean_invoice_and_needs_a_comment(h: Harness) -> None:
    assert h.webhook(f.event("vendor.upserted", VENDOR)).status_code == 200
    # The change arrives now, shortly before the invoice: the classic payment-diversion pattern.
    assert h.webhook(f.event("vendor.upserted", VENDOR | {"bank_account": "LT99"})).status_code == 200
    task = paused_task(h, receipts=[f.grn()])
    assert task["result"]["match"]["status"] == "matched"
    assert [flag["code"] for flag in task["risk_flags"]] == ["BANK_ACCOUNT_CHANGED"]
    flag = task["risk_flags"][0]
    assert flag["severity"] == "high" and flag["evidence"]["changes"][0]["from"] == "DE11"
    assert task["proposal"]["action"] == "hold" and task["proposal"]["comment_required"] is True
    assert "BANK_ACCOUNT_CHANGED" in task["proposal"]["rationale"]
    body = assert_problem(resume(h, task, "fiona"), 422)
    assert body["errors"][0]["field"] == "comment"
    assert h.task(task["id"])["status"] == "awaiting_review"
    final = resume(h, task, "fiona", comment="called the vendor on the number we hold: change confirmed")
    assert final.status_code == 200 and final.json()["status"] == "approved"
    assert "flags_raised" in [e["type"] for e in final.json()["events"]]


def test_rejecting_with_high_flags_needs_no_comment(h: Harness) -> None:
    h.webhook(f.event("vendor.upserted", VENDOR))
    h.webhook(f.event("vendor.upserted", VENDOR | {"bank_account": "LT99"}))
    task = paused_task(h)
    assert resume(h, task, "fiona", "reject").json()["status"] == "rejected"


def test_vendor_risk_view_lists_flags_and_benford(h: Harness) -> None:
    h.webhook(f.event("vendor.upserted", VENDOR))
    h.webhook(f.event("vendor.upserted", VENDOR | {"bank_account": "LT99"}))
    paused_task(h)
    view = h.client.get("/v1/vendors/V1/risk", headers=h.auth("fiona")).json()
    assert view["flag_counts"] == {"BANK_ACCOUNT_CHANGED": 1}
    assert view["benford"]["n"] == 1 and [row["count"] for row in view["benford"]["digits"]][2] == 1  # 357.00
    assert view["benford"]["conformity"] == "too few invoices to judge (fewer than 50)"
    assert_problem(h.client.get("/v1/vendors/NOPE/risk", headers=h.auth("fiona")), 404)
    assert_problem(h.client.get("/v1/vendors/V1/risk", headers=h.auth("sam")), 403)


def test_risk_flags_tool_uses_master_data_and_history(h: Harness) -> None:
    h.webhook(f.event("vendor.upserted", VENDOR))
    h.webhook(f.event("purchase_order.upserted", f.po()))
    first = paused_task(h)
    assert first["risk_flags"] == []
    invoice = f.invoice(" inv-1 ")  # the same number, trimmed and case-folded
    invoice["vendor"]["bank_account"] = "FR76 3000 6000 0112 3456 7890 189"
    response = h.client.post("/v1/tools/risk-flags", headers=h.auth("fiona"), json={"invoice": invoice})
    assert response.status_code == 200
    codes = sorted(flag["code"] for flag in response.json()["flags"])
    assert codes == ["BANK_ACCOUNT_MISMATCH", "DUPLICATE_INVOICE"]
    alike = f.invoice("INV 1")  # equal only once the punctuation is dropped
    flags = h.client.post("/v1/tools/risk-flags", headers=h.auth("fiona"), json={"invoice": alike}).json()["flags"]
    assert [flag["code"] for flag in flags] == ["POSSIBLE_DUPLICATE"]
    assert flags[0]["evidence"]["similar"][0]["why"] == [
        "same amount within 7 days", "same number but for punctuation, spaces, case or leading zeros"]
    assert_problem(h.client.post("/v1/tools/risk-flags", headers=h.auth("fiona"), json={"invoice": {}}), 422)
