from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Path, Request
from fastapi.responses import JSONResponse
from starlette.concurrency import run_in_threadpool

from agent.configs import pdf_limits
from api.body import parse_json
from api.deps import ServicesDep
from api.schemas import WebhookAccepted, problem_doc
from core.errors import Unauthorized
from core.logging import get_logger
from core.signing import SIGNATURE_HEADER, SignatureError, verify, verify_standard
from services.intake import handle_webhook
from storage import sources

log = get_logger("api.webhooks")

router = APIRouter(prefix="/v1/webhooks", tags=["webhooks"])
STATUS = {"accepted": 202, "applied": 200}  # the HTTP status of each outcome (services.intake.WebhookAnswer)

WEBHOOK_BODY = {
    "requestBody": {
        "required": True,
        "content": {"application/json": {"schema": {
            "type": "object", "required": ["id", "type", "data"],
            "properties": {
                "id": {"type": "string", "maxLength": 100, "description": "Event id: the idempotency key"},
                "type": {"type": "string", "enum": ["vendor.upserted", "purchase_order.upserted",
                                                    "goods_receipt.posted", "job.upserted", "invoice.received"]},
                "data": {"type": "object"},
            },
        }}},
    },
    # One of two signatures by the source's secret: X-DE-Signature, or the three Standard Webhooks headers.
    "parameters": [{"name": SIGNATURE_HEADER, "in": "header", "required": False,
                    "schema": {"type": "string", "example": "t=1700000000,v1=<hex HMAC-SHA256>"}},
                   {"name": "webhook-id", "in": "header", "required": False, "schema": {"type": "string"},
                    "description": "Standard Webhooks: the message id"},
                   {"name": "webhook-timestamp", "in": "header", "required": False, "schema": {"type": "string"},
                    "description": "Standard Webhooks: unix seconds"},
                   {"name": "webhook-signature", "in": "header", "required": False, "schema": {"type": "string"},
                    "description": "Standard Webhooks: v1,<base64 HMAC-SHA256> (whsec_ secret)"}],
}


@router.post("/{source}", status_code=202, openapi_extra=WEBHOOK_BODY, summary="Receive an ERP event",
             response_model=WebhookAccepted,
             responses={200: {"description": "Master data applied: {ok: true}", "model": WebhookAccepted},
                        202: {"description": "Task started: {task_id, status}"},
                        401: problem_doc("Unknown source or bad signature"),
                        409: problem_doc("Event id replayed with another body")})
async def receive(request: Request, services: ServicesDep,
                  source: str = Path(max_length=100)) -> JSONResponse:
    raw = await request.body()

    def process() -> Any:
        with services.db.session() as session:
            row = sources.get(session, name=source)
            # The current secret, and the one it replaced while a rotation's overlap window lasts.
            secret = sources.signing_secrets(row) if row else None
        # An unknown source and a bad signature answer alike (no probing for source names); the reason is logged.
        try:
            if secret is None:
                raise SignatureError("unknown source")
            tolerance = services.settings.webhook_tolerance_seconds
            if request.headers.get("webhook-signature") is not None:  # Standard Webhooks, by the same secret
                verify_standard(secret, raw, request.headers, tolerance=tolerance)
            else:
                verify(secret, raw, request.headers.get(SIGNATURE_HEADER), tolerance=tolerance)
        except SignatureError as exc:
            log.info("webhook refused", source=source[:100], reason=str(exc))
            raise Unauthorized("unknown source or bad signature (see the signing rules in the API docs)") from None
        services.limiter.hit(f"source:{source}")
        return handle_webhook(services.db, source=source, payload=parse_json(raw),
                              pdf_limits=pdf_limits(services.settings))

    answer = await run_in_threadpool(process)
    if answer.task_id and not answer.replayed and services.worker is not None:
        services.worker.notify()
    return JSONResponse(answer.body, status_code=STATUS[answer.outcome],
                        headers={"X-DE-Replayed": "true"} if answer.replayed else None)
