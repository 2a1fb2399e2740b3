"""How an allowance is going: its level (green / amber from 80 % / red past 100 %) and when
it runs out at the pace so far (domain.forecast)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.forecast import Forecast, Level, Outlook, forecast, level

H = 3600
NOVEMBER = (date(2026, 11, 1), date(2026, 11, 30))
PROPERTY = settings(max_examples=200, deadline=None)


def november(included: str, used_hours: float, today: date) -> Forecast:
    return forecast(Decimal(included), round(used_hours * H), *NOVEMBER, today)


# ----------------------------------------------------------------------------- level


@pytest.mark.parametrize(
    ("used_hours", "expected"),
    [
        (0, Level.FINE),
        (3.15, Level.FINE),  # 78.75 %
        (3.2, Level.NEARLY_USED),  # exactly 80 % is amber
        (3.5, Level.NEARLY_USED),  # 87.5 %
        (4, Level.NEARLY_USED),  # all used, none over: still amber
        (4.05, Level.OVER),  # past 100 % is red
        (6.5, Level.OVER),  # the worked example: 2.50 h over
    ],
)
def test_level_is_amber_from_80_percent_and_red_past_100(used_hours, expected):
    assert level(Decimal("4.00"), round(used_hours * H)) is expected


def test_level_of_nothing_included_is_over_once_hours_are_used():
    assert level(Decimal(0), 30) is Level.OVER
    assert level(Decimal(0), 0) is Level.FINE


def test_level_of_negative_use_after_a_correction_is_fine():
    assert level(Decimal("4.00"), -60) is Level.FINE


# ----------------------------------------------------------------------------- forecast


def test_pace_runs_the_allowance_out_on_the_day_projected_use_reaches_it():
    # 2 h in the first 10 days is 0.2 h a day: the other 2 h last 10 more days.
    assert november("4.00", 2, date(2026, 11, 10)) == Forecast(
        Outlook.RUNS_OUT, date(2026, 11, 30), date(2026, 11, 20)
    )


def test_a_day_part_used_rounds_up_to_that_day():
    # 3 h in 10 days: the last hour takes 3.33 days, so it runs out during the 14th.
    assert november("4.00", 3, date(2026, 11, 10)).runs_out_on == date(2026, 11, 14)


def test_an_amber_allowance_at_three_and_a_half_of_four_hours_runs_out_in_days():
    # 3.5 h by the 14th is 0.25 h a day; the last 0.5 h takes two more days.
    assert november("4.00", 3.5, date(2026, 11, 14)).runs_out_on == date(2026, 11, 16)


def test_a_slow_pace_lasts_the_month():
    assert november("20.00", 2, date(2026, 11, 26)) == Forecast(Outlook.LASTS, date(2026, 11, 30))


def test_no_usage_has_no_pace_and_the_whole_allowance_is_there():
    assert november("4.00", 0, date(2026, 11, 26)).outlook is Outlook.NOTHING_USED


def test_usage_below_zero_after_a_correction_counts_as_no_usage():
    assert november("4.00", -1, date(2026, 11, 26)).outlook is Outlook.NOTHING_USED


def test_an_allowance_already_used_up_or_gone_over_has_no_date():
    assert november("4.00", 4, date(2026, 11, 26)) == Forecast(Outlook.USED_UP, date(2026, 11, 30))
    assert november("4.00", 6.5, date(2026, 11, 5)).outlook is Outlook.USED_UP


def test_nothing_included_means_every_hour_is_overage():
    assert november("0", 1, date(2026, 11, 26)).outlook is Outlook.NOTHING_INCLUDED
    assert november("0", 0, date(2026, 11, 26)).outlook is Outlook.NOTHING_INCLUDED


def test_on_the_months_last_day_what_is_left_lasts_the_month():
    # Today's hours are counted already, so the earliest it can run out is tomorrow.
    assert november("4.00", 3.99, date(2026, 11, 30)).outlook is Outlook.LASTS


def test_on_the_first_day_a_fast_start_runs_out_within_days():
    assert november("4.00", 2, date(2026, 11, 1)).runs_out_on == date(2026, 11, 2)


def test_the_day_before_the_end_can_still_run_out_on_the_last_day():
    # 3.6 h in 29 days leaves 0.4 h; at 0.124 h a day that is 3.2 days: it lasts.
    assert november("4.00", 3.6, date(2026, 11, 29)).outlook is Outlook.LASTS
    # 3.9 h in 29 days: 0.1 h left at 0.134 h a day runs out on the 30th.
    assert november("4.00", 3.9, date(2026, 11, 29)).runs_out_on == date(2026, 11, 30)


def test_before_the_period_and_after_it_there_is_no_forecast():
    assert november("4.00", 0, date(2026, 10, 31)).outlook is Outlook.NOT_STARTED
    assert november("4.00", 2, date(2026, 12, 1)).outlook is Outlook.ENDED


def test_the_pace_counts_from_the_contracts_start_within_the_month():
    # Started on the 21st: 3 h in 6 days is 0.5 h a day; 1 h more lasts 2 days.
    found = forecast(
        Decimal("4.00"), 3 * H, date(2026, 11, 21), date(2026, 11, 30), date(2026, 11, 26)
    )
    assert found.runs_out_on == date(2026, 11, 28)


def test_a_contract_ending_in_the_month_ends_the_count():
    last = date(2026, 11, 20)
    found = forecast(Decimal("4.00"), 1 * H, date(2026, 11, 1), last, date(2026, 11, 10))
    assert found == Forecast(Outlook.LASTS, last)


def test_a_quarter_is_forecast_like_a_month():
    # Q4: 20 h in the 57 days to 26 Nov; 20 h more takes 57 days: past the quarter.
    q4 = (date(2026, 10, 1), date(2026, 12, 31))
    assert forecast(Decimal("40.00"), 20 * H, *q4, date(2026, 11, 26)).outlook is Outlook.LASTS
    found = forecast(Decimal("40.00"), 30 * H, *q4, date(2026, 11, 26))
    assert found.runs_out_on == date(2026, 12, 15)


def test_a_second_used_at_the_months_end_lasts_without_an_overflow():
    # The pace would run out some 2.9 million days later: past any date.
    found = forecast(Decimal("26.97"), 1, *NOVEMBER, date(2026, 11, 30))
    assert found.outlook is Outlook.LASTS


@PROPERTY
@given(
    included=st.integers(min_value=1, max_value=4000).map(lambda c: Decimal(c) / 100),
    used=st.integers(min_value=1, max_value=240_000),
    day=st.integers(min_value=1, max_value=30),
)
def test_the_date_is_the_first_day_the_projected_use_reaches_the_allowance(included, used, day):
    today = date(2026, 11, day)
    found = forecast(included, used, *NOVEMBER, today)
    if used >= included * H:
        assert found.outlook is Outlook.USED_UP
        return
    pace = Decimal(used) / day  # seconds a day, today counted

    def projected(on: date) -> Decimal:
        return Decimal(used) + pace * (on - today).days

    if found.outlook is Outlook.RUNS_OUT:
        assert found.runs_out_on is not None
        assert today < found.runs_out_on <= NOVEMBER[1]
        assert projected(found.runs_out_on) >= included * H
        assert projected(found.runs_out_on - timedelta(days=1)) < included * H
    else:
        assert found.outlook is Outlook.LASTS
        assert projected(NOVEMBER[1]) < included * H
