"""PDF resource bombs through the API (security review, finding 1): resume-parse, a candidate.applied webhook and
a policy upload answer 422 with the reason, start nothing, and the limits are settings."""

from __future__ import annotations

import base64

from storage import tasks
from tests import factories as f
from tests import hostile_pdfs as hp
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness

JOB = {"job_id": "JOB-PDF", "title": "Data Analyst", "required_skills": ["Python", "SQL"]}


def parse_upload(h: Harness, data: bytes, name: str = "cv.pdf"):
    return h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"),
                         files={"file": (name, data, "application/pdf")})


def test_resume_parse_refuses_a_page_50_million_points_wide(h: Harness) -> None:
    body = assert_problem(parse_upload(h, hp.mediabox_bomb()), 422)
    assert "larger than 200 inches (14,400 pt)" in body["detail"]
    assert body["errors"][0]["field"] == "file"


def test_resume_parse_refuses_a_deflate_bomb(h: Harness) -> None:
    encoded = base64.b64encode(hp.deflate_bomb()).decode()
    response = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"),
                             json={"filename": "cv.pdf", "content_base64": encoded})
    body = assert_problem(response, 422)
    assert body["detail"] == "a stream in the PDF expands to more than 32 MB"
    assert body["errors"][0]["field"] == "body.content_base64"


def test_a_normal_pdf_still_parses(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    response = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), data={"job_id": "JOB-PDF"},
                             files={"file": ("cv.pdf", hp.resume_pdf(), "application/pdf")})
    assert response.status_code == 200, response.text
    assert response.json()["resume"]["name"] == "Ada Lind"
    assert response.json()["match"]["matched_skills"] == ["python", "sql"]


def test_a_candidate_applied_with_a_pdf_bomb_is_422_and_starts_no_task(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    for bomb in (hp.mediabox_bomb(), hp.deflate_bomb()):
        response = h.webhook(f.event("candidate.applied", {"job_id": "JOB-PDF", "resume": {
            "filename": "cv.pdf", "content_base64": base64.b64encode(bomb).decode()}}))
        body = assert_problem(response, 422)
        assert body["errors"][0]["field"] == "data.resume.content_base64"
        assert "larger than 200 inches" in body["detail"] or "expands to more than" in body["detail"]
    assert h.drain() == 0
    with h.services.db.session() as session:
        assert tasks.count_by_status(session) == {}


def test_a_policy_upload_with_a_pdf_bomb_is_422(h: Harness) -> None:
    for bomb, reason in ((hp.mediabox_bomb(), "larger than 200 inches"), (hp.deflate_bomb(), "expands to more than")):
        response = h.client.post("/v1/policies", headers=h.auth("admin"),
                                 files={"file": ("policy.pdf", bomb, "application/pdf")})
        assert reason in assert_problem(response, 422)["detail"]


def test_the_limits_are_settings(harness_factory) -> None:
    strict = harness_factory(pdf_max_page_points=500, pdf_isolated=False)
    body = assert_problem(parse_upload(strict, hp.resume_pdf()), 422)
    assert body["detail"] == ("page 1 of the PDF is larger than 7 inches (500 pt) on a side: its MediaBox is "
                              "612 × 792 pt")
    slow = harness_factory(pdf_seconds=0.3)
    assert assert_problem(parse_upload(slow, hp.slow_pdf()), 422)["detail"] == "reading the PDF took longer than 0.3 s"
