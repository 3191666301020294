"""The contract's tasks-and-reviews section: who may decide, compare-and-set, four eyes, edits."""

from __future__ import annotations

import threading
from decimal import Decimal

import pytest

from tests import factories as f
from tests.api.test_webhooks import assert_problem, load_po
from tests.conftest import Harness


def paused_task(h: Harness, invoice: dict | None = None, *, po: dict | None = None,
                receipts: list[dict] | None = None) -> dict:
    load_po(h, po, receipts)
    response = h.webhook(f.event("invoice.received", {"invoice": invoice or f.invoice()}))
    assert response.status_code == 202, response.text
    assert h.drain() == 1
    task = h.task(response.json()["task_id"])
    assert task["status"] == "awaiting_review", task
    return task


def resume(h: Harness, task: dict, who: str, decision: str = "approve", **extra):
    body = {"decision": decision, "version": task["version"], **extra}
    return h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth(who), json=body)


def test_clean_invoice_pauses_with_a_payment_proposal(h: Harness) -> None:
    task = paused_task(h, receipts=[f.grn()])
    assert task["proposal"]["action"] == "approve_for_payment"
    assert task["proposal"]["amount_to_pay"] == "357.00"  # (100 × 2.00 + 200 × 0.50) × 1.19
    assert task["result"]["match"]["match_type"] == "three_way"
    assert task["result"]["match"]["exceptions"] == []
    assert [e["type"] for e in task["events"]] == ["created", "tool_run", "flags_raised", "paused"]
    assert task["review_due_at"] is not None


def test_invoice_with_exceptions_is_proposed_for_hold(h: Harness) -> None:
    invoice = f.invoice(lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "100",
                                "unit_price": "2.10", "tax_rate": "0.19"}])
    task = paused_task(h, invoice, receipts=[f.grn(lines=[(1, "60")])])
    assert task["proposal"]["action"] == "hold"
    codes = {e["code"] for e in task["result"]["match"]["exceptions"]}
    assert codes == {"PRICE_VARIANCE", "QTY_EXCEEDS_RECEIVED"}
    # Short payment: the PO supports 100 × 2.00 × 1.19 = 238.00 of the invoice's 249.90.
    assert task["proposal"]["amount_to_pay"] == "238.00"


def test_approve_records_the_decision_and_finalizes(h: Harness) -> None:
    task = paused_task(h)
    response = resume(h, task, "fiona", comment="looks right")
    assert response.status_code == 200, response.text
    final = response.json()
    assert final["status"] == "approved"
    assert final["version"] > task["version"]
    assert final["review"]["by"] == "fiona" and final["review"]["comment"] == "looks right"
    assert final["review"]["payload_hash"] == task["events"][-1]["data"]["payload_hash"]
    assert final["result"]["outcome"] == {"status": "approved", "amount_to_pay": "357.00", "currency": "EUR",
                                          "edited": False}
    types = [e["type"] for e in final["events"]]
    assert types == ["created", "tool_run", "flags_raised", "paused", "decided", "finalized"]
    decided = final["events"][4]
    assert decided["actor"] == "fiona" and decided["data"]["decision"] == "approve"


def test_reject_ends_rejected(h: Harness) -> None:
    task = paused_task(h)
    final = resume(h, task, "fiona", "reject", comment="not ours").json()
    assert final["status"] == "rejected"
    assert final["result"]["outcome"]["amount_to_pay"] is None


def test_edit_changes_the_amount_then_approves(h: Harness) -> None:
    task = paused_task(h)
    final = resume(h, task, "fiona", "edit", edits={"amount_to_pay": "300.00"}, comment="credit agreed").json()
    assert final["status"] == "approved"
    assert final["result"]["outcome"]["amount_to_pay"] == "300.00"
    assert final["result"]["outcome"]["edited"] is True


@pytest.mark.parametrize("edits, status", [
    (None, 422),
    ({"amount_to_pay": "-1"}, 422),
    ({"amount_to_pay": "357.01"}, 422),  # more than the invoice total
    ({"amount_to_pay": "NaN"}, 422),
    ({"amount_to_pay": "100", "vendor": "x"}, 422),
    ({"total": "100"}, 422),
])
def test_invalid_edits_are_422_and_change_nothing(h: Harness, edits, status: int) -> None:
    task = paused_task(h)
    body = {"decision": "edit", "version": task["version"]}
    if edits is not None:
        body["edits"] = edits
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"), json=body)
    assert_problem(response, status)
    after = h.task(task["id"])
    assert after["status"] == "awaiting_review" and after["version"] == task["version"]


def test_edits_with_approve_are_refused(h: Harness) -> None:
    task = paused_task(h)
    assert_problem(resume(h, task, "fiona", edits={"amount_to_pay": "1"}), 422)


def test_reviewer_of_another_domain_is_403(h: Harness) -> None:
    task = paused_task(h)
    assert_problem(resume(h, task, "harry"), 403)
    assert h.task(task["id"])["status"] == "awaiting_review"


