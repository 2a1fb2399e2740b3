"""Planning, recording and exporting reviews through the service."""

from collections import Counter
from dataclasses import replace
from datetime import UTC, date, datetime, time, timedelta
from decimal import Decimal

import icalendar
import pytest
from sqlalchemy import select

from accountdesk.app import Desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


@pytest.fixture
def portfolio(desk):
    desk.portfolio.add_customer(
        NewCustomer(
            "Pro",
            Tier.PROFESSIONAL,
            date(2026, 1, 5),
            timezone="Europe/Berlin",
            holiday_calendar="DE",
        )
    )
    desk.portfolio.add_customer(
        NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 5), timezone="America/New_York")
    )
    desk.portfolio.add_customer(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 5)))
    return desk


def kinds(reviews, customer):
    found: dict[ReviewKind, int] = {}
    for r in reviews:
        if r.customer == customer:
            found[r.kind] = found.get(r.kind, 0) + 1
    return found


def test_planning_owes_what_each_tier_promises_over_ninety_days(portfolio):
    planned = portfolio.reviews.plan()
    # Q4's business review was owed on 5 November and never planned: it is planned for
    # the next working day rather than silently owed; then Q1's.
    assert kinds(planned, "Pro") == {ReviewKind.ARCHITECTURE_REVIEW: 3, ReviewKind.QBR: 2}
    qbrs = [r for r in planned if r.customer == "Pro" and r.kind is ReviewKind.QBR]
    assert [(r.period_key, r.due) for r in qbrs] == [
        ("2026-Q4", date(2026, 11, 27)),
        ("2027-Q1", date(2027, 2, 5)),
    ]
    big = kinds(planned, "Big")
    assert big[ReviewKind.ARCHITECTURE_REVIEW] in (12, 13)
    assert big[ReviewKind.TAM_CHECKIN] == 3
    assert big[ReviewKind.QBR] == 2
    assert big[ReviewKind.STRATEGIC_PLANNING] == 1
    assert kinds(planned, "Free") == {}
    assert all(r.due.weekday() < 5 for r in planned)
    assert all(r.state is ReviewState.PLANNED and not r.overdue for r in planned)


def test_planning_skips_the_customers_holidays(portfolio):
    planned = portfolio.reviews.plan("Pro", until=date(2027, 1, 31))
    # The monthly review falls on the 5th; 2026-12-05 is a Saturday -> Monday 7th, and
    # 2027-01-05 is a working day in Germany (6 January is a holiday only in some states).
    assert [r.due for r in planned if r.kind is ReviewKind.ARCHITECTURE_REVIEW] == [
        date(2026, 12, 7),
        date(2027, 1, 5),
    ]


def test_planning_again_never_duplicates(portfolio):
    first = portfolio.reviews.plan()
    assert portfolio.reviews.plan() == []
    assert len(portfolio.reviews.reviews()) == len(first)


def test_tier_change_replans_what_is_not_yet_held(portfolio):
    portfolio.reviews.plan("Pro")
    portfolio.portfolio.change_tier("Pro", Tier.ENTERPRISE, date(2026, 12, 15))
    after = portfolio.reviews.reviews("Pro")
    monthly_after = [
        r
        for r in after
        if r.kind is ReviewKind.ARCHITECTURE_REVIEW
        and r.due >= date(2026, 12, 15)
        and "W" not in r.period_key
    ]
    assert monthly_after == []
    weekly = [r for r in after if "W" in r.period_key]
    assert weekly and all(r.due >= date(2026, 12, 15) for r in weekly)
    assert any(r.kind is ReviewKind.TAM_CHECKIN for r in after)
    assert [r.due for r in after if r.due < date(2026, 12, 15)] == [
        date(2026, 11, 27),  # Q4's business review, caught up
        date(2026, 12, 7),
    ]


def later_desk(desk, day):
    """The same database, seen on a later day."""
    from accountdesk.app import Desk
    from accountdesk.domain.clock import FixedClock

    return Desk(engine=desk.engine, clock=FixedClock(day), user="t")


def test_marking_outcomes(portfolio):
    review = portfolio.reviews.plan("Pro")[0]
    portfolio = later_desk(portfolio, date(2027, 3, 1))
    held = portfolio.reviews.mark(
        review.id, ReviewState.HELD, notes="Went well <ok>", attendees="Ann, Tom"
    )
    assert (held.state, held.notes, held.attendees) == (
        ReviewState.HELD,
        "Went well <ok>",
        "Ann, Tom",
    )
    cancelled = portfolio.reviews.mark(review.id, ReviewState.CANCELLED, reason="Client away")
    assert (cancelled.state, cancelled.reason) == (ReviewState.CANCELLED, "Client away")


