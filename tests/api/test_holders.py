"""Keys belong to holders (security finding 6): four eyes and visibility compare holder ids, never free text;
keys are listed and revoked, source secrets rotated with an overlap window, every change in the audit log."""

from __future__ import annotations

import datetime as dt

import pytest

from core.clock import Clock, use_clock
from tests import factories as f
from tests.api.test_reviews import paused_task, resume
from tests.api.test_webhooks import assert_problem
from tests.conftest import ADMIN_KEY, Harness
from tests.tools.test_resumes import EN

ZWSP = "\u200b"


def create_key(h: Harness, **body) -> dict:
    response = h.client.post("/v1/admin/keys", headers=h.auth("admin"), json={"role": "reviewer",
                                                                          "domains": ["finance"]} | body)
    return {"status": response.status_code, **response.json()}


def test_a_zero_width_twin_cannot_approve_the_po_its_holder_requested(h: Harness) -> None:
    task = paused_task(h, po=f.po(requester="fiona.finance"))
    h.make_key("fiona.finance" + ZWSP, "reviewer", ["finance"])
    body = assert_problem(resume(h, task, "fiona.finance" + ZWSP), 403)
    assert "four eyes" in body["detail"]
    assert resume(h, task, "gary").status_code == 200  # someone else decides it


def test_a_second_key_for_a_holder_is_409_unless_asked_for(h: Harness) -> None:
    first = create_key(h, name="fiona.finance", display_name="Fiona Finance")
    assert first["status"] == 201 and first["holder"] == {"id": "fiona.finance", "kind": "person",
                                                          "display_name": "Fiona Finance"}
    for twin in ("fiona.finance", "Fiona.Finance ", "fiona.finance" + ZWSP, "\uff46iona.finance", "fiona.\u2060finance"):
        clash = h.client.post("/v1/admin/keys", headers=h.auth("admin"), json={"name": twin, "role": "staff"})
        body = assert_problem(clash, 409)
        assert "holder_id" in body["detail"] and "fiona.finance" in body["detail"]
    second = create_key(h, name="fiona laptop", holder_id="Fiona.Finance")
    assert second["status"] == 201 and second["holder"]["id"] == "fiona.finance" and second["name"] == "fiona laptop"
    listed = h.client.get("/v1/admin/keys", headers=h.auth("admin"), params={"holder_id": "fiona.finance"}).json()
    assert sorted(k["id"] for k in listed["items"]) == sorted([first["id"], second["id"]])
    for key in (first["key"], second["key"]):
        assert h.client.get("/v1/reviews", headers={"Authorization": f"Bearer {key}"}).status_code == 200


@pytest.mark.parametrize("name", [ZWSP * 3, " \u00a0 ", "a\x7fb", "a\u0085b", "tab\there"])
def test_names_empty_after_normalisation_or_with_control_characters_are_422(h: Harness, name: str) -> None:
    response = h.client.post("/v1/admin/keys", headers=h.auth("admin"), json={"name": name, "role": "staff"})
    assert_problem(response, 422)


def test_a_staff_key_named_like_a_source_cannot_read_its_tasks(h: Harness) -> None:
    secret = h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "erp-demo"}).json()["secret"]
    job = {"job_id": "JOB-DE", "title": "Data Engineer", "required_skills": ["python"]}
    assert h.webhook(f.event("job.upserted", job), source="erp-demo", secret=secret).status_code == 200
    applied = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "resume": {"text": EN}}),
                        source="erp-demo", secret=secret)
    assert applied.status_code == 202
    task_id = applied.json()["task_id"]
    for name in ("erp-demo", "ERP-Demo", "erp-demo" + ZWSP):
        clash = h.client.post("/v1/admin/keys", headers=h.auth("admin"), json={"name": name, "role": "staff"})
        assert "source" in assert_problem(clash, 409)["detail"]
    h.make_key("erp-demo-staff", "staff")
    for who in ("sam", "erp-demo-staff"):
        assert_problem(h.client.get(f"/v1/tasks/{task_id}", headers=h.auth(who)), 403)
    # A person holder's name is not free for a source either.
    assert_problem(h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "Sam"}), 409)


