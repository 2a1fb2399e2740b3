"""Opening a database: SQLite by default, PostgreSQL for a team. Opening migrates it.

Before a SQLite file is migrated, a copy of it is taken beside it. A database
written by a newer AccountDesk, or a file that is not an AccountDesk database, is
refused with a sentence saying so, and such a file is only read, never written.

On SQLite, one program writes at a time. A transaction takes the write lock when it
begins (BEGIN IMMEDIATE), so a writer that must wait does so before it has read
anything, and waits up to BUSY_TIMEOUT_SECONDS for the others to finish; past that, it
is refused with a sentence saying the database is busy, and nothing was written.
Connections opened with READ_ONLY take no write lock: they read alongside a writer.
On PostgreSQL a statement waits as long for another transaction's lock (lock_timeout)
and is then refused with the same sentence.

Messages never show a database password: URLs in them are masked.
"""

from __future__ import annotations

import getpass
import os
import re
import sqlite3
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Connection, Engine, create_engine, event, inspect, text
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from accountdesk.db import ordering
from accountdesk.db.grants import APP_ROLE, is_owner
from accountdesk.db.head import SCHEMA_HEAD
from accountdesk.db.notices import application_name, watch_own_connections
from accountdesk.domain.errors import Refused
from accountdesk.files import atomic_path
from accountdesk.wording import say, say_n

if TYPE_CHECKING:
    from alembic.config import Config

# How long a SQLite writer waits for another program's transaction before giving up.
BUSY_TIMEOUT_SECONDS = 15

# Execution options for a connection (or engine, or session bind) that only reads: on
# SQLite its transactions begin deferred and take no write lock.
READ_ONLY = {"accountdesk_read_only": True}


def masked(url: str) -> str:
    """The URL with its password hidden, also when SQLAlchemy cannot parse it."""
    # A password may also be given as a query parameter (?password=...).
    url = re.sub(r"([?&]password=)[^&]*", r"\1***", url, flags=re.I)
    try:
        return make_url(url).render_as_string(hide_password=True)
    except (ArgumentError, ValueError, TypeError):
        # scheme://user:password@host...: hide everything between the first ':' after
        # the '//' and the last '@' (a password may itself hold '@' or ':').
        return re.sub(r"(//[^/:@]*:)[^/]*(@)", r"\1***\2", url)


def _without_password(message: str, url: str) -> str:
    """A message from a driver or SQLAlchemy, with the URL's password taken out of it."""
    try:
        password = make_url(url).password
    except (ArgumentError, ValueError, TypeError):
        match = re.search(r"//[^/:@]*:([^/]*)@", url)
        password = match.group(1) if match else None
    message = message.replace(url, masked(url))
    if password:
        message = message.replace(str(password), "***")
    return message


_ALMOST_URL = re.compile(r"^(postgres|postgresql|sqlite|mysql|mariadb)(\+\w+)?:(?!//)", re.I)


def database_url(value: str) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, or a plain path meaning SQLite.

    A URL missing its '//' is refused rather than taken for a file name (which would
    make a new SQLite file named after the server, password and all)."""
    if "://" in value:
        return value
    if _ALMOST_URL.match(value):
        shown = value
        head, at, host = value.rpartition("@")
        scheme, _, user = head.partition(":")
        if at and ":" in user:
            shown = f"{scheme}:{user.split(':')[0]}:***@{host}"
        raise Refused(
            say(
                "{shown!r} is not a database URL AccountDesk can read; write it as "
                "postgresql+psycopg://user:password@host/database.",
                shown=shown,
            )
        )
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory ones)."""
    try:
        parsed = make_url(url)
    except (ArgumentError, ValueError, TypeError):
        return None
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite starts transactions late and lets a savepoint commit them; take the
    # control back so that one unit of work is exactly one SQLite transaction.
    dbapi_connection.isolation_level = None
    ordering.register(dbapi_connection)
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute(f"PRAGMA busy_timeout={BUSY_TIMEOUT_SECONDS * 1000}")
    try:
        cursor.execute("PRAGMA journal_mode=WAL")
    except sqlite3.OperationalError as exc:
        # A read-only file keeps its journal mode: it is read as it is.
        if not _error_name(exc).startswith("SQLITE_READONLY"):
            raise
    cursor.close()


def _error_name(error: sqlite3.Error) -> str:
    return str(getattr(error, "sqlite_errorname", "") or "")


def damaged(path: Path) -> str:
    """What to do with a database file whose pages are damaged."""
    return say(
        "{path} is damaged (SQLite finds it malformed), so AccountDesk will not write to "
        "it: restore your last backup (made with 'backup'), or save what can be saved with "
        "'sqlite3 {name} .recover | sqlite3 recovered.sqlite3' and open that.",
        path=path,
        name=path.name,
    )


