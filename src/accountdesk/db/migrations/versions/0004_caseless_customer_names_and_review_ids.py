"""customer names unique in any case; review ids never reused

Customer names were compared with the database's lower(), which SQLite applies to
ASCII letters only: 'ÄCME' and 'äcme' were two customers on SQLite and one on
PostgreSQL. A name_key column holds the name casefolded (models.name_key), unique on
both. A database that already holds names differing only in case keeps them all: the
oldest gets the key, the others none, until one is renamed.

A review's id is its iCalendar UID. SQLite gave the id of a removed review to the
next one planned; the table is rebuilt with AUTOINCREMENT so it never does.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 10:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from accountdesk.db.models import NAME_KEY_LENGTH, name_key

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.add_column("customer", sa.Column("name_key", sa.String(NAME_KEY_LENGTH), nullable=True))
    bind = op.get_bind()
    customer = sa.table("customer", sa.column("id"), sa.column("name"), sa.column("name_key"))
    taken: set[str] = set()
    for customer_id, name in bind.execute(
        sa.select(customer.c.id, customer.c.name).order_by(customer.c.id)
    ).all():
        key = name_key(name)
        if key in taken:
            continue
        taken.add(key)
        bind.execute(customer.update().where(customer.c.id == customer_id).values(name_key=key))
    # A unique index, not a constraint: SQLite adds it in place, where a constraint
    # would rebuild the customer table (and dropping the old one would cascade).
    op.create_index("ix_customer_name_key", "customer", ["name_key"], unique=True)
    if bind.dialect.name == "sqlite":
        with op.batch_alter_table(
            "review", recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "sqlite":
        with op.batch_alter_table(
            "review", recreate="always", table_kwargs={"sqlite_autoincrement": False}
        ):
            pass
    op.drop_index("ix_customer_name_key", "customer")
    with op.batch_alter_table("customer", schema=None) as batch_op:
        batch_op.drop_column("name_key")
