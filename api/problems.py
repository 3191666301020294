"""Every error is application/problem+json (RFC 9457); never a stack trace to the caller."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from starlette.exceptions import HTTPException as StarletteHTTPException

from core.errors import DEError
from core.logging import get_logger
from storage.db import IntegrityError

log = get_logger("api.problems")
PROBLEM = "application/problem+json"
TYPE_BASE = "https://digital-employee.dev/problems/"
_STATUS_TITLES = {400: "Malformed request", 401: "Missing or invalid credentials", 403: "Not allowed",
                  404: "Not found", 405: "Method not allowed", 409: "Conflict", 413: "Request body too large",
                  415: "Unsupported media type", 422: "Invalid fields", 429: "Too many requests"}


# The HTTP status of each error code: the one place where a domain error becomes HTTP.
STATUS_OF_CODE = {"bad-request": 400, "unauthorized": 401, "forbidden": 403, "not-found": 404, "conflict": 409,
                  "payload-too-large": 413, "unsupported-media-type": 415, "validation-error": 422,
                  "rate-limited": 429, "not-ready": 503}


def status_of(exc: DEError) -> int:
    return STATUS_OF_CODE.get(exc.code, 500)


def problem_document(status: int, *, title: str, detail: str, code: str | None = None,
                     errors: list[dict[str, Any]] | None = None, instance: str | None = None) -> dict[str, Any]:
    """The problem document (RFC 9457) for an error: what REST answers, and what an MCP tool error carries."""
    body: dict[str, Any] = {"type": TYPE_BASE + (code or str(status)), "title": title, "status": status,
                            "detail": detail}
    if instance:
        body["instance"] = instance
    if errors is not None:
        body["errors"] = errors
    return body


def problem(status: int, *, title: str, detail: str, code: str | None = None,
            errors: list[dict[str, Any]] | None = None, headers: dict[str, str] | None = None,
            instance: str | None = None) -> JSONResponse:
    return JSONResponse(problem_document(status, title=title, detail=detail, code=code, errors=errors,
                                         instance=instance),
                        status_code=status, media_type=PROBLEM, headers=headers)


def _validation_errors(exc: RequestValidationError) -> tuple[int, list[dict[str, Any]]]:
    errors = []
    malformed = False
    for error in exc.errors():
        if error.get("type") in ("json_invalid", "json_type"):
            malformed = True
        location = [str(part) for part in error.get("loc", ()) if part != "body"]
        if error.get("type") == "json_invalid":
            location = []
        errors.append({"field": ".".join(location) or "body", "message": error.get("msg", "invalid"),
                       "type": error.get("type")})
    return (400 if malformed else 422), errors


def install(app: FastAPI) -> None:
    @app.exception_handler(DEError)
    async def _de_error(request: Request, exc: DEError) -> JSONResponse:
        return problem(status_of(exc), title=exc.title, detail=exc.detail, code=exc.code, errors=exc.errors,
                       headers=exc.headers, instance=request.url.path)

    @app.exception_handler(RequestValidationError)
    async def _validation(request: Request, exc: RequestValidationError) -> JSONResponse:
        status, errors = _validation_errors(exc)
        if status == 400:
            return problem(400, title="Malformed request", detail="the body is not valid JSON",
                           code="bad-request", errors=errors, instance=request.url.path)
        first = errors[0] if errors else {"field": "body", "message": "invalid"}
        return problem(422, title="Invalid fields", detail=f"{first['field']}: {first['message']}",
                       code="validation-error", errors=errors, instance=request.url.path)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        title = _STATUS_TITLES.get(exc.status_code, "Error")
        detail = exc.detail if isinstance(exc.detail, str) else title
        return problem(exc.status_code, title=title, detail=detail, headers=dict(exc.headers or {}),
                       instance=request.url.path)

    @app.exception_handler(IntegrityError)
    async def _integrity(request: Request, exc: IntegrityError) -> JSONResponse:
        # Two requests raced for the same unique key; the loser's transaction was rolled back, nothing changed.
        log.warning("integrity_conflict", path=request.url.path, error=str(exc.orig)[:200])
        return problem(409, title="Conflict", detail="a concurrent change to the same record won; retry",
                       code="conflict", instance=request.url.path)

    @app.exception_handler(Exception)
    async def _unexpected(request: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled_error", path=request.url.path)
        return problem(500, title="Internal error", detail="the service failed; the error was logged",
                       code="internal-error", instance=request.url.path)
