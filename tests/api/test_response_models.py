"""Typed responses (issue 20): the routes below name their 2xx response schema in /openapi.json, and
a callback carries the same TaskRead as GET /v1/tasks/{id}."""

from __future__ import annotations

import pytest

from services.views import TaskRead
from tests import factories as f
from tests.api.test_reviews import paused_task, resume
from tests.conftest import Harness

TYPED = {
    ("get", "/healthz"): "Health", ("get", "/readyz"): "Ready", ("get", "/v1/tasks/{task_id}"): "TaskRead",
    ("post", "/v1/tasks/{task_id}/resume"): "TaskRead", ("post", "/v1/tasks/{task_id}/redeliver"): "TaskRead",
    ("get", "/v1/reviews"): "ReviewPage", ("post", "/v1/webhooks/{source}"): "WebhookAccepted",
    ("put", "/v1/master-data/{kind}/{object_id}"): "MasterDataSaved",
    ("post", "/v1/tools/invoice-match"): "MatchResult", ("post", "/v1/tools/risk-flags"): "RiskFlags",
    ("post", "/v1/tools/policy-lookup"): "LookupResult", ("post", "/v1/chat"): "ChatReply",
    ("get", "/v1/chat/threads/{thread_id}"): "ChatThread", ("post", "/v1/policies"): "PolicyUploaded",
    ("get", "/v1/policies"): "PolicyList", ("post", "/v1/tools/resume-parse"): "ResumeParseAnswer",
    ("get", "/v1/skills"): "SkillTaxonomy", ("get", "/v1/vendors/{vendor_id}/risk"): "VendorRisk",
    ("get", "/v1/reports/adverse-impact"): "AdverseImpact",
}


@pytest.mark.parametrize("route, model", sorted(TYPED.items()))
def test_the_route_names_its_response_schema(h: Harness, route: tuple[str, str], model: str) -> None:
    spec = h.client.get("/openapi.json").json()
    method, path = route
    responses = spec["paths"][path][method]["responses"]
    success = next(code for code in responses if code.startswith("2"))
    schema = responses[success]["content"]["application/json"]["schema"]
    assert schema == {"$ref": f"#/components/schemas/{model}"}
    assert model in spec["components"]["schemas"]


def test_a_task_read_back_validates_as_its_model(h: Harness) -> None:
    task = paused_task(h)
    assert TaskRead.model_validate(task).proposal["action"] == "approve_for_payment"
    final = resume(h, task, "fiona").json()
    assert TaskRead.model_validate(final).status == "approved"
    page = h.client.get("/v1/reviews", headers=h.auth("fiona")).json()
    assert page == {"items": [], "next_cursor": None}
    assert h.webhook(f.event("vendor.upserted", {"vendor_id": "V9", "name": "Nine"})).json() == {"ok": True}


def test_every_error_a_route_documents_is_a_problem(h: Harness) -> None:
    """4xx answers are application/problem+json; the document says so for every route and code, so a generated
    client reads a typed Problem instead of failing on FastAPI's default validation-error shape."""
    spec = h.client.get("/openapi.json").json()
    assert "HTTPValidationError" not in spec["components"]["schemas"]
    checked = 0
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            for code, response in operation["responses"].items():
                if code.startswith("4"):
                    schema = response.get("content", {}).get("application/problem+json", {}).get("schema")
                    assert schema == {"$ref": "#/components/schemas/Problem"}, (method, path, code)
                    checked += 1
    assert checked >= 150
