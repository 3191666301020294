"""What every suite provides to the runner."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol

from evals.core import Case, CaseResult


@dataclass
class RunOptions:
    llm: str = "offline"
    repeat: int = 1
    today: str | None = None  # overrides every dataset's `today` (reproducing a run on another day)
    corpora: str | None = None  # the shared corpora folder, for suites on third-party documents
    limit: int | None = None  # the first N cases of each suite only (a quick trial, e.g. against a slow local model)


def llm_for(options: RunOptions) -> Any:
    """The LLM a suite's LLM steps use: None offline (the rules answer), else the endpoint the environment names
    (OPENAI_BASE_URL, DE_LLM_MODEL, DE_LLM_CAPABILITIES...), as the service would use it."""
    if options.llm != "openai":
        return None
    from agent.llm import make_llm
    from core.settings import Settings

    return make_llm(Settings(llm="openai"))


@dataclass
class SuiteOutcome:
    results: list[CaseResult]
    metrics: dict[str, Any]
    extra: dict[str, Any] = field(default_factory=dict)
    skipped: str | None = None  # why the suite did not run (its gate then does not apply)


class Suite(Protocol):
    name: str

    def cases(self) -> list[Case]: ...

    def run(self, cases: list[Case], options: RunOptions, progress: Any) -> SuiteOutcome: ...
