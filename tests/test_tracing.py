"""OpenTelemetry tracing (core/tracing.py), with the SDK's in-memory exporter: one webhook, its review, the decision
and the callback make one connected trace; LLM spans carry model and tokens and no text unless asked; logs carry
the trace id; off, nothing is set up."""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from api.middleware import TracingMiddleware
from core import tracing
from core.logging import configure_logging, get_logger
from core.settings import Settings
from storage.models import Task
from tests import factories as f
from tests.agent.test_llm import PROMPT, Fields, ScriptedServer, llm
from tests.agent.test_runner import approved_task_with_callback
from tests.services.test_deliveries import Receiver, deliver_until

pytest.importorskip("opentelemetry.sdk", reason="the [otel] extra is not installed")
from opentelemetry.sdk.trace.export.in_memory_span_exporter import InMemorySpanExporter

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    stop = tracing.setup(Settings(otel_enabled=True), exporter=exporter)
    assert tracing.enabled()
    yield exporter
    stop()
    assert not tracing.enabled()


@pytest.fixture
def content_spans() -> Iterator[InMemorySpanExporter]:
    exporter = InMemorySpanExporter()
    stop = tracing.setup(Settings(otel_enabled=True, otel_capture_content=True), exporter=exporter)
    yield exporter
    stop()


def _hex(number: int, width: int) -> str:
    return format(number, f"0{width}x")


def test_webhook_review_decision_and_callback_are_one_connected_trace(harness_factory, spans) -> None:
    h = harness_factory(otel_enabled=True)
    with Receiver([200]) as receiver:
        task_id = approved_task_with_callback(h, receiver.url)["id"]  # webhooks, run, review, decision, resume
        deliver_until(h, lambda: len(receiver.requests) == 1)

    with h.services.db.session() as session:
        traceparent = session.get(Task, task_id).traceparent
    assert traceparent and traceparent.startswith("00-")
    trace_id = int(traceparent.split("-")[1], 16)

    finished = spans.get_finished_spans()
    webhook = [s for s in finished if s.name == "POST /v1/webhooks/{source}"
               and (s.attributes or {}).get("de.task.id") == task_id]
    assert len(webhook) == 1 and webhook[0].context.trace_id == trace_id
    assert webhook[0].parent is None  # the ERP sent no traceparent: the webhook starts the trace

    in_trace = [s for s in finished if s.context.trace_id == trace_id]
    names = [s.name for s in in_trace]
    assert names.count("task.run") == 2  # the first run (to the review) and the resume
    for node in ("load_context", "match", "flag_risks", "propose", "review_gate", "finalize"):
        assert f"graph.node {node}" in names, node
    assert names.count("graph.node review_gate") == 2  # paused, then re-run on resume
    assert "execute_tool match_invoice" in names and "execute_tool check_invoice_risks" in names
    assert "task.decide" in names and "callback.deliver" in names

    # Connected: every span's parent is a span of this trace, up to the webhook's request.
    ids = {s.context.span_id for s in in_trace}
    assert [s.name for s in in_trace if s.parent is None] == ["POST /v1/webhooks/{source}"]
    assert all(s.parent.span_id in ids for s in in_trace if s.parent is not None)
    by_id = {s.context.span_id: s for s in in_trace}
    run_parents = sorted(by_id[s.parent.span_id].name for s in in_trace if s.name == "task.run")
    assert run_parents == ["POST /v1/webhooks/{source}", "task.decide"]
    gate = [s for s in in_trace if s.name == "graph.node review_gate"]
    assert any((s.attributes or {}).get("de.graph.interrupted") for s in gate)
    assert all(s.status.is_ok for s in gate)  # a pause is not a failure

    # The reviewer's request has its own trace, linked from the decision.
    resume_request = [s for s in finished if s.name == "POST /v1/tasks/{task_id}/resume"]
    decide = next(s for s in in_trace if s.name == "task.decide")
    assert len(resume_request) == 1 and resume_request[0].context.trace_id != trace_id
    assert [link.context.span_id for link in decide.links] == [resume_request[0].context.span_id]

    # The callback carries the delivery span as its W3C parent.
    deliver = next(s for s in in_trace if s.name == "callback.deliver")
    headers = {key.lower(): value for key, value in receiver.requests[0][0].items()}
    assert headers["traceparent"].startswith(f"00-{_hex(trace_id, 32)}-{_hex(deliver.context.span_id, 16)}-")
    assert deliver.attributes["http.response.status_code"] == 200
    assert deliver.attributes["server.address"] == "127.0.0.1"


