"""Planning, recording and exporting reviews through the service."""

from dataclasses import replace
from datetime import date
from decimal import Decimal

import icalendar
import pytest

from accountdesk.domain.errors import Refused
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
    assert kinds(planned, "Pro") == {ReviewKind.ARCHITECTURE_REVIEW: 3, ReviewKind.QBR: 1}
    big = kinds(planned, "Big")
    assert big[ReviewKind.ARCHITECTURE_REVIEW] in (12, 13)
    assert big[ReviewKind.TAM_CHECKIN] == 3
    assert big[ReviewKind.QBR] == 1
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
    assert [r.due for r in after if r.due < date(2026, 12, 15)] == [date(2026, 12, 7)]


def test_marking_outcomes(portfolio):
    review = portfolio.reviews.plan("Pro")[0]
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
