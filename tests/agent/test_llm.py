"""The OpenAI backend against a scripted OpenAI-compatible server on loopback: real HTTP, the real client."""

from __future__ import annotations

import json
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any

import pytest
from pydantic import BaseModel

from agent.llm import OfflineLLM, OpenAILLM
from agent.prompts import Prompt
from core.settings import Settings
from services.policies import PolicyAnswer, checked_answer
from tools.policies.models import Citation, LookupResult

PROMPT = Prompt(name="test", version="1", body="You extract fields.\n===\nFrom: {{ text }}")


class Fields(BaseModel):
    summary: str
    total: str


class ScriptedServer:
    """Answers /v1/chat/completions from a script: a reply, an error status, or a stall; when the script is
    empty, with `default`. Every request waits for `gate` (open unless a test closes it to hold callers)."""

    def __init__(self) -> None:
        self.script: list[dict[str, Any]] = []
        self.requests: list[dict[str, Any]] = []
        self.default: dict[str, Any] = {"content": "{}"}
        self.gate = threading.Event()
        self.gate.set()
        server = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = json.loads(self.rfile.read(int(self.headers["Content-Length"])))
                server.requests.append(body)
                server.gate.wait(120)
                step = server.script.pop(0) if server.script else server.default
                if "stall" in step:
                    time.sleep(step["stall"])  # a slow endpoint: the client's timeout must fire
                status = step.get("status", 200)
                if "tool_call" in step:
                    call = step["tool_call"]
                    payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                               "choices": [{"index": 0, "finish_reason": "tool_calls", "message": {
                                   "role": "assistant", "content": None, "tool_calls": [{
                                       "id": "call_1", "type": "function", "function": {
                                           "name": call["name"], "arguments": json.dumps(call["arguments"])}}]}}],
                               "usage": {"prompt_tokens": 20, "completion_tokens": 5, "total_tokens": 25}}
                elif status == 200 and body.get("stream"):
                    server.stream(self, body, step)
                    return
                elif status == 200:
                    payload = {"id": "x", "object": "chat.completion", "created": 0, "model": body["model"],
                               "choices": [{"index": 0, "finish_reason": "stop",
                                            "message": {"role": "assistant", "content": step["content"]}}],
                               "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}
                else:
                    payload = {"error": {"message": step.get("message", "scripted failure"), "type": "x"}}
                data = json.dumps(payload).encode()
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(data)))
                    self.end_headers()
                    self.wfile.write(data)
                except (BrokenPipeError, ConnectionResetError):
                    pass

            def log_message(self, *args: object) -> None:
                pass

        self.stream_closed_early = threading.Event()
        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_port}/v1"
        threading.Thread(target=self.httpd.serve_forever, daemon=True).start()


    def stream(self, handler: BaseHTTPRequestHandler, body: dict[str, Any], step: dict[str, Any]) -> None:
        """Server-sent events, four characters a chunk; then, like a model that does not stop at the end of its
        JSON, `trail` more chunks a `pace` apart. A client that closes the stream stops them."""
        handler.protocol_version = "HTTP/1.1"  # chunked, as uvicorn sends: a cut stream is an error, not an end
        handler.send_response(200)
        handler.send_header("Content-Type", "text/event-stream")
        handler.send_header("Transfer-Encoding", "chunked")
        handler.send_header("Connection", "close")
        handler.end_headers()

        def send(data: bytes) -> None:
            handler.wfile.write(f"{len(data):x}\r\n".encode() + data + b"\r\n")
            handler.wfile.flush()

        text = step["content"]
        pieces = [text[n:n + 4] for n in range(0, len(text), 4)] + [" more"] * step.get("trail", 0)
        try:
            for n, piece in enumerate(pieces):
                if n == step.get("cut"):  # the model server dies mid-answer
                    handler.connection.shutdown(2)
                    return
                if n * 4 >= len(text):
                    time.sleep(step.get("pace", 0.05))
                chunk = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                         "choices": [{"index": 0, "delta": {"content": piece}, "finish_reason": None}]}
                send(f"data: {json.dumps(chunk)}\n\n".encode())
            if (body.get("stream_options") or {}).get("include_usage"):
                usage = {"id": "x", "object": "chat.completion.chunk", "created": 0, "model": body["model"],
                         "choices": [], "usage": {"prompt_tokens": 11, "completion_tokens": 7, "total_tokens": 18}}
                send(f"data: {json.dumps(usage)}\n\n".encode())
            send(b"data: [DONE]\n\n")
            handler.wfile.write(b"0\r\n\r\n")
            handler.wfile.flush()
        except (BrokenPipeError, ConnectionResetError):
            self.stream_closed_early.set()


@pytest.fixture
def server() -> Iterator[ScriptedServer]:
    from agent import llm_state

    llm_state.forget()
    scripted = ScriptedServer()
    yield scripted
    scripted.httpd.shutdown()
    scripted.httpd.server_close()


