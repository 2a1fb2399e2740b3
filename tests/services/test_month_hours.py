"""The hours kept per customer, month and category (`month_hours`, kept by triggers in
every ledger write) always equal a sum over the ledger, on SQLite and PostgreSQL: after
any sequence of logging, editing, deleting, correcting, issuing and reopening months,
importing a file, and a script moving an entry with its own SQL. A correction counts
in the month of the entry it corrects."""

from __future__ import annotations

import contextlib
from datetime import date, timedelta
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule
from sqlalchemy import func, select, text, update
from sqlalchemy.orm import aliased

from accountdesk.app import Desk
from accountdesk.db import models as m
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

START = date(2026, 7, 1)  # the tests' today is 2026-11-26
CUSTOMERS = ("Acme", "Big")  # Professional, Enterprise (development too)
MONTHS = [Month(2026, n) for n in range(7, 12)]
days = st.integers(0, (date(2026, 11, 26) - START).days).map(lambda n: START + timedelta(days=n))
quarter_hours = st.integers(1, 16).map(lambda n: n * 900)
categories = st.sampled_from([Category.CONSULTING, Category.DEVELOPMENT, Category.INCIDENT])
picks = st.integers(0, 10_000)


def recomputed(desk: Desk) -> dict[tuple[int, date, str], tuple[int, int]]:
    """The sums from the ledger itself: each entry in its own date's month, a correction
    in the month of the entry it corrects."""
    entry, original = m.LedgerEntry, aliased(m.LedgerEntry)
    found: dict[tuple[int, date, str], tuple[int, int]] = {}
    with desk.sessions() as s:
        rows = s.execute(
            select(entry.customer_id, entry.category, entry.seconds, original.entry_date)
            .outerjoin(original, entry.corrects_id == original.id)
            .add_columns(entry.entry_date)
        )
        for customer_id, category, seconds, corrected_day, day in rows:
            key = (customer_id, (corrected_day or day).replace(day=1), category)
            total, count = found.get(key, (0, 0))
            found[key] = (total + seconds, count + 1)
    return found


def kept(desk: Desk) -> dict[tuple[int, date, str], tuple[int, int]]:
    with desk.sessions() as s:
        return {
            (row.customer_id, row.month, row.category): (row.seconds, row.entries)
            for row in s.scalars(select(m.MonthHours))
        }


class Ledger(RuleBasedStateMachine):
    desk: Desk
    folder: Path

    def __init__(self) -> None:
        super().__init__()
        with self.desk.sessions.begin() as s:  # a clean portfolio for each run
            s.execute(text("DELETE FROM customer"))
        self.desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
        self.desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, START))
        self.files = 0

    @rule(customer=st.sampled_from(CUSTOMERS), day=days, seconds=quarter_hours, category=categories)
    def log(self, customer: str, day: date, seconds: int, category: Category) -> None:
        with contextlib.suppress(Refused):  # an issued month, a category the tier lacks
            self.desk.ledger.log(NewEntry(customer, day, seconds, category, "Ana", "Design review"))

    @rule(
        entries=st.lists(
            st.tuples(st.sampled_from(CUSTOMERS), days, quarter_hours), min_size=1, max_size=4
        )
    )
    def log_many(self, entries: list[tuple[str, date, int]]) -> None:
        with contextlib.suppress(Refused):
            self.desk.ledger.log_many(
                NewEntry(c, d, s, Category.CONSULTING, "Ana", "Design review")
                for c, d, s in entries
            )

    @rule(
        pick=picks,
        customer=st.sampled_from(CUSTOMERS),
        day=days,
        seconds=quarter_hours,
        category=categories,
    )
    def edit(self, pick: int, customer: str, day: date, seconds: int, category: Category) -> None:
        entry = self._entry(pick)
        if entry is not None:
            with contextlib.suppress(Refused):
                self.desk.ledger.update(
                    entry, NewEntry(customer, day, seconds, category, "Bo", "Design review")
                )

    @rule(pick=picks, more=picks)
    def delete(self, pick: int, more: int) -> None:
        chosen = {self._entry(pick), self._entry(more)} - {None}
        with contextlib.suppress(Refused):
            self.desk.ledger.delete_many(e for e in chosen if e is not None)

    @rule(customer=st.sampled_from(CUSTOMERS), month=st.sampled_from(MONTHS))
    def issue(self, customer: str, month: Month) -> None:
        with contextlib.suppress(Refused):
            self.desk.ledger.lock_month(customer, month)

    @rule(customer=st.sampled_from(CUSTOMERS), month=st.sampled_from(MONTHS))
    def reopen(self, customer: str, month: Month) -> None:
        with contextlib.suppress(Refused):
            self.desk.ledger.reopen_month(customer, month, "client query")

    @rule(pick=picks, seconds=st.integers(0, 16).map(lambda n: n * 900))
    def correct(self, pick: int, seconds: int) -> None:
        """Its month issued first, when it is not yet."""
        entry = self._entry(pick)
        if entry is not None:
            info = self.desk.ledger.entry(entry)
            with contextlib.suppress(Refused):  # issued already
                self.desk.ledger.lock_month(info.customer_id, Month.of(info.day))
            with contextlib.suppress(Refused):  # no change
                self.desk.ledger.correct(entry, seconds, "client query")

    @rule(rows=st.lists(st.tuples(st.sampled_from(CUSTOMERS), days, quarter_hours), max_size=4))
    def import_file(self, rows: list[tuple[str, date, int]]) -> None:
        self.files += 1
        path = self.folder / f"hours-{self.files}.csv"
        lines = [f"{c},{d.isoformat()},{s / 3600:.2f},consulting,Cy,Sizing" for c, d, s in rows]
        path.write_text(
            "customer,date,hours,category,engineer,description\n" + "\n".join(lines) + "\n"
        )
        with contextlib.suppress(Refused):
            self.desk.transfer.import_hours(path)

    @rule(pick=picks, days_later=st.integers(-60, 60))
    def a_script_moves_an_entry(self, pick: int, days_later: int) -> None:
        """Past the services, with the entry's corrections: they follow it."""
        entry = self._entry(pick)
        if entry is not None:
            with self.desk.sessions.begin() as s:
                row = s.get_one(m.LedgerEntry, entry)
                s.execute(
                    update(m.LedgerEntry.__table__)  # type: ignore[arg-type]
                    .where(m.LedgerEntry.id == entry)
                    .values(entry_date=row.entry_date + timedelta(days=days_later))
                )

    @invariant()
    def the_kept_sums_are_the_ledgers(self) -> None:
        assert kept(self.desk) == recomputed(self.desk)

    def _entry(self, pick: int) -> int | None:
        """An entry that is not a correction (those are corrected again, not changed)."""
        with self.desk.sessions() as s:
            ids = s.scalars(
                select(m.LedgerEntry.id)
                .where(m.LedgerEntry.corrects_id.is_(None))
                .order_by(m.LedgerEntry.id)
            ).all()
        return ids[pick % len(ids)] if ids else None


