"""A portfolio with support cases and a clock a test moves by the second, shared by the
window's tests of the Cases view, Home's SLA card and Entitlements' attainment."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from accountdesk.app import Desk
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.services.portfolio import NewCustomer

NOVEMBER = Month(2026, 11)
NOW = datetime(2026, 11, 26, 10, 0, tzinfo=UTC)  # a Thursday


class SecondsClock:
    """Now is wherever the test puts it (`moment`), to the second."""

    def __init__(self, moment: datetime = NOW) -> None:
        self.moment = moment

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def move(self, **by: float) -> None:
        self.moment += timedelta(**by)


def add_cases(desk: Desk) -> dict[str, int]:
    """Acme (Enterprise, Berlin): a critical case due at 10:05 UTC, and November's two
    answered cases, one met and one breached. Beta (Professional, New York): a high case
    opened at 16:00 on Wednesday, whose business-hours clock stands still overnight.
    Calm (Community) has no response target."""
    add = desk.portfolio.add_customer
    ids = {
        "Acme": add(
            NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1), timezone="Europe/Berlin")
        ),
        "Beta": add(
            NewCustomer("Beta", Tier.PROFESSIONAL, date(2026, 1, 1), timezone="America/New_York")
        ),
        "Calm": add(NewCustomer("Calm", Tier.COMMUNITY, date(2026, 1, 1))),
    }
    cases = desk.cases
    cases.open("Acme", "critical", "Database down", "INC-1", "2026-11-26T09:50:00Z")
    cases.open("Beta", "high", "Reports are slow", "B-7", "2026-11-25T16:00:00-05:00")
    cases.open("Acme", "high", "Login fails", "INC-0", "2026-11-02T10:00:00Z")
    cases.respond("Acme:INC-0", "2026-11-02T10:30:00Z")  # within the hour: met
    cases.resolve("Acme:INC-0", "2026-11-02T11:00:00Z")
    cases.open("Acme", "critical", "Outage", "INC-00", "2026-11-03T10:00:00Z")
    cases.respond("Acme:INC-00", "2026-11-03T11:00:00Z")  # 15 minutes: breached
    cases.resolve("Acme:INC-00", "2026-11-03T12:00:00Z")
    return ids
