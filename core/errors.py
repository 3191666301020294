"""One error base class with coded subclasses: what went wrong, in the domain's words. Services raise them; only
the API layer (api/problems.py) chooses the HTTP status for a code and renders problem+json (RFC 9457)."""

from __future__ import annotations

from typing import Any


class DEError(Exception):
    code: str = "internal-error"
    title: str = "Internal error"

    def __init__(self, detail: str, *, errors: list[dict[str, Any]] | None = None,
                 headers: dict[str, str] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}


class BadRequest(DEError):
    code, title = "bad-request", "Malformed request"


class Unauthorized(DEError):
    code, title = "unauthorized", "Missing or invalid credentials"


class Forbidden(DEError):
    code, title = "forbidden", "Not allowed"


class NotFound(DEError):
    code, title = "not-found", "Not found"


class Conflict(DEError):
    code, title = "conflict", "Conflict"


class PayloadTooLarge(DEError):
    code, title = "payload-too-large", "Request body too large"


class UnsupportedMediaType(DEError):
    code, title = "unsupported-media-type", "Unsupported file type"


class Unprocessable(DEError):
    code, title = "validation-error", "Invalid fields"


class RateLimited(DEError):
    code, title = "rate-limited", "Too many requests"
