"""A customer's contract: which tier is in force on which day, and what that is worth.

Proration by days: for a period whose days fall under more than one tier, an
allowance (or the fee) is the sum over the tiers of `value x days under that
tier / days in the period`, rounded half-up to two decimals. Days outside the
contract carry nothing.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from accountdesk.domain.money import round2
from accountdesk.domain.periods import Month, Period, Quarter, clip, days_between
from accountdesk.domain.tiers import Category, Tier, TierSpec

# The allowances measured in hours, and the period each one is measured in.
MEASURED_MONTHLY = Category.CONSULTING
MEASURED_QUARTERLY = Category.DEVELOPMENT
MEASURED = (MEASURED_MONTHLY, MEASURED_QUARTERLY)

# A contract ending within this many days is due for renewal: the Home page lists it,
# the Customers view flags it.
RENEWAL_WINDOW_DAYS = 60


def period_of(category: Category, day: date) -> Period:
    return Quarter.of(day) if category is MEASURED_QUARTERLY else Month.of(day)


@dataclass(frozen=True)
class Term:
    """One row of a contract history: a tier from a date, with optional per-contract terms."""

    tier: TierSpec
    effective_from: date
    monthly_fee: Decimal | None = None
    consulting_hours: Decimal | None = None
    development_hours: Decimal | None = None
    consulting_rate: Decimal | None = None
    development_rate: Decimal | None = None
    service_credit_pct: Decimal | None = None

    @property
    def fee(self) -> Decimal:
        return self.tier.monthly_fee if self.monthly_fee is None else self.monthly_fee

    def included_hours(self, category: Category) -> Decimal:
        """Hours included per measuring period (month or quarter) for a measured category."""
        if category is Category.CONSULTING:
            own = self.consulting_hours
            return self.tier.consulting_hours_per_month if own is None else own
        if category is Category.DEVELOPMENT:
            own = self.development_hours
            return self.tier.development_hours_per_quarter if own is None else own
        return Decimal(0)

    def overage_rate(self, category: Category) -> Decimal | None:
        if category is Category.CONSULTING:
            own = self.consulting_rate
            return self.tier.consulting_overage_rate if own is None else own
        if category is Category.DEVELOPMENT:
            own = self.development_rate
            return self.tier.development_overage_rate if own is None else own
        return None

    def includes(self, category: Category) -> bool:
        """Whether hours of this category may be logged under this term at all."""
        if category in MEASURED:
            return self.included_hours(category) > 0 or self.overage_rate(category) is not None
        if category is Category.TRAINING:
            return self.tier.training_seats != 0
        if category is Category.ONSITE:
            return self.tier.onsite_sessions_per_contract_year > 0
        # Incidents are tracked for the tiers that promise a response at all.
        return bool(self.tier.response_minutes)


@dataclass(frozen=True)
class Contract:
    start: date
    end: date | None
    terms: tuple[Term, ...]
    rollover: bool = False

    def __post_init__(self) -> None:
        ordered = tuple(sorted(self.terms, key=lambda t: t.effective_from))
        object.__setattr__(self, "terms", ordered)

    def as_of(self, day: date) -> Contract:
        """The contract as it stood on `day`: tier changes effective after it left out,
        as if the term in force on that day went on (what a month shows of a quarter)."""
        kept = tuple(t for t in self.terms if t.effective_from <= day) or self.terms[:1]
        if len(kept) == len(self.terms):
            return self
        return Contract(self.start, self.end, kept, self.rollover)

    def covers(self, day: date) -> bool:
        return self.start <= day and (self.end is None or day <= self.end)

    def term_on(self, day: date) -> Term | None:
        if not self.covers(day):
            return None
        current: Term | None = None
        for term in self.terms:
            if term.effective_from <= day:
                current = term
        return current if current is not None else self.terms[0]

    def segments(self, first: date, last: date) -> Iterator[tuple[Term, date, date]]:
        """The runs of days in [first, last] inside the contract, with the term in force."""
        inside = clip(first, last, self.start, self.end)
        if inside is None:
            return
        lo, hi = inside
        for index, term in enumerate(self.terms):
            begins = self.start if index == 0 else term.effective_from
            following = (
                self.terms[index + 1].effective_from if index + 1 < len(self.terms) else None
            )
            ends = hi if following is None else min(hi, following - timedelta(days=1))
            part = clip(lo, hi, begins, ends)
            if part is not None:
                yield term, part[0], part[1]

    def tiers_in(self, first: date, last: date) -> list[Tier]:
        seen: list[Tier] = []
        for term, _, _ in self.segments(first, last):
            if term.tier.key not in seen:
                seen.append(term.tier.key)
        return seen

    def prorate(self, first: date, last: date, value: Callable[[Term], Decimal]) -> Decimal:
        """Sum over terms of value x days under that term / days in [first, last], to the cent."""
        if len(self.terms) == 1 and self.covers(first) and self.covers(last):
            return round2(value(self.terms[0]))  # the common case, asked thousands of times
        segments = list(self.segments(first, last))
        if len(segments) == 1 and segments[0][1:] == (first, last):
            return round2(value(segments[0][0]))  # one term all along: value x n / n
        total = sum(
            (value(term) * days_between(lo, hi) for term, lo, hi in segments),
            Decimal(0),
        )
        return round2(total / days_between(first, last))

    def fee(self, month: Month) -> Decimal:
        return self.prorate(month.first, month.last, lambda term: term.fee)

    def base_allowance(self, category: Category, period: Period) -> Decimal:
        return self.prorate(period.first, period.last, lambda t: t.included_hours(category))

    def tier_on(self, day: date) -> TierSpec:
        """The tier in force on a day; the nearest one when the day is outside the
        contract (the first before it starts, the last after it ends)."""
        term = self.term_on(day)
        if term is not None:
            return term.tier
        return self.terms[0].tier if day < self.start else self.terms[-1].tier
