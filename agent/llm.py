"""LLM backends behind one interface.

`offline` is the deterministic engine: it declines every generation, and each caller's rules and templates
answer instead (extractive policy answers, template proposals). `openai` talks to any OpenAI-compatible
endpoint: timeouts, tenacity retries with back-off on 429, 5xx and connection errors, a circuit that falls back
to offline while the endpoint is down, `json_schema` structured output where the endpoint has it and prompted
JSON with validation and one repair try where it does not. Personal data is masked before anything is sent.
The LLM never decides and never supplies a number: callers check its output against their tools' results.
"""

from __future__ import annotations

import json
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

import httpx
from pydantic import BaseModel, ValidationError
from tenacity import RetryError, retry, retry_if_exception, stop_after_attempt, wait_exponential

from agent.llm_state import STRUCTURED_MODES, state_for
from agent.masking import Masker
from agent.prompts import Prompt
from core import tracing
from core.llm_capabilities import parse_pinned
from core.logging import get_logger
from core.settings import Settings

log = get_logger("agent.llm")
T = TypeVar("T", bound=BaseModel)


@dataclass
class Generation:
    """What a call produced, and what to record about it (prompt name and version, tokens, fallback)."""

    value: Any
    meta: dict[str, Any] = field(default_factory=dict)


class LLM(Protocol):
    name: str

    def structured(self, *, prompt: Prompt, values: dict[str, Any], schema: type[T],
                   names: list[str] | None = None) -> Generation: ...

    def choose_tool(self, *, prompt: Prompt, values: dict[str, Any], tools: list[dict[str, Any]],
                    names: list[str] | None = None) -> Generation: ...

    def report(self, prompt: Prompt, *, used: bool) -> None: ...


class OfflineLLM:
    name = "offline"

    def structured(self, *, prompt: Prompt, values: dict[str, Any], schema: type[T],
                   names: list[str] | None = None) -> Generation:
        return Generation(None, {"backend": "offline", "prompt": prompt.ref})

    def choose_tool(self, *, prompt: Prompt, values: dict[str, Any], tools: list[dict[str, Any]],
                    names: list[str] | None = None) -> Generation:
        return Generation(None, {"backend": "offline", "prompt": prompt.ref})

    def report(self, prompt: Prompt, *, used: bool) -> None:
        return None


MODEL_FAULTS = frozenset({"invalid_output", "no_tool_call"})
JSON_GRACE_SECONDS = 0.25
JSON_GRACE_CHUNKS = 8


class GenerationTimeout(Exception):
    """A streamed generation ran past its call's time limit: the stream is closed (the server stops)."""


_FEATURE_WORDS = re.compile(r"response_format|json_schema|json_object|tool_choice|\btools?\b|function|\bschema\b|"
                            r"\bstream|system|'text' or", re.IGNORECASE)
_SYSTEM_REFUSED = re.compile(r"system (?:role|message|prompt)|role.{0,40}system", re.IGNORECASE)


def _message(exc: BaseException) -> str:
    body = getattr(exc, "body", None)
    text = json.dumps(body) if isinstance(body, dict) else str(body or "")
    return f"{exc} {text}"[:1000]


def _refusal(exc: BaseException) -> bool:
    """The endpoint refuses a feature of the request (a capability answer, not a failure to retry): 400 or 422,
    or a 5xx whose message names the feature (llama-cpp-python answers 500 to json_schema)."""
    import openai

    if not isinstance(exc, openai.APIStatusError):
        return False
    if exc.status_code in (400, 422):
        return True
    return exc.status_code >= 500 and bool(_FEATURE_WORDS.search(_message(exc)))


def _transient(exc: BaseException) -> bool:
    """Worth another try: 429, a 5xx that refuses nothing, a refused connection. Not a timeout: on a single-slot
    server the timed-out generation is still running, and a retry would queue behind it."""
    import openai

    if isinstance(exc, openai.APITimeoutError):
        return False
    if isinstance(exc, openai.APIConnectionError | openai.RateLimitError):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500 and not _refusal(exc)


