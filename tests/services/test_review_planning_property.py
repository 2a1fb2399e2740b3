"""Planning as stored, under random contracts, tier changes and planning days: whatever
is on a customer's calendar has at most one review a day, none in the contract's first
week, and no review twice; planning again changes nothing and keeps every id."""

from __future__ import annotations

import shutil
from collections import Counter
from contextlib import suppress
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from accountdesk.app import Desk, open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer

days = st.integers(0, 540).map(lambda n: date(2026, 1, 1) + timedelta(days=n))
# (what, a day, a number, a tier): plan from the day for that many days ahead; change
# to the tier that many days into the contract; mark the number-th past review held.
Step = tuple[str, date, int, Tier]
steps = st.lists(
    st.tuples(
        st.sampled_from(["plan", "plan", "tier", "held"]),
        days,
        st.integers(0, 200),
        st.sampled_from(list(Tier)),
    ),
    min_size=1,
    max_size=6,
)


def calendar_is_sound(desk: Desk, start: date) -> None:
    reviews = desk.reviews.reviews("Acme")
    per_day = Counter(r.due for r in reviews)
    assert not per_day or max(per_day.values()) == 1, per_day.most_common(2)
    assert all(r.due >= start + timedelta(days=7) for r in reviews)
    assert len({(r.kind, r.period_key) for r in reviews}) == len(reviews)
    assert len({r.starts_at.time() for r in reviews}) <= 1


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
@given(
    start=days,
    tier=st.sampled_from([Tier.PROFESSIONAL, Tier.ENTERPRISE]),
    holidays=st.sampled_from([None, "DE", "US"]),
    plan=steps,
)
def test_stored_plans_never_double_book_across_tier_changes(
    sqlite_template: Path,
    tmp_path_factory: pytest.TempPathFactory,
    start: date,
    tier: Tier,
    holidays: str | None,
    plan: list[Step],
) -> None:
    path = tmp_path_factory.mktemp("plan") / "plan.sqlite3"
    shutil.copyfile(sqlite_template, path)
    url = f"sqlite:///{path}"
    first = open_desk(url, clock=FixedClock(start), user="t")
    try:
        first.portfolio.add_customer(
            NewCustomer("Acme", tier, start, timezone="Europe/Berlin", holiday_calendar=holidays)
        )
    finally:
        first.close()
    today = start
    for what, day, number, new_tier in plan:
        if what == "plan":
            today = max(today, day)
        desk = open_desk(url, clock=FixedClock(today), user="t")
        try:
            if what == "plan":
                until = today + timedelta(days=1 + number)
                desk.reviews.plan("Acme", until=until)
                calendar_is_sound(desk, start)
                # Planning again at once adds nothing, moves nothing.
                before = desk.reviews.reviews("Acme")
                assert desk.reviews.plan("Acme", until=until) == []
                assert desk.reviews.reviews("Acme") == before
            elif what == "tier":
                with suppress(Refused):  # the tier in force already, say
                    desk.portfolio.change_tier("Acme", new_tier, start + timedelta(days=number))
            else:
                past = [
                    r
                    for r in desk.reviews.reviews("Acme")
                    if r.state is ReviewState.PLANNED and r.starts_at <= desk.clock.now()
                ]
                if past:
                    desk.reviews.mark(past[number % len(past)].id, ReviewState.HELD)
            calendar_is_sound(desk, start)
        finally:
            desk.close()
