"""What PostgreSQL refuses for reasons outside the program is said in a sentence the
user can act on, and nothing is written: a deadlock with another writer, a login
without the application role's rights, and an upgrade only the owner may run."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from datetime import date

import pytest
from alembic import command
from sqlalchemy import Connection, create_engine, make_url, text

from accountdesk.app import Desk, open_desk
from accountdesk.cli import main
from accountdesk.db import engine as db_engine
from accountdesk.db.engine import alembic_config, masked
from accountdesk.db.grants import APP_ROLE, grant_application_role
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import end_connections, server_away, snapshot

pytestmark = pytest.mark.postgres

CROSSED = (
    "Someone else's change to the same records was being saved at the same moment, so "
    "the database stopped this one; nothing was written. Try again."
)


def _acme_with_an_entry(url: str, clock) -> tuple[Desk, int]:
    desk = open_desk(url, clock=clock, user="Sam Lee")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5)))
    entry = desk.ledger.log(
        NewEntry("Acme", date(2026, 11, 2), 1800, Category.INCIDENT, "Sam Lee", "Triage")
    )
    return desk, entry


def test_a_change_stopped_by_a_deadlock_is_refused_in_a_sentence(postgres_url, clock):
    desk, entry = _acme_with_an_entry(postgres_url, clock)
    before = snapshot(desk)

    def then(script: Connection) -> None:
        # The script wants Acme, which the program holds: the program waited first, so
        # its transaction is the one the database ends.
        script.execute(text("SELECT id FROM customer WHERE name = 'Acme' FOR UPDATE"))

    assert _edit_while_a_script_holds_the_entry(desk, entry, postgres_url, then) == CROSSED
    assert snapshot(desk) == before
    desk.close()


def _edit_while_a_script_holds_the_entry(
    desk: Desk, entry: int, url: str, then: Callable[[Connection], None]
) -> str:
    """A script holds the entry; the program edits it in a thread (holding Acme) until it
    waits for the entry; then the script does `then`. What the program's edit came to."""
    outcome: list[str] = []

    def edit() -> None:
        change = NewEntry("Acme", date(2026, 11, 2), 3600, Category.INCIDENT, "Sam Lee", "Fix")
        try:
            desk.ledger.update(entry, change)
            outcome.append("saved")
        except Refused as refusal:
            outcome.append(str(refusal))

    script = create_engine(url)
    with script.connect() as c:
        c.execute(text("SELECT id FROM ledger_entry WHERE id = :e FOR UPDATE"), {"e": entry})
        editing = threading.Thread(target=edit)
        editing.start()
        deadline = time.monotonic() + 30
        while not _someone_waits_for_a_lock(c) and time.monotonic() < deadline:
            time.sleep(0.02)
        then(c)
        editing.join(timeout=30)
        c.rollback()
    script.dispose()
    (said,) = outcome
    return said


def _someone_waits_for_a_lock(c) -> bool:
    waiting = c.execute(
        text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock' AND pid <> pg_backend_pid()"
        )
    ).scalar_one()
    return bool(waiting)


