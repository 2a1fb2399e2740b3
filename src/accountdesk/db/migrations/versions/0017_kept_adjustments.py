"""the adjustments waiting for a customer's next report, kept with Home's answers

Home listed the adjustments to issued months by computing them again, at each whole
read, for every customer with an issued month (some queries each: seconds for
thousands). They are now kept with the rules' answers (`allowance_figures`, 0014), so
Home computes them only for the customers changed since, and on SQLite the window can
show Home's figures before the database layer has loaded (services.home_at_start).

The triggers of 0014 (SQLite) and 0015 (PostgreSQL) already act on a write to the
ledger, the contract, the customer's row, an issued month and the tiers. The
adjustments are also computed from the reports issued (the figures they stated) and
from the support cases (the SLA credit a month stated moves when a case of it is
answered or imported later): these triggers act on those writes too. On SQLite they
forget the customer's answers; on PostgreSQL they raise the customer's stamp. An
escalation or a wait names its case, not its customer: the case's customer is looked
up (on PostgreSQL with a query planned at each call: a plan kept from when the cases'
table was empty would scan it for every row, see 0016).

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

_RAISE = """
            INSERT INTO figures_stamp AS f (customer_id, stamp) VALUES (found, 1)
            ON CONFLICT (customer_id) DO UPDATE SET stamp = f.stamp + 1;"""
_LOOK_UP = """
        EXECUTE 'SELECT customer_id FROM support_case WHERE id = $1' INTO found
        USING {row}.case_id;
        IF found IS NOT NULL THEN{raise_it}
        END IF;"""
# The stamp of the case's customer (a row of a removed case finds none: the case's own
# row raised it).
_OF_CASE_PG = """
CREATE FUNCTION figures_stamp_of_case() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    found integer;
BEGIN
    IF TG_OP <> 'DELETE' THEN{new}
    END IF;
    IF TG_OP = 'DELETE' OR (TG_OP = 'UPDATE' AND OLD.case_id <> NEW.case_id) THEN{old}
    END IF;
    RETURN NULL;
END
$$
""".format(
    new=_LOOK_UP.format(row="NEW", raise_it=_RAISE),
    old=_LOOK_UP.format(row="OLD", raise_it=_RAISE),
)


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


def _pg_statements() -> list[str]:
    """Per row, as 0015's: the customer a row names (0015's function), or its case's."""
    statements = [_OF_CASE_PG]
    for table, _column, names_a_case in _TABLES:
        function = "figures_stamp_of_case" if names_a_case else "figures_stamp_raised"
        statements.append(
            f"CREATE TRIGGER figures_stamp_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION {function}()"
        )
        # TRUNCATE names no rows: every customer's.
        statements.append(
            f"CREATE TRIGGER figures_stamp_{table}_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION figures_stamps_raised()"
        )
    return statements


def create_triggers(dialect: str) -> None:
    """The triggers of this migration (a later migration that rebuilds one of their
    tables on SQLite calls this again)."""
    if dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(statement)
    elif dialect == "postgresql":
        for statement in _pg_statements():
            op.execute(statement)


def upgrade() -> None:
    create_triggers(op.get_bind().dialect.name)
    # Kept by an earlier version of the rules: never read again (services.overview.RULES).
    op.execute("DELETE FROM allowance_figures")


def downgrade() -> None:
    dialect = op.get_bind().dialect.name
    if dialect == "sqlite":
        for statement in _sqlite_triggers():
            op.execute(f"DROP TRIGGER {statement.split()[2]}")
    elif dialect == "postgresql":
        for table, _column, _case in _TABLES:
            op.execute(f"DROP TRIGGER figures_stamp_{table} ON {table}")
            op.execute(f"DROP TRIGGER figures_stamp_{table}_truncate ON {table}")
        op.execute("DROP FUNCTION figures_stamp_of_case()")