def test_keys_are_listed_and_revoked(h: Harness) -> None:
    listed = h.client.get("/v1/admin/keys", headers=h.auth("admin"))
    assert listed.status_code == 200
    items = {k["name"]: k for k in listed.json()["items"]}
    assert set(items) == {"admin", "fiona", "gary", "harry", "sam"}
    sam = items["sam"]
    assert sam["holder"]["id"] == "sam" and sam["role"] == "staff" and sam["revoked_at"] is None
    assert sam["prefix"] == h.keys["sam"][:7] and sam["created_at"]
    assert not {"key", "key_hash", "secret"} & set(sam)
    assert h.keys["sam"] not in listed.text
    assert_problem(h.client.get("/v1/admin/keys", headers=h.auth("fiona")), 403)
    assert_problem(h.client.delete(f"/v1/admin/keys/{sam['id']}", headers=h.auth("fiona")), 403)

    assert_problem(h.client.get("/v1/tasks/no-such-task", headers=h.auth("sam")), 404)  # the key works
    gone = h.client.delete(f"/v1/admin/keys/{sam['id']}", headers=h.auth("admin"))
    assert gone.status_code == 204 and gone.content == b""
    assert_problem(h.client.post("/v1/chat", headers=h.auth("sam"), json={"message": "hi"}), 401)
    again = h.client.delete(f"/v1/admin/keys/{sam['id']}", headers=h.auth("admin"))
    assert again.status_code == 204  # idempotent
    after = {k["name"]: k for k in h.client.get("/v1/admin/keys", headers=h.auth("admin")).json()["items"]}
    assert after["sam"]["revoked_at"] is not None
    assert_problem(h.client.delete("/v1/admin/keys/no-such-key", headers=h.auth("admin")), 404)

    # The last live admin key cannot be revoked; with a second admin it can.
    admin_id = items["admin"]["id"]
    body = assert_problem(h.client.delete(f"/v1/admin/keys/{admin_id}", headers=h.auth("admin")), 409)
    assert "last" in body["detail"]
    ada = create_key(h, name="ada", role="admin", domains=[])
    assert ada["status"] == 201
    assert h.client.delete(f"/v1/admin/keys/{admin_id}", headers=h.auth("admin")).status_code == 204
    assert_problem(h.client.get("/v1/admin/keys", headers=h.auth("admin")), 401)
    assert h.client.get("/v1/admin/keys", headers={"Authorization": f"Bearer {ada['key']}"}).status_code == 200


T0 = dt.datetime(2026, 11, 26, 9, 0, tzinfo=dt.UTC)


class StoppedClock(Clock):
    """A clock that stands still until the test moves it."""

    def now(self) -> dt.datetime:
        assert self.start is not None
        return self.start

    def move(self, **delta: float) -> None:
        assert self.start is not None
        self.start += dt.timedelta(**delta)


def test_a_rotated_source_secret_overlaps_then_expires(h: Harness) -> None:
    old = h.source_secret
    clock = StoppedClock(T0)

    def vendor(n: int) -> dict:
        return f.event("vendor.upserted", {"vendor_id": f"V{n}", "name": f"Vendor {n}"})

    with use_clock(clock):
        rotated = h.client.post("/v1/admin/sources/erp/rotate", headers=h.auth("admin"),
                                json={"overlap_seconds": 3600})
        assert rotated.status_code == 200, rotated.text
        body = rotated.json()
        new = body["secret"]
        assert new != old and new.startswith("whsec_") and body["name"] == "erp"
        assert dt.datetime.fromisoformat(body["previous_secret_expires_at"]) == T0 + dt.timedelta(hours=1)
        assert dt.datetime.fromisoformat(body["rotated_at"]) == T0
        assert h.webhook(vendor(1), secret=old).status_code == 200
        assert h.webhook(vendor(2), secret=new).status_code == 200
        clock.move(seconds=3599)
        assert h.webhook(vendor(3), secret=old).status_code == 200
        clock.move(seconds=1)  # the window is over: only the new secret
        assert_problem(h.webhook(vendor(4), secret=old), 401)
        assert h.webhook(vendor(5), secret=new).status_code == 200


