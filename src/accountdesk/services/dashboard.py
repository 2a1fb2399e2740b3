"""What needs attention across the portfolio: the Home view's lists and its chart.

The whole portfolio is read with a handful of queries: customers and contract terms in
bulk, the hours of the quarter and of the chart's twelve months from the month sums
the database keeps with every ledger write (`month_hours`), and the overdue candidates
among the planned reviews. The allowance rules then run per customer on those sums, the
same rules (domain.allowances) that `Entitlements.usage` applies to one customer;
summing a customer's hours per month changes nothing in them while one term is in
force all month, since overage telescopes within it (the few customers whose tier
changes within the month get that month's days from the ledger).

The adjustments waiting for the next report are recomputed only for the customers with
an issued month (services.statements.portfolio_pending): no one else can have any.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from decimal import Decimal
from typing import Any, TypeVar

from sqlalchemy import func, select, union_all
from sqlalchemy.orm import Session, aliased, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.allowances import Logged, allowance_usage, measured_categories
from accountdesk.domain.clock import Clock, time_zone
from accountdesk.domain.contracts import MEASURED, RENEWAL_WINDOW_DAYS, Contract, period_of
from accountdesk.domain.forecast import Level, level
from accountdesk.domain.periods import Month, Period
from accountdesk.domain.reviews import ReviewKind, ReviewState, is_overdue
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.loading import reading, term, tier_catalog
from accountdesk.services.statements import CustomerAdjustments, portfolio_pending

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

    def overview(
        self,
        month: Month,
        since: Overview | None = None,
        changed: frozenset[int] | None = None,
    ) -> Overview:
        """The portfolio at a glance for `month`: the customers whose allowances are past
        80 % and the overage charged in the month (as at the month's end, by the same
        rules as a customer's usage), and, as of today, the customers with overdue
        reviews, the contracts ending within 60 days and the adjustments waiting for
        the next report.

        `since`, an overview of the same month read earlier today, and `changed`, the
        customers changed since (a change notice names them), make a refresh: only those
        customers are read again, and the others' lines are kept from `since`. What a
        change cannot name (the tiers' catalog) needs a whole read (`changed` None)."""
        today = self._clock.today()
        if since is None or changed is None or since.month != month or since.today != today:
            return self._read(month, today)
        if not changed:
            return since  # nothing a notice named: what was read stands
        return self._refreshed(since, changed, today)

    def _read(self, month: Month, today: date) -> Overview:
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

    def _refreshed(self, since: Overview, changed: frozenset[int], today: date) -> Overview:
        month, ids = since.month, sorted(changed)
        with reading(self._sessions) as s:
            accounts = _accounts(s, ids)
            locked = sorted(
                set(
                    s.scalars(
                        select(m.LockedMonth.customer_id)
                        .where(m.LockedMonth.customer_id.in_(ids))
                        .distinct()
                    )
                )
                & set(accounts)
            )
            alerts, overages = _allowances(s, accounts, month, locked, only=ids)
            customers = s.scalar(select(func.count(func.distinct(m.ContractTerm.customer_id))))
            overdue = _overdue(s, accounts, self._clock.now(), today, only=ids)
            pending = portfolio_pending(s, locked)

        return Overview(
            month=month,
            today=today,
            customers=int(customers or 0),
            overdue_reviews=_merged(since.overdue_reviews, overdue, changed, _overdue_order),
            allowance_alerts=_merged(since.allowance_alerts, alerts, changed, _alert_order),
            renewals=_merged(since.renewals, _renewals(accounts, today), changed, _renewal_order),
            overages=_merged(since.overages, overages, changed, _overage_order),
            pending=_merged(since.pending, pending, changed, _pending_order),
        )

    def hours_by_month(
        self, month: Month, months: int = CHART_MONTHS
    ) -> tuple[PortfolioMonth, ...]:
        """Hours logged across the portfolio in each of the `months` months up to and
        including `month`, per category, oldest first; a correction counts in the month
        of the entry it corrects."""
        with reading(self._sessions) as s:
            return _hours_by_month(s, month, months)


# A category by its stored name, without the enum's call: thousands of rows on Home.
_CATEGORY_OF = {category.value: category for category in Category}


def _accounts(s: Session, only: list[int] | None = None) -> dict[int, _Account]:
    """Every customer (or those of `only`) with its contract, in three queries."""
    tiers = tier_catalog(s)
    terms: dict[int, list[m.ContractTerm]] = defaultdict(list)
    # Plain rows, not ORM objects (a third of the time at 5,000 customers): they carry
    # the same attributes, converted by the same column types.
    table = m.ContractTerm.__table__
    customers = select(
        m.Customer.id,
        m.Customer.name,
        m.Customer.timezone,
        m.Customer.contract_start,
        m.Customer.contract_end,
        m.Customer.rollover,
    ).order_by(m.Customer.name)
    found: list[Any] = []
    for batch in _batches(only):
        term_rows = select(table).order_by(table.c.effective_from)
        customer_rows = customers
        if batch is not None:
            term_rows = term_rows.where(table.c.customer_id.in_(batch))
            customer_rows = customers.where(m.Customer.id.in_(batch))
        for row in s.execute(term_rows):
            terms[row.customer_id].append(row)  # type: ignore[arg-type]
        found += s.execute(customer_rows).all()
    accounts: dict[int, _Account] = {}
    for customer_id, name, timezone, start, end, rollover in found:
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
    s: Session,
    accounts: dict[int, _Account],
    month: Month,
    locked: list[int],
    only: list[int] | None = None,
) -> dict[tuple[int, Category], list[Logged]]:
    """The measured hours that count for `month`, from the month sums the database
    keeps (`month_hours`, a correction already in the month of the entry it corrects):
    each month of the quarter to the month's end (a monthly period lies within the
    quarter) and, for the customers with rollover, every month before, which is all
    the rollover rule reads of them.

    The rules give each overage line the rate of the tier in force on its entry's day.
    Where one term is in force all month, a month's sum stands for its days (overage
    telescopes within it); the few customers whose tier changes within the month get
    their days summed from the ledger instead (`_days_of_the_month`)."""
    hours = m.MonthHours
    measured = [c.value for c in MEASURED]
    sums = select(hours.customer_id, hours.category, hours.month, hours.seconds).where(
        hours.category.in_(measured)
    )
    quarter = sums.where(hours.month.between(month.quarter.first, month.first))
    queries = [
        quarter if batch is None else quarter.where(hours.customer_id.in_(batch))
        for batch in _batches(only)
    ]
    # By customer id rather than a join on the rollover flag: the key's first column
    # then finds their history, where a join would read every earlier month.
    rollover = sorted(a.id for a in accounts.values() if a.contract.rollover)
    for index in range(0, len(rollover), ID_BATCH):
        queries.append(
            sums.where(
                hours.customer_id.in_(rollover[index : index + ID_BATCH]),
                hours.month < month.quarter.first,
            )
        )
    # The day each customer's month sum stands for: one the month's only term is in
    # force on; None where the tier changes within the month.
    days = {i: _one_term_day(a.contract.as_of(month.last), month) for i, a in accounts.items()}
    found: dict[tuple[int, Category], list[Logged]] = defaultdict(list)
    # In one statement: one round trip to a server.
    for customer_id, text, first, seconds in s.execute(union_all(*queries)):
        day = days.get(customer_id) if first == month.first else first
        if day is not None:  # else summed per day below
            found[(customer_id, _CATEGORY_OF[text])].append(Logged(day, int(seconds)))
    changing = sorted(i for i, day in days.items() if day is None)
    summed = _days_of_the_month(s, changing, set(locked), month)
    for (customer_id, category, day), seconds in summed.items():
        found[(customer_id, category)].append(Logged(day, seconds))
    return found


def _one_term_day(contract: Contract, month: Month) -> date | None:
    """A day of `month` on which the term in force is the one every entry of the month
    is charged at, or None when entries of the month fall under different terms (a
    tier change within it; days outside the contract are charged at its last term)."""
    segments = list(contract.segments(month.first, month.last))
    if not segments:
        return month.first  # no allowance applies: no rate is asked for
    terms = {id(term) for term, _, _ in segments}
    if segments[0][1] > month.first or segments[-1][2] < month.last:
        terms.add(id(contract.terms[-1]))
    return segments[0][1] if len(terms) == 1 else None


def _days_of_the_month(
    s: Session, customer_ids: list[int], locked: set[int], month: Month
) -> dict[tuple[int, Category, date], int]:
    """The customers' measured hours of `month` summed per day, a correction on the day
    of the entry it corrects (only a customer with an issued month has any)."""
    entry, original = m.LedgerEntry, _ORIGINAL
    measured = [c.value for c in MEASURED]
    sums: dict[tuple[int, Category, date], int] = defaultdict(int)
    for index in range(0, len(customer_ids), ID_BATCH):
        batch = customer_ids[index : index + ID_BATCH]
        # Corrections left out here rather than in SQL: a condition on corrects_id leads
        # SQLite to that index (the whole ledger) instead of the customer's.
        own = select(
            entry.customer_id,
            entry.category,
            entry.entry_date,
            entry.seconds,
            entry.corrects_id,
        ).where(
            entry.customer_id.in_(batch),
            entry.category.in_(measured),
            entry.entry_date.between(month.first, month.last),
        )
        for customer_id, text, day, seconds, corrects in s.execute(own):
            if corrects is None:
                sums[(customer_id, _CATEGORY_OF[text], day)] += int(seconds)
        corrections = (
            select(entry.customer_id, entry.category, original.entry_date, func.sum(entry.seconds))
            .join(original, entry.corrects_id == original.id)
            .where(
                entry.customer_id.in_(batch),
                entry.category.in_(measured),
                original.entry_date.between(month.first, month.last),
            )
            .group_by(entry.customer_id, entry.category, original.entry_date)
        )
        if locked.isdisjoint(batch):
            continue
        for customer_id, text, day, seconds in s.execute(corrections):
            sums[(customer_id, _CATEGORY_OF[text], day)] += int(seconds)
    return sums


def _allowances(
    s: Session,
    accounts: dict[int, _Account],
    month: Month,
    locked: list[int],
    only: list[int] | None = None,
) -> tuple[tuple[AllowanceAlert, ...], tuple[Overage, ...]]:
    hours = _measured_hours(s, accounts, month, locked, only)
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
    alerts.sort(key=_alert_order)
    overages.sort(key=_overage_order)
    return tuple(alerts), tuple(overages)


# The order of each list of the overview (a refresh sorts again what it keeps and adds).
def _alert_order(alert: AllowanceAlert) -> tuple[Decimal, str]:
    return -_fullness(alert), alert.customer.casefold()


def _overage_order(overage: Overage) -> tuple[Decimal, Decimal, str]:
    return -overage.charge, -overage.overage_seconds, overage.customer.casefold()


def _overdue_order(overdue: OverdueReviews) -> tuple[date, int, str]:
    return overdue.oldest_due, -overdue.count, overdue.customer.casefold()


def _renewal_order(renewal: Renewal) -> tuple[date, str]:
    return renewal.ends, renewal.customer.casefold()


def _pending_order(pending: CustomerAdjustments) -> tuple[Decimal, str]:
    return -abs(pending.total), pending.customer.casefold()


# A line of one of the overview's lists: each names its customer.
_Line = TypeVar("_Line", OverdueReviews, AllowanceAlert, Renewal, Overage, CustomerAdjustments)


def _merged(
    old: tuple[_Line, ...],
    new: Iterable[_Line],
    changed: frozenset[int],
    order: Callable[[_Line], Any],
) -> tuple[_Line, ...]:
    """`old`'s lines of the customers not in `changed`, and `new`'s, in `order`.

    `old` is in that order already: each new line is put in its place by bisection,
    where sorting the whole list again took a quarter of a second at 50,000 customers."""
    lines: list[_Line] = [line for line in old if line.customer_id not in changed]
    for line in new:
        bisect.insort(lines, line, key=order)
    return tuple(lines)


def _batches(only: list[int] | None) -> list[list[int] | None]:
    """`only` in lists short enough for an IN (...); [None] for every customer."""
    if only is None:
        return [None]
    return [only[index : index + ID_BATCH] for index in range(0, len(only), ID_BATCH)]


def _fullness(alert: AllowanceAlert) -> Decimal:
    # Nothing included and hours used is the fullest an allowance can be.
    fraction = alert.used_fraction
    return Decimal("Infinity") if fraction is None else fraction


def _overdue(
    s: Session,
    accounts: dict[int, _Account],
    now: datetime,
    today: date,
    only: list[int] | None = None,
) -> tuple[OverdueReviews, ...]:
    """Planned reviews whose start (10:00 in the customer's time zone) has passed. The
    database narrows them to those due by tomorrow (time zones run up to a day apart);
    the customer's clock decides."""
    planned = (
        select(m.Review.customer_id, m.Review.kind, m.Review.due_date, m.Review.start_time)
        .where(
            m.Review.state == ReviewState.PLANNED.value,
            m.Review.due_date <= today + timedelta(days=1),
        )
        .order_by(m.Review.due_date, m.Review.kind)
    )
    rows = [
        row
        for batch in _batches(only)
        for row in s.execute(
            planned if batch is None else planned.where(m.Review.customer_id.in_(batch))
        )
    ]
    if only is not None:  # in due order across the batches
        rows.sort(key=lambda row: (row.due_date, row.kind))
    counts: dict[int, int] = defaultdict(int)
    oldest: dict[int, tuple[date, ReviewKind]] = {}
    for customer_id, kind, due, start_time in rows:
        account = accounts.get(customer_id)
        if account is None:
            continue
        starts_at = datetime.combine(due, start_time, tzinfo=time_zone(account.timezone))
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
    found.sort(key=_overdue_order)
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
    found.sort(key=_renewal_order)
    return tuple(found)


def _hours_by_month(s: Session, month: Month, count: int) -> tuple[PortfolioMonth, ...]:
    months = [month]
    while len(months) < count:
        months.insert(0, months[0].previous())
    # The month sums the database keeps: a correction is already in its entry's month.
    hours = m.MonthHours
    rows = s.execute(
        select(hours.month, hours.category, func.sum(hours.seconds))
        .where(hours.month.between(months[0].first, month.first))
        .group_by(hours.month, hours.category)
    )
    totals = {(Month.of(first), category): int(seconds or 0) for first, category, seconds in rows}
    return tuple(
        PortfolioMonth(each, {c: totals.get((each, c.value), 0) for c in Category})
        for each in months
    )
