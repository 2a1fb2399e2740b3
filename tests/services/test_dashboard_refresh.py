"""Home's refresh after a change: only the customers a change notice names are read
again, and the overview is the same as a whole read. A hypothesis property over random
sequences of what a team does (log, edit and delete hours, change tiers, rename,
extend or end contracts, hold or cancel reviews, issue a month and correct it), on
PostgreSQL, where the notices are sent; the customers come from the real notices."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import create_engine, text

from accountdesk.app import Desk, open_desk
from accountdesk.db.notices import Listener, merged
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger import NewEntry

TODAY = date(2026, 11, 26)
MONTH = Month(2026, 11)
CUSTOMERS = 12

pytestmark = pytest.mark.postgres


@pytest.fixture(scope="module")
def team(postgres_server: str, postgres_template: str) -> Iterator[tuple[Desk, Desk, Listener]]:
    """A demo portfolio, a teammate's desk that makes the changes, and the Home's desk
    with its listener (one database for the module: each example starts from what the
    last one left, which is just more history)."""
    name = f"refresh_{uuid.uuid4().hex[:8]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE accountdesk_template"))
    url = postgres_server.replace("/postgres?", f"/{name}?")
    clock = FixedClock(TODAY)
    home = open_desk(url, clock=clock, user="Home")
    generate_demo(home.sessions, home.clock, CUSTOMERS, 6, seed=5)
    teammate = open_desk(url, clock=clock, user="Sara Okafor")
    listener = Listener(home.engine, "Home")
    yield home, teammate, listener
    listener.close()
    teammate.close()
    home.close()
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


days = st.integers(0, 55).map(lambda n: TODAY - timedelta(days=n))
picks = st.integers(0, 10_000)


def act(desk: Desk, what: str, pick: int, day: date) -> None:
    customers = desk.portfolio.customers()
    customer = customers[pick % len(customers)]
    with contextlib.suppress(Refused):  # a rule turned it down: nothing changed
        if what == "log":
            category = (Category.CONSULTING, Category.DEVELOPMENT, Category.INCIDENT)[pick % 3]
            desk.ledger.log(
                NewEntry(customer.name, day, 900 * (1 + pick % 40), category, "Ana", "Work")
            )
        elif what in ("edit", "delete", "correct"):
            entries = desk.ledger.entries(customer.id, Month.of(day))
            if not entries:
                return
            entry = entries[pick % len(entries)]
            if what == "edit":
                moved = NewEntry(
                    entry.customer_id,
                    entry.day,
                    entry.seconds + 1800,
                    entry.category,
                    entry.engineer,
                    entry.description or "Work",
                )
                desk.ledger.update(entry.id, moved)
            elif what == "delete":
                desk.ledger.delete(entry.id)
            else:
                desk.ledger.correct(entry.id, entry.seconds + 3600, "Late timesheet")
        elif what == "tier":
            tier = (Tier.COMMUNITY, Tier.PROFESSIONAL, Tier.ENTERPRISE)[pick % 3]
            desk.portfolio.change_tier(customer.id, tier, day)
        elif what == "rename":
            desk.portfolio.update_customer(customer.id, {"name": f"{customer.name} {pick % 7}"})
        elif what == "end":
            desk.portfolio.update_customer(customer.id, {"end": TODAY + timedelta(days=pick % 90)})
        elif what == "issue":
            desk.ledger.lock_month(customer.id, Month(2026, 10))
        elif what in ("held", "cancel"):
            planned = [
                r for r in desk.reviews.reviews(customer.id) if r.state is ReviewState.PLANNED
            ]
            if planned:
                review = planned[pick % len(planned)]
                if what == "held":
                    desk.reviews.mark(review.id, ReviewState.HELD, summary="Done")
                else:
                    desk.reviews.mark(review.id, ReviewState.CANCELLED, reason="Moved")


actions = st.lists(
    st.tuples(
        st.sampled_from(
            ["log", "log", "edit", "delete", "correct", "tier", "rename", "end", "issue", "held",
             "cancel"]
        ),
        picks,
        days,
    ),
    min_size=1,
    max_size=6,
)  # fmt: skip


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=actions)
def test_a_refresh_of_the_named_customers_equals_a_whole_read(team, steps) -> None:
    home, teammate, listener = team
    listener.wait(0.05)  # notices of earlier examples: already read
    before = home.dashboard.overview(MONTH)
    for what, pick, day in steps:
        act(teammate, what, pick, day)
    changes = listener.wait(1.0) if steps else []
    change = merged(changes)
    named = None if change is None else change.customers
    refreshed = home.dashboard.overview(MONTH, since=before, changed=named or frozenset())
    assert refreshed == home.dashboard.overview(MONTH)


def test_what_a_notice_cannot_name_is_read_whole(team) -> None:
    home, _, _ = team
    before = home.dashboard.overview(MONTH)
    assert home.dashboard.overview(MONTH, since=before, changed=None) == before
    # Another month, or another day: a whole read, whatever was named.
    other = home.dashboard.overview(MONTH.previous(), since=before, changed=frozenset())
    assert other.month == MONTH.previous()
