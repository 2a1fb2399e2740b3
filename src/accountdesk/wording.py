"""The words the product says, in one place: months, category and other labels of
stored keys, plurals, and how figures read on a report (money, hours, dates).

The reports, the window and the command line all take their wording from here, so a
month or a category reads the same everywhere. English only for now; every word of
this kind belongs here, so that another language slots in beside it. No Qt, and
nothing else of the product: the domain names its keys with it (a review kind's
label), the reports and the command line use it too.
"""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal

MINUS = "\u2212"

MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# The categories of hours, as a legend, a table column or a picker names them.
CATEGORY = {
    "consulting": "Consulting",
    "development": "Development",
    "training": "Training",
    "onsite": "On-site",
    "incident": "Incident",
}

ALLOWANCE = {
    "consulting": "Architecture consulting",
    "development": "Custom development",
}

REVIEW_KIND = {
    "architecture_review": "Architecture review",
    "tam_checkin": "TAM check-in",
    "qbr": "Quarterly business review",
    "strategic_planning": "Strategic planning",
}

REVIEW_STATE = {
    "held": "Held",
    "missed": "Missed",
    "cancelled": "Cancelled",
    "planned": "Scheduled",
    "overdue": "Not yet recorded",
    "unplanned": "Not scheduled",
}

TIER = {"community": "Community", "professional": "Professional", "enterprise": "Enterprise"}

SEAT = {
    "named_contacts": "Named support contacts",
    "online_training_seats": "Online training seats",
    "onsite_training_sessions": "On-site training sessions",
}


def _signed(value: Decimal, body: str) -> str:
    return f"{MINUS}{body}" if value < 0 else body


def money(value: Decimal) -> str:
    """`1250` as `1,250.00` (half-up to the cent, thousands separated)."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return _signed(rounded, f"{abs(rounded):,.2f}")


def money_with(value: Decimal, currency: str) -> str:
    return f"{money(value)} {currency}"


def hours(value: Decimal) -> str:
    """`2.5` as `2.50 h`."""
    rounded = value.quantize(Decimal("0.01"), rounding=ROUND_HALF_UP)
    return _signed(rounded, f"{abs(rounded):,.2f} h")


def seconds_as_hours(seconds: int) -> str:
    return hours(Decimal(seconds) / 3600)


def day(value: date) -> str:
    return value.isoformat()


def long_day(value: date) -> str:
    return f"{value.day} {MONTHS[value.month - 1]} {value.year}"


def month_title(label: str) -> str:
    """`2026-11` as `November 2026`."""
    year, month = label.split("-")
    return f"{MONTHS[int(month) - 1]} {year}"


def short_month(label: str) -> str:
    """`2026-11` as `Nov 2026`."""
    year, month = label.split("-")
    return f"{MONTHS[int(month) - 1][:3]} {year}"


def month_name(day: date) -> str:
    """The month `day` is in: `November 2026`."""
    return f"{MONTHS[day.month - 1]} {day.year}"


def short_month_name(day: date) -> str:
    """The month `day` is in, short: `Nov 2026`."""
    return f"{MONTHS[day.month - 1][:3]} {day.year}"


def span(first: date, last: date) -> str:
    """`1–15 November 2026`, or across months `16 Nov – 3 Dec 2026`."""
    if (first.year, first.month) == (last.year, last.month):
        if first.day == last.day:
            return long_day(first)
        return f"{first.day}\u2013{last.day} {MONTHS[first.month - 1]} {first.year}"
    return f"{long_day(first)} \u2013 {long_day(last)}"


def short_span(first: date, last: date) -> str:
    """`1–15 Nov 2026`, or across months `16 Nov – 3 Dec 2026`."""
    if (first.year, first.month) == (last.year, last.month):
        days = str(first.day) if first.day == last.day else f"{first.day}\u2013{last.day}"
        return f"{days} {MONTHS[first.month - 1][:3]} {first.year}"
    return (
        f"{first.day} {MONTHS[first.month - 1][:3]} {first.year} \u2013 "
        f"{last.day} {MONTHS[last.month - 1][:3]} {last.year}"
    )


def period(label: str) -> str:
    """An allowance period: `2026-11` as `November 2026`, `2026-Q4` as `Q4 2026`."""
    if "-Q" in label:
        year, quarter = label.split("-")
        return f"{quarter} {year}"
    return month_title(label)


def limit(value: int | None) -> str:
    return "Unlimited" if value is None else str(value)


def tier_name(key: str) -> str:
    return TIER.get(key, key)


def category(key: str) -> str:
    return CATEGORY.get(key, key.replace("_", " ").capitalize())


def noun(count: int, one: str, many: str = "") -> str:
    """The word for `count` of a thing: `entry` for 1, else `entries` (`many`, or `one`
    with an s)."""
    return one if count == 1 else many or one + "s"


def plural(count: int, one: str, many: str = "") -> str:
    """`1 customer`, `2 customers`, `1,250 entries`; `many` for irregular words."""
    return f"{count:,} {noun(count, one, many)}"
