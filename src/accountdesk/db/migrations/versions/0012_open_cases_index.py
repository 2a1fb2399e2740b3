"""an index of the open support cases, in opening order

Home's cases card, the Cases view and the SLA countdown read the open cases of every
customer by opening time. Through the opening-time index the database walked every
case ever opened to find the few still open (1 s of 219,000 cases on SQLite, 0.5 s
of 2.2 million on PostgreSQL); an index of the open ones alone answers in
milliseconds, and stays small as resolved cases pile up.

Revision ID: 0012
Revises: 0011
Create Date: 2026-11-29 04:20:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0012"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

OPEN = sa.text("resolved_at IS NULL")


def upgrade() -> None:
    op.create_index(
        "ix_support_case_open",
        "support_case",
        ["opened_at", "id"],
        sqlite_where=OPEN,
        postgresql_where=OPEN,
    )


def downgrade() -> None:
    op.drop_index("ix_support_case_open", table_name="support_case")
