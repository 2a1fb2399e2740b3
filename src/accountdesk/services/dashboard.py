"""What needs attention across the portfolio: the Home view's lists and its chart.

The whole portfolio is read with a handful of queries: customers and contract terms in
bulk, the month's measured hours summed per customer, category and day, the overdue
candidates among the planned reviews, and the hours of the last twelve months summed
per month and category. The allowance rules then run per customer on those sums, the
same rules (domain.allowances) that `Entitlements.usage` applies to one customer;
summing a customer's hours per day changes nothing in them, since overage telescopes
within a day and a day has one tier and one month.

The adjustments waiting for the next report are recomputed only for the customers with
an issued month (services.statements.portfolio_pending): no one else can have any.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.allowances import Logged, allowance_usage, measured_categories
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import MEASURED, RENEWAL_WINDOW_DAYS, Contract, period_of
from accountdesk.domain.forecast import Level, level
from accountdesk.domain.periods import Month, Period
from accountdesk.domain.reviews import ReviewKind, ReviewState, is_overdue
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.loading import reading, term, tier_catalog
from accountdesk.services.statements import CustomerAdjustments, portfolio_pending
from accountdesk.services.usage import moved_corrections

CHART_MONTHS = 12
ID_BATCH = 500  # ids per IN (...) list, well below every database's limit
_ORIGINAL = aliased(m.LedgerEntry)  # the entry a correction corrects


@dataclass(frozen=True)
class OverdueReviews:
    """A customer's planned reviews whose time has passed."""

    customer_id: int
    customer: str
    count: int
    oldest_due: date
    oldest_kind: ReviewKind
    days_overdue: int  # since the oldest one was due


@dataclass(frozen=True)
class AllowanceAlert:
    """A customer's hour allowance past 80 % in the month (its fullest one)."""

    customer_id: int
    customer: str
    category: Category
    period: Period
    included_hours: Decimal
    used_seconds: int
    level: Level

    @property
    def used_fraction(self) -> Decimal | None:
        if self.included_hours <= 0:
            return None
        return Decimal(self.used_seconds) / 3600 / self.included_hours


@dataclass(frozen=True)
class Renewal:
    """A contract that ends within the next 60 days."""

    customer_id: int
    customer: str
    tier: Tier
    ends: date
    days_left: int


@dataclass(frozen=True)
class Overage:
    """A customer's overage charged in the month, all allowances together."""

    customer_id: int
    customer: str
    overage_seconds: Decimal
    charge: Decimal
    currency: str = "USD"


@dataclass(frozen=True)
class PortfolioMonth:
    """Hours logged across the portfolio in a month, per category (seconds)."""

    month: Month
    seconds: dict[Category, int]

    @property
    def total_seconds(self) -> int:
        return sum(self.seconds.values())


@dataclass(frozen=True)
class Overview:
    month: Month
    today: date
    customers: int
    overdue_reviews: tuple[OverdueReviews, ...]  # longest overdue first
    allowance_alerts: tuple[AllowanceAlert, ...]  # fullest first
    renewals: tuple[Renewal, ...]  # soonest first
    overages: tuple[Overage, ...]  # largest charge first
    # Adjustments to issued months the next report will carry: largest total first.
    pending: tuple[CustomerAdjustments, ...] = ()

    @property
    def overage_total(self) -> Decimal:
        return sum((o.charge for o in self.overages), Decimal(0))


@dataclass(frozen=True)
class _Account:
    id: int
    name: str
    timezone: str
    contract: Contract


