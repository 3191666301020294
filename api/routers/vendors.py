from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path

from api.deps import ServicesDep, VendorRecordsDep
from api.schemas import VendorRisk, problem_doc
from core.errors import NotFound
from storage import risk as risk_store

router = APIRouter(prefix="/v1/vendors", tags=["risk"])


@router.get("/{vendor_id}/risk", response_model=VendorRisk,
            summary="A vendor's risk flags over time and its Benford table (audits); finance "
            "and compliance reviewers and admins", responses={403: problem_doc("Not a finance or compliance "
                                                                                   "reviewer or an admin")})
def vendor_risk(_reader: VendorRecordsDep, services: ServicesDep,
                vendor_id: str = Path(max_length=100)) -> dict[str, Any]:
    with services.db.session() as session:
        view = risk_store.vendor_risk(session, vendor_id=vendor_id)
    if view is None:
        raise NotFound(f"no vendor {vendor_id}")
    return view
