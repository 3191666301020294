"""policy documents belong to a series (versions only on purpose); sections keep their heading path

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-01 05:00:00
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("policy_documents", schema=None) as batch_op:
        batch_op.add_column(sa.Column("series_id", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("replaces", sa.String(length=120), nullable=True))
        batch_op.add_column(sa.Column("source_name", sa.String(length=300), nullable=True))
    with op.batch_alter_table("policy_sections", schema=None) as batch_op:
        batch_op.add_column(sa.Column("path", sa.Text(), nullable=True))
    # Documents uploaded before: a series per title, as versions were counted then ("travel-v2" → "travel").
    documents = sa.table("policy_documents", sa.column("doc_id", sa.String), sa.column("series_id", sa.String))
    connection = op.get_bind()
    for (doc_id,) in connection.execute(sa.select(documents.c.doc_id)).all():
        connection.execute(documents.update().where(documents.c.doc_id == doc_id)
                           .values(series_id=re.sub(r"-v\d+$", "", doc_id)))
    with op.batch_alter_table("policy_documents", schema=None) as batch_op:
        batch_op.create_index("ix_policy_documents_series_id", ["series_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("policy_documents", schema=None) as batch_op:
        batch_op.drop_index("ix_policy_documents_series_id")
        batch_op.drop_column("source_name")
        batch_op.drop_column("replaces")
        batch_op.drop_column("series_id")
    with op.batch_alter_table("policy_sections", schema=None) as batch_op:
        batch_op.drop_column("path")