class Dashboard:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def overview(self, month: Month) -> Overview:
        """The portfolio at a glance for `month`: the customers whose allowances are past
        80 % and the overage charged in the month (as at the month's end, by the same
        rules as a customer's usage), and, as of today, the customers with overdue
        reviews, the contracts ending within 60 days and the adjustments waiting for
        the next report."""
        today = self._clock.today()
        with reading(self._sessions) as s:
            accounts = _accounts(s)
            # Only an issued (locked) month's entry can be corrected or adjusted.
            locked = sorted(
                set(s.scalars(select(m.LockedMonth.customer_id).distinct())) & set(accounts)
            )
            alerts, overages = _allowances(s, accounts, month, locked)
            return Overview(
                month=month,
                today=today,
                customers=len(accounts),
                overdue_reviews=_overdue(s, accounts, self._clock.now(), today),
                allowance_alerts=alerts,
                renewals=_renewals(accounts, today),
                overages=overages,
                pending=portfolio_pending(s, locked),
            )

    def hours_by_month(
        self, month: Month, months: int = CHART_MONTHS
    ) -> tuple[PortfolioMonth, ...]:
        """Hours logged across the portfolio in each of the `months` months up to and
        including `month`, per category, oldest first; a correction counts in the month
        of the entry it corrects."""
        with reading(self._sessions) as s:
            return _hours_by_month(s, month, months)


def _accounts(s: Session) -> dict[int, _Account]:
    """Every customer with its contract, in three queries."""
    tiers = tier_catalog(s)
    terms: dict[int, list[m.ContractTerm]] = defaultdict(list)
    for row in s.scalars(select(m.ContractTerm).order_by(m.ContractTerm.effective_from)):
        terms[row.customer_id].append(row)
    accounts: dict[int, _Account] = {}
    rows = s.execute(
        select(
            m.Customer.id,
            m.Customer.name,
            m.Customer.timezone,
            m.Customer.contract_start,
            m.Customer.contract_end,
            m.Customer.rollover,
        ).order_by(m.Customer.name)
    )
    for customer_id, name, timezone, start, end, rollover in rows:
        if not terms[customer_id]:
            continue  # a customer without a contract term is not one the rules can read
        contract = Contract(
            start=start,
            end=end,
            terms=tuple(term(row, tiers) for row in terms[customer_id]),
            rollover=rollover,
        )
        accounts[customer_id] = _Account(customer_id, name, timezone, contract)
    return accounts


def _measured_hours(
    s: Session, accounts: dict[int, _Account], month: Month, locked: list[int]
) -> dict[tuple[int, Category], list[Logged]]:
    """The measured hours that count for `month`, summed per customer, category and day:
    each allowance's period to the month's end (a monthly period lies within the
    quarter). For the customers with rollover, the periods before count too, summed
    per month, which is all the rollover rule reads of them. A correction counts on the
    day of the entry it corrects, as in a customer's own usage (services.usage)."""
    quarter = month.quarter
    day_sums = select(
        m.LedgerEntry.customer_id,
        m.LedgerEntry.category,
        m.LedgerEntry.entry_date,
        func.sum(m.LedgerEntry.seconds),
    ).where(m.LedgerEntry.category.in_([c.value for c in MEASURED]))
    grouping = (m.LedgerEntry.customer_id, m.LedgerEntry.category, m.LedgerEntry.entry_date)
    queries = [
        day_sums.where(m.LedgerEntry.entry_date.between(quarter.first, month.last)).group_by(
            *grouping
        )
    ]
    # By customer id rather than a join on the rollover flag: the customer's own index
    # then finds their history, where a join would read every earlier entry.
    rollover = sorted(a.id for a in accounts.values() if a.contract.rollover)
    for index in range(0, len(rollover), ID_BATCH):
        queries.append(
            day_sums.where(
                m.LedgerEntry.customer_id.in_(rollover[index : index + ID_BATCH]),
                m.LedgerEntry.entry_date < quarter.first,
            ).group_by(*grouping)
        )
    sums: dict[tuple[int, Category, date], int] = defaultdict(int)
    for query in queries:
        for customer_id, text, day, seconds in s.execute(query):
            sums[(customer_id, Category(text), day)] += int(seconds)
    counted = _counted_from(accounts, quarter.first)
    for customer_id, category, dated, corrects, seconds in _corrections(s, locked, month):
        if dated <= month.last and counted(customer_id, dated):
            sums[(customer_id, category, dated)] -= seconds  # summed on its own day above
        if counted(customer_id, corrects):
            sums[(customer_id, category, corrects)] += seconds
    starts = {category: period_of(category, month.first).first for category in MEASURED}
    found: dict[tuple[int, Category], list[Logged]] = defaultdict(list)
    earlier: dict[tuple[int, Category, date], int] = defaultdict(int)
    for (customer_id, category, day), seconds in sums.items():
        if day >= starts[category]:
            found[(customer_id, category)].append(Logged(day, seconds))
        elif (account := accounts.get(customer_id)) and account.contract.rollover:
            earlier[(customer_id, category, day.replace(day=1))] += seconds
    for (customer_id, category, first), seconds in earlier.items():
        found[(customer_id, category)].append(Logged(first, seconds))
    return found