def test_llm_span_has_model_and_tokens_and_no_text_by_default(spans) -> None:
    server = ScriptedServer()
    try:
        from agent import llm_state

        llm_state.forget()
        server.default = {"content": '{"summary": "paid", "total": "10.00"}'}
        generation = llm(server).structured(prompt=PROMPT, values={"text": "Invoice for jane.doe@example.com"},
                                            schema=Fields)
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
    assert generation.value is not None
    (span,) = [s for s in spans.get_finished_spans() if s.name == "chat scripted"]
    attributes = dict(span.attributes or {})
    assert attributes["gen_ai.operation.name"] == "chat"
    assert attributes["gen_ai.provider.name"] == attributes["gen_ai.system"] == "openai"
    assert attributes["gen_ai.request.model"] == "scripted"
    assert (attributes["gen_ai.usage.input_tokens"], attributes["gen_ai.usage.output_tokens"]) == (11, 7)
    assert attributes["server.address"] == "127.0.0.1" and span.kind.name == "CLIENT"
    assert "gen_ai.input.messages" not in attributes and "gen_ai.output.messages" not in attributes
    text = json.dumps(attributes)
    assert "Invoice for" not in text and "jane" not in text and "paid" not in text


def test_llm_content_is_recorded_masked_only_when_enabled(content_spans) -> None:
    server = ScriptedServer()
    try:
        from agent import llm_state

        llm_state.forget()
        server.default = {"content": '{"summary": "paid", "total": "10.00"}'}
        llm(server).structured(prompt=PROMPT, values={"text": "Invoice for jane.doe@example.com"}, schema=Fields)
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
    (span,) = [s for s in content_spans.get_finished_spans() if s.name == "chat scripted"]
    sent = span.attributes["gen_ai.input.messages"]
    assert "Invoice for" in sent and "jane.doe@example.com" not in sent  # as it left the process: masked
    assert "paid" in span.attributes["gen_ai.output.messages"]


def test_log_lines_carry_the_trace_id_inside_a_span(spans, capsys) -> None:
    configure_logging(level="INFO", json_output=True)
    log = get_logger("tests.tracing")
    with tracing.span("outer") as span:
        log.info("inside")
    log.info("outside")
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    inside = next(line for line in lines if line["event"] == "inside")
    outside = next(line for line in lines if line["event"] == "outside")
    assert inside["trace_id"] == _hex(span.get_span_context().trace_id, 32)
    assert inside["span_id"] == _hex(span.get_span_context().span_id, 16)
    assert "trace_id" not in outside


def test_off_nothing_is_set_up(harness_factory) -> None:
    assert not tracing.wanted(Settings())
    assert tracing.wanted(Settings(otel_exporter_otlp_endpoint="http://localhost:4318"))
    assert not tracing.wanted(Settings(otel_exporter_otlp_endpoint="http://localhost:4318", otel_enabled=False))
    h = harness_factory()
    assert not tracing.enabled()
    assert not [m for m in h.client.app.user_middleware if m.cls is TracingMiddleware]
    assert tracing.span("x") is tracing.span("y")  # one shared null context: nothing is built per call
    with Receiver([200]) as receiver:
        task_id = approved_task_with_callback(h, receiver.url)["id"]
        deliver_until(h, lambda: len(receiver.requests) == 1)
    assert "traceparent" not in {key.lower() for key in receiver.requests[0][0]}
    with h.services.db.session() as session:
        assert session.get(Task, task_id).traceparent is None
    assert tracing.current_traceparent() is None


