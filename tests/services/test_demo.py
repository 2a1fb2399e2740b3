"""The demo portfolio: reproducible, realistic, and within every rule the app enforces.

The checks go through the services and the database the app itself uses, so a demo
row that the app would refuse (an entry in the future, outside the contract, in a
category the tier does not include) fails here.
"""

from __future__ import annotations

import re
import shutil
from collections import Counter
from collections.abc import Callable, Iterator
from datetime import UTC, date, datetime, timedelta
from itertools import pairwise
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from accountdesk.app import Desk, open_desk
from accountdesk.db import models as m
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.ledger import check_entry
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.sla import BusinessCalendar, CaseState, ResponseClock
from accountdesk.domain.tiers import Category, Severity, Tier, within
from accountdesk.services import demo
from accountdesk.services.cases import CaseInfo
from accountdesk.services.demo import DemoSummary, generate_demo
from accountdesk.services.loading import contract_of
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot

TODAY = date(2026, 11, 26)  # the `clock` fixture's today
MONTHS = 6
FIRST_DAY = date(2026, 6, 1)  # the first day of a 6-month history up to TODAY


@pytest.fixture
def fresh_sqlite_desk(
    sqlite_template: Path, tmp_path: Path, clock: FixedClock
) -> Iterator[Callable[[], Desk]]:
    """More empty SQLite databases in one test, to compare runs."""
    opened: list[Desk] = []

    def make() -> Desk:
        path = tmp_path / f"other-{len(opened)}.sqlite3"
        shutil.copyfile(sqlite_template, path)
        opened.append(open_desk(f"sqlite:///{path}", clock=clock, user="tester"))
        return opened[-1]

    yield make
    for each in opened:
        each.close()


def _demo(desk: Desk, customers: int = 40, seed: int = 1) -> DemoSummary:
    return generate_demo(desk.sessions, desk.clock, customers=customers, months=MONTHS, seed=seed)


def _utc(value: Any) -> Any:
    # PostgreSQL hands back aware timestamps, SQLite naive UTC ones: compare as UTC.
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.astimezone(UTC).replace(tzinfo=None)
    return value


