"""With an LLM endpoint, a model may propose a resume's skills and the kind of each dated entry; nothing is used
unless it is found in the text.

The model sees the redacted resume only (protected attributes cut out, personal data masked by the LLM
layer). Each proposed skill must occur in that text as written (whole words, any case) before it counts; it is
then read through the taxonomy like any other mention. Each proposed role must quote a date range that occurs
in the text and that the parser's own date reader reads; its kind (employment, internship, volunteering,
military service, a break, studies) then decides whether its months count, and the total is computed by the
parser's arithmetic, never taken from the model. What was proposed, kept and refused is returned for the task's
event log (skill names, date ranges and kinds, never personal data).
"""

from __future__ import annotations

import re
from typing import Any, Literal

from pydantic import BaseModel, Field

from agent import prompts
from core import clock
from tools.resumes import Experience, Parsed, canonical_skill
from tools.resumes.dates import find_range
from tools.resumes.parse import employment_years

MAX_TEXT = 12_000
RoleKind = Literal["employment", "internship", "volunteering", "military", "break", "study"]


class ProposedRole(BaseModel):
    dates: str = Field(max_length=80)  # the range exactly as the resume writes it
    kind: RoleKind
    title: str | None = Field(default=None, max_length=120)


class ProposedFields(BaseModel):
    skills: list[str] = Field(default_factory=list, max_length=80)
    experience: list[ProposedRole] = Field(default_factory=list, max_length=30)


def _in_text(value: str, text: str) -> bool:
    value = value.strip()
    if not value or len(value) > 80:
        return False
    pattern = re.escape(value).replace(r"\ ", r"\s+")
    if re.search(r"[\u4e00-\u9fff]", value):
        return re.search(pattern, text) is not None
    return re.search(rf"(?<![\w+#]){pattern}(?![\w+#])", text, re.IGNORECASE) is not None


def propose_fields(llm: Any, parsed: Parsed) -> dict[str, Any]:
    """Adds the verified skills and role kinds to `parsed` (in place); returns what happened, for the event log."""
    if llm is None or getattr(llm, "name", "offline") == "offline":
        return {"used": False}
    text = parsed.redacted_text[:MAX_TEXT]
    generation = llm.structured(prompt=prompts.load("resume_fields"), schema=ProposedFields, values={"text": text})
    proposed: ProposedFields | None = generation.value
    if proposed is None:
        return {"used": False} | generation.meta
    kept, refused = [], []
    for value in dict.fromkeys(proposed.skills):
        if _in_text(value, text):
            skill = canonical_skill(value)
            kept.append(skill)
            parsed.skill_lines.setdefault(skill, f"(proposed by the model, found in the text: {value[:80]})")
        else:
            refused.append(value[:80])
    roles = _apply_roles(parsed, proposed.experience, text)
    llm.report(prompts.load("resume_fields"), used=bool(kept) or bool(roles["kept"]))
    skills = sorted(set(parsed.resume.skills) | set(kept))
    parsed.resume = parsed.resume.model_copy(update={"skills": skills})
    return {"used": True, "kept": sorted(set(kept)), "refused_not_in_text": refused, "roles": roles} | generation.meta


def _apply_roles(parsed: Parsed, roles: list[ProposedRole], text: str) -> dict[str, Any]:
    """The model's kind for each dated entry whose range it quotes from the text; entries it names that the
    parser missed are added. The years are then the parser's union of the employment months."""
    today = parsed.today or clock.today()
    entries = list(parsed.resume.experience)
    by_span = {entry.__dict__.get("_span"): entry for entry in entries}
    kept: list[dict[str, str]] = []
    refused: list[str] = []
    for role in roles:
        found = find_range(role.dates, today) if _in_text(role.dates, text) else None
        if found is None:
            refused.append(role.dates[:80])
            continue
        start, end, first, last, _match = found
        entry = by_span.get((first, last))
        if entry is None:
            title = role.title if role.title and _in_text(role.title, text) else None
            entry = Experience(title=title, start=start, end=end, months=max(0, last - first))
            entry.__dict__["_span"] = (first, last)
            entries.append(entry)
            by_span[(first, last)] = entry
        entry.__dict__["_kind"] = role.kind
        kept.append({"dates": role.dates[:80], "kind": role.kind})
    if not kept:
        return {"kept": [], "refused_not_in_text": refused}
    years = employment_years(entries)
    before = parsed.resume.total_experience_years
    parsed.resume = parsed.resume.model_copy(update={"experience": entries, "total_experience_years": years})
    return {"kept": kept, "refused_not_in_text": refused, "years": {"parser": str(before), "with_model": str(years)}}
