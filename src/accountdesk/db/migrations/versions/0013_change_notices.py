"""change notices on SQLite: what each committed transaction changed, for other windows

On PostgreSQL a committing transaction sends a notice naming the tables, customers and
months it changed, and every open window reads again only that. SQLite has no notices:
another program's change made a window read everything again when it was activated
(a second at 5,000 customers). The same notice is now kept in this table, in the same
transaction; a window reads the ones written since it last looked. Only the last
thousand are kept.

Revision ID: 0013
Revises: 0012
Create Date: 2026-11-29 08:05:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "change_notice",
        sa.Column("id", sa.Integer(), primary_key=True),
        sa.Column("payload", sa.Text(), nullable=False),
    )


def downgrade() -> None:
    op.drop_table("change_notice")
