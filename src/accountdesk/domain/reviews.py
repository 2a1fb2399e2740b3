"""The scheduled reviews a tier owes, placed on the customer's working days.

Placement (domain.md's "Scheduled reviews"; the README states the same rule):

- weekly architecture review: each ISO week, on the weekday the contract started
  (Monday when it started at a weekend);
- monthly architecture review and TAM check-in: each calendar month, on the day of
  month the contract started (the month's last day when shorter);
- quarterly business review: each calendar quarter, in its second month, on that
  same day of month;
- strategic planning: each contract year, eleven months into it, so the next year
  is planned before the renewal.

A period owes its review when the contract covers that nominal day under a tier
that owes the kind at that cadence. The review then goes to the first free day on
or after the nominal day within its period, else to the last free day before it; a
day is free when it is a working day (not a weekend, not the customer's holiday),
after the contract's first week, inside the contract under a tier that still owes
the review, and holds no other review of the customer. The rarer kind chooses
first: strategic planning, then the business review, then the monthly reviews,
then the weekly architecture review, so the less frequent review keeps its day and
the other moves. A period left with no free day owes no review of that kind.

Reviews already on record (held, cancelled, missed, or planned before the day
planning starts) keep their day; planning places the others around them. A business
review whose day passed before it was planned goes to the next free working day
after the day planning starts, while its quarter lasts; so does a review already
planned whose day, placed again, would now be in the past.
Each review has a period key, so planning twice never owes the same review twice.
"""

from __future__ import annotations

from collections.abc import Collection, Container, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from enum import StrEnum

from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month, Quarter, add_months, check_year
from accountdesk.domain.tiers import Cadence, TierSpec
from accountdesk.wording import N_, REVIEW_KIND, say


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


# The customer's usual meeting time: every review starts at 10:00 in their time zone.
START_TIME = time(10, 0)


@dataclass(frozen=True, order=True)
class OwedReview:
    due: date
    kind: ReviewKind
    period_key: str


def is_working_day(day: date, holidays: Container[date]) -> bool:
    return day.weekday() < 5 and day not in holidays


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


# The rarer kind chooses its day first (a lower rank).
_RANK = {Cadence.YEARLY: 0, Cadence.QUARTERLY: 1, Cadence.MONTHLY: 2, Cadence.WEEKLY: 3}
# No review in the contract's first week: the first days are for onboarding.
FIRST_WEEK = timedelta(days=7)
# A business review whose day passed before it was planned is caught up.
_CAUGHT_UP = frozenset({ReviewKind.QBR})


def planning_span(first: date, last: date) -> tuple[date, date]:
    """The days `owed_reviews` looks at to place the reviews due in [first, last]:
    whole quarters around them (a review's day depends on the rarer reviews of its
    period). Holidays should be known over this span."""
    return (
        Quarter.of(first - timedelta(days=7)).first,
        Quarter.of(last + timedelta(days=7)).last + timedelta(days=14),
    )


@dataclass(frozen=True)
class _Candidate:
    kind: ReviewKind
    cadence: Cadence
    key: str
    nominal: date
    first: date  # the period's first and last day
    last: date


def owed_reviews(
    contract: Contract,
    first: date,
    last: date,
    holidays: Container[date],
    kept: Mapping[tuple[ReviewKind, str], date] | None = None,
    planned_from: date | None = None,
    planned: Collection[tuple[ReviewKind, str]] = (),
) -> list[OwedReview]:
    """Every review the contract owes with a due day in [first, last], in date order,
    at most one a day. `kept` are the reviews on record that stay where they are
    ((kind, period key) -> day): their days are taken and they are not returned.
    `planned_from` is the day planning starts: a business review not on record whose
    day would fall before it goes to the next free day after it, in its quarter; so does
    a review `planned` already (from `planned_from` on) whose day would now fall before
    it, rather than drop out of the plan."""
    kept = kept or {}
    lo, hi = planning_span(first, last)
    cadences = {
        (kind, cadence)
        for term in contract.terms
        for kind in ReviewKind
        if (cadence := kind.cadence(term.tier)) is not None
    }
    candidates = []
    for kind, cadence in cadences:
        for key, nominal, period_first, period_last in _PLACEMENT[cadence](contract, lo, hi):
            if (kind, key) in kept or not _owes(contract, kind, cadence, nominal):
                # Not owed when the contract does not reach the period's day, or its tier
                # then does not owe the kind at this cadence.
                continue
            candidates.append(_Candidate(kind, cadence, key, nominal, period_first, period_last))
    candidates.sort(key=lambda c: (_RANK[c.cadence], list(ReviewKind).index(c.kind), c.nominal))
    taken = set(kept.values())
    owed = []
    for candidate in candidates:
        due = _free_day(contract, candidate, contract.start, holidays, taken)
        if (
            due is not None
            and planned_from is not None
            and due < planned_from
            and (candidate.kind in _CAUGHT_UP or (candidate.kind, candidate.key) in planned)
        ):
            # Its day passed before it was planned: the next working day that is free.
            after = planned_from + timedelta(days=1)
            due = _free_day(contract, candidate, after, holidays, taken, only_after=True)
        if due is None:
            continue
        taken.add(due)
        if first <= due <= last:
            owed.append(OwedReview(due, candidate.kind, candidate.key))
    return sorted(owed)


def _owes(contract: Contract, kind: ReviewKind, cadence: Cadence, day: date) -> bool:
    term = contract.term_on(day)
    return term is not None and kind.cadence(term.tier) is cadence


def _free_day(
    contract: Contract,
    candidate: _Candidate,
    earliest: date,
    holidays: Container[date],
    taken: Container[date],
    only_after: bool = False,
) -> date | None:
    """The first free day on or after the nominal day (and `earliest`) in the period,
    else (unless `only_after`) the last free one before it; None when there is none."""
    lo = max(candidate.first, contract.start + FIRST_WEEK)
    hi = candidate.last if contract.end is None else min(candidate.last, contract.end)

    def free(day: date) -> bool:
        return (
            is_working_day(day, holidays)
            and day not in taken
            and _owes(contract, candidate.kind, candidate.cadence, day)
        )

    probe = max(candidate.nominal, lo, earliest)
    while probe <= hi:
        if free(probe):
            return probe
        probe += timedelta(days=1)
    if only_after:
        return None
    probe = min(candidate.nominal, hi)
    while probe >= lo:
        if free(probe):
            return probe
        probe -= timedelta(days=1)
    return None


def is_overdue(state: ReviewState, starts_at: datetime, now: datetime) -> bool:
    """A planned review whose time has passed."""
    return state is ReviewState.PLANNED and starts_at < now


def parse_held_at(text: str) -> datetime:
    """When a review was held, typed as an ISO 8601 timestamp with its offset
    (2026-11-05T10:30+01:00, or Z for UTC), in ASCII digits."""
    try:
        if not text.isascii():
            raise ValueError(text)
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise Refused(
            say(
                "{text!r} is not a date and time; write it as YYYY-MM-DDTHH:MM with its "
                "offset, e.g. 2026-11-05T10:30+01:00.",
                text=text,
            ),
            Field.HELD_AT,
        ) from None
    if moment.tzinfo is None:
        raise Refused(
            say(
                "{text!r} has no offset from UTC; write it as YYYY-MM-DDTHH:MM with its "
                "offset, e.g. 2026-11-05T10:30+01:00.",
                text=text,
            ),
            Field.HELD_AT,
        )
    check_year(moment.date(), N_("held-at date"), Field.HELD_AT)
    return moment
