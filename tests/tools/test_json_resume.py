"""JSON Resume (jsonresume.org schema v1.2.1): the vendored schema, reading a document into the parser's Parsed
(protected attributes redacted wherever they are, never scored), and writing a ParsedResume back as one."""

from __future__ import annotations

import copy
import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft7Validator

from tools.documents import Job
from tools.resumes import match_job, parse_resume
from tools.resumes.jsonresume import json_resume_errors, parse_json_resume, schema, to_json_resume

TODAY = dt.date(2026, 11, 26)
SCHEMA_FILE = Path(__file__).resolve().parents[2] / "tools" / "resumes" / "jsonresume" / "schema.json"

# Blind versions: no photo, no birth date, nothing personal beyond contact data.
EN_JSON: dict[str, Any] = {
    "basics": {
        "name": "Priya Raman", "label": "Data Engineer", "email": "priya.raman@example.com", "phone": "(415) 555-0132",
        "url": "https://priya.dev", "summary": "Data engineer building batch and streaming pipelines.",
        "location": {"city": "San Francisco", "region": "CA", "countryCode": "US"},
        "profiles": [{"network": "GitHub", "username": "praman", "url": "https://github.com/praman"}],
    },
    "work": [
        {"name": "Acme Analytics Inc.", "position": "Senior Data Engineer", "startDate": "2021-03",
         "summary": "Own the warehouse ingestion platform.",
         "highlights": ["Built Airflow DAGs loading 2 TB a day into Snowflake",
                        "Moved batch jobs from cron to Kubernetes"]},
        {"name": "Blue River Bank", "position": "Data Analyst", "startDate": "2017-06", "endDate": "2021-02",
         "highlights": ["Wrote SQL reports and Python tooling for the credit team"]},
        {"name": "Blue River Bank", "position": "Summer Intern", "startDate": "2016-06", "endDate": "2016-08"},
    ],
    "volunteer": [{"organization": "Code for SF", "position": "Volunteer mentor", "startDate": "2015-01"}],
    "education": [{"institution": "University of Michigan", "area": "Computer Science", "studyType": "Bachelor",
                   "startDate": "2012-09", "endDate": "2016-05"}],
    "skills": [{"name": "Data engineering", "level": "Senior", "keywords": ["Python", "SQL", "Apache Spark"]}],
    "languages": [{"language": "English", "fluency": "Native"}, {"language": "Spanish", "fluency": "Conversational"}],
}
ZH_JSON: dict[str, Any] = {
    "basics": {
        "name": "王芳", "label": "数据工程师", "email": "wangfang@example.cn", "phone": "138 1234 5678",
        "summary": "五年以上数据平台建设经验，熟悉离线与实时数仓。",
        "location": {"city": "上海", "countryCode": "CN"},
    },
    "work": [
        {"name": "上海云启科技有限公司", "position": "高级数据工程师", "startDate": "2020-07",
         "highlights": ["使用 Airflow 和 Spark 搭建数据管道", "负责 Hive 数仓建模与 SQL 优化"]},
        {"name": "杭州数澜信息技术有限公司", "position": "数据开发工程师", "startDate": "2018-07", "endDate": "2020-06",
         "highlights": ["用 Python 开发数据质量检查工具"]},
    ],
    "education": [{"institution": "复旦大学", "area": "计算机科学与技术", "studyType": "本科", "startDate": "2014-09",
                   "endDate": "2018-06"}],
    "skills": [{"name": "编程语言", "keywords": ["Python", "SQL", "Java"]}],
    "languages": [{"language": "普通话"}, {"language": "英语", "fluency": "CET-6"}],
}


def with_protected_en(document: dict[str, Any]) -> dict[str, Any]:
    """The same resume with a photo, a birth date and gender, age and marital status in the summary."""
    out = copy.deepcopy(document)
    out["basics"]["image"] = "https://example.com/photos/priya.jpg"
    out["basics"]["birthDate"] = "1991-04-02"
    out["basics"]["summary"] += " Female, 34, married."
    out["basics"]["nationality"] = "Indian"
    return out