def _cause(exc: BaseException) -> BaseException:
    """The error behind tenacity's RetryError (the last attempt's), or the error itself."""
    if isinstance(exc, RetryError) and exc.last_attempt.exception() is not None:
        return exc.last_attempt.exception()  # type: ignore[return-value]
    return exc


def _reason(exc: BaseException) -> str:
    """A fallback's or a failure's reason, in words that /metrics can count by."""
    import openai

    exc = _cause(exc)
    if isinstance(exc, openai.APITimeoutError | GenerationTimeout | httpx.TimeoutException):
        return "timeout"
    if isinstance(exc, openai.APIConnectionError | httpx.HTTPError):
        return "connection"  # a stream cut mid-answer (the server went away) is an httpx error
    if isinstance(exc, openai.APIStatusError):
        return "http_429" if exc.status_code == 429 else f"http_{exc.status_code // 100}xx"
    if isinstance(exc, NoToolCall):
        return "no_tool_call"
    return "invalid_output"


class NoToolCall(ValueError):
    pass


def first_json_object(text: str) -> int | None:
    """The end of the first complete JSON object in TEXT (braces counted outside strings), or None."""
    depth, in_string, escaped, started = 0, False, False, False
    for position, char in enumerate(text):
        if in_string:
            if escaped:
                escaped = False
            elif char == "\\":
                escaped = True
            elif char == '"':
                in_string = False
        elif char == '"':
            in_string = True
        elif char == "{":
            depth += 1
            started = True
        elif char == "}" and started:
            depth -= 1
            if depth == 0:
                return position + 1
    return None


_GRAMMAR_LIMITS = frozenset({"maxLength", "minLength", "maxItems", "minItems", "pattern", "format"})


def grammar_safe(schema: Any) -> Any:
    """The schema without length, count and pattern limits, for an endpoint that compiles it into a grammar:
    llama.cpp unrolls "maxLength": 1000 into a thousand nested rules, fails to parse that, and its server dies.
    Our own validation (pydantic) still applies every limit to the answer."""
    if isinstance(schema, dict):
        return {key: grammar_safe(value) for key, value in schema.items() if key not in _GRAMMAR_LIMITS}
    if isinstance(schema, list):
        return [grammar_safe(item) for item in schema]
    return schema


def _schema_instruction(messages: list[dict[str, str]], schema: dict[str, Any]) -> list[dict[str, str]]:
    last = messages[-1]
    return [*messages[:-1], {"role": last["role"], "content": last["content"]
                             + "\n\nReply with only a JSON object matching this JSON Schema:\n" + json.dumps(schema)}]


