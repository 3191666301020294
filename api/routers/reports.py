from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Query

from api.deps import PrincipalDep, ServicesDep
from api.schemas import AdverseImpact
from core.errors import Forbidden
from storage import candidates
from tools.resumes.audit import adverse_impact

router = APIRouter(prefix="/v1/reports", tags=["audits"])


@router.get("/adverse-impact", response_model=AdverseImpact,
            summary="Selection and scoring rates and impact ratios per group (bias audits)")
def adverse_impact_report(principal: PrincipalDep, services: ServicesDep,
                          job_id: str = Query(max_length=100)) -> dict[str, Any]:
    if not (principal.role == "admin" or (principal.role == "reviewer"
                                          and {"hr", "compliance"} & set(principal.domains))):
        raise Forbidden("the audit report is for admins and reviewers of hr or compliance")
    with services.db.session() as session:
        rows = candidates.audit_rows(session, job_id=job_id)
    return {"job_id": job_id, **adverse_impact(rows)}
