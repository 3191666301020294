"""Issue 19 through the public API: CII, detected XML, Factur-X and plain files in invoice.received; the original
kept for the reviewer; credit notes booked (never paid) against the invoice they correct."""

from __future__ import annotations

import base64

from evals.generators.einvoice_writers import hybrid_pdf, to_cii
from tests import factories as f
from tests.api.test_reviews import resume
from tests.api.test_webhooks import assert_problem, load_po, task_count
from tests.conftest import Harness


def b64(data: bytes) -> str:
    return base64.b64encode(data).decode()


def start(h: Harness, data: dict) -> dict:
    response = h.webhook(f.event("invoice.received", data))
    assert response.status_code == 202, response.text
    h.drain()
    return h.task(response.json()["task_id"])


def test_cii_as_cii_xml_and_as_detected_xml_matches_like_json(h: Harness) -> None:
    for form, po_number in (("cii_xml", "PO-1"), ("xml", "PO-2")):
        load_po(h, f.po(po_number), [f.grn(po_number)])
        task = start(h, {form: to_cii(f.invoice(f"INV-{form}", po_number=po_number))})
        assert task["status"] == "awaiting_review"
        assert task["result"]["match"]["status"] == "matched", task["result"]["match"]["exceptions"]
        assert task["proposal"]["amount_to_pay"] == "357.00"
        assert task["document"]["format"] == "cii"


def test_factur_x_pdf_is_read_from_its_embedded_xml_and_kept_as_the_original(h: Harness) -> None:
    load_po(h)
    pdf = hybrid_pdf(to_cii(f.invoice("INV-FX")), lines=["Invoice INV-FX", "Total 357.00 EUR"])
    task = start(h, {"file": {"filename": "INV-FX.pdf", "content_base64": b64(pdf)}})
    assert task["result"]["match"]["status"] == "matched"
    document = task["document"]
    assert {k: document[k] for k in ("format", "filename", "embedded")} == {
        "format": "facturx", "filename": "INV-FX.pdf", "embedded": "factur-x.xml"}
    assert document["original"]["url"] == f"/v1/tasks/{task['id']}/original"
    original = h.client.get(f"/v1/tasks/{task['id']}/original", headers=h.auth("fiona"))
    assert original.status_code == 200 and original.content == pdf
    assert original.headers["content-type"] == "application/pdf"
    assert original.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in original.headers["content-security-policy"]
    # Reviewers of another domain do not get it; a task without a file has none.
    assert h.client.get(f"/v1/tasks/{task['id']}/original", headers=h.auth("harry")).status_code == 403
    json_task = start(h, {"invoice": f.invoice("INV-J")})
    assert_problem(h.client.get(f"/v1/tasks/{json_task['id']}/original", headers=h.auth("fiona")), 404)


def test_bad_files_are_refused_before_any_task(h: Harness) -> None:
    load_po(h)
    cases = [
        ({"filename": "inv.exe", "content_base64": b64(b"MZ")}, 415),
        ({"filename": "inv.pdf", "content_base64": b64(to_cii(f.invoice()).encode())}, 415),  # XML named .pdf
        ({"filename": "inv.xml", "content_base64": b64(b"<html><body>hi</body></html>")}, 422),
        ({"filename": "inv.xml", "content_base64": "not base64!"}, 422),
        ({"filename": "inv.xml", "content_base64": b64(b'<!DOCTYPE x [<!ENTITY a "b">]><x>&a;</x>')}, 422),
    ]
    for upload, status in cases:
        assert_problem(h.webhook(f.event("invoice.received", {"file": upload})), status)
    assert_problem(h.webhook(f.event("invoice.received", {"xml": "<x/>", "invoice": f.invoice()})), 422)
    negative = f.invoice()
    negative["total"] = "-5.00"  # PEPPOL senders sometimes credit with a negative invoice
    body = assert_problem(h.webhook(f.event("invoice.received", {"xml": to_cii(negative)})), 422)
    assert "send a credit note" in body["errors"][0]["message"]
    assert task_count(h) == 0


def _credit(number: str, refs: list[str], quantity: str = "10", price: str = "2.00") -> dict:
    credit = f.invoice(number, lines=[{"line_no": 1, "sku": "A-1", "description": "Steel bolts M8",
                                       "quantity": quantity, "unit_price": price, "tax_rate": "0.19"}])
    credit["preceding_invoices"] = refs
    return credit


