"""The scheduled reviews a tier owes, placed on the customer's working days.

Placement (the domain document leaves the day open; this is the rule the
product uses, written down in the README):

- weekly architecture review: each ISO week, on the weekday the contract started
  (Monday when it started at a weekend);
- monthly architecture review and TAM check-in: each calendar month, on the day of
  month the contract started (the month's last day when shorter);
- quarterly business review: each calendar quarter, in its second month, on that
  same day of month;
- strategic planning: each contract year, eleven months into it, so the next year
  is planned before the renewal.

A day that is not a working day (weekend or the customer's holiday) moves to the
next working day, or to the previous one when the next would leave the period (or
the contract).
Each review has a period key, so planning twice never owes the same review twice.
"""

from __future__ import annotations

from collections.abc import Container, Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from accountdesk.domain.contracts import Contract
from accountdesk.domain.periods import Month, Quarter, add_months, clip
from accountdesk.domain.tiers import Cadence, TierSpec
from accountdesk.wording import REVIEW_KIND


class ReviewKind(StrEnum):
    ARCHITECTURE_REVIEW = "architecture_review"
    TAM_CHECKIN = "tam_checkin"
    QBR = "qbr"
    STRATEGIC_PLANNING = "strategic_planning"

    @property
    def label(self) -> str:
        return REVIEW_KIND[self.value]

    @property
    def minutes(self) -> int:
        """How long the meeting is booked for."""
        return {"architecture_review": 60, "tam_checkin": 30, "qbr": 90}.get(self.value, 180)

    def cadence(self, tier: TierSpec) -> Cadence | None:
        return {
            ReviewKind.ARCHITECTURE_REVIEW: tier.architecture_review,
            ReviewKind.TAM_CHECKIN: tier.tam_checkin,
            ReviewKind.QBR: tier.business_review,
            ReviewKind.STRATEGIC_PLANNING: tier.strategic_planning,
        }[self]


class ReviewState(StrEnum):
    PLANNED = "planned"
    HELD = "held"
    CANCELLED = "cancelled"
    MISSED = "missed"


# Reviews start at 10:00 in the customer's time zone.
START_TIME = time(10, 0)


@dataclass(frozen=True, order=True)
class OwedReview:
    due: date
    kind: ReviewKind
    period_key: str


def is_working_day(day: date, holidays: Container[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


def working_day_near(day: date, first: date, last: date, holidays: Container[date]) -> date:
    """The first working day on or after `day` within [first, last], else the last before it."""
    probe = day
    while probe <= last:
        if is_working_day(probe, holidays):
            return probe
        probe += timedelta(days=1)
    probe = day
    while probe >= first:
        if is_working_day(probe, holidays):
            return probe
        probe -= timedelta(days=1)
    return day  # a period with no working day at all: keep the nominal day


def _weekly(contract: Contract, first: date, last: date) -> Iterator[tuple[str, date, date, date]]:
    offset = contract.start.weekday() if contract.start.weekday() < 5 else 0
    monday = first - timedelta(days=first.weekday())
    while monday <= last:
        year, week, _ = monday.isocalendar()
        yield f"{year}-W{week:02d}", monday + timedelta(days=offset), monday, monday + timedelta(6)
        monday += timedelta(days=7)


def _monthly(contract: Contract, first: date, last: date) -> Iterator[tuple[str, date, date, date]]:
    month = Month.of(first)
    while month.first <= last:
        day = min(contract.start.day, month.days)
        yield month.label, date(month.year, month.month, day), month.first, month.last
        month = month.next()


def _quarterly(
    contract: Contract, first: date, last: date
) -> Iterator[tuple[str, date, date, date]]:
    quarter = Quarter.of(first)
    while quarter.first <= last:
        middle = quarter.months[1]
        day = date(middle.year, middle.month, min(contract.start.day, middle.days))
        yield quarter.label, day, quarter.first, quarter.last
        quarter = quarter.next()


def _yearly(contract: Contract, first: date, last: date) -> Iterator[tuple[str, date, date, date]]:
    year = 0
    while True:
        begins = add_months(contract.start, 12 * year)
        if begins > last:
            return
        ends = add_months(contract.start, 12 * (year + 1)) - timedelta(days=1)
        if ends >= first:
            yield f"contract-year-{year + 1}", add_months(begins, 11), begins, ends
        year += 1


_PLACEMENT = {
    Cadence.WEEKLY: _weekly,
    Cadence.MONTHLY: _monthly,
    Cadence.QUARTERLY: _quarterly,
    Cadence.YEARLY: _yearly,
}


def owed_reviews(
    contract: Contract, first: date, last: date, holidays: Container[date]
) -> list[OwedReview]:
    """Every review the contract owes with a due day in [first, last], in date order."""
    owed: set[OwedReview] = set()
    cadences = {
        (kind, cadence)
        for term in contract.terms
        for kind in ReviewKind
        if (cadence := kind.cadence(term.tier)) is not None
    }
    for kind, cadence in cadences:
        for key, nominal, period_first, period_last in _PLACEMENT[cadence](contract, first, last):
            if not contract.covers(nominal):
                # Not owed: the contract does not reach the period's day. (Moving a day
                # off to a working day must not make it owed only when it is a weekend.)
                continue
            due = working_day_near(nominal, period_first, period_last, holidays)
            inside = clip(period_first, period_last, contract.start, contract.end)
            if inside and not contract.covers(due):
                # A day off at the contract's end pushed the review out of the contract:
                # look for a working day it still covers rather than drop the review.
                due = working_day_near(nominal, inside[0], inside[1], holidays)
                if not is_working_day(due, holidays):
                    continue
            term = contract.term_on(due)
            if not (first <= due <= last) or term is None:
                continue
            if kind.cadence(term.tier) is cadence:
                owed.add(OwedReview(due, kind, key))
    return sorted(owed)


def is_overdue(state: ReviewState, starts_at: datetime, now: datetime) -> bool:
    """A planned review whose time has passed."""
    return state is ReviewState.PLANNED and starts_at < now
