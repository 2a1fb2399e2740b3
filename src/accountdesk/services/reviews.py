"""Planning, recording and exporting the scheduled reviews each tier owes."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Row, Select, func, select
from sqlalchemy.orm import Session, sessionmaker

from accountdesk.db import models as m
from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.clock import Clock, local_today, time_zone
from accountdesk.domain.contracts import Contract
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import (
    START_TIME,
    ReviewKind,
    ReviewState,
    is_overdue,
    owed_reviews,
    planning_span,
)
from accountdesk.files import write_atomically
from accountdesk.reports.data import ReviewLine, ReviewTally
from accountdesk.services.audit import check_version, record, row_values
from accountdesk.services.loading import contract_of, find_customer, reading
from accountdesk.wording import say

PLANNING_HORIZON = timedelta(days=90)
# A month's report lists what comes next: this many days ahead, this many reviews.
UPCOMING_DAYS = 92
UPCOMING_MAX = 8


@dataclass(frozen=True)
class Agenda:
    """The planned reviews still to act on, as a CSM reads them on a Monday morning."""

    overdue: tuple[ReviewInfo, ...]  # planned, and their time has passed (however long ago)
    this_week: tuple[ReviewInfo, ...]  # the rest of the user's week, to Sunday
    later: tuple[ReviewInfo, ...]
    week_last: date  # the Sunday that ends "this week"

    def __len__(self) -> int:
        return len(self.overdue) + len(self.this_week) + len(self.later)


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
    held_at: datetime | None = None  # aware, in the customer's time zone; held reviews only
    summary: str = ""  # what the client reads on the report; `notes` stay with the team
    # Passed back by an outcome (no lost update); not part of what the review says.
    version: int = field(default=1, compare=False)


def plan_customer(s: Session, customer: m.Customer, first: date, until: date) -> list[m.Review]:
    """Plan the customer's reviews from `first` to `until` (and as far as they are
    planned already); returns the reviews added. See `_replan`."""
    return _replan(s, customer, first, until)


def _replan(s: Session, customer: m.Customer, first: date, until: date) -> list[m.Review]:
    """Make what is planned from `first` on what the contract owes, by the rules of
    domain/reviews.py: at most one review a day, none in the contract's first week.

    Reviews on record (held, cancelled, missed, or planned before `first`) stay where
    they are. The planned ones from `first` on are placed again: those still owed keep
    their row, moved to their day if it changed, so that a calendar that imported them
    sees the same event (its UID is the review's id); those no longer owed are dropped;
    what is owed up to `until` and not planned yet is added."""
    rows = list(s.scalars(select(m.Review).where(m.Review.customer_id == customer.id)))
    planned = ReviewState.PLANNED.value
    movable = [r for r in rows if r.state == planned and r.due_date >= first]
    kept = {
        (ReviewKind(r.kind), r.period_key): r.due_date
        for r in rows
        if not (r.state == planned and r.due_date >= first)
    }
    last = max([until, *(r.due_date for r in movable)])
    if last < first:
        return []
    holidays = holidays_for(customer.holiday_calendar, *planning_span(first, last))
    owed = owed_reviews(
        contract_of(s, customer),
        first,
        last,
        holidays,
        kept,
        planned_from=first,
        planned={(ReviewKind(r.kind), r.period_key) for r in movable},
    )
    still = {(each.kind.value, each.period_key): each for each in owed}
    for review in movable:
        placed = still.pop((review.kind, review.period_key), None)
        if placed is None:
            s.delete(review)
        else:
            review.due_date = placed.due
            review.start_time = START_TIME
    s.flush()
    added = []
    for each in sorted(still.values()):
        if each.due > until:
            continue
        review = m.Review(
            customer_id=customer.id,
            kind=each.kind.value,
            period_key=each.period_key,
            due_date=each.due,
            start_time=START_TIME,
            minutes=each.kind.minutes,
            state=planned,
            notes="",
            summary="",
            attendees="",
            reason="",
        )
        s.add(review)
        added.append(review)
    s.flush()
    return added


@dataclass(frozen=True)
class MonthReviews:
    """A month's reviews as its report tells them, from one list: every review due in
    the month (on record, or owed by the contract and never planned), the tallies
    counted from that same list, and the planned reviews after it."""

    lines: tuple[ReviewLine, ...]
    tallies: tuple[ReviewTally, ...]
    upcoming: tuple[ReviewLine, ...]


def month_reviews(
    s: Session, customer: m.Customer, contract: Contract, month: Month, now: datetime
) -> MonthReviews:
    """Each review due in the month has one state: held, missed, cancelled, planned
    (its time still to come), overdue (planned, its time passed, no outcome recorded)
    or unplanned (owed by the contract, never planned). Per kind: owed = every one of
    them = held + not held (missed, cancelled, overdue, unplanned and past) + coming up
    (planned or unplanned, still to come)."""
    zone = time_zone(customer.timezone)
    today = now.astimezone(zone).date()
    rows = list(
        s.scalars(
            select(m.Review)
            .where(m.Review.customer_id == customer.id)
            .order_by(m.Review.due_date, m.Review.kind, m.Review.id)
        )
    )
    lines: list[tuple[date, str, ReviewLine]] = []
    upcoming: list[ReviewLine] = []
    for row in rows:
        starts = datetime.combine(row.due_date, row.start_time, tzinfo=zone)
        shown = f"{starts:%H:%M} {customer.timezone}"
        if month.first <= row.due_date <= month.last:
            state = row.state
            if state == ReviewState.PLANNED.value and starts < now:
                state = "overdue"
            held_at = _held_at(ReviewState(row.state), row.held_at, starts)
            line = ReviewLine(
                row.kind,
                row.due_date,
                shown,
                state,
                summary=row.summary,  # never the notes: they are the team's
                reason=row.reason,
                held_at="" if held_at is None else f"{held_at:%Y-%m-%d %H:%M}",
            )
            lines.append((row.due_date, row.kind, line))
        elif (
            row.due_date > month.last
            and row.state == ReviewState.PLANNED.value
            and starts >= now
            and row.due_date <= today + timedelta(days=UPCOMING_DAYS)
        ):
            upcoming.append(ReviewLine(row.kind, row.due_date, shown, "planned"))
    # What the contract owed in the month and nobody planned is said, not left out.
    kept = {(ReviewKind(r.kind), r.period_key): r.due_date for r in rows}
    holidays = holidays_for(customer.holiday_calendar, *planning_span(month.first, month.last))
    for owed in owed_reviews(contract, month.first, month.last, holidays, kept):
        starts = datetime.combine(owed.due, START_TIME, tzinfo=zone)
        line = ReviewLine(
            owed.kind.value, owed.due, f"{starts:%H:%M} {customer.timezone}", "unplanned"
        )
        lines.append((owed.due, owed.kind.value, line))
    lines.sort(key=lambda each: (each[0], each[1]))
    in_month = tuple(line for _, _, line in lines)
    tallies = []
    for kind in ReviewKind:
        of_kind = [line for line in in_month if line.kind == kind.value]
        if not of_kind:
            continue
        coming = [line for line in of_kind if _still_to_come(line, zone, now)]
        held = [line for line in of_kind if line.state == ReviewState.HELD.value]
        tallies.append(
            ReviewTally(
                kind.value,
                owed=len(of_kind),
                held=len(held),
                not_held=len(of_kind) - len(held) - len(coming),
                coming_up=len(coming),
            )
        )
    return MonthReviews(in_month, tuple(tallies), tuple(upcoming[:UPCOMING_MAX]))


def _still_to_come(line: ReviewLine, zone: ZoneInfo, now: datetime) -> bool:
    if line.state == ReviewState.PLANNED.value:
        return True
    if line.state != "unplanned":
        return False
    return datetime.combine(line.due, START_TIME, tzinfo=zone) >= now


def replan_after_tier_change(
    s: Session, customer: m.Customer, effective: date, clock: Clock
) -> None:
    """Plan the planned (not yet held) reviews from the change on again under the new
    contract, as far ahead as they had been planned (see `_replan`)."""
    first = max(effective, local_today(clock, customer.timezone))
    ahead = s.scalar(
        select(func.max(m.Review.due_date)).where(
            m.Review.customer_id == customer.id,
            m.Review.state == ReviewState.PLANNED.value,
            m.Review.due_date >= effective,
        )
    )
    if ahead is not None:
        _replan(s, customer, first, ahead)


class Reviews:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def plan(
        self,
        ref: str | int | None = None,
        until: date | None = None,
        progress: Callable[[int, int, str], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> list[ReviewInfo]:
        """Plan what each customer's tier owes from today to `until` (default: 90 days
        ahead). Planning again never adds a review twice. `progress` is told (done,
        total, customer) as each customer's turn comes; when `cancelled` says so, planning stops
        between customers and keeps what it planned (each customer's plan is whole)."""
        with self._sessions.begin() as s:
            if ref is None:
                customers = list(s.scalars(select(m.Customer).order_by(m.Customer.id)))
            else:
                customers = [find_customer(s, ref)]
            added: list[tuple[m.Customer, m.Review]] = []
            for done, customer in enumerate(customers, start=1):
                if cancelled is not None and cancelled():
                    break
                if progress is not None:
                    progress(done - 1, len(customers), customer.name)
                today = local_today(self._clock, customer.timezone)
                end = until or today + PLANNING_HORIZON
                if end < today:
                    raise Refused(
                        say("{end} is in the past; plan ahead of today.", end=end.isoformat()),
                        Field.UNTIL,
                    )
                planned = plan_customer(s, customer, today, end)
                added += [(customer, r) for r in planned]
                if planned:  # one audit row per customer, with how many
                    n = {"planned": len(planned), "until": end.isoformat()}
                    record(s, "plan_reviews", "review", None, n, customer_id=customer.id)
            return [self._info(customer, review) for customer, review in added]

    def reviews(
        self, ref: str | int | None = None, state: ReviewState | None = None
    ) -> list[ReviewInfo]:
        with reading(self._sessions) as s:
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

    def agenda(self, ref: str | int | None = None) -> Agenda:
        """Every planned review, grouped: overdue (its start has passed), this week (due
        by the Sunday of the user's current week) and later. Held, cancelled and missed
        reviews are not on the agenda; `history` lists them."""
        week_last = _sunday(self._clock.today())
        with reading(self._sessions) as s:
            query = _rows().where(m.Review.state == ReviewState.PLANNED.value)
            if ref is not None:
                query = query.where(m.Review.customer_id == find_customer(s, ref).id)
            rows = _fetch(s, query)
        # Sorted here: SQLite would otherwise walk the whole table in date order.
        reviews = sorted(_infos(rows, self._clock.now()), key=_agenda_order)
        overdue = tuple(r for r in reviews if r.overdue)
        this_week = tuple(r for r in reviews if not r.overdue and r.due <= week_last)
        later = tuple(r for r in reviews if not r.overdue and r.due > week_last)
        return Agenda(overdue, this_week, later, week_last)

    def history(self, first: date, last: date, ref: str | int | None = None) -> list[ReviewInfo]:
        """The reviews due in [first, last] whose outcome is recorded (held, cancelled,
        missed), the latest first."""
        with reading(self._sessions) as s:
            query = (
                _rows()
                .where(
                    m.Review.state != ReviewState.PLANNED.value,
                    m.Review.due_date.between(first, last),
                )
                .order_by(m.Review.due_date.desc(), m.Customer.name, m.Review.kind)
            )
            if ref is not None:
                query = query.where(m.Review.customer_id == find_customer(s, ref).id)
            rows = _fetch(s, query)
        return _infos(rows, self._clock.now())

    def mark(
        self,
        review_id: int,
        state: ReviewState,
        notes: str = "",
        reason: str = "",
        attendees: str = "",
        held_at: datetime | None = None,
        version: int | None = None,
        summary: str = "",
    ) -> ReviewInfo:
        """Record a review's outcome: held (with a summary for the client, internal
        notes, attendees and when it was held:
        `held_at`, aware; by default the time it was already recorded as held at, else
        its planned time), cancelled (with a reason) or missed. Refuses a cancellation
        without a reason, a review marked held or missed before its time, and a
        held-at moment that is still to come; and an outcome based on an older `version`
        than the review's (someone recorded another since)."""
        with self._sessions.begin() as s:
            review = s.get(m.Review, review_id)
            if review is None:
                raise Refused(
                    say("There is no review {review_id}.", review_id=review_id), Field.REVIEW
                )
            check_version(s, review, version)
            before = row_values(review)
            customer = s.get(m.Customer, review.customer_id)
            assert customer is not None
            now = self._clock.now()
            starts_at = _starts_at(customer, review)
            if state is ReviewState.CANCELLED and not reason.strip():
                raise Refused(say("Cancelling a review needs a reason."), Field.REASON)
            if state is ReviewState.MISSED and starts_at > now:
                raise Refused(
                    say(
                        "Review {review_id} is on {due_date}; it cannot be missed before it "
                        "happens.",
                        review_id=review_id,
                        due_date=review.due_date.isoformat(),
                    ),
                    Field.STATE,
                )
            if state is ReviewState.HELD and starts_at > now:
                raise Refused(
                    say(
                        "Review {review_id} is planned for {due_date} at {starts_at:%H:%M} "
                        "{timezone}; it can be marked held once its time has come.",
                        review_id=review_id,
                        due_date=review.due_date.isoformat(),
                        starts_at=starts_at,
                        timezone=customer.timezone,
                    ),
                    Field.STATE,
                )
            if held_at is not None:
                if state is not ReviewState.HELD:
                    raise Refused(say("Only a held review has a time it was held."), Field.HELD_AT)
                if held_at.tzinfo is None:
                    raise ValueError("held_at must carry its offset")
                if held_at > now:
                    shown = held_at.astimezone(time_zone(customer.timezone))
                    raise Refused(
                        say(
                            "{shown:%Y-%m-%d %H:%M} {timezone} is still to come; a review is "
                            "recorded as held at a time that has passed.",
                            shown=shown,
                            timezone=customer.timezone,
                        ),
                        Field.HELD_AT,
                    )
            if state is ReviewState.HELD:
                was = _aware(review.held_at) if review.state == ReviewState.HELD.value else None
                review.held_at = (held_at or was or starts_at).astimezone(UTC)
            else:
                review.held_at = None
            review.state = state.value
            if notes:
                review.notes = notes
            if summary.strip():
                review.summary = summary
            if attendees:
                review.attendees = attendees
            review.reason = reason.strip() if state is ReviewState.CANCELLED else ""
            record(s, f"review_{state.value}", review, before, review)
            return self._info(customer, review)

    def restore(self, before: ReviewInfo) -> ReviewInfo:
        """Put a review's outcome back as `before` has it: state, notes, attendees and
        reason, exactly (undoing a recorded outcome). Refused when the review is gone."""
        with self._sessions.begin() as s:
            review = s.get(m.Review, before.id)
            if review is None:
                raise Refused(
                    say(
                        "The {kind} with {customer} on {due} is no longer planned.",
                        kind=before.kind.label,
                        customer=before.customer,
                        due=before.due.isoformat(),
                    ),
                    Field.REVIEW,
                )
            customer = s.get(m.Customer, review.customer_id)
            assert customer is not None
            was = row_values(review)
            review.state = before.state.value
            review.notes = before.notes
            review.summary = before.summary
            review.attendees = before.attendees
            review.reason = before.reason
            review.held_at = None if before.held_at is None else before.held_at.astimezone(UTC)
            record(s, "restore_review", review, was, review)
            return self._info(customer, review)

    def export_ics(self, ref: str | int, target: Path) -> int:
        """Write the customer's reviews as an iCalendar (RFC 5545) file; returns how many."""
        with reading(self._sessions) as s:
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
            held_at=_held_at(state, review.held_at, starts_at),
            version=review.version,
            summary=review.summary,
        )


