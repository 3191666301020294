"""Staff chat: routing in English and Chinese, citations, invoice checks that pause for review, threads, SSE."""

from __future__ import annotations

import json

from tests import factories as f
from tests.api.test_reviews import paused_task
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.tools.test_policies import HANDBOOK_EN, HANDBOOK_ZH


def ask(h: Harness, message: str, who: str = "sam", thread_id: str | None = None) -> dict:
    body = {"message": message} | ({"thread_id": thread_id} if thread_id else {})
    response = h.client.post("/v1/chat", headers=h.auth(who), json=body)
    assert response.status_code == 200, response.text
    return response.json()


def load_policies(h: Harness) -> None:
    for title, text in (("Travel Rules", HANDBOOK_EN), ("试用期规定", HANDBOOK_ZH)):
        assert h.client.post("/v1/policies", headers=h.auth("admin"), json={"title": title, "text": text}).status_code == 201


def test_policy_questions_in_both_languages_with_citations(h: Harness) -> None:
    load_policies(h)
    english = ask(h, "What is the hotel limit in Shanghai?")
    assert english["intent"] == "policy" and english["status"] == "answered"
    assert "900 CNY" in english["reply"] and english["citations"][0]["section"] == "1"
    chinese = ask(h, "三年合同的试用期最长多久？", thread_id=english["thread_id"])
    assert "六个月" in chinese["reply"] and chinese["citations"][0]["section"] == "第二条"
    missing = ask(h, "Is there a gym membership subsidy?")
    assert missing["status"] == "not_found" and "do not say" in missing["reply"]


def test_an_invoice_check_creates_a_task_that_pauses_for_review(h: Harness) -> None:
    original = paused_task(h)  # invoice INV-1 arrived from the ERP earlier and awaits review
    pending = ask(h, "Please check invoice INV-1 against its PO")
    assert pending["task_id"] == original["id"] and "already under review" in pending["reply"]
    decided = h.client.post(f"/v1/tasks/{original['id']}/resume", headers=h.auth("fiona"),
                            json={"decision": "reject", "comment": "resend with the right total",
                                  "version": original["version"]})
    assert decided.status_code == 200
    answer = ask(h, "Please check invoice INV-1 against its PO")
    assert answer["intent"] == "invoice_check" and answer["task_id"] != original["id"]
    assert answer["task_id"] in answer["reply"] and answer["status"] == "queued"
    h.drain()
    task = h.task(answer["task_id"])
    assert task["status"] == "awaiting_review" and task["requester"] == "sam" and task["kind"] == "invoice_review"
    # The same invoice checked again is not its own duplicate, in the match or in the risk flags.
    assert task["proposal"]["exception_codes"] == []
    assert not {"DUPLICATE_INVOICE", "POSSIBLE_DUPLICATE"} & {flag["code"] for flag in task["risk_flags"]}
    chinese = ask(h, "帮我核对发票 INV-404")
    assert chinese["status"] == "not_found" and "INV-404" in chinese["reply"] and "没有" in chinese["reply"]


def test_vendor_risk_and_help(h: Harness) -> None:
    h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "Vendor One GmbH", "bank_account": "DE1"}))
    h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "Vendor One GmbH", "bank_account": "LT9"}))
    paused_task(h)
    risk = ask(h, "What is the risk of V1?", who="fiona")
    assert risk["intent"] == "vendor_risk" and "BANK_ACCOUNT_CHANGED 1" in risk["reply"]
    assert ask(h, "你好")["intent"] == "help" and "我可以" in ask(h, "你好")["reply"]
    assert ask(h, "Can you screen this candidate's resume?")["intent"] == "resume"


