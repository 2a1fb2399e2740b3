"""Change notices: every transaction that changes data says what it changed, when it
commits, so that every open window can show it.

On PostgreSQL a committing transaction sends one `pg_notify` on the channel `CHANNEL`,
with a small JSON payload (a `Change`): the tables, the customers and the months it
touched, who made it and from which desk. The notice is sent inside the transaction, so
PostgreSQL delivers it only if the transaction commits; a rollback sends nothing.
SQLite has no notices: the same payload is written to `change_notice` in the
transaction, and the last `KEPT_NOTICES` are kept.

What changed is collected from the sessions' flushes (rows added, changed, deleted),
from Core insert/update/delete statements run through a session, and from `note_rows`,
which a bulk write that bypasses the session (a driver executemany) calls itself.

`Listener` waits for notices on a connection of its own; `others` names who else is
connected to the same database; `FileChanges` tells, on SQLite, what other programs
changed in the file since it was last asked.
"""

from __future__ import annotations

import json
import secrets
import sqlite3
import weakref
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import BindParameter, Column, Engine, Table, event, inspect, text
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker
from sqlalchemy.sql import operators
from sqlalchemy.sql.elements import BinaryExpression
from sqlalchemy.sql.visitors import iterate

from accountdesk.db import models as m

CHANNEL = "accountdesk"
# PostgreSQL refuses a payload of 8000 bytes or more: past this, the customers and months
# are left out ("many customers"), and every window refreshes whatever shows the tables.
MAX_PAYLOAD = 7000
MANY_ROWS = 1000  # a bulk write of more rows names no customers or months (any)
APPLICATION = "AccountDesk"  # connections are named "AccountDesk <user>" (application_name)
_PENDING = "accountdesk.changes"  # Session.info key
# SQLite keeps the last notices (db/models.ChangeNotice), pruned every so often; a
# window that has not looked since more were written reads everything again.
KEPT_NOTICES = 1000
PRUNE_EVERY = 100
_NOTICE: Table = m.ChangeNotice.__table__  # type: ignore[assignment]


@dataclass(frozen=True)
class Change:
    """What one committed transaction changed. `customers` and `months` are None when
    they are not known or too many to name: any customer, any month."""

    tables: frozenset[str]
    customers: frozenset[int] | None = frozenset()
    months: frozenset[str] | None = frozenset()
    who: str = ""
    origin: str = ""  # the desk that made it (`announce_changes`)

    def touches(self, tables: Iterable[str] | None, customer_id: int | None = None) -> bool:
        """Whether a view showing `tables` (None: every table) of the customer
        `customer_id` (None: all customers) shows something this change changed."""
        if tables is not None and not self.tables & frozenset(tables):
            return False
        if customer_id is None or self.customers is None:
            return True
        # A change that names no customer (the tiers, a setting) concerns them all.
        return not self.customers or customer_id in self.customers

    def payload(self) -> str:
        shape: dict[str, Any] = {
            "tables": sorted(self.tables),
            "customers": None if self.customers is None else sorted(self.customers),
            "months": None if self.months is None else sorted(self.months),
            "who": self.who[:120],
            "origin": self.origin,
        }
        text_ = json.dumps(shape, separators=(",", ":"))
        if len(text_.encode()) > MAX_PAYLOAD:
            shape["customers"] = shape["months"] = None
            text_ = json.dumps(shape, separators=(",", ":"))
        return text_

    @classmethod
    def from_payload(cls, payload: str) -> Change | None:
        """The change a notice names; None for a payload this version cannot read."""
        try:
            shape = json.loads(payload)
            customers, months = shape.get("customers"), shape.get("months")
            return cls(
                tables=frozenset(str(t) for t in shape["tables"]),
                customers=None if customers is None else frozenset(int(c) for c in customers),
                months=None if months is None else frozenset(str(x) for x in months),
                who=str(shape.get("who", "")),
                origin=str(shape.get("origin", "")),
            )
        except (ValueError, TypeError, KeyError, AttributeError):
            return None


