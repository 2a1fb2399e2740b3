"""A month's figures as the live ledger gives them: fee, allowances, seats, hours.

What a month shows counts only what happened up to its last day, and a quarterly
allowance assumes the contract as it stood on that day for the rest of the quarter
(a later tier change does not appear in it). A correction counts in the month of the
entry it corrects, never in the month it was recorded in.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from accountdesk.db import models as m
from accountdesk.domain.allowances import (
    AllowanceUsage,
    Logged,
    allowance_usage,
    measured_categories,
)
from accountdesk.domain.contracts import Contract, period_of
from accountdesk.domain.periods import Month, add_months
from accountdesk.domain.tiers import Category, Limit, Tier
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.loading import contract_of

# The entry a correction corrects. Built once: an alias built per call costs more than
# the query it is used in (milliseconds each, for every customer on Home).
_ORIGINAL = aliased(m.LedgerEntry)


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
    # The report id when these are the figures of the month's issued statement.
    issued: str | None = None
    # Adjustments to issued months not yet on a report: the next one issued carries them.
    pending: tuple[AdjustmentLine, ...] = ()

    @property
    def overage_total(self) -> Decimal:
        return sum((a.overage_charge for a in self.allowances), Decimal(0))


def logged(
    s: Session, customer_id: int, category: Category, first: date, last: date
) -> list[Logged]:
    """The customer's entries of a category that count on days [first, last]: the entries
    dated then, and the corrections of them (whenever they were recorded)."""
    entry = m.LedgerEntry
    own = s.execute(
        select(entry.entry_date, entry.seconds, entry.id).where(
            entry.customer_id == customer_id,
            entry.category == category.value,
            entry.corrects_id.is_(None),
            entry.entry_date.between(first, last),
        )
    )
    found = [Logged(day, seconds, order) for day, seconds, order in own]
    original = _ORIGINAL
    corrections = s.execute(
        select(original.entry_date, entry.seconds, entry.id)
        .join(original, entry.corrects_id == original.id)
        .where(
            entry.customer_id == customer_id,
            entry.category == category.value,
            original.entry_date.between(first, last),
        )
    )
    found += [Logged(day, seconds, order, order) for day, seconds, order in corrections]
    return found


def own_hours(s: Session, customer_id: int, first: date, last: date) -> dict[Category, int]:
    """Seconds logged per category on days [first, last], corrections counted on the day
    of the entry they correct."""
    entry = m.LedgerEntry
    original = aliased(m.LedgerEntry)
    counts_on = func.coalesce(original.entry_date, entry.entry_date)
    rows = s.execute(
        select(entry.category, func.sum(entry.seconds))
        .outerjoin(original, entry.corrects_id == original.id)
        .where(entry.customer_id == customer_id, counts_on.between(first, last))
        .group_by(entry.category)
    )
    return {Category(category): int(total or 0) for category, total in rows}


def month_usage(s: Session, customer: m.Customer, month: Month) -> MonthUsage:
    """The month's figures from the live ledger, as the month shows them (see above)."""
    contract = contract_of(s, customer).as_of(month.last)
    allowances = []
    for category in measured_categories(contract, month):
        period = period_of(category, month.first)
        since = contract.start if contract.rollover else period.first
        entries = logged(s, customer.id, category, since, month.last)
        allowances.append(allowance_usage(contract, category, month, entries))
    by_category = own_hours(s, customer.id, month.first, month.last)
    return MonthUsage(
        customer_id=customer.id,
        customer=customer.name,
        month=month,
        tiers=tuple(contract.tiers_in(month.first, month.last)),
        fee=contract.fee(month),
        allowances=tuple(allowances),
        seats=tuple(_seats(s, customer, contract, month)),
        hours_by_category={c: by_category.get(c, 0) for c in Category},
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
            # What the month shows happened by its last day.
            m.LedgerEntry.entry_date <= month.last,
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
