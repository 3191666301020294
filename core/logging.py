"""Structured JSON logs; request and task ids travel in context variables, trace ids come from the open span."""

from __future__ import annotations

import logging
import sys
from typing import Any

import structlog

from core import tracing


def configure_logging(*, level: str = "INFO", json_output: bool = True) -> None:
    processors: list[structlog.types.Processor] = [
        structlog.contextvars.merge_contextvars,
        add_trace_ids,
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
    ]
    renderer: structlog.types.Processor = (
        structlog.processors.JSONRenderer() if json_output else structlog.dev.ConsoleRenderer()
    )
    structlog.configure(
        processors=[*processors, structlog.processors.format_exc_info, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.getLevelName(level.upper())),
        # sys.stderr is looked up per logger, not kept: it may be replaced (tests, daemons) after start-up.
        logger_factory=lambda *_args: structlog.PrintLogger(file=sys.stderr),
        cache_logger_on_first_use=False,
    )


def add_trace_ids(logger: object, method: str, event: dict[str, Any]) -> dict[str, Any]:
    """trace_id and span_id of the current span, when tracing is on and a span is open (core/tracing.py)."""
    ids = tracing.current_ids()
    if ids is not None:
        event.setdefault("trace_id", ids[0])
        event.setdefault("span_id", ids[1])
    return event


def get_logger(name: str) -> structlog.stdlib.BoundLogger:
    return structlog.get_logger(name)
