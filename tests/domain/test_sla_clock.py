"""Support cases and SLA: the business-time clock against a minute-by-minute oracle,
the worked examples of the rules, a case's state, attainment and the service credit."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from accountdesk.domain.calendars import holidays_for
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.sla import (
    BusinessCalendar,
    CaseState,
    CaseTimes,
    Interval,
    ResponseClock,
    Target,
    month_sla,
    parse_instant,
    parse_severity,
    standing,
)
from accountdesk.domain.tiers import Coverage, Severity, TierSpec

ALWAYS = Coverage.ALWAYS
BUSINESS = Coverage.BUSINESS_HOURS
MINUTE = timedelta(minutes=1)
ZONES = ("Pacific/Auckland", "America/Los_Angeles", "Asia/Kolkata", "Europe/Berlin", "UTC")


def local(zone: str, year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=ZoneInfo(zone))


def target_of(tier: TierSpec, severity: Severity) -> Target:
    return Target(tier.response_minutes[severity], tier.coverage[severity])


# The worked examples of the rules, by name.


def test_professional_critical_opened_friday_1600_answered_monday_1000_is_two_business_hours_met(
    professional: TierSpec,
) -> None:
    zone = "Europe/Berlin"
    calendar = BusinessCalendar(zone)
    target = target_of(professional, Severity.CRITICAL)
    opened = local(zone, 2026, 11, 20, 16, 0)  # a Friday
    answered = local(zone, 2026, 11, 23, 10, 0)  # the Monday after
    clock = ResponseClock(target.coverage, calendar)
    assert clock.elapsed(opened, answered) == timedelta(hours=2)
    case = standing(CaseTimes(opened, answered), target, calendar, (), answered)
    assert case.state is CaseState.MET
    assert case.due == local(zone, 2026, 11, 23, 12, 0)


def test_enterprise_critical_opened_saturday_0300_is_due_saturday_0315(
    enterprise: TierSpec,
) -> None:
    zone = "America/Los_Angeles"
    calendar = BusinessCalendar(zone)
    target = target_of(enterprise, Severity.CRITICAL)
    opened = local(zone, 2026, 11, 21, 3, 0)  # a Saturday
    case = standing(CaseTimes(opened), target, calendar, (), opened)
    assert case.due == local(zone, 2026, 11, 21, 3, 15)


def test_enterprise_normal_opened_friday_1630_is_due_monday_1230(enterprise: TierSpec) -> None:
    zone = "Asia/Kolkata"
    calendar = BusinessCalendar(zone)
    target = target_of(enterprise, Severity.NORMAL)
    opened = local(zone, 2026, 11, 20, 16, 30)
    case = standing(CaseTimes(opened), target, calendar, (), opened)
    assert case.due == local(zone, 2026, 11, 23, 12, 30)


# The rules the examples do not show.


def test_holidays_do_not_count() -> None:
    zone = "Europe/Berlin"
    christmas = holidays_for("DE", date(2026, 12, 1), date(2026, 12, 31))
    calendar = BusinessCalendar(zone, frozenset(christmas))
    clock = ResponseClock(BUSINESS, calendar)
    opened = local(zone, 2026, 12, 24, 16, 0)  # Thursday; 25th and 26th are holidays
    assert clock.due(opened, timedelta(hours=4)) == local(zone, 2026, 12, 28, 12, 0)


def test_waiting_on_the_customer_does_not_count() -> None:
    calendar = BusinessCalendar("UTC")
    opened = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    waiting = [(opened + timedelta(minutes=5), opened + timedelta(hours=2))]
    clock = ResponseClock(ALWAYS, calendar, tuple(waiting))
    assert clock.due(opened, timedelta(minutes=15)) == opened + timedelta(hours=2, minutes=10)


def test_dst_counts_real_minutes_around_the_clock() -> None:
    zone = "Europe/Berlin"  # 2026-03-29 02:00 becomes 03:00
    clock = ResponseClock(ALWAYS, BusinessCalendar(zone))
    opened = local(zone, 2026, 3, 29, 1, 30)
    assert clock.due(opened, timedelta(hours=1)) == local(zone, 2026, 3, 29, 3, 30)


def test_at_risk_at_75_percent_then_breached_after_due() -> None:
    calendar = BusinessCalendar("UTC")
    opened = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    target = Target(60, ALWAYS)
    times = CaseTimes(opened)
    at = opened + timedelta(minutes=44)
    assert standing(times, target, calendar, (), at).state is CaseState.DUE
    at = opened + timedelta(minutes=45)
    assert standing(times, target, calendar, (), at).state is CaseState.AT_RISK
    at = opened + timedelta(minutes=60)
    assert standing(times, target, calendar, (), at).state is CaseState.AT_RISK
    at = opened + timedelta(minutes=61)
    assert standing(times, target, calendar, (), at).state is CaseState.BREACHED


def test_an_answer_exactly_at_target_is_met_a_minute_later_breached() -> None:
    calendar = BusinessCalendar("UTC")
    opened = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    target = Target(15, ALWAYS)
    now = opened + timedelta(days=1)
    on_time = CaseTimes(opened, opened + timedelta(minutes=15))
    late = CaseTimes(opened, opened + timedelta(minutes=16))
    assert standing(on_time, target, calendar, (), now).state is CaseState.MET
    assert standing(late, target, calendar, (), now).state is CaseState.BREACHED


def test_no_target_for_community() -> None:
    opened = datetime(2026, 11, 21, 3, 0, tzinfo=UTC)
    case = standing(CaseTimes(opened), None, BusinessCalendar("UTC"), (), opened)
    assert case.state is CaseState.NO_TARGET and case.due is None


# Attainment and credit.


def test_no_case_due_means_no_attainment_and_no_credit() -> None:
    month = month_sla([], Decimal("99.90"), True, None, Decimal("25000.00"))
    assert month.attainment is None and not month.breach and month.credit == 0


def test_all_met_is_100_percent() -> None:
    month = month_sla([CaseState.MET] * 3, Decimal("99.90"), True, None, Decimal("25000.00"))
    assert month.attainment == Decimal("100.00") and not month.breach


def test_one_enterprise_breach_credits_ten_percent_of_the_fee() -> None:
    states = [CaseState.MET] * 2 + [CaseState.BREACHED]
    month = month_sla(states, Decimal("99.90"), True, None, Decimal("15000.00"))
    assert month.attainment == Decimal("66.67")
    assert month.breach and month.credit == Decimal("1500.00")


def test_a_contract_percentage_replaces_the_default() -> None:
    month = month_sla([CaseState.BREACHED], Decimal("99.90"), True, Decimal("12.5"), Decimal(999))
    assert month.credit == Decimal("124.88")


def test_professional_breach_is_reported_without_credit() -> None:
    month = month_sla([CaseState.BREACHED], Decimal("99.50"), False, None, Decimal("5000.00"))
    assert month.breach and month.credit == 0 and month.credit_pct is None


def test_running_cases_do_not_count() -> None:
    month = month_sla(
        [CaseState.MET, CaseState.AT_RISK, CaseState.DUE], Decimal("99.50"), False, None, Decimal(0)
    )
    assert month.due == 1 and month.attainment == Decimal("100.00")


# Severity vocabularies and instants.


@pytest.mark.parametrize(
    ("text", "severity"),
    [
        ("Urgent", Severity.CRITICAL),
        ("P2", Severity.HIGH),
        ("minor", Severity.NORMAL),
        ("Trivial", Severity.LOW),
        ("critical", Severity.CRITICAL),
    ],
)
def test_help_desk_severity_vocabularies(text: str, severity: Severity) -> None:
    assert parse_severity(text) is severity


def test_a_severity_map_comes_first() -> None:
    assert parse_severity("High", {"high": Severity.CRITICAL}) is Severity.CRITICAL
    assert parse_severity("Highest", {"Highest": Severity.CRITICAL}) is Severity.CRITICAL
    with pytest.raises(Refused) as refused:
        parse_severity("Blocker")
    assert refused.value.field is Field.SEVERITY


def test_a_naive_timestamp_is_refused_with_a_sentence() -> None:
    with pytest.raises(Refused, match="says no time zone") as refused:
        parse_instant("2026-11-03T14:05", "--at", Field.AT)
    assert refused.value.field is Field.AT
    assert parse_instant("2026-11-03T13:05Z", "--at", Field.AT) == datetime(
        2026, 11, 3, 13, 5, tzinfo=UTC
    )


# The clock against a brute-force oracle that walks minute by minute.


def _counts(
    minute: datetime, coverage: Coverage, calendar: BusinessCalendar, waits: list[Interval]
) -> bool:
    if any(lo <= minute < hi for lo, hi in waits):
        return False
    if coverage is ALWAYS:
        return True
    at = minute.astimezone(ZoneInfo(calendar.zone))
    return calendar.is_working_day(at.date()) and 9 <= at.hour < 17


def oracle_due(
    opened: datetime,
    minutes: int,
    coverage: Coverage,
    calendar: BusinessCalendar,
    waits: list[Interval],
) -> datetime:
    at, left = opened, minutes
    while True:
        if _counts(at, coverage, calendar, waits):
            left -= 1
            if left == 0:
                return at + MINUTE
        at += MINUTE


def oracle_elapsed(
    start: datetime,
    end: datetime,
    coverage: Coverage,
    calendar: BusinessCalendar,
    waits: list[Interval],
) -> timedelta:
    at, total = start, 0
    while at < end:
        total += _counts(at, coverage, calendar, waits)
        at += MINUTE
    return total * MINUTE


# Instants on whole minutes around both DST changes of both hemispheres, weekends and
# the holidays of the calendars below.
EDGES = [
    datetime(2026, 3, 6, tzinfo=UTC),  # US spring forward 03-08
    datetime(2026, 3, 27, tzinfo=UTC),  # EU 03-29
    datetime(2026, 4, 3, tzinfo=UTC),  # NZ falls back 04-05, Good Friday / Easter
    datetime(2026, 9, 25, tzinfo=UTC),  # NZ springs forward 09-27
    datetime(2026, 10, 23, tzinfo=UTC),  # EU 10-25
    datetime(2026, 10, 30, tzinfo=UTC),  # US falls back 11-01
    datetime(2026, 12, 23, tzinfo=UTC),  # Christmas
]
HOLIDAY_CALENDAR = {
    "Pacific/Auckland": "NZ",
    "America/Los_Angeles": "US-CA",
    "Asia/Kolkata": "IN",
    "Europe/Berlin": "DE",
    "UTC": None,
}
_HOLIDAYS = {
    zone: frozenset(holidays_for(cal, date(2026, 1, 1), date(2027, 1, 31)))
    for zone, cal in HOLIDAY_CALENDAR.items()
}
instants = st.builds(
    lambda edge, minutes: edge + timedelta(minutes=minutes),
    st.sampled_from(EDGES),
    st.integers(0, 5 * 24 * 60),
)
waiting = st.lists(st.tuples(st.integers(0, 4 * 24 * 60), st.integers(1, 16 * 60)), max_size=3)
PROPERTY = settings(max_examples=60, deadline=None)
# A case: the customer's zone, when it opened, its target, coverage, holidays and waits.
A_CASE = {
    "zone": st.sampled_from(ZONES),
    "opened": instants,
    "minutes": st.sampled_from([15, 60, 240, 480, 1440]),
    "coverage": st.sampled_from([ALWAYS, BUSINESS]),
    "holidays": st.booleans(),
    "waits": waiting,
}


def _calendar_and_waits(
    zone: str, opened: datetime, holidays: bool, waits: list[tuple[int, int]]
) -> tuple[BusinessCalendar, list[Interval]]:
    calendar = BusinessCalendar(zone, _HOLIDAYS[zone] if holidays else frozenset())
    periods = [(opened + timedelta(minutes=a), opened + timedelta(minutes=a + n)) for a, n in waits]
    return calendar, periods


@PROPERTY
@given(**A_CASE)
def test_due_matches_the_minute_by_minute_oracle(
    zone: str,
    opened: datetime,
    minutes: int,
    coverage: Coverage,
    holidays: bool,
    waits: list[tuple[int, int]],
) -> None:
    calendar, periods = _calendar_and_waits(zone, opened, holidays, waits)
    clock = ResponseClock(coverage, calendar, tuple(periods))
    expected = oracle_due(opened, minutes, coverage, calendar, periods)
    assert clock.due(opened, timedelta(minutes=minutes)) == expected


@PROPERTY
@given(
    zone=st.sampled_from(ZONES),
    start=instants,
    span=st.integers(0, 4 * 24 * 60),
    coverage=st.sampled_from([ALWAYS, BUSINESS]),
    waits=waiting,
)
def test_elapsed_matches_the_minute_by_minute_oracle(
    zone: str, start: datetime, span: int, coverage: Coverage, waits: list[tuple[int, int]]
) -> None:
    calendar = BusinessCalendar(zone, _HOLIDAYS[zone])
    periods = [(start + timedelta(minutes=a), start + timedelta(minutes=a + n)) for a, n in waits]
    clock = ResponseClock(coverage, calendar, tuple(periods))
    end = start + timedelta(minutes=span)
    assert clock.elapsed(start, end) == oracle_elapsed(start, end, coverage, calendar, periods)


@PROPERTY
@given(**A_CASE, span=st.integers(0, 4 * 24 * 60))
def test_a_cases_standing_matches_the_minute_by_minute_oracle(
    zone: str,
    opened: datetime,
    minutes: int,
    span: int,
    coverage: Coverage,
    holidays: bool,
    waits: list[tuple[int, int]],
) -> None:
    """The due moment and the time gone, read in one walk of the clock, are what
    counting minute by minute says: for a case answered `span` minutes after opening,
    and for one still open at that moment (before, at or long after its due time)."""
    calendar, periods = _calendar_and_waits(zone, opened, holidays, waits)
    moment = opened + timedelta(minutes=span)
    due = oracle_due(opened, minutes, coverage, calendar, periods)
    gone = oracle_elapsed(opened, moment, coverage, calendar, periods)
    target = Target(minutes, coverage)
    answered = standing(CaseTimes(opened, moment), target, calendar, periods, moment)
    assert (answered.due, answered.elapsed) == (due, gone)
    assert answered.state is (CaseState.MET if moment <= due else CaseState.BREACHED)
    still_open = standing(CaseTimes(opened), target, calendar, periods, moment)
    assert (still_open.due, still_open.elapsed) == (due, gone)
