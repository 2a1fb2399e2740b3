"""a stamp per customer on PostgreSQL, so that Home keeps the rules' answers there too

Home keeps each customer's allowance answer per month (`allowance_figures`, 0014), but
only on SQLite: there a reader's transaction is refused its first write when anyone has
written since it began, so an answer computed from data that changed meanwhile is never
stored. A PostgreSQL reader may store after others committed, so Home ran the rules for
every customer at each whole read there (9 s at 50,000 customers).

Now every customer has a stamp (`figures_stamp`, none yet: 0) that triggers raise in the
same statement as every write the rules read: the ledger, the contract, the customer's
row, an issued month, and every customer's on a change to the tiers. Home reads the
stamps before the data it computes from and stores each answer with its customer's
stamp (`allowance_figures.stamp`); an answer counts only while its stamp is still the
customer's, so one computed from data that changed meanwhile is never used, whenever it
was stored.

SQLite keeps its triggers of 0014, which forget the answers instead; it has the table
and the column (one schema for both) but raises no stamps.

Revision ID: 0015
Revises: 0014
Create Date: 2026-11-29 15:00:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

from accountdesk.db.grants import APP_ROLE

revision: str = "0015"
down_revision: str | None = "0014"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_RAISE = """
        INSERT INTO figures_stamp AS f (customer_id, stamp) VALUES ({customer}, 1)
        ON CONFLICT (customer_id) DO UPDATE SET stamp = f.stamp + 1;"""
# The row's customer, and the one a removed or moved row left. Only statements that
# find their row by its key (ON CONFLICT's), never a lookup: PostgreSQL keeps a
# trigger's plans for the session, and one planned while a table was empty scans it
# for every row after (see 0016). No foreign key either: removing a customer removes its
# rows, which raise its stamp on the way out.
_PER_ROW = """
CREATE FUNCTION figures_stamp_raised() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP <> 'DELETE' THEN{raise_new}
    END IF;
    IF TG_OP = 'DELETE' THEN{raise_old}
    ELSIF TG_OP = 'UPDATE' THEN
        IF OLD.customer_id IS DISTINCT FROM NEW.customer_id THEN{raise_old}
        END IF;
    END IF;
    RETURN NULL;
END
$$
""".format(
    raise_new=_RAISE.format(customer="NEW.customer_id"),
    raise_old=_RAISE.format(customer="OLD.customer_id"),
)
# Once per statement, for each customer of `rows` in id order: a customer's own rows
# as the statement changed them, or every customer.
_RAISE_EACH = """
CREATE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    INSERT INTO figures_stamp AS f (customer_id, stamp)
    SELECT id, 1 FROM {rows} ORDER BY id
    ON CONFLICT (customer_id) DO UPDATE SET stamp = f.stamp + 1;
    RETURN NULL;
END
$$
"""
_OF_CUSTOMER = _RAISE_EACH.format(name="figures_stamp_of_customer", rows="new_rows")
_EVERY_CUSTOMER = _RAISE_EACH.format(name="figures_stamps_raised", rows="customer")

_FUNCTIONS = ("figures_stamp_raised", "figures_stamp_of_customer", "figures_stamps_raised")


def _pg_statements() -> list[str]:
    statements = [_PER_ROW, _OF_CUSTOMER, _EVERY_CUSTOMER]
    for table in ("ledger_entry", "contract_term", "locked_month"):
        # Row by row, and named to fire before the month sums' triggers (0011; a row's
        # triggers fire in name order): a writer takes its customer's stamp before any
        # of the customer's month sums, so two writers of one customer queue on the
        # stamp and never hold the sums in opposite orders.
        statements.append(
            f"CREATE TRIGGER figures_stamp_{table} AFTER INSERT OR UPDATE OR DELETE "
            f"ON {table} FOR EACH ROW EXECUTE FUNCTION figures_stamp_raised()"
        )
        # TRUNCATE names no rows: every customer's.
        statements.append(
            f"CREATE TRIGGER figures_stamp_{table}_truncate AFTER TRUNCATE ON {table} "
            "FOR EACH STATEMENT EXECUTE FUNCTION figures_stamps_raised()"
        )
    # A new customer has no answers yet. A removed one's stamp stays: the rows removed
    # with it raise it after any trigger on the customer could remove it (foreign keys'
    # cascades fire theirs last), and a stamp only counts beside an answer, which goes.
    statements.append(
        "CREATE TRIGGER figures_stamp_customer AFTER UPDATE ON customer REFERENCING NEW "
        "TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION figures_stamp_of_customer()"
    )
    # The tiers' rates and allowances are every customer's.
    statements.append(
        "CREATE TRIGGER figures_stamp_tier AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE "
        "ON tier FOR EACH STATEMENT EXECUTE FUNCTION figures_stamps_raised()"
    )
    return statements


def _trigger_names() -> list[tuple[str, str]]:
    """(trigger, table) of every trigger `_pg_statements` creates."""
    return [
        (words[2], words[words.index("ON") + 1])
        for statement in _pg_statements()
        if (words := statement.split())[1] == "TRIGGER"
    ]


def upgrade() -> None:
    op.create_table(
        "figures_stamp",
        sa.Column("customer_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("stamp", sa.BigInteger(), nullable=False),
        sa.PrimaryKeyConstraint("customer_id", name=op.f("pk_figures_stamp")),
    )
    op.add_column(
        "allowance_figures",
        sa.Column("stamp", sa.BigInteger(), nullable=False, server_default="0"),
    )
    if op.get_bind().dialect.name == "postgresql":
        for statement in _pg_statements():
            op.execute(statement)
        # A database whose application role was set up before: its writes raise stamps.
        op.execute(
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') "
            f"THEN GRANT SELECT, INSERT, UPDATE, DELETE ON figures_stamp TO {APP_ROLE}; "
            "END IF; END $$"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        for name, table in _trigger_names():
            op.execute(f"DROP TRIGGER {name} ON {table}")
        for function in _FUNCTIONS:
            op.execute(f"DROP FUNCTION {function}()")
    # Not batch mode's copy and rename on SQLite: 0014's triggers name the table.
    op.execute("ALTER TABLE allowance_figures DROP COLUMN stamp")
    op.drop_table("figures_stamp")
