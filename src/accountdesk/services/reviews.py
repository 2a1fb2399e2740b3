"""Planning, recording and exporting the scheduled reviews each tier owes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
from sqlalchemy import delete, select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.clock import Clock
from accountdesk.domain.errors import Refused
from accountdesk.domain.reviews import (
    START_TIME,
    ReviewKind,
    ReviewState,
    is_overdue,
    owed_reviews,
)
from accountdesk.files import write_atomically
from accountdesk.services.common import contract_of, find_customer, holidays_for

PLANNING_HORIZON = timedelta(days=90)


@dataclass(frozen=True)
class ReviewInfo:
    id: int
    customer_id: int
    customer: str
    kind: ReviewKind
    period_key: str
    due: date
    starts_at: datetime  # aware, in the customer's time zone
    minutes: int
    state: ReviewState
    overdue: bool
    notes: str
    attendees: str
    reason: str


def local_today(clock: Clock, timezone: str) -> date:
    return clock.now().astimezone(ZoneInfo(timezone)).date()


def plan_customer(s: Session, customer: m.Customer, first: date, until: date) -> list[m.Review]:
    """Add the reviews owed in [first, until] that are not planned yet."""
    contract = contract_of(s, customer)
    holidays = holidays_for(customer.holiday_calendar, first, until + timedelta(days=14))
    have = set(
        s.execute(
            select(m.Review.kind, m.Review.period_key).where(m.Review.customer_id == customer.id)
        )
    )
    added = []
    for owed in owed_reviews(contract, first, until, holidays):
        if (owed.kind.value, owed.period_key) in have:
            continue
        review = m.Review(
            customer_id=customer.id,
            kind=owed.kind.value,
            period_key=owed.period_key,
            due_date=owed.due,
            start_time=START_TIME,
            minutes=owed.kind.minutes,
            state=ReviewState.PLANNED.value,
            notes="",
            attendees="",
            reason="",
        )
        s.add(review)
        added.append(review)
    s.flush()
    return added


def replan_after_tier_change(
    s: Session, customer: m.Customer, effective: date, clock: Clock
) -> None:
    """Drop the planned (not yet held) reviews from the change on and plan them again
    under the new tier, as far ahead as they had been planned."""
    planned = list(
        s.scalars(
            select(m.Review.due_date).where(
                m.Review.customer_id == customer.id,
                m.Review.state == ReviewState.PLANNED.value,
                m.Review.due_date >= effective,
            )
        )
    )
    if not planned:
        return
    s.execute(
        delete(m.Review).where(
            m.Review.customer_id == customer.id,
            m.Review.state == ReviewState.PLANNED.value,
            m.Review.due_date >= effective,
        )
    )
    s.flush()
    first = max(effective, local_today(clock, customer.timezone))
    plan_customer(s, customer, first, max(planned))


class Reviews:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def plan(self, ref: str | int | None = None, until: date | None = None) -> list[ReviewInfo]:
        """Plan what each customer's tier owes from today to `until` (default: 90 days
        ahead). Planning again never adds a review twice."""
        with self._sessions.begin() as s:
            if ref is None:
                customers = list(s.scalars(select(m.Customer).order_by(m.Customer.id)))
            else:
                customers = [find_customer(s, ref)]
            added: list[tuple[m.Customer, m.Review]] = []
            for customer in customers:
                today = local_today(self._clock, customer.timezone)
                end = until or today + PLANNING_HORIZON
                if end < today:
                    raise Refused(f"{end.isoformat()} is in the past; plan ahead of today.")
                added += [(customer, r) for r in plan_customer(s, customer, today, end)]
            return [self._info(customer, review) for customer, review in added]

    def reviews(
        self, ref: str | int | None = None, state: ReviewState | None = None
    ) -> list[ReviewInfo]:
        with self._sessions.begin() as s:
            query = (
                select(m.Review, m.Customer)
                .join(m.Customer)
                .order_by(m.Review.due_date, m.Customer.name, m.Review.kind)
            )
            if ref is not None:
                query = query.where(m.Review.customer_id == find_customer(s, ref).id)
            if state is not None:
                query = query.where(m.Review.state == state.value)
            return [self._info(customer, review) for review, customer in s.execute(query)]

    def mark(
        self,
        review_id: int,
        state: ReviewState,
        notes: str = "",
        reason: str = "",
        attendees: str = "",
    ) -> ReviewInfo:
        """Record a review's outcome: held (with notes and attendees), cancelled (with a
        reason) or missed. Refuses a cancellation without a reason and a review marked
        missed before its time."""
        with self._sessions.begin() as s:
            review = s.get(m.Review, review_id)
            if review is None:
                raise Refused(f"There is no review {review_id}.")
            customer = s.get(m.Customer, review.customer_id)
            assert customer is not None
            if state is ReviewState.CANCELLED and not reason.strip():
                raise Refused("Cancelling a review needs a reason.")
            if state is ReviewState.MISSED and _starts_at(customer, review) > self._clock.now():
                raise Refused(
                    f"Review {review_id} is on {review.due_date.isoformat()}; "
                    "it cannot be missed before it happens."
                )
            review.state = state.value
            if notes:
                review.notes = notes
            if attendees:
                review.attendees = attendees
            review.reason = reason.strip() if state is ReviewState.CANCELLED else ""
            return self._info(customer, review)

    def export_ics(self, ref: str | int, target: Path) -> int:
        """Write the customer's reviews as an iCalendar (RFC 5545) file; returns how many."""
        with self._sessions.begin() as s:
            customer = find_customer(s, ref)
            reviews = [
                self._info(customer, r)
                for r in s.scalars(
                    select(m.Review)
                    .where(m.Review.customer_id == customer.id)
                    .order_by(m.Review.due_date)
                )
            ]
        write_atomically(target, calendar_of(reviews, self._clock.now()))
        return len(reviews)

    def _info(self, customer: m.Customer, review: m.Review) -> ReviewInfo:
        state = ReviewState(review.state)
        starts_at = _starts_at(customer, review)
        return ReviewInfo(
            id=review.id,
            customer_id=customer.id,
            customer=customer.name,
            kind=ReviewKind(review.kind),
            period_key=review.period_key,
            due=review.due_date,
            starts_at=starts_at,
            minutes=review.minutes,
            state=state,
            overdue=is_overdue(state, starts_at, self._clock.now()),
            notes=review.notes,
            attendees=review.attendees,
            reason=review.reason,
        )


