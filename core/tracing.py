"""OpenTelemetry tracing, optional: the `[otel]` extra installs it, a setting turns it on.

Off (the default, and whenever the packages are missing) every helper here is a cheap no-op: no OpenTelemetry
module is imported, `span()` hands back a shared null context, nothing is stored with tasks and no header is
added to callbacks. On (`OTEL_EXPORTER_OTLP_ENDPOINT` set, or `DE_OTEL_ENABLED=true`) spans go to an OTLP/HTTP
exporter under the service name `digital-employee`.

A task's trace context (its W3C `traceparent`) is stored with the task when it is created, and every later step
(the run in the worker, the reviewer's decision, the resume, the callback) starts its span under it, so one
webhook makes one trace however long the review takes.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager, nullcontext
from typing import TYPE_CHECKING, Any, TypeVar

import structlog

if TYPE_CHECKING:  # annotations only: the packages are optional
    from opentelemetry.sdk.trace.export import SpanExporter

    from core.settings import Settings

F = TypeVar("F", bound=Callable[..., Any])
SERVICE_NAME = "digital-employee"
log = structlog.get_logger("core.tracing")


class _NoSpan:
    """What `span()` yields when tracing is off: takes attributes and drops them."""

    def set_attribute(self, key: str, value: Any) -> None:
        return None

    def set_attributes(self, attributes: Mapping[str, Any]) -> None:
        return None

    def is_recording(self) -> bool:
        return False


NO_SPAN = _NoSpan()
_OFF = nullcontext(NO_SPAN)


class _State:
    tracer: Any = None  # an opentelemetry Tracer while tracing is on
    provider: Any = None
    capture_content: bool = False


_state = _State()


def wanted(settings: Settings) -> bool:
    """Do the settings ask for tracing? DE_OTEL_ENABLED decides when set; else an OTLP endpoint turns it on."""
    if settings.otel_enabled is not None:
        return settings.otel_enabled
    return bool(settings.otel_exporter_otlp_endpoint)


def enabled() -> bool:
    return _state.tracer is not None


def capture_content() -> bool:
    """Record prompt and completion text on LLM spans (DE_OTEL_CAPTURE_CONTENT; off by default)."""
    return _state.tracer is not None and _state.capture_content


def setup(settings: Settings, *, exporter: SpanExporter | None = None) -> Callable[[], None]:
    """Start tracing when the settings ask for it; returns what ends it (flushes the spans). The first setup in a
    process wins: a later call while tracing is on changes nothing and returns a no-op. `exporter` replaces the
    OTLP exporter, sent span by span (tests give an in-memory one)."""
    if _state.tracer is not None or not wanted(settings):
        return _nothing
    try:
        from opentelemetry import trace
        from opentelemetry.sdk.resources import Resource
        from opentelemetry.sdk.trace import TracerProvider
        from opentelemetry.sdk.trace.export import BatchSpanProcessor, SimpleSpanProcessor
    except ImportError:
        log.warning("tracing_unavailable", reason="install the [otel] extra: pip install 'digital-employee[otel]'")
        return _nothing
    provider = TracerProvider(resource=Resource.create({"service.name": settings.otel_service_name}))
    if exporter is None:
        try:
            from opentelemetry.exporter.otlp.proto.http.trace_exporter import OTLPSpanExporter
        except ImportError:
            log.warning("tracing_unavailable", reason="opentelemetry-exporter-otlp-proto-http is not installed")
            return _nothing
        # The exporter reads the standard OTEL_EXPORTER_OTLP_* variables (endpoint, headers, timeout) itself.
        provider.add_span_processor(BatchSpanProcessor(OTLPSpanExporter()))
        if isinstance(trace.get_tracer_provider(), trace.ProxyTracerProvider):
            trace.set_tracer_provider(provider)  # other instrumentation in the process joins the same traces
    else:
        provider.add_span_processor(SimpleSpanProcessor(exporter))
    _state.provider = provider
    _state.tracer = provider.get_tracer("digital-employee")
    _state.capture_content = settings.otel_capture_content
    log.info("tracing_started", endpoint=settings.otel_exporter_otlp_endpoint or "default",
             capture_content=settings.otel_capture_content)

    def shutdown() -> None:
        _state.tracer = None
        _state.capture_content = False
        provider.shutdown()
        _state.provider = None

    return shutdown


def _nothing() -> None:
    return None


def _context_from(traceparent: str | None) -> Any:
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

    return TraceContextTextMapPropagator().extract({"traceparent": traceparent}) if traceparent else None


def span(name: str, attributes: Mapping[str, Any] | None = None, *, traceparent: str | None = None,
         kind: str = "internal", expected: tuple[type[BaseException], ...] = ()) -> Any:
    """A context manager for a span, current while it is open; yields the span (NO_SPAN when off).

    `traceparent`: the trace this step belongs to (a task's). When the current span is already in that trace
    (a resume inside the decision's span) the new span is its child; else it is a child of the stored context
    and links to the current span (the reviewer's HTTP request, which has a trace of its own). An exception of
    an `expected` type (LangGraph's interrupt) passes through without marking the span as failed."""
    if _state.tracer is None:
        return _OFF
    return _span(name, attributes, traceparent, kind, expected)


@contextmanager
def _span(name: str, attributes: Mapping[str, Any] | None, traceparent: str | None, kind: str,
          expected: tuple[type[BaseException], ...]) -> Iterator[Any]:
    from opentelemetry import trace
    from opentelemetry.trace import Link, SpanKind, Status, StatusCode

    context, links = None, []
    stored = _context_from(traceparent)
    if stored is not None:
        stored_span = trace.get_current_span(stored).get_span_context()
        current = trace.get_current_span().get_span_context()
        if stored_span.is_valid and current.trace_id != stored_span.trace_id:
            context = stored
            if current.is_valid:
                links.append(Link(current))
    with _state.tracer.start_as_current_span(name, context=context, kind=SpanKind[kind.upper()],
                                             attributes=_clean(attributes), links=links, record_exception=False,
                                             set_status_on_exception=False) as opened:
        try:
            yield opened
        except expected:
            raise
        except BaseException as exc:
            opened.record_exception(exc)
            opened.set_status(Status(StatusCode.ERROR, f"{type(exc).__name__}"))
            opened.set_attribute("error.type", type(exc).__qualname__)
            raise


def _clean(attributes: Mapping[str, Any] | None) -> dict[str, Any] | None:
    return {key: value for key, value in attributes.items() if value is not None} if attributes else None


def tool(name: str) -> Callable[[F], F]:
    """A decorator: each call of the function is an `execute_tool NAME` span (GenAI semantic conventions)."""

    def decorate(function: F) -> F:
        @functools.wraps(function)
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            if _state.tracer is None:
                return function(*args, **kwargs)
            with tool_span(name):
                return function(*args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorate


def tool_span(name: str, attributes: Mapping[str, Any] | None = None) -> Any:
    """A tool call: `execute_tool NAME`, gen_ai.operation.name `execute_tool`, gen_ai.tool.name NAME."""
    if _state.tracer is None:
        return _OFF
    return _span(f"execute_tool {name}", {"gen_ai.operation.name": "execute_tool", "gen_ai.tool.name": name,
                                          **(attributes or {})}, None, "internal", ())


def current_traceparent() -> str | None:
    """The W3C traceparent of the current span, to store with a task; None when off or outside a span."""
    if _state.tracer is None:
        return None
    carrier: dict[str, str] = {}
    inject(carrier)
    return carrier.get("traceparent")


def inject(headers: dict[str, str]) -> None:
    """Add `traceparent` (and `tracestate`) for the current span to outgoing HTTP headers; nothing when off."""
    if _state.tracer is None:
        return
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

    TraceContextTextMapPropagator().inject(headers)


def extract(headers: Mapping[str, str]) -> Any:
    """The context an incoming request's `traceparent` names (None when it has none or tracing is off)."""
    if _state.tracer is None:
        return None
    from opentelemetry.trace.propagation.tracecontext import TraceContextTextMapPropagator

    return TraceContextTextMapPropagator().extract(headers)


def server_span(name: str, headers: Mapping[str, str], attributes: Mapping[str, Any] | None = None) -> Any:
    """A SERVER span for an incoming request, the child of the caller's `traceparent` when it sent one."""
    if _state.tracer is None:
        return _OFF
    return _state.tracer.start_as_current_span(name, context=extract(headers), kind=_kind("server"),
                                               attributes=_clean(attributes))


def _kind(kind: str) -> Any:
    from opentelemetry.trace import SpanKind

    return SpanKind[kind.upper()]


def annotate(attributes: Mapping[str, Any]) -> None:
    """Set attributes on the current span (a task id on the webhook's request span); nothing when off."""
    if _state.tracer is None:
        return
    from opentelemetry import trace

    trace.get_current_span().set_attributes(_clean(attributes) or {})


def record_failure(exc: BaseException) -> None:
    """Mark the current span failed by an exception that was handled (a task that failed and will be retried)."""
    if _state.tracer is None:
        return
    from opentelemetry import trace
    from opentelemetry.trace import Status, StatusCode

    current = trace.get_current_span()
    current.record_exception(exc)
    current.set_status(Status(StatusCode.ERROR, type(exc).__name__))
    current.set_attribute("error.type", type(exc).__qualname__)


def mark_failed(span: Any, error_type: str) -> None:
    """Mark a span failed without an exception (a callback answered 500, an LLM call fell back)."""
    if _state.tracer is None or not span.is_recording():
        return
    from opentelemetry.trace import Status, StatusCode

    span.set_status(Status(StatusCode.ERROR, error_type))
    span.set_attribute("error.type", error_type)


def current_ids() -> tuple[str, str] | None:
    """(trace_id, span_id) in hex of the current span, for log lines; None when off or outside a span."""
    if _state.tracer is None:
        return None
    from opentelemetry import trace

    context = trace.get_current_span().get_span_context()
    if not context.is_valid:
        return None
    return format(context.trace_id, "032x"), format(context.span_id, "016x")
