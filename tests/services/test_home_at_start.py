"""Home's figures read at start-up from what a SQLite file keeps (services.home_at_start),
before the database layer loads: whenever that reader answers, its answer is exactly
the overview Home reads through the services, and once Home has read, it answers.

The hypothesis state machine of tests/services/test_kept_figures.py (a teammate's
hours, corrections, tier changes, contracts, issued and reopened months, scripts'
own SQL), with what moves the adjustments waiting for a next report too: reports
issued, and support cases opened, answered, escalated and put on hold in issued
months; on PostgreSQL too, where the adjustments are kept with the stamps."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule
from sqlalchemy import select, text

from accountdesk.app import open_desk
from accountdesk.db import models as m
from accountdesk.db.head import SCHEMA_HEAD
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.home_at_start import kept_overview, sqlite_file
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.services.test_kept_figures import CUSTOMERS, MONTHS, TODAY, Team, picks
from tests.services.test_kept_figures import postgres_team as postgres_team  # a fixture
from tests.services.test_kept_figures import sqlite_team as sqlite_team  # a fixture

CLOCK = FixedClock(TODAY)
ISSUED = MONTHS[1:]  # the months a teammate issues: October and August


def at_start(desk, month: Month):
    """What the window would show at start-up on the desk's file, before opening it."""
    return kept_overview(str(desk.engine.url.database), month, TODAY, CLOCK.now())


class Adjustments(Team):
    """Home's desk reads; a teammate's desk on the same database writes, issues reports
    and records support cases. Team's invariant holds Home from kept answers, with the
    adjustments waiting, to the rules run again with nothing kept."""

    folder: Path
    saw_pending = False  # whether some step left adjustments waiting

    def __init__(self) -> None:
        super().__init__()
        # Big's August and October issued: a case of theirs recorded now moves a credit.
        for month in sorted(ISSUED):
            self.teammate.reports.issue("Big", month, self.folder / f"big-{month.label}.pdf")

    @rule(pick=picks, month=st.sampled_from(ISSUED))
    def issue(self, pick: int, month: Month) -> None:
        customer = CUSTOMERS[pick % len(CUSTOMERS)]
        with contextlib.suppress(Refused):  # an earlier month not issued, a locked one
            self.teammate.reports.issue(customer, month, self.folder / f"{pick}.pdf")

    @rule(pick=picks, month=st.sampled_from(ISSUED))
    def correct_an_issued_month(self, pick: int, month: Month) -> None:
        """A correction to an entry of a month that may be issued: an adjustment then
        waits for the customer's next report."""
        entries = self.teammate.ledger.entries(self._customer(pick), month)
        if entries:
            with contextlib.suppress(Refused):
                entry = entries[pick % len(entries)]
                self.teammate.ledger.correct(entry.id, 900 * (pick % 40), "Timesheet fixed")

    @rule(pick=picks, month=st.sampled_from(ISSUED), minutes=st.integers(1, 600))
    def a_case_and_its_steps(self, pick: int, month: Month, minutes: int) -> None:
        """A critical case of an issued month (unless reopened) for Big (Enterprise,
        with service credits), answered late or in time, escalated or put on hold:
        recorded after the month was issued, it moves the credit the month stated."""
        opened = datetime.fromisoformat(f"{month.first.isoformat()}T09:00+00:00") + timedelta(
            days=pick % 20
        )
        step = opened + timedelta(minutes=minutes)
        with contextlib.suppress(Refused):
            case = self.teammate.cases.open("Big", "critical", "Down", at=opened)
            if pick % 3 == 0:
                self.teammate.cases.respond(case.reference, step)
            elif pick % 3 == 1:
                self.teammate.cases.escalate(case.reference, 2, "Client director called")
            else:
                self.teammate.cases.wait(case.reference, opened, step)

    @invariant()
    def adjustments_seen(self) -> None:
        """Not a check: notes that the runs reached what they are about."""
        seen = bool(self.home.dashboard.overview(MONTHS[0]).pending)
        Adjustments.saw_pending = Adjustments.saw_pending or seen


class StartUp(Adjustments):
    """The same on a SQLite file, and the start-up reader on it."""

    @invariant()
    def at_start_home_shows_what_it_would_read_or_waits(self) -> None:
        for month in MONTHS[:2]:
            before = at_start(self.home, month)
            read = self.home.dashboard.overview(month)
            assert before is None or before == read
            assert at_start(self.home, month) == read  # read once, kept


