"""The MCP server (Model Context Protocol, the official `mcp` SDK's MCPServer): the tools and reads of the REST API
for MCP clients, over stdio (`digital-employee mcp`) and streamable HTTP (`/mcp`). Thin like a router: each tool
checks the caller's role as its REST route does and calls the same service; domain errors become tool errors
carrying the problem document REST would answer. No tool decides or resumes a task: deciding stays with people."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Annotated, Any

from fastapi.security import HTTPAuthorizationCredentials
from mcp.server.mcpserver import Context, MCPServer
from mcp.server.mcpserver.exceptions import ResourceError, ResourceNotFoundError, ToolError
from mcp.server.transport_security import TransportSecuritySettings
from pydantic import BaseModel, Field
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from agent.configs import pdf_limits
from api.deps import Services, get_principal, require_role, require_vendor_records
from api.problems import problem, problem_document, status_of
from api.routers.tools import PolicyQuestion
from api.schemas import MatchResult, PolicyList, ResumeParsed, ReviewPage, RiskFlags, TaskRead
from core.errors import DEError, NotFound, Unauthorized
from core.validation import validate
from services import tools as tool_service
from services.documents import ResumeFile, read_resume
from services.views import pending_reviews, visible_task
from storage import policies as policy_store
from storage.keys import Principal
from tools.policies.models import LookupResult

MCP_PATH = "/mcp"
PRINCIPAL = "de_principal"  # the caller of an HTTP request, in its ASGI scope's state
INSTRUCTIONS = """The digital employee's tools: policy answers with clause citations, invoice matching, risk flags,
resume parsing, and invoice checks that open a review task. Reviews and tasks can be listed and read here;
decisions are taken by people, on the review pages or the REST API."""

ServicesOf = Callable[[], Services]
Text = Annotated[str, Field(min_length=1, max_length=100)]
Json = dict[str, Any]


def problem_body(exc: DEError) -> Json:
    """The problem document (RFC 9457) REST answers for this error, with its code."""
    return {"code": exc.code, **problem_document(status_of(exc), title=exc.title, detail=exc.detail, code=exc.code,
                                                 errors=exc.errors)}


@contextmanager
def tool_errors() -> Iterator[None]:
    """A domain error ends the call as an MCP tool error (is_error) whose text is the problem document."""
    try:
        yield
    except DEError as exc:
        raise ToolError(json.dumps(problem_body(exc), ensure_ascii=False)) from None


@contextmanager
def resource_errors() -> Iterator[None]:
    try:
        yield
    except NotFound as exc:
        raise ResourceNotFoundError(json.dumps(problem_body(exc), ensure_ascii=False)) from None
    except DEError as exc:
        raise ResourceError(json.dumps(problem_body(exc), ensure_ascii=False)) from None


def authenticate(services: Services, secret: str | None) -> Principal:
    """The key's principal, exactly as REST's `Authorization: Bearer` (same refusals, same rate limit)."""
    credentials = HTTPAuthorizationCredentials(scheme="Bearer", credentials=secret) if secret else None
    return get_principal(services, credentials)


def _bearer(header: str | None) -> str | None:
    scheme, _, secret = (header or "").partition(" ")
    return secret.strip() if scheme.lower() == "bearer" and secret.strip() else None


def build_mcp_server(services_of: ServicesOf, *, stdio_key: str | None = None) -> MCPServer:
    """The server's tools and resources. Over HTTP the caller was authenticated by `mcp_http_endpoint` for the
    request; over stdio, `stdio_key` is authenticated again at each call (a revoked key stops working)."""
    # The SDK's constructor calls logging.basicConfig: a Rich handler on the root logger would print every
    # library's DEBUG records (bm25s, jieba) in every process that builds the app. Logging stays ours.
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    server = MCPServer(name="digital-employee", instructions=INSTRUCTIONS, version="0.1.0", log_level="WARNING")
    root.handlers[:] = handlers
    root.setLevel(level)

    def caller(ctx: Context) -> Principal:
        request = ctx.request_context.request
        if isinstance(request, Request):
            principal = request.scope.get("state", {}).get(PRINCIPAL)
            if principal is None:
                raise Unauthorized("send `Authorization: Bearer <key>`")
            return principal
        return authenticate(services_of(), stdio_key)

    @server.tool(description="Answer a question from company policy with clause-level citations (document, "
                             "section and the quoted text), or found: false when the policies do not say.")
    def policy_lookup(ctx: Context, question: str, top_k: int = 3) -> Json:
        with tool_errors():
            caller(ctx)
            body = validate(PolicyQuestion, {"question": question, "top_k": top_k})
            return as_rest(LookupResult, services_of().policies.lookup(body.question, body.top_k))

    @server.tool(description="Match an invoice (JSON, UBL/CII XML, or a file as base64) against its purchase "
                             "order and goods receipts. Omitted PO and receipts are looked up in master data "
                             "(finance and compliance reviewers and admins); anyone may send both inline.")
    def invoice_match(ctx: Context, invoice: Json | None = None, credit_note: Json | None = None,
                      ubl_xml: str | None = None, cii_xml: str | None = None, xml: str | None = None,
                      file: Json | None = None, purchase_order: Json | None = None,
                      goods_receipts: list[Json] | None = None) -> Json:
        body = _present(invoice=invoice, credit_note=credit_note, ubl_xml=ubl_xml, cii_xml=cii_xml, xml=xml,
                        file=file, purchase_order=purchase_order, goods_receipts=goods_receipts)
        with tool_errors():
            tool_service.check_match_access(caller(ctx), body)
            services = services_of()
            return as_rest(MatchResult, tool_service.invoice_match(services.db, services.settings, body,
                                                                   pdf_limits(services.settings)))

    @server.tool(description="The risk flags an invoice raises, each with its evidence, using master data and "
                             "invoice history (finance and compliance reviewers and admins).")
    def risk_flags(ctx: Context, invoice: Json | None = None, credit_note: Json | None = None,
                   ubl_xml: str | None = None, cii_xml: str | None = None, xml: str | None = None,
                   file: Json | None = None, received_at: str | None = None) -> Json:
        body = _present(invoice=invoice, credit_note=credit_note, ubl_xml=ubl_xml, cii_xml=cii_xml, xml=xml,
                        file=file, received_at=received_at)
        with tool_errors():
            require_vendor_records(caller(ctx))
            services = services_of()
            found = tool_service.risk_flags(services.db, services.settings, body, pdf_limits(services.settings))
            return as_rest(RiskFlags, {"flags": found})

    @server.tool(description="Parse a resume (`text`, or `filename` with `content_base64`: .pdf .docx .txt .md) "
                             "into fields; protected attributes are redacted. With `job_id`, its match to the job.")
    def resume_parse(ctx: Context, text: str | None = None, filename: str | None = None,
                     content_base64: str | None = None, job_id: str | None = None) -> Json:
        with tool_errors():
            caller(ctx)
            services = services_of()
            resume = read_resume(validate(ResumeFile, _present(text=text, filename=filename,
                                                               content_base64=content_base64)),
                                 (), pdf_limits(services.settings))
            return as_rest(ResumeParsed, tool_service.resume_parse(services.db, resume=resume, job_id=job_id,
                                                                   llm=services.policies.llm))

    @server.tool(description="Check an invoice the ERP already sent against its PO, as the chat does: opens an "
                             "invoice_review task that waits for a finance reviewer (or answers with the task "
                             "still under way for that invoice). Returns its task_id and status.")
    def check_invoice(ctx: Context, invoice_number: Text) -> Json:
        with tool_errors():
            principal = caller(ctx)
            return services_of().chat.check_invoice(principal=principal, invoice_number=invoice_number)

    @server.tool(description="The pending reviews in your domains, oldest first (reviewers and admins). Read "
                             "only: reviewers decide on the review pages or through the REST API.")
    def list_reviews(ctx: Context, kind: Annotated[str, Field(max_length=40)] | None = None,
                     limit: Annotated[int, Field(ge=1, le=200)] = 50,
                     cursor: Annotated[str, Field(max_length=500)] | None = None, overdue: bool = False) -> Json:
        with tool_errors():
            principal = require_role("reviewer", "admin")(caller(ctx))
            with services_of().db.session() as session:
                return as_rest(ReviewPage, pending_reviews(session, principal=principal, kind=kind, limit=limit,
                                                           cursor=cursor, overdue=overdue))

    @server.tool(description="A task as GET /v1/tasks/{id} shows it to you: the whole task for reviewers of its "
                             "domain and admins, its status only (view: status) for its requester.")
    def get_task(ctx: Context, task_id: Annotated[str, Field(min_length=1, max_length=36)]) -> Json:
        with tool_errors():
            principal = caller(ctx)
            with services_of().db.session() as session:
                return as_rest(TaskRead, visible_task(session, principal=principal, task_id=task_id))

    @server.resource("policy://documents{?include_retired}", name="policies", mime_type="application/json",
                     description="The policy documents, as GET /v1/policies lists them (active versions; "
                                 "include_retired=true for all)")
    def policy_documents(ctx: Context, include_retired: bool = False) -> str:
        with resource_errors():
            caller(ctx)
            services = services_of()
            with services.db.session() as session:
                items = policy_store.list_documents(session, include_retired=include_retired)
            return _json(as_rest(PolicyList, {"items": items, "retrieval": services.policies.retrieval}))

    @server.resource("policy://documents/{doc_id}", name="policy", mime_type="application/json",
                     description="A policy document's sections and their text (doc_id or series id)")
    def policy_document(doc_id: str, ctx: Context) -> str:
        with resource_errors():
            caller(ctx)
            with services_of().db.session() as session:
                document = policy_store.document_sections(session, doc_id=doc_id[:120])
            if document is None:
                raise NotFound(f"no policy {doc_id}")
            return _json(document)

    @server.resource("task://{task_id}", name="task", mime_type="application/json",
                     description="A task as get_task shows it to you")
    def task_resource(task_id: str, ctx: Context) -> str:
        with resource_errors():
            principal = caller(ctx)
            with services_of().db.session() as session:
                return _json(as_rest(TaskRead, visible_task(session, principal=principal, task_id=task_id[:36])))

    return server


def as_rest(model: type[BaseModel], data: Any) -> Json:
    """`data` in the shape REST answers it with (its response model, as FastAPI serialises one)."""
    return model.model_validate(data, from_attributes=True).model_dump(mode="json", by_alias=True)


def _present(**fields: Any) -> Json:
    return {name: value for name, value in fields.items() if value is not None}


def _json(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def mcp_http_endpoint(server: MCPServer, services_of: ServicesOf) -> Callable[[Scope, Receive, Send], Any]:
    """The ASGI endpoint at /mcp: the bearer key is checked as REST checks it (401 problem+json when missing or
    bad), then the request goes to the server's streamable HTTP transport (stateless, JSON answers), which
    `server.session_manager.run()` serves during the app's lifespan."""
    transport = server.streamable_http_app(
        streamable_http_path=MCP_PATH, stateless_http=True, json_response=True,
        # Every call carries an API key, which a browser never sends on its own: no DNS-rebinding risk to guard
        # against by Host, and the service answers under whatever name it is deployed.
        transport_security=TransportSecuritySettings(enable_dns_rebinding_protection=False))

    class Endpoint:
        async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
            secret = _bearer(Request(scope).headers.get("authorization"))
            try:
                principal = await run_in_threadpool(authenticate, services_of(), secret)
            except DEError as exc:
                response = problem(status_of(exc), title=exc.title, detail=exc.detail, code=exc.code,
                                   headers=exc.headers, instance=MCP_PATH)
                await response(scope, receive, send)
                return
            scope.setdefault("state", {})[PRINCIPAL] = principal
            await transport(scope, receive, send)

    return Endpoint()
