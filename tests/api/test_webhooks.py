"""The contract's webhook section, every negative case: status codes and problem+json bodies."""

from __future__ import annotations

import json
import time

import pytest

from core.signing import SIGNATURE_HEADER, sign
from tests import factories as f
from tests.conftest import Harness


def assert_problem(response, status: int) -> dict:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body = response.json()
    assert body["status"] == status
    assert body["title"] and body["detail"] and body["type"]
    assert "Traceback" not in response.text
    return body


def task_count(h: Harness) -> int:
    from storage import tasks

    with h.services.db.session() as session:
        return sum(tasks.count_by_status(session).values())


def load_po(h: Harness, po: dict | None = None, receipts: list[dict] | None = None) -> None:
    assert h.webhook(f.event("purchase_order.upserted", po or f.po())).status_code == 200
    for receipt in receipts or []:
        assert h.webhook(f.event("goods_receipt.posted", receipt)).status_code == 200


def test_invoice_received_starts_a_committed_task(h: Harness) -> None:
    load_po(h)
    response = h.webhook(f.event("invoice.received", {"invoice": f.invoice()}))
    assert response.status_code == 202
    body = response.json()
    assert body["status"] == "queued"
    task = h.task(body["task_id"])  # committed before the answer left
    assert task["status"] == "queued" and task["kind"] == "invoice_review" and task["domain"] == "finance"
    assert task["source"] == "erp"
    assert [e["type"] for e in task["events"]] == ["created"]


def test_master_data_events_answer_ok(h: Harness) -> None:
    assert h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "Vendor One"})).json() == {"ok": True}
    assert h.webhook(f.event("purchase_order.upserted", f.po())).json() == {"ok": True}
    assert h.webhook(f.event("goods_receipt.posted", f.grn())).json() == {"ok": True}
    job = {"job_id": "J1", "title": "Data Engineer", "required_skills": ["python"]}
    assert h.webhook(f.event("job.upserted", job)).json() == {"ok": True}


