"""Graph wiring shared by the task kinds."""

from __future__ import annotations

import functools
from collections.abc import Callable
from typing import Any

from langgraph.errors import GraphBubbleUp
from langgraph.graph import END, START, StateGraph

from agent.context import AgentContext
from core import tracing


def linear(state: type, steps: list[tuple[str, Callable[..., Any]]]) -> StateGraph:
    """A graph whose nodes run one after the other, with the runtime context every node may ask for."""
    graph = StateGraph(state, context_schema=AgentContext)
    previous = START
    for name, node in steps:
        graph.add_node(name, traced(name, node))
        graph.add_edge(previous, name)
        previous = name
    graph.add_edge(previous, END)
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
