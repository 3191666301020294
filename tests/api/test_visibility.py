"""Who may see what (security findings 3, 5, 13): vendor master data, invoice history and risk evidence are for
finance and compliance reviewers and admins; a requester sees the status of their task, not its documents; an
invoice approved for payment is never proposed for payment again."""

from __future__ import annotations

import re

from tests import factories as f
from tests.api.test_chat import ask
from tests.api.test_reviews import paused_task, resume
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.ui.test_pages import sign_in

VENDOR = {"vendor_id": "V1", "name": "Vendor One GmbH", "tax_id": "DE123456789", "bank_account": "DE89 3704 0044"}


def test_risk_flags_tool_is_for_finance_compliance_and_admins(h: Harness) -> None:
    h.make_key("carla", "reviewer", ["compliance"])
    h.webhook(f.event("vendor.upserted", VENDOR))
    paused_task(h)  # INV-1 is on record
    invoice = f.invoice()
    invoice["vendor"]["bank_account"] = "FR76 3000 6000 0112 3456 7890 189"
    for who in ("sam", "harry"):
        denied = h.client.post("/v1/tools/risk-flags", headers=h.auth(who), json={"invoice": invoice})
        assert_problem(denied, 403)
        assert "DE89" not in denied.text and "task" not in denied.json()["detail"]
    for who in ("fiona", "carla", "admin"):
        allowed = h.client.post("/v1/tools/risk-flags", headers=h.auth(who), json={"invoice": invoice})
        assert allowed.status_code == 200
        assert {flag["code"] for flag in allowed.json()["flags"]} >= {"DUPLICATE_INVOICE", "BANK_ACCOUNT_MISMATCH"}


def test_invoice_match_reads_stored_documents_only_for_finance_compliance_and_admins(h: Harness) -> None:
    paused_task(h)  # PO-1 and its receipts are in master data
    assert_problem(h.client.post("/v1/tools/invoice-match", headers=h.auth("sam"), json={"invoice": f.invoice()}), 403)
    assert_problem(h.client.post("/v1/tools/invoice-match", headers=h.auth("harry"),
                                 json={"invoice": f.invoice(), "purchase_order": f.po()}), 403)
    inline = h.client.post("/v1/tools/invoice-match", headers=h.auth("sam"),
                           json={"invoice": f.invoice(), "purchase_order": f.po(), "goods_receipts": [f.grn()]})
    assert inline.status_code == 200 and inline.json()["match_type"] == "three_way"
    stored = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), json={"invoice": f.invoice()})
    assert stored.status_code == 200 and stored.json()["match_type"] in ("two_way", "three_way")


def test_vendor_risk_is_not_for_other_domains_nor_through_chat_for_staff(h: Harness) -> None:
    h.make_key("carla", "reviewer", ["compliance"])
    h.webhook(f.event("vendor.upserted", VENDOR))
    paused_task(h)
    assert_problem(h.client.get("/v1/vendors/V1/risk", headers=h.auth("harry")), 403)
    assert h.client.get("/v1/vendors/V1/risk", headers=h.auth("carla")).status_code == 200
    for who in ("sam", "harry"):
        reply = ask(h, "What is the risk of V1?", who=who)
        assert reply["intent"] == "vendor_risk" and reply["status"] == "forbidden"
        assert "Vendor One" not in reply["reply"] and "risk flag(s)" not in reply["reply"]
    chinese = ask(h, "V1 的风险怎么样？", who="sam")
    assert chinese["status"] == "forbidden" and "财务" in chinese["reply"]
    assert ask(h, "What is the risk of V1?", who="carla")["status"] == "answered"


def test_recheck_of_an_approved_invoice_is_a_duplicate_and_the_requester_sees_status_only(h: Harness) -> None:
    original = paused_task(h, receipts=[f.grn()])
    assert original["proposal"]["action"] == "approve_for_payment"
    assert resume(h, original, "gary").status_code == 200  # approved for payment

    answer = ask(h, "please check invoice INV-1 again")
    assert answer["task_id"] and answer["task_id"] != original["id"]
    h.drain()
    recheck = h.task(answer["task_id"], who="fiona")
    assert recheck["proposal"]["action"] != "approve_for_payment"
    duplicate = [flag for flag in recheck["risk_flags"] if flag["code"] == "DUPLICATE_INVOICE"]
    assert duplicate and duplicate[0]["severity"] == "high"
    assert original["id"] in str(duplicate[0]["evidence"])

    mine = h.task(answer["task_id"], who="sam")  # the requester, a staff key
    assert mine["view"] == "status" and mine["status"] == "awaiting_review"
    assert mine["result"] is None and mine["risk_flags"] == [] and mine["events"] == []
    assert mine["proposal"] == {"action": recheck["proposal"]["action"]}
    assert "357" not in _without_ids(str(mine)) and "PO-1" not in str(mine)

    sign_in(h, "sam")
    page = h.client.get(f"/ui/tasks/{answer['task_id']}")
    assert page.status_code == 200 and "357" not in _without_ids(page.text) and "Steel bolts" not in page.text


def _without_ids(text: str) -> str:
    """The text without random identifiers (task ids, CSRF tokens), which may hold "357" by chance: the amount
    must not be there, a token's digits are no amount."""
    return re.sub(r"[0-9a-fA-F-]{16,}|[A-Za-z0-9_-]{32,}", " ", text)


def test_recheck_of_a_rejected_invoice_is_not_its_own_duplicate(h: Harness) -> None:
    original = paused_task(h, receipts=[f.grn()])
    assert resume(h, original, "gary", "reject", comment="wrong").status_code == 200
    answer = ask(h, "please check invoice INV-1 again")
    h.drain()
    recheck = h.task(answer["task_id"], who="fiona")
    assert recheck["proposal"]["action"] == "approve_for_payment"
    assert not {flag["code"] for flag in recheck["risk_flags"]} & {"DUPLICATE_INVOICE", "POSSIBLE_DUPLICATE"}