def run(machine: type[Adjustments], team, folder: Path) -> None:
    machine.home, machine.teammate = team
    machine.folder = folder
    machine.TestCase.settings = settings(
        max_examples=25,
        stateful_step_count=8,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    machine.TestCase().runTest()


def test_at_start_home_shows_what_it_would_read_or_nothing(sqlite_team, tmp_path) -> None:
    Adjustments.saw_pending = False
    run(StartUp, sqlite_team, tmp_path)
    home = StartUp.home
    # The runs issued reports and left adjustments waiting: the reader answered with them.
    assert Adjustments.saw_pending, "no run left adjustments waiting for a next report"
    assert at_start(home, MONTHS[0]) == home.dashboard.overview(MONTHS[0])


def test_a_file_of_another_schema_or_not_sqlite_gives_nothing(sqlite_desk, tmp_path) -> None:
    """A file the window must migrate first, a damaged one, a server's URL, an empty or
    missing file: nothing is read at start-up; the window reads as before."""
    month = Month.of(TODAY)
    sqlite_desk.dashboard.overview(month)
    path = Path(str(sqlite_desk.engine.url.database))
    assert at_start(sqlite_desk, month) is not None
    with sqlite3.connect(path) as older:
        older.execute("UPDATE alembic_version SET version_num = '0001'")
    assert at_start(sqlite_desk, month) is None
    with sqlite3.connect(path) as current:
        current.execute("UPDATE alembic_version SET version_num = ?", (SCHEMA_HEAD,))
    assert at_start(sqlite_desk, month) is not None
    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_bytes(b"not a database" * 100)
    empty = tmp_path / "empty.sqlite3"
    empty.touch()
    for db in (str(garbage), str(empty), str(tmp_path / "missing.sqlite3")):
        assert kept_overview(db, month, TODAY, CLOCK.now()) is None
    assert sqlite_file("postgresql+psycopg://sara@db.example.com/accountdesk") is None
    assert sqlite_file(f"sqlite:///{path}") == path


@pytest.mark.parametrize("write", ["a script's own SQL on the ledger", "a support case"])
def test_a_write_since_home_read_leaves_the_reader_without_an_answer(sqlite_desk, write) -> None:
    """A write the figures depend on, by any program, leaves the start-up reader without
    an answer (the window then reads through the services) until Home reads again."""
    month = Month.of(TODAY)
    sqlite_desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, TODAY.replace(day=1)))
    sqlite_desk.ledger.log(NewEntry("Big", TODAY, 3600, Category.CONSULTING, "Ana", "Work"))
    sqlite_desk.dashboard.overview(month)
    assert at_start(sqlite_desk, month) is not None
    if write == "a support case":
        sqlite_desk.cases.open("Big", "critical", "Down", at=CLOCK.now() - timedelta(hours=1))
    else:
        with sqlite3.connect(str(sqlite_desk.engine.url.database)) as other:
            other.execute("UPDATE ledger_entry SET seconds = seconds + 60")
    assert at_start(sqlite_desk, month) is None
    read = sqlite_desk.dashboard.overview(month)
    assert at_start(sqlite_desk, month) == read


@pytest.mark.postgres
def test_on_postgresql_kept_adjustments_equal_the_rules_run_again(postgres_team, tmp_path):
    """PostgreSQL keeps the adjustments with the answers too: its stamps rise with every
    report issued and every step of a case (0017)."""
    Adjustments.saw_pending = False
    run(Adjustments, postgres_team, tmp_path)
    assert Adjustments.saw_pending, "no run left adjustments waiting for a next report"


@pytest.mark.postgres
def test_on_postgresql_reports_and_cases_raise_their_customers_stamp(postgres_url, tmp_path):
    """An issued report, a case, its wait and escalation, by the services or a script's
    own SQL, raise the stamp of their customer only; emptying a table, everyone's."""
    desk = open_desk(postgres_url, clock=CLOCK, user="tester")
    try:
        acme = desk.portfolio.add_customer(
            NewCustomer("Acme", Tier.PROFESSIONAL, TODAY.replace(month=1, day=1))
        )
        big = desk.portfolio.add_customer(
            NewCustomer("Big", Tier.ENTERPRISE, TODAY.replace(month=1, day=1))
        )

        def stamps() -> dict[int, int]:
            with desk.sessions() as s:
                rows = s.execute(select(m.FiguresStamp.customer_id, m.FiguresStamp.stamp))
                return {customer: stamp for customer, stamp in rows}

        def raised(change) -> dict[str, int]:
            before = stamps()
            if isinstance(change, str):
                with desk.engine.begin() as c:
                    c.execute(text(change))
            else:
                change()
            after = stamps()
            return {
                name: after.get(i, 0) - before.get(i, 0)
                for name, i in (("Acme", acme), ("Big", big))
            }

        october = Month(2026, 10)
        at = datetime.fromisoformat("2026-10-05T09:00+00:00")
        opened = []

        def open_case() -> None:
            opened.append(desk.cases.open("Big", "critical", "Down", at=at))

        steps = [
            lambda: desk.reports.issue("Big", october, tmp_path / "october.pdf"),
            open_case,
            lambda: desk.cases.wait(opened[0].reference, at, at + timedelta(hours=1)),
            lambda: desk.cases.escalate(opened[0].reference, 2, "Director called"),
        ]
        for step in steps:  # a step may write more than one row of Big's
            change = raised(step)
            assert change["Acme"] == 0 and change["Big"] > 0
        assert raised("UPDATE case_waiting SET ends_at = ends_at") == {"Acme": 0, "Big": 1}
        assert raised("UPDATE case_escalation SET reason = 'Called twice'") == {"Acme": 0, "Big": 1}
        assert raised("UPDATE issued_report SET issued_by = issued_by") == {"Acme": 0, "Big": 1}
        assert raised("TRUNCATE case_escalation") == {"Acme": 1, "Big": 1}
        assert raised("DELETE FROM support_case")["Big"] >= 1
    finally:
        desk.close()
