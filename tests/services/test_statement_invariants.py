"""The conservation of money, as a property over random sequences of what CSMs do over
a customer's half year: log, edit, delete, correct, change tier, issue, reopen; open
support cases, answer them (late, in time, after their month was issued), change the
service-credit percentage.

After every step: no stored statement has changed; remaining hours never exceed
included hours; and the issued totals plus the pending adjustments equal the totals
recomputed from scratch over the same months, to the cent.
"""

from __future__ import annotations

import contextlib
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
)
from sqlalchemy import select

from accountdesk.app import open_desk
from accountdesk.db import models as m
from accountdesk.domain.allowances import allowance_usage, measured_categories
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.cases import customer_month_sla
from accountdesk.services.ledger import NewEntry
from accountdesk.services.loading import contract_of, find_customer
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.statements import standing_statements
from accountdesk.services.usage import logged

TODAY = date(2026, 12, 5)  # every month up to November has ended
START = date(2026, 9, 1)
MONTHS = [Month(2026, n) for n in range(9, 13)]
CUSTOMERS = ("Acme", "Big")
days = st.integers(0, (TODAY - START).days).map(lambda n: START + timedelta(days=n))
quarter_hours = st.integers(1, 40).map(lambda n: n * 900)  # up to 10 h, in quarter hours
moments = st.tuples(st.integers(0, (TODAY - START).days - 1), st.integers(0, 23)).map(
    lambda dh: datetime.combine(START + timedelta(days=dh[0]), time(dh[1]), UTC)
)