def _counted_from(accounts: dict[int, _Account], first: date) -> Callable[[int, date], bool]:
    """Whether the day sums above hold a customer's day: the quarter's days, and every
    earlier day for a customer with rollover."""

    def counted(customer_id: int, day: date) -> bool:
        if day >= first:
            return True
        account = accounts.get(customer_id)
        return account is not None and account.contract.rollover

    return counted


def _corrections(
    s: Session, issued: list[int], month: Month
) -> list[tuple[int, Category, date, date, int]]:
    """The measured corrections that concern the month's figures: (customer, category,
    the day it is dated, the day of the entry it corrects, seconds). Only an entry of an
    issued (locked) month can be corrected, so only those customers are read."""
    entry, original = m.LedgerEntry, _ORIGINAL
    found: list[tuple[int, Category, date, date, int]] = []
    for index in range(0, len(issued), ID_BATCH):
        rows = s.execute(
            select(
                entry.customer_id,
                entry.category,
                entry.entry_date,
                original.entry_date,
                entry.seconds,
            )
            .join(original, entry.corrects_id == original.id)
            .where(
                entry.customer_id.in_(issued[index : index + ID_BATCH]),
                entry.category.in_([c.value for c in MEASURED]),
                original.entry_date <= month.last,
            )
        )
        found += [
            (customer_id, Category(text), dated, corrects, int(seconds))
            for customer_id, text, dated, corrects, seconds in rows
        ]
    return found


def _allowances(
    s: Session, accounts: dict[int, _Account], month: Month, locked: list[int]
) -> tuple[tuple[AllowanceAlert, ...], tuple[Overage, ...]]:
    hours = _measured_hours(s, accounts, month, locked)
    alerts: list[AllowanceAlert] = []
    overages: list[Overage] = []
    measured_customers = sorted({customer_id for customer_id, _ in hours})
    for customer_id in measured_customers:
        account = accounts.get(customer_id)
        if account is None:
            continue
        fullest: AllowanceAlert | None = None
        over_seconds, charge = Decimal(0), Decimal(0)
        # As the month shows it (services/usage.py): the contract as of its last day.
        contract = account.contract.as_of(month.last)
        for category in measured_categories(contract, month):
            entries = hours.get((customer_id, category))
            if not entries:
                continue
            usage = allowance_usage(contract, category, month, entries)
            over_seconds += usage.overage_seconds
            charge += usage.overage_charge
            found = level(usage.included_hours, usage.used_seconds)
            if found is Level.FINE:
                continue
            alert = AllowanceAlert(
                customer_id=customer_id,
                customer=account.name,
                category=category,
                period=period_of(category, month.first),
                included_hours=usage.included_hours,
                used_seconds=usage.used_seconds,
                level=found,
            )
            if fullest is None or _fullness(alert) > _fullness(fullest):
                fullest = alert
        if fullest is not None:
            alerts.append(fullest)
        # A correction counts in its entry's month, so it can take back overage of an
        # earlier month of the quarter: a negative figure, listed too.
        if charge != 0 or over_seconds != 0:
            overages.append(Overage(customer_id, account.name, over_seconds, charge))
    alerts.sort(key=lambda a: (-_fullness(a), a.customer.casefold()))
    overages.sort(key=lambda o: (-o.charge, -o.overage_seconds, o.customer.casefold()))
    return tuple(alerts), tuple(overages)


