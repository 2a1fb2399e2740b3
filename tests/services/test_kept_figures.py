"""What the allowance rules said of each customer's month, kept so that Home opens
without running them for thousands of customers (`allowance_figures`): Home's overview
from the kept answers always equals the overview computed with none kept.

A hypothesis state machine over what a team and its scripts do to one database, SQLite
and PostgreSQL (log, edit, delete and correct hours, change tiers, end and extend
contracts, switch rollover, issue and reopen months, and SQL of their own on the
ledger, the contract and the tiers), with Home reading months in between; and races:
another program writing while Home reads (and, in tests/faults, a file Home may only
read), and on PostgreSQL the stamps that the triggers raise."""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from datetime import date, timedelta

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import delete, event, func, select, text
from sqlalchemy.orm import sessionmaker

from accountdesk.app import Desk, open_desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.dashboard import Dashboard, Overview
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

TODAY = date(2026, 11, 26)
START = date(2026, 6, 1)
CUSTOMERS = ("Acme", "Big", "Cobalt")
TIERS = (Tier.PROFESSIONAL, Tier.ENTERPRISE, Tier.PROFESSIONAL)
MONTHS = (Month(2026, 11), Month(2026, 10), Month(2026, 8))
days = st.integers(0, (TODAY - START).days).map(lambda n: START + timedelta(days=n))
picks = st.integers(0, 10_000)


def recomputed(desk: Desk, month: Month) -> Overview:
    """Home's overview with no answer kept: read in a transaction that forgets them all
    and is then rolled back, so that the file stays as the test left it."""
    with desk.engine.connect() as connection:
        outer = connection.begin()
        try:
            connection.execute(delete(m.AllowanceFigures))
            sessions = sessionmaker(bind=connection, join_transaction_mode="create_savepoint")
            return Dashboard(sessions, desk.clock).overview(month)
        finally:
            outer.rollback()


def kept_count(desk: Desk) -> int:
    with desk.sessions() as s:
        return int(s.scalar(select(func.count()).select_from(m.AllowanceFigures)) or 0)


class Team(RuleBasedStateMachine):
    """Home's desk reads; a teammate's desk on the same file writes."""

    home: Desk
    teammate: Desk

    def __init__(self) -> None:
        super().__init__()
        with self.teammate.sessions.begin() as s:  # a clean portfolio for each run
            s.execute(text("DELETE FROM customer"))
            s.execute(text("UPDATE tier SET consulting_overage_rate = 150"))
        for name, tier in zip(CUSTOMERS, TIERS, strict=True):
            self.teammate.portfolio.add_customer(NewCustomer(name, tier, START))
            # Past their allowances from the start: every rule has figures to change.
            for day in (date(2026, 10, 5), date(2026, 11, 2), date(2026, 11, 3)):
                self.teammate.ledger.log(
                    NewEntry(name, day, 20 * 3600, Category.CONSULTING, "Ana", "Work")
                )

    def _customer(self, pick: int) -> int:
        return self.teammate.portfolio.customer(CUSTOMERS[pick % len(CUSTOMERS)]).id

    def _entry(self, pick: int, day: date) -> int | None:
        entries = self.teammate.ledger.entries(self._customer(pick), Month.of(day))
        return entries[pick % len(entries)].id if entries else None

    @rule(pick=picks, day=days, quarters=st.integers(1, 96))
    def log(self, pick: int, day: date, quarters: int) -> None:
        category = (Category.CONSULTING, Category.DEVELOPMENT, Category.INCIDENT)[pick % 3]
        with contextlib.suppress(Refused):  # an issued month, a category the tier lacks
            self.teammate.ledger.log(
                NewEntry(CUSTOMERS[pick % 3], day, quarters * 900, category, "Ana", "Work")
            )

    @rule(pick=picks, day=days)
    def edit_delete_or_correct(self, pick: int, day: date) -> None:
        entry = self._entry(pick, day)
        if entry is None:
            return
        with contextlib.suppress(Refused):
            if pick % 3 == 0:
                self.teammate.ledger.delete(entry)
            elif pick % 3 == 1:
                old = self.teammate.ledger.entry(entry)
                moved = NewEntry(
                    old.customer_id, old.day, old.seconds + 1800, old.category, "Ana", "Work"
                )
                self.teammate.ledger.update(entry, moved)
            else:
                self.teammate.ledger.correct(entry, 3600 * (1 + pick % 30), "Late timesheet")

    @rule(pick=picks, day=days)
    def change_tier(self, pick: int, day: date) -> None:
        tier = (Tier.COMMUNITY, Tier.PROFESSIONAL, Tier.ENTERPRISE)[pick % 3]
        with contextlib.suppress(Refused):
            self.teammate.portfolio.change_tier(self._customer(pick), tier, day)

    @rule(pick=picks, day=days)
    def end_extend_or_rollover(self, pick: int, day: date) -> None:
        customer = self._customer(pick)
        with contextlib.suppress(Refused):
            if pick % 3 == 0:
                self.teammate.portfolio.update_customer(customer, {"end": day})
            elif pick % 3 == 1:
                self.teammate.portfolio.update_customer(customer, {"end": None})
            else:
                detail = self.teammate.portfolio.customer(customer)
                self.teammate.portfolio.update_customer(customer, {"rollover": not detail.rollover})

    @rule(pick=picks, month=st.sampled_from(MONTHS[1:]))
    def issue_or_reopen(self, pick: int, month: Month) -> None:
        with contextlib.suppress(Refused):
            if pick % 2:
                self.teammate.ledger.lock_month(self._customer(pick), month)
            else:
                self.teammate.ledger.reopen_month(self._customer(pick), month, "Client query")

    @rule(pick=picks, day=days)
    def a_script_with_its_own_sql(self, pick: int, day: date) -> None:
        """What no service announces: the triggers alone must forget the answers."""
        with self.teammate.engine.begin() as c:
            if pick % 3 == 0:
                c.execute(
                    text(
                        "UPDATE ledger_entry SET seconds = seconds + 7200 WHERE id = "
                        "(SELECT max(id) FROM ledger_entry WHERE corrects_id IS NULL)"
                    )
                )
            elif pick % 3 == 1:
                c.execute(
                    text("UPDATE contract_term SET consulting_hours = :hours WHERE id = "
                         "(SELECT min(id) FROM contract_term)"),
                    {"hours": pick % 12},
                )  # fmt: skip
            else:
                c.execute(
                    text("UPDATE tier SET consulting_overage_rate = :rate"),
                    {"rate": 100 + pick % 200},
                )

    @rule(month=st.sampled_from(MONTHS))
    def home_reads(self, month: Month) -> None:
        self.home.dashboard.overview(month)

    @invariant()
    def home_from_kept_answers_equals_the_rules_run_again(self) -> None:
        for month in MONTHS[:2]:
            assert self.home.dashboard.overview(month) == recomputed(self.home, month)


