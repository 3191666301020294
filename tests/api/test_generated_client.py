"""A client generated from the service's own /openapi.json drives one invoice from the ERP's webhook to a decision
(issue 20): `invoice.received`, signed → the task pauses (`awaiting_review`) → a finance reviewer lists reviews and
approves → the task is final. Every assertion reads a typed model of the generated client, never a raw dict.

The generator is openapi-python-client (a dev extra), run as its CLI into the test's tmp dir; nothing generated is
committed. The client talks to the harness's app over real HTTP: a uvicorn server on a free loopback port, as in
tests/ui/test_browser.py. That keeps the generated `AuthenticatedClient` unmodified (it builds its own httpx client
and bearer header; handing it the TestClient through `set_httpx_client` would bypass its auth handling), and the
queued task still runs on the harness's worker in the test's thread (`h.drain()`), so nothing waits on a background
thread and nothing sleeps.

What the generator warns about in the document (openapi-python-client 0.29; none is on the path tested here):
- GET /v1/tasks/{task_id}/original: its 200 is application/pdf or application/xml, which the generator does not
  support; the function is generated without a parsed response.
Errors are documented as `Problem` (application/problem+json) for every route, so a 404 or a 422 comes back as a
typed Problem, and the webhook's 200 (master data) as a WebhookAccepted `{ok: true}`.
"""

from __future__ import annotations

import importlib
import json
import subprocess
import sys
import uuid
from collections.abc import Iterator
from contextlib import ExitStack
from http import HTTPStatus
from types import ModuleType, SimpleNamespace
from typing import Any

import httpx
import pytest
from fastapi.testclient import TestClient

from api.app import create_app
from core.signing import sign
from tests import factories as f
from tests.conftest import Harness, make_settings
from tests.live import serve

pytest.importorskip("openapi_python_client", reason="openapi-python-client is not installed (pip install -e '.[dev]')")

PACKAGE = "de_generated_client"
# The operations the path uses: the generator must not have warned about any of them.
USED = ("/v1/webhooks/{source}", "/v1/reviews", "/v1/tasks/{task_id}", "/v1/tasks/{task_id}/resume")


