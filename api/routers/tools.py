from __future__ import annotations

from typing import Any

from fastapi import APIRouter
from starlette.concurrency import run_in_threadpool

from agent.tools_service import invoice_match, risk_flags
from api.body import JsonObject, openapi_body
from api.deps import PrincipalDep, ServicesDep

router = APIRouter(prefix="/v1/tools", tags=["tools"])

INVOICE_MATCH_BODY = openapi_body({
    "type": "object",
    "properties": {"invoice": {"type": "object"}, "ubl_xml": {"type": "string"},
                   "purchase_order": {"type": "object"}, "goods_receipts": {"type": "array"}},
    "description": "`invoice` or `ubl_xml`; omitted PO and receipts are looked up by the invoice's po_number.",
})


@router.post("/invoice-match", summary="Match an invoice (or UBL XML) against its PO and receipts",
             openapi_extra=INVOICE_MATCH_BODY)
async def match(_principal: PrincipalDep, services: ServicesDep, body: JsonObject) -> dict[str, Any]:
    result = await run_in_threadpool(invoice_match, services.db, services.settings, body)
    return result.model_dump(mode="json")


RISK_FLAGS_BODY = openapi_body({
    "type": "object", "properties": {"invoice": {"type": "object"}, "ubl_xml": {"type": "string"}},
    "description": "An invoice; its vendor's master data, bank-account history and earlier invoices are the context.",
})


@router.post("/risk-flags", summary="The risk flags an invoice raises, each with its evidence",
             openapi_extra=RISK_FLAGS_BODY)
async def flags(_principal: PrincipalDep, services: ServicesDep, body: JsonObject) -> dict[str, Any]:
    found = await run_in_threadpool(risk_flags, services.db, services.settings, body)
    return {"flags": [flag.model_dump(mode="json") for flag in found]}
