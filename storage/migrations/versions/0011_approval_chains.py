"""approval chains: versioned approval policies, groups of deciders, delegations, and a task's steps

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-12 10:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "approval_policies",
        sa.Column("kind", sa.String(40), primary_key=True),
        sa.Column("version", sa.Integer, primary_key=True),
        sa.Column("body", sa.JSON, nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_by", sa.String(200), nullable=True),
    )
    op.create_table(
        "approval_groups",
        sa.Column("name", sa.String(100), primary_key=True),
        sa.Column("domain", sa.String(20), nullable=False),
        sa.Column("members", sa.JSON, nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_table(
        "delegations",
        sa.Column("holder_id", sa.String(200), sa.ForeignKey("holders.id", name="fk_delegations_holder_id"),
                  primary_key=True),
        sa.Column("to_holder", sa.String(200), sa.ForeignKey("holders.id", name="fk_delegations_to_holder"),
                  nullable=False),
        sa.Column("starts_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("until", sa.DateTime(timezone=True), nullable=False),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_delegations_to_holder", "delegations", ["to_holder"])
    with op.batch_alter_table("tasks") as batch:
        batch.add_column(sa.Column("approval_policy_version", sa.Integer, nullable=True))
        batch.add_column(sa.Column("steps", sa.JSON, nullable=True))
        batch.add_column(sa.Column("current_step", sa.Integer, nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("tasks") as batch:
        batch.drop_column("current_step")
        batch.drop_column("steps")
        batch.drop_column("approval_policy_version")
    op.drop_index("ix_delegations_to_holder", table_name="delegations")
    op.drop_table("delegations")
    op.drop_table("approval_groups")
    op.drop_table("approval_policies")