def test_a_login_that_may_only_read_is_told_what_to_ask_for(postgres_url, clerk, clock, capsys):
    desk, _ = _acme_with_an_entry(postgres_url, clock)
    before = snapshot(desk)
    role = make_url(clerk).username
    with desk.engine.begin() as c:  # the owner lets this login read, not write
        c.execute(text(f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {role}"))
    argv = ["--db", clerk, "hours", "log", "Acme", "--date", "2026-11-03", "--hours", "1"]
    code = main([*argv, "--category", "incident", "--engineer", "Sam Lee"], clock=clock)
    err = capsys.readouterr().err
    assert code == 2
    assert f"The database login {role} may not do this (permission denied for table" in err
    assert "nothing was written. The database's owner gives a person's login what " in err
    assert f"AccountDesk needs with: GRANT {APP_ROLE} TO {role};" in err
    assert "Traceback" not in err
    # What it may do, it does.
    assert main(["--db", clerk, "hours", "list", "Acme", "--month", "2026-11"], clock=clock) == 0
    assert "Triage" in capsys.readouterr().out
    assert snapshot(desk) == before
    desk.close()


def test_a_login_without_the_role_is_told_so_when_it_opens(postgres_url, clerk, clock):
    role = make_url(clerk).username
    with pytest.raises(Refused) as refused:
        open_desk(clerk, clock=clock)
    said = str(refused.value)
    assert said.startswith(f"The database login {role} may not do this (permission denied")
    assert said.endswith(f"GRANT {APP_ROLE} TO {role};")


def test_an_older_schema_opened_by_a_member_is_left_for_the_owner_to_upgrade(
    postgres_url, clerk, clock
):
    owner = create_engine(postgres_url)
    with owner.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.downgrade(config, "0015")
    grant_application_role(owner)
    with owner.begin() as c:
        c.execute(text(f"GRANT {APP_ROLE} TO {make_url(clerk).username}"))
    with pytest.raises(Refused) as refused:
        open_desk(clerk, clock=clock)
    assert str(refused.value).endswith(
        "has an older AccountDesk schema (0015), which only the database's owner may "
        "upgrade: run `accountdesk init` as the owner, then open it again. Nothing was "
        "changed."
    )
    with owner.connect() as c:
        assert c.execute(text("SELECT version_num FROM alembic_version")).scalar() == "0015"
    owner.dispose()
    # The owner's init upgrades it; then the member opens it.
    assert main(["--db", postgres_url, "init"], clock=clock) == 0
    open_desk(clerk, clock=clock).close()


def test_a_server_that_stops_taking_connections_is_said_and_the_desk_goes_on_after(
    postgres_url, postgres_server, clock
):
    desk, _ = _acme_with_an_entry(postgres_url, clock)
    before = snapshot(desk)
    another = NewEntry("Acme", date(2026, 11, 3), 900, Category.INCIDENT, "Sam Lee", "Call")
    with server_away(postgres_server, postgres_url), pytest.raises(Refused) as refused:
        desk.ledger.log(another)
    said = str(refused.value)
    assert said.startswith(f"Cannot reach the database {masked(postgres_url)}: connection failed")
    database = make_url(postgres_url).database
    assert said.endswith(f'database "{database}" is not currently accepting connections')
    assert snapshot(desk) == before
    # The same desk works on once the server takes connections again...
    desk.ledger.log(another)
    # ...and a connection the server ended while it sat idle is replaced unnoticed.
    end_connections(postgres_server, postgres_url)
    assert len(desk.ledger.entries("Acme", Month(2026, 11))) == 2
    desk.close()


def test_a_connection_lost_in_the_middle_of_a_change_is_said(postgres_url, postgres_server, clock):
    desk, entry = _acme_with_an_entry(postgres_url, clock)
    before = snapshot(desk)

    def then(script: Connection) -> None:  # the server ends the program's connection
        admin = create_engine(postgres_server, isolation_level="AUTOCOMMIT")
        with admin.connect() as a:
            a.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = :d AND wait_event_type = 'Lock'"
                ),
                {"d": make_url(postgres_url).database},
            )
        admin.dispose()

    said = _edit_while_a_script_holds_the_entry(desk, entry, postgres_url, then)
    assert said == (
        f"The connection to the database {masked(postgres_url)} was lost (terminating "
        "connection due to administrator command). A change being saved may not have been "
        "written: look again once the server is back."
    )
    assert snapshot(desk) == before
    desk.close()


def test_a_change_waiting_past_the_busy_time_for_anothers_lock_is_refused(
    postgres_url, clock, monkeypatch
):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_SECONDS", 1)  # 15 s for users
    desk, _ = _acme_with_an_entry(postgres_url, clock)
    before = snapshot(desk)
    another = NewEntry("Acme", date(2026, 11, 3), 900, Category.INCIDENT, "Sam Lee", "Call")
    script = create_engine(postgres_url)
    with script.connect() as c:  # a long import holding Acme, say
        # Should the program wait for ever, the server lets Acme go after 20 s: the
        # test then fails instead of hanging.
        c.execute(text("SET idle_in_transaction_session_timeout = '20s'"))
        c.execute(text("SELECT id FROM customer WHERE name = 'Acme' FOR UPDATE"))
        started = time.monotonic()
        with pytest.raises(Refused) as refused:
            desk.ledger.log(another)
        waited = time.monotonic() - started
        c.rollback()
    script.dispose()
    assert str(refused.value) == (
        "The database is busy: another program kept it locked for more than 1 second; "
        "nothing was written. Try again."
    )
    assert waited >= 1  # it waited its turn first
    assert snapshot(desk) == before
    desk.ledger.log(another)  # once the other is done
    assert len(desk.ledger.entries("Acme", Month(2026, 11))) == 2
    desk.close()


def test_the_urls_own_server_options_are_kept_beside_the_busy_time(postgres_url, clock):
    url = f"{postgres_url}&options=-c%20work_mem%3D8MB"
    desk = open_desk(url, clock=clock)
    with desk.engine.connect() as c:
        assert c.execute(text("SHOW work_mem")).scalar() == "8MB"
        assert c.execute(text("SHOW lock_timeout")).scalar() == "15s"
    desk.close()
