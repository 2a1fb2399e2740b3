"""Durations entered as hours with up to 2 decimals or h:mm, stored as integer minutes;
money as Decimal rounded half-up."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.errors import Refused
from accountdesk.domain.money import hours, money_text, parse_duration, parse_money, round2

PROPERTY = settings(max_examples=100, deadline=None)


@pytest.mark.parametrize(
    ("typed", "minutes"),
    [
        ("2.5", 150),
        ("2.50", 150),
        ("1:30", 90),
        ("0:45", 45),
        ("2", 120),
        ("0.25", 15),
        (".5", 30),
        ("24", 1440),
        ("24:00", 1440),
        (" 1:05 ", 65),
        ("0.01", 1),  # 36 seconds, rounded half-up to the minute
    ],
)
def test_durations_are_entered_as_hours_or_h_mm_and_stored_as_minutes(
    typed: str, minutes: int
) -> None:
    parsed = parse_duration(typed)
    assert parsed == minutes
    assert type(parsed) is int


@pytest.mark.parametrize(
    ("typed", "names"),
    [
        ("-1", ["more than zero", "negative"]),
        ("-0:30", ["more than zero"]),
        ("0", ["more than zero"]),
        ("0:00", ["more than zero"]),
        ("25", ["24 hours"]),
        ("24:01", ["24 hours"]),
        ("1.234", ["two decimals", "1.234"]),
        ("abc", ["not a duration", "abc"]),
        ("1:75", ["not a duration", "1:75"]),
        ("", ["not a duration"]),
        ("2,5", ["not a duration"]),
        ("1e1", ["not a duration"]),
        ("NaN", ["not a duration"]),
    ],
)
def test_durations_refused_with_a_sentence_naming_the_problem(typed: str, names: list[str]) -> None:
    with pytest.raises(Refused) as caught:
        parse_duration(typed)
    message = caught.value.message
    assert message.endswith(".") and "\n" not in message
    assert not re.search(r"[.!?]\s+[A-Z]", message), message
    for name in names:
        assert name in message


@PROPERTY
@given(minutes=st.integers(1, 24 * 60))
def test_durations_h_mm_round_trip_every_minute_up_to_24_hours(minutes: int) -> None:
    assert parse_duration(f"{minutes // 60}:{minutes % 60:02d}") == minutes


@PROPERTY
@given(hundredths=st.integers(1, 2400))
def test_durations_in_hours_with_two_decimals_become_minutes_rounded_half_up(
    hundredths: int,
) -> None:
    typed = f"{hundredths // 100}.{hundredths % 100:02d}"
    # hundredths x 0.6 min, half-up: (hundredths x 6 + 5) // 10.
    assert parse_duration(typed) == (hundredths * 6 + 5) // 10


@PROPERTY
@given(text=st.text(max_size=8))
def test_durations_either_parse_to_1_to_1440_minutes_or_are_refused(text: str) -> None:
    try:
        minutes = parse_duration(text)
    except Refused as refused:
        assert refused.message.endswith(".")
    else:
        assert 1 <= minutes <= 24 * 60


@PROPERTY
@given(text=st.from_regex(r"\A-?[0-9]{1,60}(\.[0-9]{0,4})?(:[0-9]{1,3})?\Z"))
def test_durations_of_any_length_are_refused_with_a_sentence_never_a_traceback(
    text: str,
) -> None:
    try:
        minutes = parse_duration(text)
    except Refused as refused:
        assert refused.message.endswith(".")
    else:
        assert 1 <= minutes <= 24 * 60


def test_durations_refuse_a_very_long_number_as_over_24_hours() -> None:
    with pytest.raises(Refused, match="24 hours"):
        parse_duration("9" * 40)


def test_rounding_is_half_up_to_two_decimals() -> None:
    assert round2(Decimal("0.005")) == Decimal("0.01")
    assert round2(Decimal("0.015")) == Decimal("0.02")
    assert round2(Decimal("2.345")) == Decimal("2.35")
    assert round2(Decimal("-2.345")) == Decimal("-2.35")
    assert str(round2(Decimal(5))) == "5.00"


def test_minutes_are_shown_as_hours_with_two_decimals() -> None:
    assert hours(390) == Decimal("6.50")
    assert hours(1) == Decimal("0.02")  # 0.01666… h, half-up
    assert hours(Decimal("102.6")) == Decimal("1.71")


def test_money_is_decimal_with_cents_and_thousands_separators() -> None:
    assert parse_money("1,250.5") == Decimal("1250.50")
    assert money_text(Decimal(1250)) == "1,250.00"
    assert money_text(Decimal("15000")) == "15,000.00"
    assert parse_money("1.100") == Decimal("1.10")


@pytest.mark.parametrize(
    ("typed", "name"),
    [
        ("-1", "must be zero or more"),
        ("1.001", "more than two decimals"),
        ("ten", "is not a number"),
        ("NaN", "is not a number"),
        ("Infinity", "is not a number"),
        ("1e30", "is too large"),
        ("9" * 40, "is too large"),
    ],
)
def test_money_refused_with_a_sentence_naming_the_problem(typed: str, name: str) -> None:
    with pytest.raises(Refused) as caught:
        parse_money(typed, "monthly fee")
    message = caught.value.message
    assert message.startswith("The monthly fee") and message.endswith(".")
    assert name in message
