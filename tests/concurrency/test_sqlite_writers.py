"""Several programs writing into one SQLite file at once: each waits its turn (BEGIN
IMMEDIATE and a busy timeout), and every acknowledged write is there afterwards."""

from __future__ import annotations

import sqlite3
from datetime import date

from accountdesk.app import open_desk
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.processes import start_python
from tests.services.test_kept_figures import kept_count, recomputed

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


# Home read again and again, as windows do on every change: each read keeps the rules'
# answers it computed in the file (services/dashboard.py), while the writers change them.
HOME = """
import sys
from datetime import date
from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month

url, count = sys.argv[1], int(sys.argv[2])
desk = open_desk(url, clock=FixedClock(date(2026, 11, 26)), user="Home")
for _ in range(count):
    desk.dashboard.overview(Month(2026, 11))
desk.close()
print("done")
"""

CONSULTANT = """
import sys
from datetime import date
from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import NewEntry

url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
desk = open_desk(url, clock=FixedClock(date(2026, 11, 26)), user=name)
for i in range(count):
    customer = ("Acme", "Big")[i % 2]
    day = date(2026, 11, 1 + i % 25)
    desk.ledger.log(NewEntry(customer, day, 1800, Category.CONSULTING, name, "Work"))
desk.close()
print("done")
"""


def test_home_keeps_right_answers_while_programs_write(sqlite_url, clock):
    """Two programs reading Home over and over (each keeping the answers it computed)
    beside four logging consulting hours for two of three customers: every process
    ends cleanly, every hour logged is there, the untouched customer's answer stays
    kept, and Home from the kept answers equals the rules run again (no answer computed
    from data a writer changed meanwhile was kept; a reader whose store was refused
    each time keeps nothing, which is as right)."""
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    for name in ("Acme", "Big", "Cobalt"):
        desk.portfolio.add_customer(NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.ledger.log(
        NewEntry("Cobalt", date(2026, 11, 2), 20 * 3600, Category.CONSULTING, "ann", "Work")
    )
    desk.dashboard.overview(Month(2026, 11))  # every answer kept before the writers start
    assert kept_count(desk) == 3
    desk.close()
    programs = [start_python(HOME, sqlite_url, "40") for _ in range(2)] + [
        start_python(CONSULTANT, sqlite_url, f"engineer{n}", "30") for n in range(4)
    ]
    results = [(p.wait(timeout=180), *p.communicate()) for p in programs]
    assert [(code, out.strip(), err) for code, out, err in results] == [(0, "done", "")] * 6
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    try:
        november = Month(2026, 11)
        assert kept_count(desk) >= 1  # Cobalt's, whom no one changed
        home = desk.dashboard.overview(november)
        assert home == recomputed(desk, november)
        # 120 half hours across two customers, twenty hours for the third: all past
        # their allowances.
        assert len(home.overages) == 3
        assert sum(len(desk.ledger.entries(n, november)) for n in ("Acme", "Big")) == 120
    finally:
        desk.close()
