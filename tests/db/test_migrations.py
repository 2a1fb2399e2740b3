"""The schema: migrations from empty, models matching migrations, refusing what is not ours."""

import shutil
import sqlite3
from datetime import timedelta

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, text

from accountdesk.app import open_desk
from accountdesk.db.engine import alembic_config, make_engine, open_database, schema_head
from accountdesk.db.models import Base
from accountdesk.domain.errors import Refused


def test_upgrade_from_empty_reaches_the_head(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    with engine.connect() as c:
        assert MigrationContext.configure(c).get_current_revision() == schema_head()
        assert c.execute(text("SELECT count(*) FROM tier")).scalar() == 3
        assert c.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert c.execute(text("PRAGMA journal_mode")).scalar() == "wal"
    engine.dispose()


def test_models_match_the_migrations(db_url):
    engine = create_engine(db_url)
    with engine.connect() as c:
        assert compare_metadata(MigrationContext.configure(c), Base.metadata) == []
    engine.dispose()


def test_opening_an_older_database_copies_it_aside_then_upgrades(tmp_path):
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as c:  # a database left at the first schema by an older release
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "0001")
        c.execute(
            text(
                "INSERT INTO customer (name, timezone, language, contract_start, "
                "rollover, notes, created_at) VALUES ('Acme', 'UTC', 'en', "
                "'2026-01-01', 0, '', '2026-01-01 00:00:00')"
            )
        )
    engine.dispose()
    assert schema_head() != "0001", "needs a second migration to upgrade to"
    open_database(f"sqlite:///{path}").dispose()
    backup = tmp_path / "old.sqlite3.schema-0001.bak"
    with sqlite3.connect(backup) as old, sqlite3.connect(path) as new:
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        assert old.execute("SELECT name FROM customer").fetchall() == [("Acme",)]
        assert new.execute("SELECT version_num FROM alembic_version").fetchone() == (schema_head(),)
        assert new.execute("SELECT name FROM customer").fetchall() == [("Acme",)]


def test_a_database_from_a_newer_accountdesk_is_refused_and_left_alone(tmp_path, sqlite_template):
    path = tmp_path / "newer.sqlite3"
    shutil.copyfile(sqlite_template, path)
    with sqlite3.connect(path) as c:
        c.execute("UPDATE alembic_version SET version_num = '9999'")
    before = path.read_bytes()
    with pytest.raises(Refused, match=r"newer AccountDesk \(schema 9999\)"):
        open_desk(str(path))
    assert path.read_bytes() == before


def test_a_file_that_is_not_a_database_is_refused(tmp_path):
    path = tmp_path / "notes.sqlite3"
    path.write_text("just some text, not a database\n" * 100)
    with pytest.raises(Refused, match="is not an AccountDesk database"):
        open_desk(str(path))


def test_a_foreign_sqlite_database_is_refused_and_left_alone(tmp_path):
    path = tmp_path / "other.sqlite3"
    with sqlite3.connect(path) as c:
        c.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY)")
    with pytest.raises(Refused, match="holds other tables"):
        open_desk(str(path))
    with sqlite3.connect(path) as c:
        tables = c.execute("SELECT name FROM sqlite_master WHERE type='table'").fetchall()
    assert tables == [("invoices",)]


def test_a_missing_folder_is_refused(tmp_path):
    with pytest.raises(Refused, match="does not exist"):
        open_desk(str(tmp_path / "no" / "such" / "db.sqlite3"))


def test_the_schema_head_the_program_knows_is_alembics_head():
    from accountdesk.db.head import SCHEMA_HEAD

    assert schema_head() == SCHEMA_HEAD