def sqlite_refusal(error: sqlite3.Error, path: Path, written: Path | None = None) -> Refused | None:
    """The sentence for an error of SQLite on the file `path` that is the user's to
    fix: a full disk, a read-only file, a damaged file. `written` names the file that
    was being written when it is not the database itself (a backup). None for others."""
    name, said = _error_name(error), str(error)
    where = written or path
    if name.startswith("SQLITE_FULL") or "database or disk is full" in said:
        return Refused(say("The disk is full; nothing was written to {where}.", where=where))
    if name.startswith("SQLITE_IOERR") or "disk I/O error" in said:
        return Refused(
            say(
                "{where} could not be written (a disk I/O error): the disk is full or "
                "failing, or the file is larger than the system allows; nothing was "
                "written.",
                where=where,
            )
        )
    if name.startswith("SQLITE_READONLY") or "readonly database" in said:
        working = _read_only_working_file(path)
        if working is not None:
            return Refused(
                say(
                    "{working} is read-only: SQLite keeps it beside the database, so "
                    "AccountDesk can read the database but not save changes; nothing was "
                    "written. Make it writable, or delete it while no program has the "
                    "database open.",
                    working=working,
                )
            )
        return Refused(
            say(
                "{path} is read-only: AccountDesk can read it but not save changes; "
                "nothing was written.",
                path=path,
            )
        )
    if _is_damage(error):
        return Refused(damaged(path))
    return None


def _read_only_working_file(path: Path) -> Path | None:
    """SQLite's `-wal` or `-shm` file beside a writable database, when it is the one that
    cannot be written (left so by a program that could only read the database)."""
    if not _writable(path):
        return None
    for suffix in ("-wal", "-shm"):
        working = path.with_name(path.name + suffix)
        if working.exists() and not _writable(working):
            return working
    return None


def _writable(path: Path) -> bool:
    """Whether the file opens for writing (tried, writing nothing: modes do not tell
    for every user)."""
    try:
        with path.open("r+b"):
            return True
    except OSError:
        return False


def _is_damage(error: sqlite3.Error) -> bool:
    return _error_name(error).startswith("SQLITE_CORRUPT") or "malformed" in str(error)


# The files this program found damaged: nothing more is written to them (reading what
# can still be read goes on). Checking a whole file when it opens would find damage
# before the first write, but takes over a second on a big portfolio.
_damaged_files: set[str] = set()


def damaged_file(database: str | None) -> bool:
    """Whether this program found the SQLite file `database` damaged (nothing more is
    written to it)."""
    return str(database) in _damaged_files


def _sqlite_begin(conn: Connection) -> None:
    # A deferred transaction that read first cannot wait for the write lock: SQLite
    # refuses it at once. Taking the lock at BEGIN makes a writer wait its turn.
    if conn.get_execution_options().get("accountdesk_read_only"):
        conn.exec_driver_sql("BEGIN")
        return
    database = str(conn.engine.url.database)
    if database in _damaged_files:
        raise Refused(damaged(Path(database)))
    conn.exec_driver_sql("BEGIN IMMEDIATE")


def _sqlite_errors(context: ExceptionContext) -> None:
    orig = context.original_exception
    if isinstance(orig, sqlite3.OperationalError) and "database is locked" in str(orig):
        raise _busy() from None
    database = context.engine.url.database if context.engine is not None else None
    if isinstance(orig, sqlite3.Error) and database not in (None, "", ":memory:"):
        refusal = sqlite_refusal(orig, Path(str(database)))
        if refusal is not None:
            if _is_damage(orig):
                _damaged_files.add(str(database))
            raise refusal from None


def _busy() -> Refused:
    return Refused(
        say_n(
            "The database is busy: another program kept it locked for more than "
            "{count} second; nothing was written. Try again.",
            "The database is busy: another program kept it locked for more than "
            "{count} seconds; nothing was written. Try again.",
            BUSY_TIMEOUT_SECONDS,
        )
    )


def make_engine(url: str, user: str | None = None) -> Engine:
    """An engine on `url`; on PostgreSQL its connections are named after `user` (who
    else is connected, in the status bar), and wait for another's lock as long as a
    SQLite writer waits for the file, then are told the database is busy (rather
    than freeze the window for as long as a teammate's import runs)."""
    connect_args: dict[str, str] = {}
    if url.startswith("postgres"):
        waits = f"-c lock_timeout={BUSY_TIMEOUT_SECONDS * 1000}"
        given = _url_options(url)  # the URL's own (a search_path, say) are kept
        connect_args["options"] = f"{given} {waits}" if given else waits
        if user is not None:
            connect_args["application_name"] = application_name(user)
    try:
        engine = create_engine(
            url,
            connect_args=connect_args,
            # A server restart or a dropped connection leaves dead connections in the
            # pool: test each before use (one round trip) rather than fail a read once.
            pool_pre_ping=url.startswith("postgres"),
        )
    except (ArgumentError, ModuleNotFoundError, ValueError, TypeError) as exc:
        reason = _without_password(str(exc), url)
        raise Refused(
            say(
                "{masked!r} is not a database AccountDesk can open ({reason}).",
                masked=masked(url),
                reason=reason,
            )
        ) from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        event.listen(engine, "handle_error", _sqlite_errors)
    elif engine.dialect.name == "postgresql":
        watch_own_connections(engine)
        event.listen(engine, "handle_error", _postgres_errors)
    return engine


