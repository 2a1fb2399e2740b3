"""Contracts and tier changes: proration by days, days outside the contract."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.tiers import Category, Tier, TierSpec

CONSULTING = Category.CONSULTING
DEVELOPMENT = Category.DEVELOPMENT
PROPERTY = settings(max_examples=100, deadline=None)

months = st.builds(Month, st.integers(2020, 2035), st.integers(1, 12))
quarters = st.builds(Quarter, st.integers(2020, 2035), st.integers(1, 4))
# Per-contract figures as a CSM types them: up to two decimals.
amounts = st.decimals(min_value=0, max_value=1_000_000, places=2)
allowance_hours = st.decimals(min_value=0, max_value=500, places=2)


def upgrade(old: TierSpec, new: TierSpec, on: date, start: date = date(2026, 1, 1)) -> Contract:
    return Contract(start, None, (Term(old, start), Term(new, on)))


@pytest.fixture
def november_upgrade(professional: TierSpec, enterprise: TierSpec) -> Contract:
    """The domain document's example: Professional, then Enterprise from 2026-11-16."""
    return upgrade(professional, enterprise, date(2026, 11, 16))


def test_proration_by_days_consulting_allowance_professional_to_enterprise_is_12_hours(
    november_upgrade: Contract,
) -> None:
    assert november_upgrade.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("12.00")


def test_proration_by_days_fee_professional_to_enterprise_is_15000(
    november_upgrade: Contract,
) -> None:
    fee = november_upgrade.fee(Month(2026, 11))
    assert fee == Decimal("15000.00")
    assert str(fee) == "15000.00"


def test_proration_by_days_q4_development_46_of_92_days_enterprise_is_20_hours(
    november_upgrade: Contract,
) -> None:
    q4 = Quarter(2026, 4)
    assert q4.days == 92
    under_enterprise = sum(
        (hi - lo).days + 1
        for term, lo, hi in november_upgrade.segments(q4.first, q4.last)
        if term.tier.key is Tier.ENTERPRISE
    )
    assert under_enterprise == 46
    assert november_upgrade.base_allowance(DEVELOPMENT, q4) == Decimal("20.00")


def test_proration_by_days_months_wholly_under_one_tier_keep_its_values(
    november_upgrade: Contract,
) -> None:
    assert november_upgrade.fee(Month(2026, 10)) == Decimal("5000.00")
    assert november_upgrade.fee(Month(2026, 12)) == Decimal("25000.00")
    assert november_upgrade.base_allowance(CONSULTING, Month(2026, 10)) == Decimal("4.00")
    assert november_upgrade.base_allowance(CONSULTING, Month(2026, 12)) == Decimal("20.00")
    assert november_upgrade.base_allowance(DEVELOPMENT, Quarter(2027, 1)) == Decimal("40.00")