def test_names_differing_only_in_case_survive_the_upgrade_and_the_rule_holds(tmp_path):
    """Before schema 0004 SQLite held 'ÄCME' and 'äcme' as two customers: both stay,
    reachable by their exact names; no third one in any case can be added."""
    from datetime import date

    from accountdesk.domain.tiers import Tier
    from accountdesk.services.portfolio import NewCustomer

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "0003")
        for name in ("ÄCME", "äcme", "Beta"):
            c.execute(
                text(
                    "INSERT INTO customer (name, timezone, language, contract_start, "
                    "rollover, notes, created_at) VALUES (:name, 'UTC', 'en', "
                    "'2026-01-01', 0, '', '2026-01-01 00:00:00')"
                ),
                {"name": name},
            )
            c.execute(
                text(
                    "INSERT INTO contract_term (customer_id, tier_key, effective_from) "
                    "SELECT id, 'professional', '2026-01-01' FROM customer WHERE name = :name"
                ),
                {"name": name},
            )
        c.execute(
            text(
                "INSERT INTO review (customer_id, kind, period_key, due_date, start_time, "
                "minutes, state, notes, attendees, reason) VALUES (3, 'qbr', '2026-Q4', "
                "'2026-11-02', '10:00:00', 90, 'held', 'fine', '', '')"
            )
        )
    engine.dispose()
    desk = open_desk(f"sqlite:///{path}")
    try:
        with desk.engine.connect() as c:
            keys = c.execute(text("SELECT name, name_key FROM customer ORDER BY id")).all()
            kept = c.execute(text("SELECT count(*) FROM contract_term")).scalar()
        assert keys == [("ÄCME", "äcme"), ("äcme", None), ("Beta", "beta")]
        assert kept == 3
        # The report printed a held review's notes: they are its summary now (0010).
        reviews = desk.reviews.reviews()
        assert [(r.customer, r.summary, r.notes) for r in reviews] == [("Beta", "fine", "")]
        assert desk.portfolio.customer("äcme").name == "äcme"
        assert desk.portfolio.customer("ÄCME").name == "ÄCME"
        with pytest.raises(Refused, match="'ÄCME' already exists"):
            desk.portfolio.add_customer(NewCustomer("Äcme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    finally:
        desk.close()


def test_a_removed_reviews_id_is_never_given_again_on_sqlite(sqlite_url):
    """A review's id is its calendar UID."""
    with sqlite3.connect(sqlite_url.removeprefix("sqlite:///")) as c:
        sql = c.execute("SELECT sql FROM sqlite_master WHERE name = 'review'").fetchone()[0]
    assert "AUTOINCREMENT" in sql


def test_hours_stored_in_minutes_by_the_previous_release_become_exact_seconds(tmp_path):
    """Schema 0004 kept whole minutes; 0005 keeps seconds. Nothing is lost: 239 minutes
    are 3:59 exactly, and a report issued by the previous release still exports."""
    import json
    from datetime import date

    from accountdesk.domain.clock import FixedClock
    from accountdesk.domain.periods import Month

    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "0004")
        c.execute(
            text(
                "INSERT INTO customer (name, name_key, timezone, language, contract_start, "
                "rollover, notes, created_at) VALUES ('Acme', 'acme', 'UTC', 'en', "
                "'2026-01-01', 0, '', '2026-01-01 00:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO contract_term (customer_id, tier_key, effective_from) "
                "VALUES (1, 'professional', '2026-01-01')"
            )
        )
        for day, minutes in (("2026-10-05", 239), ("2026-10-06", 90), ("2026-11-02", 1)):
            c.execute(
                text(
                    "INSERT INTO ledger_entry (customer_id, entry_date, category, engineer, "
                    "minutes, description) VALUES (1, :day, 'consulting', 'Ana', :m, 'work')"
                ),
                {"day": day, "m": minutes},
            )
    engine.dispose()
    clock = FixedClock(date(2026, 11, 28))
    desk = open_desk(f"sqlite:///{path}", clock=clock)
    try:
        entries = desk.ledger.entries("Acme", Month(2026, 10))
        assert [(e.seconds, e.hours) for e in entries] == [(14340, "3.98"), (5400, "1.50")]
        assert desk.ledger.entries("Acme", Month(2026, 11))[0].seconds == 60
        # An issued report stored by the previous release (figures format 1, minutes).
        result = desk.reports.issue("Acme", Month(2026, 10), tmp_path / "october.pdf")
        with desk.engine.begin() as c:
            stored = json.loads(c.execute(text("SELECT figures FROM issued_report")).scalar())
            report = stored["report"]
            report["entries"] = [
                {**{k: v for k, v in e.items() if k != "seconds"}, "minutes": e["seconds"] // 60}
                for e in report["entries"]
            ]
            report["adjustments"] = report.pop("corrections")
            for key in ("hours_by_category",):
                report[key] = [
                    {"category": h["category"], "minutes": h["seconds"] // 60} for h in report[key]
                ]
            report["trend"] = [
                {
                    "month": t["month"],
                    "hours": [
                        {"category": h["category"], "minutes": h["seconds"] // 60}
                        for h in t["hours"]
                    ],
                }
                for t in report["trend"]
            ]
            stored["format"] = 1
            c.execute(text("UPDATE issued_report SET figures = :f"), {"f": json.dumps(stored)})
        figures = desk.reports.figures("Acme", Month(2026, 10))
        assert [e.seconds for e in figures.entries] == [14340, 5400]
        assert figures.total_due == result.total_due
        again = desk.reports.export("Acme", Month(2026, 10), tmp_path / "again.pdf")
        assert again.pages >= 1
    finally:
        desk.close()


def test_reviews_held_before_held_on_was_recorded_were_held_at_their_planned_time(tmp_path):
    """Schema 0006 adds when a review was held; a review held before it gets its planned
    time, in the customer's zone (10:00 in Berlin in November is 09:00 UTC)."""
    path = tmp_path / "old.sqlite3"
    engine = make_engine(f"sqlite:///{path}")
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "0004")
        c.execute(
            text(
                "INSERT INTO customer (name, name_key, timezone, language, contract_start, "
                "rollover, notes, created_at) VALUES ('Beta', 'beta', 'Europe/Berlin', 'en', "
                "'2026-01-01', 0, '', '2026-01-01 00:00:00')"
            )
        )
        c.execute(
            text(
                "INSERT INTO contract_term (customer_id, tier_key, effective_from) "
                "VALUES (1, 'professional', '2026-01-01')"
            )
        )
        for state, period, day in (
            ("held", "2026-Q4", "2026-11-05"),
            ("planned", "2027-Q1", "2027-02-05"),
        ):
            c.execute(
                text(
                    "INSERT INTO review (customer_id, kind, period_key, due_date, start_time, "
                    "minutes, state, notes, attendees, reason) VALUES (1, 'qbr', :period, "
                    ":day, '10:00:00', 90, :state, '', '', '')"
                ),
                {"state": state, "period": period, "day": day},
            )
    engine.dispose()
    desk = open_desk(f"sqlite:///{path}")
    try:
        held, planned = desk.reviews.reviews()
        assert held.held_at is not None and held.held_at == held.starts_at
        assert held.held_at.utcoffset() == timedelta(hours=1)
        assert planned.held_at is None
    finally:
        desk.close()