def llm(server: ScriptedServer, **overrides: Any) -> OpenAILLM:
    values = {"llm": "openai", "openai_base_url": server.url, "openai_api_key": "sk-test", "llm_model": "scripted",
              "llm_backoff_seconds": 0.01, "llm_timeout_seconds": 2.0, **overrides}
    return OpenAILLM(Settings(**values))


def test_structured_output_with_json_schema(server: ScriptedServer) -> None:
    server.script = [{"content": '{"summary": "ok", "total": "12.50"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value == Fields(summary="ok", total="12.50")
    assert generation.meta["calls"] == 1 and generation.meta["prompt_tokens"] == 11
    assert generation.meta["prompt"] == {"name": "test", "version": "1"}
    assert server.requests[0]["response_format"]["type"] == "json_schema"
    assert server.requests[0]["messages"][0] == {"role": "system", "content": "You extract fields."}


def test_429_and_500_are_retried_then_succeed(server: ScriptedServer) -> None:
    server.script = [{"status": 429}, {"status": 500}, {"content": '{"summary": "s", "total": "1"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value is not None and len(server.requests) == 3


def test_timeouts_fall_back_after_the_attempts(server: ScriptedServer) -> None:
    """A timed-out generation is not retried: on a single-slot server it is still running, and a retry would
    queue behind it."""
    server.script = [{"stall": 1.0}] * 3
    generation = llm(server, llm_timeout_seconds=0.3).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value is None and generation.meta["fallback"] == "timeout"
    assert len(server.requests) == 1 and generation.meta["calls"] == 1


def test_malformed_json_gets_one_repair(server: ScriptedServer) -> None:
    server.script = [{"content": "Sure! The summary is ok."}, {"content": '{"summary": "ok", "total": "2"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value == Fields(summary="ok", total="2") and generation.meta["calls"] == 2
    assert "not valid JSON" in server.requests[1]["messages"][-1]["content"]
    server.script = [{"content": "nope"}, {"content": "still nope"}]
    assert llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).value is None


def test_endpoint_without_json_schema_gets_json_object_with_the_schema(server: ScriptedServer) -> None:
    """llama-cpp-python answers json_schema with a 500 naming the format: a capability answer, not retried; the
    next way (json_object with a schema) is tried at once, and the choice is remembered for the process."""
    server.script = [{"status": 500, "message": "Input should be 'text' or 'json_object'"},
                     {"content": '```json\n{"summary": "ok", "total": "3"}\n```'}]
    client = llm(server)
    generation = client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value == Fields(summary="ok", total="3") and len(server.requests) == 2
    assert server.requests[1]["response_format"]["type"] == "json_object"
    assert server.requests[1]["response_format"]["schema"]["title"] == "Fields"
    assert "JSON Schema" in server.requests[1]["messages"][-1]["content"]
    assert client.state.readiness()["capabilities"]["json_schema"] is False
    server.script = [{"content": '{"summary": "again", "total": "4"}'}]
    assert llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).value.summary == "again"
    assert server.requests[2]["response_format"]["type"] == "json_object"  # another caller: known already


def test_an_endpoint_with_neither_format_gets_prompted_json(server: ScriptedServer) -> None:
    server.script = [{"status": 400, "message": "json_schema is not supported"},
                     {"status": 422, "message": "response_format: unknown type"},
                     {"content": '{"summary": "ok", "total": "5"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value == Fields(summary="ok", total="5")
    assert "response_format" not in server.requests[2]
    assert "JSON Schema" in server.requests[2]["messages"][-1]["content"]


def test_a_pinned_endpoint_is_asked_only_what_it_has(server: ScriptedServer) -> None:
    server.script = [{"content": '{"summary": "ok", "total": "6"}'}]
    generation = llm(server, llm_capabilities="none").structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value is not None and len(server.requests) == 1
    assert "response_format" not in server.requests[0] and "stream" not in server.requests[0]


def test_generation_is_bounded_and_closed_at_the_first_complete_json_object(server: ScriptedServer) -> None:
    """max_tokens comes from the prompt file; the stream is closed once a whole JSON object has arrived, so a
    model that goes on generating is stopped instead of filling its context."""
    bounded = Prompt(name="test", version="1", body=PROMPT.body, max_tokens=200)
    server.script = [{"content": '{"summary": "ok", "total": "7"}', "trail": 200, "pace": 0.05}]
    started = time.perf_counter()
    generation = llm(server).structured(prompt=bounded, values={"text": "x"}, schema=Fields)
    assert generation.value == Fields(summary="ok", total="7")
    assert server.requests[0]["max_tokens"] == 200 and server.requests[0]["stream"] is True
    assert server.stream_closed_early.wait(5)  # the server saw the client go before its 200 extra chunks
    assert time.perf_counter() - started < 5


def test_a_template_without_a_system_role_gets_the_instructions_in_the_user_message(server: ScriptedServer) -> None:
    server.script = [{"status": 500, "message": "System role not supported"},
                     {"content": '{"summary": "ok", "total": "8"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value is not None
    folded = server.requests[1]["messages"]
    assert [m["role"] for m in folded] == ["user"] and folded[0]["content"].startswith("You extract fields.")
    server.script = [{"content": '{"summary": "ok", "total": "9"}'}]
    llm(server, llm_model="gemma-3-1b-it").structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert [m["role"] for m in server.requests[-1]["messages"]] == ["user"]


def test_the_circuit_opens_and_spares_the_endpoint(server: ScriptedServer) -> None:
    client = llm(server, llm_max_attempts=1, llm_circuit_failures=2)
    server.script = [{"status": 500}, {"status": 500}]
    for _ in range(2):
        assert client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).value is None
    seen = len(server.requests)
    generation = client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.meta["fallback"] == "circuit open" and len(server.requests) == seen


def test_no_unmasked_personal_data_reaches_the_endpoint(server: ScriptedServer) -> None:
    text = "王小明 (wang@example.cn, 138 0013 8000) asks to pay DE89 3704 0044 0532 0130 00; ID 11010519491231002X"
    server.script = [{"content": '{"summary": "Pay [NAME_1] at [EMAIL_1]", "total": "100"}'}]
    generation = llm(server).structured(prompt=PROMPT, values={"text": text}, schema=Fields, names=["王小明"])
    sent = json.dumps(server.requests, ensure_ascii=False)
    for secret in ("王小明", "wang@example.cn", "138 0013 8000", "DE89 3704 0044 0532 0130 00", "11010519491231002X"):
        assert secret not in sent, secret
    assert generation.value.summary == "Pay 王小明 at wang@example.cn"  # restored in the reply


def test_offline_declines_and_the_caller_answers() -> None:
    assert OfflineLLM().structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).value is None


def test_a_generated_policy_answer_is_used_only_when_it_checks_out() -> None:
    result = LookupResult(found=True, answer="“…” (Travel, 3)", retrieval="bm25", citations=[
        Citation(doc_id="t", title="Travel", section="3", text="Shanghai 900 CNY per night.", score=1.0)])
    good = checked_answer(PolicyAnswer(answer="Up to 900 CNY a night in Shanghai.", cited=[1]), result)
    assert good == "Up to 900 CNY a night in Shanghai. (Travel, 3)"
    assert checked_answer(PolicyAnswer(answer="Up to 950 CNY.", cited=[1]), result) is None  # invented number
    assert checked_answer(PolicyAnswer(answer="900 CNY.", cited=[2]), result) is None  # cites what was not given
    assert checked_answer(PolicyAnswer(answer="Not stated.", cited=[], answerable=False), result) is None


def test_invoice_explanations_are_checked_and_recorded_in_task_events(harness_factory, server) -> None:
    from tests import factories as f

    h = harness_factory(llm="openai", openai_base_url=server.url, openai_api_key="sk-test", llm_backoff_seconds=0.01)
    h.webhook(f.event("purchase_order.upserted", f.po()))
    server.script = [{"content": '{"summary": "INV-1 matches PO-1: pay 357.00 EUR.", '
                                 '"rationale": "Both lines are on the PO at its prices."}'}]
    task_id = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-1")})).json()["task_id"]
    h.drain()
    task = h.task(task_id)
    assert task["proposal"]["summary"] == "INV-1 matches PO-1: pay 357.00 EUR."
    assert task["proposal"]["prompt"] == {"name": "invoice_explain", "version": "1"}
    assert task["proposal"]["written_by"] == "model"  # marked as machine-written (security finding 16)
    from tests.ui.test_pages import sign_in

    sign_in(h, "fiona")
    page = h.client.get(f"/ui/tasks/{task_id}")
    assert 'data-testid="model-written"' in page.text and "Written by a language model" in page.text
    event = next(e for e in task["events"] if e["type"] == "tool_run" and e["data"]["tool"] == "explain")
    assert event["data"]["used"] == "llm" and event["data"]["prompt_tokens"] == 11
    assert event["data"]["prompt"] == {"name": "invoice_explain", "version": "1"}
    # An explanation with a number the match does not hold is not shown: the template is.
    server.script = [{"content": '{"summary": "Pay 999.99 EUR.", "rationale": "Fine."}'}]
    other = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-2")})).json()["task_id"]
    h.drain()
    second = h.task(other)
    assert "999.99" not in second["proposal"]["summary"]
    assert second["proposal"]["prompt"]["name"] == "invoice_proposal" and second["proposal"]["written_by"] == "template"
    assert 'data-testid="model-written"' not in h.client.get(f"/ui/tasks/{other}").text
    assert next(e for e in second["events"] if e["data"].get("tool") == "explain")["data"]["used"] == "template"


TOOLS = [{"name": "policy_lookup", "description": "Policy questions",
          "parameters": {"type": "object", "properties": {"question": {"type": "string"}}}},
         {"name": "help", "description": "Greetings", "parameters": {"type": "object", "properties": {}}}]


def test_tool_choice_falls_back_from_required_to_auto_to_a_json_routing_answer(server: ScriptedServer) -> None:
    """An endpoint that ignores tool_choice "required" (text back) is asked with "auto"; when that too picks no
    tool, the routing is asked for as JSON. What the endpoint showed is remembered."""
    server.script = [{"content": "I think you want the policy tool."}, {"content": "Sure, policies."},
                     {"content": '{"name": "policy_lookup", "arguments": {"question": "hotel cap?"}}'}]
    client = llm(server)
    generation = client.choose_tool(prompt=PROMPT, values={"text": "hotel cap?"}, tools=TOOLS)
    assert generation.value == {"name": "policy_lookup", "arguments": {"question": "hotel cap?"}}
    assert [r.get("tool_choice") for r in server.requests] == ["required", "auto", None]
    asked = server.requests[2]["response_format"]
    assert asked["json_schema"]["schema"]["properties"]["name"]["enum"] == ["policy_lookup", "help"]
    assert client.state.readiness()["capabilities"]["tools_required"] is False
    server.script = [{"tool_call": {"name": "help", "arguments": {}}}]
    assert client.choose_tool(prompt=PROMPT, values={"text": "hi"}, tools=TOOLS).value["name"] == "help"
    assert server.requests[-1]["tool_choice"] == "auto"  # "required" is not tried again


def test_a_routing_failure_does_not_switch_off_json_answers(server: ScriptedServer) -> None:
    client = llm(server, llm_max_attempts=1, llm_circuit_failures=2, llm_capabilities="-tools_required,-tools_auto")
    server.script = [{"content": "not json"}, {"content": "still not"}] * 2
    for _ in range(2):  # a weak model's answers: fallbacks, but the endpoint is up and the circuit stays closed
        assert client.choose_tool(prompt=PROMPT, values={"text": "x"}, tools=TOOLS).value is None
    assert client.state.readiness()["circuit"] == {"structured": "closed", "tools": "closed"}
    server.script = [{"status": 503}, {"status": 503}]
    for _ in range(2):
        assert client.choose_tool(prompt=PROMPT, values={"text": "x"}, tools=TOOLS).value is None
    assert client.state.readiness()["circuit"] == {"structured": "closed", "tools": "open"}
    assert client.choose_tool(prompt=PROMPT, values={"text": "x"}, tools=TOOLS).meta["fallback"] == "circuit open"
    server.script = [{"content": '{"summary": "ok", "total": "1"}'}]
    assert client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).value is not None


def test_calls_failures_fallbacks_and_tokens_are_counted_for_the_process(server: ScriptedServer) -> None:
    from agent import llm_state

    client = llm(server, llm_max_attempts=1)
    server.script = [{"content": '{"summary": "ok", "total": "1"}'}, {"status": 503}]
    client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    client.report(PROMPT, used=True)
    assert client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields).meta["fallback"] == "http_5xx"
    totals = llm_state.totals()
    assert totals["calls"] == 2 and totals["used"] == 1 and totals["fallbacks"] == {"http_5xx": 1}
    assert totals["failures"] == {"http_5xx": 1} and totals["prompt_tokens"] == 11


def test_a_server_that_dies_mid_answer_gives_the_offline_answer_at_once(server: ScriptedServer) -> None:
    client = llm(server, llm_circuit_failures=1)
    server.script = [{"content": '{"summary": "a long answer that never ends", "total": "1"}', "cut": 3}]
    generation = client.structured(prompt=PROMPT, values={"text": "x"}, schema=Fields)
    assert generation.value is None and generation.meta["fallback"] == "connection"
    ready = client.state.readiness()
    assert ready["reachable"] is False and ready["circuit"] == {"structured": "open", "tools": "closed"}


def test_a_schema_compiled_into_a_grammar_loses_its_length_limits() -> None:
    """llama-cpp-python turns "maxLength": 1000 into a grammar too large to parse, and its server dies: the
    schema sent for json_object has no length, count or pattern limits; pydantic still checks them."""
    from agent.llm import grammar_safe
    from services.policies import PolicyAnswer

    sent = grammar_safe(PolicyAnswer.model_json_schema())
    assert "maxLength" not in json.dumps(sent) and "maxItems" not in json.dumps(sent)
    assert sent["properties"].keys() == PolicyAnswer.model_json_schema()["properties"].keys()
