"""hours kept exactly as entered: ledger durations in seconds

Durations were whole minutes, so 3.99 h became 3.98 h and 0.01 h became 0.02 h. A
duration typed with two decimals of an hour is a whole number of seconds (0.01 h is
36 s), and so is one typed as h:mm: the ledger now keeps seconds. What was stored is
converted without loss (a minute is 60 seconds); hours already rounded to the minute
by an older version stay as they were stored.

A correction counts in the month of the entry it corrects, so portfolio-wide sums move
the few corrections to their entries' months: an index on corrects_id finds them
without reading the whole ledger.

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-28 12:10:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_date_totals")
        batch_op.alter_column("minutes", new_column_name="seconds", existing_type=sa.Integer())
    op.execute("UPDATE ledger_entry SET seconds = seconds * 60")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.create_index(
            "ix_ledger_entry_date_totals",
            ["entry_date", "category", "customer_id", "seconds"],
            unique=False,
        )
        batch_op.create_index("ix_ledger_entry_corrects_id", ["corrects_id"], unique=False)


def downgrade() -> None:
    # Back to whole minutes: a duration that is not one is rounded to the nearest.
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_ledger_entry_corrects_id")
        batch_op.drop_index("ix_ledger_entry_date_totals")
    op.execute("UPDATE ledger_entry SET seconds = (seconds + 30) / 60")
    with op.batch_alter_table("ledger_entry", schema=None) as batch_op:
        batch_op.alter_column("seconds", new_column_name="minutes", existing_type=sa.Integer())
        batch_op.create_index(
            "ix_ledger_entry_date_totals",
            ["entry_date", "category", "customer_id", "minutes"],
            unique=False,
        )
