"""Two people moving entries between the same two customers at once, in opposite
directions (each fixing an entry logged on the wrong customer): both moves land. Each
move holds both customers; held in opposite orders, PostgreSQL found a deadlock and
ended one of them with an error nobody could act on."""

from __future__ import annotations

import json
from datetime import date

import pytest

from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.processes import start_python

TODAY = date(2026, 11, 26)
MOVES = 60

# One person moving one entry back and forth between Acme and Beta, a transaction
# each; prints how many moves landed and the sentences of those refused.
MOVER = """
import json, sys
from datetime import date
from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import NewEntry

url, entry_id, first, second, moves = sys.argv[1:6]
desk = open_desk(url, clock=FixedClock(date(2026, 11, 26)), user=f"Mover {entry_id}")
landed, refused = 0, []
for n in range(int(moves)):
    to = (first, second)[n % 2]
    change = NewEntry(to, date(2026, 11, 2), 1800, Category.INCIDENT, "Sam", "Triage")
    try:
        desk.ledger.update(int(entry_id), change)
        landed += 1
    except Refused as refusal:
        refused.append(str(refusal))
desk.close()
print(json.dumps([landed, refused]))
"""


@pytest.mark.postgres
def test_two_people_moving_entries_across_the_same_customers_both_land(postgres_url):
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="Carla Souza")
    for name in ("Acme", "Beta"):
        desk.portfolio.add_customer(NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 1)))
    acme = desk.ledger.log(
        NewEntry("Acme", date(2026, 11, 2), 1800, Category.INCIDENT, "Sam", "Triage")
    )
    beta = desk.ledger.log(
        NewEntry("Beta", date(2026, 11, 2), 1800, Category.INCIDENT, "Sam", "Triage")
    )
    # Each mover's first move crosses the other's: Acme's entry to Beta, Beta's to Acme.
    movers = [
        start_python(MOVER, postgres_url, str(acme), "Beta", "Acme", str(MOVES)),
        start_python(MOVER, postgres_url, str(beta), "Acme", "Beta", str(MOVES)),
    ]
    results = [(m.wait(timeout=300), *m.communicate()) for m in movers]
    assert [(code, err) for code, _, err in results] == [(0, "")] * 2
    assert [json.loads(out) for _, out, _ in results] == [[MOVES, []]] * 2
    # An even number of moves each: both entries are back where they began.
    assert desk.ledger.entry(acme).customer == "Acme"
    assert desk.ledger.entry(beta).customer == "Beta"
    desk.close()
