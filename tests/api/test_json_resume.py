"""JSON Resume through the API: `json_resume` in candidate.applied (validated, redacted, scored like a file) and
`POST /v1/tools/resume-parse?format=json-resume` (a document that validates against the vendored schema)."""

from __future__ import annotations

import copy
import json
from collections.abc import Iterator

import pytest

from core.clock import Clock, use_clock
from tests import factories as f
from tests.api.test_webhooks import assert_problem, task_count
from tests.conftest import Harness
from tests.tools.test_json_resume import EN_JSON, ZH_JSON, with_protected_en, with_protected_zh
from tests.tools.test_resumes import EN
from tools.resumes.jsonresume import json_resume_errors

JOB = {"job_id": "JOB-DE", "title": "Data Engineer", "required_skills": ["Python", "SQL", "Airflow"],
       "nice_to_have": ["Kubernetes"], "min_years": "5"}


@pytest.fixture(autouse=True)
def pinned_day() -> Iterator[None]:
    with use_clock(Clock.parse("2026-11-26")):
        yield


def screened(h: Harness, data: dict, ref: str) -> dict:
    response = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "candidate_ref": ref} | data))
    assert response.status_code == 202, response.text
    h.drain()
    return h.task(response.json()["task_id"])


def test_a_json_resume_is_screened_like_a_file(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    task = screened(h, {"json_resume": EN_JSON}, "C-1")
    assert task["kind"] == "candidate_screen" and task["status"] == "awaiting_review"
    resume = task["result"]["resume"]
    assert resume["name"] == "Priya Raman" and resume["total_experience_years"] == "9.5"
    assert {"python", "sql", "airflow", "kubernetes"} <= set(resume["skills"])
    assert task["proposal"]["score"] == 100 and task["proposal"]["action"] == "advance"
    chinese = screened(h, {"json_resume": ZH_JSON}, "C-2")
    assert chinese["result"]["resume"]["name"] == "王芳" and chinese["result"]["resume"]["language"] == "zh"
    assert chinese["result"]["resume"]["total_experience_years"] == "8.4"
    assert chinese["proposal"]["score"] == 85  # Kubernetes, the nice-to-have, is missing


@pytest.mark.parametrize(("blind", "marked"), [(EN_JSON, with_protected_en(EN_JSON)),
                                                (ZH_JSON, with_protected_zh(ZH_JSON))])
def test_protected_attributes_are_redacted_and_change_no_score(h: Harness, blind: dict, marked: dict) -> None:
    h.webhook(f.event("job.upserted", JOB))
    plain = screened(h, {"json_resume": blind}, "C-1")
    flagged = screened(h, {"json_resume": marked}, "C-2")
    assert flagged["proposal"]["score"] == plain["proposal"]["score"]
    assert flagged["result"]["match"]["parts"] == plain["result"]["match"]["parts"]
    fields = {r["field"] for r in flagged["result"]["resume"]["redacted"]}
    assert {"photo", "gender", "birth_date"} <= fields and plain["result"]["resume"]["redacted"] == []
    visible = json.dumps(flagged, ensure_ascii=False)
    for value in ("1991-04-02", "Female", "priya.jpg", "wf.png", "1992年3月", "汉族", "中共党员"):
        assert value not in visible


def test_a_file_beside_it_is_read_and_the_json_resume_is_scored(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    task = screened(h, {"json_resume": EN_JSON, "resume": {"text": "Sam Lee\nSkills\nCooking"}}, "C-1")
    assert task["result"]["resume"]["name"] == "Priya Raman" and task["proposal"]["score"] == 100


def test_an_invalid_json_resume_is_422_and_nothing_is_stored(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    bad = copy.deepcopy(EN_JSON)
    bad["work"][0]["startDate"] = "March 2021"
    before = task_count(h)
    body = assert_problem(h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "json_resume": bad},
                                            "evt-bad")), 422)
    assert body["errors"][0]["field"] == "data.json_resume.work.0.startDate" and "March" not in json.dumps(body)
    assert task_count(h) == before
    # Nothing was recorded under the event id either: the corrected event is accepted.
    fixed = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "json_resume": EN_JSON}, "evt-bad"))
    assert fixed.status_code == 202 and task_count(h) == before + 1
    neither = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE"}))
    assert assert_problem(neither, 422)["errors"][0]["field"] == "data.resume"
    not_an_object = h.webhook(f.event("candidate.applied", {"job_id": "JOB-DE", "json_resume": ["x"]}))
    assert assert_problem(not_an_object, 422)["errors"][0]["field"].startswith("data.json_resume")


def test_resume_parse_answers_in_json_resume(h: Harness) -> None:
    h.webhook(f.event("job.upserted", JOB))
    default = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), json={"text": EN, "job_id": "JOB-DE"})
    answer = h.client.post("/v1/tools/resume-parse?format=json-resume", headers=h.auth("sam"),
                           json={"text": EN, "job_id": "JOB-DE"})
    assert default.status_code == 200 and answer.status_code == 200, answer.text
    document, parsed = answer.json(), default.json()["resume"]
    assert json_resume_errors(document) == []
    assert document["basics"]["name"] == parsed["name"] and document["basics"]["email"] == parsed["emails"][0]
    assert document["basics"]["phone"] == parsed["phones"][0]
    assert [s["name"] for s in document["skills"]] == parsed["skills"]
    assert document["meta"]["totalExperienceYears"] == parsed["total_experience_years"]
    assert document["meta"]["redacted"] == parsed["redacted"] and parsed["redacted"]
    assert document["meta"]["match"] == default.json()["match"]
    assert "image" not in document["basics"] and "14 March 1990" not in answer.text and "Female" not in answer.text


def test_resume_parse_takes_a_json_resume_and_writes_one_back(h: Harness) -> None:
    answer = h.client.post("/v1/tools/resume-parse?format=json-resume", headers=h.auth("sam"),
                           json={"json_resume": with_protected_en(EN_JSON)})
    assert answer.status_code == 200, answer.text
    document = answer.json()
    assert json_resume_errors(document) == []
    assert document["basics"]["name"] == "Priya Raman" and document["work"][0]["name"] == "Acme Analytics Inc."
    assert "image" not in document["basics"] and "1991-04-02" not in answer.text and "Female" not in answer.text
    default = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"), json={"json_resume": ZH_JSON})
    assert default.status_code == 200 and default.json()["resume"]["name"] == "王芳"
    invalid = h.client.post("/v1/tools/resume-parse", headers=h.auth("sam"),
                            json={"json_resume": {"basics": {"email": "nope"}}})
    assert assert_problem(invalid, 422)["errors"][0]["field"] == "json_resume.basics.email"


def test_an_unknown_format_is_422(h: Harness) -> None:
    response = h.client.post("/v1/tools/resume-parse?format=europass", headers=h.auth("sam"), json={"text": EN})
    body = assert_problem(response, 422)
    assert body["errors"][0]["field"] == "query.format"


def test_the_openapi_document_names_the_format_and_both_answers(h: Harness) -> None:
    spec = h.client.get("/openapi.json").json()
    operation = spec["paths"]["/v1/tools/resume-parse"]["post"]
    parameter = next(p for p in operation["parameters"] if p["name"] == "format")
    assert parameter["in"] == "query" and parameter["schema"]["enum"] == ["parsed-resume", "json-resume"]
    answer = spec["components"]["schemas"]["ResumeParseAnswer"]
    assert {ref["$ref"].rsplit("/", 1)[1] for ref in answer["anyOf"]} == {"ResumeParsed", "JsonResume"}
    assert "json_resume" in operation["requestBody"]["content"]["application/json"]["schema"]["properties"]
