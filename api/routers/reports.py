from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from fastapi import APIRouter, Query
from fastapi.responses import JSONResponse, Response

from api.deps import PrincipalDep, ServicesDep
from api.schemas import AdverseImpact
from core.errors import Forbidden
from services import reports
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


@router.get("/operations", summary="Operations: volume, touchless rate, exceptions, decision time, overrides",
            description="Per day (the UTC day a task was created) and in total, for `from`..`to` (both included; "
                        "by default the 30 days up to today). Reviewers see the task kinds of their domains, admins "
                        "all; policy questions (masked) are shown to admins and compliance reviewers. "
                        "`format=csv` answers one CSV table (section, day, dimension, name, value).",
            responses={200: {"content": {"application/json": {}, "text/csv": {}}}})
def operations_report(principal: PrincipalDep, services: ServicesDep,
                      start: dt.date | None = Query(default=None, alias="from"),
                      end: dt.date | None = Query(default=None, alias="to"),
                      kind: str | None = Query(default=None, max_length=40),
                      format: Literal["json", "csv"] = Query(default="json")) -> Response:
    report = reports.operations(services.db, principal, start=start, end=end, kind=kind)
    if format == "csv":
        name = f"operations-{report['from']}-{report['to']}.csv"
        return Response(reports.csv_text(report), media_type="text/csv; charset=utf-8",
                        headers={"Content-Disposition": f'attachment; filename="{name}"'})
    return JSONResponse(report)
