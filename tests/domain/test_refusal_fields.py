"""The domain's refusals name the input they are about; parsers that cannot know which
input their text came from leave it to the caller (`Refused.about`)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from accountdesk.domain.calendars import parse_holiday_calendar, parse_timezone
from accountdesk.domain.contracts import Contract, Term
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.ledger import check_entry, month_locked, parse_category
from accountdesk.domain.money import check_duration, check_fee, parse_duration, parse_money
from accountdesk.domain.periods import Month, parse_date
from accountdesk.domain.tiers import Category, TierSpec, parse_tier

TODAY = date(2026, 11, 26)


def field_of(action: Callable[[], object]) -> Field | None:
    with pytest.raises(Refused) as refused:
        action()
    return refused.value.field


@pytest.mark.parametrize(
    ("action", "field"),
    [
        (lambda: parse_category("travel"), Field.CATEGORY),
        (lambda: parse_tier("gold"), Field.TIER),
        (lambda: Month.parse("2026-13"), Field.MONTH),
        (lambda: parse_duration("-1"), Field.HOURS),
        (lambda: parse_duration("1.005"), Field.HOURS),
        (lambda: parse_duration("soon"), Field.HOURS),
        (lambda: parse_duration("25"), Field.HOURS),
        (lambda: check_duration(0), Field.HOURS),
        (lambda: check_fee(Decimal("-0.01")), Field.MONTHLY_FEE),
        (lambda: check_fee(Decimal("NaN")), Field.MONTHLY_FEE),
        (lambda: check_fee(Decimal("9.999")), Field.MONTHLY_FEE),
        (lambda: parse_timezone("Mars/Base"), Field.TIMEZONE),
        (lambda: parse_holiday_calendar("XX"), Field.HOLIDAY_CALENDAR),
    ],
)
def test_a_refusal_about_one_input_names_it(action: Callable[[], object], field: Field) -> None:
    assert field_of(action) is field


def test_fees_of_zero_or_more_with_two_decimals_pass() -> None:
    for fee in (None, Decimal(0), Decimal("1250.50")):
        check_fee(fee)


def test_parsers_that_do_not_know_their_input_leave_the_field_to_the_caller() -> None:
    assert field_of(lambda: parse_date("tomorrow", "start date")) is None
    assert field_of(lambda: parse_money("lots", "monthly fee")) is None
    with pytest.raises(Refused) as refused:
        try:
            parse_date("tomorrow", "start date")
        except Refused as unnamed:
            raise unnamed.about(Field.START) from None
    assert refused.value.field is Field.START
    assert "tomorrow" in refused.value.message
    # A field already named is kept.
    assert Refused("Hours must be more than zero.", Field.HOURS).about(Field.DAY).field is (
        Field.HOURS
    )


def test_entry_refusals_name_the_field_at_fault(professional: TierSpec) -> None:
    start = date(2026, 1, 1)
    contract = Contract(start, None, (Term(professional, start),))

    def check(
        category: Category = Category.CONSULTING,
        day: date = date(2026, 11, 2),
        seconds: int = 90,
        locked: frozenset[Month] = frozenset(),
    ) -> Callable[[], None]:
        return lambda: check_entry("Acme", contract, category, day, seconds, TODAY, locked)

    assert field_of(check(seconds=0)) is Field.HOURS
    assert field_of(check(day=date(2026, 11, 27))) is Field.DAY
    assert field_of(check(day=date(2025, 12, 31))) is Field.DAY
    assert field_of(check(locked=frozenset({Month(2026, 11)}))) is Field.DAY
    assert field_of(check(category=Category.DEVELOPMENT)) is Field.CATEGORY


def test_a_locked_month_is_about_the_day_unless_said_of_an_entry() -> None:
    assert month_locked("Acme", Month(2026, 10)).field is Field.DAY
    assert month_locked("Acme", Month(2026, 10), Field.ENTRY).field is Field.ENTRY
