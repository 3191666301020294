"""ParsedResume and JobMatch (CONTRACT.md)."""

from __future__ import annotations

from decimal import Decimal
from typing import Literal

from pydantic import BaseModel, Field

ProtectedField = Literal["gender", "birth_date", "age", "marital_status", "ethnicity", "native_place",
                         "political_affiliation", "nationality", "religion", "health", "photo", "height_weight"]


class Education(BaseModel):
    institution: str | None = None
    degree: str | None = None
    field: str | None = None
    start: str | None = None
    end: str | None = None


class Experience(BaseModel):
    company: str | None = None
    title: str | None = None
    start: str | None = None
    end: str | None = None
    months: int = 0


class Redaction(BaseModel):
    field: ProtectedField
    reason: str


class ParsedResume(BaseModel):
    name: str | None = None
    emails: list[str] = Field(default_factory=list)
    phones: list[str] = Field(default_factory=list, description="E.164")
    location: str | None = None
    links: list[str] = Field(default_factory=list)
    education: list[Education] = Field(default_factory=list)
    experience: list[Experience] = Field(default_factory=list)
    total_experience_years: Decimal = Decimal("0")
    skills: list[str] = Field(default_factory=list)
    languages: list[str] = Field(default_factory=list)
    language: Literal["en", "zh"] = "en"
    redacted: list[Redaction] = Field(default_factory=list)


class SkillEvidence(BaseModel):
    skill: str
    requirement: Literal["required", "nice_to_have"]
    found: bool
    excerpt: str | None = Field(default=None, description="The resume line where the skill was found.")


class JobMatch(BaseModel):
    score: int = Field(ge=0, le=100)
    matched_skills: list[str]
    missing_skills: list[str]
    years_required: Decimal | None
    years_found: Decimal
    meets_minimum: bool
    rationale: list[str]
    evidence: list[SkillEvidence] = Field(default_factory=list)
    parts: dict[str, Decimal] = Field(default_factory=dict, description="Points from each part of the score.")