@contextlib.contextmanager
def home_and_teammate(url: str) -> Iterator[tuple[Desk, Desk]]:
    """Home's desk and a teammate's, on the same database."""
    clock = FixedClock(TODAY)
    home = open_desk(url, clock=clock, user="Home")
    teammate = open_desk(url, clock=clock, user="Sara Okafor")
    try:
        yield home, teammate
    finally:
        teammate.close()
        home.close()


@pytest.fixture()
def team(db_url: str) -> Iterator[tuple[Desk, Desk]]:
    with home_and_teammate(db_url) as desks:
        yield desks


@pytest.fixture()
def sqlite_team(sqlite_url: str) -> Iterator[tuple[Desk, Desk]]:
    with home_and_teammate(sqlite_url) as desks:
        yield desks


@pytest.fixture()
def postgres_team(postgres_url: str) -> Iterator[tuple[Desk, Desk]]:
    with home_and_teammate(postgres_url) as desks:
        yield desks


def test_home_from_kept_answers_equals_the_rules_run_again(team) -> None:
    Team.home, Team.teammate = team
    Team.TestCase.settings = settings(
        max_examples=30,
        stateful_step_count=8,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    Team.TestCase().runTest()
    assert kept_count(Team.home) > 0, "the comparison must be with answers kept"


TEN_HOURS_MORE = "UPDATE ledger_entry SET seconds = seconds + 36000"


def raced(home: Desk, teammate: Desk, other_program: Callable[[], int]) -> Overview:
    """Acme logged an hour and Home read it; then Home reads again with nothing kept,
    while `other_program` commits ten more hours (returning the rows it changed) just
    before Home stores what it computed. What Home read the first time."""
    teammate.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
    teammate.ledger.log(NewEntry("Acme", TODAY, 3600, Category.CONSULTING, "Ana", "Work"))
    before = home.dashboard.overview(MONTHS[0])
    with home.sessions.begin() as s:
        s.execute(delete(m.AllowanceFigures))
    logged = []

    def meanwhile(_conn, _cursor, statement, *_):
        storing = "allowance_figures" in statement and statement.lstrip().startswith("INSERT")
        if storing and not logged:
            logged.append(other_program())

    event.listen(home.engine, "before_cursor_execute", meanwhile)
    try:
        during = home.dashboard.overview(MONTHS[0])
    finally:
        event.remove(home.engine, "before_cursor_execute", meanwhile)
    assert logged == [1]
    assert during == before  # what Home read, before the change
    return before


def test_an_answer_from_data_changed_meanwhile_is_not_kept(sqlite_team) -> None:
    """Another program logs hours after Home began its read, before Home stores what it
    computed: SQLite refuses Home the write, Home still shows what it read, and the next
    read runs the rules again for that customer."""
    home, teammate = sqlite_team

    def other_program() -> int:  # on a connection of its own
        other = sqlite3.connect(str(home.engine.url.database), timeout=5)
        try:
            with other:
                return other.execute(TEN_HOURS_MORE).rowcount
        finally:
            other.close()

    before = raced(home, teammate, other_program)
    assert kept_count(home) == 0  # refused: nothing computed from it is kept
    after = home.dashboard.overview(MONTHS[0])
    assert after == recomputed(home, MONTHS[0])
    assert after.overages and after != before  # ten more hours: an overage now
    assert kept_count(home) == 1


def stored_and_current_stamp(desk: Desk, customer: int) -> tuple[int, int]:
    """The stamp Home stored with the customer's answer, and the customer's stamp now."""
    with desk.sessions() as s:
        stored = s.scalar(
            select(m.AllowanceFigures.stamp).where(m.AllowanceFigures.customer_id == customer)
        )
        current = s.scalar(
            select(m.FiguresStamp.stamp).where(m.FiguresStamp.customer_id == customer)
        )
    return int(stored if stored is not None else -1), int(current or 0)


@pytest.mark.postgres
def test_on_postgresql_an_answer_from_data_changed_meanwhile_is_never_used(
    postgres_team,
) -> None:
    """PostgreSQL lets Home store its answer after another program committed a change:
    the answer is stored with the stamp Home read before the data, which the other's
    change raised, so no read uses it; the next read runs the rules again."""
    home, teammate = postgres_team

    def other_program() -> int:
        with teammate.engine.begin() as c:
            return int(c.execute(text(TEN_HOURS_MORE)).rowcount)

    before = raced(home, teammate, other_program)
    acme = home.portfolio.customer("Acme").id
    stored, current = stored_and_current_stamp(home, acme)
    assert stored < current  # stored, with the stamp from before the change
    after = home.dashboard.overview(MONTHS[0])
    assert after.overages and after != before  # ten more hours: an overage now
    assert after == recomputed(home, MONTHS[0])
    stored, current = stored_and_current_stamp(home, acme)
    assert stored == current


@pytest.mark.postgres
def test_on_postgresql_every_write_the_rules_read_raises_only_its_customers_stamp(
    postgres_url: str,
) -> None:
    """The triggers raise the stamps of the customers a statement wrote for, whichever
    program wrote it; a change to the tiers raises everyone's; a customer with entries
    can still be removed (its rows raise the stamp on the way out)."""
    desk = open_desk(postgres_url, clock=FixedClock(TODAY), user="tester")
    try:
        acme = desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
        big = desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, START))

        def stamps() -> dict[int, int]:
            with desk.sessions() as s:
                rows = s.execute(select(m.FiguresStamp.customer_id, m.FiguresStamp.stamp))
                return {customer: stamp for customer, stamp in rows}

        def raised(sql: str) -> dict[int, int]:
            before = stamps()
            with desk.engine.begin() as c:
                c.execute(text(sql))
            after = stamps()
            return {i: after.get(i, 0) - before.get(i, 0) for i in (acme, big)}

        for day in (1, 2, 3):
            desk.ledger.log(
                NewEntry("Acme", date(2026, 11, day), 3600, Category.CONSULTING, "Ana", "W")
            )
        desk.ledger.log(NewEntry("Big", date(2026, 11, 4), 3600, Category.CONSULTING, "Ana", "W"))
        assert raised(f"UPDATE ledger_entry SET seconds = 7200 WHERE customer_id = {acme}") == {
            acme: 3,
            big: 0,
        }
        assert raised(f"UPDATE ledger_entry SET customer_id = {big} WHERE customer_id = {acme} "
                      "AND entry_date = '2026-11-01'") == {acme: 1, big: 1}  # fmt: skip
        assert raised(f"UPDATE customer SET rollover = true WHERE id = {big}") == {acme: 0, big: 1}
        assert raised(
            f"UPDATE contract_term SET consulting_hours = 1 WHERE customer_id = {acme}"
        ) == {
            acme: 1,
            big: 0,
        }
        assert raised(f"INSERT INTO locked_month VALUES ({acme}, '2026-10', now(), 'Ana')") == {
            acme: 1,
            big: 0,
        }
        assert raised("UPDATE tier SET consulting_overage_rate = 175") == {acme: 1, big: 1}
        assert raised("UPDATE customer SET name = name WHERE false") == {acme: 0, big: 0}
        assert raised(f"DELETE FROM customer WHERE id = {acme}")[big] == 0
        with desk.sessions() as s:
            assert s.get(m.Customer, acme) is None
    finally:
        desk.close()
