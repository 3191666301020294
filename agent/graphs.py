"""Graph wiring shared by the task kinds."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from langgraph.graph import END, START, StateGraph

from agent.context import AgentContext


def linear(state: type, steps: list[tuple[str, Callable[..., Any]]]) -> StateGraph:
    """A graph whose nodes run one after the other, with the runtime context every node may ask for."""
    graph = StateGraph(state, context_schema=AgentContext)
    previous = START
    for name, node in steps:
        graph.add_node(name, node)
        graph.add_edge(previous, name)
        previous = name
    graph.add_edge(previous, END)
    return graph