def test_threads_keep_history_and_belong_to_their_owner(h: Harness) -> None:
    load_policies(h)
    first = ask(h, "hello")
    ask(h, "What is the daily meal allowance?", thread_id=first["thread_id"])
    history = h.client.get(f"/v1/chat/threads/{first['thread_id']}", headers=h.auth("sam")).json()
    assert [m["role"] for m in history["messages"]] == ["user", "assistant", "user", "assistant"]
    assert history["owner"] == "sam" and "200 CNY" in history["messages"][-1]["content"]
    assert_problem(h.client.get(f"/v1/chat/threads/{first['thread_id']}", headers=h.auth("fiona")), 403)
    assert_problem(h.client.post("/v1/chat", headers=h.auth("fiona"),
                                 json={"message": "hi", "thread_id": first["thread_id"]}), 403)
    assert h.client.get(f"/v1/chat/threads/{first['thread_id']}", headers=h.auth("admin")).status_code == 200
    assert_problem(h.client.get("/v1/chat/threads/nope", headers=h.auth("sam")), 404)
    assert_problem(h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": ""}), 422)
    assert_problem(h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": "x", "thread_id": "../x"}), 422)


def test_stream_sends_server_sent_events(h: Harness) -> None:
    paused_task(h)
    response = h.client.post("/v1/chat/stream", headers=h.auth("sam"), json={"message": "check invoice INV-1"})
    assert response.status_code == 200 and response.headers["content-type"].startswith("text/event-stream")
    events = [(block.split("\n")[0].removeprefix("event: "), json.loads(block.split("\n")[1].removeprefix("data: ")))
              for block in response.text.strip().split("\n\n")]
    names = [name for name, _ in events]
    assert names[:2] == ["tool_call", "tool_result"] and names[-2:] == ["interrupt", "done"]
    assert set(names[2:-2]) == {"token"}
    assert "".join(data["text"] for name, data in events if name == "token") == events[-1][1]["reply"]
    assert events[-2][1]["task_id"] == events[-1][1]["task_id"]


def test_with_an_llm_chat_routes_by_tool_call_and_falls_back_to_rules(harness_factory) -> None:
    from tests.agent.test_llm import ScriptedServer

    server = ScriptedServer()
    try:
        h = harness_factory(llm="openai", openai_base_url=server.url, openai_api_key="sk-test",
                            llm_backoff_seconds=0.01, policy_dense=False)
        original = paused_task(h)
        h.client.post(f"/v1/tasks/{original['id']}/resume", headers=h.auth("fiona"),
                      json={"decision": "reject", "comment": "x", "version": original["version"]})
        # No "check" word the rules know: the model's tool call routes it.
        server.script = [{"tool_call": {"name": "check_invoice", "arguments": {"invoice_number": "INV-1"}}}]
        answer = ask(h, "Could you have a look whether INV-1 from anna@example.com is alright?")
        assert answer["intent"] == "invoice_check" and answer["task_id"] and answer["status"] == "queued"
        request = server.requests[-1]
        assert request["tool_choice"] == "required" and {t["function"]["name"] for t in request["tools"]} >= {
            "policy_lookup", "check_invoice", "vendor_risk"}
        assert "anna@example.com" not in json.dumps(request)  # masked before it left
        server.script = [{"tool_call": {"name": "transfer_money", "arguments": {"amount": "1000000"}}}]
        fallback = ask(h, "你好")
        assert fallback["intent"] == "help"  # an unknown tool is ignored: the rules route
        # What the process knows of the endpoint is on /readyz and /metrics.
        llm = h.client.get("/readyz").json()["llm"]
        assert llm["backend"] == "openai" and llm["model"] == h.settings.llm_model and llm["reachable"] is True
        assert llm["capabilities"]["tools_required"] is True and llm["circuit"] == {"structured": "closed",
                                                                                     "tools": "closed"}
        metrics = h.client.get("/metrics").text
        assert 'de_llm_calls_total{kind="tools",prompt="chat_route"} 2.0' in metrics
        assert 'de_llm_outputs_total{outcome="used",prompt="chat_route"} 1.0' in metrics
        assert 'de_llm_fallbacks_total{prompt="chat_route",reason="invalid_output"} 1.0' in metrics
        assert 'de_llm_request_duration_seconds_bucket{kind="tools",le="120.0"} 2.0' in metrics
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
