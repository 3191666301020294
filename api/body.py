"""JSON bodies parsed with exact decimals (no float ever touches money) and a nesting limit."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Annotated, Any

from fastapi import Depends, Request

from core.errors import BadRequest, UnsupportedMediaType

MAX_JSON_DEPTH = 64


def nesting_depth(value: Any, limit: int) -> int:
    """Nesting depth, stopping early past the limit (iterative: a deep body cannot exhaust the stack)."""
    stack = [(value, 1)]
    deepest = 0
    while stack:
        item, level = stack.pop()
        deepest = max(deepest, level)
        if deepest > limit:
            return deepest
        if isinstance(item, dict):
            stack.extend((child, level + 1) for child in item.values())
        elif isinstance(item, list):
            stack.extend((child, level + 1) for child in item)
    return deepest


def parse_json(raw: bytes) -> Any:
    try:
        payload = json.loads(raw, parse_float=Decimal)
    except (ValueError, RecursionError):
        raise BadRequest("the body is not valid JSON") from None
    if nesting_depth(payload, MAX_JSON_DEPTH) > MAX_JSON_DEPTH:
        raise BadRequest(f"the body nests deeper than {MAX_JSON_DEPTH} levels")
    return payload


async def json_object(request: Request) -> dict[str, Any]:
    content_type = request.headers.get("content-type", "application/json").split(";")[0].strip().lower()
    if content_type and content_type != "application/json" and not content_type.endswith("+json"):
        raise UnsupportedMediaType(f"send application/json, not {content_type}")
    payload = parse_json(await request.body())
    if not isinstance(payload, dict):
        raise BadRequest("the body must be a JSON object")
    return payload


JsonObject = Annotated[dict[str, Any], Depends(json_object)]


def openapi_body(schema: dict[str, Any], example: dict[str, Any] | None = None) -> dict[str, Any]:
    content: dict[str, Any] = {"schema": schema}
    if example is not None:
        content["example"] = example
    return {"requestBody": {"required": True, "content": {"application/json": content}}}