def test_rotation_defaults_limits_and_a_second_rotation(h: Harness) -> None:
    old = h.source_secret
    with use_clock(StoppedClock(T0)):
        first = h.client.post("/v1/admin/sources/erp/rotate", headers=h.auth("admin"))
        assert first.status_code == 200
        assert dt.datetime.fromisoformat(first.json()["previous_secret_expires_at"]) == T0 + dt.timedelta(hours=24)
        second = h.client.post("/v1/admin/sources/erp/rotate", headers=h.auth("admin"), json={"overlap_seconds": 0})
        assert second.status_code == 200
        # Only the secret just replaced overlaps (here for 0 s); the one before is gone at once.
        event = f.event("vendor.upserted", {"vendor_id": "V1", "name": "Vendor One"})
        assert_problem(h.webhook(event, secret=old), 401)
        assert_problem(h.webhook(event, secret=first.json()["secret"]), 401)
        assert h.webhook(event, secret=second.json()["secret"]).status_code == 200
    for body in ({"overlap_seconds": -1}, {"overlap_seconds": 8 * 86400}, {"overlap_seconds": "soon"}, {"x": 1}):
        assert_problem(h.client.post("/v1/admin/sources/erp/rotate", headers=h.auth("admin"), json=body), 422)
    assert_problem(h.client.post("/v1/admin/sources/nope/rotate", headers=h.auth("admin"), json={}), 404)
    assert_problem(h.client.post("/v1/admin/sources/erp/rotate", headers=h.auth("fiona"), json={}), 403)


def test_every_admin_change_is_in_the_audit_log(h: Harness) -> None:
    created = create_key(h, name="nina", role="staff", domains=[])
    extra = create_key(h, name="nina phone", holder_id="nina", role="staff", domains=[])
    assert h.client.delete(f"/v1/admin/keys/{created['id']}", headers=h.auth("admin")).status_code == 204
    source = h.client.post("/v1/admin/sources", headers=h.auth("admin"), json={"name": "sap"}).json()
    rotated = h.client.post("/v1/admin/sources/sap/rotate", headers=h.auth("admin"), json={}).json()
    audit = h.client.get("/v1/admin/audit", headers=h.auth("admin"), params={"limit": 100})
    assert audit.status_code == 200
    entries = audit.json()["items"]
    admin_key = next(k for k in h.client.get("/v1/admin/keys", headers=h.auth("admin")).json()["items"]
                     if k["name"] == "admin")
    tail = [(e["action"], e["target"]) for e in entries[-7:]]
    assert tail == [("holder.created", "nina"), ("key.created", created["id"]), ("key.created", extra["id"]),
                    ("key.revoked", created["id"]), ("holder.created", "sap"), ("source.created", "sap"),
                    ("source.rotated", "sap")]
    for entry in entries[-7:]:
        assert entry["actor_holder_id"] == "admin" and entry["actor_key_id"] == admin_key["id"] and entry["at"]
    assert entries[-6]["data"]["holder_id"] == "nina" and entries[-6]["data"]["role"] == "staff"
    # The setup's keys and source are there too, and the first admin key from start-up.
    actions = [(e["action"], e["target"]) for e in entries]
    assert ("source.created", "erp") in actions and ("holder.created", "fiona") in actions
    assert entries[0]["action"] in ("holder.created", "key.created") and entries[0]["actor_holder_id"] is None
    for secret in (created["key"], extra["key"], source["secret"], rotated["secret"], ADMIN_KEY, h.source_secret):
        assert secret not in audit.text
    page = h.client.get("/v1/admin/audit", headers=h.auth("admin"), params={"limit": 2}).json()
    assert len(page["items"]) == 2 and page["next_cursor"]
    more = h.client.get("/v1/admin/audit", headers=h.auth("admin"),
                        params={"limit": 2, "cursor": page["next_cursor"]}).json()
    assert [e["id"] for e in more["items"]] == [e["id"] for e in entries[2:4]]
    assert_problem(h.client.get("/v1/admin/audit", headers=h.auth("fiona")), 403)
    assert_problem(h.client.get("/v1/admin/audit", headers=h.auth("admin"), params={"cursor": "x"}), 422)
