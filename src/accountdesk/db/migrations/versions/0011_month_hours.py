"""hours per customer, month and category, kept by the database in each ledger write

Home's figures summed a quarter of the ledger (and its chart a year of it) on every
refresh: about a second at 5,000 customers. `month_hours` holds those sums, and
triggers on ledger_entry keep them in the same statement as every insert, change and
removal of an entry, so that every path that writes the ledger (the window, the
command line, imports, the demo, a script with its own SQL) keeps them right without
code of its own, inside its own transaction.

A correction counts in the month of the entry it corrects (docs/developing.md,
"Money"): its seconds go to the month of that entry's date, and when an entry's date
moves to another month, its corrections move with it.

On SQLite, a migration that rebuilds ledger_entry (batch mode's copy-and-rename)
drops these triggers: it must create them again (`create_triggers` below).

Revision ID: 0011
Revises: 0010
Create Date: 2026-11-28 18:30:00.000000
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0011"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

APP_ROLE = "accountdesk_app"  # db/grants.py: granted again here for databases set up before

# SQLite: one trigger per kind of write. The month an entry counts in: its own date's,
# or for a correction the date of the entry it corrects.
_SQLITE_COUNTS_IN = (
    "date(coalesce((SELECT o.entry_date FROM ledger_entry o WHERE o.id = {row}.corrects_id), "
    "{row}.entry_date), 'start of month')"
)
_SQLITE_ADD = """
    INSERT INTO month_hours (customer_id, month, category, seconds, entries)
    VALUES (NEW.customer_id, {month}, NEW.category, NEW.seconds, 1)
    ON CONFLICT (customer_id, month, category)
    DO UPDATE SET seconds = seconds + excluded.seconds, entries = entries + 1;
"""
_SQLITE_TAKE = """
    UPDATE month_hours SET seconds = seconds - OLD.seconds, entries = entries - 1
    WHERE customer_id = OLD.customer_id AND month = {month} AND category = OLD.category;
    DELETE FROM month_hours
    WHERE customer_id = OLD.customer_id AND month = {month} AND category = OLD.category
      AND entries = 0;
"""
_SQLITE_TRIGGERS = (
    "CREATE TRIGGER month_hours_logged AFTER INSERT ON ledger_entry BEGIN"
    + _SQLITE_ADD.format(month=_SQLITE_COUNTS_IN.format(row="NEW"))
    + "END",
    "CREATE TRIGGER month_hours_removed AFTER DELETE ON ledger_entry BEGIN"
    + _SQLITE_TAKE.format(month=_SQLITE_COUNTS_IN.format(row="OLD"))
    + "END",
    "CREATE TRIGGER month_hours_changed "
    "AFTER UPDATE OF customer_id, entry_date, category, seconds, corrects_id ON ledger_entry "
    "BEGIN"
    + _SQLITE_TAKE.format(month=_SQLITE_COUNTS_IN.format(row="OLD"))
    + _SQLITE_ADD.format(month=_SQLITE_COUNTS_IN.format(row="NEW"))
    + "END",
    # An entry moved to another month takes its corrections with it.
    """
    CREATE TRIGGER month_hours_corrections_moved AFTER UPDATE OF entry_date ON ledger_entry
    WHEN date(OLD.entry_date, 'start of month') <> date(NEW.entry_date, 'start of month')
    BEGIN
      INSERT INTO month_hours (customer_id, month, category, seconds, entries)
      SELECT c.customer_id, date(NEW.entry_date, 'start of month'), c.category,
             sum(c.seconds), count(*)
      FROM ledger_entry c WHERE c.corrects_id = NEW.id
      GROUP BY c.customer_id, c.category
      ON CONFLICT (customer_id, month, category) DO UPDATE
      SET seconds = seconds + excluded.seconds, entries = entries + excluded.entries;
      UPDATE month_hours
      SET seconds = seconds - (
            SELECT sum(c.seconds) FROM ledger_entry c WHERE c.corrects_id = OLD.id
            AND c.customer_id = month_hours.customer_id AND c.category = month_hours.category),
          entries = entries - (
            SELECT count(*) FROM ledger_entry c WHERE c.corrects_id = OLD.id
            AND c.customer_id = month_hours.customer_id AND c.category = month_hours.category)
      WHERE month = date(OLD.entry_date, 'start of month')
        AND (customer_id, category) IN (
            SELECT c.customer_id, c.category FROM ledger_entry c WHERE c.corrects_id = OLD.id);
      DELETE FROM month_hours
      WHERE month = date(OLD.entry_date, 'start of month') AND entries = 0
        AND customer_id IN (SELECT c.customer_id FROM ledger_entry c WHERE c.corrects_id = OLD.id);
    END
    """,
)

# PostgreSQL: one function for the three kinds of write, row by row.
_PG_FUNCTION = """
CREATE FUNCTION month_hours_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counted date;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        counted := date_trunc('month', coalesce(
            (SELECT o.entry_date FROM ledger_entry o WHERE o.id = OLD.corrects_id),
            OLD.entry_date))::date;
        UPDATE month_hours SET seconds = seconds - OLD.seconds, entries = entries - 1
        WHERE customer_id = OLD.customer_id AND month = counted AND category = OLD.category;
        DELETE FROM month_hours
        WHERE customer_id = OLD.customer_id AND month = counted AND category = OLD.category
          AND entries = 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        counted := date_trunc('month', coalesce(
            (SELECT o.entry_date FROM ledger_entry o WHERE o.id = NEW.corrects_id),
            NEW.entry_date))::date;
        INSERT INTO month_hours AS h (customer_id, month, category, seconds, entries)
        VALUES (NEW.customer_id, counted, NEW.category, NEW.seconds, 1)
        ON CONFLICT (customer_id, month, category)
        DO UPDATE SET seconds = h.seconds + excluded.seconds, entries = h.entries + 1;
    END IF;
    -- An entry moved to another month takes its corrections with it.
    IF TG_OP = 'UPDATE'
       AND date_trunc('month', OLD.entry_date) <> date_trunc('month', NEW.entry_date) THEN
        INSERT INTO month_hours AS h (customer_id, month, category, seconds, entries)
        SELECT c.customer_id, date_trunc('month', NEW.entry_date)::date, c.category,
               sum(c.seconds), count(*)
        FROM ledger_entry c WHERE c.corrects_id = NEW.id
        GROUP BY c.customer_id, c.category
        ON CONFLICT (customer_id, month, category) DO UPDATE
        SET seconds = h.seconds + excluded.seconds, entries = h.entries + excluded.entries;
        UPDATE month_hours h
        SET seconds = h.seconds - moved.seconds, entries = h.entries - moved.entries
        FROM (
            SELECT c.customer_id, c.category, sum(c.seconds) AS seconds, count(*) AS entries
            FROM ledger_entry c WHERE c.corrects_id = OLD.id
            GROUP BY c.customer_id, c.category
        ) moved
        WHERE h.customer_id = moved.customer_id AND h.category = moved.category
          AND h.month = date_trunc('month', OLD.entry_date)::date;
        DELETE FROM month_hours
        WHERE month = date_trunc('month', OLD.entry_date)::date AND entries = 0
          AND customer_id IN (
              SELECT c.customer_id FROM ledger_entry c WHERE c.corrects_id = OLD.id);
    END IF;
    RETURN NULL;
