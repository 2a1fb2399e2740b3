"""What each customer is entitled to in a month, and what is left of it: the issued
statement's figures once the month is issued, else the live ledger's."""

from __future__ import annotations

from dataclasses import replace

from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain.clock import Clock
from accountdesk.domain.periods import Month
from accountdesk.services.loading import find_customer, reading
from accountdesk.services.statements import (
    pending_adjustments,
    standing_statements,
    usage_from_statement,
)
from accountdesk.services.usage import MonthUsage, SeatUsage, month_usage

__all__ = ["Entitlements", "MonthUsage", "SeatUsage", "month_usage"]


class Entitlements:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock

    def usage(self, ref: str | int, month: Month) -> MonthUsage:
        """Fee and allowances of a month: included, used, remaining, overage lines and
        their charges (quarter-to-date at the month's end for quarterly allowances), with
        the adjustments to issued months that the next report will carry. An issued
        month shows its statement, marked with its report id."""
        with reading(self._sessions) as s:
            customer = find_customer(s, ref)
            statements = standing_statements(s, customer.id)
            pending = pending_adjustments(s, customer, statements)
            for statement in statements:
                if statement.month == month:
                    return usage_from_statement(statement, pending)
            live = month_usage(s, customer, month)
            return replace(live, pending=pending)
