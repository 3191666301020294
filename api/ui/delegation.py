"""The reviewer's delegation page: who decides their steps while they are away (PUT /v1/me/delegation's form)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Depends, Form, Request
from fastapi.responses import HTMLResponse, Response
from pydantic import ValidationError

from api import problems
from api.ui.i18n import translator
from api.ui.routes import INBOX_ROLES, _current, _lang, _rate_limit, _render, _services, _signer, _to_login
from core.errors import DEError, NotFound
from services import approvals
from services.approvals import DelegationPut

router = APIRouter(prefix="/ui", include_in_schema=False, dependencies=[Depends(_rate_limit)])


def _page(request: Request, *, notice: str | None = None, error: str | None = None, status: int = 200) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    if principal.role not in INBOX_ROLES:
        return _render(request, "no_inbox.html.j2", {"principal": principal}, status=403, session=session)
    with _services(request).db.session() as db:
        try:
            delegation: dict[str, Any] | None = approvals.get_delegation(db, principal=principal)
        except NotFound:
            delegation = None
        for_me = approvals.delegated_to(db, principal=principal)
    return _render(request, "delegation.html.j2", {"principal": principal, "delegation": delegation,
                                                   "for_me": for_me, "notice": notice, "error": error},
                   status=status, session=session)


@router.get("/delegation", response_class=HTMLResponse)
def delegation_page(request: Request) -> Response:
    return _page(request)


@router.post("/delegation", response_class=HTMLResponse)
def delegation_form(request: Request, csrf: str = Form(default="", max_length=200),
                    action: str = Form(default="set", max_length=10), to: str = Form(default="", max_length=200),
                    starts: str = Form(default="", alias="from", max_length=40),
                    until: str = Form(default="", max_length=40)) -> Response:
    current = _current(request)
    if current is None:
        return _to_login(request)
    session, principal = current
    t = translator(_lang(request))
    if not _signer(request).check_csrf(session, csrf):
        return _page(request, status=403, error=t("The form expired; please try again."))
    if principal.role not in INBOX_ROLES:
        return _page(request)
    try:
        with _services(request).db.session() as db:  # committed before the page reads it back
            if action == "end":
                approvals.end_delegation(db, principal=principal)
            else:
                body = DelegationPut.model_validate({"to": to, "from": starts or None, "until": until})
                approvals.put_delegation(db, principal=principal, body=body)
    except ValidationError as exc:
        error = exc.errors()[0]
        return _page(request, status=422, error=f"{'.'.join(map(str, error['loc']))}: {error['msg']}")
    except DEError as exc:
        return _page(request, status=problems.status_of(exc), error=exc.detail)
    return _page(request, notice=t("Your delegation was ended." if action == "end" else "Your delegation was saved."))
