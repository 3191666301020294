"""Policy sections, citations and lookup results (CONTRACT.md, policy-lookup)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, Field


class Section(BaseModel):
    """One clause or section, as the document structures itself."""

    label: str = Field(description="Section or article number, or the heading when there is none.")
    heading: str
    text: str
    path: str = Field(default="", description="The headings above it, outermost first: '4 Travel › 4.1 Meals'.")


class Citation(BaseModel):
    doc_id: str
    title: str
    section: str
    path: str = Field(default="", description="The section's place in the document: '4 Travel › 4.1 Meals'.")
    text: str = Field(description="The cited passage, up to 2,000 characters.")
    score: float


class LookupResult(BaseModel):
    found: bool
    answer: str | None
    citations: list[Citation]
    written_by: Literal["extract", "model"] = Field(
        default="extract", description="Who wrote `answer`: `extract` quotes the cited clauses; `model` is a language "
        "model's wording (DE_LLM=openai), kept only when its numbers are in the cited clauses. Show it as "
        "machine-written.")
    retrieval: str = Field(default="hybrid", description="hybrid (BM25 + dense) or bm25 when no model loaded.")
    generation: dict[str, Any] | None = Field(
        default=None,
        description="With an LLM: the prompt, tokens, and whether its answer or the extractive one is used.")