def with_protected_zh(document: dict[str, Any]) -> dict[str, Any]:
    out = copy.deepcopy(document)
    out["basics"]["image"] = "https://example.cn/wf.png"
    out["basics"]["summary"] = "女，1992年3月出生，汉族，已婚。" + out["basics"]["summary"]
    out["basics"]["gender"] = "女"
    out["work"][0]["highlights"].append("政治面貌：中共党员")
    return out


JOB = Job(job_id="J-DE", title="Data Engineer", required_skills=["Python", "SQL", "Airflow"],
          nice_to_have=["Kubernetes", "Snowflake"], min_years="5")


def test_the_vendored_schema_is_the_published_draft_7_schema() -> None:
    loaded = json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(loaded)
    assert loaded == schema() and loaded["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert {"basics", "work", "education", "skills", "languages", "meta"} <= set(loaded["properties"])
    readme = (SCHEMA_FILE.parent / "README.md").read_text(encoding="utf-8")
    assert "MIT" in readme and "50798e359292ad4448d95b3bb0de5f694d6bcc4b" in readme


@pytest.mark.parametrize("document", [EN_JSON, ZH_JSON, with_protected_en(EN_JSON), with_protected_zh(ZH_JSON)])
def test_the_examples_are_valid(document: dict[str, Any]) -> None:
    assert json_resume_errors(document) == []


def test_errors_name_the_path_and_never_the_value() -> None:
    bad = copy.deepcopy(EN_JSON)
    bad["work"][1]["startDate"] = "June 2017"
    bad["basics"]["email"] = "not-an-address"
    bad["skills"][0]["keywords"] = "Python"
    errors = json_resume_errors(bad, ("data", "json_resume"))
    assert [e["field"] for e in errors] == ["data.json_resume.basics.email", "data.json_resume.skills.0.keywords",
                                           "data.json_resume.work.1.startDate"]
    assert "ISO 8601" in errors[2]["message"]
    assert not any("June" in e["message"] or "not-an-address" in e["message"] for e in errors)
    assert json_resume_errors([1, 2]) == [{"field": "body", "message": "must be an object (a JSON Resume document)"}]
    assert json_resume_errors({"basics": {"name": "A\x00"}})[0]["field"] == "basics.name"


def test_english_json_resume_reads_like_a_parsed_resume() -> None:
    resume = parse_json_resume(EN_JSON, today=TODAY).resume
    assert resume.name == "Priya Raman" and resume.emails == ["priya.raman@example.com"]
    assert resume.phones == ["+14155550132"] and resume.language == "en"
    assert {"python", "sql", "spark", "airflow", "snowflake", "kubernetes"} <= set(resume.skills)
    # 2021-03 → today (69 months) and 2017-06 – 2021-02 (45); the internship and the volunteering do not count.
    assert str(resume.total_experience_years) == "9.5"
    first = resume.experience[0]
    assert (first.company, first.title, first.start, first.end) == (
        "Acme Analytics Inc.", "Senior Data Engineer", "2021-03", "present")
    assert resume.education[0].institution == "University of Michigan" and resume.education[0].degree == "Bachelor"
    assert resume.languages == ["english", "spanish"] and resume.redacted == []
    assert resume.links == ["https://priya.dev", "https://github.com/praman"]


def test_chinese_json_resume() -> None:
    resume = parse_json_resume(ZH_JSON, today=TODAY).resume
    assert resume.name == "王芳" and resume.language == "zh" and resume.phones == ["+8613812345678"]
    assert {"python", "sql", "airflow", "spark", "hive", "java"} <= set(resume.skills)
    assert str(resume.total_experience_years) == "8.4"  # 77 + 24 months
    assert resume.education[0].institution == "复旦大学" and resume.education[0].degree == "本科"


def test_protected_attributes_are_listed_by_path_and_change_no_score() -> None:
    blind = parse_json_resume(EN_JSON, today=TODAY)
    marked = parse_json_resume(with_protected_en(EN_JSON), today=TODAY)
    reasons = {r.field: r.reason for r in marked.resume.redacted}
    assert set(reasons) == {"photo", "birth_date", "gender", "age", "marital_status", "nationality"}
    assert reasons["photo"] == "a photo in basics.image" and reasons["birth_date"].endswith("basics.birthDate")
    assert reasons["gender"].endswith("in basics.summary")
    dumped = marked.resume.model_dump_json() + marked.redacted_text + json.dumps(marked.skill_lines)
    assert "1991" not in dumped and "Female" not in dumped and "priya.jpg" not in dumped and "Indian" not in dumped
    assert marked.resume.skills == blind.resume.skills
    assert marked.resume.total_experience_years == blind.resume.total_experience_years
    assert match_job(marked, JOB) == match_job(blind, JOB)


def test_chinese_protected_attributes_change_no_score() -> None:
    blind = parse_json_resume(ZH_JSON, today=TODAY)
    marked = parse_json_resume(with_protected_zh(ZH_JSON), today=TODAY)
    assert {r.field for r in marked.resume.redacted} == {"photo", "gender", "birth_date", "ethnicity",
                                                         "marital_status", "political_affiliation"}
    assert "汉族" not in marked.redacted_text and "中共党员" not in marked.redacted_text
    assert match_job(marked, JOB).score == match_job(blind, JOB).score
    assert marked.resume.skills == blind.resume.skills


def test_a_file_beside_it_with_images_counts_as_a_photo() -> None:
    assert [r.field for r in parse_json_resume(EN_JSON, images=1, today=TODAY).resume.redacted] == ["photo"]


def test_written_json_resume_validates_and_omits_protected_attributes() -> None:
    text = ("Li Wei\nli.wei@example.com | +44 20 7946 0958 | London, UK | github.com/liwei\nGender: Male\n"
            "Date of Birth: 4 May 1988\nExperience\nData Engineer, Acme Ltd, 2019 - Present\n"
            "Education\nUniversity of Leeds, BSc Computer Science, 2007 - 2010\nSkills\nPython, SQL, Airflow\n")
    parsed = parse_resume(text, today=TODAY)
    document = to_json_resume(parsed.resume, meta={"match": match_job(parsed, JOB).model_dump(mode="json")})
    assert json_resume_errors(document) == []
    assert document["basics"]["name"] == "Li Wei" and document["basics"]["email"] == parsed.resume.emails[0]
    assert document["basics"]["phone"] == parsed.resume.phones[0]
    assert document["basics"]["profiles"] == [{"network": "GitHub", "url": "https://github.com/liwei"}]
    assert document["work"][0] == {"name": "Acme Ltd", "position": "Data Engineer", "startDate": "2019-01"}
    assert {s["name"] for s in document["skills"]} == set(parsed.resume.skills)
    assert {r["field"] for r in document["meta"]["redacted"]} == {"gender", "birth_date"}
    flat = json.dumps(document)
    assert "1988" not in flat and "Male" not in flat and "image" not in flat and "summary" not in flat
    assert document["meta"]["match"]["score"] == match_job(parsed, JOB).score


@pytest.mark.parametrize("document", [EN_JSON, ZH_JSON, with_protected_en(EN_JSON), with_protected_zh(ZH_JSON)])
def test_a_json_resume_written_back_validates(document: dict[str, Any]) -> None:
    written = to_json_resume(parse_json_resume(document, today=TODAY).resume)
    assert json_resume_errors(written) == []
    flat = json.dumps(written, ensure_ascii=False)
    assert "image" not in written["basics"] and "1991-04-02" not in flat and "1992年" not in flat and "女" not in flat
