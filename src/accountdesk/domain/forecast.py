"""How an hour allowance is going: its level, and when it runs out at the current pace.

Level (the colour of the allowance's bar, and the Home view's "past 80 %" list):
fine below 80 % of the period's allowance, nearly used from 80 % up to and including
100 %, over beyond 100 %. An allowance of nothing with hours used against it is over.

Forecast (the domain document is silent; this is the rule the product uses):
the pace is the hours used so far divided by the days counted so far, today
included. The days counted run from the later of the period's first day and the
contract's start, to the earlier of the period's last day and the contract's end.
At that pace, the allowance runs out on the first day by whose end the projected use
reaches the allowance. Since today's hours are already counted, that is tomorrow at
the earliest; a day after the last one counted means the allowance lasts the period.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

NEARLY_USED_AT = Decimal("0.8")


class Level(StrEnum):
    FINE = "fine"
    NEARLY_USED = "nearly_used"  # 80 % to 100 % used
    OVER = "over"  # past 100 %


def level(included_hours: Decimal, used_seconds: int | Decimal) -> Level:
    used = Decimal(used_seconds)
    if included_hours <= 0:
        return Level.OVER if used > 0 else Level.FINE
    fraction = used / 3600 / included_hours
    if fraction > 1:
        return Level.OVER
    if fraction >= NEARLY_USED_AT:
        return Level.NEARLY_USED
    return Level.FINE


class Outlook(StrEnum):
    NOT_STARTED = "not_started"  # today is before the first day counted
    ENDED = "ended"  # today is after the last day counted
    NOTHING_INCLUDED = "nothing_included"  # every hour is overage
    NOTHING_USED = "nothing_used"  # no pace yet: the whole allowance is there
    LASTS = "lasts"  # at this pace the allowance lasts to the last day counted
    RUNS_OUT = "runs_out"  # at this pace it runs out on `runs_out_on`
    USED_UP = "used_up"  # already used up; further hours are overage


@dataclass(frozen=True)
class Forecast:
    outlook: Outlook
    last_day: date  # the last day counted: the period's end, or the contract's if sooner
    runs_out_on: date | None = None


def forecast(
    included_hours: Decimal,
    used_seconds: int | Decimal,
    first: date,
    last: date,
    today: date,
) -> Forecast:
    """When the allowance of `included_hours`, of which `used_seconds` are used by the
    end of `today`, runs out at the pace so far, counting the days [first, last]."""
    if today < first:
        return Forecast(Outlook.NOT_STARTED, last)
    if today > last:
        return Forecast(Outlook.ENDED, last)
    used = Decimal(used_seconds)
    allowance = included_hours * 3600
    if allowance <= 0:
        return Forecast(Outlook.NOTHING_INCLUDED, last)
    if used <= 0:
        return Forecast(Outlook.NOTHING_USED, last)
    if used >= allowance:
        return Forecast(Outlook.USED_UP, last)
    days_counted = (today - first).days + 1
    # Projected use by the end of day today + k is used + used / days_counted * k.
    days_left = math.ceil((allowance - used) * days_counted / used)
    # Compared in days, not as a date: a second used in a month would run out in
    # millions of days, past the last date Python can hold.
    if days_left > (last - today).days:
        return Forecast(Outlook.LASTS, last)
    return Forecast(Outlook.RUNS_OUT, last, today + timedelta(days=days_left))