def test_the_core_runs_without_the_packages(tmp_path: Path) -> None:
    """Without the [otel] extra (the SDK and the exporter not importable; the API comes with FastAPI), the app builds
    and serves; asking for tracing only warns."""
    script = """
import sys
for name in ("opentelemetry.sdk", "opentelemetry.exporter"):
    sys.modules[name] = None
from core import tracing
from core.settings import Settings
from fastapi.testclient import TestClient
settings = Settings(database_url=sys.argv[1], otel_enabled=True, log_level="ERROR")
assert tracing.setup(settings)() is None and not tracing.enabled()
from api.app import create_app
with TestClient(create_app(settings, run_worker=False)) as client:
    assert client.get("/healthz").status_code == 200
assert not tracing.enabled()
assert not [m for m in sys.modules if m.startswith("opentelemetry.sdk") and sys.modules[m] is not None]
print("ok")
"""
    done = subprocess.run([sys.executable, "-c", script, f"sqlite:///{tmp_path / 'de.db'}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().endswith("ok")


def test_chat_and_tool_endpoints_are_traced(harness_factory, spans) -> None:
    h = harness_factory(otel_enabled=True)
    h.webhook(f.event("purchase_order.upserted", f.po()))
    matched = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), json={"invoice": f.invoice()})
    assert matched.status_code == 200, matched.text
    answered = h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": "How many vacation days do I get?"})
    assert answered.status_code == 200, answered.text
    finished = {s.name: s for s in spans.get_finished_spans()}
    tool, request = finished["execute_tool invoice_match"], finished["POST /v1/tools/invoice-match"]
    assert tool.parent.span_id == request.context.span_id
    assert tool.attributes["gen_ai.operation.name"] == "execute_tool"
    assert tool.attributes["gen_ai.tool.name"] == "invoice_match"
    node, chat = finished["graph.node respond"], finished["POST /v1/chat"]
    assert node.context.trace_id == chat.context.trace_id
    assert finished["execute_tool policy_lookup"].parent.span_id == node.context.span_id


OTLP_SCRIPT = """
import sys, threading
from http.server import BaseHTTPRequestHandler, HTTPServer
from opentelemetry.proto.collector.trace.v1.trace_service_pb2 import ExportTraceServiceRequest
received = []

class Collector(BaseHTTPRequestHandler):
    def do_POST(self):
        request = ExportTraceServiceRequest()
        request.ParseFromString(self.rfile.read(int(self.headers["Content-Length"])))
        for resource in request.resource_spans:
            service = [a.value.string_value for a in resource.resource.attributes if a.key == "service.name"]
            received.extend((self.path, service[0], span.name) for scope in resource.scope_spans for span in scope.spans)
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass

collector = HTTPServer(("127.0.0.1", 0), Collector)
threading.Thread(target=collector.serve_forever, daemon=True).start()
from core.settings import Settings
from api.app import create_app
from fastapi.testclient import TestClient
settings = Settings(database_url=sys.argv[1], log_level="ERROR",
                    otel_exporter_otlp_endpoint=f"http://127.0.0.1:{collector.server_port}")
import os
os.environ["OTEL_EXPORTER_OTLP_ENDPOINT"] = settings.otel_exporter_otlp_endpoint  # what the exporter reads
with TestClient(create_app(settings, run_worker=False)) as client:
    assert client.get("/healthz").status_code == 200
print(sorted(received))
"""


def test_the_endpoint_variable_sends_spans_over_otlp_http(tmp_path: Path) -> None:
    """The production path, in a process of its own (it sets the global tracer provider): OTLP/HTTP to
    /v1/traces under service.name digital-employee, one server span per request (FastAPI's own are off)."""
    done = subprocess.run([sys.executable, "-c", OTLP_SCRIPT, f"sqlite:///{tmp_path / 'de.db'}"], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip().splitlines()[-1] == "[('/v1/traces', 'digital-employee', 'GET /healthz')]"
