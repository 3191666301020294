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
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol, TypeVar

from pydantic import BaseModel, ValidationError
from tenacity import RetryError, retry, retry_if_exception, stop_after_attempt, wait_exponential

from agent.masking import Masker
from agent.prompts import Prompt
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


class OfflineLLM:
    name = "offline"

    def structured(self, *, prompt: Prompt, values: dict[str, Any], schema: type[T],
                   names: list[str] | None = None) -> Generation:
        return Generation(None, {"backend": "offline", "prompt": prompt.ref})

    def choose_tool(self, *, prompt: Prompt, values: dict[str, Any], tools: list[dict[str, Any]],
                    names: list[str] | None = None) -> Generation:
        return Generation(None, {"backend": "offline", "prompt": prompt.ref})


def _transient(exc: BaseException) -> bool:
    import openai

    if isinstance(exc, openai.APIConnectionError | openai.APITimeoutError | openai.RateLimitError):
        return True
    return isinstance(exc, openai.APIStatusError) and exc.status_code >= 500


class OpenAILLM:
    def __init__(self, settings: Settings) -> None:
        from openai import OpenAI

        self.settings = settings
        self.name = f"openai:{settings.llm_model}"
        api_key = settings.openai_api_key.get_secret_value() if settings.openai_api_key else "not-needed"
        self.client = OpenAI(base_url=settings.openai_base_url, api_key=api_key,
                             timeout=settings.llm_timeout_seconds, max_retries=0)
        self._lock = threading.Lock()
        self._failures = 0
        self._open_until = 0.0
        self._json_schema = True  # until the endpoint says it has no json_schema response format

    def _circuit_open(self) -> bool:
        with self._lock:
            return time.monotonic() < self._open_until

    def _record(self, ok: bool) -> None:
        with self._lock:
            if ok:
                self._failures = 0
                return
            self._failures += 1
            if self._failures >= self.settings.llm_circuit_failures:
                self._open_until = time.monotonic() + self.settings.llm_circuit_reset_seconds
                self._failures = 0
                log.warning("llm_circuit_open", seconds=self.settings.llm_circuit_reset_seconds)

    def _create(self, **kwargs: Any) -> Any:
        @retry(retry=retry_if_exception(_transient), reraise=False,
               wait=wait_exponential(multiplier=self.settings.llm_backoff_seconds, max=5),
               stop=stop_after_attempt(self.settings.llm_max_attempts))
        def call() -> Any:
            return self.client.chat.completions.create(model=self.settings.llm_model, temperature=0, **kwargs)

        return call()

    def structured(self, *, prompt: Prompt, values: dict[str, Any], schema: type[T],
                   names: list[str] | None = None) -> Generation:
        def attempt(masker: Masker, messages: list[dict[str, str]], meta: dict[str, Any]) -> T:
            content = self._ask(messages, schema, meta)
            try:
                return schema.model_validate_json(masker.unmask(content))
            except ValidationError as first_error:
                repair = [*messages, {"role": "assistant", "content": content},
                          {"role": "user", "content": "That was not valid JSON for the schema: "
                           f"{str(first_error)[:400]}. Answer again with only the JSON object."}]
                return schema.model_validate_json(masker.unmask(self._ask(repair, schema, meta)))

        return self._guarded(prompt, values, names, attempt)

    def choose_tool(self, *, prompt: Prompt, values: dict[str, Any], tools: list[dict[str, Any]],
                    names: list[str] | None = None) -> Generation:
        """One tool call chosen by the model: {"name", "arguments"} (unmasked), or None to fall back."""
        def attempt(masker: Masker, messages: list[dict[str, str]], meta: dict[str, Any]) -> dict[str, Any]:
            response = self._create(messages=messages, tools=[{"type": "function", "function": tool} for tool in tools],
                                    tool_choice="required")
            self._content(response, meta)
            calls = response.choices[0].message.tool_calls or []
            if not calls:
                raise ValueError("no tool call")
            call = calls[0].function
            arguments = json.loads(masker.unmask(call.arguments or "{}"))
            if call.name not in {tool["name"] for tool in tools} or not isinstance(arguments, dict):
                raise ValueError(f"unknown tool {call.name!r}")
            return {"name": call.name, "arguments": arguments}

        return self._guarded(prompt, values, names, attempt)

    def _guarded(self, prompt: Prompt, values: dict[str, Any], names: list[str] | None,
                 attempt: Callable[[Masker, list[dict[str, str]], dict[str, Any]], Any]) -> Generation:
        """What every call shares: the circuit, masking, and the fallback. ATTEMPT gets the masker, the masked
        messages and the meta to count calls and tokens in; an API error or an invalid answer (ValueError,
        pydantic's ValidationError and JSON errors included) falls back and counts against the circuit."""
        import openai

        meta: dict[str, Any] = {"backend": self.name, "prompt": prompt.ref, "calls": 0, "prompt_tokens": 0,
                                "completion_tokens": 0}
        if self._circuit_open():
            return Generation(None, meta | {"fallback": "circuit open"})
        masker, messages = self._masked(prompt, values, names)
        try:
            value = attempt(masker, messages, meta)
        except (RetryError, openai.OpenAIError, ValueError) as exc:
            self._record(ok=False)
            log.warning("llm_fallback", error=type(exc).__name__)
            return Generation(None, meta | {"fallback": type(exc).__name__})
        self._record(ok=True)
        return Generation(value, meta)

    @staticmethod
    def _masked(prompt: Prompt, values: dict[str, Any],
                names: list[str] | None) -> tuple[Masker, list[dict[str, str]]]:
        """The prompt rendered with personal data masked, and the masker that undoes it in the answer."""
        masker = Masker(names=names or [])
        system, user = prompt.render_parts(**values)
        return masker, [{"role": "system", "content": masker.mask(system)},
                        {"role": "user", "content": masker.mask(user)}]

    def _ask(self, messages: list[dict[str, str]], schema: type[BaseModel], meta: dict[str, Any]) -> str:
        import openai

        if self._json_schema:
            try:
                response = self._create(messages=messages, response_format={
                    "type": "json_schema",
                    "json_schema": {"name": schema.__name__, "schema": schema.model_json_schema(), "strict": False}})
                return self._content(response, meta)
            except openai.BadRequestError:
                self._json_schema = False  # the endpoint has no json_schema: prompt for JSON instead
        prompted = [*messages[:-1], {"role": messages[-1]["role"], "content": messages[-1]["content"]
                                     + "\n\nReply with only a JSON object matching this JSON Schema:\n"
                                     + json.dumps(schema.model_json_schema())}]
        return self._content(self._create(messages=prompted), meta)

    @staticmethod
    def _content(response: Any, meta: dict[str, Any]) -> str:
        meta["calls"] += 1
        usage = getattr(response, "usage", None)
        if usage is not None:
            meta["prompt_tokens"] += usage.prompt_tokens or 0
            meta["completion_tokens"] += usage.completion_tokens or 0
        content = response.choices[0].message.content or ""
        content = content.strip()
        if content.startswith("```"):
            content = content.strip("`").removeprefix("json").strip()
        return content


def make_llm(settings: Settings) -> LLM:
    return OpenAILLM(settings) if settings.llm == "openai" else OfflineLLM()
