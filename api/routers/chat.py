from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from fastapi import APIRouter, Path
from fastapi.responses import StreamingResponse
from pydantic import BaseModel, ConfigDict, Field

from api.deps import PrincipalDep, ServicesDep
from api.schemas import ChatReply, ChatThread

router = APIRouter(prefix="/v1/chat", tags=["chat"])


class ChatMessage(BaseModel):
    model_config = ConfigDict(extra="forbid")

    message: str = Field(min_length=1, max_length=4000)
    thread_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9_-]{1,64}$")


@router.post("", response_model=ChatReply,
             summary="Ask: policy questions, invoice checks (they pause for a reviewer), vendor risk")
def chat(body: ChatMessage, principal: PrincipalDep, services: ServicesDep) -> dict[str, Any]:
    return services.chat.send(principal=principal, message=body.message, thread_id=body.thread_id)


@router.post("/stream", summary="The same as server-sent events: tool_call, tool_result, token, interrupt, done",
             response_class=StreamingResponse)
def chat_stream(body: ChatMessage, principal: PrincipalDep, services: ServicesDep) -> StreamingResponse:
    return event_stream(services.chat.stream(principal=principal, message=body.message, thread_id=body.thread_id))


def event_stream(events: Iterator[tuple[str, Any]]) -> StreamingResponse:
    """Server-sent events from (event, data) pairs; the chat runs to its end before the first byte is sent."""
    collected = list(events)

    def render() -> Iterator[str]:
        for event, data in collected:
            yield f"event: {event}\ndata: {json.dumps(data, ensure_ascii=False)}\n\n"

    return StreamingResponse(render(), media_type="text/event-stream",
                             headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"})


@router.get("/threads/{thread_id}", response_model=ChatThread, summary="The messages of a thread so far")
def thread(principal: PrincipalDep, services: ServicesDep,
           thread_id: str = Path(pattern=r"^[A-Za-z0-9_-]{1,64}$")) -> dict[str, Any]:
    return services.chat.history(principal=principal, thread_id=thread_id)
