"""Real databases for the tests: SQLite files, and a private PostgreSQL server that
the test session starts (and stops) itself. No database is ever mocked."""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import tempfile
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest
from sqlalchemy import create_engine, make_url, text

from accountdesk.app import Desk, open_desk
from accountdesk.db.engine import open_database
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.tiers import Tier, TierSpec
from accountdesk.logs import stop_logging
from accountdesk.services.loading import tier_catalog

TODAY = date(2026, 11, 26)

# Qt widgets are real but drawn offscreen: tests need no display.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# The tests read the window's English words whatever this machine's language; a test
# of another language installs it and removes it after.
os.environ["ACCOUNTDESK_LANGUAGE"] = "en"


@pytest.fixture(autouse=True)
def _no_user_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Keep every test away from the real user data folder and settings."""
    for variable in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(variable, str(tmp_path / variable.lower()))
    monkeypatch.delenv("ACCOUNTDESK_DB", raising=False)
    monkeypatch.delenv("ACCOUNTDESK_LOG_DIR", raising=False)
    yield
    stop_logging()  # a test that logged leaves no file open behind it


class MovingClock:
    """A clock a test moves forward (`day = ...`), as months end and get issued."""

    def __init__(self, today: date) -> None:
        self.day = today

    def now(self) -> datetime:
        return datetime.combine(self.day, time(12, 0), tzinfo=UTC)

    def today(self) -> date:
        return self.day


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(TODAY)


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite3"
    open_database(f"sqlite:///{path}").dispose()
    return path


@pytest.fixture(scope="session")
def tiers(sqlite_template: Path) -> dict[Tier, TierSpec]:
    from sqlalchemy.orm import Session

    engine = create_engine(f"sqlite:///{sqlite_template}")
    with Session(engine) as s:
        catalog = tier_catalog(s)
    engine.dispose()
    return catalog


def _pg_bin(name: str) -> str:
    found = shutil.which(name) or next(
        iter(sorted(glob.glob(f"/usr/lib/postgresql/*/bin/{name}"), reverse=True)), None
    )
    if found is None:
        pytest.fail(
            "The tests need a PostgreSQL server; install it (Debian: apt-get install postgresql)."
        )
    return found


# The folder each test process makes its PostgreSQL server in, made by the run's first
# process. A worker that dies (a crash, or a test stuck past faulthandler_timeout) never
# stops its own server; that first process stops what is left when the run ends.
SERVERS = "ACCOUNTDESK_TEST_SERVERS"


def pytest_configure(config: pytest.Config) -> None:
    if not hasattr(config, "workerinput") and SERVERS not in os.environ:
        folder = tempfile.mkdtemp(prefix="accountdesk-pg-servers-")
        os.chmod(folder, 0o755)  # the postgres user makes its server inside
        os.environ[SERVERS] = folder  # the workers, started after, inherit it
        config.stash[_servers_key] = Path(folder)


def pytest_unconfigure(config: pytest.Config) -> None:
    folder = config.stash.get(_servers_key, None)
    if folder is not None:
        for pid_file in folder.glob("*/data/postmaster.pid"):
            _stop_server(pid_file.parent)
        shutil.rmtree(folder, ignore_errors=True)
        del os.environ[SERVERS]


_servers_key = pytest.StashKey[Path]()


def _run_as() -> list[str]:
    """How the server's commands are run: as the postgres user when the tests run as
    root (initdb refuses root)."""
    return ["runuser", "-u", "postgres", "--"] if os.geteuid() == 0 else []


def _stop_server(data: Path) -> None:
    subprocess.run(
        [*_run_as(), _pg_bin("pg_ctl"), "-D", str(data), "-m", "immediate", "stop"],
        capture_output=True,
    )


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[str]:
    """A throwaway PostgreSQL cluster on a Unix socket; yields a template database URL."""
    given = os.environ.get("ACCOUNTDESK_TEST_POSTGRES")
    if given:
        yield given
        return
    home = Path(tempfile.mkdtemp(prefix="accountdesk-pg-", dir=os.environ.get(SERVERS)))
    data = home / "data"
    run_as = _run_as()
    if run_as:
        shutil.chown(home, "postgres")
    subprocess.run(
        [
            *run_as,
            _pg_bin("initdb"),
            "-D",
            str(data),
            "-U",
            "postgres",
            "-A",
            "trust",
            "--no-sync",
            "-E",
            "UTF8",
            "--locale=C",
        ],
        check=True,
        capture_output=True,
    )
    options = f"-k {home} -c listen_addresses='' -c fsync=off -c full_page_writes=off"
    subprocess.run(
        [
            *run_as,
            _pg_bin("pg_ctl"),
            "-D",
            str(data),
            "-o",
            options,
            "-w",
            "-l",
            str(home / "log"),
            "start",
        ],
        check=True,
        capture_output=True,
    )
    try:
        yield f"postgresql+psycopg://postgres@/postgres?host={home}"
    finally:
        _stop_server(data)
        shutil.rmtree(home, ignore_errors=True)


@pytest.fixture(scope="session")
def postgres_template(postgres_server: str) -> str:
    """A migrated database to copy for each test (CREATE DATABASE ... TEMPLATE)."""
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text("DROP DATABASE IF EXISTS accountdesk_template"))
        c.execute(text("CREATE DATABASE accountdesk_template"))
    admin.dispose()
    url = postgres_server.replace("/postgres?", "/accountdesk_template?")
    open_database(url).dispose()
    return url


def end_connections(server: str, url: str) -> None:
    """End every connection to the test database at `url`, as a server restart does."""
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(
            text("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = :d"),
            {"d": make_url(url).database},
        )
    admin.dispose()


@contextmanager
def server_away(server: str, url: str) -> Iterator[None]:
    """While inside: the test database at `url` takes no connections and those it had
    are ended, as while its server restarts; after, it takes them again."""
    database = make_url(url).database
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"ALTER DATABASE {database} ALLOW_CONNECTIONS false"))
    end_connections(server, url)
    try:
        yield
    finally:
        with admin.connect() as c:
            c.execute(text(f"ALTER DATABASE {database} ALLOW_CONNECTIONS true"))
        admin.dispose()


@pytest.fixture
def postgres_url(postgres_server: str, postgres_template: str) -> Iterator[str]:
    name = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
    with admin.connect() as c:
        c.execute(text(f"CREATE DATABASE {name} TEMPLATE accountdesk_template"))
    yield postgres_server.replace("/postgres?", f"/{name}?")
    with admin.connect() as c:
        c.execute(text(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
    admin.dispose()


@pytest.fixture
def sqlite_url(sqlite_template: Path, tmp_path: Path) -> str:
    path = tmp_path / "accountdesk.sqlite3"
    shutil.copyfile(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request: pytest.FixtureRequest) -> str:
    """Each test that takes this runs once on SQLite and once on PostgreSQL."""
    return str(request.getfixturevalue(f"{request.param}_url"))


@pytest.fixture
def desk(db_url: str, clock: FixedClock) -> Iterator[Desk]:
    opened = open_desk(db_url, clock=clock, user="tester")
    yield opened
    opened.close()


@pytest.fixture
def sqlite_desk(sqlite_url: str, clock: FixedClock) -> Iterator[Desk]:
    opened = open_desk(sqlite_url, clock=clock, user="tester")
    yield opened
    opened.close()


def snapshot(desk: Desk) -> dict[str, list[tuple[object, ...]]]:
    """Every row of every table, to prove that a refused action changed nothing."""
    from sqlalchemy import select

    from accountdesk.db.models import Base

    with desk.engine.connect() as c:
        return {
            table.name: sorted((tuple(row) for row in c.execute(select(table))), key=repr)
            for table in Base.metadata.sorted_tables
        }
