"""The reviewers' web pages, over HTTP: sign-in, CSRF, inbox scoping, decisions, stale pages, escaping."""

from __future__ import annotations

import re

from tests import factories as f
from tests.api.test_reviews import paused_task
from tests.conftest import Harness


def csrf_of(html: str) -> str:
    match = re.search(r'name="csrf" value="([^"]+)"', html)
    assert match, html
    return match.group(1)


def sign_in(h: Harness, who: str) -> str:
    """Sign in as `who`; returns where the page sends them (the inbox, or the chat for staff)."""
    page = h.client.get("/ui/login")
    assert page.status_code == 200
    response = h.client.post("/ui/login", data={"key": h.keys[who], "csrf": csrf_of(page.text)},
                             follow_redirects=False)
    assert response.status_code == 303 and response.headers["location"] in ("/ui/", "/ui/chat")
    cookie = response.headers["set-cookie"]
    assert "de_session=" in cookie and "HttpOnly" in cookie and "SameSite=strict" in cookie
    assert h.keys[who] not in cookie  # the session holds the key id, never the secret
    return response.headers["location"]


def test_pages_need_a_session(h: Harness) -> None:
    for path in ("/ui/", "/ui/tasks/anything"):
        response = h.client.get(path, follow_redirects=False)
        assert response.status_code == 303 and response.headers["location"] == "/ui/login"
    h.client.cookies.set("de_session", "eyJrIjoiYSJ9.00")
    forged = h.client.get("/ui/", follow_redirects=False)
    assert forged.status_code == 303


def test_wrong_key_and_missing_csrf_are_refused(h: Harness) -> None:
    page = h.client.get("/ui/login")
    wrong = h.client.post("/ui/login", data={"key": "not-a-key", "csrf": csrf_of(page.text)})
    assert wrong.status_code == 401 and "The key was not accepted." in wrong.text
    h.client.cookies.clear()
    no_csrf = h.client.post("/ui/login", data={"key": h.keys["fiona"], "csrf": "forged"})
    assert no_csrf.status_code == 403 and "de_session" not in no_csrf.headers.get("set-cookie", "")


def test_inbox_shows_only_my_domains_with_counts(h: Harness) -> None:
    first = paused_task(h)
    paused_task(h, f.invoice(number="INV-2"))
    sign_in(h, "fiona")
    inbox = h.client.get("/ui/")
    assert inbox.status_code == 200
    assert re.search(r'data-testid="total">2<', inbox.text)
    assert f"/ui/tasks/{first['id']}" in inbox.text
    assert "invoice_review (2)" in inbox.text
    h.client.cookies.clear()
    sign_in(h, "harry")  # an HR reviewer sees none of the finance work
    assert re.search(r'data-testid="total">0<', h.client.get("/ui/").text)


def test_approve_from_the_task_page_records_the_decision(h: Harness) -> None:
    task = paused_task(h, receipts=[f.grn()])
    sign_in(h, "fiona")
    page = h.client.get(f"/ui/tasks/{task['id']}")
    assert page.status_code == 200 and "357.00" in page.text and "three_way" in page.text
    forged = h.client.post(f"/ui/tasks/{task['id']}/decide",
                           data={"decision": "approve", "version": task["version"], "csrf": "x"})
    assert forged.status_code == 403 and h.task(task["id"])["status"] == "awaiting_review"
    done = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "approve", "version": task["version"],
                                                                  "csrf": csrf_of(page.text), "comment": "ok"})
    assert done.status_code == 200 and 'data-testid="status">approved<' in done.text
    final = h.task(task["id"])
    assert final["status"] == "approved" and final["review"]["by"] == "fiona"
    # The same form again is a stale page: explained, nothing changes.
    again = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "reject", "version": task["version"],
                                                                   "csrf": csrf_of(page.text)})
    assert again.status_code == 409 and "This page was out of date" in again.text
    assert h.task(task["id"])["status"] == "approved"


def test_edit_amount_and_reject_with_comment(h: Harness) -> None:
    task = paused_task(h, receipts=[f.grn()])
    other = paused_task(h, f.invoice(number="INV-9"), receipts=[f.grn()])
    sign_in(h, "fiona")
    page = h.client.get(f"/ui/tasks/{task['id']}")
    bad = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "edit", "version": task["version"],
                                                                 "csrf": csrf_of(page.text), "edit_amount_to_pay": "abc"})
    assert bad.status_code == 422 and h.task(task["id"])["status"] == "awaiting_review"
    edited = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "edit", "version": task["version"],
                                                                    "csrf": csrf_of(page.text),
                                                                    "edit_amount_to_pay": "300.00"})
    assert edited.status_code == 200, edited.text
    assert h.task(task["id"])["result"]["outcome"]["amount_to_pay"] == "300.00"
    rejected = h.client.post(f"/ui/tasks/{other['id']}/decide",
                             data={"decision": "reject", "version": other["version"], "csrf": csrf_of(page.text),
                                   "comment": "duplicate of INV-1"})
    assert rejected.status_code == 200
    assert h.task(other["id"])["review"]["comment"] == "duplicate of INV-1"