def test_the_month_sums_always_equal_the_ledger(desk: Desk, tmp_path: Path) -> None:
    Ledger.desk, Ledger.folder = desk, tmp_path
    Ledger.TestCase.settings = settings(
        max_examples=12,
        stateful_step_count=12,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    Ledger.TestCase().runTest()


def test_removing_a_customer_removes_their_sums(desk: Desk) -> None:
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
    desk.ledger.log(
        NewEntry("Acme", date(2026, 8, 3), 3600, Category.CONSULTING, "Ana", "Design review")
    )
    with desk.sessions.begin() as s:
        s.execute(text("DELETE FROM customer"))
    with desk.sessions() as s:
        assert s.scalar(select(func.count()).select_from(m.MonthHours)) == 0


def test_a_correction_counts_in_the_month_of_the_entry_it_corrects(desk: Desk) -> None:
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
    entry = desk.ledger.log(
        NewEntry("Acme", date(2026, 9, 8), 7200, Category.CONSULTING, "Ana", "Design review")
    )
    desk.ledger.lock_month("Acme", Month(2026, 9))
    correction = desk.ledger.correct(entry, 3600, "client query")
    assert desk.ledger.entry(correction).day == date(2026, 10, 1)  # where it is recorded
    september = (date(2026, 9, 1), Category.CONSULTING.value)
    assert {k[1:]: v for k, v in kept(desk).items()} == {september: (3600, 2)}
    # A script moves the entry to August: its correction goes with it.
    with desk.sessions.begin() as s:
        s.execute(
            text("UPDATE ledger_entry SET entry_date = '2026-08-31' WHERE id = :id"), {"id": entry}
        )
    assert {k[1:]: v for k, v in kept(desk).items()} == {
        (date(2026, 8, 1), Category.CONSULTING.value): (3600, 2)
    }


def test_the_demo_writes_the_sums_at_once_and_leaves_the_trigger_working(desk: Desk) -> None:
    """The demo adds its entries without the per-entry trigger and sums them in one
    statement: the same sums, and the next entry logged is counted as before."""
    generate_demo(desk.sessions, desk.clock, customers=6, months=4, seed=3)
    assert kept(desk) == recomputed(desk) != {}
    with desk.sessions() as s:
        customer = s.scalars(select(m.Customer).order_by(m.Customer.id)).first()
        assert customer is not None
        name = customer.name
    before = sum(seconds for seconds, _ in kept(desk).values())
    desk.ledger.log(NewEntry(name, date(2026, 11, 26), 900, Category.INCIDENT, "Ana", "Call"))
    assert sum(seconds for seconds, _ in kept(desk).values()) == before + 900
    assert kept(desk) == recomputed(desk)