def merged(changes: Iterable[Change]) -> Change | None:
    """One change covering all of `changes` (None when there are none)."""
    tables: set[str] = set()
    customers: set[int] | None = set()
    months: set[str] | None = set()
    whos: list[str] = []
    seen = False
    for change in changes:
        seen = True
        tables |= change.tables
        customers = (
            None if customers is None or change.customers is None else customers | change.customers
        )
        months = None if months is None or change.months is None else months | change.months
        if change.who and change.who not in whos:
            whos.append(change.who)
    if not seen:
        return None
    return Change(
        frozenset(tables),
        None if customers is None else frozenset(customers),
        None if months is None else frozenset(months),
        ", ".join(whos),
    )


@dataclass
class _Pending:
    """What a session's open transaction has changed so far."""

    tables: set[str] = field(default_factory=set)
    customers: set[int] | None = field(default_factory=set)
    months: set[str] | None = field(default_factory=set)

    def add(
        self, table: str, customers: Iterable[int] | None, months: Iterable[str] | None = ()
    ) -> None:
        self.tables.add(table)
        if customers is None:
            self.customers = None
        elif self.customers is not None:
            self.customers.update(customers)
        if months is None:
            self.months = None
        elif self.months is not None:
            self.months.update(months)


def _pending(session: Session) -> _Pending:
    pending = session.info.get(_PENDING)
    if pending is None:
        pending = session.info[_PENDING] = _Pending()
    assert isinstance(pending, _Pending)
    return pending


def changed(
    session: Session,
    table: str,
    customers: Iterable[int] | None = None,
    months: Iterable[str] = (),
) -> None:
    """Note that the session's transaction changed `table`, for `customers` (None: any
    customer) in `months`: for a write the session does not see (see `note_rows`)."""
    _pending(session).add(table, customers, months)


def note_rows(session: Session, table: Table, rows: Sequence[Mapping[str, Any]]) -> None:
    """Note rows written to `table` past the session (a driver executemany)."""
    if rows:
        _pending(session).add(table.name, *_of_rows(table.name, rows))


def _month(day: object) -> str | None:
    return f"{day.year:04d}-{day.month:02d}" if isinstance(day, date) else None


def _of_rows(
    table: str, rows: Sequence[Mapping[str, Any]]
) -> tuple[set[int] | None, set[str] | None]:
    if len(rows) > MANY_ROWS:  # a bulk write: not worth naming, nor the time to
        return None, None
    key = "id" if table == "customer" else "customer_id"
    customers: set[int] | None = set()
    months: set[str] = set()
    for row in rows:
        customer = row.get(key)
        if not isinstance(customer, int) or customers is None:
            customers = None
        else:
            customers.add(customer)
        month = _month(row.get("entry_date")) or row.get("month")
        if isinstance(month, str):
            months.add(month)
    return customers, months


def _of_object(session: Session, row: object) -> tuple[set[int] | None, set[str]]:
    """The customers and months a row added, changed or deleted by a flush concerns,
    before and after the change."""
    state = inspect(row)
    customers: set[int] | None = set()
    months: set[str] = set()

    def values(attribute: str) -> list[Any]:
        if attribute not in state.attrs:
            return []
        history = state.attrs[attribute].history
        return [*history.unchanged, *history.added, *history.deleted] or [getattr(row, attribute)]

    if isinstance(row, m.Customer):
        customers = {row.id}
    elif "customer_id" in state.attrs:
        customers = {c for c in values("customer_id") if isinstance(c, int)}
    elif isinstance(row, m.CaseEscalation | m.CaseWaiting):  # the case names the customer
        key = inspect(m.SupportCase).identity_key_from_primary_key((row.case_id,))
        case = session.identity_map.get(key)
        customers = {case.customer_id} if isinstance(case, m.SupportCase) else None
    for attribute in ("entry_date", "month"):
        for value in values(attribute):
            month = _month(value) or (value if isinstance(value, str) else None)
            if month is not None:
                months.add(month)
    return customers, months


def _after_flush(session: Session, _context: object) -> None:
    pending: _Pending | None = None
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, m.Base):
            continue
        if row in session.dirty and not session.is_modified(row, include_collections=False):
            continue
        pending = pending or _pending(session)
        pending.add(str(getattr(row.__table__, "name", "")), *_of_object(session, row))