def test_restore_puts_an_outcome_back_exactly(portfolio):
    planned = portfolio.reviews.plan("Pro")[0]
    portfolio = later_desk(portfolio, date(2027, 3, 1))
    planned = portfolio.reviews.reviews("Pro")[0]
    held = portfolio.reviews.mark(planned.id, ReviewState.HELD, notes="Notes", attendees="Ann")
    cancelled = portfolio.reviews.mark(planned.id, ReviewState.CANCELLED, reason="Away")
    assert portfolio.reviews.restore(held) == held  # notes, attendees; no reason
    assert portfolio.reviews.restore(cancelled) == cancelled
    assert portfolio.reviews.restore(planned) == planned  # planned, no notes or reason


def test_restoring_a_review_that_is_gone_is_refused(portfolio):
    planned = portfolio.reviews.plan("Pro")[0]
    gone = replace(planned, id=planned.id + 10_000)
    with pytest.raises(Refused, match="no longer planned"):
        portfolio.reviews.restore(gone)


def test_cancel_without_reason_and_missed_before_its_time_are_refused(portfolio):
    review = portfolio.reviews.plan("Pro")[0]
    before = snapshot(portfolio)
    with pytest.raises(Refused, match="needs a reason"):
        portfolio.reviews.mark(review.id, ReviewState.CANCELLED, reason=" ")
    with pytest.raises(Refused, match="cannot be missed before it happens"):
        portfolio.reviews.mark(review.id, ReviewState.MISSED)
    with pytest.raises(Refused, match="no review 9999"):
        portfolio.reviews.mark(9999, ReviewState.HELD)
    assert snapshot(portfolio) == before


def test_a_planned_review_whose_time_has_passed_is_overdue(portfolio):
    portfolio.reviews.plan("Pro", until=date(2027, 1, 31))
    from accountdesk.app import Desk
    from accountdesk.domain.clock import FixedClock

    later = Desk(engine=portfolio.engine, clock=FixedClock(date(2026, 12, 20)), user="t")
    reviews = later.reviews.reviews("Pro")
    assert [(r.due, r.overdue) for r in reviews if r.kind is ReviewKind.ARCHITECTURE_REVIEW] == [
        (date(2026, 12, 7), True),
        (date(2027, 1, 5), False),
    ]
    missed = later.reviews.mark(reviews[0].id, ReviewState.MISSED)
    assert (missed.state, missed.overdue) == (ReviewState.MISSED, False)


def test_ics_export_parses_back_with_every_review(portfolio, tmp_path):
    planned = portfolio.reviews.plan("Big")
    target = tmp_path / "big.ics"
    assert portfolio.reviews.export_ics("Big", target) == len(planned)
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = calendar.walk("VEVENT")
    assert len(events) == len(planned)
    first = min(events, key=lambda e: e.decoded("dtstart"))
    start = first.decoded("dtstart")
    assert str(start.tzinfo) == "America/New_York"
    assert (start.hour, start.minute) == (10, 0)
    assert "Big" in str(first["summary"])
    assert calendar.walk("VTIMEZONE")  # so any calendar client places the times right
    assert not list(tmp_path.glob("*.partial"))


def exported(desk, customer, target):
    """The calendar's events by UID: (summary, start)."""
    desk.reviews.export_ics(customer, target)
    events = icalendar.Calendar.from_ical(target.read_bytes()).walk("VEVENT")
    return {str(e["uid"]): (str(e["summary"]), e.decoded("dtstart")) for e in events}


def test_a_fee_only_tier_change_keeps_every_review_and_its_calendar_uid(portfolio, tmp_path):
    planned = portfolio.reviews.plan("Big", until=date(2027, 3, 31))
    before = exported(portfolio, "Big", tmp_path / "before.ics")
    assert len(before) == len(planned) > 20
    portfolio.portfolio.change_tier(
        "Big", Tier.ENTERPRISE, date(2026, 12, 1), monthly_fee=Decimal("12000.00")
    )
    assert exported(portfolio, "Big", tmp_path / "after.ics") == before