def test_staff_cannot_decide(h: Harness) -> None:
    task = paused_task(h)
    assert_problem(resume(h, task, "sam"), 403)


def test_four_eyes_requester_cannot_decide(h: Harness) -> None:
    task = paused_task(h)
    # A key named like the task's requester (the source "erp") is refused: the name is the source's holder id.
    named = h.client.post("/v1/admin/keys", headers=h.auth("admin"),
                          json={"name": "erp", "role": "reviewer", "domains": ["finance"]})
    assert_problem(named, 409)
    # A key given to the source's own holder, on purpose, is the requester: it cannot decide.
    held = h.client.post("/v1/admin/keys", headers=h.auth("admin"),
                         json={"name": "erp integration", "holder_id": "erp", "role": "reviewer", "domains": ["finance"]})
    assert held.status_code == 201 and held.json()["holder"]["kind"] == "system"
    h.keys["erp"] = held.json()["key"]
    body = assert_problem(resume(h, task, "erp"), 403)
    assert "four eyes" in body["detail"]


def test_four_eyes_po_requester_cannot_pay_their_own_order(h: Harness) -> None:
    task = paused_task(h)  # the PO's requester is "rita"
    h.make_key("Rita", "reviewer", ["finance"])
    assert_problem(resume(h, task, "Rita"), 403)


def test_stale_version_is_409(h: Harness) -> None:
    task = paused_task(h)
    body = {"decision": "approve", "version": task["version"] - 1}
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"), json=body)
    assert_problem(response, 409)


@pytest.mark.parametrize("version", ["3", 3.0, None, True])
def test_version_must_be_an_integer(h: Harness, version) -> None:
    task = paused_task(h)
    response = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"),
                             json={"decision": "approve", "version": version})
    assert response.status_code in (409, 422)
    assert h.task(task["id"])["status"] == "awaiting_review"


def test_already_decided_is_409_and_not_decided_twice(h: Harness) -> None:
    task = paused_task(h)
    assert resume(h, task, "fiona").status_code == 200
    assert_problem(resume(h, task, "gary", "reject"), 409)
    final = h.task(task["id"])
    assert final["status"] == "approved"
    assert [e["type"] for e in final["events"]].count("decided") == 1


