"""Calendar months and quarters, the periods allowances are measured in."""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from typing import Any, Generic, TypeVar

from accountdesk.domain.errors import Field, Refused
from accountdesk.wording import N_, gettext, say

# The years the product works in: contracts, hours and reviews of today's customers,
# with room both ways. Outside them, date arithmetic (a review planned past the end of
# a contract, a month after the last) would leave what a date can hold.
FIRST_YEAR = 1900
LAST_YEAR = 2200


_T = TypeVar("_T")


class once(Generic[_T]):
    """A property computed on first use and kept on the instance: functools'
    cached_property takes a lock on every read before Python 3.12, a third of the time
    the allowance rules spend on Home at 5,000 customers."""

    def __init__(self, compute: Callable[[Any], _T]) -> None:
        self.compute = compute
        self.name = compute.__name__

    def __get__(self, instance: Any, owner: type | None = None) -> _T:
        if instance is None:
            return self  # type: ignore[return-value]
        value: _T = self.compute(instance)
        instance.__dict__[self.name] = value  # read as a plain attribute from now on
        return value


@dataclass(frozen=True, order=True)
class Month:
    year: int
    month: int

    @classmethod
    def parse(cls, text: str) -> Month:
        match = re.fullmatch(r"([0-9]{4})-([0-9]{2})", text.strip())
        if not match or not 1 <= int(match.group(2)) <= 12:
            raise Refused(
                say("{text!r} is not a month; write it as YYYY-MM, e.g. 2026-11.", text=text),
                Field.MONTH,
            )
        year = int(match.group(1))
        if not FIRST_YEAR <= year <= LAST_YEAR:
            raise Refused(
                say(
                    "The month {month} is outside the years {first} to {last} AccountDesk "
                    "works with.",
                    month=text.strip(),
                    first=FIRST_YEAR,
                    last=LAST_YEAR,
                ),
                Field.MONTH,
            )
        return cls(year, int(match.group(2)))

    @classmethod
    def of(cls, day: date) -> Month:
        return _month(day.year, day.month)

    # Cached: the allowance rules ask for them thousands of times on Home.
    @once
    def first(self) -> date:
        return date(self.year, self.month, 1)

    @once
    def last(self) -> date:
        return date(self.year, self.month, calendar.monthrange(self.year, self.month)[1])

    @property
    def days(self) -> int:
        return calendar.monthrange(self.year, self.month)[1]

    @property
    def label(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @once
    def quarter(self) -> Quarter:
        return Quarter(self.year, (self.month - 1) // 3 + 1)

    def next(self) -> Month:
        return _month(self.year + self.month // 12, self.month % 12 + 1)

    def previous(self) -> Month:
        return _month(self.year - (self.month == 1), (self.month - 2) % 12 + 1)

    def __str__(self) -> str:
        return self.label


@dataclass(frozen=True, order=True)
class Quarter:
    year: int
    number: int

    @classmethod
    def of(cls, day: date) -> Quarter:
        return Month.of(day).quarter

    @classmethod
    def parse(cls, text: str) -> Quarter:
        """`2026-Q4`, as `label` writes it."""
        year, _, number = text.partition("-Q")
        return cls(int(year), int(number))

    @once
    def months(self) -> tuple[Month, Month, Month]:
        first = 3 * (self.number - 1) + 1
        return (Month(self.year, first), Month(self.year, first + 1), Month(self.year, first + 2))

    @once
    def first(self) -> date:
        return self.months[0].first

    @once
    def last(self) -> date:
        return self.months[2].last

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> str:
        return f"{self.year:04d}-Q{self.number}"

    def next(self) -> Quarter:
        return Quarter(self.year + self.number // 4, self.number % 4 + 1)

    def previous(self) -> Quarter:
        return Quarter(self.year - (self.number == 1), (self.number - 2) % 4 + 1)

    def __str__(self) -> str:
        return self.label


Period = Month | Quarter
_MONTHS: dict[tuple[int, int], Month] = {}


def _month(year: int, month: int) -> Month:
    """The same object for the same month: its first and last days are worked out once
    (the rules ask for a day's month thousands of times on Home)."""
    found = _MONTHS.get((year, month))
    if found is None:
        found = _MONTHS[(year, month)] = Month(year, month)
    return found


def parse_date(text: str, what: str = N_("date")) -> date:
    """A date typed as YYYY-MM-DD (or another ISO 8601 form), in ASCII digits, within
    the years the product works in."""
    try:
        if not text.isascii():
            raise ValueError(text)
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise Refused(
            say(
                "The {what} {text!r} is not a date; write it as YYYY-MM-DD, e.g. 2026-11-26.",
                what=gettext(what),
                text=text,
            )
        ) from None
    check_year(day, what)
    return day


def check_year(day: date | None, what: str = N_("date"), field: Field | None = None) -> None:
    """Refuse a date outside the years the product works in (None: no date given)."""
    if day is not None and not FIRST_YEAR <= day.year <= LAST_YEAR:
        raise Refused(
            say(
                "The {what} {day} is outside the years {first} to {last} AccountDesk works with.",
                what=gettext(what),
                day=day.isoformat(),
                first=FIRST_YEAR,
                last=LAST_YEAR,
            ),
            field,
        )


def days_between(first: date, last: date) -> int:
    """Days from first to last, both included; 0 when last is before first."""
    return max(0, (last - first).days + 1)


def clip(first: date, last: date, lo: date, hi: date | None) -> tuple[date, date] | None:
    """The part of [first, last] inside [lo, hi] (hi None = open-ended), or None."""
    start = max(first, lo)
    end = last if hi is None else min(last, hi)
    return (start, end) if start <= end else None


def add_months(day: date, months: int) -> date:
    """Same day of month `months` later, clamped to the month's last day."""
    index = day.year * 12 + day.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day.day, calendar.monthrange(year, month + 1)[1]))
