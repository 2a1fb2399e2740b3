"""What needs attention across the portfolio: the home dashboard (being built)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain.clock import Clock


class Dashboard:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
