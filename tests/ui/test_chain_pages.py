"""The web pages with approval chains: the chain on the task page, the inbox's steps, the delegation form."""

from __future__ import annotations

import datetime as dt

from core.clock import utcnow
from tests.api.test_approval_chains import approve_ok, paused_invoice, setup_chain
from tests.conftest import Harness
from tests.ui.test_pages import csrf_of, sign_in


def test_the_task_page_shows_the_chain_and_the_inbox_only_my_steps(h: Harness) -> None:
    setup_chain(h)
    task = paused_invoice(h, "300000.00")
    sign_in(h, "mona")
    assert task["id"] not in h.client.get("/ui/").text  # step 1 is for AP reviewers
    task = approve_ok(h, task, "fiona", comment="checked")
    inbox = h.client.get("/ui/").text
    assert task["id"] in inbox and 'data-testid="step">Step 2/2' in inbox
    page = h.client.get(f"/ui/tasks/{task['id']}").text
    assert 'data-testid="chain"' in page and "ap-reviewers" in page and "finance-managers" in page
    assert 'data-step="1"' in page and "fiona" in page and "approved" in page and "next" in page
    zh = h.client.get(f"/ui/tasks/{task['id']}?lang=zh").text
    assert "审批链" in zh and "已批准" in zh


def test_a_reviewer_sets_and_ends_a_delegation(h: Harness) -> None:
    sign_in(h, "fiona")
    page = h.client.get("/ui/delegation")
    assert page.status_code == 200 and "No delegation is set." in page.text
    until = (utcnow() + dt.timedelta(days=2)).strftime("%Y-%m-%dT%H:%M")
    saved = h.client.post("/ui/delegation", data={"csrf": csrf_of(page.text), "action": "set", "to": "Gary",
                                                  "until": until})
    assert saved.status_code == 200 and "Your delegation was saved." in saved.text
    assert 'data-field="to">gary<' in saved.text
    api = h.client.get("/v1/me/delegation", headers=h.auth("fiona")).json()
    assert api["to"] == "gary" and api["active"] is True
    bad = h.client.post("/ui/delegation", data={"csrf": csrf_of(saved.text), "to": "nobody", "until": until})
    assert bad.status_code == 422 and "unknown holder" in bad.text
    forged = h.client.post("/ui/delegation", data={"csrf": "x", "action": "end"})
    assert forged.status_code == 403
    ended = h.client.post("/ui/delegation", data={"csrf": csrf_of(bad.text), "action": "end"})
    assert ended.status_code == 200 and "Your delegation was ended." in ended.text
