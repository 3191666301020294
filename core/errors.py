"""One error base class with coded subclasses; the API renders them as problem+json (RFC 9457)."""

from __future__ import annotations

from typing import Any


class DEError(Exception):
    status: int = 500
    code: str = "internal-error"
    title: str = "Internal error"

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


class BadRequest(DEError):
    status, code, title = 400, "bad-request", "Malformed request"


class Unauthorized(DEError):
    status, code, title = 401, "unauthorized", "Missing or invalid credentials"


class Forbidden(DEError):
    status, code, title = 403, "forbidden", "Not allowed"


class NotFound(DEError):
    status, code, title = 404, "not-found", "Not found"


class Conflict(DEError):
    status, code, title = 409, "conflict", "Conflict"


class PayloadTooLarge(DEError):
    status, code, title = 413, "payload-too-large", "Request body too large"


class UnsupportedMediaType(DEError):
    status, code, title = 415, "unsupported-media-type", "Unsupported file type"


class Unprocessable(DEError):
    status, code, title = 422, "validation-error", "Invalid fields"


class RateLimited(DEError):
    status, code, title = 429, "rate-limited", "Too many requests"
