"""Policy documents (versioned by title) and their sections with cached tokens and vectors."""

from __future__ import annotations

import re
import unicodedata
from typing import Any

import numpy as np
from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from core.errors import Conflict, NotFound
from storage.models import PolicyDocument, PolicySection, utcnow
from tools.policies import IndexedSection, Section


def slug(title: str) -> str:
    text = unicodedata.normalize("NFKC", title).lower()
    return (re.sub(r"[^\w]+", "-", text).strip("-") or "policy")[:80]


def _free_series_id(session: Session, title: str) -> str:
    """A new series' id from its title: "travel", else "travel-2", "travel-3"… (never another document's)."""
    name = slug(title)[:100]
    taken = set(session.scalars(select(PolicyDocument.series_id).where(PolicyDocument.series_id.like(f"{name}%"))))
    if name not in taken:
        return name
    number = 2
    while f"{name}-{number}" in taken:
        number += 1
    return f"{name}-{number}"


def find_document(session: Session, doc_id_or_series: str) -> PolicyDocument | None:
    """A document version by its doc_id, or a series' latest version by the series id."""
    doc = session.get(PolicyDocument, doc_id_or_series)
    if doc is None:
        doc = session.scalars(select(PolicyDocument).where(PolicyDocument.series_id == doc_id_or_series)
                              .order_by(PolicyDocument.version.desc())).first()
    return doc


def title_of(session: Session, doc_id_or_series: str) -> str | None:
    doc = find_document(session, doc_id_or_series)
    return doc.title if doc else None


def title_exists(session: Session, title: str) -> bool:
    """Whether any version of any document, active or retired, has this title."""
    return session.scalar(select(PolicyDocument.doc_id).where(PolicyDocument.title == title).limit(1)) is not None


def active_with_title(session: Session, title: str) -> list[str]:
    """The doc_ids of the active documents with this title."""
    return list(session.scalars(select(PolicyDocument.doc_id).where(PolicyDocument.title == title,
                                                                     PolicyDocument.status == "active")
                                .order_by(PolicyDocument.doc_id)))


def add_document(session: Session, *, title: str, fmt: str, sections: list[Section],
                 tokens: list[tuple[str, ...]], vectors: list[np.ndarray] | None, replaces: str | None = None,
                 source_name: str | None = None) -> tuple[PolicyDocument, PolicyDocument | None]:
    """A new document, or — when `replaces` names a document (any version of it) — its next version, which
    retires the active one. A title shared with another document never retires it. Returns the new row and
    the version it retired (if any)."""
    retired: PolicyDocument | None = None
    if replaces is not None:
        target = find_document(session, replaces)
        if target is None:
            raise NotFound(f"no policy {replaces} to replace")
        series = target.series_id or re.sub(r"-v\d+$", "", target.doc_id)
        versions = list(session.scalars(select(PolicyDocument).where(PolicyDocument.series_id == series)
                                        .with_for_update()))
        version = max((doc.version for doc in versions), default=0) + 1
        for doc in versions:
            if doc.status == "active":
                doc.status, doc.retired_at = "retired", utcnow()
                retired = doc
    else:
        series, version = _free_series_id(session, title), 1
    doc_id = f"{series}-v{version}"
    if session.get(PolicyDocument, doc_id) is not None:  # a concurrent upload took it
        raise Conflict(f"policy {doc_id} was created at the same time; try again")
    doc = PolicyDocument(doc_id=doc_id, series_id=series, title=title, version=version, status="active", format=fmt,
                         replaces=retired.doc_id if retired else replaces, source_name=source_name)
    session.add(doc)
    session.flush()
    for ordinal, section in enumerate(sections):
        vector = vectors[ordinal].astype(np.float32).tobytes() if vectors is not None else None
        session.add(PolicySection(section_id=f"{doc.doc_id}:{ordinal:04d}:{slug(section.label)}"[:200],
                                  doc_id=doc.doc_id, ordinal=ordinal, label=section.label[:300],
                                  heading=section.heading[:300], path=section.path, text=section.text,
                                  tokens=list(tokens[ordinal]), vector=vector))
    session.flush()
    return doc, retired


def delete_document(session: Session, *, doc_id: str) -> None:
    doc = session.get(PolicyDocument, doc_id)
    if doc is None:
        raise NotFound(f"no policy {doc_id}")
    session.execute(delete(PolicySection).where(PolicySection.doc_id == doc_id))  # sections first: the key
    session.flush()
    session.delete(doc)


def list_documents(session: Session, *, include_retired: bool = False) -> list[dict[str, Any]]:
    counts = dict(session.execute(select(PolicySection.doc_id, func.count()).group_by(PolicySection.doc_id)).all())
    query = select(PolicyDocument).order_by(PolicyDocument.title, PolicyDocument.version)
    if not include_retired:
        query = query.where(PolicyDocument.status == "active")
    return [{"doc_id": d.doc_id, "series_id": d.series_id, "title": d.title, "version": d.version,
             "status": d.status, "format": d.format, "replaces": d.replaces, "source_name": d.source_name,
             "sections": counts.get(d.doc_id, 0), "created_at": d.created_at.isoformat()}
            for d in session.scalars(query)]


def document_sections(session: Session, *, doc_id: str) -> dict[str, Any] | None:
    """A document version (by doc_id, or a series' latest) with its sections in order, or None."""
    doc = find_document(session, doc_id)
    if doc is None:
        return None
    sections = session.scalars(select(PolicySection).where(PolicySection.doc_id == doc.doc_id)
                               .order_by(PolicySection.ordinal))
    return {"doc_id": doc.doc_id, "series_id": doc.series_id, "title": doc.title, "version": doc.version,
            "status": doc.status, "sections": [{"section": s.label, "heading": s.heading, "path": s.path or "",
                                                 "text": s.text} for s in sections]}


def generation(session: Session) -> tuple[int, str]:
    """Changes when active sections change: tells an index built earlier that it is stale."""
    count, newest = session.execute(
        select(func.count(PolicySection.section_id), func.max(PolicyDocument.doc_id + PolicyDocument.status))
        .join(PolicyDocument, PolicyDocument.doc_id == PolicySection.doc_id)
        .where(PolicyDocument.status == "active")).one()
    total = session.scalar(select(func.count()).select_from(PolicyDocument)) or 0
    return count or 0, f"{newest}:{total}"


def active_sections(session: Session) -> list[IndexedSection]:
    rows = session.execute(
        select(PolicySection, PolicyDocument.title).join(PolicyDocument, PolicyDocument.doc_id == PolicySection.doc_id)
        .where(PolicyDocument.status == "active").order_by(PolicySection.doc_id, PolicySection.ordinal))
    return [IndexedSection(section_id=s.section_id, doc_id=s.doc_id, title=title, label=s.label, heading=s.heading,
                           path=s.path or "", text=s.text, tokens=tuple(s.tokens),
                           vector=np.frombuffer(s.vector, dtype=np.float32) if s.vector else None)
            for s, title in rows]
