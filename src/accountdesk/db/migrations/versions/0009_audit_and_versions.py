"""audit log of every change (who, what, before/after) and row versions (no lost update)

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# The rows a person edits: each carries a version raised by every change.
VERSIONED = ("customer", "contract_term", "contact", "ledger_entry", "review", "support_case")


def upgrade() -> None:
    for table in VERSIONED:
        with op.batch_alter_table(table) as batch:
            batch.add_column(sa.Column("version", sa.Integer(), server_default="1", nullable=False))
    with op.batch_alter_table("audit_entry") as batch:
        batch.add_column(sa.Column("workstation_user", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("database_role", sa.String(length=120), nullable=True))
        batch.add_column(sa.Column("entity", sa.String(length=40), nullable=True))
        batch.add_column(sa.Column("entity_id", sa.Integer(), nullable=True))
        batch.add_column(sa.Column("before", sa.Text(), nullable=True))
        batch.add_column(sa.Column("after", sa.Text(), nullable=True))
        batch.create_index("ix_audit_entry_entity", ["entity", "entity_id"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("audit_entry") as batch:
        batch.drop_index("ix_audit_entry_entity")
        for column in ("after", "before", "entity_id", "entity", "database_role"):
            batch.drop_column(column)
        batch.drop_column("workstation_user")
    for table in reversed(VERSIONED):
        with op.batch_alter_table(table) as batch:
            batch.drop_column("version")
