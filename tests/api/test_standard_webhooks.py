"""Standard Webhooks (standardwebhooks.com), checked with the `standardwebhooks` library, which someone else wrote:
our callbacks verify with it, and an ERP event it signs is accepted. X-DE-Signature stays as it was."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from core.signing import standard_secret
from storage.models import Source
from tests import factories as f
from tests.agent.test_runner import approved_task_with_callback
from tests.conftest import Harness
from tests.services.test_deliveries import Receiver, deliver_until

webhooks = pytest.importorskip("standardwebhooks.webhooks", reason="standardwebhooks is not installed")


def test_a_callback_verifies_with_the_standard_webhooks_library(harness_factory) -> None:
    h = harness_factory()
    with Receiver([200]) as receiver:
        task = approved_task_with_callback(h, receiver.url)
        deliver_until(h, lambda: len(receiver.requests) == 1)
    headers, body = receiver.requests[0]
    with h.services.db.session() as session:  # the whsec form of the source's secret (shown once, at creation)
        whsec = standard_secret(session.get(Source, "erp-cb").secret)
    lowered = {key.lower(): value for key, value in headers.items()}
    payload = webhooks.Webhook(whsec).verify(body, lowered)  # raises WebhookVerificationError if wrong
    assert payload["task"]["id"] == task["id"] and lowered["webhook-id"].startswith("msg_de_")
    assert "x-de-signature" in lowered  # the old header is still there
    with pytest.raises(webhooks.WebhookVerificationError):
        webhooks.Webhook(whsec).verify(body.replace(b"approved", b"rejected"), lowered)


def test_an_event_signed_by_the_library_is_accepted_and_a_forged_one_is_not(h: Harness) -> None:
    created = h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "erp-std"}).json()
    assert created["standard_webhooks_secret"] == standard_secret(created["secret"])
    signer = webhooks.Webhook(created["standard_webhooks_secret"])
    body = json.dumps(f.event("purchase_order.upserted", f.po())).encode()
    now = dt.datetime.now(tz=dt.UTC)
    signature = signer.sign("msg_1", now, body.decode())
    headers = {"Content-Type": "application/json", "webhook-id": "msg_1",
               "webhook-timestamp": str(int(now.timestamp())), "webhook-signature": signature}
    assert h.client.post("/v1/webhooks/erp-std", content=body, headers=headers).status_code == 200
    forged = webhooks.Webhook(standard_secret("not-the-secret")).sign("msg_2", now, body.decode())
    refused = h.client.post("/v1/webhooks/erp-std", content=body, headers=headers | {"webhook-id": "msg_2",
                                                                                       "webhook-signature": forged})
    assert refused.status_code == 401
    stale = now - dt.timedelta(minutes=10)
    old = signer.sign("msg_3", stale, body.decode())
    assert h.client.post("/v1/webhooks/erp-std", content=body, headers=headers | {
        "webhook-id": "msg_3", "webhook-timestamp": str(int(stale.timestamp())), "webhook-signature": old,
    }).status_code == 401  # more than 300 s from now


def test_a_whsec_secret_goes_to_the_library_as_it_is() -> None:
    """The service's secrets are `whsec_…` already: the library takes the very string the admin was shown."""
    import base64

    secret = "whsec_" + base64.b64encode(b"0123456789abcdef0123456789abcdef").decode()
    assert standard_secret(secret) == secret
    assert standard_secret("plain-old-secret") == "whsec_" + base64.b64encode(b"plain-old-secret").decode()
    from core.signing import standard_headers

    body = b'{"id": "evt-1"}'
    headers = standard_headers(secret, "msg_1", body)
    assert webhooks.Webhook(secret).verify(body, headers) == {"id": "evt-1"}
