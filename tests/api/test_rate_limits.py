"""Per-key and per-source rate limits: 429 problem+json with Retry-After, nothing changed, others unaffected."""

from __future__ import annotations

import pytest

from core.errors import RateLimited
from core.ratelimit import RateLimiter
from tests import factories as f
from tests.api.test_webhooks import assert_problem


def test_bucket_refills_at_the_rate() -> None:
    now = [0.0]
    limiter = RateLimiter(per_minute=60, burst=2, clock=lambda: now[0])
    limiter.hit("a")
    limiter.hit("a")
    with pytest.raises(RateLimited) as refused:
        limiter.hit("a")
    assert refused.value.headers["Retry-After"] == "1"
    limiter.hit("b")  # another key has its own bucket
    now[0] = 1.0  # one second later: one token back
    limiter.hit("a")
    with pytest.raises(RateLimited):
        limiter.hit("a")
    assert RateLimiter(per_minute=0, burst=1, clock=lambda: 0.0).enabled is False


def test_api_key_over_its_limit_gets_429(harness_factory) -> None:
    h = harness_factory(rate_limit_per_minute=90, rate_limit_burst=500)
    assert h.services.limiter.rate == 1.5 and h.services.limiter.burst == 500  # from DE_RATE_LIMIT_* settings
    h.services.limiter = RateLimiter(per_minute=1, burst=3, clock=lambda: 1000.0)  # tight, after the set-up; time stands still
    for _ in range(3):
        assert h.client.get("/v1/reviews", headers=h.auth("fiona")).status_code == 200
    refused = h.client.get("/v1/reviews", headers=h.auth("fiona"))
    body = assert_problem(refused, 429)
    assert int(refused.headers["Retry-After"]) == 60 and "rate limit" in body["detail"]
    assert h.client.get("/v1/reviews", headers=h.auth("gary")).status_code == 200


def test_webhook_source_over_its_limit_changes_nothing(harness_factory) -> None:
    h = harness_factory()
    h.services.limiter = RateLimiter(per_minute=1, burst=2, clock=lambda: 1000.0)
    accepted = [h.webhook(f.event("purchase_order.upserted", f.po(), event_id=f"E-{i}")) for i in range(2)]
    assert [r.status_code for r in accepted] == [200, 200]  # master data is applied at once
    refused = h.webhook(f.event("invoice.received", {"invoice": f.invoice()}, event_id="E-3"))
    assert_problem(refused, 429)
    assert h.drain() == 0  # no task was created for the refused call
