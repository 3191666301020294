"""Job match: a transparent score from required skills, nice-to-have skills and years against the minimum.

Points: required skills 70 × the share found; nice-to-have 15 × the share found (its 15 go to the required
skills when the job lists none); years 15 × min(1, years found / years required) (full when no minimum).
The scorer sees the redacted resume only: skills and professional experience; never a name, school or
employer prestige, photo or protected attribute."""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from tools.documents import Job
from tools.resumes.models import JobMatch, ParsedResume, SkillEvidence
from tools.resumes.parse import Parsed
from tools.resumes.skills import canonical_skill

REQUIRED, NICE, YEARS = Decimal("70"), Decimal("15"), Decimal("15")


def _share(found: int, wanted: int) -> Decimal:
    return Decimal(found) / Decimal(wanted) if wanted else Decimal("1")


def match_job(parsed: Parsed | ParsedResume, job: Job, *, skill_lines: dict[str, str] | None = None) -> JobMatch:
    resume = parsed.resume if isinstance(parsed, Parsed) else parsed
    lines = (parsed.skill_lines if isinstance(parsed, Parsed) else None) or skill_lines or {}
    have = set(resume.skills)
    required = list(dict.fromkeys(canonical_skill(skill) for skill in job.required_skills))
    nice = [s for s in dict.fromkeys(canonical_skill(skill) for skill in job.nice_to_have) if s not in required]
    matched = [skill for skill in required if skill in have]
    missing = [skill for skill in required if skill not in have]
    nice_found = [skill for skill in nice if skill in have]
    required_weight = REQUIRED + (NICE if not nice else Decimal("0"))
    points = {
        "required_skills": required_weight * _share(len(matched), len(required)),
        "nice_to_have": NICE * _share(len(nice_found), len(nice)) if nice else Decimal("0"),
        "years": YEARS * (min(Decimal("1"), resume.total_experience_years / job.min_years) if job.min_years else 1),
    }
    score = int(sum(points.values()).quantize(Decimal("1"), rounding=ROUND_HALF_UP))
    meets = job.min_years is None or resume.total_experience_years >= job.min_years
    evidence = [SkillEvidence(skill=skill, requirement=kind, found=skill in have, excerpt=lines.get(skill))
                for kind, skills in (("required", required), ("nice_to_have", nice)) for skill in skills]
    rationale = [
        f"Required skills: {len(matched)} of {len(required)} found"
        + (f" ({', '.join(matched)})" if matched else "") + (f"; missing {', '.join(missing)}" if missing else "")
        + f": {points['required_skills'].quantize(Decimal('0.1'))} of {required_weight} points.",
    ]
    if nice:
        rationale.append(f"Nice to have: {len(nice_found)} of {len(nice)} found"
                         + (f" ({', '.join(nice_found)})" if nice_found else "")
                         + f": {points['nice_to_have'].quantize(Decimal('0.1'))} of {NICE} points.")
    years_text = (f"{resume.total_experience_years} years of professional experience against a minimum of "
                  f"{job.min_years}" if job.min_years else
                  f"{resume.total_experience_years} years of professional experience; the job sets no minimum")
    rationale.append(f"{years_text}: {points['years'].quantize(Decimal('0.1'))} of {YEARS} points.")
    # The resume lines behind each skill stay in `evidence`, not here: the rationale goes into the proposal and the
    # audit trail, which must hold no personal data (retention purges the task, never the event log).
    parts = {key: value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP) for key, value in points.items()}
    return JobMatch(score=score, matched_skills=matched + nice_found, missing_skills=missing,
                    years_required=job.min_years, years_found=resume.total_experience_years, meets_minimum=meets,
                    rationale=rationale, evidence=evidence,
                    parts=parts)