def _starts_at(customer: m.Customer, review: m.Review) -> datetime:
    return datetime.combine(review.due_date, review.start_time, tzinfo=ZoneInfo(customer.timezone))


_STATUS = {
    ReviewState.PLANNED: "TENTATIVE",
    ReviewState.HELD: "CONFIRMED",
    ReviewState.CANCELLED: "CANCELLED",
    ReviewState.MISSED: "CANCELLED",
}


def calendar_of(reviews: list[ReviewInfo], stamp: datetime) -> bytes:
    calendar = icalendar.Calendar()
    calendar.add("prodid", "-//AccountDesk//Scheduled reviews//EN")
    calendar.add("version", "2.0")
    for review in reviews:
        event = icalendar.Event()
        event.add("uid", f"review-{review.id}-{review.customer_id}@accountdesk")
        event.add("dtstamp", stamp.astimezone(UTC))
        event.add("dtstart", review.starts_at)
        event.add("dtend", review.starts_at + timedelta(minutes=review.minutes))
        event.add("summary", f"{review.kind.label} — {review.customer}")
        event.add("status", _STATUS[review.state])
        details = [f"State: {review.state.value}"]
        details += [f"Notes: {review.notes}"] * bool(review.notes)
        details += [f"Reason: {review.reason}"] * bool(review.reason)
        event.add("description", "\n".join(details))
        event.add("categories", [review.kind.value])
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
