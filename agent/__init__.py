"""LangGraph graphs, their nodes, the review gate, the task runner and worker."""