def _fullness(alert: AllowanceAlert) -> Decimal:
    # Nothing included and hours used is the fullest an allowance can be.
    fraction = alert.used_fraction
    return Decimal("Infinity") if fraction is None else fraction


def _overdue(
    s: Session, accounts: dict[int, _Account], now: datetime, today: date
) -> tuple[OverdueReviews, ...]:
    """Planned reviews whose start (10:00 in the customer's time zone) has passed. The
    database narrows them to those due by tomorrow (time zones run up to a day apart);
    the customer's clock decides."""
    rows = s.execute(
        select(m.Review.customer_id, m.Review.kind, m.Review.due_date, m.Review.start_time)
        .where(
            m.Review.state == ReviewState.PLANNED.value,
            m.Review.due_date <= today + timedelta(days=1),
        )
        .order_by(m.Review.due_date, m.Review.kind)
    )
    zones: dict[str, ZoneInfo] = {}
    counts: dict[int, int] = defaultdict(int)
    oldest: dict[int, tuple[date, ReviewKind]] = {}
    for customer_id, kind, due, start_time in rows:
        account = accounts.get(customer_id)
        if account is None:
            continue
        zone = zones.setdefault(account.timezone, ZoneInfo(account.timezone))
        starts_at = datetime.combine(due, start_time, tzinfo=zone)
        if not is_overdue(ReviewState.PLANNED, starts_at, now):
            continue
        counts[customer_id] += 1
        oldest.setdefault(customer_id, (due, ReviewKind(kind)))
    found = [
        OverdueReviews(
            customer_id=customer_id,
            customer=accounts[customer_id].name,
            count=counts[customer_id],
            oldest_due=due,
            oldest_kind=kind,
            days_overdue=max(0, (today - due).days),
        )
        for customer_id, (due, kind) in oldest.items()
    ]
    found.sort(key=lambda o: (o.oldest_due, -o.count, o.customer.casefold()))
    return tuple(found)


def _renewals(accounts: dict[int, _Account], today: date) -> tuple[Renewal, ...]:
    last = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    found = [
        Renewal(
            customer_id=account.id,
            customer=account.name,
            tier=account.contract.tier_on(end).key,
            ends=end,
            days_left=(end - today).days,
        )
        for account in accounts.values()
        if (end := account.contract.end) is not None and today <= end <= last
    ]
    found.sort(key=lambda r: (r.ends, r.customer.casefold()))
    return tuple(found)


def _hours_by_month(s: Session, month: Month, count: int) -> tuple[PortfolioMonth, ...]:
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous())
    # Summed per day and folded into months here: grouping by the date column itself
    # reads the same rows as grouping by an expression on it, without computing one.
    rows = s.execute(
        select(m.LedgerEntry.entry_date, m.LedgerEntry.category, func.sum(m.LedgerEntry.seconds))
        .where(m.LedgerEntry.entry_date.between(months[0].first, month.last))
        .group_by(m.LedgerEntry.entry_date, m.LedgerEntry.category)
    )
    totals: dict[tuple[Month, str], int] = defaultdict(int)
    for day, category, seconds in rows:
        totals[(Month.of(day), category)] += int(seconds or 0)
    # A correction counts in its entry's month, not the month it was recorded in.
    for move in moved_corrections(s, months[0].first, month.last):
        for day, seconds in ((move.recorded_on, -move.seconds), (move.counts_on, move.seconds)):
            if months[0].first <= day <= month.last:
                totals[(Month.of(day), move.category.value)] += seconds
    return tuple(
        PortfolioMonth(each, {c: totals[(each, c.value)] for c in Category}) for each in months
    )
