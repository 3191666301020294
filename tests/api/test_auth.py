"""Bearer keys, roles and the admin bootstrap."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from storage.keys import hash_key
from storage.models import ApiKey
from tests.api.test_webhooks import assert_problem
from tests.conftest import ADMIN_KEY, Harness


@pytest.mark.parametrize("header", [None, "Bearer", "Bearer wrong-key", "Basic YWRtaW46eA==", "Bearer " + "x" * 600])
def test_bad_or_missing_credentials_are_401(h: Harness, header) -> None:
    headers = {"Authorization": header} if header else {}
    response = h.client.get("/v1/reviews", headers=headers)
    assert_problem(response, 401)


def test_keys_are_stored_hashed_and_shown_once(h: Harness) -> None:
    response = h.client.post("/v1/admin/keys", headers=h.auth("admin"),
                             json={"name": "nina", "role": "reviewer", "domains": ["hr", "finance"]})
    assert response.status_code == 201
    body = response.json()
    assert body["domains"] == ["finance", "hr"] and body["role"] == "reviewer" and body["key"].startswith("de_")
    with h.services.db.session() as session:
        row = session.scalar(select(ApiKey).where(ApiKey.name == "nina"))
        assert row.key_hash == hash_key(body["key"]) and body["key"] not in (row.key_hash, row.prefix)
    assert h.client.get("/v1/reviews", headers={"Authorization": f"Bearer {body['key']}"}).status_code == 200


@pytest.mark.parametrize("who", ["fiona", "sam"])
def test_admin_routes_need_admin(h: Harness, who: str) -> None:
    assert_problem(h.client.post("/v1/admin/keys", headers=h.auth(who), json={"name": "x", "role": "staff"}), 403)
    assert_problem(h.client.post("/v1/admin/sources", headers=h.auth(who), json={"name": "x"}), 403)
    assert_problem(h.client.put("/v1/master-data/jobs/J1", headers=h.auth(who),
                                json={"job_id": "J1", "title": "t"}), 403)


@pytest.mark.parametrize("body", [{"name": "x", "role": "root"}, {"name": "", "role": "staff"},
                                  {"name": "x", "role": "reviewer", "domains": ["sales"]}, {"role": "staff"}])
def test_bad_key_requests_are_422(h: Harness, body) -> None:
    assert_problem(h.client.post("/v1/admin/keys", headers=h.auth("admin"), json=body), 422)


def test_sources(h: Harness) -> None:
    created = h.client.post("/v1/admin/sources", headers=h.auth("admin"),
                            json={"name": "sap-prod", "callback_url": "http://127.0.0.1:9/cb"})
    assert created.status_code == 201
    assert created.json()["secret"].startswith("whsec_")
    assert_problem(h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "sap-prod"}), 409)
    assert_problem(h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "bad name/"}), 422)
    assert_problem(h.client.post("/v1/admin/sources", headers=h.auth("admin"),
                                 json={"name": "x", "callback_url": "not a url"}), 422)


def test_admin_key_bootstrap_survives_restart(harness_factory, database_url: str) -> None:
    first = harness_factory(database_url)
    assert first.client.get("/v1/reviews", headers=first.auth("admin")).status_code == 200
    first.client.__exit__(None, None, None)
    from fastapi.testclient import TestClient

    from api.app import create_app
    from tests.conftest import make_settings

    with TestClient(create_app(make_settings(database_url), run_worker=False)) as client:
        assert client.get("/v1/reviews", headers={"Authorization": f"Bearer {ADMIN_KEY}"}).status_code == 200
        with client.app.state.services.db.session() as session:  # type: ignore[attr-defined]
            admins = session.scalars(select(ApiKey).where(ApiKey.key_hash == hash_key(ADMIN_KEY))).all()
        assert len(admins) == 1


def test_master_data_put(h: Harness) -> None:
    from tests import factories as f

    response = h.client.put("/v1/master-data/purchase-orders/PO-9", headers=h.auth("admin"), json=f.po("PO-9"))
    assert response.status_code == 200
    mismatch = h.client.put("/v1/master-data/purchase-orders/PO-8", headers=h.auth("admin"), json=f.po("PO-9"))
    assert_problem(mismatch, 422)
    assert_problem(h.client.put("/v1/master-data/planets/P1", headers=h.auth("admin"), json={}), 422)
    assert_problem(h.client.put("/v1/master-data/jobs/J1", headers=h.auth("admin"), content=b"{oops",
                                ), 400)
