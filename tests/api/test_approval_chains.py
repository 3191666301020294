"""Approval chains (issue 21): policies as data, one interrupt per step, n eyes, edits that re-evaluate the
chain, delegation, escalation, and the race at each step."""

from __future__ import annotations

import datetime as dt
import threading

import pytest

from core.clock import Clock, use_clock, utcnow
from tests import factories as f
from tests.api.test_webhooks import assert_problem, load_po
from tests.conftest import Harness

FINANCE_POLICY = {
    "basis": "amount",
    "bands": [
        {"up_to": "50000", "steps": [{"group": "ap-reviewers"}]},
        {"above": "50000", "up_to": "1000000",
         "steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"}]},
        {"above": "1000000",
         "steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"}, {"group": "cfo"}]},
    ],
}


def setup_chain(h: Harness, policy: dict | None = None) -> None:
    """fiona and gary review AP; gary and mona are finance managers; carl is the CFO."""
    for name in ("mona", "mike", "carl", "dora"):
        h.make_key(name, "reviewer", ["finance"])
    for name, members in (("ap-reviewers", ["fiona", "gary"]), ("finance-managers", ["gary", "mona", "mike"]),
                          ("cfo", ["carl"])):
        response = h.client.put(f"/v1/admin/groups/{name}", headers=h.auth("admin"),
                                json={"domain": "finance", "members": members})
        assert response.status_code == 200, response.text
    response = h.client.put("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin"),
                            json=policy or FINANCE_POLICY)
    assert response.status_code == 200, response.text


def paused_invoice(h: Harness, amount: str, number: str = "INV-1") -> dict:
    lines = [{"line_no": 1, "sku": "A-1", "description": "Machine", "quantity": "1", "unit_price": amount,
              "tax_rate": "0"}]
    load_po(h, f.po(lines=lines))
    response = h.webhook(f.event("invoice.received", {"invoice": f.invoice(number, lines=lines)}))
    assert response.status_code == 202, response.text
    h.drain()
    task = h.task(response.json()["task_id"])
    assert task["status"] == "awaiting_review", task
    return task


def resume(h: Harness, task: dict, who: str, decision: str = "approve", **extra):
    body = {"decision": decision, "version": task["version"], "comment": "checked", **extra}
    return h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth(who), json=body)


def approve_ok(h: Harness, task: dict, who: str, decision: str = "approve", **extra) -> dict:
    response = resume(h, task, who, decision, **extra)
    assert response.status_code == 200, response.text
    return response.json()


def inbox(h: Harness, who: str, **params) -> list[str]:
    response = h.client.get("/v1/reviews", headers=h.auth(who), params=params)
    assert response.status_code == 200, response.text
    return [item["task_id"] for item in response.json()["items"]]


@pytest.mark.parametrize("amount, groups", [
    ("30000.00", ["ap-reviewers"]),
    ("300000.00", ["ap-reviewers", "finance-managers"]),
    ("3000000.00", ["ap-reviewers", "finance-managers", "cfo"]),
])
def test_the_amount_decides_how_many_steps(h: Harness, amount: str, groups: list[str]) -> None:
    setup_chain(h)
    task = paused_invoice(h, amount)
    assert [s["group"] for s in task["steps"]] == groups
    assert task["current_step"] == 1 and task["approval_policy_version"] == 1
    deciders = {"ap-reviewers": "fiona", "finance-managers": "mona", "cfo": "carl"}
    for number, group in enumerate(groups, start=1):
        assert task["status"] == "awaiting_review" and task["current_step"] == number
        assert task["id"] in inbox(h, deciders[group])
        others = [who for g, who in deciders.items() if g != group and g in groups]
        assert all(task["id"] not in inbox(h, who) for who in others)
        task = approve_ok(h, task, deciders[group])
    assert task["status"] == "approved" and task["current_step"] is None
    assert [s["status"] for s in task["steps"]] == ["approved"] * len(groups)
    assert [s["decided_by"] for s in task["steps"]] == [deciders[g] for g in groups]
    decided = [e for e in task["events"] if e["type"] == "decided"]
    assert [e["data"]["step"] for e in decided] == list(range(1, len(groups) + 1))
    assert [e["data"]["group"] for e in decided] == groups
    assert [e["type"] for e in task["events"]].count("paused") == len(groups)
    assert task["result"]["outcome"]["amount_to_pay"] == amount


