"""Scheduled reviews: what each tier owes over a horizon, on the customer's working days."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.reviews import (
    OwedReview,
    ReviewKind,
    ReviewState,
    is_overdue,
    is_working_day,
    owed_reviews,
)
from accountdesk.domain.tiers import Cadence, Tier, TierSpec

ARCHITECTURE = ReviewKind.ARCHITECTURE_REVIEW
TAM = ReviewKind.TAM_CHECKIN
QBR = ReviewKind.QBR
STRATEGIC = ReviewKind.STRATEGIC_PLANNING
MONDAY_START = date(2026, 1, 5)  # contracts below start on a Monday, the 5th
YEAR_2026 = (date(2026, 1, 1), date(2026, 12, 31))
NO_HOLIDAYS: frozenset[date] = frozenset()


def single(spec: TierSpec, start: date = MONDAY_START, end: date | None = None) -> Contract:
    return Contract(start, end, (Term(spec, start),))


def of_kind(reviews: list[OwedReview], kind: ReviewKind) -> list[OwedReview]:
    return [r for r in reviews if r.kind is kind]


def test_review_kinds_are_the_four_of_the_domain() -> None:
    assert [k.value for k in ReviewKind] == [
        "architecture_review",
        "tam_checkin",
        "qbr",
        "strategic_planning",
    ]


def test_reviews_weekly_architecture_reviews_for_enterprise(enterprise: TierSpec) -> None:
    owed = owed_reviews(single(enterprise), date(2026, 11, 2), date(2026, 11, 29), NO_HOLIDAYS)
    weekly = of_kind(owed, ARCHITECTURE)
    assert [(r.due, r.period_key) for r in weekly] == [
        (date(2026, 11, 2), "2026-W45"),
        (date(2026, 11, 9), "2026-W46"),
        (date(2026, 11, 16), "2026-W47"),
        (date(2026, 11, 23), "2026-W48"),
    ]
    year = of_kind(owed_reviews(single(enterprise), *YEAR_2026, NO_HOLIDAYS), ARCHITECTURE)
    # ISO weeks 3 to 53 of 2026: the contract starts on Monday of week 2, its first week.
    assert len(year) == 51


def test_reviews_monthly_architecture_reviews_for_professional(professional: TierSpec) -> None:
    owed = owed_reviews(single(professional), *YEAR_2026, NO_HOLIDAYS)
    monthly = of_kind(owed, ARCHITECTURE)
    assert [r.period_key for r in monthly] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert all(Month.of(r.due).label == r.period_key for r in monthly)
    # On the contract's day of month, the 5th, or the next working day; January's after
    # the contract's first week; the quarter's second month gives the 5th to the QBR.
    assert [r.due.day for r in monthly] == [12, 6, 5, 6, 6, 5, 6, 6, 7, 5, 6, 7]
    assert of_kind(owed, TAM) == []
    assert of_kind(owed, STRATEGIC) == []


def test_reviews_monthly_tam_checkins_for_enterprise(enterprise: TierSpec) -> None:
    owed = owed_reviews(single(enterprise), *YEAR_2026, NO_HOLIDAYS)
    checkins = of_kind(owed, TAM)
    assert [r.period_key for r in checkins] == [f"2026-{m:02d}" for m in range(1, 13)]
    assert all(Month.of(r.due).label == r.period_key for r in checkins)


@pytest.mark.parametrize("tier", [Tier.PROFESSIONAL, Tier.ENTERPRISE])
def test_reviews_one_qbr_per_calendar_quarter(tiers: dict[Tier, TierSpec], tier: Tier) -> None:
    owed = owed_reviews(single(tiers[tier]), *YEAR_2026, NO_HOLIDAYS)
    qbrs = of_kind(owed, QBR)
    assert [r.period_key for r in qbrs] == ["2026-Q1", "2026-Q2", "2026-Q3", "2026-Q4"]
    # In the quarter's second month.
    assert [r.due for r in qbrs] == [
        date(2026, 2, 5),
        date(2026, 5, 5),
        date(2026, 8, 5),
        date(2026, 11, 5),
    ]
    assert all(Quarter.of(r.due).label == r.period_key for r in qbrs)


def test_reviews_one_strategic_planning_per_contract_year_for_enterprise(
    enterprise: TierSpec, professional: TierSpec
) -> None:
    horizon = (date(2026, 1, 5), date(2028, 1, 4))  # two contract years
    owed = of_kind(owed_reviews(single(enterprise), *horizon, NO_HOLIDAYS), STRATEGIC)
    # Eleven months in: 2026-12-05 is a Saturday, 2027-12-05 a Sunday.
    assert owed == [
        OwedReview(date(2026, 12, 7), STRATEGIC, "contract-year-1"),
        OwedReview(date(2027, 12, 6), STRATEGIC, "contract-year-2"),
    ]
    assert of_kind(owed_reviews(single(professional), *horizon, NO_HOLIDAYS), STRATEGIC) == []


def test_reviews_none_for_community(community: TierSpec) -> None:
    assert owed_reviews(single(community), date(2026, 1, 1), date(2027, 12, 31), NO_HOLIDAYS) == []


def test_reviews_only_on_working_days_weekends_moved(enterprise: TierSpec) -> None:
    # Started on the 2nd: 2026-05-02 is a Saturday, so May's check-in and Q2's QBR move to
    # Monday the 4th; the QBR, the rarer, keeps it and the check-in takes the Tuesday.
    owed = owed_reviews(
        single(enterprise, start=date(2026, 1, 2)), date(2026, 5, 1), date(2026, 5, 31), NO_HOLIDAYS
    )
    assert OwedReview(date(2026, 5, 5), TAM, "2026-05") in owed
    assert OwedReview(date(2026, 5, 4), QBR, "2026-Q2") in owed
    assert all(r.due.weekday() < 5 for r in owed)


def test_reviews_only_on_working_days_holidays_skipped(enterprise: TierSpec) -> None:
    # Weekly on Fridays; Christmas Eve and Day 2026 are Thursday and Friday, and the weekend
    # after them leaves the ISO week, so that week's review goes back to Wednesday.
    holidays = {date(2026, 12, 24), date(2026, 12, 25)}
    contract = single(enterprise, start=date(2026, 1, 2))
    owed = owed_reviews(contract, date(2026, 12, 14), date(2026, 12, 31), holidays)
    assert [(r.due, r.period_key) for r in of_kind(owed, ARCHITECTURE)] == [
        (date(2026, 12, 18), "2026-W51"),
        (date(2026, 12, 23), "2026-W52"),
    ]
    # A holiday on a Monday moves that week's review to the Tuesday.
    monday_start = owed_reviews(
        single(enterprise), date(2026, 12, 21), date(2026, 12, 27), {date(2026, 12, 21)}
    )
    assert [r.due for r in of_kind(monday_start, ARCHITECTURE)] == [date(2026, 12, 22)]


def test_reviews_a_tier_change_mid_horizon_switches_cadence_on_the_change_date(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    change = date(2026, 11, 16)
    contract = Contract(
        MONDAY_START, None, (Term(professional, MONDAY_START), Term(enterprise, change))
    )
    owed = owed_reviews(contract, date(2026, 10, 1), date(2026, 12, 31), NO_HOLIDAYS)
    architecture = of_kind(owed, ARCHITECTURE)
    assert [(r.due, r.period_key) for r in architecture if r.due < change] == [
        (date(2026, 10, 5), "2026-10"),
        (date(2026, 11, 6), "2026-11"),  # the 5th is the QBR's
    ]
    after = [r for r in architecture if r.due >= change]
    assert [r.period_key for r in after] == [f"2026-W{w}" for w in range(47, 54)]
    assert after[0].due == change
    # TAM check-ins and strategic planning are owed only once Enterprise is in force.
    # (Strategic planning, the rarer, keeps Monday 7 December; the check-in moves on.)
    assert [r.due for r in of_kind(owed, TAM)] == [date(2026, 12, 8)]
    assert [(r.due, r.period_key) for r in of_kind(owed, STRATEGIC)] == [
        (date(2026, 12, 7), "contract-year-1")
    ]
    # Both tiers owe the quarter's QBR, once.
    assert [r.period_key for r in of_kind(owed, QBR)] == ["2026-Q4"]


def test_reviews_a_downgrade_mid_horizon_switches_back_to_monthly(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    change = date(2026, 11, 16)
    contract = Contract(
        MONDAY_START, None, (Term(enterprise, MONDAY_START), Term(professional, change))
    )
    owed = owed_reviews(contract, date(2026, 11, 1), date(2027, 1, 31), NO_HOLIDAYS)
    architecture = of_kind(owed, ARCHITECTURE)
    assert all(r.period_key.count("W") == 1 for r in architecture if r.due < change)
    assert [r.period_key for r in architecture if r.due >= change] == ["2026-12", "2027-01"]
    assert all(r.due < change for r in of_kind(owed, TAM))
    assert of_kind(owed, STRATEGIC) == []  # 2026-12-07 is under Professional


def test_reviews_none_after_the_contract_ends_or_before_it_starts(enterprise: TierSpec) -> None:
    contract = single(enterprise, start=date(2026, 3, 4), end=date(2026, 6, 30))
    owed = owed_reviews(contract, date(2026, 1, 1), date(2026, 12, 31), NO_HOLIDAYS)
    assert owed
    assert all(date(2026, 3, 4) <= r.due <= date(2026, 6, 30) for r in owed)


def test_reviews_only_on_working_days_a_holiday_on_the_contract_s_last_day_moves_it_back(
    professional: TierSpec,
) -> None:
    # Monthly on the 15th; the contract ends on Tuesday 2026-12-15, a holiday here: the
    # December review is still owed, on the Monday before, not dropped past the end.
    contract = single(professional, start=date(2026, 1, 15), end=date(2026, 12, 15))
    december = (date(2026, 12, 1), date(2026, 12, 31))
    assert owed_reviews(contract, *december, NO_HOLIDAYS) == [
        OwedReview(date(2026, 12, 15), ARCHITECTURE, "2026-12")
    ]
    assert owed_reviews(contract, *december, {date(2026, 12, 15)}) == [
        OwedReview(date(2026, 12, 14), ARCHITECTURE, "2026-12")
    ]


def test_reviews_planning_twice_gives_the_same_list_with_unique_period_keys(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        MONDAY_START, None, (Term(professional, MONDAY_START), Term(enterprise, date(2026, 11, 16)))
    )
    holidays = {date(2026, 12, 25), date(2027, 1, 1)}
    first = owed_reviews(contract, date(2026, 10, 1), date(2027, 3, 31), holidays)
    again = owed_reviews(contract, date(2026, 10, 1), date(2027, 3, 31), holidays)
    assert first == again
    keys = Counter((r.kind, r.period_key) for r in first)
    assert max(keys.values()) == 1
    # Planning a later, overlapping horizon owes the same reviews where the two overlap.
    later = owed_reviews(contract, date(2026, 12, 1), date(2027, 6, 30), holidays)
    overlap = [r for r in later if r.due <= date(2027, 3, 31)]
    assert overlap == [r for r in first if r.due >= date(2026, 12, 1)]


def test_reviews_a_planned_review_whose_time_has_passed_is_overdue() -> None:
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    past, future = now - timedelta(minutes=1), now + timedelta(minutes=1)
    assert is_overdue(ReviewState.PLANNED, past, now)
    assert not is_overdue(ReviewState.PLANNED, future, now)
    for state in (ReviewState.HELD, ReviewState.CANCELLED, ReviewState.MISSED):
        assert not is_overdue(state, past, now)


# --- properties -------------------------------------------------------------------------------

days_2026 = st.integers(0, 364).map(lambda n: date(2026, 1, 1) + timedelta(days=n))


@st.composite
def contracts(draw: st.DrawFn, tiers: dict[Tier, TierSpec]) -> Contract:
    start = draw(days_2026)
    keys = draw(st.lists(st.sampled_from(list(Tier)), min_size=1, max_size=3))
    changes = sorted(
        draw(
            st.lists(
                st.integers(1, 200).map(lambda n: start + timedelta(days=n)),
                min_size=len(keys) - 1,
                max_size=len(keys) - 1,
                unique=True,
            )
        )
    )
    terms = [Term(tiers[keys[0]], start)] + [
        Term(tiers[key], day) for key, day in zip(keys[1:], changes, strict=True)
    ]
    end = draw(st.none() | st.integers(30, 600).map(lambda n: start + timedelta(days=n)))
    return Contract(start, end, tuple(terms))


def cadence_of_key(key: str) -> Cadence:
    if key.startswith("contract-year-"):
        return Cadence.YEARLY
    if "-W" in key:
        return Cadence.WEEKLY
    return Cadence.QUARTERLY if "-Q" in key else Cadence.MONTHLY


def period_of_key(review: OwedReview) -> str:
    """The period key the due day falls in, for the review's own kind of key."""
    key = review.period_key
    if key.startswith("contract-year-"):
        return key
    if "-W" in key:
        year, week, _ = review.due.isocalendar()
        return f"{year}-W{week:02d}"
    if "-Q" in key:
        return Quarter.of(review.due).label
    return Month.of(review.due).label