@pytest.fixture(scope="module")
def spec(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """The app's /openapi.json, as served (it does not depend on the database or the settings used here)."""
    database = tmp_path_factory.mktemp("spec") / "de.db"
    with TestClient(create_app(make_settings(f"sqlite:///{database}"), run_worker=False)) as client:
        response = client.get("/openapi.json")
    assert response.status_code == 200, response.text
    return response.json()


@pytest.fixture(scope="module")
def generated(spec: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> Iterator[SimpleNamespace]:
    """Generate the client package into a tmp dir with the generator's CLI and import it; yields its modules and
    the generator's output (its warnings)."""
    root = tmp_path_factory.mktemp("client")
    document = root / "openapi.json"
    document.write_text(json.dumps(spec))
    config = root / "config.json"
    config.write_text(json.dumps({"post_hooks": []}))  # no ruff formatting pass: nothing reads the code but Python
    run = subprocess.run([sys.executable, "-m", "openapi_python_client", "generate", "--path", str(document),
                          "--output-path", str(root / PACKAGE), "--meta", "none", "--config", str(config)],
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stdout + run.stderr
    sys.path.insert(0, str(root))
    try:
        def load(name: str) -> ModuleType:
            return importlib.import_module(f"{PACKAGE}.{name}")

        yield SimpleNamespace(
            output=run.stdout + run.stderr, client=load("client"), models=load("models"),
            webhook=load("api.webhooks.receive_v1_webhooks_source_post"),
            reviews=load("api.reviews.list_reviews_v1_reviews_get"),
            get_task=load("api.tasks.get_task_v1_tasks_task_id_get"),
            resume=load("api.tasks.resume_v1_tasks_task_id_resume_post"))
    finally:
        sys.path.remove(str(root))
        for name in [name for name in sys.modules if name == PACKAGE or name.startswith(PACKAGE + ".")]:
            del sys.modules[name]


@pytest.fixture
def live(h: Harness) -> Iterator[str]:
    """The harness's app over HTTP (its worker is the test's: `h.drain()` runs the queued task)."""
    with serve(h.client.app) as url:
        yield url


def test_the_generator_warns_about_no_route_on_the_path(generated: SimpleNamespace) -> None:
    warnings = [line for line in generated.output.splitlines() if line.startswith("WARNING")]
    assert not [line for line in warnings if any(f" {path} " in f"{line} " for path in USED)], generated.output


def test_webhook_to_review_to_decision_through_the_generated_client(h: Harness, live: str,
                                                                   generated: SimpleNamespace,
                                                                   spec: dict[str, Any]) -> None:
    m, api = generated.models, generated
    assert httpx.get(f"{live}/openapi.json").json() == spec  # the client was generated from this app's document
    with ExitStack() as stack:  # each generated client closes its own httpx client on exit
        erp = stack.enter_context(api.client.Client(base_url=live, raise_on_unexpected_status=True))
        fiona, harry = (stack.enter_context(api.client.AuthenticatedClient(
            base_url=live, token=h.keys[who], raise_on_unexpected_status=True)) for who in ("fiona", "harry"))
        Type = m.ReceiveV1WebhooksSourcePostBodyType

        def send(type_: Any, data: dict[str, Any]) -> Any:
            """POST an ERP event with the generated function, signed over the bytes it sends: the same body
            model encoded by the same httpx as the generated call (a mismatch would be a 401, not a pass)."""
            body = m.ReceiveV1WebhooksSourcePostBody(id=f"evt-{uuid.uuid4()}", type_=type_,
                                                     data=m.ReceiveV1WebhooksSourcePostBodyData.from_dict(data))
            wire = httpx.Request("POST", live, json=body.to_dict()).content
            return api.webhook.sync_detailed(h.source, client=erp, body=body,
                                             x_de_signature=sign(h.source_secret, wire))

        # Master data first: 200 {ok: true}, typed like the 202.
        for type_, data in ((Type.PURCHASE_ORDER_UPSERTED, f.po()), (Type.GOODS_RECEIPT_POSTED, f.grn())):
            applied = send(type_, data)
            assert applied.status_code == HTTPStatus.OK
            assert isinstance(applied.parsed, m.WebhookAccepted) and applied.parsed.ok is True

        accepted = send(Type.INVOICE_RECEIVED, {"invoice": f.invoice()})
        assert accepted.status_code == HTTPStatus.ACCEPTED
        assert isinstance(accepted.parsed, m.WebhookAccepted)
        assert accepted.parsed.status == "queued"
        task_id = accepted.parsed.task_id

        assert h.drain() == 1  # the harness's worker runs the task here, in the test's thread

        paused = api.get_task.sync(task_id, client=fiona)
        assert isinstance(paused, m.TaskRead)
        assert paused.status == "awaiting_review"
        assert paused.kind == "invoice_review" and paused.domain == "finance" and paused.source == h.source
        assert isinstance(paused.proposal, m.TaskReadProposalType0)
        assert paused.proposal["action"] == "approve_for_payment"
        assert [event.type_ for event in paused.events] == ["created", "tool_run", "flags_raised", "paused"]

        page = api.reviews.sync(client=fiona)
        assert isinstance(page, m.ReviewPage)
        [item] = page.items
        assert isinstance(item, m.ReviewItem)
        assert item.task_id == task_id and item.domain == "finance" and item.version == paused.version
        assert "approve" in item.allowed_decisions and item.overdue is False
        assert api.reviews.sync(client=harry).items == []  # a reviewer of hr sees no finance review

        decision = m.ResumeRequest(decision=m.ResumeRequestDecision.APPROVE, version=item.version,
                                   comment="matches PO-1 and its receipt")
        decided = api.resume.sync(task_id, client=fiona, body=decision)
        assert isinstance(decided, m.TaskRead)
        assert decided.status == "approved" and decided.version > item.version
        assert isinstance(decided.review, m.TaskReadReviewType0)
        assert decided.review["by"] == "fiona" and decided.review["comment"] == "matches PO-1 and its receipt"

        final = api.get_task.sync(task_id, client=fiona)
        assert isinstance(final, m.TaskRead)
        assert final.status == "approved" and final.version == decided.version
        assert [event.type_ for event in final.events][-2:] == ["decided", "finalized"]
        assert api.reviews.sync(client=fiona).items == []

        # Errors are typed too: problem+json, read as the generated Problem model.
        missing = api.get_task.sync_detailed("t_" + "0" * 30, client=fiona)
        assert missing.status_code == HTTPStatus.NOT_FOUND
        assert isinstance(missing.parsed, m.Problem) and missing.parsed.status == 404
        stale = api.resume.sync_detailed(task_id, client=fiona, body=decision)
        assert stale.status_code == HTTPStatus.CONFLICT and isinstance(stale.parsed, m.Problem)


def test_every_route_is_generated(generated: SimpleNamespace) -> None:
    """Every operation of the document becomes a function (the invoice-match body once had an array without
    `items`, and the generator skipped the route)."""
    warnings = [line for line in generated.output.splitlines() if "invoice-match" in line or "risk-flags" in line]
    assert warnings == [], generated.output