END
$$
"""
_PG_TRIGGERS = (
    "CREATE TRIGGER month_hours_logged AFTER INSERT OR DELETE ON ledger_entry "
    "FOR EACH ROW EXECUTE FUNCTION month_hours_kept()",
    "CREATE TRIGGER month_hours_changed AFTER UPDATE ON ledger_entry FOR EACH ROW "
    "WHEN ((OLD.customer_id, OLD.entry_date, OLD.category, OLD.seconds, OLD.corrects_id) "
    "IS DISTINCT FROM (NEW.customer_id, NEW.entry_date, NEW.category, NEW.seconds, "
    "NEW.corrects_id)) EXECUTE FUNCTION month_hours_kept()",
)

_FILL = """
INSERT INTO month_hours (customer_id, month, category, seconds, entries)
SELECT e.customer_id, {month}, e.category, sum(e.seconds), count(*)
FROM ledger_entry e LEFT JOIN ledger_entry o ON o.id = e.corrects_id
GROUP BY e.customer_id, {month}, e.category
"""
_MONTH = {
    "sqlite": "date(coalesce(o.entry_date, e.entry_date), 'start of month')",
    "postgresql": "date_trunc('month', coalesce(o.entry_date, e.entry_date))::date",
}


def create_triggers(dialect: str) -> None:
    """The triggers that keep month_hours (a later migration that rebuilds ledger_entry
    on SQLite calls this again)."""
    if dialect == "postgresql":
        op.execute(_PG_FUNCTION)
        for statement in _PG_TRIGGERS:
            op.execute(statement)
    else:
        for statement in _SQLITE_TRIGGERS:
            op.execute(statement)


def upgrade() -> None:
    op.create_table(
        "month_hours",
        sa.Column("customer_id", sa.Integer(), nullable=False),
        sa.Column("month", sa.Date(), nullable=False),
        sa.Column("category", sa.String(length=20), nullable=False),
        sa.Column("seconds", sa.BigInteger(), nullable=False),
        sa.Column("entries", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["customer_id"],
            ["customer.id"],
            name=op.f("fk_month_hours_customer_id_customer"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("customer_id", "month", "category", name=op.f("pk_month_hours")),
    )
    op.create_index(
        "ix_month_hours_month_totals",
        "month_hours",
        ["month", "category", "customer_id", "seconds"],
        unique=False,
    )
    dialect = op.get_bind().dialect.name
    op.execute(_FILL.format(month=_MONTH[dialect]))
    create_triggers(dialect)
    if dialect == "postgresql":
        # A database whose application role was set up before: it writes these rows
        # (through the triggers) and reads them.
        op.execute(
            f"DO $$ BEGIN IF EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '{APP_ROLE}') "
            f"THEN GRANT SELECT, INSERT, UPDATE, DELETE ON month_hours TO {APP_ROLE}; "
            "END IF; END $$"
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER month_hours_changed ON ledger_entry")
        op.execute("DROP TRIGGER month_hours_logged ON ledger_entry")
        op.execute("DROP FUNCTION month_hours_kept()")
    else:
        for name in ("logged", "removed", "changed", "corrections_moved"):
            op.execute(f"DROP TRIGGER month_hours_{name}")
    op.drop_index("ix_month_hours_month_totals", table_name="month_hours")
    op.drop_table("month_hours")
