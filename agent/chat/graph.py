"""The staff chat graph: one node, checkpointed per thread, that routes each message to policy lookup, an invoice
check (a task that pauses for review like a webhook's), a vendor's risk, or help; English and Chinese. Who may
read and write a thread is the chat service's business (services/chat.py)."""

from __future__ import annotations

import operator
import re
import uuid
from typing import Annotated, Any, Protocol, TypedDict

from langchain_core.runnables import RunnableConfig
from langgraph.checkpoint.base import BaseCheckpointSaver
from langgraph.graph import END, START, StateGraph

from agent import prompts
from agent.chat.router import Route, processed_text, route
from agent.graphs import traced
from agent.invoice_check import start_invoice_check
from agent.llm import LLM
from agent.prompts import Prompt
from core import tracing
from core.clock import utcnow
from storage import masterdata
from storage import risk as risk_store
from storage.db import Database
from tools.policies import LookupResult

CHAT_NAMESPACE = uuid.UUID("5d1c2a4e-9b0f-4c55-8a6e-2f0c1d7e3b90")
TOOLS: list[dict[str, Any]] = [
    {"name": "policy_lookup", "description": "Answer a question from company policy, with citations.",
     "parameters": {"type": "object", "properties": {"question": {"type": "string"}}, "required": ["question"]}},
    {"name": "check_invoice", "description": "Check an invoice the ERP sent against its purchase order.",
     "parameters": {"type": "object", "properties": {"invoice_number": {"type": "string"}},
                    "required": ["invoice_number"]}},
    {"name": "vendor_risk", "description": "A vendor's risk flags and Benford check.",
     "parameters": {"type": "object", "properties": {"vendor_id": {"type": "string"}}, "required": ["vendor_id"]}},
    {"name": "resumes", "description": "How resumes and candidates are screened.",
     "parameters": {"type": "object", "properties": {}}},
    {"name": "help", "description": "What this assistant can do.", "parameters": {"type": "object", "properties": {}}},
]
_TOOL_INTENT = {"policy_lookup": "policy", "check_invoice": "invoice_check", "vendor_risk": "vendor_risk",
                "resumes": "resume", "help": "help"}


CHAT_THREAD_PREFIX = "chat:"  # checkpoint thread ids of chats, apart from the tasks' (their ids are uuids)


class ChatState(TypedDict, total=False):
    owner: str
    reads_vendor_records: bool  # the caller of this turn (storage.keys.Principal.reads_vendor_records)
    messages: Annotated[list[dict[str, Any]], operator.add]


def _replies() -> dict[str, Prompt]:
    prompt = prompts.load("chat_replies")
    blocks = re.split(r"^@@(\S+)\n", prompt.body, flags=re.MULTILINE)
    return {key: Prompt(prompt.name, prompt.version, body.strip()) for key, body in zip(blocks[1::2], blocks[2::2],
                                                                                      strict=True)}


class PolicyLookup(Protocol):
    """What the chat asks of the policies (services/policies.py's PolicyService)."""

    def lookup(self, question: str, top_k: int = 3) -> LookupResult: ...


def thread_config(thread_id: str) -> dict[str, Any]:
    """The checkpoint thread of a chat thread."""
    return {"configurable": {"thread_id": CHAT_THREAD_PREFIX + thread_id}}


