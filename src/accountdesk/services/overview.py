"""What Home shows of the portfolio, and the rules' answers kept for it: plain types and
the code that turns kept answers and a few rows into Home's lists.

Nothing here loads the database layer (SQLAlchemy), so the window can import it, and
read Home's figures from what the database keeps, before that layer has loaded
(services.home_at_start). services.dashboard reads the same lists through it.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from functools import lru_cache
from typing import Any, TypeVar

from accountdesk.domain.clock import time_zone
from accountdesk.domain.contracts import RENEWAL_WINDOW_DAYS, period_of
from accountdesk.domain.forecast import Level
from accountdesk.domain.periods import Month, Period
from accountdesk.domain.reviews import ReviewKind, ReviewState, is_overdue
from accountdesk.domain.tiers import Category, Tier
from accountdesk.reports.data import AdjustmentLine

# The version of the rules whose answers `allowance_figures` keeps: raise it with any
# change to the rules (domain.allowances, forecast.level, dashboard's `_figures`,
# statements' adjustments) or to the payload that changes an answer, and every kept
# answer is computed again.
RULES = 2


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
        return fraction(self.included_hours, self.used_seconds)


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
class CustomerAdjustments:
    """One customer's adjustments waiting for the next report issued for them."""

    customer_id: int
    customer: str
    lines: tuple[AdjustmentLine, ...]
    currency: str = "USD"

    @property
    def total(self) -> Decimal:
        """What they come to together: a charge, or a credit when negative."""
        return sum((line.amount for line in self.lines), Decimal("0.00"))

    @property
    def months(self) -> tuple[Month, ...]:
        """The issued months they concern, oldest first."""
        return tuple(sorted({Month.parse(line.month) for line in self.lines}))


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
class Person:
    """A customer as Home's lines name it, and the clock its reviews start by."""

    id: int
    name: str
    timezone: str


# A category by its stored name, without the enum's call: thousands of rows on Home.
CATEGORY_OF = {category.value: category for category in Category}
_TIER_OF = {tier.value: tier for tier in Tier}


@dataclass(frozen=True)
class CustomerFigures:
    """What the rules say of one customer's month on Home, as `allowance_figures`
    keeps it: its fullest allowance past 80 % (category, included hours, seconds used,
    level) and its overage (seconds, charge), None where there is nothing to list; the
    tier its contract ends on (None: no end); and the adjustments waiting for its next
    report."""

    fullest: tuple[Category, Decimal, int, Level] | None = None
    overage: tuple[Decimal, Decimal] | None = None
    ends_as: Tier | None = None
    pending: tuple[AdjustmentLine, ...] = ()

    def payload(self) -> str:
        """As `allowance_figures` keeps it: the amounts as exact decimal text."""
        fullest = overage = None
        if self.fullest is not None:
            category, included, used, found = self.fullest
            fullest = [category.value, str(included), used, found.value]
        if self.overage is not None:
            overage = [str(amount) for amount in self.overage]
        pending = [
            [
                line.month,
                line.kind,
                line.category,
                str(line.hours),
                str(line.amount),
                line.reason,
                list(line.corrections),
            ]
            for line in self.pending
        ]
        ends_as = None if self.ends_as is None else self.ends_as.value
        return json.dumps([fullest, overage, ends_as, pending], separators=(",", ":"))

    @classmethod
    def from_payload(cls, payload: str) -> CustomerFigures:
        said, overage, ends_as, pending = json.loads(payload)
        fullest = None
        if said is not None:
            fullest = (CATEGORY_OF[said[0]], Decimal(said[1]), int(said[2]), Level(said[3]))
        return cls(
            fullest,
            None if overage is None else (Decimal(overage[0]), Decimal(overage[1])),
            None if ends_as is None else _TIER_OF[ends_as],
            tuple(
                AdjustmentLine(
                    month, kind, category, Decimal(hours), Decimal(amount), reason, tuple(ids)
                )
                for month, kind, category, hours, amount, reason, ids in pending
            ),
        )


@lru_cache(maxsize=4096)
def figures_of(payload: str) -> CustomerFigures:
    """A kept payload read: each distinct one once, since most customers' are alike (at
    5,000 customers, some 150 distinct payloads)."""
    return CustomerFigures.from_payload(payload)


