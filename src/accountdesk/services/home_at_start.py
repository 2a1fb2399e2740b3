"""Home's figures read straight from a SQLite file when the window starts, before the
database layer (SQLAlchemy, the models, the services: a second on a desktop) has
loaded, so that a CSM sees the portfolio about as soon as the window.

Only what the database keeps is read, with Python's own sqlite3: the rules' answers and
the adjustments waiting, per customer (`allowance_figures`: kept current in the same
transaction as every write they depend on, migrations 0014 and 0017), the customers'
names, the contracts ending soon and the planned reviews. It is Home's overview exactly
as services.dashboard would read it then, or nothing when that cannot be promised: a
database that is not a SQLite file, a file not at this version's schema, a customer
whose answer is not kept (a new month, a change since Home last read), or any error.
The window then reads as before, and it reads again in any case once the database is
open, as on every start.
"""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, time, timedelta
from pathlib import Path

from accountdesk.db.head import SCHEMA_HEAD
from accountdesk.domain.contracts import RENEWAL_WINDOW_DAYS
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.services.overview import (
    RULES,
    Overview,
    Person,
    allowance_lines,
    figures_of,
    overdue_lines,
    pending_lines,
    renewal_lines,
)

BUSY_SECONDS = 0.2  # a file being written: not worth waiting for, Home reads it later

# The same rows services.dashboard reads, in plain SQL.
_SCHEMA = "SELECT version_num FROM alembic_version"
_PEOPLE = (
    "SELECT id, name, timezone FROM customer "
    "WHERE EXISTS (SELECT 1 FROM contract_term t WHERE t.customer_id = customer.id)"
)
_KEPT = "SELECT customer_id, payload FROM allowance_figures WHERE month = ? AND rules = ?"
_ENDING = "SELECT id, contract_end FROM customer WHERE contract_end BETWEEN ? AND ?"
_PLANNED = (
    "SELECT customer_id, kind, due_date, start_time FROM review "
    "WHERE state = ? AND due_date <= ? ORDER BY due_date, kind"
)


def sqlite_file(db: str) -> Path | None:
    """The file `db` names, when it is a SQLite database: a plain path, or a
    sqlite:/// URL (as database_url makes of a path); None for anything else."""
    if db.startswith("sqlite:///"):
        db = db.removeprefix("sqlite:///")
    elif "://" in db or db.startswith("postgres"):
        return None
    if db in ("", ":memory:"):
        return None
    return Path(db).expanduser()


def kept_overview(db: str, month: Month, today: date, now: datetime) -> Overview | None:
    """Home's overview of `month`, as of `today` and `now`, from what the database
    `db` keeps; None when it does not keep all of it."""
    path = sqlite_file(db)
    if path is None or not path.is_file() or path.stat().st_size == 0:
        return None
    try:
        uri = f"{path.resolve().as_uri()}?mode=ro"
        connection = sqlite3.connect(uri, uri=True, timeout=BUSY_SECONDS)
    except (sqlite3.Error, OSError, ValueError):
        return None
    try:
        connection.isolation_level = None  # BEGIN below: every read sees one moment
        connection.execute("BEGIN")
        return _read(connection, month, today, now)
    except (sqlite3.Error, ValueError, KeyError, TypeError, IndexError):
        return None  # a file this version cannot read so: the window reads it as usual
    finally:
        connection.close()


def _read(
    connection: sqlite3.Connection, month: Month, today: date, now: datetime
) -> Overview | None:
    if [row[0] for row in connection.execute(_SCHEMA)] != [SCHEMA_HEAD]:
        return None  # the window migrates it when it opens
    people = {i: Person(i, name, zone) for i, name, zone in connection.execute(_PEOPLE)}
    kept = {
        customer_id: figures_of(payload)
        for customer_id, payload in connection.execute(_KEPT, (month.first.isoformat(), RULES))
    }
    if any(i not in kept for i in people):
        return None
    figures = {i: kept[i] for i in people}
    last = today + timedelta(days=RENEWAL_WINDOW_DAYS)
    ending = []
    for customer_id, end in connection.execute(_ENDING, (today.isoformat(), last.isoformat())):
        if customer_id not in people:
            continue
        tier = figures[customer_id].ends_as
        if tier is None:
            return None  # kept before the contract had an end: cannot be, but not shown
        ending.append((customer_id, people[customer_id].name, tier, date.fromisoformat(end)))
    planned = [
        (customer_id, kind, date.fromisoformat(due), time.fromisoformat(starts))
        for customer_id, kind, due, starts in connection.execute(
            _PLANNED, (ReviewState.PLANNED.value, (today + timedelta(days=1)).isoformat())
        )
    ]
    alerts, overages = allowance_lines(figures, people, month)
    return Overview(
        month=month,
        today=today,
        customers=len(people),
        overdue_reviews=overdue_lines(planned, people, now, today),
        allowance_alerts=alerts,
        renewals=renewal_lines(ending, today),
        overages=overages,
        pending=pending_lines({i: said.pending for i, said in figures.items()}, people),
    )
