"""Migration 0011 fills the month sums from the ledger already there (a correction in
the month of the entry it corrects), and goes down and up again."""

from datetime import date

from alembic import command
from sqlalchemy import inspect, text

from accountdesk.app import Desk
from accountdesk.db.engine import alembic_config
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.services.test_month_hours import kept, recomputed


def _migrate(desk: Desk, action: str, revision: str) -> None:
    with desk.engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        getattr(command, action)(config, revision)


def test_the_migration_fills_the_sums_from_the_ledger(desk: Desk) -> None:
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 8, 1)))
    for day, category in (
        (date(2026, 8, 3), Category.CONSULTING),
        (date(2026, 9, 30), Category.DEVELOPMENT),
    ):
        desk.ledger.log(NewEntry("Acme", day, 5400, category, "Ana", "Design review"))
    entry = desk.ledger.log(
        NewEntry("Acme", date(2026, 9, 2), 3600, Category.CONSULTING, "Ana", "Design review")
    )
    desk.ledger.lock_month("Acme", Month(2026, 9))
    desk.ledger.correct(entry, 900, "client query")
    expected = recomputed(desk)
    assert kept(desk) == expected and len(expected) == 3

    _migrate(desk, "downgrade", "0010")
    assert "month_hours" not in inspect(desk.engine).get_table_names()
    # An hour the release before 0011 logged (written as it wrote it: this program's
    # own writes need the schema it knows).
    with desk.engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO ledger_entry (customer_id, entry_date, category, engineer, "
                "seconds, description, note) SELECT id, :day, 'consulting', 'Ana', 1800, "
                "'Design review', '' FROM customer WHERE name = 'Acme'"
            ),
            {"day": date(2026, 10, 5)},
        )
    _migrate(desk, "upgrade", "head")
    assert kept(desk) == recomputed(desk)
    # and the triggers keep them again
    desk.ledger.log(
        NewEntry("Acme", date(2026, 10, 6), 1800, Category.CONSULTING, "Ana", "Design review")
    )
    assert kept(desk) == recomputed(desk)
