"""The app factory: nothing is built at import time; the lifespan builds and closes the services."""

from __future__ import annotations

import secrets
from collections.abc import AsyncIterator, Iterator
from contextlib import ExitStack, asynccontextmanager, contextmanager

from fastapi import FastAPI
from fastapi.staticfiles import StaticFiles
from starlette.routing import Route

from agent.checkpoint import open_checkpointer
from agent.runner import TaskRunner
from agent.worker import Worker
from api import problems
from api.deps import Services
from api.mcp import MCP_PATH, build_mcp_server, mcp_http_endpoint
from api.metrics import Metrics
from api.middleware import BodyLimitMiddleware, RequestContextMiddleware, TracingMiddleware
from api.routers import (
    admin,
    approvals,
    chat,
    health,
    masterdata,
    policies,
    reports,
    reviews,
    tasks,
    tools,
    vendors,
    webhooks,
)
from api.schemas import ERROR_RESPONSES
from api.ui import delegation as ui_delegation
from api.ui import routes as ui_routes
from api.ui.session import SessionSigner
from core import tracing
from core.clock import Clock, use_clock
from core.logging import configure_logging, get_logger
from core.ratelimit import RateLimiter
from core.settings import Settings, get_settings
from services import reports as report_service
from services.chat import ChatService
from services.deliveries import deliver_due
from services.policies import PolicyService
from storage import keys
from storage import tasks as task_store
from storage.db import Database, upgrade

log = get_logger("api.app")

DESCRIPTION = """A digital employee for back-office teams. It matches invoices, screens resumes, looks up policy
and flags risks; a human reviewer takes every final decision. Errors are `application/problem+json`.
Authenticate with `Authorization: Bearer <key>`; webhooks authenticate by `X-DE-Signature`."""


@contextmanager
def open_services(settings: Settings, *, metrics: Metrics, run_worker: bool) -> Iterator[Services]:
    """The process's services (database, checkpointer, runner, policies, chat, and the worker when asked for),
    closed on exit: the app's lifespan and `digital-employee mcp` (stdio) both run on them."""
    with ExitStack() as stack:
        stack.callback(tracing.setup(settings))  # a no-op unless tracing is wanted (core/tracing.py)
        if settings.clock_start:
            stack.enter_context(use_clock(Clock.parse(settings.clock_start)))
        upgrade(settings.database_url)
        db = Database(settings.database_url)
        stack.callback(db.dispose)
        if settings.admin_key is not None:
            with db.session() as session:
                keys.ensure_admin(session, secret=settings.admin_key.get_secret_value())
        checkpointer = stack.enter_context(open_checkpointer(settings.database_url))
        runner = TaskRunner(db=db, settings=settings, checkpointer=checkpointer)
        services = Services(settings=settings, db=db, runner=runner, metrics=metrics,
                            policies=PolicyService(db, dense=settings.policy_dense, llm=runner.llm),
                            limiter=RateLimiter(per_minute=settings.rate_limit_per_minute,
                                                burst=settings.rate_limit_burst))

        def counts() -> dict[str, int]:
            with db.session() as session:
                return task_store.count_by_status(session)

        metrics.watch_tasks(counts)
        metrics.watch_operations(lambda: report_service.metrics_snapshot(db), report_service.BUCKETS)
        if run_worker:
            worker = Worker(db=db, settings=settings, runner=runner, deliver=deliver_due)
            worker.recover()
            worker.start()
            stack.callback(worker.stop)
            services.worker = worker
        services.chat = ChatService(db=db, policies=services.policies, checkpointer=checkpointer,
                                    notify=services.worker.notify if services.worker else None,
                                    llm=services.policies.llm)
        yield services


def create_app(settings: Settings | None = None, *, run_worker: bool = True) -> FastAPI:
    settings = settings or get_settings()
    metrics = Metrics()
    mcp_server = build_mcp_server(lambda: app.state.services)
    mcp_endpoint = mcp_http_endpoint(mcp_server, lambda: app.state.services)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        configure_logging(level=settings.log_level, json_output=settings.log_json)
        with open_services(settings, metrics=metrics, run_worker=run_worker) as services:
            app.state.services = services
            async with mcp_server.session_manager.run():
                log.info("started", database=services.db.engine.url.get_backend_name(), worker=run_worker,
                         llm=settings.llm)
                yield
                log.info("stopping")

    # FastAPI's own OpenTelemetry spans start once a global tracer provider exists, which our tracing sets: they
    # are turned off while ours are on, so each request has one SERVER span (api/middleware.py's).
    native = {"telemetry": {"tracing": False}} if tracing.wanted(settings) else {}
    app = FastAPI(title="Digital Employee", version="0.1.0", description=DESCRIPTION, lifespan=lifespan, **native)
    problems.install(app)
    app.add_middleware(BodyLimitMiddleware, max_bytes=settings.max_body_bytes)
    app.add_middleware(RequestContextMiddleware, metrics=metrics)
    if tracing.wanted(settings):
        app.add_middleware(TracingMiddleware)  # outermost: the access log line carries the trace id
    for router in (health.router, admin.router, approvals.router, webhooks.router, tasks.router, reviews.router,
                   masterdata.router, tools.router, tools.skills_router, vendors.router, reports.router,
                   policies.router, chat.router):
        app.include_router(router, responses=ERROR_RESPONSES)
    secret = settings.session_secret.get_secret_value().encode() if settings.session_secret else None
    # Without DE_SESSION_SECRET the sessions are signed with a per-process key: they end at a restart.
    app.state.ui_signer = SessionSigner(secret or secrets.token_bytes(32))
    app.include_router(ui_routes.router)
    app.include_router(ui_delegation.router)
    # MCP over streamable HTTP, with the API's keys and roles (api/mcp.py); not in the OpenAPI schema.
    app.router.routes.append(Route(MCP_PATH, endpoint=mcp_endpoint, methods=["GET", "POST", "DELETE"],
                                   include_in_schema=False))
    app.mount("/ui/static", StaticFiles(directory=str(ui_routes.HERE / "static")), name="ui-static")
    return app
