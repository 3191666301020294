"""Response models of the public API (issue 20): what each route answers, named in /openapi.json so clients and
generated code get types. Documents the service stores as JSON (proposal, result, evidence) stay open objects
here; their fields are described in README and CONTRACT.md."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import Field, RootModel

from services.views import DeliveryRead, EventRead, ReadModel, ReviewItem, ReviewPage, TaskRead
from tools.invoices.models import MatchResult
from tools.risk import RiskFlag

__all__ = [
    "ERROR_RESPONSES",
    "AdverseImpact",
    "ChatReply",
    "ChatThread",
    "DeliveryRead",
    "EventRead",
    "FieldError",
    "Health",
    "JsonResume",
    "MasterDataSaved",
    "MatchResult",
    "PolicyList",
    "PolicyUploaded",
    "Problem",
    "Ready",
    "ResumeParseAnswer",
    "ResumeParsed",
    "ReviewItem",
    "ReviewPage",
    "RiskFlags",
    "SkillTaxonomy",
    "TaskRead",
    "VendorRisk",
    "WebhookAccepted",
    "problem_doc",
]


class FieldError(ReadModel):
    field: str
    message: str
    type: str | None = None


class Problem(ReadModel):
    """Every error, as application/problem+json (RFC 9457): `type` ends in the error's code."""

    type: str
    title: str
    status: int
    detail: str
    instance: str | None = None
    errors: list[FieldError] | None = None


def problem_doc(description: str) -> dict[str, Any]:
    ref = {"$ref": "#/components/schemas/Problem"}
    return {"description": description, "model": Problem, "content": {"application/problem+json": {"schema": ref}}}


# The errors any route may answer, documented once for every router (api/app.py); a route adds its own.
ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    400: problem_doc("Malformed request (not JSON, bad header)"),
    401: problem_doc("Missing or invalid credentials"),
    403: problem_doc("Not allowed for this key's role or domain"),
    404: problem_doc("Not found, or not visible to this key"),
    409: problem_doc("Conflict: a stale version, a decision already taken, an event id replayed with another body"),
    422: problem_doc("Invalid fields: `errors` lists each field and why"),
    429: problem_doc("Too many requests"),
}


class WebhookAccepted(ReadModel):
    """202 for an event that starts a task; 200 `{ok: true}` for master data. A replay answers the same."""

    task_id: str | None = None
    status: str | None = None
    ok: bool | None = None


class MasterDataSaved(ReadModel):
    ok: bool


class RiskFlags(ReadModel):
    flags: list[RiskFlag]


class Health(ReadModel):
    status: Literal["ok"]


class Ready(ReadModel):
    status: Literal["ready"]
    database: str
    worker: bool
    llm: dict[str, Any] | None = None
    policy_retrieval: Any = None


class ChatReply(ReadModel):
    thread_id: str
    reply: str
    citations: list[dict[str, Any]] = Field(default_factory=list)
    written_by: str
    task_id: str | None = None
    status: str | None = None
    intent: str | None = None
    tool: str | None = None


class ChatThread(ReadModel):
    thread_id: str
    owner: str | None = None
    messages: list[dict[str, Any]]


class PolicyUploaded(ReadModel):
    doc_id: str
    series_id: str
    title: str
    version: int
    action: Literal["created", "new_version"]
    replaced: dict[str, Any] | None = None
    metadata: dict[str, Any] = Field(default_factory=dict)
    sections: list[dict[str, Any]]


class PolicyList(ReadModel):
    items: list[dict[str, Any]]
    retrieval: str


class ResumeParsed(ReadModel):
    resume: dict[str, Any] = Field(description="ParsedResume (CONTRACT.md)")
    match: dict[str, Any] | None = Field(default=None, description="JobMatch, with a job_id")
    llm: dict[str, Any] | None = None


class JsonResume(ReadModel):
    """A JSON Resume document (jsonresume.org schema v1.2.1, vendored in tools/resumes/jsonresume/schema.json):
    `POST /v1/tools/resume-parse?format=json-resume`. Only the sections the parsed result fills are written; the
    service's additions are under `meta`: `language`, `totalExperienceYears`, `redacted`, and `match` with a
    job_id."""

    basics: dict[str, Any] = Field(description="name, email, phone, url, location, profiles (never an image)")
    work: list[dict[str, Any]] = Field(description="name, position, startDate, endDate (none: ongoing)")
    education: list[dict[str, Any]] = Field(description="institution, studyType, area, startDate, endDate")
    skills: list[dict[str, Any]] = Field(description="one `{name}` per canonical skill of the taxonomy")
    languages: list[dict[str, Any]]
    meta: dict[str, Any] = Field(description="language, totalExperienceYears, redacted, match?, llm?")


class ResumeParseAnswer(RootModel[ResumeParsed | JsonResume]):
    """ResumeParsed by default; JsonResume with `format=json-resume`."""


class SkillTaxonomy(ReadModel):
    version: int
    source: str
    attribution: str
    total: int
    skills: list[dict[str, Any]]
    languages: list[dict[str, Any]]


class VendorRisk(ReadModel):
    vendor_id: str
    name: str | None = None
    flag_counts: dict[str, int]
    flags: list[dict[str, Any]]
    benford: dict[str, Any] | list[Any] | None = None


class AdverseImpact(ReadModel):
    job_id: str
