"""What graph nodes get at run time (LangGraph's runtime context): storage and settings, no globals."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from core.settings import Settings
from storage import tasks
from storage.db import Database


@dataclass(frozen=True)
class AgentContext:
    db: Database
    settings: Settings
    task_id: str
    llm: Any = None  # agent.llm.LLM; None or offline: the templates explain

    def record(self, *, type: str, data: dict[str, Any], key: str, actor: str = "agent") -> None:
        """Append an event once per key: a node that re-runs after a crash does not log twice."""
        with self.db.session() as session:
            tasks.add_event(session, task_id=self.task_id, type=type, actor=actor, data=data, key=key)
