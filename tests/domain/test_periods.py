"""Calendar months and quarters, the periods allowances are measured in."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month, Quarter, add_months, days_between

days = st.dates(min_value=date(2000, 1, 1), max_value=date(2099, 12, 31))


@settings(max_examples=100, deadline=None)
@given(day=days)
def test_periods_every_day_lies_in_one_month_and_one_quarter(day: date) -> None:
    month, quarter = Month.of(day), Quarter.of(day)
    assert month.first <= day <= month.last
    assert quarter.first <= day <= quarter.last
    assert month in quarter.months and month.quarter == quarter
    assert month.next().previous() == month and month.previous().next() == month
    assert quarter.next().previous() == quarter
    assert month.next().first == month.last + timedelta(days=1)
    assert quarter.next().first == quarter.last + timedelta(days=1)
    assert (
        quarter.days
        == sum(m.days for m in quarter.months)
        == days_between(quarter.first, quarter.last)
    )


def test_periods_quarter_days_and_labels() -> None:
    assert [Quarter(2026, n).days for n in (1, 2, 3, 4)] == [90, 91, 92, 92]
    assert Quarter(2028, 1).days == 91  # leap year
    assert (Month(2026, 11).label, Quarter(2026, 4).label) == ("2026-11", "2026-Q4")
    assert Month(2026, 12).next() == Month(2027, 1)
    assert Quarter(2026, 1).previous() == Quarter(2025, 4)


def test_periods_contract_years_clamp_to_the_month_s_last_day() -> None:
    assert add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)
    assert add_months(date(2028, 2, 29), 12) == date(2029, 2, 28)
    assert add_months(date(2026, 1, 5), 11) == date(2026, 12, 5)


def test_periods_month_parse_refuses_with_the_expected_form() -> None:
    assert Month.parse(" 2026-11 ") == Month(2026, 11)
    for typed in ("2026-13", "11/2026", "2026-1", ""):
        with pytest.raises(Refused, match="is not a month; write it as YYYY-MM"):
            Month.parse(typed)