def test_a_credit_note_is_proposed_for_booking_and_reduces_what_was_billed(h: Harness) -> None:
    load_po(h)
    invoice = start(h, {"invoice": f.invoice("INV-1")})
    assert resume(h, invoice, "fiona").json()["status"] == "approved"

    credit = start(h, {"credit_note": _credit("CN-1", ["INV-1"])})
    proposal = credit["proposal"]
    assert credit["result"]["match"]["status"] == "matched", credit["result"]["match"]["exceptions"]
    assert proposal["action"] == "book_credit" and proposal["recommended_action"] == "book_credit"
    assert proposal["amount_to_pay"] is None and proposal["amount_to_credit"] == "23.80"
    assert "nothing is paid" in proposal["rationale"]
    assert credit["risk_flags"] == []
    assert [line["invoiced_qty"] for line in credit["result"]["match"]["lines"]] == ["-10"]
    # An amount to pay cannot be edited into a credit note; the credit can be lowered.
    assert resume(h, credit, "fiona", "edit", edits={"amount_to_pay": "23.80"}).status_code == 422
    final = resume(h, credit, "fiona", "edit", edits={"amount_to_credit": "20.00"}).json()
    assert final["result"]["outcome"] == {"status": "approved", "amount_to_pay": None, "amount_credited": "20.00",
                                          "currency": "EUR", "edited": True}

    # The 10 bolts credited can be billed again without exceeding the 100 ordered.
    rebill = start(h, {"invoice": f.invoice("INV-2", lines=[{"line_no": 1, "sku": "A-1",
                                                            "description": "Steel bolts M8", "quantity": "10",
                                                            "unit_price": "2.00", "tax_rate": "0.19"}])})
    assert rebill["result"]["match"]["exceptions"] == []


def test_a_credit_note_for_more_than_was_billed_or_for_an_unknown_invoice_is_held(h: Harness) -> None:
    load_po(h)
    start(h, {"invoice": f.invoice("INV-1")})
    # 150 bolts credited where 100 were billed (its 357.00 is within the invoice's 357.00).
    too_many = start(h, {"credit_note": _credit("CN-2", ["INV-1"], quantity="150")})
    [exception] = too_many["result"]["match"]["exceptions"]
    assert (exception["code"], exception["line"], exception["expected"], exception["actual"]) == (
        "CREDIT_EXCEEDS_BILLED", 1, "100", "150")
    assert too_many["proposal"]["action"] == "hold"
    assert resume(h, too_many, "fiona", "reject").json()["status"] == "rejected"  # a rejected one counts no more
    # 100 bolts at 3.20: 380.80, more than the invoice's 357.00.
    too_much = start(h, {"credit_note": _credit("CN-2b", ["INV-1"], quantity="100", price="3.20")})
    [exception] = too_much["result"]["match"]["exceptions"]
    assert (exception["code"], exception["line"], exception["expected"], exception["actual"]) == (
        "CREDIT_EXCEEDS_BILLED", None, "357.00", "380.80")
    assert resume(h, too_much, "fiona", "reject").json()["status"] == "rejected"
    unknown = start(h, {"credit_note": _credit("CN-3", ["INV-404"])})
    assert [e["code"] for e in unknown["result"]["match"]["exceptions"]] == ["REFERENCED_INVOICE_NOT_FOUND"]
    nameless = start(h, {"credit_note": _credit("CN-4", [])})
    assert [e["code"] for e in nameless["result"]["match"]["exceptions"]] == ["REFERENCED_INVOICE_NOT_FOUND"]


def test_a_cii_credit_note_type_381_is_a_credit_note(h: Harness) -> None:
    load_po(h)
    start(h, {"invoice": f.invoice("INV-1")})
    task = start(h, {"xml": to_cii(_credit("CN-X", ["INV-1"]), type_code="381")})
    assert task["result"]["invoice"]["document_type"] == "credit_note"
    assert task["proposal"]["action"] == "book_credit"


def test_a_chinese_pdf_invoice_is_read_by_its_layout_and_shown_beside_the_original(h: Harness) -> None:
    from pathlib import Path

    from tests.ui.test_pages import sign_in

    pdf = (Path(__file__).resolve().parents[2] / "evals" / "datasets" / "einvoice" / "dev" / "cn-001.pdf").read_bytes()
    task = start(h, {"file": {"filename": "fapiao.pdf", "content_base64": b64(pdf)}})
    document = task["document"]
    assert document["format"] == "pdf_text" and document["extraction"]["layout"] == "cn_vat"
    number = document["extraction"]["fields"]["invoice_number"]
    assert number["value"] == "26422000000713762923" and number["confidence"] >= 0.9
    assert number["region"]["page"] == 1
    assert task["proposal"]["read_from_pdf"] is True and task["proposal"]["fields_to_check"] == []
    assert task["result"]["invoice"]["total"] == "687.90" and task["result"]["invoice"]["currency"] == "CNY"

    sign_in(h, "fiona")
    page = h.client.get(f"/ui/tasks/{task['id']}")
    assert page.status_code == 200
    assert 'data-testid="document"' in page.text and f'data="/ui/tasks/{task["id"]}/original"' in page.text
    assert "26422000000713762923" in page.text
    original = h.client.get(f"/ui/tasks/{task['id']}/original")
    assert original.status_code == 200 and original.content == pdf
    assert "frame-ancestors 'self'" in original.headers["content-security-policy"]