def _aware(moment: datetime | None) -> datetime | None:
    """A stored moment, aware: SQLite gives it back without its offset (stored in UTC)."""
    if moment is None or moment.tzinfo is not None:
        return moment
    return moment.replace(tzinfo=UTC)


def _held_at(state: ReviewState, stored: datetime | None, starts_at: datetime) -> datetime | None:
    """When a held review was held, on the customer's clock; one recorded without the
    moment (by a bulk writer such as the demo) was held at its planned time."""
    if state is not ReviewState.HELD:
        return None
    moment = _aware(stored)
    return starts_at if moment is None else moment.astimezone(starts_at.tzinfo)


def _sunday(day: date) -> date:
    return day + timedelta(days=6 - day.weekday())


def _rows() -> Select[*tuple[Any, ...]]:
    """Plain columns, not ORM objects: an agenda over thousands of customers is read
    in one pass without building an object per row."""
    return select(
        m.Review.id,
        m.Review.customer_id,
        m.Customer.name,
        m.Customer.timezone,
        m.Review.kind,
        m.Review.period_key,
        m.Review.due_date,
        m.Review.start_time,
        m.Review.minutes,
        m.Review.state,
        m.Review.notes,
        m.Review.attendees,
        m.Review.reason,
        m.Review.held_at,
        m.Review.version,
        m.Review.summary,
    ).join(m.Customer, m.Customer.id == m.Review.customer_id)


