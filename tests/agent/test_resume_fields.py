"""A model may propose a resume's skills and the kinds of its dated entries; a value not found in the text is
never used, and the years are the parser's arithmetic."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from agent.llm import Generation
from agent.resume_fields import ProposedFields, propose_fields
from tools.resumes import parse_resume

TEXT = ("Ada Lind\nada@example.com\nGender: Female\nExperience\nAnalyst, Acme Ltd | Jan 2020 – Present\n"
        "- Reconciled ledgers in Xero and built dashboards\nSkills\nSQL")


class ScriptedLLM:
    name = "openai:scripted"

    def __init__(self, skills: list[str], experience: list[dict] | None = None) -> None:
        self.skills = skills
        self.experience = experience or []
        self.seen: list[str] = []
        self.reports: list[bool] = []

    def report(self, prompt, *, used: bool) -> None:
        self.reports.append(used)

    def structured(self, *, prompt, values, schema, names=None) -> Generation:
        self.seen.append(values["text"])
        return Generation(schema.model_validate({"skills": self.skills, "experience": self.experience}),
                          {"prompt": prompt.ref})


def test_proposed_skills_count_only_when_the_text_has_them() -> None:
    parsed = parse_resume(TEXT, today=dt.date(2026, 11, 26))
    llm = ScriptedLLM(["Xero", "dashboards", "Kubernetes", "Python"])
    outcome = propose_fields(llm, parsed)
    assert outcome["used"] is True and "xero" in outcome["kept"]
    assert outcome["refused_not_in_text"] == ["Kubernetes", "Python"]  # not in the resume: never used
    assert "xero" in parsed.resume.skills and "kubernetes" not in parsed.resume.skills
    assert "Female" not in llm.seen[0] and "Gender" not in llm.seen[0]  # the model reads the redacted text
    assert llm.reports == [True]  # counted as used (some of it checked out) in the LLM metrics


def test_offline_proposes_nothing() -> None:
    parsed = parse_resume(TEXT, today=dt.date(2026, 11, 26))
    before = list(parsed.resume.skills)
    assert propose_fields(None, parsed) == {"used": False}
    assert parsed.resume.skills == before
    assert ProposedFields().skills == []


def test_proposed_role_kinds_count_only_for_ranges_in_the_text() -> None:
    text = ("Ada Lind\nada@example.com\nExperience\nAnalyst, Acme Ltd | Jan 2020 – Present\n"
            "Helper at the Harbour Trust\nMar 2016 – Dec 2019\nSkills\nSQL")
    parsed = parse_resume(text, today=dt.date(2026, 11, 26))
    assert parsed.resume.total_experience_years == Decimal("10.8")  # the parser counts both entries
    llm = ScriptedLLM([], [{"dates": "Mar 2016 – Dec 2019", "kind": "volunteering", "title": "Helper"},
                           {"dates": "Jan 2020 – Present", "kind": "employment"},
                           {"dates": "Jan 2001 – Dec 2019", "kind": "employment"}])  # not in the text
    outcome = propose_fields(llm, parsed)
    assert outcome["roles"]["refused_not_in_text"] == ["Jan 2001 – Dec 2019"]
    assert [role["kind"] for role in outcome["roles"]["kept"]] == ["volunteering", "employment"]
    # Jan 2020 – Nov 2026 only: 83 months. The model chose the kinds; the months are the parser's.
    assert parsed.resume.total_experience_years == Decimal("6.9")
    assert outcome["roles"]["years"] == {"parser": "10.8", "with_model": "6.9"}
