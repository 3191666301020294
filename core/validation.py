"""Validating what a caller sent: pydantic errors as a list of fields and messages, and the domain error
(`Unprocessable`) every layer raises for invalid input. Shared by the services and the API; no HTTP here."""

from __future__ import annotations

import base64
import binascii
from typing import Any

from pydantic import BaseModel, ValidationError

from core.errors import Unprocessable


def validation_errors(exc: ValidationError, prefix: tuple[str | int, ...] = ()) -> list[dict[str, Any]]:
    """Pydantic errors as problem+json `errors`: a dotted field name and a message, never the input."""
    return [
        {"field": ".".join(str(part) for part in (*prefix, *error["loc"])),
         "message": error["msg"].removeprefix("Value error, "), "type": error["type"]}
        for error in exc.errors(include_url=False, include_input=False)
    ]


def validate(model: type[BaseModel], data: Any, prefix: tuple[str | int, ...] = ()) -> Any:
    """`data` as a `model`; Unprocessable naming the first invalid field (all of them in `errors`) when it is not."""
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        errors = validation_errors(exc, prefix)
        raise Unprocessable(f"invalid {'.'.join(map(str, prefix)) or 'body'}: {errors[0]['field']}: "
                            f"{errors[0]['message']}", errors=errors) from None


def decode_base64(value: str | None, field: str) -> bytes:
    """A file sent as base64 (resumes and invoices alike); Unprocessable naming the field when it is not valid
    base64."""
    try:
        return base64.b64decode(value or "", validate=True)
    except (binascii.Error, ValueError):
        raise Unprocessable("content_base64 is not valid base64",
                            errors=[{"field": field, "message": "not base64"}]) from None