def _fetch(s: Session, query: Select[*tuple[Any, ...]]) -> list[Row[*tuple[Any, ...]]]:
    """All rows, read five hundred at a time: one long fetch would hold the
    interpreter's lock for its whole length and stall a window drawing meanwhile."""
    rows: list[Row[*tuple[Any, ...]]] = []
    for chunk in s.execute(query).partitions(500):
        rows.extend(chunk)
    return rows


def _infos(rows: Sequence[Row[*tuple[Any, ...]]], now: datetime) -> list[ReviewInfo]:
    infos = []
    for (
        review_id,
        customer_id,
        name,
        timezone,
        kind,
        period_key,
        due,
        start,
        minutes,
        state_value,
        notes,
        attendees,
        reason,
        held_at,
        version,
        summary,
    ) in rows:
        zone = time_zone(timezone)
        state = ReviewState(state_value)
        starts_at = datetime.combine(due, start, tzinfo=zone)
        infos.append(
            ReviewInfo(
                id=review_id,
                customer_id=customer_id,
                customer=name,
                kind=ReviewKind(kind),
                period_key=period_key,
                due=due,
                starts_at=starts_at,
                minutes=minutes,
                state=state,
                overdue=is_overdue(state, starts_at, now),
                notes=notes,
                attendees=attendees,
                reason=reason,
                held_at=_held_at(state, held_at, starts_at),
                version=version,
                summary=summary,
            )
        )
    return infos