class OpenAILLM:
    """Any OpenAI-compatible endpoint. What it can do is found on first use and remembered for the process
    (agent/llm_state.py): JSON by json_schema, else json_object with a schema, else prompted JSON; a tool by
    tool_choice "required", else "auto", else a JSON routing answer. Every call is bounded: max_tokens from the
    prompt file, a streamed answer closed at its first complete JSON object, a time limit per kind of call."""

    def __init__(self, settings: Settings) -> None:
        from openai import OpenAI

        self.settings = settings
        self.name = f"openai:{settings.llm_model}"
        api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
        self.client = OpenAI(base_url=settings.openai_base_url, api_key=api_key,
                             timeout=settings.llm_timeout_seconds, max_retries=0)
        pinned = parse_pinned(settings.llm_capabilities)
        if "gemma" in settings.llm_model.lower():
            pinned.setdefault("system_role", False)  # Gemma's chat template has no system role
        self.state = state_for(str(self.client.base_url), settings.llm_model, pinned)

    def timeout(self, kind: str) -> float:
        return self.settings.llm_route_timeout_seconds if kind == "tools" else self.settings.llm_timeout_seconds

    # the calls
    def structured(self, *, prompt: Prompt, values: dict[str, Any], schema: type[T],
                   names: list[str] | None = None) -> Generation:
        def attempt(masker: Masker, messages: list[dict[str, str]], meta: dict[str, Any]) -> T:
            content = self._json(prompt, "structured", messages, schema.__name__, schema.model_json_schema(), meta)
            try:
                return schema.model_validate_json(masker.unmask(content))
            except ValidationError as first_error:
                repair = [*messages, {"role": "assistant", "content": content},
                          {"role": "user", "content": "That was not valid JSON for the schema: "
                           f"{str(first_error)[:400]}. Answer again with only the JSON object."}]
                return schema.model_validate_json(masker.unmask(
                    self._json(prompt, "structured", repair, schema.__name__, schema.model_json_schema(), meta)))

        return self._guarded(prompt, "structured", values, names, attempt)

    def choose_tool(self, *, prompt: Prompt, values: dict[str, Any], tools: list[dict[str, Any]],
                    names: list[str] | None = None) -> Generation:
        """One tool call chosen by the model: {"name", "arguments"} (unmasked), or None to fall back."""
        known = [tool["name"] for tool in tools]

        def chosen(name: str, arguments: Any, masker: Masker) -> dict[str, Any]:
            if isinstance(arguments, str):
                arguments = json.loads(masker.unmask(arguments or "{}"))
            else:
                arguments = json.loads(masker.unmask(json.dumps(arguments or {})))
            if name not in known or not isinstance(arguments, dict):
                raise ValueError(f"unknown tool {name!r}")
            return {"name": name, "arguments": arguments}

        def attempt(masker: Masker, messages: list[dict[str, str]], meta: dict[str, Any]) -> dict[str, Any]:
            for mode, choice in (("tools_required", "required"), ("tools_auto", "auto")):
                if not self.state.supports(mode):
                    continue
                try:
                    response = self._complete(prompt, "tools", messages, meta, tools=[
                        {"type": "function", "function": tool} for tool in tools], tool_choice=choice)
                except Exception as exc:
                    if not _refusal(exc):
                        raise
                    self.state.learn(mode, False, _message(exc))
                    continue
                calls = response.choices[0].message.tool_calls or []
                if calls:
                    self.state.learn(mode, True)
                    return chosen(calls[0].function.name, calls[0].function.arguments, masker)
                if mode == "tools_required":  # the endpoint ignored "required" and answered in text
                    self.state.learn(mode, False, "answered without a tool call")
                    continue
                break  # "auto" and no tool: ask for the routing as JSON instead
            schema = {"type": "object", "required": ["name", "arguments"], "properties": {
                "name": {"type": "string", "enum": known}, "arguments": {"type": "object"}}}
            listing = [*messages[:-1], {"role": messages[-1]["role"], "content": messages[-1]["content"]
                                        + "\n\nChoose exactly one of these tools:\n" + json.dumps(tools)}]
            content = self._json(prompt, "tools", listing, "route", schema, meta)
            route = json.loads(content)
            if not isinstance(route, dict):
                raise NoToolCall("the routing answer is not an object")
            return chosen(str(route.get("name")), route.get("arguments") or {}, masker)

        return self._guarded(prompt, "tools", values, names, attempt)

    def report(self, prompt: Prompt, *, used: bool) -> None:
        """The caller's verdict on an output it got: used, or refused by its checks (a number not in the tool's
        result, a citation that does not exist, a field not in the text)."""
        self.state.count_output(prompt.name, used)
        if not used:
            log.info("llm_output_refused", prompt=prompt.name)

    # what every call shares
    def _guarded(self, prompt: Prompt, kind: str, values: dict[str, Any], names: list[str] | None,
                 attempt: Callable[[Masker, list[dict[str, str]], dict[str, Any]], Any]) -> Generation:
        """The circuit of this kind of call, masking, and the fallback. ATTEMPT gets the masker, the masked
        messages and the meta to count calls and tokens in; an API error or an invalid answer (ValueError,
        pydantic's ValidationError and JSON errors included) falls back and counts against the circuit."""
        meta: dict[str, Any] = {"backend": self.name, "prompt": prompt.ref, "calls": 0, "prompt_tokens": 0,
                                "completion_tokens": 0}
        if self.state.circuit_open(kind):
            self.state.count_fallback(prompt.name, "circuit_open")
            log.info("llm_fallback", prompt=prompt.name, kind=kind, reason="circuit_open")
            return Generation(None, meta | {"fallback": "circuit open"})
        masker, messages = self._masked(prompt, values, names)
        attributes = self._span_attributes(prompt, kind) if tracing.enabled() else None
        with tracing.span(f"chat {self.settings.llm_model}", attributes, kind="client") as span:
            generation = self._attempt(prompt, kind, masker, messages, meta, attempt)
            if span.is_recording():
                self._finish_span(span, generation, masker, messages)
            return generation

    def _attempt(self, prompt: Prompt, kind: str, masker: Masker, messages: list[dict[str, str]],
                 meta: dict[str, Any], attempt: Callable[[Masker, list[dict[str, str]], dict[str, Any]], Any],
                 ) -> Generation:
        import openai

        try:
            value = attempt(masker, messages, meta)
        except (RetryError, openai.OpenAIError, ValueError, GenerationTimeout, httpx.HTTPError) as exc:
            reason = _reason(exc)
            # The circuit guards the endpoint: a timeout, a refused connection or an error status count against
            # it; an answer that is not what was asked (a weak model's invalid JSON) is a fallback, not an outage.
            if reason not in MODEL_FAULTS:
                self.state.record(kind, ok=False, failures_to_open=self.settings.llm_circuit_failures,
                                  reset_seconds=self.settings.llm_circuit_reset_seconds)
            self.state.count_fallback(prompt.name, reason)
            inner = _cause(exc)
            log.warning("llm_fallback", prompt=prompt.name, kind=kind, reason=reason,
                        status=getattr(inner, "status_code", None), error=f"{type(inner).__name__}: {str(inner)[:200]}")
            return Generation(None, meta | {"fallback": reason})
        self.state.record(kind, ok=True, failures_to_open=self.settings.llm_circuit_failures,
                          reset_seconds=self.settings.llm_circuit_reset_seconds)
        return Generation(value, meta)

    def _span_attributes(self, prompt: Prompt, kind: str) -> dict[str, Any]:
        """An LLM call's span, by the OpenTelemetry GenAI semantic conventions: no prompt or answer text here."""
        url = self.client.base_url
        return {"gen_ai.operation.name": "chat", "gen_ai.provider.name": "openai", "gen_ai.system": "openai",
                "gen_ai.request.model": self.settings.llm_model, "gen_ai.request.temperature": 0.0,
                "gen_ai.request.max_tokens": min(prompt.max_tokens, self.settings.llm_max_tokens),
                "server.address": url.host, "server.port": url.port, "de.prompt.name": prompt.name,
                "de.prompt.version": prompt.version, "de.llm.kind": kind}

    @staticmethod
    def _finish_span(span: Any, generation: Generation, masker: Masker, messages: list[dict[str, str]]) -> None:
        meta = generation.meta
        span.set_attributes({"gen_ai.usage.input_tokens": meta.get("prompt_tokens", 0),
                             "gen_ai.usage.output_tokens": meta.get("completion_tokens", 0),
                             "de.llm.http_calls": meta.get("calls", 0)})
        if meta.get("fallback"):
            span.set_attribute("de.llm.fallback", meta["fallback"])
            tracing.mark_failed(span, meta["fallback"])
        if tracing.capture_content():  # DE_OTEL_CAPTURE_CONTENT: the text as it left the process (masked)
            span.set_attribute("gen_ai.input.messages", json.dumps(
                [{"role": m["role"], "parts": [{"type": "text", "content": m["content"]}]} for m in messages],
                ensure_ascii=False))
            if generation.value is not None:
                value = generation.value
                text = value.model_dump_json() if isinstance(value, BaseModel) else json.dumps(value, default=str)
                span.set_attribute("gen_ai.output.messages", json.dumps(
                    [{"role": "assistant", "parts": [{"type": "text", "content": masker.mask(text)}]}],
                    ensure_ascii=False))

    @staticmethod
    def _masked(prompt: Prompt, values: dict[str, Any],
                names: list[str] | None) -> tuple[Masker, list[dict[str, str]]]:
        """The prompt rendered with personal data masked, and the masker that undoes it in the answer."""
        masker = Masker(names=names or [])
        system, user = prompt.render_parts(**values)
        return masker, [{"role": "system", "content": masker.mask(system)},
                        {"role": "user", "content": masker.mask(user)}]

    def _json(self, prompt: Prompt, kind: str, messages: list[dict[str, str]], name: str, schema: dict[str, Any],
              meta: dict[str, Any]) -> str:
        """A JSON answer by the best way the endpoint has: json_schema, json_object with the schema, or the
        schema in the prompt. A refusal of a way is remembered, and the next way is tried at once."""
        for mode in STRUCTURED_MODES:
            if mode != "prompted_json" and not self.state.supports(mode):
                continue
            if mode == "json_schema":
                asked, extra = messages, {"response_format": {"type": "json_schema", "json_schema": {
                    "name": name, "schema": schema, "strict": False}}}
            else:
                asked = _schema_instruction(messages, schema)
                extra = {"response_format": {"type": "json_object", "schema": grammar_safe(schema)}} \
                    if mode == "json_object_schema" else {}
            try:
                content = self._text(prompt, kind, asked, meta, **extra)
            except Exception as exc:
                if mode == "prompted_json" or not _refusal(exc):
                    raise
                self.state.learn(mode, False, _message(exc))
                continue
            if mode != "prompted_json":
                self.state.learn(mode, True)
            return content
        raise AssertionError("prompted JSON is always tried")  # pragma: no cover

    def _text(self, prompt: Prompt, kind: str, messages: list[dict[str, str]], meta: dict[str, Any],
              **kwargs: Any) -> str:
        """The answer's text. Streamed where the endpoint streams: the stream is closed at the first complete JSON
        object (the server stops generating) or when the call's time runs out."""
        import openai

        if not self.state.supports("stream"):
            return self._content(self._complete(prompt, kind, messages, meta, **kwargs))
        try:
            stream = self._complete(prompt, kind, messages, meta, stream=True,
                                    stream_options={"include_usage": True}, **kwargs)
        except Exception as exc:
            if _refusal(exc) and "stream" in _message(exc).lower():
                self.state.learn("stream", False, _message(exc))
                return self._content(self._complete(prompt, kind, messages, meta, **kwargs))
            raise
        started, deadline = time.perf_counter(), time.perf_counter() + self.timeout(kind)
        parts: list[str] = []
        chunks, usage, complete_at, after = 0, None, None, 0
        try:
            for chunk in stream:
                if getattr(chunk, "usage", None) is not None:
                    usage = chunk.usage
                    break  # the last chunk (OpenAI sends usage after the answer's end)
                for choice in chunk.choices or []:
                    piece = getattr(choice.delta, "content", None)
                    if piece:
                        parts.append(piece)
                        chunks += 1
                now = time.perf_counter()
                if complete_at is None and first_json_object("".join(parts)) is not None:
                    complete_at = now
                if complete_at is not None:
                    # A short grace for the usage chunk of a model that stops here; one that goes on generating
                    # past its JSON is cut off.
                    after += 1
                    if now - complete_at > JSON_GRACE_SECONDS or after > JSON_GRACE_CHUNKS:
                        break
                elif now > deadline:
                    raise GenerationTimeout(f"no complete JSON object within {self.timeout(kind)} s")
        except (httpx.HTTPError, openai.APIConnectionError) as exc:  # the server went away mid-answer
            self.state.count_failure(kind, _reason(exc), unreachable=True, error=f"{type(exc).__name__}: {exc}")
            log.warning("llm_call_failed", prompt=prompt.name, kind=kind, status=None, reason=_reason(exc),
                        error=f"{type(exc).__name__}: {str(exc)[:200]}")
            raise
        finally:
            stream.close()  # the connection closes: the server stops generating
            self.state.count_stream(kind, time.perf_counter() - started)
        if usage is not None:
            meta["prompt_tokens"] += usage.prompt_tokens or 0
            meta["completion_tokens"] += usage.completion_tokens or 0
            self.state.count_tokens(usage.prompt_tokens or 0, usage.completion_tokens or 0)
        else:  # llama.cpp servers stream one token a chunk
            meta["completion_tokens"] += chunks
            self.state.count_tokens(0, chunks)
        return _strip_fences("".join(parts))

    def _complete(self, prompt: Prompt, kind: str, messages: list[dict[str, str]], meta: dict[str, Any],
                  **kwargs: Any) -> Any:
        """One request, with retries on transient errors; each HTTP call is counted, failed or not."""
        import openai

        max_tokens = min(prompt.max_tokens, self.settings.llm_max_tokens)

        @retry(retry=retry_if_exception(_transient), reraise=False,
               wait=wait_exponential(multiplier=self.settings.llm_backoff_seconds, max=5),
               stop=stop_after_attempt(self.settings.llm_max_attempts))
        def call() -> Any:
            for _folded in range(2):
                sent = messages if self.state.supports("system_role") else _fold_system(messages)
                started = time.perf_counter()
                meta["calls"] += 1
                try:
                    response = self.client.chat.completions.create(
                        model=self.settings.llm_model, temperature=0, max_tokens=max_tokens, messages=sent,
                        timeout=self.timeout(kind), **kwargs)
                except openai.APIError as exc:
                    seconds = time.perf_counter() - started
                    status = getattr(exc, "status_code", None)
                    refused = _refusal(exc)
                    self.state.count_call(prompt.name, kind, seconds, None, ok=status is not None)
                    # A gateway's 502, 503 or 504 says the model server behind it is not there.
                    self.state.count_failure(kind, "refused_capability" if refused else _reason(exc),
                                             unreachable=isinstance(exc, openai.APIConnectionError)
                                             or status in (502, 503, 504), error=_message(exc))
                    log.warning("llm_call_failed", prompt=prompt.name, kind=kind, status=status, reason=_reason(exc),
                                seconds=round(seconds, 3), error=_message(exc)[:200])
                    if refused and _SYSTEM_REFUSED.search(_message(exc)) and self.state.supports("system_role"):
                        self.state.learn("system_role", False, _message(exc))
                        continue  # once more, with the instructions in the user message
                    raise
                streamed = bool(kwargs.get("stream"))
                usage = None if streamed else getattr(response, "usage", None)
                self.state.count_call(prompt.name, kind, 0.0 if streamed else time.perf_counter() - started, usage)
                if usage is not None:
                    meta["prompt_tokens"] += usage.prompt_tokens or 0
                    meta["completion_tokens"] += usage.completion_tokens or 0
                return response
            raise AssertionError("unreachable")  # pragma: no cover

        return call()

    @staticmethod
    def _content(response: Any) -> str:
        return _strip_fences(response.choices[0].message.content or "")


def _strip_fences(content: str) -> str:
    """The answer without Markdown fences, cut after its first complete JSON object (a model that goes on)."""
    content = content.strip()
    if content.startswith("```"):
        content = content.strip("`").removeprefix("json").strip()
    end = first_json_object(content)
    return content[:end] if end is not None and content.startswith("{") else content


def _fold_system(messages: list[dict[str, str]]) -> list[dict[str, str]]:
    """For a chat template without a system role: the instructions open the first user message instead."""
    system = "\n\n".join(m["content"] for m in messages if m["role"] == "system")
    rest = [dict(m) for m in messages if m["role"] != "system"]
    if system and rest and rest[0]["role"] == "user":
        rest[0]["content"] = f"{system}\n\n{rest[0]['content']}"
    elif system:
        rest.insert(0, {"role": "user", "content": system})
    return rest


def describe(llm: LLM) -> dict[str, Any]:
    """What /readyz shows of the LLM: the backend, and for an endpoint what this process knows of it."""
    state = getattr(llm, "state", None)
    if state is None:
        return {"backend": llm.name}
    return {"backend": "openai"} | state.readiness()


def make_llm(settings: Settings) -> LLM:
    return OpenAILLM(settings) if settings.llm == "openai" else OfflineLLM()