def test_a_tier_change_removes_exactly_the_reviews_no_longer_owed(portfolio, tmp_path):
    portfolio.reviews.plan("Pro", until=date(2027, 1, 31))
    old = {r.id: r for r in portfolio.reviews.reviews("Pro")}
    before = exported(portfolio, "Pro", tmp_path / "before.ics")
    portfolio.portfolio.change_tier("Pro", Tier.ENTERPRISE, date(2027, 1, 1))
    new = {r.id: r for r in portfolio.reviews.reviews("Pro")}
    after = exported(portfolio, "Pro", tmp_path / "after.ics")
    # Professional's monthly architecture review of January gives way to Enterprise's
    # weekly one; everything else planned stays the same event.
    (gone,) = set(old) - set(new)
    assert (old[gone].kind, old[gone].period_key) == (ReviewKind.ARCHITECTURE_REVIEW, "2027-01")
    assert {uid: before[uid] for uid in before if uid in after} == {
        uid: after[uid] for uid in before if uid in after
    }
    assert len(set(before) - set(after)) == 1
    added = [new[i] for i in set(new) - set(old)]
    assert {r.kind for r in added} == {ReviewKind.ARCHITECTURE_REVIEW, ReviewKind.TAM_CHECKIN}
    assert all(r.due >= date(2027, 1, 1) for r in added)


# --- one review a day; held only once its time has come; when it was held ---------------


def test_planning_never_puts_two_reviews_on_one_day_nor_any_in_the_first_week(portfolio):
    portfolio.portfolio.add_customer(
        NewCustomer("Fresh", Tier.ENTERPRISE, date(2026, 11, 30), timezone="Europe/Paris")
    )
    portfolio.reviews.plan(until=date(2027, 6, 30))
    for customer in ("Pro", "Big", "Fresh"):
        reviews = portfolio.reviews.reviews(customer)
        days = Counter(r.due for r in reviews)
        assert max(days.values()) == 1, customer
        assert len({r.starts_at.time() for r in reviews}) == 1  # the usual meeting time
    fresh = portfolio.reviews.reviews("Fresh")
    assert min(r.due for r in fresh) >= date(2026, 12, 7)
    # Big (Enterprise since Monday 5 January): the QBR keeps Friday 5 February, the
    # check-in and the weekly review move on.
    big = {r.due: r.kind for r in portfolio.reviews.reviews("Big") if r.due.month == 2}
    assert big[date(2027, 2, 5)] is ReviewKind.QBR
    assert ReviewKind.TAM_CHECKIN in {big.get(date(2027, 2, 8)), big.get(date(2027, 2, 9))}


def test_planning_again_moves_double_booked_reviews_and_keeps_their_ids(portfolio):
    """Reviews planned by an earlier version, four on one day, are moved apart by the
    next planning; each keeps its id (its calendar UID) and none is added twice."""
    with portfolio.sessions.begin() as s:
        big = s.scalar(select(m.Customer).where(m.Customer.name == "Big"))
        for kind, key in (
            ("architecture_review", "2026-W50"),
            ("tam_checkin", "2026-12"),
            ("strategic_planning", "contract-year-1"),
        ):
            s.add(
                m.Review(
                    customer_id=big.id,
                    kind=kind,
                    period_key=key,
                    due_date=date(2026, 12, 7),
                    start_time=time(10, 0),
                    minutes=60,
                    state="planned",
                )
            )
    before = {(r.kind, r.period_key): r.id for r in portfolio.reviews.reviews("Big")}
    portfolio.reviews.plan("Big")
    after = portfolio.reviews.reviews("Big")
    assert {(r.kind, r.period_key): r.id for r in after if r.id in before.values()} == before
    assert Counter(r.due for r in after).most_common(1)[0][1] == 1
    assert len({(r.kind, r.period_key) for r in after}) == len(after)
    by_key = {(r.kind, r.period_key): r.due for r in after}
    assert by_key[(ReviewKind.STRATEGIC_PLANNING, "contract-year-1")] == date(2026, 12, 7)
    assert by_key[(ReviewKind.TAM_CHECKIN, "2026-12")] == date(2026, 12, 8)
    assert by_key[(ReviewKind.ARCHITECTURE_REVIEW, "2026-W50")] == date(2026, 12, 9)
    assert portfolio.reviews.plan("Big") == []


