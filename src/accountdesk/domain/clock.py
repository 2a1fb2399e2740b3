"""Where "now" comes from. Injected everywhere so tests can pin today."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """The current instant, time-zone aware, in UTC."""
        ...

    def today(self) -> date:
        """Today's date at the user's workstation."""
        ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(UTC)

    def today(self) -> date:
        return date.today()


class FixedClock:
    """A clock that stands still (tests, demos, reproducible runs)."""

    def __init__(self, today: date, at: time = time(12, 0), tz: str = "UTC") -> None:
        from zoneinfo import ZoneInfo  # loaded when used: the window's start-up waits for it

        self._now = datetime.combine(today, at, tzinfo=ZoneInfo(tz)).astimezone(UTC)
        self._today = today

    def now(self) -> datetime:
        return self._now

    def today(self) -> date:
        return self._today


def local_today(clock: Clock, timezone: str) -> date:
    """Today in an IANA time zone (a customer's), which may differ from the workstation's."""
    from zoneinfo import ZoneInfo

    return clock.now().astimezone(ZoneInfo(timezone)).date()
