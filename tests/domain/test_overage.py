"""Hours ledger: allowance and overage, rollover, what is measured and what is not."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.allowances import (
    AllowanceUsage,
    Logged,
    allowance_usage,
    included_hours,
    measured_categories,
    overage_per_entry,
)
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.tiers import Category, Tier, TierSpec

CONSULTING = Category.CONSULTING
DEVELOPMENT = Category.DEVELOPMENT
PROPERTY = settings(max_examples=100, deadline=None)
H = 3600  # seconds in an hour


def single(spec: TierSpec, start: date = date(2026, 1, 1), *, rollover: bool = False) -> Contract:
    return Contract(start, None, (Term(spec, start),), rollover=rollover)


def logged(*entries: tuple[date, float]) -> list[Logged]:
    """Entries as (day, hours); `order` follows the argument order like ledger ids do."""
    return [Logged(day, round(hours * H), order) for order, (day, hours) in enumerate(entries)]


def usage_by_month(
    contract: Contract, category: Category, quarter: Quarter, entries: Sequence[Logged]
) -> list[AllowanceUsage]:
    return [allowance_usage(contract, category, month, entries) for month in quarter.months]


@pytest.fixture
def november_upgrade(professional: TierSpec, enterprise: TierSpec) -> Contract:
    start = date(2026, 1, 1)
    return Contract(start, None, (Term(professional, start), Term(enterprise, date(2026, 11, 16))))


# --- the worked example -------------------------------------------------------------------


def test_allowance_and_overage_professional_november_6_5_hours_is_1250_usd(
    professional: TierSpec,
) -> None:
    usage = allowance_usage(
        single(professional),
        CONSULTING,
        Month(2026, 11),
        logged((date(2026, 11, 3), 4), (date(2026, 11, 17), 2.5)),
    )
    assert usage.included_hours == Decimal("4.00")
    assert usage.used_hours == Decimal("6.50")
    assert usage.used_hours - usage.overage_hours == Decimal("4.00")  # included part
    assert usage.overage_hours == Decimal("2.50")
    assert usage.overage_rate == Decimal("500")
    assert usage.overage_charge == Decimal("1250.00")
    assert usage.remaining_hours == 0
    assert all(
        isinstance(v, Decimal)
        for v in (usage.included_hours, usage.overage_hours, usage.overage_charge)
    )


def test_allowance_within_the_limit_has_no_overage_and_shows_what_remains(
    professional: TierSpec,
) -> None:
    usage = allowance_usage(
        single(professional), CONSULTING, Month(2026, 11), logged((date(2026, 11, 3), 1.5))
    )
    assert (usage.used_hours, usage.remaining_hours, usage.overage_hours) == (
        Decimal("1.50"),
        Decimal("2.50"),
        Decimal("0.00"),
    )
    assert usage.overage_charge == 0
    assert usage.used_fraction == Decimal("0.375")


# --- measuring periods --------------------------------------------------------------------


def test_consulting_is_measured_per_calendar_month(professional: TierSpec) -> None:
    entries = logged((date(2026, 10, 30), 4), (date(2026, 11, 2), 3), (date(2026, 12, 1), 9))
    november = allowance_usage(single(professional), CONSULTING, Month(2026, 11), entries)
    assert november.period == Month(2026, 11)
    assert november.used_hours == Decimal("3.00")
    assert november.overage_hours == 0


def test_custom_development_is_measured_per_calendar_quarter_to_date(enterprise: TierSpec) -> None:
    entries = logged(
        (date(2026, 9, 30), 20),  # Q3: not counted in Q4
        (date(2026, 10, 5), 20),
        (date(2026, 11, 5), 15),
        (date(2026, 12, 5), 10),  # after November: not in November's quarter-to-date
        (date(2027, 1, 4), 2),  # Q1 2027 starts afresh
    )
    november = allowance_usage(single(enterprise), DEVELOPMENT, Month(2026, 11), entries)
    assert november.period == Quarter(2026, 4)
    assert november.included_hours == Decimal("40.00")
    assert november.used_hours == Decimal("35.00")
    assert november.remaining_hours == Decimal("5.00")
    january = allowance_usage(single(enterprise), DEVELOPMENT, Month(2027, 1), entries)
    assert (january.used_hours, january.remaining_hours) == (Decimal("2.00"), Decimal("38.00"))


def test_incident_training_and_onsite_hours_are_never_measured_against_an_allowance(
    community: TierSpec, professional: TierSpec, enterprise: TierSpec
) -> None:
    november = Month(2026, 11)
    assert measured_categories(single(community), november) == []
    assert measured_categories(single(professional), november) == [CONSULTING]
    assert measured_categories(single(enterprise), november) == [CONSULTING, DEVELOPMENT]


def test_a_per_contract_rate_makes_a_category_measured_with_no_hours_included(
    community: TierSpec, professional: TierSpec
) -> None:
    start = date(2026, 1, 1)
    community_rate = Contract(start, None, (Term(community, start, consulting_rate=Decimal(450)),))
    assert measured_categories(community_rate, Month(2026, 11)) == [CONSULTING]
    usage = allowance_usage(
        community_rate, CONSULTING, Month(2026, 11), logged((date(2026, 11, 3), 2))
    )
    assert usage.included_hours == 0
    assert (usage.overage_hours, usage.overage_charge) == (Decimal("2.00"), Decimal("900.00"))
    assert usage.used_fraction is None

    development_rate = Contract(
        start, None, (Term(professional, start, development_rate=Decimal(450)),)
    )
    assert measured_categories(development_rate, Month(2026, 11)) == [CONSULTING, DEVELOPMENT]


# --- overage falls in the month of the crossing entry -------------------------------------


def test_overage_falls_in_the_month_of_the_entry_that_crossed_the_allowance(
    enterprise: TierSpec,
) -> None:
    entries = logged(
        (date(2026, 10, 5), 10),
        (date(2026, 10, 6), 10),
        (date(2026, 10, 7), 10),
        (date(2026, 11, 9), 15),
        (date(2026, 12, 2), 10),
    )
    october, november, december = usage_by_month(
        single(enterprise), DEVELOPMENT, Quarter(2026, 4), entries
    )
    assert [u.overage_hours for u in (october, november, december)] == [0, 5, 10]
    assert [u.overage_charge for u in (october, november, december)] == [0, 2000, 4000]
    assert [u.used_hours for u in (october, november, december)] == [30, 45, 55]


def test_overage_month_follows_the_rule_used_to_end_of_month_minus_allowance(
    enterprise: TierSpec,
) -> None:
    entries = logged((date(2026, 10, 5), 24), (date(2026, 10, 20), 14), (date(2026, 11, 4), 4))
    october, november, december = usage_by_month(
        single(enterprise), DEVELOPMENT, Quarter(2026, 4), entries
    )
    # max(0, 42 - 40) - max(0, 38 - 40) = 2 in November: only the part beyond 40 h.
    assert [october.overage_hours, november.overage_hours, december.overage_hours] == [0, 2, 0]


def test_overage_per_entry_is_only_the_part_beyond_the_allowance() -> None:
    entries = logged((date(2026, 11, 2), 3), (date(2026, 11, 3), 2), (date(2026, 11, 4), 1))
    assert overage_per_entry(entries, Decimal(4 * H)) == [0, 1 * H, 1 * H]


# --- rate of the tier in force on the entry's date ----------------------------------------


def test_overage_is_charged_at_the_rate_of_the_tier_in_force_on_the_entry_date(
    november_upgrade: Contract,
) -> None:
    usage = allowance_usage(
        november_upgrade,
        CONSULTING,
        Month(2026, 11),
        logged((date(2026, 11, 3), 10), (date(2026, 11, 20), 5)),
    )
    assert usage.included_hours == Decimal("12.00")
    # The 3 h beyond 12 h were logged under Enterprise: 400/h, not 500/h.
    assert (usage.overage_hours, usage.overage_charge) == (Decimal("3.00"), Decimal("1200.00"))


def test_overage_spanning_a_tier_change_is_charged_at_each_entry_s_tier_rate(
    november_upgrade: Contract,
) -> None:
    usage = allowance_usage(
        november_upgrade,
        CONSULTING,
        Month(2026, 11),
        logged((date(2026, 11, 3), 14), (date(2026, 11, 20), 3)),
    )
    # 2 h over under Professional (500/h) and 3 h under Enterprise (400/h).
    assert usage.overage_hours == Decimal("5.00")
    assert usage.overage_charge == Decimal("2200.00")
    # One line per rate, each hours x rate = charge; no single rate for the month.
    assert [(line.hours, line.rate, line.charge) for line in usage.overage_lines] == [
        (Decimal("2.00"), Decimal("500"), Decimal("1000.00")),
        (Decimal("3.00"), Decimal("400"), Decimal("1200.00")),
    ]
    assert usage.overage_rate is None


def test_overage_after_a_downgrade_is_charged_at_the_lower_tier_rate(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    start = date(2026, 1, 1)
    contract = Contract(
        start, None, (Term(enterprise, start), Term(professional, date(2026, 11, 16)))
    )
    usage = allowance_usage(
        contract,
        CONSULTING,
        Month(2026, 11),
        logged((date(2026, 11, 2), 12), (date(2026, 11, 25), 1)),
    )
    assert usage.included_hours == Decimal("12.00")
    assert (usage.overage_hours, usage.overage_charge) == (Decimal("1.00"), Decimal("500.00"))


def test_overage_uses_a_per_contract_rate_where_one_is_set(enterprise: TierSpec) -> None:
    start = date(2026, 1, 1)
    contract = Contract(
        start,
        None,
        (Term(enterprise, start, consulting_rate=Decimal(350), development_rate=Decimal(300)),),
    )
    consulting = allowance_usage(
        contract, CONSULTING, Month(2026, 11), logged((date(2026, 11, 3), 22))
    )
    assert consulting.overage_charge == Decimal("700.00")
    development = allowance_usage(
        contract,
        DEVELOPMENT,
        Month(2026, 11),
        logged((date(2026, 11, 3), 21), (date(2026, 11, 4), 21)),
    )
    assert development.overage_charge == Decimal("600.00")


def test_overage_against_a_prorated_allowance_is_charged_to_the_cent(
    professional: TierSpec,
) -> None:
    contract = Contract(date(2026, 11, 16), None, (Term(professional, date(2026, 11, 16)),))
    usage = allowance_usage(contract, CONSULTING, Month(2026, 11), logged((date(2026, 11, 20), 3)))
    assert usage.included_hours == Decimal("2.00")
    assert (usage.overage_hours, usage.overage_charge) == (Decimal("1.00"), Decimal("500.00"))

    ending = Contract(date(2026, 1, 1), date(2026, 12, 10), (Term(professional, date(2026, 1, 1)),))
    usage = allowance_usage(ending, CONSULTING, Month(2026, 12), logged((date(2026, 12, 3), 3)))
    assert usage.included_hours == Decimal("1.29")  # 4 x 10/31
    assert usage.overage_hours == Decimal("1.71")
    assert usage.overage_charge == Decimal("855.00")  # 102.6 min at 500/h


# --- rollover -------------------------------------------------------------------------------


def test_unused_hours_do_not_roll_over(professional: TierSpec, enterprise: TierSpec) -> None:
    nothing_used: list[Logged] = []
    assert included_hours(single(professional), CONSULTING, Month(2026, 11), nothing_used) == 4
    assert included_hours(single(enterprise), DEVELOPMENT, Quarter(2026, 4), nothing_used) == 40
    usage = allowance_usage(
        single(professional), CONSULTING, Month(2026, 11), logged((date(2026, 11, 2), 5))
    )
    assert usage.overage_hours == 1


def test_rollover_carries_the_unused_hours_into_the_next_period(professional: TierSpec) -> None:
    contract = single(professional, date(2026, 10, 1), rollover=True)
    entries = logged((date(2026, 10, 5), 1), (date(2026, 11, 2), 5))
    assert included_hours(contract, CONSULTING, Month(2026, 10), entries) == Decimal("4.00")
    november = allowance_usage(contract, CONSULTING, Month(2026, 11), entries)
    assert november.included_hours == Decimal("7.00")  # 4 + 3 unused in October
    assert (november.overage_hours, november.remaining_hours) == (Decimal(0), Decimal("2.00"))


def test_rollover_carries_at_most_one_period_s_allowance(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    monthly = single(professional, date(2026, 1, 1), rollover=True)
    for month in (Month(2026, 2), Month(2026, 6), Month(2026, 12)):
        assert included_hours(monthly, CONSULTING, month, []) == Decimal("8.00")
    quarterly = single(enterprise, date(2026, 1, 1), rollover=True)
    assert included_hours(quarterly, DEVELOPMENT, Quarter(2026, 1), []) == Decimal("40.00")
    assert included_hours(quarterly, DEVELOPMENT, Quarter(2026, 4), []) == Decimal("80.00")


def test_rollover_carries_nothing_from_a_period_gone_over(professional: TierSpec) -> None:
    contract = single(professional, date(2026, 10, 1), rollover=True)
    entries = logged((date(2026, 10, 5), 6))
    assert included_hours(contract, CONSULTING, Month(2026, 11), entries) == Decimal("4.00")


# --- properties -------------------------------------------------------------------------------

Q4 = Quarter(2026, 4)
q4_days = st.integers(0, Q4.days - 1).map(lambda n: Q4.first + timedelta(days=n))
seconds = st.integers(1, 24 * H)


@st.composite
def development_contracts(draw: st.DrawFn, tiers: dict[Tier, TierSpec]) -> Contract:
    """Contracts that include development in Q4 2026, maybe changing terms inside it."""
    enterprise = tiers[Tier.ENTERPRISE]
    professional = tiers[Tier.PROFESSIONAL]
    choices = st.sampled_from(
        [
            lambda day: Term(enterprise, day),
            lambda day: Term(enterprise, day, development_hours=Decimal("12.34")),
            lambda day: Term(professional, day, development_rate=Decimal(300)),
        ]
    )
    start = draw(st.sampled_from([date(2026, 1, 1), date(2026, 10, 17)]))
    changes = sorted(draw(st.lists(q4_days, max_size=2, unique=True)))
    terms = [draw(choices)(start)] + [draw(choices)(day) for day in changes]
    end = draw(st.none() | st.just(date(2026, 12, 20)))
    return Contract(start, end, tuple(terms))


@PROPERTY
@given(data=st.data(), days=st.lists(st.tuples(q4_days, seconds), max_size=12))
def test_monthly_overages_of_a_quarter_sum_to_the_quarter_overage(
    tiers: dict[Tier, TierSpec], data: st.DataObject, days: list[tuple[date, int]]
) -> None:
    contract = data.draw(development_contracts(tiers))
    entries = [Logged(day, n, order) for order, (day, n) in enumerate(days)]
    months = usage_by_month(contract, DEVELOPMENT, Q4, entries)
    allowance = months[0].included_hours * H
    total = sum(n for _, n in days)
    assert sum(u.overage_seconds for u in months) == max(Decimal(0), total - allowance)

    # And each month's share is the one the domain document writes down.
    used_before = 0
    for month, usage in zip(Q4.months, months, strict=True):
        used_to_end = sum(n for day, n in days if day <= month.last)
        expected = max(Decimal(0), used_to_end - allowance) - max(
            Decimal(0), used_before - allowance
        )
        assert usage.overage_seconds == expected
        assert usage.included_hours == months[0].included_hours
        used_before = used_to_end


@st.composite
def any_contracts(draw: st.DrawFn, tiers: dict[Tier, TierSpec]) -> Contract:
    start = date(2026, 1, 1) + timedelta(days=draw(st.integers(0, 300)))
    keys = draw(st.lists(st.sampled_from(list(Tier)), min_size=1, max_size=3))
    gaps = draw(st.lists(st.integers(1, 120), min_size=len(keys) - 1, max_size=len(keys) - 1))
    terms, day = [Term(tiers[keys[0]], start)], start
    for key, gap in zip(keys[1:], gaps, strict=True):
        day += timedelta(days=gap)
        rate = draw(st.none() | st.just(Decimal(250)))
        terms.append(Term(tiers[key], day, consulting_rate=rate, development_rate=rate))
    end = draw(st.none() | st.integers(0, 500).map(lambda n: start + timedelta(days=n)))
    return Contract(start, end, tuple(terms), rollover=draw(st.booleans()))


@PROPERTY
@given(
    data=st.data(),
    days=st.lists(
        st.tuples(st.integers(0, 730).map(lambda n: date(2026, 1, 1) + timedelta(days=n)), seconds),
        max_size=15,
    ),
    month_index=st.integers(0, 23),
    category=st.sampled_from([CONSULTING, DEVELOPMENT]),
)
def test_allowances_remaining_and_overage_hours_are_never_negative(
    tiers: dict[Tier, TierSpec],
    data: st.DataObject,
    days: list[tuple[date, int]],
    month_index: int,
    category: Category,
) -> None:
    contract = data.draw(any_contracts(tiers))
    entries = [Logged(day, n, order) for order, (day, n) in enumerate(days)]
    month = Month(2026 + month_index // 12, month_index % 12 + 1)
    usage = allowance_usage(contract, category, month, entries)
    assert usage.included_hours >= 0
    assert usage.remaining_hours >= 0
    assert usage.overage_seconds >= 0
    assert usage.overage_charge >= 0
    assert usage.used_seconds >= 0
    # Nothing beyond the allowance is ever left "remaining", and nothing within it is overage.
    period_overage = max(Decimal(0), usage.used_seconds - usage.included_hours * H)
    assert usage.overage_seconds <= period_overage


@PROPERTY
@given(
    data=st.data(),
    days=st.lists(
        st.tuples(st.integers(0, 364).map(lambda n: date(2026, 1, 1) + timedelta(days=n)), seconds),
        max_size=15,
    ),
    month_index=st.integers(1, 11),
)
def test_rollover_never_carries_more_than_one_period_s_allowance_or_what_was_unused(
    tiers: dict[Tier, TierSpec],
    data: st.DataObject,
    days: list[tuple[date, int]],
    month_index: int,
) -> None:
    start = date(2026, 1, 1)
    key = data.draw(st.sampled_from([Tier.PROFESSIONAL, Tier.ENTERPRISE]))
    contract = Contract(start, None, (Term(tiers[key], start),), rollover=True)
    entries = [Logged(day, n, order) for order, (day, n) in enumerate(days)]
    month = Month(2026, month_index + 1)
    previous = month.previous()
    carried = included_hours(contract, CONSULTING, month, entries) - contract.base_allowance(
        CONSULTING, month
    )
    before = included_hours(contract, CONSULTING, previous, entries)
    used_before = Decimal(sum(n for day, n in days if Month.of(day) == previous)) / H
    assert 0 <= carried <= contract.base_allowance(CONSULTING, previous)
    # Hours used are whole seconds, not hundredths: allow the one rounding step.
    assert carried <= max(Decimal(0), before - used_before) + Decimal("0.01")
