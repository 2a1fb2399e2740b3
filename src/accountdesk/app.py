"""The composition root: opens the database once and builds every service on it."""

from __future__ import annotations

import getpass
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING

from sqlalchemy import Engine, event
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import ConnectionPoolEntry

from accountdesk.db.engine import database_url, masked, open_database
from accountdesk.db.notices import announce_changes
from accountdesk.domain.clock import Clock, SystemClock
from accountdesk.services.audit import Audit, VersionedSession, database_role
from accountdesk.services.dashboard import Dashboard
from accountdesk.services.limits import check_text_on_write
from accountdesk.services.portfolio import Portfolio

if TYPE_CHECKING:
    from accountdesk.services.cases import Cases
    from accountdesk.services.catalog import Catalog
    from accountdesk.services.company import Company
    from accountdesk.services.entitlements import Entitlements
    from accountdesk.services.ledger import Ledger
    from accountdesk.services.ledger_browser import LedgerBrowser
    from accountdesk.services.reports import Reports
    from accountdesk.services.reviews import Reviews
    from accountdesk.services.transfer import Transfer


@dataclass
class Desk:
    """Everything the window and the command line work with."""

    engine: Engine
    clock: Clock
    user: str
    sessions: sessionmaker[Session] = field(init=False)
    portfolio: Portfolio = field(init=False)
    dashboard: Dashboard = field(init=False)
    origin: str = field(init=False)  # what this desk's change notices carry
    audit: Audit = field(init=False)

    def __post_init__(self) -> None:
        # Who and when for the audit log (services/audit.py): every session knows them.
        self.sessions = sessionmaker(
            self.engine,
            class_=VersionedSession,
            expire_on_commit=False,
            info={"user": self.user, "clock": self.clock, "role": database_role(self.engine)},
        )
        check_text_on_write(self.sessions)
        self.origin = announce_changes(self.sessions, self.user)
        self.portfolio = Portfolio(self.sessions, self.clock, self.user)
        self.dashboard = Dashboard(self.sessions, self.clock)
        self.audit = Audit(self.sessions)

    # The other services load when first used: the window opens on Home, which needs
    # only the portfolio and the dashboard, and their modules (with reports' and
    # bundles', ReportLab's side) were a tenth of a second of every start.
    @cached_property
    def catalog(self) -> Catalog:
        from accountdesk.services.catalog import Catalog

        return Catalog(self.sessions)

    @cached_property
    def company(self) -> Company:
        from accountdesk.services.company import Company

        return Company(self.sessions)

    @cached_property
    def ledger(self) -> Ledger:
        from accountdesk.services.ledger import Ledger

        return Ledger(self.sessions, self.clock, self.user)

    @cached_property
    def entitlements(self) -> Entitlements:
        from accountdesk.services.entitlements import Entitlements

        return Entitlements(self.sessions, self.clock)

    @cached_property
    def reviews(self) -> Reviews:
        from accountdesk.services.reviews import Reviews

        return Reviews(self.sessions, self.clock)

    @cached_property
    def ledger_browser(self) -> LedgerBrowser:
        from accountdesk.services.ledger_browser import LedgerBrowser

        return LedgerBrowser(self.sessions)

    @cached_property
    def cases(self) -> Cases:
        from accountdesk.services.cases import Cases

        return Cases(self.sessions, self.clock, self.user)

    @cached_property
    def reports(self) -> Reports:
        from accountdesk.services.reports import Reports

        return Reports(self.sessions, self.clock, self.user)

    @cached_property
    def transfer(self) -> Transfer:
        from accountdesk.services.transfer import Transfer

        return Transfer(self.sessions, self.clock, self.user)

    @property
    def location(self) -> str:
        return masked(self.engine.url.render_as_string(hide_password=False))

    def close(self) -> None:
        """Close the database's connections. A view may still be reading on its thread
        (the window closing, or another database opened): a connection that read opens
        is closed when the read ends, not kept in the pool for the garbage collector."""
        if not event.contains(self.engine, "checkin", _close_on_return):
            event.listen(self.engine, "checkin", _close_on_return)
        self.engine.dispose()


def _close_on_return(dbapi_connection: object, record: ConnectionPoolEntry) -> None:
    record.invalidate()  # closes it; the pool keeps nothing


def open_desk(db: str, clock: Clock | None = None, user: str | None = None) -> Desk:
    """Open (creating or upgrading) the database `db`, a URL or a SQLite file path."""
    user = user or _user()
    engine = open_database(database_url(db), user)
    return Desk(engine=engine, clock=clock or SystemClock(), user=user)


def _user() -> str:
    """Who this desk's changes are by: the name saved for the hours this person logs (the
    audit log shows it, with the login beside it), else the computer's login."""
    from accountdesk.preferences import saved_engineer

    saved = saved_engineer()
    if saved:
        return saved
    try:
        return getpass.getuser()
    except (KeyError, OSError):
        return "unknown"