def _content(desk: Desk) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table the demo writes, with customers by name and no row ids."""
    with desk.sessions.begin() as s:
        names = {id_: name for id_, name in s.execute(select(m.Customer.id, m.Customer.name))}
        cases = {
            id_: (names[customer_id], reference)
            for id_, customer_id, reference in s.execute(
                select(m.SupportCase.id, m.SupportCase.customer_id, m.SupportCase.reference)
            )
        }
        content: dict[str, list[tuple[Any, ...]]] = {}
        for cls in (
            m.Customer,
            m.ContractTerm,
            m.Contact,
            m.LedgerEntry,
            m.Review,
            m.AuditEntry,
            m.LockedMonth,
            m.SupportCase,
            m.CaseWaiting,
            m.CaseEscalation,
        ):
            table = m.Base.metadata.tables[cls.__tablename__]
            columns = [c for c in table.columns if c.name not in ("id", "corrects_id")]
            rows = []
            for row in s.execute(select(*columns)):
                values = dict(zip([c.name for c in columns], row, strict=True))
                if "customer_id" in values:
                    values["customer_id"] = names.get(values["customer_id"])
                if "case_id" in values:
                    case = values["case_id"]  # an entry's case is optional
                    values["case_id"] = None if case is None else cases[case]
                rows.append(tuple(_utc(values[c.name]) for c in columns))
            content[table.name] = sorted(rows, key=repr)
        return content


def test_the_same_seed_and_today_give_the_same_database(
    desk: Desk, fresh_sqlite_desk: Callable[[], Desk]
) -> None:
    # On PostgreSQL this also shows that both databases get exactly the same content.
    first = _demo(desk, customers=30, seed=7)
    other = fresh_sqlite_desk()
    second = _demo(other, customers=30, seed=7)
    assert first == second
    content = _content(desk)
    assert content == _content(other)
    assert content["support_case"] and content["case_waiting"] and content["case_escalation"]


def test_another_seed_gives_another_portfolio(fresh_sqlite_desk: Callable[[], Desk]) -> None:
    one, two = fresh_sqlite_desk(), fresh_sqlite_desk()
    _demo(one, customers=30, seed=1)
    _demo(two, customers=30, seed=2)
    assert _content(one)["ledger_entry"] != _content(two)["ledger_entry"]
    assert _content(one)["customer"] != _content(two)["customer"]


def test_summary_counts_what_was_written(sqlite_desk: Desk) -> None:
    summary = _demo(sqlite_desk, customers=25)
    with sqlite_desk.sessions.begin() as s:

        def count(cls: type[m.Base]) -> int:
            return s.scalar(select(func.count()).select_from(cls)) or 0

        assert summary == DemoSummary(
            customers=count(m.Customer),
            entries=count(m.LedgerEntry),
            contacts=count(m.Contact),
            reviews=count(m.Review),
            tier_changes=count(m.ContractTerm) - count(m.Customer),
            cases=count(m.SupportCase),
        )
    assert summary.customers == 25
    assert summary.tier_changes >= 2
    # About eight entries per customer-month, as the large demo's benchmark assumes.
    assert 4 <= summary.entries / (25 * MONTHS) <= 14


def test_every_tier_in_about_the_usual_shares(desk: Desk) -> None:
    _demo(desk, customers=60)
    tiers = Counter(c.tier for c in desk.portfolio.customers())
    assert set(tiers) == set(Tier)
    shares = {Tier.COMMUNITY: 0.30, Tier.PROFESSIONAL: 0.45, Tier.ENTERPRISE: 0.25}
    for tier, share in shares.items():
        assert abs(tiers[tier] / sum(tiers.values()) - share) <= 0.05, tiers


def test_tier_changes_are_upgrades_and_downgrades_taking_effect_mid_month(desk: Desk) -> None:
    _demo(desk, customers=60)
    rank = {Tier.COMMUNITY: 0, Tier.PROFESSIONAL: 1, Tier.ENTERPRISE: 2}
    moves = []
    for summary in desk.portfolio.customers():
        terms = desk.portfolio.customer(summary.id).terms
        for before, after in pairwise(terms):
            moves.append((before.tier, after.tier))
            assert 5 <= after.effective_from.day <= 25  # mid-month

            assert summary.start < after.effective_from <= TODAY
            assert summary.end is None or after.effective_from <= summary.end
    assert (Tier.PROFESSIONAL, Tier.ENTERPRISE) in moves
    assert any(rank[before] > rank[after] for before, after in moves)


def test_contracts_span_the_history_and_some_renew_within_60_days(desk: Desk) -> None:
    _demo(desk, customers=60)
    customers = desk.portfolio.customers()
    assert min(c.start for c in customers) <= FIRST_DAY
    assert any(FIRST_DAY < c.start <= TODAY for c in customers)  # onboarding over time
    renewing = [c for c in customers if c.end and 0 <= c.renewal_in_days(TODAY) <= 60]
    assert renewing
    assert all(c.end is None for c in customers if c.tier is Tier.COMMUNITY)


def test_accounts_look_like_a_real_portfolio(desk: Desk) -> None:
    _demo(desk, customers=60)
    details = [desk.portfolio.customer(c.id) for c in desk.portfolio.customers()]
    names = [d.name for d in details]
    assert len({n.casefold() for n in names}) == len(names)
    assert any(re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", n) for n in names)  # Japanese
    assert sum(not n.isascii() for n in names) >= 3
    assert len({d.timezone for d in details}) >= 5
    assert len({d.language for d in details}) >= 2
    for detail in details:
        assert detail.summary.csm
        if detail.summary.tier is not Tier.COMMUNITY:
            assert detail.summary.tam
        assert all(re.fullmatch(r"[^@\s]+@[^@\s]+\.example", c.email) for c in detail.contacts)


def test_named_contacts_within_the_limit_except_after_a_downgrade(desk: Desk) -> None:
    _demo(desk, customers=60)
    limits = {spec.key: spec for spec in desk.catalog.tiers()}
    over = []
    for summary in desk.portfolio.customers():
        detail = desk.portfolio.customer(summary.id)
        seats = sum(c.training_seat for c in detail.contacts)
        assert within(seats, limits[summary.tier].training_seats)
        if summary.over_contact_limit:
            # Only a downgrade leaves an account over its limit: the tier before allowed it.
            over.append(summary.name)
            before, now = (t.tier for t in detail.terms[-2:])
            assert not within(summary.named_contacts, limits[now].named_contacts)
            assert within(summary.named_contacts, limits[before].named_contacts)
    assert 1 <= len(over) <= 6  # a couple of accounts, not a habit


def test_ledger_entries_obey_every_rule_of_the_ledger(desk: Desk) -> None:
    _demo(desk, customers=40)
    seen: Counter[str] = Counter()
    with desk.sessions.begin() as s:
        for customer in s.scalars(select(m.Customer)):
            contract = contract_of(s, customer)
            entries = s.execute(
                select(
                    m.LedgerEntry.entry_date, m.LedgerEntry.category, m.LedgerEntry.seconds
                ).where(m.LedgerEntry.customer_id == customer.id)
            )
            logged = set()
            for day, category, seconds in entries:
                # The very check the ledger applies to a new entry: not in the future,
                # inside the contract, a category the tier in force that day includes,
                # more than nothing and at most 24 hours.
                check_entry(customer.name, contract, Category(category), day, seconds, TODAY, set())
                assert day >= FIRST_DAY
                logged.add(category)
            seen.update(logged)
            term = contract.term_on(TODAY)
            steady = len(contract.terms) == 1 and contract.start < date(2026, 9, 1)
            if steady and term is not None and term.tier.key is not Tier.COMMUNITY:
                assert {Category.CONSULTING.value, Category.INCIDENT.value} <= logged
            if term is not None and term.tier.key is Tier.COMMUNITY and steady:
                assert logged == set()  # Community includes no hours at all
    assert set(seen) == {c.value for c in Category}


def test_consulting_hovers_around_the_allowance(desk: Desk) -> None:
    _demo(desk, customers=30)
    over = under = 0
    charged = False
    for summary in desk.portfolio.customers():
        if summary.tier is Tier.COMMUNITY:
            continue
        month = Month.of(max(summary.start, FIRST_DAY))
        while month.first <= TODAY:
            usage = desk.entitlements.usage(summary.id, month)
            for allowance in usage.allowances:
                if allowance.category is Category.CONSULTING and allowance.included_hours > 0:
                    if allowance.overage_seconds > 0:
                        over += 1
                        charged = charged or usage.overage_total > 0
                    elif allowance.used_seconds > 0:
                        under += 1
            month = month.next()
    assert over >= 3 and under >= 3, (over, under)
    assert charged


def test_reviews_in_every_state_and_as_owed(desk: Desk) -> None:
    _demo(desk, customers=40)
    reviews = desk.reviews.reviews()
    states = Counter(r.state for r in reviews)
    assert set(states) == set(ReviewState)
    assert states[ReviewState.HELD] > states[ReviewState.CANCELLED] + states[ReviewState.MISSED]
    for review in reviews:
        assert FIRST_DAY <= review.due <= TODAY + timedelta(days=90)
        if review.state is ReviewState.HELD:
            assert review.summary and review.attendees  # the client reads it
        if review.state is ReviewState.CANCELLED:
            assert review.reason
        if review.state is not ReviewState.PLANNED:
            assert review.due < TODAY
    overdue = [r for r in reviews if r.overdue]
    assert overdue
    assert any(r.state is ReviewState.PLANNED and r.due > TODAY for r in reviews)
    # The demo planned exactly what the tiers owe: planning again adds nothing.
    assert desk.reviews.plan(until=TODAY + timedelta(days=90)) == []


# Nothing the demo records is later than this: past on every workstation dated TODAY.
SETTLED = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)


def test_cases_for_every_paid_account_in_every_state(desk: Desk) -> None:
    _demo(desk, customers=40)
    cases = desk.cases.cases()  # states at the clock's now: noon UTC on TODAY
    open_states = Counter(c.state for c in cases if c.is_open)
    closed_states = Counter(c.state for c in cases if not c.is_open)
    assert {CaseState.DUE, CaseState.AT_RISK, CaseState.BREACHED, CaseState.MET} <= set(open_states)
    assert {CaseState.MET, CaseState.BREACHED} <= set(closed_states)
    # Breaches are the exception, open cases a small share, and resolved ones the rule.
    assert closed_states[CaseState.BREACHED] <= 0.05 * closed_states.total()
    assert open_states.total() <= 0.1 * len(cases)
    assert set(Counter(c.severity for c in cases)) == set(Severity)
    assert any(c.waiting for c in cases)
    escalated = [c for c in cases if c.escalations]
    assert escalated and any(c.escalation_level >= 3 for c in escalated)
    for case in escalated:
        steps = case.escalations
        assert all(e.reason and e.by for e in steps)
        assert [e.from_level for e in steps] == [1] + [e.to_level for e in steps[:-1]]
        assert steps[-1].to_level == case.escalation_level
    # Every Professional and Enterprise account under contract in the history has
    # cases; Community promises no response time and has none; Enterprise has more.
    per_customer = Counter(c.customer_id for c in cases)
    per_month: dict[Tier, list[float]] = {Tier.PROFESSIONAL: [], Tier.ENTERPRISE: []}
    for summary in desk.portfolio.customers():
        months = len({c.opened_at.strftime("%Y-%m") for c in cases if c.customer_id == summary.id})
        if summary.tier is Tier.COMMUNITY and len(desk.portfolio.customer(summary.id).terms) == 1:
            assert per_customer[summary.id] == 0
        elif (
            summary.tier in per_month
            and summary.start < date(2026, 10, 1)
            and (summary.end is None or summary.end >= TODAY)
        ):
            assert per_customer[summary.id] > 0, summary.name
            per_month[summary.tier].append(per_customer[summary.id] / max(months, 1))
    average = {tier: sum(rates) / len(rates) for tier, rates in per_month.items()}
    assert average[Tier.ENTERPRISE] > average[Tier.PROFESSIONAL] >= 1.5, average


def test_case_times_are_past_and_in_order(desk: Desk) -> None:
    _demo(desk, customers=30)
    with desk.sessions.begin() as s:
        contracts = {c.id: contract_of(s, c) for c in s.scalars(select(m.Customer))}
    for case in desk.cases.cases():
        moments = [case.opened_at, case.first_response_at, case.resolved_at]
        moments += [moment for wait in case.waiting for moment in wait]
        moments += [e.at for e in case.escalations]
        assert all(moment <= SETTLED for moment in moments if moment is not None)
        assert case.opened_at.astimezone(UTC) >= datetime(2026, 5, 31, tzinfo=UTC)
        local = case.opened_at.astimezone(ZoneInfo(case.timezone)).date()
        assert contracts[case.customer_id].covers(local)
        if case.first_response_at and case.resolved_at:
            assert case.opened_at <= case.first_response_at <= case.resolved_at
        for lo, hi in case.waiting:
            assert case.opened_at <= lo < hi
        for e in case.escalations:
            assert case.opened_at <= e.at <= (case.resolved_at or SETTLED)


def _counted_minutes(desk: Desk, case: CaseInfo, until: datetime) -> float:
    """Counted time from opening to `until`, by the clock alone (not by the due moment
    the service worked out)."""
    customer = desk.portfolio.customer(case.customer_id)
    spec = next(t for t in desk.catalog.tiers() if t.key is case.tier)
    year = case.opened_at.year
    holidays = holidays_for(customer.holiday_calendar, date(year, 1, 1), date(year + 1, 12, 31))
    calendar = BusinessCalendar(customer.timezone, frozenset(holidays))
    clock = ResponseClock(spec.coverage[case.severity], calendar, case.waiting)
    return clock.elapsed(case.opened_at, until).total_seconds() / 60


def test_breaches_are_real_by_the_clock(desk: Desk) -> None:
    _demo(desk, customers=40)
    now = desk.clock.now()
    cases = desk.cases.cases()
    breached = [c for c in cases if c.state is CaseState.BREACHED]
    met = [c for c in cases if c.state is CaseState.MET]
    assert breached and met
    for case in breached + met[:150]:
        assert case.target_minutes is not None
        # Breached: the whole target had run a moment before the answer (or now).
        moment = (case.answered_at or now) - timedelta(seconds=1)
        counted = _counted_minutes(desk, case, moment)
        if case.state is CaseState.BREACHED:
            assert counted >= case.target_minutes, case
        else:
            assert counted < case.target_minutes, case


def test_a_handful_of_enterprise_months_earn_a_credit(desk: Desk) -> None:
    _demo(desk, customers=40)
    month, credited, enterprise_months = Month.of(FIRST_DAY), [], 0
    while month.first <= TODAY:
        sla = desk.cases.portfolio_sla(month)
        for customer in sla.customers:
            if customer.tier is Tier.ENTERPRISE:
                enterprise_months += 1
            if customer.figures.credit > 0:
                assert customer.tier is Tier.ENTERPRISE and customer.breaches
                credited.append((customer.customer, month))
        month = month.next()
    assert 1 <= len(credited) <= 0.3 * enterprise_months, (credited, enterprise_months)


def test_refused_on_a_database_that_holds_customers_and_nothing_changes(desk: Desk) -> None:
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"already holds 1 customer; the demo fills only an empty"):
        _demo(desk)
    assert snapshot(desk) == before


def test_refused_a_second_time(sqlite_desk: Desk) -> None:
    _demo(sqlite_desk, customers=5)
    before = snapshot(sqlite_desk)
    with pytest.raises(Refused, match="already holds 5 customers"):
        _demo(sqlite_desk, customers=5)
    assert snapshot(sqlite_desk) == before


@pytest.mark.parametrize(
    ("customers", "months", "message"),
    [
        (0, 6, "at least 1 customer"),
        (-3, 6, "at least 1 customer"),
        (10, 0, "at least 1 month"),
        (10, -1, "at least 1 month"),
        (100_001, 6, "at most 100,000 customers"),
        (10, 121, "at most 120 months"),
    ],
)
def test_refused_without_customers_or_months(
    sqlite_desk: Desk, customers: int, months: int, message: str
) -> None:
    before = snapshot(sqlite_desk)
    with pytest.raises(Refused, match=message):
        generate_demo(sqlite_desk.sessions, sqlite_desk.clock, customers=customers, months=months)
    assert snapshot(sqlite_desk) == before


def test_all_or_nothing(sqlite_desk: Desk, monkeypatch: pytest.MonkeyPatch) -> None:
    written = demo._reviews
    calls = 0

    def fail_halfway(*args: Any) -> list[dict[str, Any]]:
        nonlocal calls
        calls += 1
        if calls == 15:
            raise RuntimeError("the disk is full")
        return written(*args)

    monkeypatch.setattr(demo, "_reviews", fail_halfway)
    before = snapshot(sqlite_desk)
    with pytest.raises(RuntimeError):
        _demo(sqlite_desk, customers=20)
    assert snapshot(sqlite_desk) == before


def test_one_month_of_history_on_the_first_of_the_month(sqlite_desk: Desk) -> None:
    first = date(2026, 3, 1)  # a Sunday: the whole history is one day off work
    summary = generate_demo(sqlite_desk.sessions, FixedClock(first), customers=12, months=1)
    assert summary.customers == 12
    with sqlite_desk.sessions.begin() as s:
        latest = s.scalar(select(func.max(m.LedgerEntry.entry_date)))
        assert latest is None or latest <= first
