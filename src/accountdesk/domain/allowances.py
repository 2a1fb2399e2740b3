"""Allowances used, remaining and gone over, and the overage charge.

Overage hours are the hours beyond the period's allowance. They fall in the
month of the entry that crossed the allowance, and are charged at the overage
rate of the tier in force on that entry's date:

    month overage = max(0, used to end of month - allowance)
                  - max(0, used to end of previous month in the same period - allowance)

Walking the period's entries in date order and giving each entry the part of it
that lies beyond the allowance yields exactly that split, and the rate.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from accountdesk.domain.contracts import Contract, period_of
from accountdesk.domain.money import hours, round2
from accountdesk.domain.periods import Month, Period
from accountdesk.domain.tiers import Category


@dataclass(frozen=True)
class Logged:
    """A ledger entry as the allowance rules see it (adjustments may be negative)."""

    day: date
    minutes: int
    order: int = 0


@dataclass(frozen=True)
class AllowanceUsage:
    """One allowance seen from one month; quarterly ones are quarter-to-date."""

    category: Category
    period: Period
    included_hours: Decimal
    used_minutes: int
    overage_minutes: Decimal
    overage_rate: Decimal | None
    overage_charge: Decimal

    @property
    def used_hours(self) -> Decimal:
        return hours(self.used_minutes)

    @property
    def remaining_hours(self) -> Decimal:
        return round2(max(Decimal(0), self.included_hours - Decimal(self.used_minutes) / 60))

    @property
    def overage_hours(self) -> Decimal:
        return hours(self.overage_minutes)

    @property
    def used_fraction(self) -> Decimal | None:
        """Used / included, or None when nothing is included."""
        if self.included_hours <= 0:
            return None
        return Decimal(self.used_minutes) / 60 / self.included_hours


def overage_per_entry(entries: Sequence[Logged], allowance_minutes: Decimal) -> list[Decimal]:
    """The part of each entry (in date order) that lies beyond the allowance, in minutes."""
    result: list[Decimal] = []
    used = Decimal(0)
    for entry in entries:
        before = max(Decimal(0), used - allowance_minutes)
        used += entry.minutes
        result.append(max(Decimal(0), used - allowance_minutes) - before)
    return result


def _in(period: Period, entries: Iterable[Logged]) -> list[Logged]:
    first, last = period.first, period.last  # computed properties: once, not per entry
    return sorted((e for e in entries if first <= e.day <= last), key=lambda e: (e.day, e.order))


def included_hours(
    contract: Contract, category: Category, period: Period, entries: Sequence[Logged]
) -> Decimal:
    """The period's allowance: prorated, plus what rolls over when the contract says so.

    With rollover, at most one period's allowance carries into the next.
    """
    base = contract.base_allowance(category, period)
    if not contract.rollover:
        return base
    first = period_of(category, contract.start)
    carry = Decimal(0)
    current = first
    while current.first < period.first:
        own = contract.base_allowance(category, current)
        used = Decimal(sum(e.minutes for e in _in(current, entries))) / 60
        carry = min(max(Decimal(0), own + carry - used), own)
        current = current.next()
    return round2(base + carry)


def allowance_usage(
    contract: Contract, category: Category, month: Month, entries: Sequence[Logged]
) -> AllowanceUsage:
    """The allowance of `category` for the period holding `month`, as at the month's end.

    `entries` are the customer's entries of that category (earlier periods too when
    rollover is on); entries after the month are ignored.
    """
    period = period_of(category, month.first)
    included = included_hours(contract, category, period, entries)
    to_date = [e for e in _in(period, entries) if e.day <= month.last]
    beyond = overage_per_entry(to_date, included * 60)
    month_overage = Decimal(0)
    charge = Decimal(0)
    for entry, over in zip(to_date, beyond, strict=True):
        if over == 0 or entry.day < month.first:
            continue
        month_overage += over
        term = contract.term_on(entry.day)
        rate = term.overage_rate(category) if term else None
        charge += over * (rate or 0) / 60
    shown_on = min(month.last, contract.end) if contract.end else month.last
    term_shown = contract.term_on(shown_on) or contract.terms[-1]
    return AllowanceUsage(
        category=category,
        period=period,
        included_hours=included,
        used_minutes=sum(e.minutes for e in to_date),
        overage_minutes=month_overage,
        overage_rate=term_shown.overage_rate(category),
        overage_charge=round2(charge),
    )


def measured_categories(contract: Contract, month: Month) -> list[Category]:
    """The hour allowances that apply to a month: those some term in it includes."""
    found: list[Category] = []
    for category in (Category.CONSULTING, Category.DEVELOPMENT):
        period = period_of(category, month.first)
        if any(t.includes(category) for t, _, _ in contract.segments(period.first, period.last)):
            found.append(category)
    return found
