"""Server-rendered pages for reviewers: sign in with an API key, the inbox, a task with its evidence and decision.

Pages are Jinja2 with autoescaping; the session is a signed, httpOnly, SameSite=Strict cookie holding a
server-side session's token (never the key's secret), which logout revokes and which expires on the server;
every form carries a CSRF token bound to the session. Decisions go through the same
`services.reviews.decide` as the API, so the domain, four-eyes and compare-and-set rules are the same.
"""

from __future__ import annotations

import datetime as dt
import json
import secrets
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, Form, Query, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from fastapi.templating import Jinja2Templates
from jinja2 import Environment, FileSystemLoader
from pydantic import ValidationError
from starlette.concurrency import run_in_threadpool
from starlette.datastructures import FormData

from agent.kinds import KINDS
from api import problems
from api.deps import Services
from api.routers.chat import event_stream
from api.ui import charts
from api.ui.i18n import LANGS, translator
from api.ui.session import LOGIN_CSRF_COOKIE, SESSION_COOKIE, SESSION_SECONDS, SessionSigner, WebSession
from core.clock import utcnow
from core.errors import Conflict, DEError
from services.approvals import may_see
from services.reports import operations as operations_report
from services.reports import period as report_period
from services.reports import task_list as report_tasks
from services.reviews import ResumeRequest, decide
from services.views import can_see, review_item, visible_view
from storage import keys, tasks, web_sessions
from storage.keys import Principal

HERE = Path(__file__).parent
# Autoescape everything: Jinja's default only escapes files named .html, and ours end in .j2.
templates = Jinja2Templates(env=Environment(loader=FileSystemLoader(str(HERE / "templates")), autoescape=True))
LANG_COOKIE = "de_lang"
INBOX_ROLES = ("reviewer", "admin")  # as GET /v1/reviews


def _rate_limit(request: Request) -> None:
    """The API's limits apply to the pages too, in the same buckets: per key when signed in (a key's pages
    and its API calls share one budget), else per client address (the sign-in form). 429 with Retry-After."""
    current = _current(request)
    client = request.client.host if request.client else "unknown"
    _services(request).limiter.hit(f"key:{current[1].key_id}" if current else f"ip:{client}")


router = APIRouter(prefix="/ui", include_in_schema=False, dependencies=[Depends(_rate_limit)])


def _services(request: Request) -> Services:
    return request.app.state.services


def _signer(request: Request) -> SessionSigner:
    return request.app.state.ui_signer


def _lang(request: Request) -> str:
    lang = request.query_params.get("lang") or request.cookies.get(LANG_COOKIE) or "en"
    return lang if lang in LANGS else "en"


