"""Several programs writing into one SQLite file at once: each waits its turn (BEGIN
IMMEDIATE and a busy timeout), and every acknowledged write is there afterwards."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

from accountdesk.app import open_desk
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer

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
    desk.ledger.log(NewEntry("Acme", date(2026, 11, 1 + i % 25), 15, Category.INCIDENT, name))
desk.close()
print("done")
"""


def test_eight_processes_logging_into_one_file_all_succeed(sqlite_url, clock):
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.close()
    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([src, os.environ.get("PYTHONPATH", "")])}
    started = time.monotonic()
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, sqlite_url, f"engineer{n}", str(ENTRIES)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            env=env,
        )
        for n in range(WRITERS)
    ]
    results = [(w.wait(timeout=120), *w.communicate()) for w in writers]
    elapsed = time.monotonic() - started
    assert [(code, out.strip(), err) for code, out, err in results] == [(0, "done", "")] * WRITERS
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    from sqlalchemy import text

    with desk.engine.connect() as c:
        per_engineer = dict(
            c.execute(text("SELECT engineer, count(*) FROM ledger_entry GROUP BY engineer")).all()
        )
    desk.close()
    assert per_engineer == {f"engineer{n}": ENTRIES for n in range(WRITERS)}
    assert elapsed < 60
