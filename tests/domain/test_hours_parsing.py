"""Durations entered as hours with up to 2 decimals or h:mm, kept exactly as entered
(integer seconds, never rounded); money as Decimal rounded half-up."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.errors import Refused
from accountdesk.domain.money import (
    duration_text,
    hours,
    money_text,
    parse_duration,
    parse_money,
    round2,
)

PROPERTY = settings(max_examples=100, deadline=None)


@pytest.mark.parametrize(
    ("typed", "seconds"),
    [
        ("2.5", 9000),
        ("2.50", 9000),
        ("2,5", 9000),  # a decimal comma, as European spreadsheets write it
        (",75", 2700),
        ("1:30", 5400),
        ("0:45", 2700),
        ("2", 7200),
        ("0.25", 900),
        (".5", 1800),
        ("24", 86400),
        ("24:00", 86400),
        (" 1:05 ", 3900),
        ("0.01", 36),  # kept exactly: 0.01 h, not rounded to a minute
        ("3.99", 14364),  # 3.99 h, not 3.98
        ("1:01", 3660),
    ],
)
def test_durations_are_entered_as_hours_or_h_mm_and_kept_exactly(typed: str, seconds: int) -> None:
    parsed = parse_duration(typed)
    assert parsed == seconds
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
        ("3.999", ["two decimals", "3.999"]),
        ("1,005", ["two decimals", "1,005"]),
        ("abc", ["not a duration", "abc"]),
        ("1:75", ["not a duration", "1:75"]),
        ("", ["not a duration"]),
        ("2,5,0", ["not a duration"]),
        ("1.5,0", ["not a duration"]),
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
    assert parse_duration(f"{minutes // 60}:{minutes % 60:02d}") == minutes * 60


@PROPERTY
@given(hundredths=st.integers(1, 2400), comma=st.booleans())
def test_durations_in_hours_with_two_decimals_are_kept_exactly_and_shown_as_typed(
    hundredths: int, comma: bool
) -> None:
    typed = f"{hundredths // 100}{',' if comma else '.'}{hundredths % 100:02d}"
    seconds = parse_duration(typed)
    assert seconds == hundredths * 36
    assert hours(seconds) == Decimal(hundredths) / 100


@PROPERTY
@given(text=st.text(max_size=8))
def test_durations_either_parse_to_a_day_at_most_or_are_refused(text: str) -> None:
    try:
        seconds = parse_duration(text)
    except Refused as refused:
        assert refused.message.endswith(".")
    else:
        assert 36 <= seconds <= 24 * 3600


@PROPERTY
@given(text=st.from_regex(r"\A-?[0-9]{1,60}(\.[0-9]{0,4})?(:[0-9]{1,3})?\Z"))
def test_durations_of_any_length_are_refused_with_a_sentence_never_a_traceback(
    text: str,
) -> None:
    try:
        seconds = parse_duration(text)
    except Refused as refused:
        assert refused.message.endswith(".")
    else:
        assert 36 <= seconds <= 24 * 3600


def test_durations_refuse_a_very_long_number_as_over_24_hours() -> None:
    with pytest.raises(Refused, match="24 hours"):
        parse_duration("9" * 40)


def test_rounding_is_half_up_to_two_decimals() -> None:
    assert round2(Decimal("0.005")) == Decimal("0.01")
    assert round2(Decimal("0.015")) == Decimal("0.02")
    assert round2(Decimal("2.345")) == Decimal("2.35")
    assert round2(Decimal("-2.345")) == Decimal("-2.35")
    assert str(round2(Decimal(5))) == "5.00"


def test_seconds_are_shown_as_hours_with_two_decimals() -> None:
    assert hours(23400) == Decimal("6.50")
    assert hours(36) == Decimal("0.01")
    assert hours(60) == Decimal("0.02")  # a minute typed as 0:01 is 0.01666… h, half-up


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


@PROPERTY
@given(
    seconds=st.one_of(
        st.integers(1, 2400).map(lambda h: h * 36), st.integers(1, 1440).map(lambda m: m * 60)
    )
)
def test_a_duration_written_back_reads_as_the_same_duration(seconds: int) -> None:
    """What the window puts in an edited cell, and the export writes, is read back exactly."""
    assert parse_duration(duration_text(seconds)) == seconds
    assert duration_text(-seconds) == "-" + duration_text(seconds)
