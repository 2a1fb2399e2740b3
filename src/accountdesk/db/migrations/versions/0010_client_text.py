"""what the client reads and what the team writes: internal notes apart

A ledger entry keeps its `description` (the client reads it on the report) and gets an
internal `note`; a review keeps its `notes` (internal) and gets a `summary` for the
client. A ledger entry may also point to the support case its hours were spent on.

Text already there stays where the client saw it. Reports printed an entry's
description and a held review's notes, so an entry's description stays its
description (its note starts empty), and a held review's notes become its summary
(its internal notes start empty). Notes of reviews not held were never printed: they
stay internal notes.

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-28 18:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
# Follows 0009 (audit log and row versions).
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger_entry") as batch_op:
        batch_op.add_column(sa.Column("note", sa.Text(), server_default="", nullable=False))
        batch_op.add_column(sa.Column("case_id", sa.Integer(), nullable=True))
        batch_op.create_index("ix_ledger_entry_case_id", ["case_id"], unique=False)
        batch_op.create_foreign_key(
            "fk_ledger_entry_case_id_support_case",
            "support_case",
            ["case_id"],
            ["id"],
            ondelete="SET NULL",
        )
    with op.batch_alter_table("review", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.add_column(sa.Column("summary", sa.Text(), server_default="", nullable=False))
    # The client read a held review's notes on its report: they are its summary.
    op.execute("UPDATE review SET summary = notes, notes = '' WHERE state = 'held' AND notes <> ''")


def downgrade() -> None:
    # Back to one text that the report prints: a held review's summary, never its notes
    # (a held review whose summary is empty keeps its notes, as it had them before).
    op.execute("UPDATE review SET notes = summary WHERE state = 'held' AND summary <> ''")
    with op.batch_alter_table("review", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_column("summary")
    with op.batch_alter_table("ledger_entry") as batch_op:
        batch_op.drop_constraint("fk_ledger_entry_case_id_support_case", type_="foreignkey")
        batch_op.drop_index("ix_ledger_entry_case_id")
        batch_op.drop_column("case_id")
        batch_op.drop_column("note")
