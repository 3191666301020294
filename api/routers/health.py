from __future__ import annotations

from fastapi import APIRouter, Response

from agent.llm import describe
from api.deps import ServicesDep
from api.schemas import Health, Ready
from core.errors import DEError
from storage.db import ping

router = APIRouter(tags=["operations"])


class NotReady(DEError):
    code, title = "not-ready", "Not ready"


@router.get("/healthz", summary="The process is up", response_model=Health)
def healthz() -> dict[str, str]:
    return {"status": "ok"}


@router.get("/readyz", summary="The database is reachable; what is known of the LLM endpoint", response_model=Ready)
def readyz(services: ServicesDep) -> dict[str, object]:
    try:
        ping(services.db.engine)
    except Exception:
        raise NotReady("the database is not reachable") from None
    return {"status": "ready", "database": services.db.engine.url.get_backend_name(),
            "worker": services.worker is not None, "llm": describe(services.runner.llm),
            "policy_retrieval": services.policies.retrieval}


@router.get("/metrics", summary="Prometheus metrics", response_class=Response)
def metrics(services: ServicesDep) -> Response:
    return Response(services.metrics.render(), media_type="text/plain; version=0.0.4; charset=utf-8")
