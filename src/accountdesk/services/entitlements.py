"""What each customer is entitled to in a month, and what is left of it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.allowances import (
    AllowanceUsage,
    Logged,
    allowance_usage,
    measured_categories,
)
from accountdesk.domain.clock import Clock
from accountdesk.domain.contracts import Contract, period_of
from accountdesk.domain.periods import Month, add_months
from accountdesk.domain.tiers import Category, Limit, Tier
from accountdesk.services.loading import contract_of, find_customer, reading


@dataclass(frozen=True)
class SeatUsage:
    item: str
    included: Limit
    used: int
    period: str


@dataclass(frozen=True)
class MonthUsage:
    customer_id: int
    customer: str
    month: Month
    tiers: tuple[Tier, ...]
    fee: Decimal
    allowances: tuple[AllowanceUsage, ...]
    seats: tuple[SeatUsage, ...]
    hours_by_category: dict[Category, int]
    currency: str = "USD"

    @property
    def overage_total(self) -> Decimal:
        return sum((a.overage_charge for a in self.allowances), Decimal(0))


def logged(
    s: Session, customer_id: int, category: Category, first: date, last: date
) -> list[Logged]:
    rows = s.execute(
        select(m.LedgerEntry.entry_date, m.LedgerEntry.minutes, m.LedgerEntry.id).where(
            m.LedgerEntry.customer_id == customer_id,
            m.LedgerEntry.category == category.value,
            m.LedgerEntry.entry_date.between(first, last),
        )
    )
    return [Logged(day, minutes, order) for day, minutes, order in rows]


def month_usage(s: Session, customer: m.Customer, month: Month) -> MonthUsage:
    contract = contract_of(s, customer)
    allowances = []
    for category in measured_categories(contract, month):
        period = period_of(category, month.first)
        since = contract.start if contract.rollover else period.first
        entries = logged(s, customer.id, category, since, month.last)
        allowances.append(allowance_usage(contract, category, month, entries))
    by_category = dict(
        s.execute(
            select(m.LedgerEntry.category, func.sum(m.LedgerEntry.minutes))
            .where(
                m.LedgerEntry.customer_id == customer.id,
                m.LedgerEntry.entry_date.between(month.first, month.last),
            )
            .group_by(m.LedgerEntry.category)
        ).all()
    )
    return MonthUsage(
        customer_id=customer.id,
        customer=customer.name,
        month=month,
        tiers=tuple(contract.tiers_in(month.first, month.last)),
        fee=contract.fee(month),
        allowances=tuple(allowances),
        seats=tuple(_seats(s, customer, contract, month)),
        hours_by_category={c: int(by_category.get(c.value) or 0) for c in Category},
    )


def _seats(s: Session, customer: m.Customer, contract: Contract, month: Month) -> list[SeatUsage]:
    day = min(month.last, contract.end) if contract.end else month.last
    tier = contract.tier_on(day)

    def count(flag: object) -> int:
        return int(
            s.scalar(
                select(func.count()).where(m.Contact.customer_id == customer.id, flag)  # type: ignore[arg-type]
            )
            or 0
        )

    year_start = contract.start
    while add_months(year_start, 12) <= day:
        year_start = add_months(year_start, 12)
    year_end = add_months(year_start, 12)
    onsite_days = s.scalar(
        select(func.count(func.distinct(m.LedgerEntry.entry_date))).where(
            m.LedgerEntry.customer_id == customer.id,
            m.LedgerEntry.category == Category.ONSITE.value,
            m.LedgerEntry.entry_date >= year_start,
            m.LedgerEntry.entry_date < year_end,
        )
    )
    contract_year = f"{year_start.isoformat()}/{add_months(year_start, 12).isoformat()}"
    return [
        SeatUsage("named_contacts", tier.named_contacts, count(m.Contact.named.is_(True)), "now"),
        SeatUsage(
            "online_training_seats",
            tier.training_seats,
            count(m.Contact.training_seat.is_(True)),
            "now",
        ),
        SeatUsage(
            "onsite_training_sessions",
            tier.onsite_sessions_per_contract_year,
            int(onsite_days or 0),
            contract_year,
        ),
    ]


class Entitlements:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def usage(self, ref: str | int, month: Month) -> MonthUsage:
        """Fee and allowances of a month: included, used, remaining, overage and its
        charge (quarter-to-date at the month's end for quarterly allowances)."""
        with reading(self._sessions) as s:
            return month_usage(s, find_customer(s, ref), month)