def test_other_domains_and_own_requests_cannot_be_decided(h: Harness) -> None:
    task = paused_task(h)
    sign_in(h, "harry")
    assert h.client.get(f"/ui/tasks/{task['id']}").status_code == 404


def test_values_are_escaped(h: Harness) -> None:
    evil = "<script>alert(1)</script>"
    task = paused_task(h, f.invoice(lines=[{"line_no": 1, "sku": "A-1", "description": evil, "quantity": "100",
                                            "unit_price": "2.00", "tax_rate": "0.19"}], number=evil))
    sign_in(h, "fiona")
    for path in ("/ui/", f"/ui/tasks/{task['id']}"):
        html = h.client.get(path).text
        assert evil not in html and "&lt;script&gt;" in html
        assert "script-src 'self'" in h.client.get(path).headers["content-security-policy"]


def test_chinese_switch(h: Harness) -> None:
    sign_in(h, "fiona")
    page = h.client.get("/ui/?lang=zh")
    assert "待审核" in page.text and 'lang="zh-CN"' in page.text
    assert "待审核" in h.client.get("/ui/").text  # remembered in a cookie


def test_chat_without_javascript_answers_with_citations_and_task_status(h: Harness) -> None:
    from tests.api.test_chat import load_policies

    load_policies(h)
    sign_in(h, "sam")
    page = h.client.get("/ui/chat")
    sent = h.client.post("/ui/chat", data={"message": "What is the hotel limit in Shanghai?", "thread": "",
                                           "csrf": csrf_of(page.text)}, follow_redirects=False)
    assert sent.status_code == 303 and sent.headers["location"].startswith("/ui/chat?thread=")
    thread = h.client.get(sent.headers["location"])
    assert "900 CNY" in thread.text and 'class="cite"' in thread.text and "Travel Rules § 1" in thread.text
    forged = h.client.post("/ui/chat", data={"message": "hi", "thread": "", "csrf": "forged"})
    assert forged.status_code == 403
    stream = h.client.post("/ui/chat/stream", data={"message": "试用期最长多久？", "thread": "",
                                                    "csrf": csrf_of(page.text)})
    assert stream.status_code == 200 and stream.headers["content-type"].startswith("text/event-stream")
    assert "event: token" in stream.text and "event: done" in stream.text
    assert h.client.post("/ui/chat/stream", data={"message": "x", "csrf": "no"}).status_code == 403


def test_candidate_page_shows_score_parts_evidence_and_redactions(h: Harness) -> None:
    from tests.api.test_candidates import JOB, screened
    from tests.tools.test_resumes import EN

    h.webhook(f.event("job.upserted", JOB))
    task = screened(h, {"text": EN}, {"gender": "female", "race_ethnicity": "Asian"})
    sign_in(h, "harry")
    html = h.client.get(f"/ui/tasks/{task['id']}").text
    panel = html[html.index('data-testid="candidate"'):]
    assert "<td>required_skills</td><td>70.00</td>" in panel and "<th>100</th>" in panel
    assert "Built pipelines in Python and Airflow on Kubernetes" in panel
    assert "<li>gender: " in panel and "<li>birth_date: " in panel
    assert "Asian" not in html and "race_ethnicity" not in html  # demographics never reach the page
    assert "Invoice lines" not in html  # the score's `match` is not an invoice match
    bad = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "edit", "version": task["version"],
                                                                 "csrf": csrf_of(html), "edit_action": "reject"})
    assert bad.status_code == 422 and h.task(task["id"], "harry")["status"] == "awaiting_review"
    held = h.client.post(f"/ui/tasks/{task['id']}/decide", data={"decision": "edit", "version": task["version"],
                                                                  "csrf": csrf_of(html), "edit_action": "hold",
                                                                  "comment": "interview pool is full"})
    assert held.status_code == 200, held.text
    assert h.task(task["id"], "harry")["result"]["outcome"] == {"status": "approved", "candidate_outcome": "hold",
                                                                "edited": True}


def test_the_edit_form_comes_from_the_kinds_registry(h: Harness, monkeypatch) -> None:
    """The task page renders whatever fields the kind's edit_form gives (agent/kinds.py), and posts them back as
    edits for the kind's check; no template or route knows a kind's fields."""
    import dataclasses

    from agent import kinds

    task = paused_task(h, receipts=[f.grn()])
    sign_in(h, "fiona")
    page = h.client.get(f"/ui/tasks/{task['id']}").text
    assert 'name="edit_amount_to_pay"' in page and 'value="357.00"' in page and "Amount to pay (EUR)" in page
    custom = dataclasses.replace(kinds.KINDS["invoice_review"], edit_form=lambda proposal: [
        kinds.EditField("priority", "Priority", "choice", "low", options=("low", "high"))])
    monkeypatch.setitem(kinds.KINDS, "invoice_review", custom)
    page = h.client.get(f"/ui/tasks/{task['id']}").text
    assert 'name="edit_amount_to_pay"' not in page
    assert '<select id="edit_priority" name="edit_priority">' in page and '<option value="high" >high</option>' in page