class ChatGraph:
    def __init__(self, *, db: Database, policies: PolicyLookup, checkpointer: BaseCheckpointSaver,
                 llm: LLM | None = None) -> None:
        self.db = db
        self.llm = llm
        self.policies = policies
        self.replies = _replies()
        graph = StateGraph(ChatState)
        graph.add_node("respond", traced("respond", self._respond))
        graph.add_edge(START, "respond")
        graph.add_edge("respond", END)
        self.graph = graph.compile(checkpointer=checkpointer)

    def _text(self, key: str, language: str, **values: Any) -> str:
        return self.replies[f"{key}.{language}"].render(**values)

    # The node. Re-running it (after a crash) creates no second task: the task id comes from thread and turn.
    def _respond(self, state: ChatState, config: RunnableConfig) -> dict[str, Any]:
        thread = config["configurable"]["thread_id"]
        message = processed_text(state["messages"][-1]["content"])
        turn = len(state["messages"])
        decided = self._route(message)
        reply: dict[str, Any] = {"role": "assistant", "intent": decided.intent, "citations": [], "task_id": None,
                                 "written_by": "service",
                                 "status": "answered", "tool": None}
        if decided.intent == "policy":
            reply |= self._policy(message, decided)
        elif decided.intent == "invoice_check":
            reply |= self._invoice(decided, state.get("owner"), f"{thread}:{turn}")
        elif decided.intent == "vendor_risk" and not state.get("reads_vendor_records"):
            reply |= {"content": self._text("vendor_forbidden", decided.language), "status": "forbidden",
                      "tool": "risk_flags"}
        elif decided.intent == "vendor_risk":
            reply |= self._vendor(decided, message)
        else:
            reply["content"] = self._text(decided.intent, decided.language)
        reply["at"] = utcnow().isoformat()
        return {"messages": [reply]}

    def _route(self, message: str) -> Route:
        """With an LLM, its tool call (validated); offline, or when its answer does not hold, the rules."""
        rules = route(message)
        if self.llm is None or self.llm.name == "offline":
            return rules
        prompt = prompts.load("chat_route")
        chosen = self.llm.choose_tool(prompt=prompt, values={"message": message}, tools=TOOLS).value
        if not chosen:
            return rules
        intent, arguments = _TOOL_INTENT[chosen["name"]], chosen["arguments"]
        number, vendor = arguments.get("invoice_number"), arguments.get("vendor_id")
        if (intent == "invoice_check" and not isinstance(number, str)) or (
                intent == "vendor_risk" and not isinstance(vendor, str)):
            self.llm.report(prompt, used=False)
            return rules
        self.llm.report(prompt, used=True)
        return Route(intent, rules.language, invoice_number=number if isinstance(number, str) else None,
                     vendor_id=vendor if isinstance(vendor, str) else None)

    def _policy(self, message: str, decided: Route) -> dict[str, Any]:
        with tracing.tool_span("policy_lookup"):
            result = self.policies.lookup(message, top_k=3)
        citations = [c.model_dump(mode="json") for c in result.citations]
        if result.found:
            return {"content": self._text("policy_found", decided.language, answer=result.answer),
                    "citations": citations, "tool": "policy_lookup",
                    "written_by": "model" if result.written_by == "model" else "service"}
        return {"content": self._text("policy_missing", decided.language), "citations": citations,
                "status": "not_found", "tool": "policy_lookup"}

    def _invoice(self, decided: Route, owner: str | None, ref: str) -> dict[str, Any]:
        number = decided.invoice_number or ""
        with self.db.session() as session:
            check = start_invoice_check(session, invoice_number=number, owner=owner,
                                        task_id=str(uuid.uuid5(CHAT_NAMESPACE, ref)))
        if check.outcome == "unknown":
            return {"content": self._text("invoice_unknown", decided.language, invoice_number=number),
                    "status": "not_found", "tool": "invoice_match"}
        if check.outcome == "open":
            return {"content": self._text("invoice_open", decided.language, invoice_number=number,
                                          task_id=check.task_id, status=check.status),
                    "task_id": check.task_id, "status": check.status, "tool": "invoice_match"}
        return {"content": self._text("invoice_started", decided.language, invoice_number=number,
                                      po_number=check.po_number, task_id=check.task_id),
                "task_id": check.task_id, "status": check.status, "tool": "invoice_match"}

    def _vendor(self, decided: Route, message: str) -> dict[str, Any]:
        candidates = ([decided.vendor_id] if decided.vendor_id
                      else list(dict.fromkeys(re.findall(r"[A-Za-z0-9][\w-]{0,99}", message))))
        view = None
        with self.db.session() as session:
            for candidate in candidates:  # the vendor is whichever word of the message the master knows
                if masterdata.vendor_exists(session, vendor_id=candidate):
                    view = risk_store.vendor_risk(session, vendor_id=candidate)
                    decided = Route(decided.intent, decided.language, vendor_id=candidate)
                    break
        if view is None:
            return {"content": self._text("vendor_unknown", decided.language, vendor_id=decided.vendor_id or "?"),
                    "status": "not_found", "tool": "risk_flags"}
        counts = ", ".join(f"{code} {n}" for code, n in sorted(view["flag_counts"].items()))
        return {"content": self._text("vendor_risk", decided.language, vendor_id=decided.vendor_id,
                                      name=view["name"], total=sum(view["flag_counts"].values()), counts=counts,
                                      benford=view["benford"]["conformity"]), "tool": "risk_flags"}