def _url_options(url: str) -> str:
    try:
        given = make_url(url).query.get("options", "")
    except (ArgumentError, ValueError, TypeError):
        return ""  # create_engine says what is wrong with the URL
    return given if isinstance(given, str) else " ".join(given)


# PostgreSQL's codes for a transaction it stopped because another crossed it: a
# deadlock, and a serializable transaction that could not be ordered with another.
_CROSSED = {"40P01", "40001"}
_NOT_ALLOWED = "42501"  # insufficient_privilege
_LOCK_TIMEOUT = "55P03"  # lock_not_available: waited past lock_timeout


def _postgres_errors(context: ExceptionContext) -> None:
    """What the server refuses or where it fails for reasons that are not the
    program's, each said in a sentence the user can act on."""
    if context.engine is None:  # a pre-ping's, which an engine's listeners never see
        return
    orig = context.original_exception
    state = getattr(orig, "sqlstate", None)
    url = context.engine.url.render_as_string(hide_password=False)
    if context.is_disconnect and context.connection is not None:
        raise Refused(
            say(
                "The connection to the database {where} was lost ({reason}). A change "
                "being saved may not have been written: look again once the server is back.",
                where=masked(url),
                reason=_without_password(_first_line(orig), url),
            )
        ) from None
    if context.connection is None and isinstance(context.sqlalchemy_exception, OperationalError):
        raise _unreachable(orig, url) from None
    # The transaction is rolled back: nothing was written.
    if state == _LOCK_TIMEOUT:
        raise _busy() from None
    if state in _CROSSED:
        raise Refused(
            say(
                "Someone else's change to the same records was being saved at the same "
                "moment, so the database stopped this one; nothing was written. Try again."
            )
        ) from None
    if state == _NOT_ALLOWED:
        login = _login(context)
        raise Refused(
            say(
                "The database login {login} may not do this ({reason}); nothing was "
                "written. The database's owner gives a person's login what AccountDesk "
                "needs with: GRANT {role} TO {login};",
                login=login,
                reason=_first_line(orig),
                role=APP_ROLE,
            )
        ) from None


def _unreachable(error: BaseException, url: str) -> Refused:
    reason = " ".join(_without_password(str(error), url).split())
    return Refused(
        say("Cannot reach the database {where}: {reason}", where=masked(url), reason=reason)
    )


def _first_line(error: BaseException) -> str:
    """The driver's message, its first line (what follows is the server's context)."""
    return " ".join(str(error).strip().splitlines()[:1]) or type(error).__name__


def _login(context: ExceptionContext) -> str:
    """The database role the failed statement ran as. The URL may not name it: libpq
    then takes PGUSER, else the computer's login."""
    dbapi = getattr(getattr(context.connection, "connection", None), "dbapi_connection", None)
    user = getattr(getattr(dbapi, "info", None), "user", None)
    named = context.engine.url.username if context.engine is not None else None
    return str(user or named or os.environ.get("PGUSER") or getpass.getuser())


def alembic_config() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", "accountdesk.db:migrations")
    return config


def schema_head() -> str:
    from alembic.script import ScriptDirectory

    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None
    return head


def empty_sqlite_file(url: str) -> Path | None:
    """The file, when `url` names an existing SQLite file of zero bytes.

    Opening such a file makes it a new AccountDesk database; ask this first to say so
    (the command line) or to ask the user (the window)."""
    path = sqlite_path(url)
    if path is not None and path.is_file() and path.stat().st_size == 0:
        return path
    return None


def _sqlite_version_read_only(path: Path) -> str | None:
    """The schema version of an existing SQLite file, read without writing a byte to it.

    None for an AccountDesk database not yet stamped (or an empty file); refuses a file
    that is not an AccountDesk database before anything could switch it to WAL."""
    try:
        connection = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return None  # not readable this way: the ordinary opening below says why
    try:
        tables = {
            name
            for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        }
        if "alembic_version" in tables:
            version = connection.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(version[0]) if version else None
    except sqlite3.OperationalError:
        return None  # locked, or a folder that is read-only: the ordinary opening says
    except sqlite3.DatabaseError as exc:
        if _is_damage(exc):
            raise Refused(damaged(path)) from None
        raise Refused(
            say("{path} is not an AccountDesk database (it cannot be read).", path=path)
        ) from None
    finally:
        connection.close()
    if {name for name in tables if not name.startswith("sqlite_")}:
        raise Refused(
            say("{path} is not an AccountDesk database (it holds other tables).", path=path)
        )
    return None


