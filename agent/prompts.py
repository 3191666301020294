"""Load a prompt (or reply template) from prompts/ by name: front matter with name and version, then a body."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Any

from jinja2 import StrictUndefined
from jinja2.sandbox import SandboxedEnvironment

_ENV = SandboxedEnvironment(undefined=StrictUndefined, autoescape=False, keep_trailing_newline=False)
# Compiling a template costs far more than rendering it (a quarter of a task's time before this cache).
_compiled = lru_cache(maxsize=256)(_ENV.from_string)


@dataclass(frozen=True)
class Prompt:
    name: str
    version: str
    body: str
    max_tokens: int = 512  # the front matter's max_tokens: a bound on the answer this prompt needs

    def render(self, **values: Any) -> str:
        return _compiled(self.body).render(**values).strip()

    def render_parts(self, **values: Any) -> list[str]:
        """A template with `===` lines renders to several parts (e.g. summary, rationale)."""
        return [part.strip() for part in self.render(**values).split("===")]

    @property
    def ref(self) -> dict[str, str]:
        return {"name": self.name, "version": self.version}


@lru_cache(maxsize=64)
def load(name: str) -> Prompt:
    text = resources.files("prompts").joinpath(f"{name}.md").read_text(encoding="utf-8")
    meta: dict[str, str] = {}
    body = text
    if text.startswith("---\n"):
        header, _, body = text[4:].partition("\n---\n")
        for line in header.splitlines():
            key, _, value = line.partition(":")
            meta[key.strip()] = value.strip()
    return Prompt(name=meta.get("name", name), version=meta.get("version", "0"), body=body,
                  max_tokens=int(meta.get("max_tokens", "512")))