def _customers_of_where(statement: Any) -> set[int] | None:
    """The customers an UPDATE or DELETE is limited to by `customer_id = value` (or `id`
    on the customer table); None when its WHERE clause does not say."""
    where = getattr(statement, "whereclause", None)
    if where is None:
        return None
    key = "id" if statement.table.name == "customer" else "customer_id"
    for element in iterate(where):
        if (
            isinstance(element, BinaryExpression)
            and element.operator is operators.eq
            and isinstance(element.left, Column)
            and element.left.key == key
            and isinstance(element.right, BindParameter)
            and isinstance(element.right.value, int)
        ):
            return {element.right.value}
    return None


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if not isinstance(name, str):
        return
    params = state.parameters
    rows: list[Mapping[str, Any]] = []
    if isinstance(params, Mapping):
        rows = [params] if params else []
    elif params:
        rows = list(params)
    customers: set[int] | None
    months: set[str] | None = set()
    if state.is_insert and rows:
        customers, months = _of_rows(name, rows)
    else:
        customers = _customers_of_where(state.statement)
    _pending(state.session).add(name, customers, months)


def announce_changes(sessions: sessionmaker[Session], who: str) -> str:
    """Make every transaction of `sessions` that changes data announce it on commit:
    on PostgreSQL a notice; on SQLite, which has none, a row of `change_notice` that
    the other windows on the file read (`FileChanges`). Returns the desk's origin,
    which its own notices carry: a window skips the notices of its own desk."""
    origin = secrets.token_hex(8)
    bind = sessions.kw.get("bind")
    if not isinstance(bind, Engine) or bind.dialect.name not in ("postgresql", "sqlite"):
        return origin
    notify = bind.dialect.name == "postgresql"

    # Listeners of their own for each sessionmaker (see services/limits.py on why).
    def after_flush(session: Session, context: object) -> None:
        _after_flush(session, context)

    def do_orm_execute(state: ORMExecuteState) -> None:
        _on_execute(state)

    def before_commit(session: Session) -> None:
        if session.new or session.dirty or session.deleted:
            session.flush()  # what is still waiting is noted by the flush
        if _PENDING not in session.info:
            return
        pending = session.info.pop(_PENDING)
        change = Change(
            frozenset(pending.tables),
            None if pending.customers is None else frozenset(pending.customers),
            None if pending.months is None else frozenset(pending.months),
            who,
            origin,
        )
        if notify:
            session.execute(
                text("SELECT pg_notify(:channel, :payload)"),
                {"channel": CHANNEL, "payload": change.payload()},
            )
            return
        # On the connection, not through the session: this write is no change to note.
        connection = session.connection()
        kept = connection.execute(
            _NOTICE.insert().values(payload=change.payload())
        ).inserted_primary_key
        if kept is not None and kept[0] % PRUNE_EVERY == 0:
            connection.execute(_NOTICE.delete().where(_NOTICE.c.id <= kept[0] - KEPT_NOTICES))

    def forget(session: Session, *_: object) -> None:
        if not session.in_transaction():  # not a savepoint's: the whole transaction's
            session.info.pop(_PENDING, None)

    event.listen(sessions, "after_flush", after_flush)
    event.listen(sessions, "do_orm_execute", do_orm_execute)
    event.listen(sessions, "before_commit", before_commit)
    event.listen(sessions, "after_rollback", forget)
    return origin


# ------------------------------------------------------------------ connections


def application_name(user: str) -> str:
    """How a connection names itself to the server (pg_stat_activity), within
    PostgreSQL's 63 bytes."""
    name = f"{APPLICATION} {user}"
    while len(name.encode()) > 63:
        name = name[:-1]
    return name


# The server's process ids of each engine's own connections: not "someone else".
_own: weakref.WeakKeyDictionary[Engine, set[int]] = weakref.WeakKeyDictionary()


def watch_own_connections(engine: Engine) -> None:
    """Remember the server process of each connection `engine` opens (PostgreSQL)."""
    pids = _own.setdefault(engine, set())

    def connected(dbapi_connection: Any, _record: object) -> None:
        pid = getattr(getattr(dbapi_connection, "info", None), "backend_pid", None)
        if isinstance(pid, int):
            pids.add(pid)

    event.listen(engine, "connect", connected)


