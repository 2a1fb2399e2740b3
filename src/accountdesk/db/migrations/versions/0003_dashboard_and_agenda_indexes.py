"""indexes for portfolio-wide month totals and the review agenda

The dashboard and its chart sum minutes per day, category and customer over whole
months of a million-entry ledger; with every column in the index SQLite and
PostgreSQL answer from the index alone. It starts with entry_date, so it also
serves everything the plain date index did. The agenda reads planned reviews in
date order across every customer: an index on (state, due_date).

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-26 16:00:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_date")
        batch_op.create_index(
            "ix_ledger_entry_date_totals",
            ["entry_date", "category", "customer_id", "minutes"],
            unique=False,
        )
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.create_index("ix_review_state_due", ["state", "due_date"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("review", schema=None) as batch_op:
        batch_op.drop_index("ix_review_state_due")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_date_totals")
        batch_op.create_index("ix_ledger_entry_date", ["entry_date"], unique=False)
