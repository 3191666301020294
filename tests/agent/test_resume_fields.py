"""A model may propose a resume's skills; a value not found in the text is never used."""

from __future__ import annotations

import datetime as dt

from agent.llm import Generation
from agent.resume_fields import ProposedFields, propose_skills
from tools.resumes import parse_resume

TEXT = ("Ada Lind\nada@example.com\nGender: Female\nExperience\nAnalyst, Acme Ltd | Jan 2020 – Present\n"
        "- Reconciled ledgers in Xero and built dashboards\nSkills\nSQL")


class ScriptedLLM:
    name = "openai:scripted"

    def __init__(self, skills: list[str]) -> None:
        self.skills = skills
        self.seen: list[str] = []
        self.reports: list[bool] = []

    def report(self, prompt, *, used: bool) -> None:
        self.reports.append(used)

    def structured(self, *, prompt, values, schema, names=None) -> Generation:
        self.seen.append(values["text"])
        return Generation(schema.model_validate({"skills": self.skills}), {"prompt": prompt.ref})


def test_proposed_skills_count_only_when_the_text_has_them() -> None:
    parsed = parse_resume(TEXT, today=dt.date(2026, 11, 26))
    llm = ScriptedLLM(["Xero", "dashboards", "Kubernetes", "Python"])
    outcome = propose_skills(llm, parsed)
    assert outcome["used"] is True and "xero" in outcome["kept"]
    assert outcome["refused_not_in_text"] == ["Kubernetes", "Python"]  # not in the resume: never used
    assert "xero" in parsed.resume.skills and "kubernetes" not in parsed.resume.skills
    assert "Female" not in llm.seen[0] and "Gender" not in llm.seen[0]  # the model reads the redacted text
    assert llm.reports == [True]  # counted as used (some of it checked out) in the LLM metrics


def test_offline_proposes_nothing() -> None:
    parsed = parse_resume(TEXT, today=dt.date(2026, 11, 26))
    before = list(parsed.resume.skills)
    assert propose_skills(None, parsed) == {"used": False}
    assert parsed.resume.skills == before
    assert ProposedFields().skills == []
