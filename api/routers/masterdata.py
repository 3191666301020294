from __future__ import annotations

from typing import Any, Literal

from fastapi import APIRouter, Path
from starlette.concurrency import run_in_threadpool

from api.body import JsonObject, openapi_body
from api.deps import AdminDep, ServicesDep
from api.schemas import MasterDataSaved
from services.intake import put_master_data

router = APIRouter(prefix="/v1/master-data", tags=["master data"])


@router.put("/{kind}/{object_id}", response_model=MasterDataSaved,
             summary="Load master data directly (same effect as the webhook)",
            openapi_extra=openapi_body({"type": "object", "description": "A Vendor, PurchaseOrder, "
                                        "GoodsReceipt or Job document (CONTRACT.md)"}))
async def put(kind: Literal["vendors", "purchase-orders", "goods-receipts", "jobs"], _admin: AdminDep,
              services: ServicesDep, body: JsonObject, object_id: str = Path(max_length=100)) -> dict[str, Any]:
    return await run_in_threadpool(put_master_data, services.db, kind=kind, object_id=object_id, payload=body)