@dataclass(frozen=True)
class Connected:
    """Someone else connected to the same database."""

    name: str  # the workstation user AccountDesk was started by
    role: str  # the database role
    connections: int


def others(engine: Engine) -> list[Connected]:
    """Who else has AccountDesk connected to `engine`'s database (PostgreSQL; none on
    SQLite), by name. Every role may read these columns of pg_stat_activity."""
    if engine.dialect.name != "postgresql":
        return []
    mine = sorted(_own.get(engine, set()))
    query = text(
        "SELECT application_name, usename, count(*) FROM pg_stat_activity "
        "WHERE datname = current_database() AND pid <> pg_backend_pid() "
        "AND NOT (pid = ANY(:mine)) AND application_name LIKE :prefix "
        "GROUP BY application_name, usename ORDER BY application_name, usename"
    )
    with engine.connect() as connection:
        rows = connection.execute(query, {"mine": mine, "prefix": f"{APPLICATION} %"}).all()
    return [
        Connected(str(name).removeprefix(f"{APPLICATION} "), str(role or ""), int(count))
        for name, role, count in rows
    ]


class Listener:
    """A connection of its own that LISTENs on `CHANNEL`. `wait(timeout)` blocks up to
    `timeout` seconds and returns the changes committed meanwhile (PostgreSQL only)."""

    def __init__(self, engine: Engine, user: str) -> None:
        import psycopg

        args, kwargs = engine.dialect.create_connect_args(engine.url)
        kwargs.setdefault("application_name", application_name(user))
        self._connection = psycopg.connect(*args, **kwargs, autocommit=True)
        try:
            _own.setdefault(engine, set()).add(self._connection.info.backend_pid)
            self._connection.execute(f"LISTEN {CHANNEL}")
        except BaseException:
            self._connection.close()
            raise

    def wait(self, timeout: float) -> list[Change]:
        changes = list(self._received(timeout=timeout, stop_after=1))
        if changes:  # and whatever came with it
            changes += self._received(timeout=0.02)
        return changes

    def _received(self, **wait: Any) -> Iterator[Change]:
        for notice in self._connection.notifies(**wait):
            if notice.channel == CHANNEL:
                change = Change.from_payload(notice.payload)
                if change is not None:
                    yield change

    def close(self) -> None:
        self._connection.close()


class FileChanges:
    """What other programs changed in a SQLite file: SQLite's data version, read on a
    connection kept for that, changes when any other connection commits; the change
    notices written since (`announce_changes`) say what changed."""

    def __init__(self, path: Path) -> None:
        self._connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False
        )
        self._version = self._data_version()
        self._last = self._last_notice()

    def _data_version(self) -> int:
        return int(self._connection.execute("PRAGMA data_version").fetchone()[0])

    def _last_notice(self) -> int:
        return int(self._connection.execute("SELECT max(id) FROM change_notice").fetchone()[0] or 0)

    def news(self, origin: str) -> tuple[bool, Change | None]:
        """Whether others (not the desk of `origin`) changed the file since the last
        call, and what: None when the notices cannot tell (more were written than are
        kept, or one this version cannot read), and everything is to be read again."""
        version = self._data_version()
        if version == self._version:
            return False, None
        self._version = version
        # One statement, so that the rows and the oldest one kept agree.
        rows = self._connection.execute(
            "SELECT id, payload, (SELECT min(id) FROM change_notice) FROM change_notice "
            "WHERE id > ? ORDER BY id",
            (self._last,),
        ).fetchall()
        if not rows:
            # Written past the notices (another tool, an older release): say so.
            return True, None
        gap = int(rows[0][2]) > self._last + 1  # pruned past what was last read
        self._last = int(rows[-1][0])
        changes = [Change.from_payload(str(payload)) for _, payload, _ in rows]
        if gap or None in changes:
            return True, None
        theirs = merged(c for c in changes if c is not None and c.origin != origin)
        return theirs is not None, theirs

    def close(self) -> None:
        self._connection.close()
