"""Opening a database: SQLite by default, PostgreSQL for a team. Opening migrates it.

Before a SQLite file is migrated, a copy of it is taken beside it. A database
written by a newer AccountDesk, or a file that is not an AccountDesk database, is
refused with a sentence saying so.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, inspect, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError

from accountdesk.domain.errors import Refused

if TYPE_CHECKING:
    from alembic.config import Config

# The newest migration. Opening a database already at it needs no Alembic at all, so
# the window starts without importing it; a test keeps this equal to Alembic's head.
SCHEMA_HEAD = "0003"


def database_url(value: str) -> str:
    """A SQLAlchemy URL from what a user typed: a URL, or a plain path meaning SQLite."""
    if "://" in value:
        return value
    return f"sqlite:///{Path(value).expanduser().resolve()}"


def sqlite_path(url: str) -> Path | None:
    """The file behind a SQLite URL (None for other databases and in-memory ones)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or parsed.database in (None, "", ":memory:"):
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection: Any, _record: Any) -> None:
    # pysqlite starts transactions late and lets a savepoint commit them; take the
    # control back so that one unit of work is exactly one SQLite transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    try:
        engine = create_engine(url)
    except (ArgumentError, ModuleNotFoundError) as exc:
        raise Refused(f"{url!r} is not a database AccountDesk can open ({exc}).") from None
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", lambda conn: conn.exec_driver_sql("BEGIN"))
    return engine


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


def open_database(url: str) -> Engine:
    """An engine on a database at the current schema, migrating (and backing up) first."""
    path = sqlite_path(url)
    if path is not None and not path.parent.is_dir():
        raise Refused(f"The folder {str(path.parent)!r} does not exist.")
    if path is not None and path.is_dir():
        raise Refused(f"{str(path)!r} is a folder, not a database file.")
    engine = make_engine(url)
    where = str(path) if path is not None else make_url(url).render_as_string(hide_password=True)
    try:
        with engine.connect() as connection:
            tables = set(inspect(connection).get_table_names())
            current = (
                connection.execute(text("SELECT version_num FROM alembic_version")).scalar()
                if "alembic_version" in tables
                else None
            )
    except DatabaseError as exc:
        engine.dispose()
        if isinstance(exc, OperationalError) and path is None:
            raise Refused(f"Cannot reach the database {where}: {exc.orig}".strip()) from None
        raise Refused(f"{where} is not an AccountDesk database (it cannot be read).") from None
    if current == SCHEMA_HEAD:
        return engine
    from alembic import command
    from alembic.script import ScriptDirectory

    script = ScriptDirectory.from_config(alembic_config())
    head = script.get_current_head()
    tables.discard("alembic_version")
    if current is None and tables:
        engine.dispose()
        raise Refused(f"{where} is not an AccountDesk database (it holds other tables).")
    if current is not None and current not in {rev.revision for rev in script.walk_revisions()}:
        engine.dispose()
        raise Refused(
            f"{where} was written by a newer AccountDesk (schema {current}); "
            "install the newer version to open it."
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
    """A consistent copy of a SQLite database, safe while others write to it."""
    partial = target.with_name(target.name + ".partial")
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    partial.replace(target)