def test_a_review_whose_time_has_not_come_cannot_be_marked_held(portfolio):
    review = next(r for r in portfolio.reviews.plan("Pro") if r.due > date(2026, 11, 27))
    before = snapshot(portfolio)
    with pytest.raises(Refused, match="can be marked held once its time has come") as refused:
        portfolio.reviews.mark(review.id, ReviewState.HELD, notes="Too early")
    assert refused.value.field is Field.STATE
    assert f"{review.due.isoformat()} at 10:00 Europe/Berlin" in refused.value.message
    assert snapshot(portfolio) == before
    # Its day come (10:00 in Berlin is 09:00 UTC in winter), it can.
    on_the_day = Desk(engine=portfolio.engine, clock=FixedClock(review.due, time(9, 0)), user="t")
    assert on_the_day.reviews.mark(review.id, ReviewState.HELD).state is ReviewState.HELD


def test_held_on_defaults_to_the_planned_time_and_takes_a_given_moment(portfolio):
    planned = portfolio.reviews.plan("Pro", until=date(2027, 1, 31))
    later = Desk(engine=portfolio.engine, clock=FixedClock(date(2027, 2, 1)), user="t")
    first, second = planned[0], planned[1]
    held = later.reviews.mark(first.id, ReviewState.HELD, notes="On time")
    assert held.held_at == first.starts_at
    assert str(held.held_at.tzinfo) == "Europe/Berlin"
    # Held two days late at 14:30 Berlin time, given as UTC: shown in the customer's zone.
    moment = datetime.combine(second.due, time(13, 30), tzinfo=UTC) + timedelta(days=2)
    late = later.reviews.mark(second.id, ReviewState.HELD, held_at=moment)
    assert late.held_at == moment
    assert (late.held_at.hour, late.held_at.minute) == (14, 30)
    assert [r.held_at for r in later.reviews.reviews("Pro")][:2] == [first.starts_at, moment]
    assert later.reviews.history(date(2026, 11, 1), date(2027, 1, 31))[-1].held_at is not None
    # Marking it held again (new notes) keeps when it was held.
    assert later.reviews.mark(second.id, ReviewState.HELD, notes="More").held_at == moment
    # Cancelled, it has no held-on moment; undone, it has its own back.
    cancelled = later.reviews.mark(second.id, ReviewState.CANCELLED, reason="Wrong entry")
    assert cancelled.held_at is None
    assert later.reviews.restore(late).held_at == moment


def test_a_held_on_moment_still_to_come_is_refused(portfolio):
    review = portfolio.reviews.plan("Pro")[0]
    later = Desk(engine=portfolio.engine, clock=FixedClock(date(2027, 3, 1)), user="t")
    before = snapshot(later)
    future = datetime(2027, 3, 2, 10, 0, tzinfo=UTC)
    with pytest.raises(Refused, match="is still to come") as refused:
        later.reviews.mark(review.id, ReviewState.HELD, held_at=future)
    assert refused.value.field is Field.HELD_AT
    with pytest.raises(Refused, match="Only a held review"):
        later.reviews.mark(review.id, ReviewState.MISSED, held_at=datetime(2027, 1, 1, tzinfo=UTC))
    assert snapshot(later) == before


def test_a_planned_review_whose_new_day_would_be_past_moves_forward_not_away(desk):
    """Monthly on the 25th; Christmas Day is a holiday in Germany, so December's review
    is on Monday the 28th, today. Without the holiday calendar its day would be the
    25th, already past: planning again moves it on, the same review, rather than drop
    it."""
    desk.portfolio.add_customer(
        NewCustomer("Noel", Tier.PROFESSIONAL, date(2026, 1, 25), holiday_calendar="DE")
    )
    today = later_desk(desk, date(2026, 12, 28))
    today.reviews.plan("Noel", until=date(2027, 1, 31))
    (december,) = [r for r in today.reviews.reviews("Noel") if r.period_key == "2026-12"]
    assert december.due == date(2026, 12, 28)
    today.portfolio.update_customer("Noel", {"holiday_calendar": None})
    (moved,) = [r for r in today.reviews.reviews("Noel") if r.period_key == "2026-12"]
    # (The 29th is Q4's business review's, caught up: it was never planned.)
    assert [r.period_key for r in today.reviews.reviews("Noel") if r.due == date(2026, 12, 29)] == [
        "2026-Q4"
    ]
    assert (moved.id, moved.due) == (december.id, date(2026, 12, 30))
