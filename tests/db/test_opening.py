"""Opening a database: passwords never shown, foreign files never written, empty files
named, and SQLite writers that wait for each other instead of failing."""

from __future__ import annotations

import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import text

from accountdesk.app import open_desk
from accountdesk.db import engine as db_engine
from accountdesk.db.engine import READ_ONLY, empty_sqlite_file, masked, open_database
from accountdesk.domain.errors import Refused
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

SECRET = "s3cr3t-Pa55"


@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+nope://ann:{SECRET}@db.example/desk",  # unknown driver
        f"nope://ann:{SECRET}@db.example/desk",  # unknown database
        f"postgresql+psycopg://ann:{SECRET}@db.example:abc/desk",  # a port that is no number
        f"postgresql+psycopg://ann:{SECRET}@127.0.0.1:1/desk",  # nobody listens there
        f"postgresql+psycopg://ann:{SECRET}@[::1/desk",  # not a URL SQLAlchemy can parse
        f"mysql+nodriver://ann:{SECRET}@db.example/desk",  # a driver that is not installed
    ],
)
def test_no_message_shows_the_password(url):
    with pytest.raises(Refused) as refused:
        open_database(url)
    assert SECRET not in str(refused.value)
    assert "***" in str(refused.value) or "ann" not in str(refused.value)
    assert "\n" not in str(refused.value)


def test_masking_also_works_on_urls_sqlalchemy_cannot_parse():
    assert masked(f"postgresql+psycopg://ann:{SECRET}@db:abc/desk") == (
        "postgresql+psycopg://ann:***@db:abc/desk"
    )
    assert masked(f"postgresql://ann:{SECRET}@db/desk") == "postgresql://ann:***@db/desk"


