"""Change notices: a committed change is announced on PostgreSQL with what it changed; a
refused (rolled back) one is not; who else is connected; SQLite's data version."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from datetime import date

import pytest

from accountdesk.app import Desk, open_desk
from accountdesk.db import notices
from accountdesk.db.engine import sqlite_path
from accountdesk.db.notices import Change, FileChanges, Listener, others
from accountdesk.domain.errors import Refused
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer


@pytest.fixture
def pg_desk(postgres_url: str, clock) -> Iterator[Desk]:
    opened = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    yield opened
    opened.close()


@pytest.fixture
def listener(pg_desk: Desk) -> Iterator[Listener]:
    listening = Listener(pg_desk.engine, "watcher")
    yield listening
    listening.close()


def _acme(desk: Desk) -> int:
    return desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1), end=date(2027, 12, 31))
    )


def _entry(day: date = date(2026, 11, 3)) -> NewEntry:
    return NewEntry("Acme", day, 5400, Category.CONSULTING, "jdoe", "Design review")


@pytest.mark.postgres
def test_a_commit_announces_what_it_changed_and_who(pg_desk: Desk, listener: Listener) -> None:
    acme = _acme(pg_desk)
    [added] = listener.wait(2)
    assert {"customer", "contract_term"} <= added.tables
    assert added.customers == {acme}
    assert (added.who, added.origin) == ("Sara Okafor", pg_desk.origin)

    pg_desk.ledger.log(_entry())
    [logged] = listener.wait(2)
    assert "ledger_entry" in logged.tables
    assert (logged.customers, logged.months) == ({acme}, {"2026-11"})
    assert logged.touches({"ledger_entry"}, acme)
    assert not logged.touches({"review"}, acme)
    assert not logged.touches({"ledger_entry"}, acme + 1)


@pytest.mark.postgres
def test_a_refused_change_announces_nothing(pg_desk: Desk, listener: Listener) -> None:
    _acme(pg_desk)
    listener.wait(2)
    with pytest.raises(Refused):
        pg_desk.ledger.log(_entry(day=date(2026, 11, 27)))  # in the future: rolled back
    assert listener.wait(0.5) == []
    pg_desk.portfolio.counts()
    assert listener.wait(0.3) == []  # reading announces nothing either


@pytest.mark.postgres
def test_bulk_inserts_of_the_demo_are_announced(pg_desk: Desk, listener: Listener) -> None:
    generate_demo(pg_desk.sessions, pg_desk.clock, 3, 2, 1)
    changes = listener.wait(5)
    assert len(changes) == 1  # one transaction, one notice
    assert {"customer", "ledger_entry"} <= changes[0].tables


@pytest.mark.postgres
def test_an_import_of_hours_is_announced_with_its_customers_and_months(
    pg_desk: Desk, listener: Listener, tmp_path
) -> None:
    acme = _acme(pg_desk)
    listener.wait(2)
    hours = tmp_path / "hours.csv"
    hours.write_text(
        "customer,date,hours,category,engineer,note\n"
        "Acme,2026-10-02,1:30,consulting,jdoe,Kick-off\n"
        "Acme,2026-11-03,2.25,consulting,jdoe,Review\n",
        encoding="utf-8",
    )
    assert pg_desk.transfer.import_hours(hours).added == 2
    [imported] = listener.wait(2)
    assert "ledger_entry" in imported.tables
    assert (imported.customers, imported.months) == ({acme}, {"2026-10", "2026-11"})


def test_a_large_change_names_many_customers_within_the_limit() -> None:
    change = Change(frozenset({"ledger_entry"}), frozenset(range(10_000)), frozenset({"2026-11"}))
    payload = change.payload()
    assert len(payload.encode()) < 8000
    read = Change.from_payload(payload)
    assert read is not None
    assert read.customers is None  # any customer
    assert read.touches({"ledger_entry"}, 42)
    assert Change.from_payload("not json") is None


@pytest.mark.postgres
def test_who_else_is_connected(postgres_url: str, clock) -> None:
    sara = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    tom = open_desk(postgres_url, clock=clock, user="Tom Reyes")
    try:
        sara.portfolio.counts()
        tom.portfolio.counts()
        assert [who.name for who in others(sara.engine)] == ["Tom Reyes"]
        assert [who.name for who in others(tom.engine)] == ["Sara Okafor"]
        tom.close()
        deadline = time.monotonic() + 5  # the server lets go of closed connections soon after
        while others(sara.engine) and time.monotonic() < deadline:
            time.sleep(0.05)
        assert others(sara.engine) == []
    finally:
        sara.close()
        tom.close()


def test_sqlite_another_programs_write_past_the_notices_says_read_everything(
    sqlite_url: str, clock
) -> None:
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    path = sqlite_path(sqlite_url)
    assert path is not None
    changes = FileChanges(path)
    try:
        assert changes.news(desk.origin) == (False, None)
        other = sqlite3.connect(path)  # another tool: it writes no notice
        other.execute("INSERT INTO setting (key, value) VALUES ('x-test', '1')")
        other.commit()
        other.close()
        assert changes.news(desk.origin) == (True, None)  # something: read everything
        assert changes.news(desk.origin) == (False, None)
    finally:
        changes.close()
        desk.close()


def test_sqlite_keeps_the_notice_of_each_change_for_the_other_windows(
    sqlite_url: str, clock
) -> None:
    """Two desks on one SQLite file (two programs): what one commits, the other reads
    as PostgreSQL would notify it, naming the customer, the month and who; a desk's own
    changes are no news to it; a refused change leaves no notice."""
    window = open_desk(sqlite_url, clock=clock, user="Tom Reyes")
    sara = open_desk(sqlite_url, clock=clock, user="Sara Okafor")
    path = sqlite_path(sqlite_url)
    assert path is not None
    changes = FileChanges(path)
    try:
        acme = _acme(sara)
        seen, change = changes.news(window.origin)
        assert seen and change is not None
        assert "customer" in change.tables and change.customers == {acme}
        assert change.who == "Sara Okafor"
        sara.ledger.log(NewEntry("Acme", date(2026, 11, 3), 3600, Category.CONSULTING, "s", "x"))
        seen, change = changes.news(window.origin)
        assert change is not None and "ledger_entry" in change.tables
        assert change.customers == {acme} and change.months == {"2026-11"}
        window.ledger.log(NewEntry("Acme", date(2026, 11, 4), 3600, Category.CONSULTING, "t", "y"))
        assert changes.news(window.origin) == (False, None)  # its own: shown already
        with pytest.raises(Refused):
            sara.ledger.log(NewEntry("Acme", date(2026, 11, 5), -5, Category.CONSULTING, "s", "z"))
        assert changes.news(window.origin) == (False, None)
    finally:
        changes.close()
        sara.close()
        window.close()


def test_sqlite_a_window_behind_the_kept_notices_reads_everything(
    sqlite_url: str, clock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Only the last notices are kept: a window that has not looked since more were
    written cannot tell what changed, and reads everything."""
    monkeypatch.setattr(notices, "KEPT_NOTICES", 5)
    monkeypatch.setattr(notices, "PRUNE_EVERY", 2)
    desk = open_desk(sqlite_url, clock=clock, user="Sara Okafor")
    path = sqlite_path(sqlite_url)
    assert path is not None
    _acme(desk)
    changes = FileChanges(path)
    try:
        for day in range(1, 13):
            desk.ledger.log(NewEntry("Acme", date(2026, 11, day), 60, Category.INCIDENT, "s", "x"))
        with sqlite3.connect(path) as c:
            kept = c.execute("SELECT count(*) FROM change_notice").fetchone()[0]
        assert kept <= 5 + 2
        assert changes.news("another window") == (True, None)
        desk.ledger.log(NewEntry("Acme", date(2026, 11, 20), 60, Category.INCIDENT, "s", "x"))
        seen, change = changes.news("another window")  # caught up: named again
        assert seen and change is not None and change.months == {"2026-11"}
    finally:
        changes.close()
        desk.close()
