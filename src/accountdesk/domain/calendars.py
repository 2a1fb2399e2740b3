"""Time zones and public-holiday calendars, as a customer's contract names them."""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import say


def parse_timezone(text: str) -> str:
    try:
        ZoneInfo(text)
    except (ZoneInfoNotFoundError, ValueError, OSError):  # OSError: a folder of zones
        raise Refused(
            say("{text!r} is not a time zone; use an IANA name such as Europe/Berlin.", text=text),
            Field.TIMEZONE,
        ) from None
    return text


def parse_holiday_calendar(text: str) -> str:
    """`DE`, or `US-CA` for a country's subdivision, as the holidays library names them."""
    import holidays as holiday_calendars  # a large table of countries: loaded when needed

    country, _, subdivision = text.strip().upper().partition("-")
    try:
        holiday_calendars.country_holidays(country, subdiv=subdivision or None, years=2026)
    except NotImplementedError:
        raise Refused(
            say(
                "{text!r} is not a holiday calendar; use a country code such as DE or US-CA.",
                text=text,
            ),
            Field.HOLIDAY_CALENDAR,
        ) from None
    return text.strip().upper()


def holidays_for(calendar: str | None, first: date, last: date) -> set[date]:
    if not calendar:
        return set()
    import holidays as holiday_calendars

    country, _, subdivision = calendar.partition("-")
    years = range(first.year, last.year + 1)
    return set(holiday_calendars.country_holidays(country, subdiv=subdivision or None, years=years))
