"""Health, readiness, metrics, request ids and error rendering."""

from __future__ import annotations

from tests import factories as f
from tests.api.test_webhooks import assert_problem, load_po
from tests.conftest import Harness


def test_health_and_readiness(h: Harness) -> None:
    assert h.client.get("/healthz").json() == {"status": "ok"}
    ready = h.client.get("/readyz").json()
    backend = "postgresql" if h.settings.database_url.startswith("postgresql") else "sqlite"
    assert ready["status"] == "ready" and ready["database"] == backend


def test_metrics_count_requests_and_tasks(h: Harness) -> None:
    load_po(h)
    h.webhook(f.event("invoice.received", {"invoice": f.invoice()}))
    h.drain()
    text = h.client.get("/metrics").text
    assert 'de_tasks{status="awaiting_review"} 1.0' in text
    assert 'de_http_requests_total{method="POST",route="/v1/webhooks/{source}",status="202"} 1.0' in text
    assert "de_http_request_duration_seconds_bucket" in text


def test_request_id_is_echoed_or_made(h: Harness) -> None:
    assert h.client.get("/healthz", headers={"X-Request-ID": "abc-123"}).headers["x-request-id"] == "abc-123"
    made = h.client.get("/healthz", headers={"X-Request-ID": "bad id\nwith newline"}).headers["x-request-id"]
    assert len(made) == 32 and "\n" not in made


def test_unknown_route_and_method_are_problems(h: Harness) -> None:
    assert_problem(h.client.get("/v1/nothing-here"), 404)
    assert_problem(h.client.delete("/healthz"), 405)
    assert_problem(h.client.get("/v1/tasks/unknown-id", headers=h.auth("admin")), 404)


def test_openapi_documents_the_contract_paths(h: Harness) -> None:
    paths = h.client.get("/openapi.json").json()["paths"]
    for path in ("/v1/webhooks/{source}", "/v1/tasks/{task_id}", "/v1/tasks/{task_id}/resume", "/v1/reviews",
                 "/v1/admin/keys", "/v1/admin/sources", "/v1/tools/invoice-match", "/healthz", "/readyz"):
        assert path in paths, path


def test_invoice_match_tool_uses_master_data(h: Harness) -> None:
    load_po(h, receipts=[f.grn(lines=[(1, "100")])])
    response = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), json={"invoice": f.invoice()})
    assert response.status_code == 200, response.text
    result = response.json()
    assert result["match_type"] == "three_way"
    assert [e["code"] for e in result["exceptions"]] == ["NOT_RECEIVED"]
    assert result["recommended_action"] == "hold"
    missing = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"),
                            json={"invoice": f.invoice(po_number="PO-404")})
    assert missing.status_code == 200 and missing.json()["exceptions"][0]["code"] == "PO_NOT_FOUND"
    bad = h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), json={"invoice": {"total": "x"}})
    assert_problem(bad, 422)
    assert_problem(h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), content=b"<xml/>",
                                 ), 400)
    assert_problem(h.client.post("/v1/tools/invoice-match", headers=h.auth("fiona"), content=b"{}",
                                 ), 422)
    assert_problem(h.client.post("/v1/tools/invoice-match", headers={**h.auth("fiona"), "Content-Type": "text/xml"},
                                 content=b"<a/>"), 415)


def test_logs_are_json_lines_with_request_and_task_ids(harness_factory, capsys) -> None:
    import json

    h = harness_factory(log_level="INFO")
    load_po(h)
    task_id = h.webhook(f.event("invoice.received", {"invoice": f.invoice()})).json()["task_id"]
    h.drain()
    lines = [json.loads(line) for line in capsys.readouterr().err.splitlines() if line.startswith("{")]
    requests = [line for line in lines if line["event"] == "request"]
    assert requests and all(len(line["request_id"]) == 32 for line in requests)
    paused = [line for line in lines if line["event"] == "task_paused"]
    assert paused and paused[0]["task_id"] == task_id


def test_an_unknown_http_method_adds_no_metrics_label(h: Harness) -> None:
    for n in range(3):
        h.client.request("X" * 500 + str(n), "/healthz")
    text = h.client.get("/metrics").text
    assert "X" * 50 not in text  # one label value per method ever sent would grow without bound
    assert 'method="other"' in text