def test_foreign_sqlite_file_is_refused_and_left_byte_for_byte_unchanged(tmp_path):
    path = tmp_path / "photos.db"
    other = sqlite3.connect(path)
    other.execute("CREATE TABLE album (name TEXT)")
    other.execute("INSERT INTO album VALUES ('holidays')")
    other.commit()
    other.close()
    before = path.read_bytes()
    with pytest.raises(Refused, match="not an AccountDesk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["photos.db"]


def test_file_that_is_no_database_is_refused_and_left_unchanged(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes(b"this is a text file, not a database\n" * 200)
    before = path.read_bytes()
    with pytest.raises(Refused, match="not an AccountDesk database"):
        open_database(f"sqlite:///{path}")
    assert path.read_bytes() == before


def test_an_empty_file_is_told_apart_before_it_becomes_a_database(tmp_path):
    path = tmp_path / "new.sqlite3"
    url = f"sqlite:///{path}"
    assert empty_sqlite_file(url) is None  # no file at all: nothing to ask
    path.touch()
    assert empty_sqlite_file(url) == path
    open_database(url).dispose()
    assert empty_sqlite_file(url) is None
    assert path.stat().st_size > 0
    assert empty_sqlite_file("postgresql+psycopg://u@h/db") is None


@pytest.fixture
def short_wait(monkeypatch):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_SECONDS", 1)


def test_a_writer_that_waits_too_long_gets_a_sentence(sqlite_url, clock, short_wait):
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    other = sqlite3.connect(desk.engine.url.database, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program holds the write lock
    try:
        entry = NewEntry("Acme", date(2026, 11, 2), 30, Category.INCIDENT, "ann")
        with pytest.raises(Refused, match=r"database is busy.* 1 second; nothing was written"):
            desk.ledger.log(entry)
        # Readers are not blocked by the writer: a read-only session, and a plain
        # SQLite reader, see the last committed data at once.
        with desk.sessions() as s:
            s.connection(execution_options=READ_ONLY)
            assert s.execute(text("SELECT name FROM customer")).scalars().all() == ["Acme"]
        reader = sqlite3.connect(desk.engine.url.database)
        assert reader.execute("SELECT count(*) FROM ledger_entry").fetchone() == (0,)
        reader.close()
    finally:
        other.execute("ROLLBACK")
        other.close()
    desk.ledger.log(entry)  # once the other program is done, the write goes through
    desk.close()


def test_write_transactions_begin_immediate_and_read_only_ones_deferred(sqlite_url):
    engine = open_database(sqlite_url)
    statements: list[str] = []

    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", lambda _c, _cur, sql, *_: statements.append(sql))
    with engine.begin() as c:
        c.execute(text("SELECT 1"))
    with engine.connect().execution_options(**READ_ONLY) as c:
        c.execute(text("SELECT 1"))
    engine.dispose()
    assert [s for s in statements if s.startswith("BEGIN")] == ["BEGIN IMMEDIATE", "BEGIN"]


def test_database_path_in_an_unknown_folder_is_refused(tmp_path):
    with pytest.raises(Refused, match="does not exist"):
        open_database(f"sqlite:///{tmp_path / 'nope' / 'x.sqlite3'}")
    assert not Path(tmp_path / "nope").exists()


@pytest.mark.parametrize("how", ["option", "environment"])
@pytest.mark.parametrize(
    "url",
    [
        f"postgresql+nope://ann:{SECRET}@db.example/desk",
        f"postgresql+psycopg://ann:{SECRET}@db.example:abc/desk",
        f"postgresql+psycopg://ann:{SECRET}@127.0.0.1:1/desk",
    ],
)
def test_the_command_line_never_prints_the_password(url, how, tmp_path):
    import os
    import subprocess
    import sys

    src = str(Path(__file__).resolve().parents[2] / "src")
    env = {
        **os.environ,
        "PYTHONPATH": src,
        "ACCOUNTDESK_LOG_DIR": str(tmp_path / "log"),
    }
    args = [sys.executable, "-m", "accountdesk"]
    if how == "option":
        args += ["--db", url]
    else:
        env["ACCOUNTDESK_DB"] = url
    done = subprocess.run(
        [*args, "customer", "list"], capture_output=True, text=True, env=env, timeout=60
    )
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1
    assert "***" in done.stderr
    logged = "".join(p.read_text() for p in (tmp_path / "log").glob("*"))
    assert SECRET not in done.stdout + done.stderr + logged


@pytest.mark.parametrize(
    "typed",
    [
        f"postgresql:/ann:{SECRET}@db.example/desk",
        f"postgresql+psycopg:ann:{SECRET}@db.example/desk",
        f"postgresql+psycopg:ann:{SECRET}:more@db.example/desk",
    ],
)
def test_a_url_missing_its_slashes_is_refused_not_made_a_file(typed, tmp_path, monkeypatch):
    from accountdesk.db.engine import database_url

    monkeypatch.chdir(tmp_path)
    with pytest.raises(Refused, match="is not a database URL") as refused:
        database_url(typed)
    assert SECRET not in str(refused.value)
    assert "ann:***@db.example" in str(refused.value)
    assert list(tmp_path.iterdir()) == []


def test_plain_paths_stay_sqlite_files(tmp_path):
    from accountdesk.db.engine import database_url

    assert database_url(str(tmp_path / "postgresql:x.db")).startswith("sqlite:///")


@pytest.mark.postgres
def test_a_read_that_ends_after_its_desk_is_closed_leaves_no_connection_open(postgres_url, clock):
    """A window's view may still be reading when the window closes its desk (File ▸ Open
    database…, or the window closing): what that read opens is closed when it ends, not
    left in the pool for the garbage collector."""
    desk = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    watcher = db_engine.create_engine(postgres_url)

    def others() -> int:
        with watcher.connect() as c:
            return int(
                c.execute(
                    text(
                        "SELECT count(*) FROM pg_stat_activity "
                        "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                    )
                ).scalar_one()
            )

    try:
        desk.close()
        assert others() == 0
        assert [c.name for c in desk.portfolio.customers()] == ["Acme"]  # a late read
        assert others() == 0
    finally:
        desk.close()
        watcher.dispose()
