"""Home's figures read at start-up from what a SQLite file keeps (services.home_at_start),
before the database layer loads: whenever that reader answers, its answer is exactly
the overview Home reads through the services, and once Home has read, it answers.

The hypothesis state machine of tests/services/test_kept_figures.py (a teammate's
hours, corrections, tier changes, contracts, issued and reopened months, scripts'
own SQL), with what moves the adjustments waiting for a next report too: reports
issued, and support cases opened, answered, escalated and put on hold in issued
months."""

from __future__ import annotations

import contextlib
import sqlite3
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import invariant, rule

from accountdesk.db.head import SCHEMA_HEAD
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.home_at_start import kept_overview, sqlite_file
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.services.test_kept_figures import CUSTOMERS, MONTHS, TODAY, Team, picks
from tests.services.test_kept_figures import sqlite_team as sqlite_team  # a fixture

CLOCK = FixedClock(TODAY)
ISSUED = MONTHS[1:]  # the months a teammate issues: October and August


def at_start(desk, month: Month):
    """What the window would show at start-up on the desk's file, before opening it."""
    return kept_overview(str(desk.engine.url.database), month, TODAY, CLOCK.now())


class StartUp(Team):
    """Home's desk reads; a teammate's desk on the same file writes, issues reports and
    records support cases."""

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
    def at_start_home_shows_what_it_would_read_or_waits(self) -> None:
        for month in MONTHS[:2]:
            before = at_start(self.home, month)
            read = self.home.dashboard.overview(month)
            assert before is None or before == read
            assert at_start(self.home, month) == read  # read once, kept
            StartUp.saw_pending = StartUp.saw_pending or bool(read.pending)


def test_at_start_home_shows_what_it_would_read_or_nothing(sqlite_team, tmp_path) -> None:
    StartUp.home, StartUp.teammate = sqlite_team
    StartUp.folder = tmp_path
    StartUp.TestCase.settings = settings(
        max_examples=25,
        stateful_step_count=8,
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
    )
    StartUp.TestCase().runTest()
    home = StartUp.home
    # The runs issued reports and left adjustments waiting: the reader answered with them.
    assert StartUp.saw_pending, "no run left adjustments waiting for a next report"
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
