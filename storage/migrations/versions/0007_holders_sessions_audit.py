"""keys belong to holders (persons and systems); source secret rotation; server-side web sessions; audit log

Existing rows: a system holder per source (its normalised name), then a person holder per distinct normalised
key name (a name that clashes with a source's holder gets a suffix: a key never becomes a source); tasks get
the holder id of their requester (the source's holder for webhook tasks).

Revision ID: 0007
Revises: 0006
Create Date: 2026-12-01 12:00:00
"""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa
from alembic import op

from core import clock
from core.identity import holder_id_or_none

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None

_holders = sa.table("holders", sa.column("id", sa.String), sa.column("kind", sa.String),
                    sa.column("display_name", sa.String), sa.column("created_at", sa.DateTime(timezone=True)))
_audit = sa.table("audit_log", sa.column("at", sa.DateTime(timezone=True)), sa.column("action", sa.String),
                  sa.column("target", sa.String), sa.column("actor_holder_id", sa.String),
                  sa.column("actor_key_id", sa.String), sa.column("channel", sa.String), sa.column("data", sa.JSON))
_keys = sa.table("api_keys", sa.column("id", sa.String), sa.column("name", sa.String),
                 sa.column("holder_id", sa.String), sa.column("created_at", sa.DateTime(timezone=True)))
_sources = sa.table("sources", sa.column("name", sa.String), sa.column("holder_id", sa.String),
                    sa.column("created_at", sa.DateTime(timezone=True)))
_tasks = sa.table("tasks", sa.column("source", sa.String), sa.column("requester", sa.String),
                  sa.column("requester_holder", sa.String))


def _free(taken: set[str], wanted: str) -> str:
    wanted = wanted[:190]
    if wanted not in taken:
        return wanted
    n = 2
    while f"{wanted}~{n}" in taken:
        n += 1
    return f"{wanted}~{n}"


def _migrate_rows(connection: Any) -> None:
    now = clock.utcnow()
    taken: set[str] = set()
    created: list[dict[str, Any]] = []

    def add(holder_id: str, kind: str, display_name: str) -> None:
        taken.add(holder_id)
        created.append({"id": holder_id, "kind": kind, "display_name": display_name.strip()[:200] or holder_id,
                        "created_at": now})

    source_holders: dict[str, str] = {}
    for name, _ in connection.execute(sa.select(_sources.c.name, _sources.c.created_at)
                                      .order_by(_sources.c.created_at, _sources.c.name)).all():
        holder_id = _free(taken, holder_id_or_none(name) or f"source {name}")
        add(holder_id, "system", name)
        source_holders[name] = holder_id
        connection.execute(_sources.update().where(_sources.c.name == name).values(holder_id=holder_id))

    person_holders: dict[str, str] = {}  # normalised key name → holder id
    for key_id, name, _ in connection.execute(sa.select(_keys.c.id, _keys.c.name, _keys.c.created_at)
                                              .order_by(_keys.c.created_at, _keys.c.id)).all():
        wanted = holder_id_or_none(name) or f"key {key_id[:8]}"
        if wanted not in person_holders:
            person_holders[wanted] = _free(taken, wanted)
            add(person_holders[wanted], "person", name)
        connection.execute(_keys.update().where(_keys.c.id == key_id).values(holder_id=person_holders[wanted]))

    if created:
        connection.execute(_holders.insert(), created)
        connection.execute(_audit.insert(), [
            {"at": now, "action": "holder.created", "target": row["id"], "actor_holder_id": None,
             "actor_key_id": None, "channel": "migration", "data": {"kind": row["kind"]}} for row in created])

    pairs = connection.execute(sa.select(_tasks.c.source, _tasks.c.requester).distinct()
                               .where(_tasks.c.requester.is_not(None))).all()
    for source, requester in pairs:
        if source is not None and requester == source and source in source_holders:
            holder_id = source_holders[source]
        else:
            holder_id = holder_id_or_none(requester)
        if holder_id is None:
            continue
        where = _tasks.c.source.is_(None) if source is None else _tasks.c.source == source
        connection.execute(_tasks.update().where(where, _tasks.c.requester == requester)
                           .values(requester_holder=holder_id))


def upgrade() -> None:
    op.create_table(
        "holders",
        sa.Column("id", sa.String(length=200), nullable=False),
        sa.Column("kind", sa.String(length=10), nullable=False),
        sa.Column("display_name", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_table(
        "audit_log",
        sa.Column("id", sa.Integer(), autoincrement=True, nullable=False),
        sa.Column("at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("action", sa.String(length=40), nullable=False),
        sa.Column("target", sa.String(length=200), nullable=False),
        sa.Column("actor_holder_id", sa.String(length=200), nullable=True),
        sa.Column("actor_key_id", sa.String(length=36), nullable=True),
        sa.Column("channel", sa.String(length=20), nullable=False),
        sa.Column("data", sa.JSON(), nullable=False),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holder_id", sa.String(length=200), nullable=True))
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.add_column(sa.Column("holder_id", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("previous_secret", sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column("previous_secret_expires_at", sa.DateTime(timezone=True), nullable=True))
        batch_op.add_column(sa.Column("rotated_at", sa.DateTime(timezone=True), nullable=True))
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.add_column(sa.Column("requester_holder", sa.String(length=200), nullable=True))

    _migrate_rows(op.get_bind())

    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.alter_column("holder_id", existing_type=sa.String(length=200), nullable=False)
        batch_op.create_index("ix_api_keys_holder_id", ["holder_id"], unique=False)
        batch_op.create_foreign_key("fk_api_keys_holder_id_holders", "holders", ["holder_id"], ["id"])
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.alter_column("holder_id", existing_type=sa.String(length=200), nullable=False)
        batch_op.create_unique_constraint("uq_sources_holder_id", ["holder_id"])
        batch_op.create_foreign_key("fk_sources_holder_id_holders", "holders", ["holder_id"], ["id"])
    op.create_table(
        "web_sessions",
        sa.Column("id", sa.String(length=64), nullable=False),
        sa.Column("key_id", sa.String(length=36), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("expires_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("revoked_at", sa.DateTime(timezone=True), nullable=True),
        sa.ForeignKeyConstraint(["key_id"], ["api_keys.id"]),
        sa.PrimaryKeyConstraint("id"),
    )
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.create_index("ix_web_sessions_key_id", ["key_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("web_sessions", schema=None) as batch_op:
        batch_op.drop_index("ix_web_sessions_key_id")
    op.drop_table("web_sessions")
    with op.batch_alter_table("sources", schema=None) as batch_op:
        batch_op.drop_constraint("fk_sources_holder_id_holders", type_="foreignkey")
        batch_op.drop_constraint("uq_sources_holder_id", type_="unique")
        batch_op.drop_column("rotated_at")
        batch_op.drop_column("previous_secret_expires_at")
        batch_op.drop_column("previous_secret")
        batch_op.drop_column("holder_id")
    with op.batch_alter_table("api_keys", schema=None) as batch_op:
        batch_op.drop_constraint("fk_api_keys_holder_id_holders", type_="foreignkey")
        batch_op.drop_index("ix_api_keys_holder_id")
        batch_op.drop_column("holder_id")
    with op.batch_alter_table("tasks", schema=None) as batch_op:
        batch_op.drop_column("requester_holder")
    op.drop_table("audit_log")
    op.drop_table("holders")