def test_no_policy_is_one_step_by_the_domain_as_before(h: Harness) -> None:
    task = paused_invoice(h, "3000000.00")
    assert task["approval_policy_version"] is None
    assert [(s["step"], s["role"], s["status"]) for s in task["steps"]] == [(1, "reviewer", "pending")]
    final = approve_ok(h, task, "fiona")
    assert final["status"] == "approved" and final["steps"][0]["decided_by"] == "fiona"


def test_a_member_of_another_group_cannot_decide_the_step(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    body = assert_problem(resume(h, task, "mona"), 403)
    assert "ap-reviewers" in body["detail"]
    assert h.task(task["id"])["version"] == task["version"]


def test_the_same_person_at_two_steps_is_403(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    task = approve_ok(h, task, "gary")  # gary is in both groups
    assert task["status"] == "awaiting_review" and task["current_step"] == 2
    body = assert_problem(resume(h, task, "gary"), 403)
    assert "n eyes" in body["detail"]
    assert approve_ok(h, task, "mona")["status"] == "approved"


def test_a_reject_at_any_step_ends_the_task(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "3000000.00")
    task = approve_ok(h, task, "fiona")
    final = approve_ok(h, task, "mona", "reject")
    assert final["status"] == "rejected"
    assert [s["status"] for s in final["steps"]] == ["approved", "rejected", "skipped"]
    assert final["result"]["outcome"]["amount_to_pay"] is None


def test_an_edit_down_drops_the_later_steps(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    assert len(task["steps"]) == 2
    final = approve_ok(h, task, "fiona", "edit", edits={"amount_to_pay": "30000.00"})
    assert final["status"] == "approved"
    assert [s["status"] for s in final["steps"]] == ["edited"]
    assert final["result"]["outcome"] == {"status": "approved", "amount_to_pay": "30000.00", "currency": "EUR",
                                          "edited": True}


def test_an_edit_at_a_later_step_reevaluates_and_keeps_the_edit(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "3000000.00")
    task = approve_ok(h, task, "fiona")
    final = approve_ok(h, task, "mona", "edit", edits={"amount_to_pay": "900000.00"})
    assert final["status"] == "approved"  # 900,000 needs two steps: both are done
    assert [s["status"] for s in final["steps"]] == ["approved", "edited"]
    assert final["result"]["outcome"]["amount_to_pay"] == "900000.00"
    task = paused_invoice(h, "3000000.00", "INV-2")
    task = approve_ok(h, task, "fiona", "edit", edits={"amount_to_pay": "2000000.00"})
    assert task["status"] == "awaiting_review" and task["current_step"] == 2 and len(task["steps"]) == 3
    assert task["proposal"]["amount_to_pay"] == "2000000.00"
    task = approve_ok(h, task, "mona")
    final = approve_ok(h, task, "carl")
    assert final["result"]["outcome"] == {"status": "approved", "amount_to_pay": "2000000.00", "currency": "EUR",
                                          "edited": True}


def test_a_task_keeps_the_policy_version_it_started_with(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    stricter = {"bands": [{"steps": [{"group": "ap-reviewers"}, {"group": "finance-managers"},
                                     {"group": "cfo"}]}]}
    response = h.client.put("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin"), json=stricter)
    assert response.status_code == 200 and response.json()["version"] == 2
    task = approve_ok(h, task, "fiona")
    final = approve_ok(h, task, "mona")
    assert final["status"] == "approved" and final["approval_policy_version"] == 1
    later = paused_invoice(h, "100.00", "INV-2")
    assert later["approval_policy_version"] == 2 and len(later["steps"]) == 3


def test_currency_conversion_with_the_admins_rates(h: Harness) -> None:
    setup_chain(h, FINANCE_POLICY | {"currency": "EUR", "rates": {"USD": "0.5"}})
    lines = [{"line_no": 1, "sku": "A-1", "description": "Machine", "quantity": "1", "unit_price": "80000",
              "tax_rate": "0"}]
    load_po(h, f.po(lines=lines, currency="USD"))
    response = h.webhook(f.event("invoice.received", {"invoice": f.invoice(lines=lines, currency="USD")}))
    h.drain()
    task = h.task(response.json()["task_id"])
    assert len(task["steps"]) == 1  # 80,000 USD × 0.5 = 40,000 EUR: one step


def test_two_members_racing_at_each_step_one_wins(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    for pair in (("fiona", "gary"), ("mona", "mike")):
        barrier = threading.Barrier(2)
        results: dict[str, int] = {}

        def decide(who: str, current: dict = task, barrier: threading.Barrier = barrier,
                   results: dict[str, int] = results) -> None:
            barrier.wait()
            results[who] = resume(h, current, who).status_code

        threads = [threading.Thread(target=decide, args=(who,)) for who in pair]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert sorted(results.values()) == [200, 409], results
        task = h.task(task["id"])
    assert task["status"] == "approved"
    assert [e["type"] for e in task["events"]].count("decided") == 2


def test_delegation_inside_and_outside_its_window(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "30000.00")
    start = utcnow() + dt.timedelta(hours=1)
    response = h.client.put("/v1/me/delegation", headers=h.auth("fiona"),
                            json={"to": "dora", "from": start.isoformat(),
                                  "until": (start + dt.timedelta(days=2)).isoformat()})
    assert response.status_code == 200, response.text
    assert response.json()["active"] is False
    assert task["id"] not in inbox(h, "dora")
    assert_problem(resume(h, task, "dora"), 403)  # before the window
    with use_clock(Clock(start + dt.timedelta(hours=1))):
        assert task["id"] in inbox(h, "dora")
        final = approve_ok(h, task, "dora")
    assert final["status"] == "approved"
    assert final["steps"][0]["decided_by"] == "dora" and final["steps"][0]["on_behalf_of"] == "fiona"
    decided = next(e for e in final["events"] if e["type"] == "decided")
    assert decided["data"]["as"] == "dora for fiona"
    later = paused_invoice(h, "30000.00", "INV-2")
    with use_clock(Clock(start + dt.timedelta(days=3))):  # after the window
        assert_problem(resume(h, later, "dora"), 403)


def test_delegation_cannot_approve_ones_own_request(h: Harness) -> None:
    setup_chain(h)
    h.make_key("rita", "reviewer", ["finance"])  # rita requested the PO
    assert h.client.put("/v1/admin/groups/ap-reviewers", headers=h.auth("admin"),
                        json={"domain": "finance", "members": ["rita"]}).status_code == 200
    task = paused_invoice(h, "30000.00")
    assert h.client.put("/v1/me/delegation", headers=h.auth("rita"),
                        json={"to": "dora", "until": (utcnow() + dt.timedelta(days=1)).isoformat()}).status_code == 200
    assert_problem(resume(h, task, "dora"), 403)
    assert_problem(resume(h, task, "rita"), 403)


def test_a_delegate_cannot_decide_a_second_step_for_someone(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    until = (utcnow() + dt.timedelta(days=1)).isoformat()
    assert h.client.put("/v1/me/delegation", headers=h.auth("mona"), json={"to": "fiona", "until": until}
                        ).status_code == 200
    task = approve_ok(h, task, "fiona")
    body = assert_problem(resume(h, task, "fiona"), 403)  # fiona for mona would be fiona's second step
    assert "n eyes" in body["detail"]


@pytest.mark.parametrize("body, field", [
    ({"to": "nobody", "until": "2099-01-01T00:00:00Z"}, "to"),
    ({"to": "fiona", "until": "2099-01-01T00:00:00Z"}, "to"),
    ({"to": "gary", "from": "2099-01-02T00:00:00Z", "until": "2099-01-01T00:00:00Z"}, "until"),
    ({"to": "gary", "until": "2000-01-01T00:00:00Z"}, "until"),
    ({"to": "gary", "until": "not a date"}, "until"),
    ({"to": "gary"}, "until"),
])
def test_bad_delegations_are_422(h: Harness, body: dict, field: str) -> None:
    problem = assert_problem(h.client.put("/v1/me/delegation", headers=h.auth("fiona"), json=body), 422)
    assert problem["errors"][0]["field"] == field


def test_delegation_get_and_end(h: Harness) -> None:
    assert_problem(h.client.get("/v1/me/delegation", headers=h.auth("fiona")), 404)
    until = (utcnow() + dt.timedelta(days=1)).isoformat()
    assert h.client.put("/v1/me/delegation", headers=h.auth("fiona"), json={"to": "gary", "until": until}
                        ).status_code == 200
    got = h.client.get("/v1/me/delegation", headers=h.auth("fiona")).json()
    assert got["to"] == "gary" and got["active"] is True
    assert h.client.get("/v1/me/delegation", headers=h.auth("gary")).status_code == 404
    assert h.client.delete("/v1/me/delegation", headers=h.auth("fiona")).status_code == 204
    assert_problem(h.client.delete("/v1/me/delegation", headers=h.auth("fiona")), 404)
    assert_problem(h.client.put("/v1/me/delegation", headers=h.auth("sam"), json={"to": "gary", "until": until}),
                   403)


def test_an_overdue_step_escalates_to_the_next_group(harness_factory) -> None:
    h = harness_factory()
    policy = {"bands": [{"steps": [{"group": "ap-reviewers", "sla_hours": 4}, {"group": "finance-managers"}]}]}
    setup_chain(h, policy)
    task = paused_invoice(h, "300000.00")
    assert_problem(resume(h, task, "mona"), 403)
    assert h.worker.escalate() == []
    with use_clock(Clock(utcnow() + dt.timedelta(hours=5))):
        assert h.worker.escalate() == [task["id"]]
        assert h.worker.escalate() == []  # once per step
        item = next(i for i in h.client.get("/v1/reviews", headers=h.auth("mona")).json()["items"]
                    if i["task_id"] == task["id"])
        assert item["escalated"] is True and item["escalated_to"] == "finance-managers" and item["overdue"]
        task = h.task(task["id"])
        escalated = [e for e in task["events"] if e["type"] == "escalated"]
        assert len(escalated) == 1
        assert escalated[0]["data"].items() >= {"step": 1, "group": "ap-reviewers",
                                                "escalated_to": "finance-managers"}.items()
        assert task["steps"][0]["escalated_to"] == "finance-managers"
        task = approve_ok(h, task, "mona")  # a finance manager takes the overdue step
        assert task["current_step"] == 2 and task["steps"][0]["escalated_to"] == "finance-managers"
        assert_problem(resume(h, task, "mona"), 403)  # and cannot decide the next one too
        final = approve_ok(h, task, "mike")
    assert final["status"] == "approved"
    assert [s["decided_by"] for s in final["steps"]] == ["mona", "mike"]
    decided = [e for e in final["events"] if e["type"] == "decided"]
    assert decided[0]["data"]["escalated_to"] == "finance-managers"


def put_policy(h: Harness, body, kind: str = "invoice_review", who: str = "admin"):
    return h.client.put(f"/v1/admin/approval-policies/{kind}", headers=h.auth(who), json=body)


def test_policies_are_versioned_data(h: Harness) -> None:
    assert h.client.get("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin")).json()["version"] is None
    setup_chain(h)
    first = h.client.get("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin")).json()
    assert first["version"] == 1 and first["policy"]["bands"][1]["above"] == "50000"
    assert put_policy(h, FINANCE_POLICY).json()["version"] == 2
    old = h.client.get("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin"), params={"version": 1})
    assert old.status_code == 200 and old.json()["version"] == 1
    assert_problem(h.client.get("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin"),
                                params={"version": 9}), 404)
    assert_problem(h.client.get("/v1/admin/approval-policies/nope", headers=h.auth("admin")), 404)
    assert_problem(put_policy(h, FINANCE_POLICY, who="fiona"), 403)
    audit = h.client.get("/v1/admin/audit", headers=h.auth("admin")).json()["items"]
    assert [a["data"]["version"] for a in audit if a["action"] == "approval_policy.changed"] == [1, 2]


def _bands(*bands) -> dict:
    return {"bands": [dict(band, steps=[{"group": "ap-reviewers"}]) for band in bands]}


@pytest.mark.parametrize("body, field, words", [
    (_bands({"up_to": "50000"}, {"above": "60000"}), "bands.1.above", "a gap"),
    (_bands({"up_to": "50000"}, {"above": "40000"}), "bands.1.above", "an overlap"),
    (_bands({"above": "10", "up_to": "50000"}, {"above": "50000"}), "bands.0.above", "a gap"),
    (_bands({"up_to": "50000"}, {"above": "50000", "up_to": "90000"}), "bands.1.up_to", "a gap"),
    (_bands({}, {}), "bands.1.above", "an overlap"),
    (_bands({"above": "100", "up_to": "50"}), "bands.0.up_to", "greater"),
    ({"bands": [{"steps": [{"group": "nobody"}]}]}, "bands.0.steps.0.group", "unknown group"),
    ({"bands": [{"steps": [{"group": "recruiters"}]}]}, "bands.0.steps.0.group", "decides for hr"),
    ({"bands": [{"steps": [{"group": "ap-reviewers", "role": "reviewer"}]}]}, "bands.0.steps.0", "either"),
    ({"bands": [{"steps": []}]}, "bands.0.steps", "at least 1"),
    ({"bands": []}, "bands", "at least 1"),
    ({"bands": [{"up_to": "NaN", "steps": [{"role": "reviewer"}]}]}, "bands.0.up_to", ""),
    ({"bands": [{"up_to": "-1", "steps": [{"role": "reviewer"}]}]}, "bands.0.up_to", ""),
    ({"currency": "euro", "bands": [{"steps": [{"role": "reviewer"}]}]}, "currency", ""),
    ({"basis": "action", "bands": [{"actions": ["hold"], "steps": [{"role": "reviewer"}]}]}, "bands",
     "no band for approve_for_payment"),
    ({"bands": [{"steps": [{"role": "reviewer"}]}], "extra": 1}, "extra", ""),
])
def test_invalid_policies_are_422_naming_the_field(h: Harness, body: dict, field: str, words: str) -> None:
    setup_chain(h)
    assert h.client.put("/v1/admin/groups/recruiters", headers=h.auth("admin"),
                        json={"domain": "hr", "members": ["harry"]}).status_code == 200
    problem = assert_problem(put_policy(h, body), 422)
    assert problem["errors"][0]["field"] == field, problem
    assert words in problem["errors"][0]["message"], problem
    assert h.client.get("/v1/admin/approval-policies/invoice_review", headers=h.auth("admin")).json()["version"] == 1


@pytest.mark.parametrize("raw, status", [(b"{", 400), (b"[]", 422), (b'"x"', 422)])
def test_malformed_policy_bodies(h: Harness, raw: bytes, status: int) -> None:
    response = h.client.put("/v1/admin/approval-policies/invoice_review", content=raw,
                            headers={**h.auth("admin"), "Content-Type": "application/json"})
    assert_problem(response, status)


@pytest.mark.parametrize("name, body, status", [
    ("ap", {"domain": "finance", "members": ["nobody"]}, 422),
    ("ap", {"domain": "sales", "members": []}, 422),
    ("ap", {"domain": "finance"}, 422),
    ("Bad Name", {"domain": "finance", "members": []}, 422),
    ("ap", {"domain": "finance", "members": ["fiona"], "x": 1}, 422),
])
def test_invalid_groups_are_422(h: Harness, name: str, body: dict, status: int) -> None:
    assert_problem(h.client.put(f"/v1/admin/groups/{name}", headers=h.auth("admin"), json=body), status)


def test_groups_hold_holder_ids(h: Harness) -> None:
    response = h.client.put("/v1/admin/groups/ap", headers=h.auth("admin"),
                            json={"domain": "finance", "members": ["Fiona", "fiona", "gary"]})
    assert response.status_code == 200 and response.json()["members"] == ["fiona", "gary"]
    assert h.client.get("/v1/admin/groups", headers=h.auth("admin")).json()["items"][0]["name"] == "ap"


def test_a_candidate_policy_bands_by_the_proposed_action(h: Harness) -> None:
    h.make_key("hana", "reviewer", ["hr"])
    h.client.put("/v1/admin/groups/recruiters", headers=h.auth("admin"), json={"domain": "hr", "members": ["harry"]})
    h.client.put("/v1/admin/groups/hiring-managers", headers=h.auth("admin"),
                 json={"domain": "hr", "members": ["hana"]})
    policy = {"basis": "action", "bands": [
        {"actions": ["advance"], "steps": [{"group": "recruiters"}, {"group": "hiring-managers"}]},
        {"actions": ["hold"], "steps": [{"group": "recruiters"}]}]}
    assert put_policy(h, policy, "candidate_screen").status_code == 200
    assert_problem(put_policy(h, {"bands": [{"steps": [{"group": "recruiters"}]}]}, "candidate_screen"), 422)


def test_an_edit_up_adds_the_steps_the_new_band_needs(h: Harness) -> None:
    setup_chain(h)
    po_lines = [{"line_no": 1, "sku": "A-1", "description": "Machine", "quantity": "1", "unit_price": "40000.00",
                 "tax_rate": "0"}]
    load_po(h, f.po(lines=po_lines))
    invoice = f.invoice(lines=[dict(po_lines[0], unit_price="300000.00")])  # price variance: a short payment
    task_id = h.webhook(f.event("invoice.received", {"invoice": invoice})).json()["task_id"]
    h.drain()
    task = h.task(task_id)
    assert task["proposal"]["amount_to_pay"] == "40000.00" and len(task["steps"]) == 1
    task = approve_ok(h, task, "fiona", "edit", edits={"amount_to_pay": "300000.00"})
    assert task["status"] == "awaiting_review" and task["current_step"] == 2
    assert [(s["group"], s["status"]) for s in task["steps"]] == [("ap-reviewers", "edited"),
                                                                  ("finance-managers", "pending")]
    final = approve_ok(h, task, "mona")
    assert final["result"]["outcome"]["amount_to_pay"] == "300000.00"


def test_the_last_step_escalates_to_the_named_group(harness_factory) -> None:
    h = harness_factory()
    policy = {"escalation_group": "cfo", "bands": [{"steps": [
        {"group": "ap-reviewers", "sla_hours": 2, "escalate_to": "cfo"}, {"group": "finance-managers",
                                                                          "sla_hours": 2}]}]}
    setup_chain(h, policy)
    task = paused_invoice(h, "300000.00")
    assert task["steps"][0]["escalate_to"] == "cfo" and task["steps"][1]["escalate_to"] == "cfo"
    task = approve_ok(h, task, "fiona")
    assert_problem(resume(h, task, "carl"), 403)
    with use_clock(Clock(utcnow() + dt.timedelta(hours=3))):
        assert h.worker.escalate() == [task["id"]]
        assert task["id"] in inbox(h, "carl")
        final = approve_ok(h, h.task(task["id"]), "carl")
    assert final["status"] == "approved" and final["steps"][1]["escalated_to"] == "cfo"
    assert final["steps"][1]["decided_by"] == "carl"


def test_a_delegation_goes_to_a_person(h: Harness) -> None:
    problem = assert_problem(h.client.put("/v1/me/delegation", headers=h.auth("fiona"),
                                          json={"to": "erp", "until": "2099-01-01T00:00:00Z"}), 422)
    assert problem["errors"][0]["field"] == "to"


def test_the_callback_shows_the_chain_and_its_escalation(harness_factory) -> None:
    import json

    from tests.services.test_deliveries import Receiver, deliver_until

    h = harness_factory()
    policy = {"bands": [{"steps": [{"group": "ap-reviewers", "sla_hours": 1}, {"group": "finance-managers"}]}]}
    setup_chain(h, policy)
    with Receiver([200]) as receiver:
        secret = h.client.post("/v1/admin/sources", headers=h.auth("admin"),
                               json={"name": "erp-cb", "callback_url": receiver.url}).json()["secret"]
        h.source, h.source_secret = "erp-cb", secret
        task = paused_invoice(h, "300000.00")
        with use_clock(Clock(utcnow() + dt.timedelta(hours=2))):
            assert h.worker.escalate() == [task["id"]]
            task = approve_ok(h, h.task(task["id"]), "mona")
            approve_ok(h, task, "mike")
            deliver_until(h, lambda: len(receiver.requests) == 1)
        body = json.loads(receiver.requests[0][1])
    sent = body["task"]
    assert sent["status"] == "approved" and sent["current_step"] is None
    assert [(s["group"], s["decided_by"], s.get("escalated_to")) for s in sent["steps"]] == [
        ("ap-reviewers", "mona", "finance-managers"), ("finance-managers", "mike", None)]
    assert any(e["type"] == "escalated" and e["data"]["escalated_to"] == "finance-managers" for e in sent["events"])
