"""Prometheus metrics, one registry per app (no global state between test apps)."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from prometheus_client import CollectorRegistry, Counter, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily, GaugeMetricFamily, HistogramMetricFamily, Metric
from prometheus_client.registry import Collector

TASK_STATUSES = ("queued", "running", "awaiting_review", "approved", "rejected", "completed", "failed")


class _TaskCollector(Collector):
    def __init__(self, counts: Callable[[], dict[str, int]]) -> None:
        self.counts = counts

    def collect(self) -> Iterable[Metric]:
        family = GaugeMetricFamily("de_tasks", "Tasks by status", labels=["status"])
        try:
            counts = self.counts()
        except Exception:
            counts = {}
        for status in TASK_STATUSES:
            family.add_metric([status], counts.get(status, 0))
        yield family


class _LLMCollector(Collector):
    """The process's LLM endpoints (agent/llm_state.py): calls, failures and fallbacks by reason, outputs used or
    refused by our checks, tokens, latency up to 120 s, open circuits and known capabilities."""

    def collect(self) -> Iterable[Metric]:
        from agent import llm_state

        calls = CounterMetricFamily("de_llm_calls", "HTTP calls to the LLM endpoint", labels=["prompt", "kind"])
        failures = CounterMetricFamily("de_llm_failures", "Failed LLM calls by reason", labels=["kind", "reason"])
        fallbacks = CounterMetricFamily("de_llm_fallbacks", "Generations answered by the offline rules instead",
                                        labels=["prompt", "reason"])
        outputs = CounterMetricFamily("de_llm_outputs", "Model outputs, used or refused by our checks",
                                      labels=["prompt", "outcome"])
        tokens = CounterMetricFamily("de_llm_tokens", "Tokens sent and generated", labels=["direction"])
        latency = HistogramMetricFamily("de_llm_request_duration_seconds", "LLM call latency", labels=["kind"])
        circuit = GaugeMetricFamily("de_llm_circuit_open", "1 while the circuit of a kind of call is open",
                                    labels=["kind"])
        capability = GaugeMetricFamily("de_llm_capability", "1 supported, 0 not, -1 not yet known",
                                       labels=["capability"])
        for state in llm_state.states():
            with state.lock:
                for (prompt, kind), n in state.calls.items():
                    calls.add_metric([prompt, kind], n)
                for (kind, reason), n in state.failures.items():
                    failures.add_metric([kind, reason], n)
                for (prompt, reason), n in state.fallbacks.items():
                    fallbacks.add_metric([prompt, reason], n)
                for (prompt, outcome), n in state.outputs.items():
                    outputs.add_metric([prompt, outcome], n)
                for direction in ("prompt", "completion"):
                    tokens.add_metric([direction], state.tokens[direction])
                for kind, observed in state.latency.items():
                    buckets = [(str(bound), count) for bound, count in zip(llm_state.LATENCY_BUCKETS,
                                                                           observed.buckets, strict=True)]
                    latency.add_metric([kind], [*buckets, ("+Inf", observed.count)], observed.total)
                for name, value in state.capabilities.items():
                    capability.add_metric([name], -1 if value is None else int(value))
            for kind, status in state.readiness()["circuit"].items():
                circuit.add_metric([kind], 1 if status == "open" else 0)
        yield from (calls, failures, fallbacks, outputs, tokens, latency, circuit, capability)


class _OperationsCollector(Collector):
    """The operations report's figures for Grafana (services/reports.py): the touchless rate and the override
    rate per task kind over the last 30 days, and decision time (pause to decision) as a histogram per kind."""

    def __init__(self, snapshot: Callable[[], dict], buckets: tuple[int, ...]) -> None:
        self.snapshot = snapshot
        self.buckets = buckets

    def collect(self) -> Iterable[Metric]:
        touchless = GaugeMetricFamily("de_touchless_rate", "Share of decided invoices (last 30 days) proposed for "
                                      "payment with no exception or flag and approved unchanged")
        override = GaugeMetricFamily("de_override_rate", "Share of decided reviews (last 30 days) where the "
                                     "reviewer went against the proposal", labels=["kind"])
        decision = HistogramMetricFamily("de_review_decision_seconds", "Time from pause for review to decision",
                                         labels=["kind"])
        try:
            snapshot = self.snapshot()
        except Exception:
            return
        if snapshot["touchless"]["rate"] is not None:
            touchless.add_metric([], snapshot["touchless"]["rate"])
        for kind, ratio in snapshot["override"].items():
            if ratio["rate"] is not None:
                override.add_metric([kind], ratio["rate"])
        for kind, observed in snapshot["decision_seconds"].items():
            buckets = [(str(float(bound)), count) for bound, count in zip(self.buckets, observed["buckets"],
                                                                            strict=True)]
            decision.add_metric([kind], [*buckets, ("+Inf", observed["count"])], observed["sum"])
        yield from (touchless, override, decision)


class Metrics:
    def __init__(self) -> None:
        self.registry = CollectorRegistry(auto_describe=True)
        self.requests = Counter("de_http_requests", "HTTP requests", ["method", "route", "status"],
                                registry=self.registry)
        self.latency = Histogram("de_http_request_duration_seconds", "HTTP request latency", ["method", "route"],
                                 registry=self.registry,
                                 buckets=(0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120))
        self.registry.register(_LLMCollector())

    def watch_tasks(self, counts: Callable[[], dict[str, int]]) -> None:
        self.registry.register(_TaskCollector(counts))

    def watch_operations(self, snapshot: Callable[[], dict], buckets: tuple[int, ...]) -> None:
        self.registry.register(_OperationsCollector(snapshot, buckets))

    def observe_request(self, method: str, route: str, status: int, seconds: float) -> None:
        self.requests.labels(method, route, str(status)).inc()
        self.latency.labels(method, route).observe(seconds)

    def render(self) -> bytes:
        return generate_latest(self.registry)