def _folder_writable(folder: Path) -> bool:
    """Whether a file can be made in the folder (tried, not guessed from its mode)."""
    try:
        with tempfile.TemporaryFile(dir=folder):
            return True
    except OSError:
        return False


def _unopenable(error: sqlite3.Error, path: Path) -> Refused | None:
    """Why an AccountDesk database file could not be opened, when it is the disk's or
    the folder's doing rather than the file's."""
    if _error_name(error).startswith("SQLITE_CANTOPEN") or "unable to open" in str(error):
        if path.is_file() and not _folder_writable(path.parent):
            return Refused(
                say(
                    "The folder {parent!r} is read-only: AccountDesk needs to keep two "
                    "working files beside {path} while it is open; copy the database to a "
                    "folder you can write to, or ask for write access.",
                    parent=str(path.parent),
                    path=path.name,
                )
            )
        return None
    return sqlite_refusal(error, path)


def open_database(url: str, user: str | None = None) -> Engine:
    """An engine on a database at the current schema, migrating (and backing up) first;
    `user` names its connections on PostgreSQL."""
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise Refused(say("The folder {parent!r} does not exist.", parent=str(path.parent)))
    if path is not None and path.is_dir():
        raise Refused(say("{path!r} is a folder, not a database file.", path=str(path)))
    if path is not None and path.is_file() and path.stat().st_size > 0:
        _sqlite_version_read_only(path)
    engine = make_engine(url, user)
    where = str(path) if path is not None else masked(url)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            current = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
    except Refused:
        engine.dispose()
        raise
    except (DatabaseError, sqlite3.Error) as exc:
        engine.dispose()
        orig = exc.orig if isinstance(exc, DatabaseError) else exc
        if isinstance(exc, OperationalError) and path is None:
            raise _unreachable(exc.orig or exc, url) from None
        if path is not None and isinstance(orig, sqlite3.Error):
            refusal = _unopenable(orig, path)
            if refusal is not None:
                raise refusal from None
        raise Refused(
            say("{where} is not an AccountDesk database (it cannot be read).", where=where)
        ) from None
    if current == SCHEMA_HEAD:
        return engine
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    tables.discard("alembic_version")
    if current is None and tables:
        engine.dispose()
        raise Refused(
            say("{where} is not an AccountDesk database (it holds other tables).", where=where)
        )
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise Refused(
            say(
                "{where} was written by a newer AccountDesk (schema {current}); install"
                " the newer version to open it.",
                where=where,
                current=current,
            )
        )
    if current is not None and current != head and engine.dialect.name == "postgresql":
        with engine.connect() as connection:
            owner = is_owner(connection, "alembic_version")
        if not owner:  # its ALTERs would be refused midway (the grants leave it so)
            engine.dispose()
            raise Refused(
                say(
                    "{where} has an older AccountDesk schema ({current}), which only the "
                    "database's owner may upgrade: run `accountdesk init` as the owner, "
                    "then open it again. Nothing was changed.",
                    where=where,
                    current=current,
                )
            )
    if current != head:
        if path is not None and current is not None:
            backup_sqlite(path, path.with_name(f"{path.name}.schema-{current}.bak"))
        with engine.begin() as connection:
            config = alembic_config()
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    return engine


def backup_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a SQLite database, safe while others write to it. Written
    beside the target under a partial name and renamed when complete; a full disk is
    refused with a sentence and leaves nothing behind."""
    with atomic_path(target) as partial:
        partial.unlink()  # SQLite makes the file itself
        journal = partial.with_name(partial.name + "-journal")
        try:
            src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
            try:
                dst = sqlite3.connect(partial)
                try:
                    src.backup(dst)
                    # A copy of a damaged file must not take the place of a good backup.
                    verdict = dst.execute("PRAGMA quick_check(1)").fetchone()
                finally:
                    dst.close()
            finally:
                src.close()
        except sqlite3.Error as exc:
            journal.unlink(missing_ok=True)
            refusal = None if _is_damage(exc) else sqlite_refusal(exc, source, target)
            if refusal is not None:
                raise refusal from None
            if not _is_damage(exc):
                raise
            verdict = None
        if verdict != ("ok",):
            raise Refused(
                say(
                    "{source} is damaged (SQLite finds it malformed), so it was not copied "
                    "to {target}, and a backup there is kept as it was: restore your last "
                    "backup, or save what can be saved with 'sqlite3 {source2} .recover | "
                    "sqlite3 recovered.sqlite3'.",
                    source=source,
                    target=target,
                    source2=source.name,
                )
            )
