"""What the process knows of each LLM endpoint, shared by every caller in it (the API's services, the worker,
the evals): the capabilities the endpoint has shown (found once, remembered; a setting may pin them), a circuit
per kind of call, and the counts that /metrics and /readyz show.

Kinds of call: `structured` (a JSON answer: policy answers, explanations, resume fields) and `tools` (chat
routing). A chat router that keeps failing does not switch off policy answers, and the reverse.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from core.llm_capabilities import CAPABILITIES
from core.logging import get_logger

log = get_logger("agent.llm")

STRUCTURED_MODES = ("json_schema", "json_object_schema", "prompted_json")
KINDS = ("structured", "tools")
LATENCY_BUCKETS = (0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 20.0, 30.0, 60.0, 120.0)


@dataclass
class Circuit:
    failures: int = 0
    open_until: float = 0.0
    opened: int = 0


@dataclass
class Latency:
    buckets: list[int] = field(default_factory=lambda: [0] * len(LATENCY_BUCKETS))
    count: int = 0
    total: float = 0.0

    def observe(self, seconds: float) -> None:
        self.count += 1
        self.total += seconds
        for n, bound in enumerate(LATENCY_BUCKETS):
            if seconds <= bound:
                self.buckets[n] += 1


class EndpointState:
    def __init__(self, base_url: str, model: str, pinned: dict[str, bool]) -> None:
        self.base_url, self.model = base_url, model
        self.lock = threading.Lock()
        self.pinned = dict(pinned)
        self.capabilities: dict[str, bool | None] = {name: pinned.get(name) for name in CAPABILITIES}
        self.circuits = {kind: Circuit() for kind in KINDS}
        self.reachable: bool | None = None
        self.last_error: str | None = None
        self.calls: Counter[tuple[str, str]] = Counter()  # (prompt, kind) → HTTP calls
        self.failures: Counter[tuple[str, str]] = Counter()  # (kind, reason)
        self.fallbacks: Counter[tuple[str, str]] = Counter()  # (prompt, reason)
        self.outputs: Counter[tuple[str, str]] = Counter()  # (prompt, used | refused_by_checks)
        self.tokens: Counter[str] = Counter()  # prompt | completion
        self.latency = {kind: Latency() for kind in KINDS}

    # capabilities
    def supports(self, capability: str) -> bool:
        with self.lock:
            return self.capabilities.get(capability) is not False

    def learn(self, capability: str, value: bool, why: str = "") -> None:
        with self.lock:
            if capability in self.pinned or self.capabilities.get(capability) == value:
                return
            self.capabilities[capability] = value
        log.info("llm_capability", capability=capability, supported=value, reason=why[:200], model=self.model)

    # circuits
    def circuit_open(self, kind: str) -> bool:
        with self.lock:
            return time.monotonic() < self.circuits[kind].open_until

    def record(self, kind: str, ok: bool, *, failures_to_open: int, reset_seconds: float) -> None:
        with self.lock:
            circuit = self.circuits[kind]
            if ok:
                circuit.failures = 0
                return
            circuit.failures += 1
            if circuit.failures < failures_to_open:
                return
            circuit.open_until = time.monotonic() + reset_seconds
            circuit.failures = 0
            circuit.opened += 1
        log.warning("llm_circuit_open", kind=kind, seconds=reset_seconds, model=self.model)

    # counts
    def count_call(self, prompt: str, kind: str, seconds: float, usage: Any, *, ok: bool = True) -> None:
        with self.lock:
            self.calls[(prompt, kind)] += 1
            if seconds > 0:  # a streamed call's time is observed when its stream ends (count_stream)
                self.latency[kind].observe(seconds)
            self.reachable = True if ok else self.reachable
            if usage is not None:
                self.tokens["prompt"] += getattr(usage, "prompt_tokens", 0) or 0
                self.tokens["completion"] += getattr(usage, "completion_tokens", 0) or 0

    def count_stream(self, kind: str, seconds: float) -> None:
        with self.lock:
            self.latency[kind].observe(seconds)

    def count_tokens(self, prompt_tokens: int, completion_tokens: int) -> None:
        with self.lock:
            self.tokens["prompt"] += prompt_tokens
            self.tokens["completion"] += completion_tokens

    def count_failure(self, kind: str, reason: str, *, unreachable: bool = False, error: str = "") -> None:
        with self.lock:
            self.failures[(kind, reason)] += 1
            if unreachable:
                self.reachable = False
            if error:
                self.last_error = error[:300]

    def count_fallback(self, prompt: str, reason: str) -> None:
        with self.lock:
            self.fallbacks[(prompt, reason)] += 1

    def count_output(self, prompt: str, used: bool) -> None:
        with self.lock:
            self.outputs[(prompt, "used" if used else "refused_by_checks")] += 1

    # views
    def readiness(self) -> dict[str, Any]:
        now = time.monotonic()
        with self.lock:
            return {"model": self.model, "endpoint": self.base_url, "reachable": self.reachable,
                    "capabilities": {name: value for name, value in self.capabilities.items()},
                    "pinned": sorted(self.pinned),
                    "circuit": {kind: "open" if now < circuit.open_until else "closed"
                                for kind, circuit in self.circuits.items()},
                    "last_error": self.last_error}

    def totals(self) -> dict[str, Any]:
        """Plain numbers to diff before and after a run (the evals' per-suite LLM figures)."""
        with self.lock:
            return {"calls": sum(self.calls.values()),
                    "used": sum(n for (_p, outcome), n in self.outputs.items() if outcome == "used"),
                    "refused_by_checks": sum(n for (_p, o), n in self.outputs.items() if o == "refused_by_checks"),
                    "fallbacks": dict(_by_last(self.fallbacks)),
                    "failures": dict(_by_last(self.failures)),
                    "prompt_tokens": self.tokens["prompt"], "completion_tokens": self.tokens["completion"],
                    "seconds": round(sum(latency.total for latency in self.latency.values()), 3)}


def _by_last(counter: Counter[tuple[str, str]]) -> Counter[str]:
    out: Counter[str] = Counter()
    for (_first, reason), n in counter.items():
        out[reason] += n
    return out


_STATES: dict[tuple[str, str], EndpointState] = {}
_STATES_LOCK = threading.Lock()


def state_for(base_url: str, model: str, pinned: dict[str, bool]) -> EndpointState:
    with _STATES_LOCK:
        key = (base_url, model)
        if key not in _STATES:
            _STATES[key] = EndpointState(base_url, model, pinned)
        return _STATES[key]


def states() -> list[EndpointState]:
    with _STATES_LOCK:
        return list(_STATES.values())


def totals() -> dict[str, Any]:
    """Every endpoint's totals added up (one endpoint in practice)."""
    out: dict[str, Any] = {"calls": 0, "used": 0, "refused_by_checks": 0, "fallbacks": Counter(), "failures": Counter(),
                           "prompt_tokens": 0, "completion_tokens": 0, "seconds": 0.0}
    for state in states():
        for key, value in state.totals().items():
            if isinstance(value, dict):
                out[key].update(value)
            else:
                out[key] += value
    return out | {"fallbacks": dict(out["fallbacks"]), "failures": dict(out["failures"])}


def forget() -> None:
    """Tests: start from no knowledge of any endpoint."""
    with _STATES_LOCK:
        _STATES.clear()
