"""when a review was held

A held review records the moment it took place (`held_at`, stored in UTC). Reviews
held before this version were recorded as held at their planned time, in the
customer's time zone, which is what the column gets for them.

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28 12:30:00.000000
"""

from collections.abc import Sequence
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from alembic import op

revision: str = "0006"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("review", sa.Column("held_at", sa.DateTime(timezone=True), nullable=True))
    bind = op.get_bind()
    review = sa.table(
        "review",
        sa.column("id", sa.Integer()),
        sa.column("customer_id", sa.Integer()),
        sa.column("due_date", sa.Date()),
        sa.column("start_time", sa.Time()),
        sa.column("state", sa.String()),
        sa.column("held_at", sa.DateTime(timezone=True)),
    )
    customer = sa.table("customer", sa.column("id", sa.Integer()), sa.column("timezone"))
    held = bind.execute(
        sa.select(review.c.id, review.c.due_date, review.c.start_time, customer.c.timezone)
        .join(customer, customer.c.id == review.c.customer_id)
        .where(review.c.state == "held")
    ).all()
    for review_id, due, start, timezone in held:
        at = datetime.combine(due, start, tzinfo=ZoneInfo(timezone)).astimezone(UTC)
        bind.execute(review.update().where(review.c.id == review_id).values(held_at=at))


def downgrade() -> None:
    with op.batch_alter_table("review", table_kwargs={"sqlite_autoincrement": True}) as batch_op:
        batch_op.drop_column("held_at")
