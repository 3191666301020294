"""Schemathesis against /openapi.json: generated requests (valid and invalid) to every operation never get a
5xx, and every error is problem+json. Bounded for CI: DE_FUZZ_EXAMPLES per operation (default 20), derandomised
so CI is repeatable; raise it locally to dig deeper."""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterator
from typing import Any

import httpx
import pytest
import schemathesis
from hypothesis import HealthCheck, settings

from tests import factories as f
from tests.processes import free_port, send_webhook
from tests.test_crash_restart import ADMIN, Server

EXAMPLES = int(os.environ.get("DE_FUZZ_EXAMPLES", "20"))
SEEN: Counter[str] = Counter()


@pytest.fixture(scope="module")
def fuzz_target(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    """A real server process (as users run it), with a little data so generated ids sometimes meet rows."""
    tmp = tmp_path_factory.mktemp("fuzz")
    server = Server(tmp, free_port())
    server.start()
    try:
        http = httpx.Client(base_url=server.url, timeout=30)
        admin = {"Authorization": f"Bearer {ADMIN}"}
        secret = http.post("/v1/admin/sources", headers=admin, json={"name": "erp"}).json()["secret"]
        for payload in (f.event("purchase_order.upserted", f.po()),
                        f.event("invoice.received", {"invoice": f.invoice("INV-1")})):
            sent = send_webhook(http, secret, payload)
            assert sent.status_code in (200, 202), sent.text
        yield server.url
    finally:
        server.stop()
    print(f"\nschemathesis: {sum(SEEN.values())} calls, statuses {dict(sorted(SEEN.items()))}")


def _openapi() -> dict[str, Any]:
    """The schema the service publishes at /openapi.json (built without a database: no lifespan runs)."""
    from api.app import create_app
    from core.settings import Settings

    return create_app(Settings(database_url="sqlite://", admin_key=None)).openapi()


schema = schemathesis.openapi.from_dict(_openapi())


@schema.parametrize()
@settings(max_examples=EXAMPLES, deadline=None, derandomize=True,
          suppress_health_check=list(HealthCheck))
def test_no_server_error_and_problem_json(case: Any, fuzz_target: str) -> None:
    headers = {**(case.headers or {}), "Authorization": f"Bearer {ADMIN}"}  # past auth, into the handlers
    response = case.call(base_url=fuzz_target, headers=headers)
    SEEN[str(response.status_code)] += 1
    assert response.status_code < 500, (case.method, case.path, response.status_code, response.text[:500])
    if response.status_code >= 400:
        content_type = {k.lower(): v for k, v in response.headers.items()}.get("content-type", [""])[0]
        assert content_type.startswith("application/problem+json"), (case.method, case.path, response.headers)
        body = response.json()
        assert body["status"] == response.status_code and body["title"] and body["type"]
        assert "Traceback" not in response.text
