"""Policies: upload (sections, tokens and vectors computed once), versions, delete, and lookup through an
index that each process keeps in memory and rebuilds from stored tokens and vectors when policies change."""

from __future__ import annotations

import re
import threading
from typing import Any

from pydantic import BaseModel, Field

from agent import prompts
from agent.llm import LLM
from core.errors import Unprocessable
from storage import policies as store
from storage.db import Database
from tools.policies import LookupResult, PolicyIndex, embed, lookup, section_tokens, split_sections


class PolicyAnswer(BaseModel):
    answer: str = Field(max_length=2000)
    cited: list[int] = Field(default_factory=list, max_length=10)
    answerable: bool = True


_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")


def checked_answer(generated: PolicyAnswer | None, result: LookupResult) -> str | None:
    """The model's answer when it cites retrieved clauses only and every number in it is in those clauses;
    else None (the extractive answer stands)."""
    if generated is None or not generated.answerable or not generated.cited:
        return None
    if any(not 1 <= n <= len(result.citations) for n in generated.cited):
        return None
    cited = [result.citations[n - 1] for n in dict.fromkeys(generated.cited)]
    text = " ".join(c.text for c in cited)
    if any(number not in text for number in _NUMBER.findall(generated.answer)):
        return None
    refs = "; ".join(f"{c.title}, {c.section}" for c in cited)
    return f"{generated.answer.strip()} ({refs})"


class PolicyService:
    def __init__(self, db: Database, *, dense: bool = True, llm: LLM | None = None) -> None:
        self.db = db
        self.llm = llm
        self.dense_error = embed.available() if dense else "dense retrieval switched off"
        self._lock = threading.Lock()
        self._index: PolicyIndex | None = None
        self._generation: tuple[int, str] | None = None

    @property
    def retrieval(self) -> str:
        return "hybrid" if self.dense_error is None else f"bm25 (dense unavailable: {self.dense_error})"

    def upload(self, *, title: str, text: str, fmt: str) -> dict[str, Any]:
        sections = split_sections(text)
        if not sections or not any(section.text.strip() for section in sections):
            raise Unprocessable("the document has no text", errors=[{"field": "text", "message": "empty"}])
        tokens = [section_tokens(title, s.heading, s.text) for s in sections]
        vectors = (embed.passages([f"{title} {s.heading} {s.text}" for s in sections])
                   if self.dense_error is None else None)
        with self.db.session() as session:
            doc = store.add_document(session, title=title, fmt=fmt, sections=sections, tokens=tokens, vectors=vectors)
            result = {"doc_id": doc.doc_id, "title": doc.title, "version": doc.version,
                      "sections": [{"section": s.label, "heading": s.heading} for s in sections]}
        self._index = None
        return result

    def delete(self, doc_id: str) -> None:
        with self.db.session() as session:
            store.delete_document(session, doc_id=doc_id)
        self._index = None

    def index(self) -> PolicyIndex:
        with self.db.session() as session:
            current = store.generation(session)
        with self._lock:
            if self._index is None or current != self._generation:
                with self.db.session() as session:
                    sections = store.active_sections(session)
                self._index = PolicyIndex(sections, query_vector=embed.query if self.dense_error is None else None)
                self._generation = current
            return self._index

    def lookup(self, question: str, top_k: int = 3) -> LookupResult:
        result = lookup(self.index(), question, top_k)
        if not result.found or self.llm is None or self.llm.name == "offline":
            return result
        generation = self.llm.structured(prompt=prompts.load("policy_answer"), schema=PolicyAnswer,
                                         values={"question": question, "clauses": result.citations})
        checked = checked_answer(generation.value, result)
        if checked is None:
            return result.model_copy(update={"generation": generation.meta | {"used": "extractive"}})
        return result.model_copy(update={"answer": checked, "generation": generation.meta | {"used": "llm"}})