@settings(max_examples=80, deadline=None)
@given(
    data=st.data(),
    first=days_2026,
    length=st.integers(0, 120),
    # At most four holidays: never a whole working week, so there is always a working day.
    holidays=st.frozensets(days_2026, max_size=4),
)
def test_reviews_owed_are_on_working_days_in_the_horizon_under_a_tier_that_owes_them(
    tiers: dict[Tier, TierSpec],
    data: st.DataObject,
    first: date,
    length: int,
    holidays: frozenset[date],
) -> None:
    contract = data.draw(contracts(tiers))
    last = first + timedelta(days=length)
    owed = owed_reviews(contract, first, last, holidays)

    assert owed == sorted(owed)
    assert owed == owed_reviews(contract, first, last, holidays)
    assert len({(r.kind, r.period_key) for r in owed}) == len(owed)
    for review in owed:
        assert first <= review.due <= last
        assert is_working_day(review.due, holidays)
        term = contract.term_on(review.due)
        assert term is not None
        assert review.kind.cadence(term.tier) is cadence_of_key(review.period_key)
        assert period_of_key(review) == review.period_key

    # Planning any part of the horizon again owes exactly the same reviews there.
    middle = first + timedelta(days=length // 2)
    assert owed_reviews(contract, middle, last, holidays) == [r for r in owed if r.due >= middle]


@settings(max_examples=60, deadline=None)
@given(
    start=days_2026,
    length=st.integers(0, 400),
    holidays=st.frozensets(days_2026, max_size=4),
)
# The contract ends on Friday 26 February, its day of month (27) a Saturday: no review
# is owed in February, as on any other weekday.
@example(start=date(2026, 7, 27), length=214, holidays=frozenset())
def test_reviews_monthly_one_per_month_while_the_contract_has_a_working_day_for_it(
    professional: TierSpec, start: date, length: int, holidays: frozenset[date]
) -> None:
    end = start + timedelta(days=length)
    contract = single(professional, start=start, end=end)
    every = owed_reviews(contract, start, end, holidays)
    owed = of_kind(every, ARCHITECTURE)
    qbr_days = {r.due for r in of_kind(every, QBR)}
    expected = []
    month = Month.of(start)
    while month.first <= end:
        nominal = date(month.year, month.month, min(start.day, month.days))
        # After the contract's first week, and not on the day the QBR keeps.
        lo, hi = max(month.first, start + timedelta(days=7)), min(month.last, end)
        window = [lo + timedelta(days=n) for n in range((hi - lo).days + 1)]
        free = [d for d in window if is_working_day(d, holidays) and d not in qbr_days]
        if start <= nominal <= end and free:
            expected.append(month.label)
        month = month.next()
    assert [r.period_key for r in owed] == expected


# --- one review a day, none in the first week -------------------------------------------


def test_reviews_never_two_on_one_day_the_rarer_kind_keeps_its_day(enterprise: TierSpec) -> None:
    # Monday 2026-01-05: the weekly review, the check-in and (in the quarter's second
    # month) the QBR would all fall on the 5th; strategic planning on Monday 7 December.
    owed = owed_reviews(single(enterprise), date(2026, 11, 1), date(2026, 12, 31), NO_HOLIDAYS)
    days = Counter(r.due for r in owed)
    assert max(days.values()) == 1
    on = {r.due: (r.kind, r.period_key) for r in owed}
    assert on[date(2026, 11, 5)] == (QBR, "2026-Q4")  # Thursday: the QBR keeps it
    assert on[date(2026, 11, 6)] == (TAM, "2026-11")  # the check-in takes the next day
    assert on[date(2026, 12, 7)] == (STRATEGIC, "contract-year-1")
    assert on[date(2026, 12, 8)] == (TAM, "2026-12")
    assert on[date(2026, 12, 9)] == (ARCHITECTURE, "2026-W50")  # its week's next free day


def test_reviews_none_in_the_contract_s_first_week(
    enterprise: TierSpec, professional: TierSpec
) -> None:
    # Tuesday 2026-02-03: the QBR's nominal day is the contract's first day.
    start = date(2026, 2, 3)
    owed = owed_reviews(single(professional, start=start), start, date(2026, 3, 31), NO_HOLIDAYS)
    assert all(r.due >= start + timedelta(days=7) for r in owed)
    assert OwedReview(date(2026, 2, 10), QBR, "2026-Q1") in owed
    assert OwedReview(date(2026, 2, 11), ARCHITECTURE, "2026-02") in owed
    # A week that lies wholly in the first week owes no weekly review.
    weekly = of_kind(owed_reviews(single(enterprise), *YEAR_2026, NO_HOLIDAYS), ARCHITECTURE)
    assert "2026-W02" not in {r.period_key for r in weekly}


def test_reviews_on_record_keep_their_day_and_the_others_go_around_them(
    enterprise: TierSpec,
) -> None:
    contract = single(enterprise)
    # A check-in held on Monday 9 November keeps that day; it is not owed again.
    kept = {(TAM, "2026-11"): date(2026, 11, 9)}
    owed = owed_reviews(contract, date(2026, 11, 1), date(2026, 11, 30), NO_HOLIDAYS, kept)
    assert (TAM, "2026-11") not in {(r.kind, r.period_key) for r in owed}
    assert date(2026, 11, 9) not in {r.due for r in owed}
    assert OwedReview(date(2026, 11, 10), ARCHITECTURE, "2026-W46") in owed


def test_reviews_a_qbr_whose_day_passed_before_planning_is_planned_from_that_day(
    professional: TierSpec,
) -> None:
    today = date(2026, 11, 26)  # Q4's QBR was owed on the 5th, never planned
    contract = single(professional)
    ahead = owed_reviews(contract, today, date(2027, 1, 31), NO_HOLIDAYS, planned_from=today)
    assert OwedReview(date(2026, 11, 27), QBR, "2026-Q4") in ahead  # the next working day
    # Without a planning day (a report counting what was owed) it stays on the 5th.
    november = owed_reviews(contract, date(2026, 11, 1), date(2026, 11, 30), NO_HOLIDAYS)
    assert OwedReview(date(2026, 11, 5), QBR, "2026-Q4") in november
    # A quarter already over is not caught up in the next one.
    q1 = owed_reviews(
        contract, date(2027, 4, 1), date(2027, 6, 30), NO_HOLIDAYS, planned_from=date(2027, 4, 1)
    )
    assert [r.period_key for r in of_kind(q1, QBR)] == ["2027-Q2"]


@settings(max_examples=80, deadline=None)
@given(
    data=st.data(),
    first=days_2026,
    length=st.integers(0, 200),
    holidays=st.frozensets(days_2026, max_size=6),
)
def test_reviews_never_two_a_day_and_none_in_the_first_week_across_tier_changes(
    tiers: dict[Tier, TierSpec],
    data: st.DataObject,
    first: date,
    length: int,
    holidays: frozenset[date],
) -> None:
    """Plan a horizon, record some reviews, change the tier from a later day and plan
    again from there (what the service does): whatever is then on the calendar has at
    most one review a day, none in the contract's first week, none twice."""
    contract = data.draw(contracts(tiers))
    last = first + timedelta(days=length)
    planned = owed_reviews(contract, first, last, holidays, planned_from=first)
    change = first + timedelta(days=data.draw(st.integers(0, length)))
    new_tier = data.draw(st.sampled_from(list(Tier)))
    changed = Contract(
        contract.start,
        contract.end,
        (
            *(t for t in contract.terms if t.effective_from < change),
            Term(tiers[new_tier], max(change, contract.start)),
        ),
    )
    # Before the change everything stays; after it, some reviews were already recorded.
    recorded = {r for r in planned if r.due >= change and data.draw(st.booleans())}
    kept = {(r.kind, r.period_key): r.due for r in planned if r.due < change or r in recorded}
    again = owed_reviews(changed, change, last, holidays, kept, planned_from=change)
    calendar = [r for r in planned if (r.kind, r.period_key) in kept] + again

    days = Counter(r.due for r in calendar)
    assert not days or max(days.values()) == 1
    assert len({(r.kind, r.period_key) for r in calendar}) == len(calendar)
    for review in calendar:
        assert review.due >= contract.start + timedelta(days=7)
        assert is_working_day(review.due, holidays)
    for review in again:
        term = changed.term_on(review.due)
        assert term is not None
        assert review.kind.cadence(term.tier) is cadence_of_key(review.period_key)
