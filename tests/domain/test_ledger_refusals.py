"""Hours ledger: what is refused, with a clear one-sentence message, and what is written."""

from __future__ import annotations

import re
from collections.abc import Container
from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk import wording
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Refused
from accountdesk.domain.ledger import check_entry, parse_category
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier, TierSpec

TODAY = date(2026, 11, 26)
START = date(2026, 1, 1)
NO_LOCKS: frozenset[Month] = frozenset()
CUSTOMER = "Northwind Bank"


def assert_one_clear_sentence(message: str, *names: str) -> None:
    """A single sentence for the user: capital start, one full stop at the end, no traceback,
    and it names the problem (every word in `names`)."""
    assert message == message.strip() and "\n" not in message
    assert message[0].isupper() or message[0].isdigit() or message[0] == "'"
    assert message.endswith(".")
    assert not re.search(r"[.!?]\s+[A-Z]", message), f"more than one sentence: {message!r}"
    assert "Traceback" not in message and "Error" not in message
    for name in names:
        assert name.lower() in message.lower(), f"{name!r} not named in {message!r}"


def refusal(
    contract: Contract,
    category: Category,
    day: date,
    seconds: int = 90,
    locked: Container[Month] = NO_LOCKS,
) -> str:
    with pytest.raises(Refused) as caught:
        check_entry(CUSTOMER, contract, category, day, seconds, TODAY, locked)
    assert str(caught.value) == caught.value.message
    return caught.value.message


def single(spec: TierSpec, end: date | None = None, **terms: Decimal) -> Contract:
    return Contract(START, end, (Term(spec, START, **terms),))


# --- duration -----------------------------------------------------------------------------


@pytest.mark.parametrize("seconds", [0, -1, -90])
def test_entry_refused_when_duration_is_zero_or_less(professional: TierSpec, seconds: int) -> None:
    message = refusal(single(professional), Category.CONSULTING, date(2026, 11, 2), seconds)
    assert_one_clear_sentence(message, "hours", "more than zero")


@pytest.mark.parametrize("seconds", [24 * 3600 + 1, 25 * 3600, 48 * 3600])
def test_entry_refused_when_duration_is_over_24_hours(professional: TierSpec, seconds: int) -> None:
    message = refusal(single(professional), Category.CONSULTING, date(2026, 11, 2), seconds)
    assert_one_clear_sentence(message, "24 hours")


def test_entry_of_exactly_24_hours_is_accepted(professional: TierSpec) -> None:
    check_entry(
        CUSTOMER,
        single(professional),
        Category.CONSULTING,
        date(2026, 11, 2),
        1440,
        TODAY,
        NO_LOCKS,
    )


# --- date ---------------------------------------------------------------------------------


def test_entry_refused_when_dated_in_the_future(professional: TierSpec) -> None:
    message = refusal(single(professional), Category.CONSULTING, TODAY + timedelta(days=1))
    assert_one_clear_sentence(message, "2026-11-27", "future")


def test_entry_dated_today_is_accepted(professional: TierSpec) -> None:
    check_entry(CUSTOMER, single(professional), Category.CONSULTING, TODAY, 60, TODAY, NO_LOCKS)


def test_entry_refused_when_dated_before_the_contract(professional: TierSpec) -> None:
    message = refusal(single(professional), Category.CONSULTING, START - timedelta(days=1))
    assert_one_clear_sentence(message, "2025-12-31", "outside", CUSTOMER, "contract")


def test_entry_refused_when_dated_after_the_contract_end(professional: TierSpec) -> None:
    ended = single(professional, end=date(2026, 10, 31))
    message = refusal(ended, Category.CONSULTING, date(2026, 11, 2))
    assert_one_clear_sentence(message, "2026-11-02", "outside", "2026-10-31")


def test_entry_on_the_contract_s_first_and_last_day_is_accepted(professional: TierSpec) -> None:
    ended = single(professional, end=date(2026, 10, 31))
    for day in (START, date(2026, 10, 31)):
        check_entry(CUSTOMER, ended, Category.CONSULTING, day, 60, TODAY, NO_LOCKS)


# --- category -----------------------------------------------------------------------------


def test_entry_refused_for_consulting_on_a_community_contract(community: TierSpec) -> None:
    message = refusal(single(community), Category.CONSULTING, date(2026, 11, 2))
    assert_one_clear_sentence(message, CUSTOMER, "Community", "does not include", "consulting")


def test_entry_refused_for_development_on_a_professional_contract(professional: TierSpec) -> None:
    message = refusal(single(professional), Category.DEVELOPMENT, date(2026, 11, 2))
    assert_one_clear_sentence(message, "Professional", "does not include", "development")


