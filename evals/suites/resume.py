"""The `resume` suite: each labelled resume is rendered as the file a candidate sends (PDF, two-column PDF,
DOCX, DOCX with a table, text, Markdown), read through the same extraction as the webhook, parsed and scored.
Per-field accuracy and precision/recall/F1 by language; invariance within every counterfactual group."""

from __future__ import annotations

import datetime as dt
import time
from typing import Any

from agent.resume_fields import propose_fields
from evals import metrics as m
from evals.core import DATASETS, Case, CaseResult, load_suite_datasets
from evals.generators.resume_render import render_docx, render_pdf
from evals.suites.base import RunOptions, SuiteOutcome, llm_for
from tools.documents import Job
from tools.resumes import ExtractError, extract, match_job, parse_resume

HEADINGS = {"Work Experience", "EXPERIENCE", "Professional Experience", "Education", "Skills", "Languages",
            "工作经历", "教育背景", "专业技能", "语言能力"}
SET_FIELDS = ("emails", "phones", "skills", "languages", "redacted", "experience", "education")
SCALAR_FIELDS = ("name", "location", "language", "total_experience_years")


def render(inputs: dict[str, Any]) -> tuple[str, bytes]:
    lines, fmt, photo, hidden = inputs["lines"], inputs["format"], inputs["photo"], inputs.get("hidden")
    if fmt == "pdf":
        return "resume.pdf", render_pdf(lines, hidden=hidden, photo=photo)
    if fmt == "pdf_two_column":
        cut = next(i for i, line in enumerate(lines) if line in ("Skills", "专业技能"))
        return "resume.pdf", render_pdf(lines[:cut], side=lines[cut:], hidden=hidden, photo=photo)
    if fmt == "docx":
        return "resume.docx", render_docx(lines, photo=photo)
    if fmt == "docx_table":
        body = next(i for i, line in enumerate(lines) if line in HEADINGS)
        rows = [[lines[0]]] + [line.split(" | ") for line in lines[1:body]]
        return "resume.docx", render_docx(lines[body:], table_rows=rows, photo=photo)
    if fmt == "md":
        marked = ["# " + lines[0]] + [("## " + line if line in HEADINGS else line) for line in lines[1:]]
        return "resume.md", "\n".join(marked).encode()
    return "resume.txt", "\n".join(lines).encode()


def actual_fields(resume: Any) -> dict[str, Any]:
    return {
        "name": resume.name, "emails": resume.emails, "phones": resume.phones, "location": resume.location,
        "language": resume.language, "skills": resume.skills, "languages": resume.languages,
        "total_experience_years": format(resume.total_experience_years, "f"),
        "experience": [[e.company, e.title, e.start, e.end] for e in resume.experience],
        "education": [[e.institution, e.degree, e.field] for e in resume.education],
        "redacted": sorted({r.field for r in resume.redacted}),
    }


def _as_set(values: list[Any]) -> set[Any]:
    return {tuple(v) if isinstance(v, list) else v for v in values}


class ResumeSuite:
    name = "resume"
    datasets = DATASETS

    llm: Any = None  # set by run(): the LLM whose skill proposals are checked, or None offline
    def cases(self) -> list[Case]:
        return [case for dataset in load_suite_datasets(self.name, self.datasets) for case in dataset.cases]

    def evaluate(self, case: Case) -> tuple[CaseResult, int | None]:
        started = time.perf_counter()
        filename, data = render(case.inputs)
        try:
            extracted = extract(filename, data)
        except ExtractError as exc:
            return CaseResult(case.name, False, case.expected, {"error": str(exc)}, 0.0, case.tags), None
        parsed = parse_resume(extracted.text, images=extracted.images,
                              today=dt.date.fromisoformat(case.inputs["today"]))
        if self.llm is not None:
            propose_fields(self.llm, parsed)  # the model's proposals, each checked against the text
        score = match_job(parsed, Job.model_validate(case.inputs["job"])).score
        seconds = time.perf_counter() - started
        actual = actual_fields(parsed.resume) | {"score": score}
        fields = {field: (_as_set(actual[field]) == _as_set(case.expected[field]) if field in SET_FIELDS
                          else actual[field] == case.expected[field]) for field in (*SCALAR_FIELDS, *SET_FIELDS)}
        return CaseResult(case.name, all(fields.values()), case.expected, actual, seconds, case.tags,
                          scores=fields), score

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome:
        self.llm = llm_for(options)
        results: list[CaseResult] = []
        groups: dict[str, set[int | None]] = {}
        for case in cases:
            result, score = self.evaluate(case)
            group = case.inputs.get("counterfactual_group")
            if group:
                groups.setdefault(group, set()).add(score)
            results.append(result)
            progress()
        invariant = {group: len(scores) == 1 for group, scores in groups.items()}
        for result, case in zip(results, cases, strict=True):
            group = case.inputs.get("counterfactual_group")
            if group and not invariant[group]:
                result.passed = False
                result.actual = result.actual | {"invariance": "scores differ within the counterfactual group"}
        metrics: dict[str, Any] = {"case_accuracy": m.ratio(sum(r.passed for r in results), len(results))}
        scored = [r for r in results if "error" not in r.actual]
        for language in ("en", "zh"):
            subset = [r for r in scored if language in r.tags]
            pairs = [ok for r in subset for ok in r.scores.values()]
            metrics[f"field_accuracy_{language}"] = m.ratio(sum(pairs), len(pairs))
            metrics[f"per_field_{language}"] = {
                field: m.ratio(sum(r.scores[field] for r in subset), len(subset))
                for field in (*SCALAR_FIELDS, *SET_FIELDS)}
        for field in ("skills", "redacted", "phones", "experience", "education"):
            scores = m.label_scores([_as_set(r.expected[field]) for r in scored],
                                    [_as_set(r.actual[field]) for r in scored])
            metrics[f"{field}_precision"], metrics[f"{field}_recall"], metrics[f"{field}_f1"] = (
                scores["precision"], scores["recall"], scores["f1"])
        protected = m.label_scores([set(r.expected["redacted"]) for r in scored],
                                   [set(r.actual["redacted"]) for r in scored])
        metrics.update({
            "skill_recall": metrics["skills_recall"], "protected_recall": protected["recall"],
            "protected_per_attribute": protected["per_label"],
            "counterfactual_groups": len(invariant), "invariant_groups": m.ratio(sum(invariant.values()),
                                                                                 len(invariant)),
            "errors": len(results) - len(scored), "latency": m.latency([r.seconds for r in scored]),
            "by_format": {fmt: m.ratio(sum(r.passed for r in results if fmt in r.tags),
                                       sum(1 for r in results if fmt in r.tags))
                          for fmt in ("pdf", "pdf_two_column", "docx", "docx_table", "txt", "md")},
        })
        return SuiteOutcome(results, metrics)
