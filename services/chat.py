"""Staff chat: threads owned by their holder (an admin may read any), each message answered by the chat graph
(agent/chat/graph.py); a reply that started a task wakes the worker. English and Chinese."""

from __future__ import annotations

import re
import uuid
from collections.abc import Callable, Iterator
from typing import Any

from langgraph.checkpoint.base import BaseCheckpointSaver

from agent.chat.graph import ChatGraph, thread_config
from agent.invoice_check import start_invoice_check
from agent.llm import LLM
from core.clock import utcnow
from core.errors import Forbidden, NotFound
from core.identity import holder_id_or_none
from services.policies import PolicyService
from storage.db import Database
from storage.keys import Principal


def _owns(principal: Principal, owner: str | None) -> bool:
    """A thread's owner is a holder id (threads from before holders: a key's name, normalised to one)."""
    return owner is not None and holder_id_or_none(owner) == principal.holder_id


class ChatService:
    def __init__(self, *, db: Database, policies: PolicyService, checkpointer: BaseCheckpointSaver,
                 notify: Callable[[], None] | None = None, llm: LLM | None = None) -> None:
        self.db = db
        self.notify = notify
        self.graph = ChatGraph(db=db, policies=policies, checkpointer=checkpointer, llm=llm).graph

    def _owner(self, thread_id: str) -> str | None:
        return self.graph.get_state(thread_config(thread_id)).values.get("owner")

    def send(self, *, principal: Principal, message: str, thread_id: str | None) -> dict[str, Any]:
        thread_id = thread_id or uuid.uuid4().hex
        owner = self._owner(thread_id)
        if owner is not None and not _owns(principal, owner) and principal.role != "admin":
            raise Forbidden("this chat thread belongs to someone else")
        state = self.graph.invoke({"owner": owner or principal.holder_id,
                                   "reads_vendor_records": principal.reads_vendor_records(), "messages": [
            {"role": "user", "content": message, "at": utcnow().isoformat()}]}, thread_config(thread_id),
            durability="sync")
        reply = state["messages"][-1]
        if reply.get("task_id") and self.notify:
            self.notify()
        return {"thread_id": thread_id, "reply": reply["content"], "citations": reply["citations"],
                "written_by": reply.get("written_by", "service"),
                "task_id": reply["task_id"], "status": reply["status"], "intent": reply["intent"],
                "tool": reply["tool"]}

    def check_invoice(self, *, principal: Principal, invoice_number: str) -> dict[str, Any]:
        """What chat does for "check invoice N", without a thread (the MCP tool): a new invoice_review task that
        pauses for a reviewer, requested by the caller; NotFound when no such invoice was received. While the
        invoice's task is still under way, that task is the answer (`started: false`)."""
        with self.db.session() as session:
            check = start_invoice_check(session, invoice_number=invoice_number, owner=principal.holder_id,
                                        task_id=str(uuid.uuid4()))
        if check.outcome == "unknown":
            raise NotFound(f"no invoice {invoice_number} was received")
        if check.outcome == "started" and self.notify:
            self.notify()
        return {"task_id": check.task_id, "status": check.status, "invoice_number": invoice_number,
                "po_number": check.po_number, "started": check.outcome == "started"}

    def stream(self, *, principal: Principal, message: str, thread_id: str | None) -> Iterator[tuple[str, Any]]:
        """Server-sent events: tool_call, tool_result, token …, interrupt (a task awaits review), done."""
        result = self.send(principal=principal, message=message, thread_id=thread_id)
        if result["tool"]:
            yield "tool_call", {"tool": result["tool"], "intent": result["intent"]}
            yield "tool_result", {"status": result["status"], "citations": len(result["citations"]),
                                  "task_id": result["task_id"]}
        for token in re.findall(r"\S+\s*|[\u4e00-\u9fff]", result["reply"]):
            yield "token", {"text": token}
        if result["task_id"]:
            yield "interrupt", {"task_id": result["task_id"], "status": result["status"],
                                "message": "the decision waits for a reviewer"}
        yield "done", result

    def history(self, *, principal: Principal, thread_id: str) -> dict[str, Any]:
        values = self.graph.get_state(thread_config(thread_id)).values
        if not values:
            raise NotFound(f"no chat thread {thread_id}")
        if not _owns(principal, values.get("owner")) and principal.role != "admin":
            raise Forbidden("this chat thread belongs to someone else")
        return {"thread_id": thread_id, "owner": values.get("owner"), "messages": values.get("messages", [])}