def test_missing_signature_is_401(h: Harness) -> None:
    body = json.dumps(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"})).encode()
    response = h.client.post("/v1/webhooks/erp", content=body, headers={"Content-Type": "application/json"})
    assert_problem(response, 401)


@pytest.mark.parametrize("header", [
    "garbage", "t=abc,v1=00", "v1=00", "t=1700000000", "t=,v1=", "t=1700000000,v1=" + "0" * 64,
])
def test_malformed_signature_header_is_401(h: Harness, header: str) -> None:
    body = json.dumps(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"})).encode()
    response = h.client.post("/v1/webhooks/erp", content=body,
                             headers={"Content-Type": "application/json", SIGNATURE_HEADER: header})
    assert_problem(response, 401)


def test_wrong_secret_is_401_and_changes_nothing(h: Harness) -> None:
    load_po(h)
    before = task_count(h)
    response = h.webhook(f.event("invoice.received", {"invoice": f.invoice()}), secret="whsec_wrong")
    assert_problem(response, 401)
    assert task_count(h) == before


def test_body_changed_after_signing_is_401(h: Harness) -> None:
    payload = json.dumps(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"})).encode()
    signature = sign(h.source_secret, payload)
    tampered = payload.replace(b'"X"', b'"Y"')
    response = h.client.post("/v1/webhooks/erp", content=tampered,
                             headers={"Content-Type": "application/json", SIGNATURE_HEADER: signature})
    assert_problem(response, 401)


@pytest.mark.parametrize("offset", [-330, 330, -3600, 86400])  # past the 300 s window, with room for a slow request
def test_stale_or_future_timestamp_is_401(h: Harness, offset: int) -> None:
    response = h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"}),
                         timestamp=int(time.time()) + offset)
    body = assert_problem(response, 401)
    # The same answer as for an unknown source: a stale timestamp, checked before any secret, must not tell
    # a prober that the source exists (the reason is in the service's log).
    assert body["detail"] == UNIFORM


@pytest.mark.parametrize("offset", [-290, 290])
def test_timestamp_inside_the_window_is_accepted(h: Harness, offset: int) -> None:
    response = h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"}),
                         timestamp=int(time.time()) + offset)
    assert response.status_code == 200


UNIFORM = "unknown source or bad signature (see the signing rules in the API docs)"


def test_unknown_source_is_401(h: Harness) -> None:
    response = h.webhook(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"}), source="nobody")
    assert assert_problem(response, 401)["detail"] == UNIFORM


def test_unknown_source_and_bad_signature_answer_alike(h: Harness) -> None:
    event = f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"})
    unknown = h.webhook(event, source="nobody")
    wrong = h.webhook(event, secret="whsec_wrong")
    stale = h.webhook(event, timestamp=int(time.time()) - 3600)
    assert {assert_problem(r, 401)["detail"] for r in (unknown, wrong, stale)} == {UNIFORM}


@pytest.mark.parametrize("header", ["t=1700000000,v1=éé", "t=1700000000,v1=\u00e9" + "0" * 62])
def test_non_ascii_in_the_signature_is_401_not_500(h: Harness, header: str) -> None:
    body = json.dumps(f.event("vendor.upserted", {"vendor_id": "V1", "name": "X"})).encode()
    response = h.client.post("/v1/webhooks/erp", content=body, headers={
        "Content-Type": "application/json", SIGNATURE_HEADER: header.replace("1700000000", str(int(time.time())))
        .encode("utf-8")})
    assert_problem(response, 401)


def test_replay_with_same_body_returns_the_first_answer(h: Harness) -> None:
    load_po(h)
    payload = f.event("invoice.received", {"invoice": f.invoice()}, event_id="evt-replay-1")
    first = h.webhook(payload)
    # The ERP re-serialises the same JSON differently and signs it again later: still the same event.
    second = h.webhook(None, raw=json.dumps(payload, indent=2, sort_keys=True).encode())
    assert first.status_code == second.status_code == 202
    assert first.json() == second.json()
    assert second.headers["X-DE-Replayed"] == "true"
    assert task_count(h) == 1


def test_replay_with_another_body_is_409(h: Harness) -> None:
    load_po(h)
    h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-A")}, event_id="evt-same"))
    response = h.webhook(f.event("invoice.received", {"invoice": f.invoice("INV-B")}, event_id="evt-same"))
    assert_problem(response, 409)
    assert task_count(h) == 1


def test_master_data_replay_returns_the_first_answer(h: Harness) -> None:
    """The stored outcome (applied) is answered again as 200 with the first body, marked as a replay."""
    payload = f.event("vendor.upserted", {"vendor_id": "V8", "name": "Eight"}, "evt-v8")
    first, second = h.webhook(payload), h.webhook(payload)
    assert first.status_code == second.status_code == 200
    assert first.json() == second.json() == {"ok": True}
    assert "X-DE-Replayed" not in first.headers and second.headers["X-DE-Replayed"] == "true"


def test_master_data_replay_is_idempotent(h: Harness) -> None:
    payload = f.event("vendor.upserted", {"vendor_id": "V9", "name": "Nine", "bank_account": "DE1"}, "evt-v9")
    assert h.webhook(payload).status_code == 200
    assert h.webhook(payload).status_code == 200
    from sqlalchemy import func, select

    from storage.models import VendorBankAccount

    with h.services.db.session() as session:
        history = session.scalar(select(func.count()).select_from(VendorBankAccount)
                                 .where(VendorBankAccount.vendor_id == "V9"))
    assert history == 1


@pytest.mark.parametrize("raw", [b"{not json", b"", b"[1,2", b"\xff\xfe"])
def test_malformed_body_is_400(h: Harness, raw: bytes) -> None:
    assert_problem(h.webhook(None, raw=raw), 400)


def test_deeply_nested_json_is_400(h: Harness) -> None:
    raw = b'{"id":"e","type":"vendor.upserted","data":' + b"[" * 5000 + b"]" * 5000 + b"}"
    assert_problem(h.webhook(None, raw=raw), 400)


@pytest.mark.parametrize("payload, field", [
    ({"type": "vendor.upserted", "data": {}}, "id"),
    ({"id": "e1", "data": {}}, "type"),
    ({"id": "e1", "type": "vendor.upserted"}, "data"),
    ({"id": "e1", "type": "vendor.upserted", "data": []}, "data"),
    ({"id": "x" * 101, "type": "vendor.upserted", "data": {}}, "id"),
    ([1, 2, 3], "body"),
])
def test_bad_envelope_is_422_naming_the_field(h: Harness, payload, field: str) -> None:
    body = assert_problem(h.webhook(payload), 422)
    assert any(error["field"].startswith(field) or field == "body" for error in body["errors"]), body


def test_unknown_event_type_is_422(h: Harness) -> None:
    body = assert_problem(h.webhook(f.event("invoice.paid", {})), 422)
    assert body["errors"][0]["field"] == "type"


@pytest.mark.parametrize("mutate, field", [
    (lambda inv: inv["lines"][0].update(quantity="0"), "data.invoice.lines.0.quantity"),
    (lambda inv: inv.update(total="-0.01"), "data.invoice.total"),
    (lambda inv: inv["lines"][0].update(unit_price="-0.01"), "data.invoice.lines.0.unit_price"),
    (lambda inv: inv.update(lines=[]), "data.invoice.lines"),
    (lambda inv: inv.pop("lines"), "data.invoice.lines"),
    (lambda inv: inv.update(total="1" * 19), "data.invoice.total"),
    (lambda inv: inv.update(total="1.0000001"), "data.invoice.total"),
    (lambda inv: inv.update(total="NaN"), "data.invoice.total"),
    (lambda inv: inv.update(total="Infinity"), "data.invoice.total"),
    (lambda inv: inv.update(total=True), "data.invoice.total"),
    (lambda inv: inv.update(issue_date="2026-02-30"), "data.invoice.issue_date"),
    (lambda inv: inv.update(issue_date=20261006), "data.invoice.issue_date"),
    (lambda inv: inv.update(currency="euro"), "data.invoice.currency"),
    (lambda inv: inv.update(invoice_number="x" * 101), "data.invoice.invoice_number"),
    (lambda inv: inv.update(invoice_number="INV\x00-1"), "data.invoice.invoice_number"),
    (lambda inv: inv["vendor"].update(name="\ud800"), "data.invoice.vendor.name"),
    (lambda inv: inv["lines"][0].update(description="d" * 1001), "data.invoice.lines.0.description"),
    (lambda inv: inv.update(lines=[inv["lines"][0]] * 2001), "data.invoice.lines"),
    (lambda inv: inv["lines"][0].update(tax_rate="13"), "data.invoice.lines.0.tax_rate"),
])
def test_bad_invoice_is_422_naming_the_field_and_creates_no_task(h: Harness, mutate, field: str) -> None:
    invoice = f.invoice()
    mutate(invoice)
    response = h.webhook(f.event("invoice.received", {"invoice": invoice}))
    body = assert_problem(response, 422)
    assert field in [error["field"] for error in body["errors"]], body["errors"]
    assert task_count(h) == 0


def test_bad_event_is_not_remembered_so_a_corrected_retry_goes_through(h: Harness) -> None:
    load_po(h)
    bad = f.invoice()
    bad["lines"][0]["quantity"] = "0"
    assert h.webhook(f.event("invoice.received", {"invoice": bad}, "evt-fix")).status_code == 422
    assert h.webhook(f.event("invoice.received", {"invoice": f.invoice()}, "evt-fix")).status_code == 202


def test_invoice_and_ubl_together_or_neither_is_422(h: Harness) -> None:
    assert_problem(h.webhook(f.event("invoice.received", {})), 422)
    both = {"invoice": f.invoice(), "ubl_xml": "<Invoice/>"}
    assert_problem(h.webhook(f.event("invoice.received", both)), 422)


def test_hostile_ubl_is_422(h: Harness) -> None:
    bomb = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;">]>'
            '<Invoice xmlns="urn:oasis:names:specification:ubl:schema:xsd:Invoice-2">&lol2;</Invoice>')
    body = assert_problem(h.webhook(f.event("invoice.received", {"ubl_xml": bomb})), 422)
    assert body["errors"][0]["field"] == "data.ubl_xml"
    assert task_count(h) == 0


def test_bad_purchase_order_is_422(h: Harness) -> None:
    po = f.po()
    po["lines"][1]["line_no"] = 1
    body = assert_problem(h.webhook(f.event("purchase_order.upserted", po)), 422)
    assert body["errors"][0]["field"].startswith("data")


def test_body_over_the_limit_is_413(harness_factory) -> None:
    h = harness_factory(max_body_bytes=4096)
    payload = f.event("vendor.upserted", {"vendor_id": "V1", "name": "x" * 5000})
    assert_problem(h.webhook(payload), 413)


def test_signature_checked_before_the_body_is_parsed(h: Harness) -> None:
    # A hostile unauthenticated body gets 401, not 400: nothing is parsed for strangers.
    response = h.client.post("/v1/webhooks/erp", content=b"{" * 100,
                             headers={"Content-Type": "application/json", SIGNATURE_HEADER: "t=1,v1=00"})
    assert_problem(response, 401)