def test_proration_by_days_downgrade_prorates_the_same_way(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = upgrade(enterprise, professional, date(2026, 11, 11))
    # 10 days Enterprise, 20 days Professional.
    assert contract.fee(Month(2026, 11)) == Decimal("11666.67")  # 8,333.33… + 3,333.33…
    assert contract.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("9.33")
    # Q4: 41 days under Enterprise (Oct 1 to Nov 10) of 92.
    assert contract.base_allowance(DEVELOPMENT, Quarter(2026, 4)) == Decimal("17.83")


def test_proration_by_days_rounds_half_up_to_the_cent(professional: TierSpec) -> None:
    # 1,000.01 x 15/30 = 500.005: half-up gives 500.01 (banker's rounding would give 500.00).
    contract = Contract(
        date(2026, 11, 16), None, (Term(professional, date(2026, 11, 16), Decimal("1000.01")),)
    )
    assert contract.fee(Month(2026, 11)) == Decimal("500.01")


def test_proration_by_days_with_two_changes_in_one_month(
    community: TierSpec, professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        date(2026, 1, 1),
        None,
        (
            Term(community, date(2026, 1, 1)),
            Term(professional, date(2026, 11, 11)),
            Term(enterprise, date(2026, 11, 21)),
        ),
    )
    # 10 days each: (0 + 5,000 + 25,000) / 3 and (0 + 4 + 20) / 3.
    assert contract.fee(Month(2026, 11)) == Decimal("10000.00")
    assert contract.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("8.00")
    assert contract.tiers_in(date(2026, 11, 1), date(2026, 11, 30)) == [
        Tier.COMMUNITY,
        Tier.PROFESSIONAL,
        Tier.ENTERPRISE,
    ]


def test_proration_by_days_uses_per_contract_price_and_hours(enterprise: TierSpec) -> None:
    start = date(2026, 1, 1)
    custom = Term(
        enterprise,
        start,
        monthly_fee=Decimal("31000.00"),
        consulting_hours=Decimal("30"),
        development_hours=Decimal("60"),
    )
    contract = Contract(start, None, (custom,))
    assert contract.fee(Month(2026, 11)) == Decimal("31000.00")
    assert contract.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("30.00")
    assert contract.base_allowance(DEVELOPMENT, Quarter(2026, 4)) == Decimal("60.00")


def test_upgrades_and_downgrades_take_effect_on_their_date(november_upgrade: Contract) -> None:
    before = november_upgrade.term_on(date(2026, 11, 15))
    on = november_upgrade.term_on(date(2026, 11, 16))
    assert before is not None and before.tier.key is Tier.PROFESSIONAL
    assert on is not None and on.tier.key is Tier.ENTERPRISE


def test_days_before_the_contract_start_carry_no_allowance_and_no_fee(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(date(2026, 11, 16), None, (Term(professional, date(2026, 11, 16)),))
    assert contract.fee(Month(2026, 11)) == Decimal("2500.00")
    assert contract.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("2.00")
    assert contract.fee(Month(2026, 10)) == 0
    assert contract.base_allowance(CONSULTING, Month(2026, 10)) == 0
    assert contract.term_on(date(2026, 11, 15)) is None

    new_enterprise = Contract(date(2026, 11, 16), None, (Term(enterprise, date(2026, 11, 16)),))
    assert new_enterprise.base_allowance(DEVELOPMENT, Quarter(2026, 4)) == Decimal("20.00")


def test_days_after_the_contract_end_carry_no_allowance_and_no_fee(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        date(2026, 1, 1), date(2026, 11, 10), (Term(professional, date(2026, 1, 1)),)
    )
    assert contract.fee(Month(2026, 11)) == Decimal("1666.67")  # 5,000 x 10/30
    assert contract.base_allowance(CONSULTING, Month(2026, 11)) == Decimal("1.33")
    assert contract.fee(Month(2026, 12)) == 0
    assert contract.base_allowance(CONSULTING, Month(2026, 12)) == 0
    assert contract.term_on(date(2026, 11, 11)) is None

    ending = Contract(date(2026, 1, 1), date(2026, 11, 15), (Term(enterprise, date(2026, 1, 1)),))
    # Q4 2026: October (31) and 15 November days of 92.
    assert ending.base_allowance(DEVELOPMENT, Quarter(2026, 4)) == Decimal("20.00")


def test_days_outside_a_contract_starting_and_ending_in_the_same_month_carry_nothing(
    enterprise: TierSpec,
) -> None:
    contract = Contract(date(2026, 2, 9), date(2026, 2, 15), (Term(enterprise, date(2026, 2, 9)),))
    assert contract.fee(Month(2026, 2)) == Decimal("6250.00")  # 25,000 x 7/28
    assert contract.base_allowance(CONSULTING, Month(2026, 2)) == Decimal("5.00")


def test_money_is_decimal_never_float(november_upgrade: Contract) -> None:
    assert isinstance(november_upgrade.fee(Month(2026, 11)), Decimal)
    assert isinstance(november_upgrade.base_allowance(CONSULTING, Month(2026, 11)), Decimal)


# --- properties ---------------------------------------------------------------------------


@PROPERTY
@given(
    month=months,
    quarter=quarters,
    fee=amounts,
    consulting=allowance_hours,
    development=allowance_hours,
    tier=st.sampled_from(list(Tier)),
)
def test_proration_of_a_single_tier_full_period_equals_the_tier_value(
    tiers: dict[Tier, TierSpec],
    month: Month,
    quarter: Quarter,
    fee: Decimal,
    consulting: Decimal,
    development: Decimal,
    tier: Tier,
) -> None:
    spec = tiers[tier]
    start = date(2019, 6, 1)
    seeded = Contract(start, None, (Term(spec, start),))
    assert seeded.fee(month) == spec.monthly_fee
    assert seeded.base_allowance(CONSULTING, month) == spec.consulting_hours_per_month
    assert seeded.base_allowance(DEVELOPMENT, quarter) == spec.development_hours_per_quarter

    custom = Contract(
        start,
        None,
        (Term(spec, start, fee, consulting_hours=consulting, development_hours=development),),
    )
    assert custom.fee(month) == fee
    assert custom.base_allowance(CONSULTING, month) == consulting
    assert custom.base_allowance(DEVELOPMENT, quarter) == development


@PROPERTY
@given(
    month=months,
    change_day=st.integers(2, 31),
    old=st.sampled_from(list(Tier)),
    new=st.sampled_from(list(Tier)),
    old_fee=st.none() | amounts,
    new_fee=st.none() | amounts,
)
def test_fee_prorated_over_a_month_with_a_change_lies_between_the_two_fees(
    tiers: dict[Tier, TierSpec],
    month: Month,
    change_day: int,
    old: Tier,
    new: Tier,
    old_fee: Decimal | None,
    new_fee: Decimal | None,
) -> None:
    changed = date(month.year, month.month, min(change_day, month.days))
    start = date(2019, 6, 1)
    first = Term(tiers[old], start, old_fee)
    second = Term(tiers[new], changed, new_fee)
    contract = Contract(start, None, (first, second))
    fee = contract.fee(month)
    assert min(first.fee, second.fee) <= fee <= max(first.fee, second.fee)
    consulting = contract.base_allowance(CONSULTING, month)
    low, high = sorted((first.included_hours(CONSULTING), second.included_hours(CONSULTING)))
    assert low <= consulting <= high


@PROPERTY
@given(
    quarter=quarters,
    offsets=st.lists(st.integers(0, 91), min_size=0, max_size=3, unique=True),
    tier_keys=st.lists(st.sampled_from(list(Tier)), min_size=4, max_size=4),
    start_offset=st.integers(-40, 100),
    length=st.none() | st.integers(0, 200),
)
def test_proration_by_days_is_the_day_weighted_sum_over_tiers_rounded_half_up(
    tiers: dict[Tier, TierSpec],
    quarter: Quarter,
    offsets: list[int],
    tier_keys: list[Tier],
    start_offset: int,
    length: int | None,
) -> None:
    start = quarter.first + timedelta(days=start_offset)
    end = None if length is None else start + timedelta(days=length)
    changes = sorted(start + timedelta(days=1 + offset) for offset in offsets)
    later = [Term(tiers[key], day) for key, day in zip(tier_keys[1:], changes, strict=False)]
    terms = (Term(tiers[tier_keys[0]], start), *later)
    contract = Contract(start, end, terms)

    # Independently: walk every day of the quarter and ask which term is in force.
    total = Decimal(0)
    day = quarter.first
    while day <= quarter.last:
        term = contract.term_on(day)
        if term is not None:
            total += term.included_hours(DEVELOPMENT)
        day += timedelta(days=1)
    expected = (total / quarter.days).quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    assert contract.base_allowance(DEVELOPMENT, quarter) == expected
    assert contract.base_allowance(DEVELOPMENT, quarter) >= 0
