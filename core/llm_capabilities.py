"""The capabilities an OpenAI-compatible endpoint may have, and the DE_LLM_CAPABILITIES setting that pins them
(read by core.settings; agent/llm_state.py remembers what each endpoint showed)."""

from __future__ import annotations

# Ways to get JSON back, best first, and ways to get a tool chosen. `system_role`: the chat template keeps a
# system message (Gemma's in llama-cpp-python drops it; then the instructions go into the first user message).
CAPABILITIES = ("json_schema", "json_object_schema", "tools_required", "tools_auto", "system_role", "stream")


def parse_pinned(text: str) -> dict[str, bool]:
    """DE_LLM_CAPABILITIES: "json_object_schema,tools_auto,-system_role" pins those (a leading "-": the endpoint
    lacks it); "none" pins every capability off (prompted JSON and JSON routing only)."""
    pinned: dict[str, bool] = {}
    for item in (part.strip() for part in text.split(",")):
        if not item:
            continue
        if item == "none":
            pinned |= {name: False for name in CAPABILITIES}
            continue
        name, value = (item[1:], False) if item.startswith("-") else (item, True)
        if name not in CAPABILITIES:
            raise ValueError(f"unknown LLM capability {name!r}; known: {', '.join(CAPABILITIES)}")
        pinned[name] = value
    return pinned
