"""The web pages follow the API's rules: the review inbox is for reviewers and admins (as GET /v1/reviews),
and the pages, the chat stream included, share the API's rate limits (429 with Retry-After)."""

from __future__ import annotations

import re

import pytest

from core.ratelimit import RateLimiter
from tests.api.test_reviews import paused_task
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.ui.test_pages import csrf_of, sign_in


@pytest.mark.parametrize("domains", [[], ["finance"]])
def test_a_staff_key_has_no_inbox_but_keeps_the_chat(h: Harness, domains: list[str]) -> None:
    task = paused_task(h)
    h.make_key("stella", "staff", domains)
    assert h.client.get("/v1/reviews", headers=h.auth("stella")).status_code == 403
    assert sign_in(h, "stella") == "/ui/chat"  # staff land on the chat
    inbox = h.client.get("/ui/")
    assert inbox.status_code == 403 and 'data-testid="no-inbox"' in inbox.text
    assert task["id"] not in inbox.text and 'data-testid="total"' not in inbox.text
    assert h.client.get("/ui/?kind=invoice_review&overdue=true").status_code == 403
    chat = h.client.get("/ui/chat")
    assert chat.status_code == 200 and 'href="/ui/">' not in chat.text  # no link to an inbox it cannot open
    assert h.client.get(f"/ui/tasks/{task['id']}").status_code == 404  # not its task, not its domain


def test_reviewers_and_admins_keep_their_inbox(h: Harness) -> None:
    paused_task(h)
    for who in ("fiona", "admin"):
        h.client.cookies.clear()
        assert sign_in(h, who) == "/ui/"
        inbox = h.client.get("/ui/")
        assert inbox.status_code == 200 and re.search(r'data-testid="total">1<', inbox.text)


def test_pages_and_the_chat_stream_share_the_keys_api_budget(h: Harness) -> None:
    sign_in(h, "sam")
    csrf = csrf_of(h.client.get("/ui/chat").text)
    # Tight, after the sign-in, on a clock that stands still: the wait is exactly one token's minute.
    h.services.limiter = RateLimiter(per_minute=1, burst=3, clock=lambda: 1000.0)
    assert h.client.get("/ui/chat").status_code == 200
    assert h.client.get("/v1/chat/threads/none", headers=h.auth("sam")).status_code == 404  # the same bucket
    stream = h.client.post("/ui/chat/stream", data={"message": "hi", "thread": "", "csrf": csrf})
    assert stream.status_code == 200
    for refused in (h.client.get("/ui/chat"), h.client.post("/ui/chat/stream", data={"message": "hi", "csrf": csrf}),
                    h.client.get("/v1/chat/threads/none", headers=h.auth("sam"))):
        body = assert_problem(refused, 429)
        assert int(refused.headers["Retry-After"]) == 60 and "rate limit" in body["detail"]
    assert h.client.get("/v1/reviews", headers=h.auth("fiona")).status_code == 200  # other keys unaffected


def test_the_sign_in_form_is_limited_per_client_address(h: Harness) -> None:
    h.services.limiter = RateLimiter(per_minute=1, burst=2, clock=lambda: 1000.0)
    page = h.client.get("/ui/login")
    wrong = h.client.post("/ui/login", data={"key": "guess-1", "csrf": csrf_of(page.text)})
    assert wrong.status_code == 401
    refused = h.client.post("/ui/login", data={"key": "guess-2", "csrf": csrf_of(page.text)})
    assert_problem(refused, 429)
    assert "de_session" not in refused.headers.get("set-cookie", "") and refused.headers["Retry-After"]