def test_two_reviewers_racing_one_wins(h: Harness) -> None:
    task = paused_task(h)
    barrier = threading.Barrier(2)
    results: dict[str, int] = {}

    def decide(who: str, decision: str) -> None:
        barrier.wait()
        results[who] = resume(h, task, who, decision).status_code

    threads = [threading.Thread(target=decide, args=("fiona", "approve")),
               threading.Thread(target=decide, args=("gary", "reject"))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(results.values()) == [200, 409]
    final = h.task(task["id"])
    winner = next(who for who, code in results.items() if code == 200)
    assert final["review"]["by"] == winner
    assert final["status"] == ("approved" if winner == "fiona" else "rejected")
    assert [e["type"] for e in final["events"]].count("decided") == 1


def test_decision_on_queued_task_is_409(h: Harness) -> None:
    load_po(h)
    task_id = h.webhook(f.event("invoice.received", {"invoice": f.invoice()})).json()["task_id"]
    task = h.task(task_id)
    assert_problem(resume(h, task, "fiona"), 409)


def test_unknown_task_is_404(h: Harness) -> None:
    response = h.client.post("/v1/tasks/nope/resume", headers=h.auth("fiona"),
                             json={"decision": "approve", "version": 1})
    assert_problem(response, 404)


@pytest.mark.parametrize("body", [{"decision": "pay", "version": 1}, {"version": 1}, {"decision": "approve"},
                                  {"decision": "approve", "version": 1, "extra": 1}])
def test_malformed_resume_body_is_422(h: Harness, body) -> None:
    task = paused_task(h)
    assert_problem(h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"), json=body), 422)


def test_reviews_lists_pending_in_my_domains_oldest_first(h: Harness) -> None:
    load_po(h)
    ids = [h.webhook(f.event("invoice.received", {"invoice": f.invoice(f"INV-{n}")})).json()["task_id"]
           for n in range(3)]
    h.drain()
    response = h.client.get("/v1/reviews", headers=h.auth("fiona"))
    assert response.status_code == 200
    items = response.json()["items"]
    assert [item["task_id"] for item in items] == ids
    first = items[0]
    assert first["allowed_decisions"] == ["approve", "reject", "edit"]
    assert first["kind"] == "invoice_review" and first["domain"] == "finance"
    assert set(first) >= {"task_id", "kind", "domain", "summary", "proposal", "risk_flags", "created_at", "version",
                          "allowed_decisions"}
    assert h.client.get("/v1/reviews", headers=h.auth("harry")).json()["items"] == []
    assert_problem(h.client.get("/v1/reviews", headers=h.auth("sam")), 403)


def test_reviews_paginate_with_a_cursor(h: Harness) -> None:
    load_po(h)
    ids = [h.webhook(f.event("invoice.received", {"invoice": f.invoice(f"INV-{n}")})).json()["task_id"]
           for n in range(5)]
    h.drain()
    seen, cursor = [], None
    for _ in range(5):
        params = {"limit": 2} | ({"cursor": cursor} if cursor else {})
        page = h.client.get("/v1/reviews", headers=h.auth("fiona"), params=params).json()
        seen += [item["task_id"] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == ids
    assert_problem(h.client.get("/v1/reviews", headers=h.auth("fiona"), params={"cursor": "%%%"}), 400)
    assert_problem(h.client.get("/v1/reviews", headers=h.auth("fiona"), params={"limit": 0}), 422)


def test_overdue_filter(harness_factory) -> None:
    h = harness_factory(review_sla_hours={"invoice_review": 0.0})
    task = paused_task(h)
    items = h.client.get("/v1/reviews", headers=h.auth("fiona"), params={"overdue": "true"}).json()["items"]
    assert [item["task_id"] for item in items] == [task["id"]]
    assert items[0]["overdue"] is True


def test_task_visibility(h: Harness) -> None:
    task = paused_task(h)
    assert h.client.get(f"/v1/tasks/{task['id']}", headers=h.auth("fiona")).status_code == 200
    assert_problem(h.client.get(f"/v1/tasks/{task['id']}", headers=h.auth("harry")), 403)
    assert_problem(h.client.get(f"/v1/tasks/{task['id']}", headers=h.auth("sam")), 403)


def test_duplicate_invoice_is_caught_from_history(h: Harness) -> None:
    first = paused_task(h, receipts=[f.grn()])
    assert resume(h, first, "fiona").status_code == 200
    again = h.webhook(f.event("invoice.received", {"invoice": f.invoice(" inv-1 ")}))
    h.drain()
    task = h.task(again.json()["task_id"])
    codes = {e["code"] for e in task["result"]["match"]["exceptions"]}
    assert "DUPLICATE_INVOICE" in codes and "QTY_EXCEEDS_ORDERED" in codes and "OVERBILLED" in codes
    assert task["proposal"]["action"] == "hold"
    assert task["proposal"]["recommended_action"] == "reject"


def test_money_stays_exact_through_the_whole_path(h: Harness) -> None:
    lines = [{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "3",
              "unit_price": "0.1", "tax_rate": "0"}]
    po = f.po(lines=[dict(lines[0], quantity="3")])
    task = paused_task(h, f.invoice(lines=lines), po=po)
    assert task["result"]["match"]["totals"]["invoice_total"] == "0.30"
    assert Decimal(task["proposal"]["amount_to_pay"]) == Decimal("0.30")


def test_vendor_tolerances_in_master_data_override_the_defaults(h: Harness) -> None:
    invoice = f.invoice(lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "10",
                                "unit_price": "2.10", "tax_rate": "0.19"}])  # 5 % above the PO's 2.00
    vendor = {"vendor_id": "V1", "name": "Vendor One GmbH", "tolerances": {"price_tolerance_pct": "6"}}
    assert h.webhook(f.event("vendor.upserted", vendor)).status_code == 200
    task = paused_task(h, invoice)
    assert "PRICE_VARIANCE" not in {e["code"] for e in task["result"]["match"]["exceptions"]}
    strict = {"vendor_id": "V1", "name": "Vendor One GmbH", "tolerances": {"price_tolerance_pct": "1"}}
    assert h.webhook(f.event("vendor.upserted", strict)).status_code == 200
    again = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-2", lines=[
        {"line_no": 1, "sku": "A-1", "description": "Steel bolts M8", "quantity": "10", "unit_price": "2.03",
         "tax_rate": "0.19"}])}))
    h.drain()
    codes = {e["code"] for e in h.task(again.json()["task_id"])["result"]["match"]["exceptions"]}
    assert "PRICE_VARIANCE" in codes  # 1.5 % is over this vendor's 1 %


def test_ubl_invoice_through_the_webhook(h: Harness) -> None:
    from tests.tools.test_ubl import UBL

    load_po(h, receipts=[f.grn()])
    response = h.webhook(f.event("invoice.received", {"ubl_xml": UBL}))
    assert response.status_code == 202
    h.drain()
    task = h.task(response.json()["task_id"])
    match = task["result"]["match"]
    assert match["status"] == "matched" and match["match_type"] == "three_way"
    assert [line["pairing"] for line in match["lines"]] == ["po_line_ref", "description"]
    assert task["proposal"]["amount_to_pay"] == "357.00"
    zero = UBL.replace(">200</cbc:InvoicedQuantity>", ">0</cbc:InvoicedQuantity>")
    body = h.webhook(f.event("invoice.received", {"ubl_xml": zero})).json()
    assert body["status"] == 422 and "data.ubl_xml.lines.1.quantity" in [e["field"] for e in body["errors"]]
    assert "must not be zero" in body["detail"]