class Money(RuleBasedStateMachine):
    folder: Path
    runs = 0

    def __init__(self) -> None:
        super().__init__()
        Money.runs += 1  # a new file each run: a freed machine's id is soon reused
        self.path = self.folder / f"money-{Money.runs}.sqlite3"
        self.desk = open_desk(f"sqlite:///{self.path}", clock=FixedClock(TODAY))
        # Professional: 4 h of consulting a month, so hours run into overage quickly.
        self.desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, START))
        # Enterprise from the start, with cases only: its months earn service credits.
        self.desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, START))
        self.stored: dict[str, str] = {}  # report id: the figures stored when issued

    @initialize(
        hours=st.lists(st.tuples(days, quarter_hours, st.booleans()), min_size=3, max_size=8),
        cases=st.lists(
            st.tuples(moments, st.sampled_from(["critical", "high"]), st.booleans()), max_size=4
        ),
    )
    def some_hours_and_an_issued_month(
        self, hours: list[tuple[date, int, bool]], cases: list[tuple[datetime, str, bool]]
    ) -> None:
        """Start where corrections and adjustments can happen at all: some of Big's
        cases are left unanswered (a breach, and a credit when September is issued)."""
        for day, seconds, development in hours:
            self.log(day, seconds, development)
        for at, severity, answered in cases:
            case = self.desk.cases.open("Big", severity, "Something broke", at=at)
            if answered:  # in time
                self.desk.cases.respond(f"Big:{case.reference}", at + timedelta(minutes=5))
        self.issue()

    def teardown(self) -> None:
        self.desk.engine.dispose()
        self.path.unlink()

    # --- what people do --------------------------------------------------------

    @rule(day=days, seconds=quarter_hours, development=st.booleans())
    def log(self, day: date, seconds: int, development: bool) -> None:
        category = Category.DEVELOPMENT if development else Category.CONSULTING
        # Refused: an issued month, or a tier without development: refused, nothing stored.
        with contextlib.suppress(Refused):
            self.desk.ledger.log(NewEntry("Acme", day, seconds, category, "Ana", "work"))

    @rule(pick=st.integers(0, 10_000), seconds=quarter_hours)
    def edit(self, pick: int, seconds: int) -> None:
        entry = self._entry(pick)
        if entry is not None:
            change = NewEntry(
                "Acme", entry.entry_date, seconds, Category(entry.category), "Ana", "work"
            )
            with contextlib.suppress(Refused):
                self.desk.ledger.update(entry.id, change)

    @rule(pick=st.integers(0, 10_000))
    def delete(self, pick: int) -> None:
        entry = self._entry(pick)
        if entry is not None:
            with contextlib.suppress(Refused):
                self.desk.ledger.delete(entry.id)

    @rule(pick=st.integers(0, 10_000), seconds=st.integers(0, 40).map(lambda n: n * 900))
    def correct(self, pick: int, seconds: int) -> None:
        entry = self._entry(pick)
        if entry is not None:
            # Refused: an open month (edit it instead), or no change.
            with contextlib.suppress(Refused):
                self.desk.ledger.correct(entry.id, seconds, "client query")

    @rule(
        tier=st.sampled_from([Tier.PROFESSIONAL, Tier.ENTERPRISE]),
        day=st.integers(1, 95).map(lambda n: START + timedelta(days=n)),
    )
    def change_tier(self, tier: Tier, day: date) -> None:
        # Refused: into an issued month, orphaned entries, or no change.
        with contextlib.suppress(Refused):
            self.desk.portfolio.change_tier("Acme", tier, day)

    @precondition(lambda self: any(self._next_to_issue(c) is not None for c in CUSTOMERS))
    @rule()
    def issue(self) -> None:
        for customer in CUSTOMERS:
            month = self._next_to_issue(customer)
            if month is not None:
                name = f"{id(self)}-{customer}-{month.label}.pdf"
                self.desk.reports.issue(customer, month, self.folder / name)
        with self.desk.sessions() as s:
            for row in s.scalars(select(m.IssuedReport)):
                self.stored.setdefault(row.report_id, row.figures)

    @rule(customer=st.sampled_from(CUSTOMERS))
    def reopen(self, customer: str) -> None:
        with self.desk.sessions() as s:
            statements = standing_statements(s, find_customer(s, customer).id)
        if statements:
            self.desk.ledger.reopen_month(customer, statements[-1].month, "client query")

    @rule(
        customer=st.sampled_from(CUSTOMERS),
        at=moments,
        severity=st.sampled_from(["critical", "high", "normal", "low"]),
    )
    def open_case(self, customer: str, at: datetime, severity: str) -> None:
        self.desk.cases.open(customer, severity, "Something broke", at=at)

    @rule(
        customer=st.sampled_from(CUSTOMERS),
        pick=st.integers(0, 10_000),
        minutes=st.one_of(st.integers(1, 20), st.integers(1, 3 * 24 * 60)),  # in time or late
    )
    def answer_case(self, customer: str, pick: int, minutes: int) -> None:
        """In time or late, whether or not its month was issued since."""
        cases = self.desk.cases.cases(customer)
        waiting = [c for c in cases if c.first_response_at is None]
        if waiting:
            case = waiting[pick % len(waiting)]
            with contextlib.suppress(Refused):  # after today: not yet happened
                answered = case.opened_at + timedelta(minutes=minutes)
                self.desk.cases.respond(f"{customer}:{case.reference}", answered)

    @rule(
        customer=st.sampled_from(CUSTOMERS),
        pct=st.sampled_from([Decimal("0"), Decimal("10"), Decimal("12.5"), Decimal("25")]),
    )
    def change_credit(self, customer: str, pct: Decimal) -> None:
        with contextlib.suppress(Refused):  # a tier that earns none
            self.desk.cases.set_service_credit(customer, pct)

    # --- what must hold ----------------------------------------------------------

    @invariant()
    def no_stored_statement_ever_changes(self) -> None:
        with self.desk.sessions() as s:
            now = {row.report_id: row.figures for row in s.scalars(select(m.IssuedReport))}
        assert {k: now[k] for k in self.stored} == self.stored

    @invariant()
    def remaining_never_exceeds_included(self) -> None:
        for month in MONTHS:
            for allowance in self.desk.entitlements.usage("Acme", month).allowances:
                assert allowance.remaining_hours <= allowance.included_hours
                assert allowance.used_seconds >= 0

    @invariant()
    def issued_totals_plus_pending_equal_a_recomputation(self) -> None:
        for name in CUSTOMERS:
            with self.desk.sessions() as s:
                customer = find_customer(s, name)
                statements = standing_statements(s, customer.id)
                contract = contract_of(s, customer)
                entries = {c: logged(s, customer.id, c, START, TODAY) for c in Category}
                # The SLA credit from the cases as they stand, at the percentage stated.
                credits = sum(
                    (
                        customer_month_sla(
                            s, customer, each.month, None, each.figures.sla.credit_pct
                        ).figures.credit
                        for each in statements
                        if each.figures.sla is not None
                    ),
                    Decimal(0),
                )
            pending = self.desk.entitlements.usage(name, MONTHS[-1]).pending
            issued = sum((each.figures.total_due for each in statements), Decimal(0))
            recomputed = -credits
            for each in statements:
                recomputed += contract.fee(each.month)
                for category in measured_categories(contract, each.month):
                    usage = allowance_usage(contract, category, each.month, entries[category])
                    recomputed += usage.overage_charge
            assert issued + sum((a.amount for a in pending), Decimal(0)) == recomputed

    # --- helpers ---------------------------------------------------------------

    def _entry(self, pick: int) -> m.LedgerEntry | None:
        with self.desk.sessions() as s:
            rows = list(
                s.scalars(
                    select(m.LedgerEntry)
                    .where(m.LedgerEntry.corrects_id.is_(None))
                    .order_by(m.LedgerEntry.id)
                )
            )
            if not rows:
                return None
            row = rows[pick % len(rows)]
            s.expunge(row)
            return row

    def _next_to_issue(self, customer: str) -> Month | None:
        with self.desk.sessions() as s:
            issued = {
                r.month
                for r in s.scalars(
                    select(m.LockedMonth).where(
                        m.LockedMonth.customer_id == find_customer(s, customer).id
                    )
                )
            }
        for month in MONTHS[:-1]:
            if month.label not in issued:
                return month
        return None


def test_money_is_conserved_over_any_sequence_of_actions(tmp_path: Path) -> None:
    Money.folder = tmp_path
    Money.TestCase.settings = settings(
        max_examples=15,
        stateful_step_count=10,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    Money.TestCase().runTest()
