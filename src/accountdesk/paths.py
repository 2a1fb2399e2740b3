"""Where AccountDesk keeps its files unless told otherwise, and what the environment
pins for a run (ACCOUNTDESK_DB, ACCOUNTDESK_TODAY)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import user_data_path

from accountdesk.domain.clock import Clock, FixedClock
from accountdesk.domain.periods import parse_date

DB_FILE = "accountdesk.sqlite3"


def default_database() -> Path:
    """`accountdesk.sqlite3` in the user data folder (created when missing)."""
    folder = user_data_path("AccountDesk", appauthor=False, ensure_exists=True)
    return folder / DB_FILE


def chosen_database(option: str | None) -> str:
    """The database named by --db, else by ACCOUNTDESK_DB, else the default file."""
    return option or os.environ.get("ACCOUNTDESK_DB") or str(default_database())


def pinned_clock() -> Clock | None:
    """ACCOUNTDESK_TODAY=YYYY-MM-DD pins "today" (reproducible demos, scripted checks)."""
    pinned = os.environ.get("ACCOUNTDESK_TODAY")
    return FixedClock(parse_date(pinned, "ACCOUNTDESK_TODAY date")) if pinned else None