def allowance_lines(
    figures: Mapping[int, CustomerFigures], people: Mapping[int, Person], month: Month
) -> tuple[tuple[AllowanceAlert, ...], tuple[Overage, ...]]:
    """Home's allowance and overage lists from the rules' answers, in their order."""
    alerts: list[AllowanceAlert] = []
    overages: list[Overage] = []
    for customer_id, said in figures.items():
        person = people.get(customer_id)
        if person is None:
            continue
        if said.fullest is not None:
            category, included, used, found = said.fullest
            alerts.append(
                AllowanceAlert(
                    customer_id=customer_id,
                    customer=person.name,
                    category=category,
                    period=period_of(category, month.first),
                    included_hours=included,
                    used_seconds=used,
                    level=found,
                )
            )
        if said.overage is not None:
            overages.append(Overage(customer_id, person.name, *said.overage))
    alerts.sort(key=alert_order)
    overages.sort(key=overage_order)
    return tuple(alerts), tuple(overages)


def overdue_lines(
    planned: Iterable[tuple[int, str, date, time]],
    people: Mapping[int, Person],
    now: datetime,
    today: date,
) -> tuple[OverdueReviews, ...]:
    """The customers with planned reviews whose start (in the customer's time zone) has
    passed, from the planned reviews due by tomorrow (customer, kind, due day, start
    time) in due order."""
    counts: dict[int, int] = defaultdict(int)
    oldest: dict[int, tuple[date, ReviewKind]] = {}
    for customer_id, kind, due, start_time in planned:
        person = people.get(customer_id)
        if person is None:
            continue
        starts_at = datetime.combine(due, start_time, tzinfo=time_zone(person.timezone))
        if not is_overdue(ReviewState.PLANNED, starts_at, now):
            continue
        counts[customer_id] += 1
        oldest.setdefault(customer_id, (due, ReviewKind(kind)))
    found = [
        OverdueReviews(
            customer_id=customer_id,
            customer=people[customer_id].name,
            count=counts[customer_id],
            oldest_due=due,
            oldest_kind=kind,
            days_overdue=max(0, (today - due).days),
        )
        for customer_id, (due, kind) in oldest.items()
    ]
    found.sort(key=overdue_order)
    return tuple(found)


def renewal_lines(
    ending: Iterable[tuple[int, str, Tier, date]], today: date
) -> tuple[Renewal, ...]:
    """The contracts (customer, name, the tier it ends on, its end) that end within the
    next 60 days, soonest first."""
    last = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    found = [
        Renewal(customer_id, name, tier, end, (end - today).days)
        for customer_id, name, tier, end in ending
        if today <= end <= last
    ]
    found.sort(key=renewal_order)
    return tuple(found)


def pending_order(pending: CustomerAdjustments) -> tuple[Decimal, str]:
    return -abs(pending.total), pending.customer.casefold()


def pending_lines(
    pending: Mapping[int, tuple[AdjustmentLine, ...]], people: Mapping[int, Person]
) -> tuple[CustomerAdjustments, ...]:
    """The customers with adjustments waiting (their lines in `pending`), largest total
    first."""
    found = [
        CustomerAdjustments(customer_id, people[customer_id].name, lines)
        for customer_id, lines in pending.items()
        if lines and customer_id in people
    ]
    found.sort(key=pending_order)
    return tuple(found)


# The order of each list of the overview (a refresh sorts again what it keeps and adds).
def alert_order(alert: AllowanceAlert) -> tuple[Decimal, str]:
    return -fraction(alert.included_hours, alert.used_seconds), alert.customer.casefold()


def overage_order(overage: Overage) -> tuple[Decimal, Decimal, str]:
    return -overage.charge, -overage.overage_seconds, overage.customer.casefold()


def overdue_order(overdue: OverdueReviews) -> tuple[date, int, str]:
    return overdue.oldest_due, -overdue.count, overdue.customer.casefold()


def renewal_order(renewal: Renewal) -> tuple[date, str]:
    return renewal.ends, renewal.customer.casefold()


# A line of one of the overview's lists: each names its customer.
_Line = TypeVar("_Line", OverdueReviews, AllowanceAlert, Renewal, Overage, CustomerAdjustments)


def merged(
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


def fraction(included_hours: Decimal, used_seconds: int) -> Decimal:
    # Nothing included and hours used is the fullest an allowance can be.
    if included_hours <= 0:
        return Decimal("Infinity")
    return Decimal(used_seconds) / 3600 / included_hours
