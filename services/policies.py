"""Policies: upload (sections, tokens and vectors computed once), versions, delete, and lookup through an
index that each process keeps in memory and rebuilds from stored tokens and vectors when policies change."""

from __future__ import annotations

import re
import threading
from typing import Any

from pydantic import BaseModel, Field

from agent import prompts
from agent.llm import LLM
from agent.masking import Masker
from core.clock import utcnow
from core.errors import NotFound, Unprocessable
from storage import policies as store
from storage import reports
from storage.db import Database
from tools.policies import LookupResult, PolicyIndex, embed, lookup, parse_policy, passage_text, section_tokens


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

    def upload(self, *, text: str, fmt: str, title: str | None = None, replaces: str | None = None,
               source_name: str | None = None) -> dict[str, Any]:
        """A new document, or the next version of `replaces`. The title is the caller's, else the front
        matter's or the first heading's, else the file's name. The answer says what happened."""
        parsed = parse_policy(text, fmt=fmt)
        sections = parsed.sections
        if not sections or not any(section.text.strip() for section in sections):
            raise Unprocessable("the document has no text", errors=[{"field": "text", "message": "empty"}])
        title = (title or "").strip() or parsed.title or (source_name or "").rsplit(".", 1)[0].strip()
        if replaces:
            with self.db.session() as session:
                current = store.title_of(session, replaces)
            if current is None:
                raise NotFound(f"no policy {replaces} to replace")
            title = title or current  # a new version keeps its document's title unless it names another
        if not title:
            raise Unprocessable("the document has no title: send `title`",
                                errors=[{"field": "title", "message": "required"}])
        title = title[:300]
        tokens = [section_tokens(title, s.heading, s.text, s.path) for s in sections]
        vectors = (embed.passages([passage_text(title, s) for s in sections]) if self.dense_error is None else None)
        with self.db.session() as session:
            namesakes = store.active_with_title(session, title)
            doc, retired = store.add_document(session, title=title, fmt=fmt, sections=sections, tokens=tokens,
                                              vectors=vectors, replaces=replaces, source_name=source_name)
            result: dict[str, Any] = {
                "doc_id": doc.doc_id, "series_id": doc.series_id, "title": doc.title, "version": doc.version,
                "action": "new_version" if replaces else "created",
                "replaced": {"doc_id": retired.doc_id, "version": retired.version} if retired else None,
                "metadata": parsed.metadata,
                "sections": [{"section": s.label, "heading": s.heading, "path": s.path} for s in sections]}
            others = [doc_id for doc_id in namesakes if not retired or doc_id != retired.doc_id]
            if others:
                result["warnings"] = [f"other active documents have the same title and stay active: "
                                      f"{', '.join(others)}; to replace one, upload with replaces=<doc_id>"]
            result["message"] = (f"new version {doc.version} of {doc.series_id}; {retired.doc_id} retired"
                                 if retired else f"new document {doc.doc_id} with {len(sections)} sections")
        self._index = None
        return result

    def _record(self, question: str, *, found: bool) -> None:
        """Keep the question for the operations report, masked first (emails, phones, ID numbers, accounts):
        the report's list of questions the policies do not cover never shows personal data."""
        with self.db.session() as session:
            reports.record_question(session, masked_question=Masker().mask(question), found=found, asked_at=utcnow())

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
        self._record(question, found=result.found)
        if not result.found or self.llm is None or self.llm.name == "offline":
            return result
        generation = self.llm.structured(prompt=prompts.load("policy_answer"), schema=PolicyAnswer,
                                         values={"question": question, "clauses": result.citations})
        checked = checked_answer(generation.value, result)
        if generation.value is not None:
            self.llm.report(prompts.load("policy_answer"), used=checked is not None)
        if checked is None:
            return result.model_copy(update={"generation": generation.meta | {"used": "extractive"}})
        return result.model_copy(update={"answer": checked, "written_by": "model",
                                         "generation": generation.meta | {"used": "llm"}})
