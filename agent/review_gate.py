"""The review gate shared by every task kind: a typed interrupt payload and a validated resume value (the graph
side; services/reviews.py records a reviewer's decision and resumes the graph)."""

from __future__ import annotations

from typing import Any, Literal

from langgraph.types import interrupt
from pydantic import BaseModel, ConfigDict, Field

Decision = Literal["approve", "reject", "edit"]
ALLOWED_DECISIONS: list[str] = ["approve", "reject", "edit"]


class ReviewDecision(BaseModel):
    """What a reviewer decided, recorded with who, when, and a hash of what they were shown."""

    model_config = ConfigDict(extra="forbid")

    decision: Decision
    comment: str | None = None
    edits: dict[str, Any] | None = None
    by: str
    at: str
    payload_hash: str | None = None


class ReviewRequest(BaseModel):
    """The interrupt payload: what the reviewer sees."""

    task_id: str
    kind: str
    proposal: dict[str, Any]
    evidence: dict[str, Any]
    risk_flags: list[dict[str, Any]] = Field(default_factory=list)
    allowed_decisions: list[str] = Field(default_factory=lambda: list(ALLOWED_DECISIONS))


def review_gate(request: ReviewRequest) -> ReviewDecision:
    """Pause the graph until a reviewer decides. Nothing with a side effect may run before this call."""
    return interrupt(request.model_dump(mode="json"), response_schema=ReviewDecision)