@pytest.mark.parametrize(
    ("tier", "category"),
    [
        (Tier.COMMUNITY, Category.TRAINING),
        (Tier.COMMUNITY, Category.ONSITE),
        (Tier.PROFESSIONAL, Category.ONSITE),
    ],
)
def test_entry_refused_for_other_categories_the_tier_does_not_include(
    tiers: dict[Tier, TierSpec], tier: Tier, category: Category
) -> None:
    message = refusal(single(tiers[tier]), category, date(2026, 11, 2))
    # The category as the window and the report name it ("On-site").
    assert_one_clear_sentence(message, "does not include", wording.category(category.value))


def test_entry_accepted_for_consulting_on_community_with_a_per_contract_rate(
    community: TierSpec,
) -> None:
    contract = single(community, consulting_rate=Decimal(450))
    check_entry(CUSTOMER, contract, Category.CONSULTING, date(2026, 11, 2), 60, TODAY, NO_LOCKS)


def test_entry_accepted_for_development_on_professional_with_a_per_contract_rate(
    professional: TierSpec,
) -> None:
    contract = single(professional, development_rate=Decimal(450))
    check_entry(CUSTOMER, contract, Category.DEVELOPMENT, date(2026, 11, 2), 60, TODAY, NO_LOCKS)


@pytest.mark.parametrize(
    ("tier", "categories"),
    [
        (Tier.PROFESSIONAL, [Category.CONSULTING, Category.TRAINING, Category.INCIDENT]),
        (Tier.ENTERPRISE, list(Category)),
    ],
)
def test_entry_accepted_for_every_category_the_tier_includes(
    tiers: dict[Tier, TierSpec], tier: Tier, categories: list[Category]
) -> None:
    for category in categories:
        check_entry(CUSTOMER, single(tiers[tier]), category, date(2026, 11, 2), 60, TODAY, NO_LOCKS)


def test_entry_category_follows_the_tier_in_force_on_the_entry_date(
    professional: TierSpec, enterprise: TierSpec
) -> None:
    contract = Contract(
        START, None, (Term(professional, START), Term(enterprise, date(2026, 11, 16)))
    )
    message = refusal(contract, Category.DEVELOPMENT, date(2026, 11, 15))
    assert_one_clear_sentence(message, "Professional", "2026-11-15", "development")
    check_entry(CUSTOMER, contract, Category.DEVELOPMENT, date(2026, 11, 16), 60, TODAY, NO_LOCKS)


def test_entry_refused_for_an_unknown_category() -> None:
    with pytest.raises(Refused) as caught:
        parse_category("gardening")
    assert_one_clear_sentence(caught.value.message, "gardening", "not a category", "consulting")


def test_entry_categories_are_the_five_of_the_domain() -> None:
    assert [c.value for c in Category] == [
        "consulting",
        "development",
        "training",
        "onsite",
        "incident",
    ]
    assert parse_category("  Consulting ") is Category.CONSULTING


# --- locked periods -----------------------------------------------------------------------


def test_entry_refused_when_dated_in_a_locked_month(professional: TierSpec) -> None:
    locked = {Month(2026, 10)}
    message = refusal(single(professional), Category.CONSULTING, date(2026, 10, 31), locked=locked)
    assert_one_clear_sentence(message, "2026-10", "locked", CUSTOMER, "correction")
    # The month after the issued one is still open.
    check_entry(
        CUSTOMER, single(professional), Category.CONSULTING, date(2026, 11, 1), 60, TODAY, locked
    )


# --- every refusal, any order -------------------------------------------------------------


@settings(max_examples=150, deadline=None)
@given(
    day=st.integers(-60, 60).map(lambda n: TODAY + timedelta(days=n)),
    seconds=st.integers(-120, 26 * 3600),
    category=st.sampled_from(list(Category)),
    tier=st.sampled_from(list(Tier)),
    locked=st.sets(st.sampled_from([Month(2026, 10), Month(2026, 11)])),
)
def test_entry_is_written_exactly_when_no_rule_refuses_it(
    tiers: dict[Tier, TierSpec],
    day: date,
    seconds: int,
    category: Category,
    tier: Tier,
    locked: set[Month],
) -> None:
    contract = Contract(date(2026, 10, 15), date(2026, 12, 31), (Term(tiers[tier], START),))
    allowed = (
        0 < seconds <= 24 * 3600
        and day <= TODAY
        and contract.covers(day)
        and Month.of(day) not in locked
        and contract.terms[0].includes(category)
    )
    try:
        check_entry(CUSTOMER, contract, category, day, seconds, TODAY, locked)
    except Refused as refused:
        assert not allowed
        assert_one_clear_sentence(refused.message)
    else:
        assert allowed
