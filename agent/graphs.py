"""Graph wiring shared by the task kinds."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from langgraph.errors import GraphBubbleUp
from langgraph.graph import END, START, StateGraph

from agent.context import AgentContext
from core import tracing


def linear(state: type, steps: list[tuple[str, Callable[..., Any]]],
           loops: dict[str, Callable[[Any], str]] | None = None) -> StateGraph:
    """A graph whose nodes run one after the other, with the runtime context every node may ask for. `loops`: a
    node that may run again (the review gate, once per step of a chain) and the function that chooses between
    it and the next node."""
    graph = StateGraph(state, context_schema=AgentContext)
    loops = loops or {}
    names = [name for name, _ in steps]
    graph.add_edge(START, names[0])
    for index, (name, node) in enumerate(steps):
        graph.add_node(name, traced(name, node))
        following = names[index + 1] if index + 1 < len(names) else END
        if name in loops:
            graph.add_conditional_edges(name, loops[name], [name, following])
        else:
            graph.add_edge(name, following)
    return graph


def traced(name: str, node: Callable[..., Any]) -> Callable[..., Any]:
    """The node, run inside a `graph.node NAME` span when tracing is on. The signature is the node's (LangGraph
    reads it to pass the runtime); a pause for review (an interrupt) is not a failure of the span."""

    @functools.wraps(node)
    def run(*args: Any, **kwargs: Any) -> Any:
        if not tracing.enabled():
            return node(*args, **kwargs)
        with tracing.span(f"graph.node {name}", {"de.graph.node": name}, expected=(GraphBubbleUp,)) as span:
            try:
                return node(*args, **kwargs)
            except GraphBubbleUp:
                span.set_attribute("de.graph.interrupted", True)
                raise

    return run
