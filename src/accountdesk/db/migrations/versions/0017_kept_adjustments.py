"""the adjustments waiting for a customer's next report, kept for Home on SQLite

Home listed the adjustments to issued months by computing them again for every customer
with an issued month at each read. On SQLite they are now kept with the rules' answers
(`allowance_figures`, 0014), so Home shows its figures from what the database keeps
without computing anything, and the window can read them before the database layer has
loaded (services.home_at_start).

The triggers of 0014 already forget a customer's answers on a write to the ledger, the
contract, the customer's row, an issued month and the tiers. The adjustments are also
computed from the reports issued (the figures they stated) and from the support cases
(the SLA credit a month stated moves when a case of it is answered or imported later):
these triggers forget the customer's answers on those writes too. An escalation or a
wait names its case, not its customer: the case's customer is looked up.

PostgreSQL does not keep the adjustments (its stamps, 0015, are not raised by these
writes); Home computes them there as before.

Revision ID: 0017
Revises: 0016
Create Date: 2026-11-30 02:30:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0017"
down_revision: str | None = "0016"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FORGET = "DELETE FROM allowance_figures WHERE customer_id IN ({customers})"
_OF_CASE = "SELECT customer_id FROM support_case WHERE id IN ({cases})"
# (table, the column naming the customer or the case, whether it names a case)
_TABLES = (
    ("issued_report", "customer_id", False),
    ("support_case", "customer_id", False),
    ("case_escalation", "case_id", True),
    ("case_waiting", "case_id", True),
)
_EVENTS = {"INSERT": ("NEW",), "DELETE": ("OLD",), "UPDATE": ("OLD", "NEW")}


def _sqlite_triggers() -> list[str]:
    statements = []
    for table, column, names_a_case in _TABLES:
        for event, rows in _EVENTS.items():
            named = ", ".join(f"{row}.{column}" for row in rows)
            customers = _OF_CASE.format(cases=named) if names_a_case else named
            statements.append(
                f"CREATE TRIGGER allowance_figures_{table}_{event.lower()} "
                f"AFTER {event} ON {table} BEGIN {_FORGET.format(customers=customers)}; END"
            )
    return statements


def create_triggers(dialect: str) -> None:
    """The triggers that forget kept adjustments (a later migration that rebuilds one
    of their tables on SQLite calls this again)."""
    if dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)


def upgrade() -> None:
    create_triggers(op.get_bind().dialect.name)
    # Kept by an earlier version of the rules: never read again (services.overview.RULES).
    op.execute("DELETE FROM allowance_figures")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(f"DROP TRIGGER {statement.split()[2]}")
