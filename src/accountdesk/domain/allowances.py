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
from accountdesk.domain.tiers import Category, Tier


@dataclass(frozen=True)
class Logged:
    """A ledger entry as the allowance rules see it.

    `day` is the day it counts on: its own date, or for a correction the date of the
    entry it corrects (a correction changes that month's figures, never the month it
    was recorded in). A correction's seconds may be negative."""

    day: date
    seconds: int
    order: int = 0
    correction: int | None = None  # the correction entry's id, for one


@dataclass(frozen=True)
class OverageLine:
    """Overage of one allowance at one rate: shown hours x rate = shown charge."""

    seconds: Decimal
    rate: Decimal | None
    tier: Tier

    @property
    def hours(self) -> Decimal:
        return hours(self.seconds)

    @property
    def charge(self) -> Decimal:
        return round2(self.hours * (self.rate or 0))


@dataclass(frozen=True)
class AllowanceUsage:
    """One allowance seen from one month; quarterly ones are quarter-to-date."""

    category: Category
    period: Period
    included_hours: Decimal
    used_seconds: int
    overage_lines: tuple[OverageLine, ...] = ()

    @property
    def used_hours(self) -> Decimal:
        return hours(self.used_seconds)

    @property
    def remaining_hours(self) -> Decimal:
        return round2(max(Decimal(0), self.included_hours - Decimal(self.used_seconds) / 3600))

    @property
    def overage_seconds(self) -> Decimal:
        return sum((line.seconds for line in self.overage_lines), Decimal("0.00"))

    @property
    def overage_hours(self) -> Decimal:
        """The sum of the lines' hours, so that the lines add up to what is shown."""
        return sum((line.hours for line in self.overage_lines), Decimal("0.00"))

    @property
    def overage_charge(self) -> Decimal:
        return sum((line.charge for line in self.overage_lines), Decimal("0.00"))

    @property
    def overage_rate(self) -> Decimal | None:
        """The rate of the one overage line; None with none, or with several rates."""
        rates = {line.rate for line in self.overage_lines}
        return rates.pop() if len(rates) == 1 else None

    @property
    def used_fraction(self) -> Decimal | None:
        """Used / included, or None when nothing is included."""
        if self.included_hours <= 0:
            return None
        return Decimal(self.used_seconds) / 3600 / self.included_hours


def overage_per_entry(entries: Sequence[Logged], allowance_seconds: Decimal) -> list[Decimal]:
    """The part of each entry (in date order) that lies beyond the allowance, in seconds."""
    result: list[Decimal] = []
    used = Decimal(0)
    for entry in entries:
        before = max(Decimal(0), used - allowance_seconds)
        used += entry.seconds
        result.append(max(Decimal(0), used - allowance_seconds) - before)
    return result


def _in(period: Period, entries: Iterable[Logged]) -> list[Logged]:
    first, last = period.first, period.last  # computed properties: once, not per entry
    return sorted((e for e in entries if first <= e.day <= last), key=lambda e: (e.day, e.order))


def included_hours(
    contract: Contract, category: Category, period: Period, entries: Sequence[Logged]
) -> Decimal:
    """The period's allowance: prorated, plus what rolls over when the contract says so.

    With rollover, what is unused carries into the next period, at most that next
    period's own allowance: a period never holds more than twice its own.
    """
    base = contract.base_allowance(category, period)
    if not contract.rollover:
        return base
    # Each earlier period's seconds, summed in one pass (not one pass per period).
    used_in: dict[date, int] = {}
    for entry in entries:
        if entry.day < period.first:
            starts = period_of(category, entry.day).first
            used_in[starts] = used_in.get(starts, 0) + entry.seconds
    carry = Decimal(0)
    current = period_of(category, contract.start)
    own = contract.base_allowance(category, current)
    while current.first < period.first:
        used = Decimal(used_in.get(current.first, 0)) / 3600
        following = current.next()
        cap = (
            base
            if following.first == period.first
            else contract.base_allowance(category, following)
        )
        carry = min(max(Decimal(0), own + carry - used), cap)
        current, own = following, cap  # the cap is the following period's own allowance
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
    beyond = overage_per_entry(to_date, included * 3600)
    # One line per rate (and tier): the rate of the tier in force on each entry's day.
    by_rate: dict[tuple[Decimal | None, Tier], Decimal] = {}
    for entry, over in zip(to_date, beyond, strict=True):
        if over == 0 or entry.day < month.first:
            continue
        term = contract.term_on(entry.day) or contract.terms[-1]
        key = (term.overage_rate(category), term.tier.key)
        by_rate[key] = by_rate.get(key, Decimal(0)) + over
    return AllowanceUsage(
        category=category,
        period=period,
        included_hours=included,
        used_seconds=sum(e.seconds for e in to_date),
        overage_lines=tuple(
            OverageLine(seconds, rate, tier) for (rate, tier), seconds in by_rate.items() if seconds
        ),
    )


def measured_categories(contract: Contract, month: Month) -> list[Category]:
    """The hour allowances that apply to a month: those some term in it includes."""
    found: list[Category] = []
    for category in (Category.CONSULTING, Category.DEVELOPMENT):
        period = period_of(category, month.first)
        if any(t.includes(category) for t, _, _ in contract.segments(period.first, period.last)):
            found.append(category)
    return found
