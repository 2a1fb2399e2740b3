"""How numbers and dates look in the window: money `1,250.00 USD`, hours `2.50 h`,
right-aligned in tabular figures; dates as the report prints them; and the one red of
what is wrong.

Dates come from here only, and read as in the monthly report (accountdesk.wording):
`2026-11-26` in tables, fields and figures, `26 November 2026` in sentences, and, where
a list is short of room, `26 Nov` (with the year when it is not this year's). Not the
locale's short format: `11/26/26` and `26/11/26` mean different days to the American
and the European offices sharing a portfolio, and the client's report says 2026-11-26.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal

from babel.dates import format_skeleton
from PySide6.QtCore import QCoreApplication, QLocale, Qt

from accountdesk import wording
from accountdesk.domain.money import hours, money_text
from accountdesk.domain.tiers import UNLIMITED, Limit
from accountdesk.wording import plural as plural  # the window's figures use it as fmt.plural

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Red for what is wrong: a refusal's sentence, a limit exceeded (as a style sheet or a
# QColor takes it).
ERROR_COLOUR = "#b3261e"


def _english() -> bool:
    """True where the window's locale writes as today's English text does."""
    return QLocale().language() in (QLocale.Language.English, QLocale.Language.C)


def _localised(text: str) -> str:
    """`1,250.00` with the window locale's separators (the digits stay Decimal's)."""
    if _english():
        return text
    locale = QLocale()
    table = str.maketrans({",": locale.groupSeparator(), ".": locale.decimalPoint()})
    return text.translate(table)


def money(value: Decimal, currency: str = "USD") -> str:
    return f"{_localised(money_text(value))} {currency}"


def hours_text(seconds: int | Decimal) -> str:
    return f"{_localised(f'{hours(seconds):,.2f}')} h"


def decimal_hours(value: Decimal) -> str:
    return f"{_localised(f'{value:,.2f}')} h"


def limit_text(value: Limit) -> str:
    if value is UNLIMITED:
        return QCoreApplication.translate("Format", "unlimited")
    return _localised(f"{value:,}")


# How date fields (QDateEdit) show a date: as `day` writes it.
DATE_FIELD_FORMAT = "yyyy-MM-dd"
WEEKDAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def day(value: date | None) -> str:
    """`2026-11-26`, as the report's tables print a date; "" for no date."""
    return "" if value is None else wording.day(value)


def long_day(value: date) -> str:
    """`26 November 2026`, as the report's sentences say a date, in the window's
    language (`5. März 2026`, `2026年3月5日`)."""
    return wording.long_day(value)


def short_day(value: date) -> str:
    """`26 Nov`, for a list short of room."""
    if _english():
        return f"{value.day} {wording.MONTHS[value.month - 1][:3]}"
    # The locale's own order and marks: `26. Nov.`, `11月26日`, `26 nov.`
    return format_skeleton("MMMd", value, locale=wording.current().locale)


def day_with_year(value: date, today: date) -> str:
    """`26 Nov`, or `5 Jan 2027` when the year is not today's."""
    if value.year == today.year:
        return short_day(value)
    if _english():
        return f"{short_day(value)} {value.year}"
    return format_skeleton("yMMMd", value, locale=wording.current().locale)


def weekday_day(value: date) -> str:
    """`Thu 2026-11-26`: the weekday helps when planning a week."""
    if _english():
        return f"{WEEKDAYS[value.weekday()]} {day(value)}"
    weekday = QLocale().dayName(value.isoweekday(), QLocale.FormatType.ShortFormat)
    return f"{weekday} {day(value)}"


def day_time(value: datetime) -> str:
    """`2026-11-26 18:00`."""
    return f"{day(value.date())} {value:%H:%M}"
