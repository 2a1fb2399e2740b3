"""month sums on PostgreSQL: look up the corrected entry only for a correction

The trigger of 0011 that keeps `month_hours` looked up the entry each new row corrects
with a subquery, for every row, corrections or not. PostgreSQL keeps a trigger's plans
for the session: planned while the ledger was empty (a new team's first import), the
lookup scanned the whole ledger, and an import of 100,000 hours into an empty ledger
scanned it once per row (more than 20 minutes instead of seconds). The lookup now runs
only for a correction. SQLite's triggers (its own plans, per statement) are unchanged.

Revision ID: 0016
Revises: 0015
Create Date: 2026-11-29 16:40:00.000000
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0016"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

_FUNCTION = """
CREATE OR REPLACE FUNCTION month_hours_kept() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    counted date;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        counted := date_trunc('month', OLD.entry_date)::date;
        IF OLD.corrects_id IS NOT NULL THEN
            counted := date_trunc('month', coalesce(
                (SELECT o.entry_date FROM ledger_entry o WHERE o.id = OLD.corrects_id),
                OLD.entry_date))::date;
        END IF;
        UPDATE month_hours SET seconds = seconds - OLD.seconds, entries = entries - 1
        WHERE customer_id = OLD.customer_id AND month = counted AND category = OLD.category;
        DELETE FROM month_hours
        WHERE customer_id = OLD.customer_id AND month = counted AND category = OLD.category
          AND entries = 0;
    END IF;
    IF TG_OP IN ('UPDATE', 'INSERT') THEN
        counted := date_trunc('month', NEW.entry_date)::date;
        IF NEW.corrects_id IS NOT NULL THEN
            counted := date_trunc('month', coalesce(
                (SELECT o.entry_date FROM ledger_entry o WHERE o.id = NEW.corrects_id),
                NEW.entry_date))::date;
        END IF;
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


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute(_FUNCTION)


def downgrade() -> None:
    pass  # 0011's function gives the same sums, only slower: nothing to put back
