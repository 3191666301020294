"""With an LLM endpoint, a model may propose a resume's skills; none is used unless it is found in the text.

The model sees the redacted resume only (protected attributes cut out, personal data masked by the LLM
layer). Each proposed value must occur in that text as written (whole words, any case) before it counts;
it is then read through the taxonomy like any other mention. What was proposed, kept and refused is
returned for the task's event log (values are skill names, never personal data).
"""

from __future__ import annotations

import re
from typing import Any

from pydantic import BaseModel, Field

from agent import prompts
from tools.resumes import Parsed, canonical_skill

MAX_TEXT = 12_000


class ProposedFields(BaseModel):
    skills: list[str] = Field(default_factory=list, max_length=80)


def _in_text(value: str, text: str) -> bool:
    value = value.strip()
    if not value or len(value) > 80:
        return False
    pattern = re.escape(value).replace(r"\ ", r"\s+")
    if re.search(r"[\u4e00-\u9fff]", value):
        return re.search(pattern, text) is not None
    return re.search(rf"(?<![\w+#]){pattern}(?![\w+#])", text, re.IGNORECASE) is not None


def propose_skills(llm: Any, parsed: Parsed) -> dict[str, Any]:
    """Adds the verified skills to `parsed` (in place); returns what happened, for the event log."""
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
    llm.report(prompts.load("resume_fields"), used=bool(kept))
    skills = sorted(set(parsed.resume.skills) | set(kept))
    parsed.resume = parsed.resume.model_copy(update={"skills": skills})
    return {"used": True, "kept": sorted(set(kept)), "refused_not_in_text": refused} | generation.meta
