"""Browsing the whole ledger page by page, filtered and sorted in SQL (being built)."""

from __future__ import annotations

from sqlalchemy.orm import Session, sessionmaker

from accountdesk.domain.clock import Clock


class LedgerBrowser:
    def __init__(self, sessions: sessionmaker[Session], clock: Clock) -> None:
        self._sessions = sessions
        self._clock = clock
