"""what the allowance rules say of each customer's month, kept for Home on SQLite

Opening the window ran the allowance rules for every customer to show Home's
figures: 0.6–0.8 s of every start at 5,000 customers, the same answer each time
unless something the rules read had changed. `allowance_figures` keeps each
customer's answer per month once Home has computed it; Home computes again only the
customers whose rows are missing.

Triggers remove a customer's rows in the same statement as every write the rules read:
an entry logged, changed or removed; a contract term; the customer's row (its dates,
rollover); an issued month (it decides whether corrections are read); and all rows on
any change to the tiers. Like the month sums (0011), every path that writes (the
window, the command line, imports, a script with its own SQL) keeps them right
without code of its own.

Only SQLite keeps rows: its read transaction is refused a write when another program
has written since it began, so a figure computed from data that changed meanwhile is
never stored. PostgreSQL has the table (one schema for both) but no triggers and no
rows; Home computes its figures there as before.

On SQLite, a migration that rebuilds one of these tables (batch mode's copy-and-rename)
drops its triggers: it must create them again (`create_triggers` below).

Revision ID: 0014
Revises: 0013
Create Date: 2026-11-29 09:40:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0014"
down_revision: str | None = "0013"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FORGET = "DELETE FROM allowance_figures WHERE customer_id IN ({rows})"
# (table, the column naming the customer): a write to a row forgets its customer's rows.
_PER_CUSTOMER = (
    ("ledger_entry", "customer_id"),
    ("contract_term", "customer_id"),
    ("locked_month", "customer_id"),
    ("customer", "id"),
)
_EVENTS = {"INSERT": ("NEW",), "DELETE": ("OLD",), "UPDATE": ("OLD", "NEW")}


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, column in _PER_CUSTOMER:
        for event, rows in _EVENTS.items():
            if table == "customer" and event == "INSERT":
                continue  # a new customer has no figures yet
            forget = _FORGET.format(rows=", ".join(f"{row}.{column}" for row in rows))
            statements.append(
                f"CREATE TRIGGER allowance_figures_{table}_{event.lower()} "
                f"AFTER {event} ON {table} BEGIN {forget}; END"
            )
    for event in _EVENTS:
        statements.append(
            f"CREATE TRIGGER allowance_figures_tier_{event.lower()} AFTER {event} ON tier "
            "BEGIN DELETE FROM allowance_figures; END"
        )
    return statements


def _trigger_names() -> list[str]:
    return [statement.split()[2] for statement in _sqlite_triggers()]


def create_triggers(dialect: str) -> None:
    """The triggers that forget figures (a later migration that rebuilds one of their
    tables on SQLite calls this again)."""
    if dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "allowance_figures",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("rules", sa.Integer(), nullable=False),
        sa.Column("payload", sa.Text(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_allowance_figures_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "month", name=op.f("pk_allowance_figures")),
    )
    create_triggers(op.get_bind().dialect.name)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in _trigger_names():
            op.execute(f"DROP TRIGGER {name}")
    op.drop_table("allowance_figures")