def _agenda_order(review: ReviewInfo) -> tuple[float, str, str, int]:
    # A number, not the aware datetime: comparing datetimes of different zones converts
    # them again at every comparison.
    return (review.starts_at.timestamp(), review.customer, review.kind.value, review.id)


def _starts_at(customer: m.Customer, review: m.Review) -> datetime:
    return datetime.combine(review.due_date, review.start_time, tzinfo=time_zone(customer.timezone))


_STATUS = {
    ReviewState.PLANNED: "TENTATIVE",
    ReviewState.HELD: "CONFIRMED",
    ReviewState.CANCELLED: "CANCELLED",
    ReviewState.MISSED: "CANCELLED",
}


def calendar_of(reviews: list[ReviewInfo], stamp: datetime) -> bytes:
    import icalendar  # only an export needs it

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
        if review.held_at is not None:
            details.append(f"Held on: {review.held_at:%Y-%m-%d %H:%M} {review.held_at.tzinfo}")
        # A calendar is shared: the client's summary, never the team's internal notes.
        details += [f"Summary: {review.summary}"] * bool(review.summary)
        details += [f"Reason: {review.reason}"] * bool(review.reason)
        event.add("description", "\n".join(details))
        event.add("categories", [review.kind.label])  # what a calendar shows: words
        calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())
