"""Typed values the database (or a date) cannot hold are refused with a sentence, in
the parser that reads them: ids past 32 bits, digits that are not ASCII, years far
outside the product's, amounts past the cent columns."""

from __future__ import annotations

from datetime import date

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.limits import MAX_ID, as_id, parse_id
from accountdesk.domain.money import MAX_AMOUNT, check_fee, parse_duration, parse_money
from accountdesk.domain.periods import Month, check_year, parse_date


@pytest.mark.parametrize("typed", ["1", " 42 ", str(MAX_ID)])
def test_an_id_in_ascii_digits_within_32_bits_is_read(typed: str) -> None:
    assert as_id(typed) == int(typed)
    assert parse_id(typed, "contact") == int(typed)


@pytest.mark.parametrize(
    "typed",
    [
        "0",
        "-1",
        str(MAX_ID + 1),  # 2147483648: past PostgreSQL's INTEGER
        "3000000000",
        "99999999999999999999",  # past 64 bits
        "²",  # isdigit() is true, int() fails
        "٣",  # isdigit() is true, int() reads 3
        "１２",
        "1.0",
        "",
    ],
)
def test_anything_else_is_not_an_id(typed: str) -> None:
    assert as_id(typed) is None
    with pytest.raises(Refused) as refused:
        parse_id(typed, "review", Field.REVIEW)
    assert refused.value.field is Field.REVIEW
    assert "is not a review id; ids are whole numbers from 1 to 2,147,483,647." in str(
        refused.value
    )


@pytest.mark.parametrize("typed", ["1900-01-01", "2026-11-26", "2200-12-31"])
def test_dates_from_1900_to_2200_are_read(typed: str) -> None:
    assert parse_date(typed) == date.fromisoformat(typed)


@pytest.mark.parametrize("typed", ["0001-01-01", "1899-12-31", "2201-01-01", "9999-12-31"])
def test_dates_outside_the_product_years_are_refused(typed: str) -> None:
    with pytest.raises(Refused) as refused:
        parse_date(typed, "--until date")
    assert str(refused.value) == (
        f"The --until date {typed} is outside the years 1900 to 2200 AccountDesk works with."
    )


@pytest.mark.parametrize("typed", ["0000-01-01", "٢٠٢٦-١١-٢٦", "2026-11-2٦"])
def test_year_zero_and_other_digits_are_not_dates(typed: str) -> None:
    with pytest.raises(Refused, match="is not a date; write it as YYYY-MM-DD"):
        parse_date(typed)


def test_a_date_from_elsewhere_is_checked_against_the_same_years() -> None:
    check_year(date(2026, 1, 1))
    with pytest.raises(Refused) as refused:
        check_year(date(9999, 12, 31), "end date", Field.END)
    assert refused.value.field is Field.END


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("0000-01", "outside the years 1900 to 2200"),
        ("9999-12", "outside the years 1900 to 2200"),
        ("٢٠٢٦-١١", "is not a month"),
        ("²026-11", "is not a month"),
    ],
)
def test_months_outside_the_years_or_in_other_digits_are_refused(typed: str, says: str) -> None:
    with pytest.raises(Refused, match=says) as refused:
        Month.parse(typed)
    assert refused.value.field is Field.MONTH


def test_the_last_month_of_the_product_years_still_has_a_next() -> None:
    assert Month.parse("2200-12").next() == Month(2201, 1)


@pytest.mark.parametrize(
    ("typed", "says"),
    [
        ("1e20", "is too large; it can be at most 999,999,999.99."),
        ("1000000000", "is too large"),
        ("9" * 30, "is too large"),
        ("NaN", "is not a number"),
        ("Infinity", "is not a number"),
        ("٣", "is not a number"),
    ],
)
def test_fees_past_the_limit_or_not_numbers_are_refused(typed: str, says: str) -> None:
    with pytest.raises(Refused, match=says):
        parse_money(typed, "monthly fee")


def test_the_largest_fee_is_taken() -> None:
    assert parse_money("999,999,999.99") == MAX_AMOUNT


def test_a_fee_from_a_form_past_the_limit_is_refused() -> None:
    with pytest.raises(Refused, match="is too large") as refused:
        check_fee(MAX_AMOUNT + 1)
    assert refused.value.field is Field.MONTHLY_FEE


@pytest.mark.parametrize("typed", ["٣", "²", "٢:٣٠", "١.٥"])
def test_hours_in_other_digits_are_not_durations(typed: str) -> None:
    with pytest.raises(Refused, match="is not a duration") as refused:
        parse_duration(typed)
    assert refused.value.field is Field.HOURS
