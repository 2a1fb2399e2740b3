"""A team at work on one PostgreSQL database: twenty people log hours into one
customer's October while someone issues October. Every entry is either stored before
the month was locked or refused with a sentence; none is lost, and none lands in the
issued month after its figures were taken."""

from __future__ import annotations

import json
import time
from datetime import date

import pytest
from sqlalchemy import text

from accountdesk.app import Desk, open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.processes import start_python

LOGGERS = 20
ENTRIES = 200
TODAY = date(2026, 11, 26)

# One person logging their entries, one transaction each, through the ledger service;
# prints the ids stored and the sentences of the entries refused.
LOGGER = """
import json, sys
from datetime import date
from accountdesk.app import Desk, open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import NewEntry

url, name, count = sys.argv[1], sys.argv[2], int(sys.argv[3])
desk = open_desk(url, clock=FixedClock(date(2026, 11, 26)), user=name)
stored, refused = [], []
for i in range(count):
    entry = NewEntry("Acme", date(2026, 10, 1 + i % 28), 900, Category.INCIDENT, name)
    try:
        stored.append(desk.ledger.log(entry))
    except Refused as refusal:
        refused.append(str(refusal))
desk.close()
print(json.dumps([stored, refused]))
"""


@pytest.mark.postgres
def test_twenty_people_logging_while_the_month_is_issued_lose_nothing(postgres_url, tmp_path):
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="Carla Souza")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    loggers = [
        start_python(LOGGER, postgres_url, f"Engineer {n}", str(ENTRIES)) for n in range(LOGGERS)
    ]
    try:
        # Issue October once the team is well into its logging.
        deadline = time.monotonic() + 120
        while _october(desk) < LOGGERS * ENTRIES // 4 and time.monotonic() < deadline:
            time.sleep(0.05)
        issued = desk.reports.issue("Acme", Month(2026, 10), tmp_path / "october.pdf")
        results = [(w.wait(timeout=300), *w.communicate()) for w in loggers]
    finally:
        for w in loggers:
            w.kill()
    assert [(code, err) for code, _, err in results] == [(0, "")] * LOGGERS
    stored: list[int] = []
    refused: list[str] = []
    for _, out, _ in results:
        ids, sentences = json.loads(out)
        stored += ids
        refused += sentences
    assert len(stored) + len(refused) == LOGGERS * ENTRIES
    assert refused, "the issue came after every entry: the race was not run"
    assert set(refused) == {
        "2026-10 is locked for Acme because its monthly report was issued; "
        "record a correction instead."
    }
    with desk.engine.connect() as c:
        in_october = set(
            c.execute(
                text(
                    "SELECT id FROM ledger_entry WHERE entry_date BETWEEN "
                    "'2026-10-01' AND '2026-10-31'"
                )
            ).scalars()
        )
        figures = json.loads(c.execute(text("SELECT figures FROM issued_report")).scalar_one())
    desk.close()
    # Nothing acknowledged is lost, nothing refused was stored...
    assert in_october == set(stored)
    # ...and the issued report shows every entry of October: none came after it.
    assert {e["entry_id"] for e in figures["report"]["entries"]} == in_october
    assert issued.report_id


def _october(desk: Desk) -> int:
    with desk.engine.connect() as c:
        return int(
            c.execute(
                text(
                    "SELECT count(*) FROM ledger_entry WHERE entry_date BETWEEN "
                    "'2026-10-01' AND '2026-10-31'"
                )
            ).scalar_one()
        )
