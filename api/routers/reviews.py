from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from api.deps import ReviewerDep, ServicesDep
from api.schemas import ReviewPage
from services.views import pending_reviews

router = APIRouter(prefix="/v1", tags=["reviews"])


@router.get("/reviews", response_model=ReviewPage, summary="Pending reviews in the caller's domains, oldest first")
def list_reviews(principal: ReviewerDep, services: ServicesDep,
                 kind: str | None = Query(default=None, max_length=40),
                 limit: int = Query(default=50, ge=1, le=200),
                 cursor: str | None = Query(default=None, max_length=500),
                 overdue: bool = Query(default=False)) -> dict[str, Any]:
    with services.db.session() as session:
        return pending_reviews(session, principal=principal, kind=kind, limit=limit, cursor=cursor, overdue=overdue)
