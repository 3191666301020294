"""Response models of the public API (issue 20): what each route answers, named in /openapi.json so clients and
generated code get types. Documents the service stores as JSON (proposal, result, evidence) stay open objects
here; their fields are described in README and CONTRACT.md."""

from __future__ import annotations

from typing import Any, Literal

from agent.views import DeliveryRead, EventRead, ReviewItem, ReviewPage, TaskRead, _Read
from tools.invoices.models import MatchResult
from tools.risk import RiskFlag

__all__ = ["DeliveryRead", "EventRead", "Health", "MasterDataSaved", "MatchResult", "Ready", "ReviewItem",
           "ReviewPage", "RiskFlags", "TaskRead", "WebhookAccepted"]


class WebhookAccepted(_Read):
    """202 for an event that starts a task; 200 `{ok: true}` for master data. A replay answers the same."""

    task_id: str | None = None
    status: str | None = None
    ok: bool | None = None


class MasterDataSaved(_Read):
    ok: bool


class RiskFlags(_Read):
    flags: list[RiskFlag]


class Health(_Read):
    status: Literal["ok"]


class Ready(_Read):
    status: Literal["ready"]
    database: str
    worker: bool
    llm: dict[str, Any] | None = None
    policy_retrieval: Any = None
