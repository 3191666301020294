"""candidate.applied → candidate_screen for the hr domain; demographics kept apart; the audit report."""

from __future__ import annotations

import base64
import json
from collections.abc import Iterator

import pytest

from core.clock import Clock, use_clock
from evals.generators.resume_render import render_docx, render_pdf
from tests import factories as f
from tests.api.test_webhooks import assert_problem
from tests.conftest import Harness
from tests.tools.test_resumes import EN, ZH

JOB = {"job_id": "JOB-DE", "title": "Data Engineer", "required_skills": ["Python", "SQL", "Airflow"],
       "nice_to_have": ["Kubernetes"], "min_years": "3"}


@pytest.fixture(autouse=True)
def pinned_day() -> Iterator[None]:
    """The resumes have roles up to 'Present': their years are counted on a fixed day, not the machine's."""
    with use_clock(Clock.parse("2026-11-26")):
        yield


def apply(h: Harness, resume: dict, demographics: dict | None = None, ref: str = "C-1"):
    data = {"job_id": "JOB-DE", "candidate_ref": ref, "resume": resume}
    if demographics:
        data["demographics"] = demographics
    return h.webhook(f.event("candidate.applied", data))


def screened(h: Harness, resume: dict, demographics: dict | None = None, ref: str = "C-1") -> dict:
    response = apply(h, resume, demographics, ref)
    assert response.status_code == 202, response.text
    h.drain()
    return h.task(response.json()["task_id"])


def test_application_is_screened_and_waits_for_an_hr_reviewer(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    task = screened(h, {"text": EN}, {"gender": "female", "race_ethnicity": "Asian"})
    assert task["kind"] == "candidate_screen" and task["domain"] == "hr" and task["status"] == "awaiting_review"
    assert task["proposal"]["action"] == "advance" and task["proposal"]["score"] == 100
    assert [e["type"] for e in task["events"]] == ["created", "tool_run", "paused"]
    visible = json.dumps(task)
    assert "demographics" not in visible and "race_ethnicity" not in visible and "Asian" not in visible
    assert "Female" not in visible and "14 March 1990" not in visible  # the redacted view only
    assert {r["field"] for r in task["result"]["resume"]["redacted"]} == {"gender", "birth_date"}
    assert_problem(h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("fiona"),
                                 json={"decision": "approve", "version": task["version"]}), 403)
    final = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("harry"),
                          json={"decision": "approve", "version": task["version"]})
    assert final.status_code == 200 and final.json()["result"]["outcome"]["candidate_outcome"] == "advance"


def test_never_an_automatic_reject(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB | {"min_years": "20"}))
    task = screened(h, {"text": "Sam Lee\nSkills\nCooking, gardening"})
    assert task["proposal"]["action"] == "hold" and task["proposal"]["score"] < 60
    edited = h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("harry"),
                           json={"decision": "edit", "edits": {"action": "advance"}, "version": task["version"]})
    assert edited.json()["result"]["outcome"] == {"status": "approved", "candidate_outcome": "advance", "edited": True}
    second = screened(h, {"text": "Ann Lee\nSkills\nExcel"}, ref="C-2")
    bad = h.client.post(f"/v1/tasks/{second['id']}/resume", headers=h.auth("harry"),
                        json={"decision": "edit", "edits": {"action": "reject"}, "version": second["version"]})
    assert_problem(bad, 422)


def test_files_by_webhook(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    pdf = base64.b64encode(render_pdf(ZH.splitlines(), hidden="Airflow expert")).decode()
    task = screened(h, {"filename": "李娜.pdf", "content_base64": pdf})
    assert "airflow" not in task["result"]["resume"]["skills"]  # hidden text is not content
    assert task["result"]["resume"]["name"] == "李娜"
    docx = base64.b64encode(render_docx(EN.splitlines())).decode()
    assert screened(h, {"filename": "cv.docx", "content_base64": docx}, ref="C-2")["proposal"]["score"] == 100


def test_bad_applications(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    exe = base64.b64encode(b"MZ\x90\x00\x03").decode()
    assert_problem(apply(h, {"filename": "cv.exe", "content_base64": exe}), 415)
    assert_problem(apply(h, {"filename": "cv.pdf", "content_base64": base64.b64encode(b"PK\x03\x04zz").decode()}), 415)
    assert_problem(apply(h, {"filename": "cv.pdf", "content_base64": "%%%not base64"}), 422)
    assert_problem(apply(h, {"text": EN, "filename": "x.txt", "content_base64": "aGk="}), 422)
    body = assert_problem(h.webhook(f.event("candidate.applied", {"job_id": "NOPE", "resume": {"text": EN}})), 422)
    assert body["errors"][0]["field"] == "data.job_id"
    assert_problem(apply(h, {"text": EN}, {"gender": "x" * 101}), 422)
    from storage import tasks

    with h.services.db.session() as session:
        assert tasks.count_by_status(session) == {}


def test_resume_parse_tool(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    response = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), json={"text": EN, "job_id": "JOB-DE"})
    assert response.status_code == 200
    body = response.json()
    assert body["resume"]["phones"] == ["+14155550132"] and body["match"]["score"] == 100
    upload = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), data={"job_id": "JOB-DE"},
                           files={"file": ("cv.docx", render_docx(EN.splitlines()), "application/octet-stream")})
    assert upload.status_code == 200 and upload.json()["match"]["matched_skills"][:2] == ["python", "sql"]
    assert_problem(h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"),
                                 files={"file": ("cv.exe", b"MZ\x90", "application/octet-stream")}), 415)
    assert_problem(h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), data={"job_id": "x"}), 415)
    no_file = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), data={"job_id": "x"},
                            files={"other": ("a.txt", b"hello", "text/plain")})
    assert assert_problem(no_file, 422)["errors"][0]["field"] == "file"
    assert_problem(h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), json={"text": EN, "job_id": "NO"}), 422)
    skills = h.client.get("/v1/skills", headers=h.auth("sam")).json()
    k8s = next(s for s in skills["skills"] if s["name"] == "kubernetes")
    assert "k8s" in k8s["synonyms"]


def test_adverse_impact_report(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    for n, (gender, text, decision) in enumerate([("female", EN, "approve"), ("female", "A B\nSkills\nExcel", "reject"),
                                                  ("male", EN, "approve"), ("male", EN, "approve")]):
        task = screened(h, {"text": text}, {"gender": gender}, ref=f"C-{n}")
        h.client.post(f"/v1/tasks/{task['id']}/resume", headers=h.auth("harry"),
                      json={"decision": decision, "version": task["version"]})
    screened(h, {"text": EN}, ref="C-9")  # undecided, no demographics
    report = h.client.get("/v1/reports/adverse-impact", headers=h.auth("harry"), params={"job_id": "JOB-DE"}).json()
    groups = {g["group"]: g for g in report["dimensions"]["gender"]["groups"]}
    assert groups["female"]["selection_rate"] == 0.5 and groups["male"]["selection_rate"] == 1.0
    assert groups["female"]["selection_impact_ratio"] == 0.5 and groups["female"]["four_fifths_flag"] is True
    assert report["dimensions"]["gender"]["unknown"] == 1 and report["candidates"] == 5
    assert_problem(h.client.get("/v1/reports/adverse-impact", headers=h.auth("fiona"),
                                params={"job_id": "JOB-DE"}), 403)


def test_empty_resume_text_is_422_and_starts_no_task(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    response = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "resume": {"text": "  \n "}}))
    assert assert_problem(response, 422)["errors"][0]["field"].endswith("resume.text")
    assert_problem(h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), json={"text": ""}), 422)