def _age(since: str | None, t: Any) -> str:
    if not since:
        return ""
    minutes = max(0, int((utcnow() - dt.datetime.fromisoformat(since)).total_seconds() // 60))
    if minutes < 120:
        return f"{minutes} {t('minutes')}"
    if minutes < 48 * 60:
        return f"{minutes // 60} {t('hours')}"
    return f"{minutes // 1440} {t('days')}"


def _render(request: Request, name: str, context: dict[str, Any], *, status: int = 200,
            session: WebSession | None = None) -> HTMLResponse:
    lang = _lang(request)
    t = translator(lang)
    csrf = _signer(request).csrf_token(session) if session else None
    response = templates.TemplateResponse(request, name, {"t": t, "lang": lang, "csrf": csrf, "age": _age,
                                                          **context}, status_code=status)
    response.headers["Cache-Control"] = "no-store"
    response.headers["Content-Security-Policy"] = ("default-src 'self'; style-src 'self'; script-src 'self'; "
                                                   "form-action 'self'; frame-ancestors 'none'")
    response.headers["X-Content-Type-Options"] = "nosniff"
    if request.query_params.get("lang") in LANGS:
        response.set_cookie(LANG_COOKIE, lang, max_age=365 * 86400, httponly=True, samesite="strict")
    return response


def _current(request: Request) -> tuple[WebSession, Principal] | None:
    """The signed-in session and its key, looked up once per request."""
    if not hasattr(request.state, "ui_current"):
        request.state.ui_current = _session_principal(request)
    return request.state.ui_current


def _session_principal(request: Request) -> tuple[WebSession, Principal] | None:
    session = _signer(request).read(request.cookies.get(SESSION_COOKIE))
    if session is None:
        return None
    with _services(request).db.session() as db:
        key_id = web_sessions.live_key_id(db, token=session.token)
        principal = keys.principal_by_id(db, key_id=key_id) if key_id is not None else None
    return (session, principal) if principal is not None else None


def _to_login(request: Request) -> RedirectResponse:
    return RedirectResponse("/ui/login", status_code=303)


def _login_form(request: Request, *, error: str | None = None, status: int = 200) -> HTMLResponse:
    """The sign-in form with a fresh double-submit token (cookie and hidden field)."""
    token = secrets.token_urlsafe(24)
    response = _render(request, "login.html.j2", {"login_csrf": token, "error": error}, status=status)
    response.set_cookie(LOGIN_CSRF_COOKIE, token, max_age=3600, httponly=True, samesite="strict", path="/ui")
    return response


@router.get("/login", response_class=HTMLResponse)
def login_page(request: Request) -> Response:
    return _login_form(request)


@router.post("/login", response_class=HTMLResponse)
def login(request: Request, key: str = Form(default="", max_length=512),
          csrf: str = Form(default="", max_length=200)) -> Response:
    t = translator(_lang(request))
    cookie = request.cookies.get(LOGIN_CSRF_COOKIE) or ""
    if not cookie or not secrets.compare_digest(cookie, csrf):
        return _login_form(request, error=t("The form expired; please try again."), status=403)
    with _services(request).db.session() as db:
        principal = keys.authenticate(db, secret=key) if key else None
        token = (web_sessions.create(db, key_id=principal.key_id, lifetime=dt.timedelta(seconds=SESSION_SECONDS))
                 if principal is not None else None)
    if principal is None or token is None:
        return _render(request, "login.html.j2", {"login_csrf": csrf, "error": t("The key was not accepted.")},
                       status=401)
    # Reviewers and admins land on their inbox; staff, who have none, on the chat.
    response = RedirectResponse("/ui/" if principal.role in INBOX_ROLES else "/ui/chat", status_code=303)
    response.set_cookie(SESSION_COOKIE, _signer(request).issue(token), max_age=SESSION_SECONDS,
                        httponly=True, samesite="strict", secure=request.url.scheme == "https", path="/")
    response.delete_cookie(LOGIN_CSRF_COOKIE, path="/ui")
    return response


@router.post("/logout")
def logout(request: Request, csrf: str = Form(default="", max_length=200)) -> Response:
    current = _current(request)
    response = RedirectResponse("/ui/login", status_code=303)
    if current is not None and _signer(request).check_csrf(current[0], csrf):
        with _services(request).db.session() as db:
            web_sessions.revoke(db, token=current[0].token)  # the cookie, if kept or copied, is dead too
        response.delete_cookie(SESSION_COOKIE, path="/")
    return response


@router.get("/", response_class=HTMLResponse)
def inbox(request: Request, kind: str | None = Query(default=None, max_length=40),
          overdue: bool = Query(default=False)) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    if principal.role not in INBOX_ROLES:
        return _render(request, "no_inbox.html.j2", {"principal": principal}, status=403, session=session)
    domains = None if principal.role == "admin" else principal.domains
    with _services(request).db.session() as db:
        everything, _ = tasks.list_pending_reviews(db, domains=domains, kind=None, limit=200, cursor=None,
                                                   overdue=False)
        items = [review_item(task) for task in everything if may_see(db, principal, task)]
    counts = Counter(item["kind"] for item in items)
    shown = [i for i in items if (not kind or i["kind"] == kind) and (not overdue or i["overdue"])]
    return _render(request, "inbox.html.j2", {"principal": principal, "items": shown, "counts": counts,
                                              "total": len(items), "kind": kind, "overdue": overdue,
                                              "overdue_count": sum(1 for i in items if i["overdue"])},
                   session=session)


def _task_page(request: Request, session: WebSession, principal: Principal, task_id: str, *,
               notice: str | None = None, error: str | None = None, status: int = 200) -> Response:
    with _services(request).db.session() as db:
        task = tasks.find(db, task_id=task_id)
        if task is None or not can_see(principal, task):
            return _render(request, "missing.html.j2", {"principal": principal}, status=404, session=session)
        view = visible_view(db, principal, task)
    can_decide = principal.can_review(view["domain"]) and view["status"] == "awaiting_review"
    kind = KINDS.get(view["kind"])
    edit_form = kind.edit_form(view.get("proposal") or {}) if can_decide and kind else []
    return _render(request, "task.html.j2", {
        "principal": principal, "task": view, "notice": notice, "error": error, "can_decide": can_decide,
        "edit_form": edit_form, "kind_page": kind.page if kind else None,
        "result_json": json.dumps(view.get("result"), ensure_ascii=False, indent=2, default=str),
    }, status=status, session=session)


def _dashboard_caller(request: Request) -> tuple[WebSession, Principal] | Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    if current[1].role not in INBOX_ROLES:
        return _render(request, "no_inbox.html.j2", {"principal": current[1]}, status=403, session=current[0])
    return current


@router.get("/dashboard", response_class=HTMLResponse)
def dashboard_page(request: Request, start: dt.date | None = Query(default=None, alias="from"),
                   end: dt.date | None = Query(default=None, alias="to"),
                   kind: str | None = Query(default=None, max_length=40)) -> Response:
    """The operations report as charts (services/reports.py); every figure links to the tasks behind it."""
    current = _dashboard_caller(request)
    if isinstance(current, Response):
        return current
    session, principal = current
    report = operations_report(_services(request).db, principal, start=start, end=end, kind=kind or None)
    query = urlencode({k: v for k, v in (("from", report["from"]), ("to", report["to"]), ("kind", kind)) if v})
    kinds = [name for name, k in KINDS.items() if principal.role == "admin" or k.domain in principal.domains]
    return _render(request, "dashboard.html.j2", {"principal": principal, "d": charts.dashboard(report, base=""),
                                                  "query": query, "kinds": kinds}, session=session)


@router.get("/dashboard/tasks", response_class=HTMLResponse)
def dashboard_tasks(request: Request,
                    metric: str = Query(pattern="^(all|touchless|override|code|reviewer|breached|vendor)$"),
                    start: dt.date | None = Query(default=None, alias="from"),
                    end: dt.date | None = Query(default=None, alias="to"),
                    kind: str | None = Query(default=None, max_length=40),
                    code: str | None = Query(default=None, max_length=40),
                    value: str | None = Query(default=None, max_length=1000)) -> Response:
    current = _dashboard_caller(request)
    if isinstance(current, Response):
        return current
    session, principal = current
    items = report_tasks(_services(request).db, principal, metric=metric, start=start, end=end, kind=kind or None,
                         code=code, value=value)
    first, last = report_period(start, end)
    back = urlencode({k: v for k, v in (("from", first.isoformat()), ("to", last.isoformat()), ("kind", kind)) if v})
    return _render(request, "dashboard_tasks.html.j2", {
        "principal": principal, "items": items, "metric": metric, "code": code, "value": value,
        "start": first.isoformat(), "end": last.isoformat(), "back": back}, session=session)


@router.get("/tasks/{task_id}", response_class=HTMLResponse)
def task_page(request: Request, task_id: str) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    if len(task_id) > 100:
        return _render(request, "missing.html.j2", {"principal": current[1]}, status=404, session=current[0])
    return _task_page(request, *current, task_id)


@router.get("/tasks/{task_id}/original")
def task_original(request: Request, task_id: str) -> Response:
    """The file an invoice came from, for the task page to show beside what was read from it. PDFs go to the
    browser's own viewer, framed by our pages only; XML is shown as plain text, never rendered (an XML file could
    carry script)."""
    current = _current(request)
    if current is None:
        return _to_login(request)
    _session, principal = current
    with _services(request).db.session() as db:
        task = tasks.find(db, task_id=task_id[:100])
        original = tasks.original(db, task_id=task.id) if task is not None else None
        if task is None or original is None or not principal.can_review(task.domain):
            return Response(status_code=404)
        pdf = original.media_type == "application/pdf"
        return Response(content=original.content, media_type="application/pdf" if pdf else "text/plain; charset=utf-8",
                        headers={"X-Content-Type-Options": "nosniff", "Cache-Control": "private, no-store",
                                 "Content-Disposition": "inline",
                                 "Content-Security-Policy": "default-src 'none'; frame-ancestors 'self'"
                                 + ("" if pdf else "; sandbox")})


@router.post("/tasks/{task_id}/decide", response_class=HTMLResponse)
async def decide_form(request: Request, task_id: str) -> Response:
    form = await request.form(max_files=0, max_fields=MAX_FORM_FIELDS)
    return await run_in_threadpool(_decide_form, request, task_id, form)


MAX_FORM_FIELDS = 20  # decision, version, csrf, comment and the kind's edit fields


def _decide_form(request: Request, task_id: str, form: FormData) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    t = translator(_lang(request))
    if len(task_id) > 100:
        return _render(request, "missing.html.j2", {"principal": principal}, status=404, session=session)
    fields = {key: value for key, value in form.items() if isinstance(value, str)}
    csrf, decision, comment = (fields.get(name, "") for name in ("csrf", "decision", "comment"))
    if not _signer(request).check_csrf(session, csrf[:200]):
        return _task_page(request, session, principal, task_id, status=403,
                          error=t("The form expired; please try again."))
    if len(decision) > 20 or len(comment) > 4000 or not fields.get("version", "").isdigit():
        return _task_page(request, session, principal, task_id, status=422, error=t("Your decision was not accepted"))
    version = int(fields["version"][:12])
    # The kind's edit form (agent/kinds.py) named its fields edit_<name>; the kind's edit model checks them.
    edits = ({key.removeprefix("edit_"): value.strip()[:40] for key, value in fields.items()
              if key.startswith("edit_") and value.strip()} if decision == "edit" else None)
    try:
        body = ResumeRequest(decision=decision, version=version, comment=comment.strip() or None,  # type: ignore[arg-type]
                             edits=edits)
        services = _services(request)
        decide(services.db, services.runner, principal=principal, task_id=task_id, request=body)
    except ValidationError as exc:
        return _task_page(request, session, principal, task_id, status=422, error=exc.errors()[0]["msg"])
    except Conflict as exc:
        return _task_page(request, session, principal, task_id, status=409,
                          error=f"{t('This page was out of date')}: {exc.detail}. " + t(
                              "This task changed after you opened it; its current state is below."))
    except DEError as exc:
        return _task_page(request, session, principal, task_id, status=problems.status_of(exc),
                          error=f"{t('Your decision was not accepted')}: {exc.detail}")
    return _task_page(request, session, principal, task_id, notice=t("Your decision was recorded."))


def _chat_history(request: Request, principal: Principal, thread: str | None) -> list[dict[str, Any]]:
    if not thread:
        return []
    try:
        messages = _services(request).chat.history(principal=principal, thread_id=thread)["messages"]
    except DEError:
        return []
    # A request under review shows where it is now, not where it was when the reply was written.
    with _services(request).db.session() as db:
        return [m | {"task_status": task.status} if m.get("task_id") and (task := tasks.find(db, task_id=m["task_id"]))
                else m for m in messages]


@router.get("/chat", response_class=HTMLResponse)
def chat_page(request: Request, thread: str | None = Query(default=None, pattern=r"^[A-Za-z0-9_-]{1,64}$")) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    messages = _chat_history(request, principal, thread)
    return _render(request, "chat.html.j2", {"principal": principal, "thread": thread if messages else None,
                                             "messages": messages, "error": None}, session=session)


@router.post("/chat", response_class=HTMLResponse)
def chat_send(request: Request, message: str = Form(min_length=1, max_length=4000),
              thread: str = Form(default="", pattern=r"^[A-Za-z0-9_-]{0,64}$"),
              csrf: str = Form(default="", max_length=200)) -> Response:
    """Without JavaScript: send, then show the thread (post/redirect/get)."""
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    t = translator(_lang(request))
    if not _signer(request).check_csrf(session, csrf):
        return _render(request, "chat.html.j2", {"principal": principal, "thread": thread or None, "messages": [],
                                                 "error": t("The form expired; please try again.")},
                       status=403, session=session)
    try:
        result = _services(request).chat.send(principal=principal, message=message, thread_id=thread or None)
    except DEError as exc:
        return _render(request, "chat.html.j2", {"principal": principal, "thread": thread or None, "messages": [],
                                                 "error": exc.detail}, status=problems.status_of(exc), session=session)
    return RedirectResponse(f"/ui/chat?thread={result['thread_id']}", status_code=303)


@router.post("/chat/stream")
def chat_stream(request: Request, message: str = Form(min_length=1, max_length=4000),
                thread: str = Form(default="", pattern=r"^[A-Za-z0-9_-]{0,64}$"),
                csrf: str = Form(default="", max_length=200)) -> Response:
    """The page's script posts here and renders the server-sent events as they arrive."""
    current = _current(request)
    if current is None or not _signer(request).check_csrf(current[0], csrf):
        return Response(status_code=403)
    return event_stream(_services(request).chat.stream(principal=current[1], message=message,
                                                       thread_id=thread or None))
