"""Validation against the vendored JSON Resume schema (schema.json, v1.2.1, MIT: see README.md beside it).

Draft 7 with `format` checked for e-mail addresses (as the reference validator does); `uri` is not checked, since
resumes in the wild often carry an empty `url`. Strings must hold no NUL characters or lone surrogates, as
everywhere else in the service. Messages name the path and the rule, never the value (they reach logs)."""

from __future__ import annotations

import json
import re
from functools import lru_cache
from importlib import resources
from typing import Any

from jsonschema import Draft7Validator, FormatChecker
from jsonschema.exceptions import ValidationError

MAX_JSON_RESUME_CHARS = 200_000  # as for a resume's text
MAX_ERRORS = 20
SCHEMA_VERSION = "v1.2.1"
_FORMATS = FormatChecker(formats=["email"])


@lru_cache(maxsize=1)
def schema() -> dict[str, Any]:
    text = resources.files("tools.resumes.jsonresume").joinpath("schema.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def _validator() -> Draft7Validator:
    return Draft7Validator(schema(), format_checker=_FORMATS)


def _message(error: ValidationError) -> str:
    rule, expected = error.validator, error.validator_value
    if rule == "type":
        return f"must be of type {expected}"
    if rule == "pattern":
        if error.schema is schema()["definitions"]["iso8601"] or "[1-2][0-9]{3}" in str(expected):
            return "must be an ISO 8601 date: YYYY, YYYY-MM or YYYY-MM-DD"
        return f"must match {expected}"
    if rule == "format":
        return f"must be a valid {expected}"
    if rule == "additionalItems":
        return "has items the schema does not allow"
    return f"fails the schema's {rule!r} rule"


def _path(prefix: tuple[str | int, ...], parts: Any) -> str:
    return ".".join(str(part) for part in (*prefix, *parts)) or "body"


def _text_errors(value: Any, path: tuple[str | int, ...]) -> list[dict[str, str]]:
    if isinstance(value, str):
        if "\x00" in value:
            return [{"field": _path(path, ()), "message": "must not contain NUL characters"}]
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            return [{"field": _path(path, ()), "message": "must not contain lone surrogates"}]
        return []
    if isinstance(value, dict):
        return [error for key, item in value.items() for error in _text_errors(item, (*path, key))]
    if isinstance(value, list):
        return [error for index, item in enumerate(value) for error in _text_errors(item, (*path, index))]
    return []


def json_resume_errors(document: Any, prefix: tuple[str | int, ...] = ()) -> list[dict[str, str]]:
    """What is wrong with `document` as a JSON Resume: `[{field, message}]`, the first by path first; [] when it is
    valid. `prefix` is where the document sits in the request ("data.json_resume")."""
    if not isinstance(document, dict):
        return [{"field": _path(prefix, ()), "message": "must be an object (a JSON Resume document)"}]
    errors = _text_errors(document, prefix)
    if errors:
        return errors[:MAX_ERRORS]
    try:
        size = len(json.dumps(document, ensure_ascii=False))
    except (TypeError, ValueError):
        return [{"field": _path(prefix, ()), "message": "must be JSON"}]
    if size > MAX_JSON_RESUME_CHARS:
        return [{"field": _path(prefix, ()), "message": f"must be at most {MAX_JSON_RESUME_CHARS} characters as JSON"}]
    found = sorted(_validator().iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
    return [{"field": _path(prefix, error.absolute_path), "message": _message(error)} for error in found[:MAX_ERRORS]]


_ISO = re.compile(r"^([1-2][0-9]{3}-[0-1][0-9]-[0-3][0-9]|[1-2][0-9]{3}-[0-1][0-9]|[1-2][0-9]{3})$")


def is_iso8601(value: str | None) -> bool:
    """Whether `value` fits the schema's `iso8601` definition (YYYY, YYYY-MM or YYYY-MM-DD)."""
    return bool(value) and _ISO.match(value or "") is not None
