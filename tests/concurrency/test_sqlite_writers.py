"""Several programs writing into one SQLite file at once: each waits its turn (BEGIN
IMMEDIATE and a busy timeout), and every acknowledged write is there afterwards."""

from __future__ import annotations

import sqlite3
from datetime import date

from accountdesk.app import open_desk
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.processes import start_python

WRITERS = 8
ENTRIES = 50

# Each writer logs its entries one transaction at a time through the ledger service:
# every one of them reads (customer, contract, locked months) before it writes, which is
# the case a deferred transaction could not wait for.
WRITER = """
import sys
from datetime import date
from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import NewEntry

url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
desk = open_desk(url, clock=FixedClock(date(2026, 11, 26)), user=name)
for i in range(count):
    desk.ledger.log(NewEntry("Acme", date(2026, 11, 1 + i % 25), 900, Category.INCIDENT, name))
desk.close()
print("done")
"""


def test_eight_processes_logging_into_one_file_all_succeed(sqlite_url, clock):
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.close()
    writers = [
        start_python(WRITER, sqlite_url, f"engineer{n}", str(ENTRIES)) for n in range(WRITERS)
    ]
    results = [(w.wait(timeout=120), *w.communicate()) for w in writers]
    assert [(code, out.strip(), err) for code, out, err in results] == [(0, "done", "")] * WRITERS
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    from sqlalchemy import text

    with desk.engine.connect() as c:
        per_engineer = dict(
            c.execute(text("SELECT engineer, count(*) FROM ledger_entry GROUP BY engineer")).all()
        )
    desk.close()
    assert per_engineer == {f"engineer{n}": ENTRIES for n in range(WRITERS)}


def test_the_window_reads_on_while_a_script_holds_the_write_lock(sqlite_url, clock, monkeypatch):
    """A long import holds SQLite's write lock; every read the window makes on a change
    (the portfolio, Home, a customer's usage, the agenda, the ledger) still answers, with
    the last committed data, instead of waiting for the import to end."""
    from accountdesk.db import engine as db_engine
    from accountdesk.domain.periods import Month
    from accountdesk.domain.tiers import Category
    from accountdesk.services.ledger import NewEntry
    from accountdesk.services.ledger_browser import LedgerFilter

    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_SECONDS", 1)  # a read that waits fails fast
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.ledger.log(NewEntry("Acme", date(2026, 11, 2), 5400, Category.CONSULTING, "ann", "work"))
    november = Month(2026, 11)
    script = sqlite3.connect(desk.engine.url.database, isolation_level=None)
    script.execute("BEGIN IMMEDIATE")
    script.execute("DELETE FROM ledger_entry")  # not committed: nobody else sees it
    try:
        assert [c.name for c in desk.portfolio.customers()] == ["Acme"]
        assert desk.portfolio.counts().customers == 1
        assert [r.consulting_seconds for r in desk.portfolio.customer_table(november)] == [5400]
        assert desk.dashboard.overview(november) is not None
        consulting = desk.entitlements.usage("Acme", november).allowances[0]
        assert consulting.used_seconds == 5400
        assert desk.reviews.agenda() is not None
        assert [e.seconds for e in desk.ledger.entries("Acme", november)] == [5400]
        assert desk.ledger_browser.count(LedgerFilter(month=november)) == 1
    finally:
        script.execute("ROLLBACK")
        script.close()
        desk.close()
