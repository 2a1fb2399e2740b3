"""Migrations 0008 (support cases), 0012 (the open cases' index) and 0013 (change
notices) go down and up again without leaving anything."""

from alembic import command
from sqlalchemy import inspect

from accountdesk.db.engine import alembic_config, open_database

CASE_TABLES = {"support_case", "case_escalation", "case_waiting"}


def test_support_cases_migration_goes_down_and_up_again(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert set(inspect(engine).get_table_names()) >= CASE_TABLES
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.downgrade(config, "0007")  # below 0008, whatever follows it
    assert not CASE_TABLES & set(inspect(engine).get_table_names())
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "head")
    assert set(inspect(engine).get_table_names()) >= CASE_TABLES
    engine.dispose()


def test_the_open_cases_are_read_from_their_own_index(tmp_path):
    """Migration 0012: the open cases in opening order come from an index of the open
    ones, not a walk through every case ever opened; downgrading removes it."""
    engine = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    query = (
        "EXPLAIN QUERY PLAN SELECT id, title FROM support_case "
        "WHERE resolved_at IS NULL ORDER BY opened_at, id"
    )
    with engine.connect() as c:
        plan = " ".join(str(row[-1]) for row in c.exec_driver_sql(query))
    assert "USING INDEX ix_support_case_open" in plan
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.downgrade(config, "0011")
    indexes = {index["name"] for index in inspect(engine).get_indexes("support_case")}
    assert "ix_support_case_open" not in indexes
    engine.dispose()


def test_the_change_notices_table_goes_down_and_up_again(tmp_path):
    """Migration 0013: SQLite's change notices have a table of their own."""
    engine = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    assert "change_notice" in inspect(engine).get_table_names()
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.downgrade(config, "0012")
    assert "change_notice" not in inspect(engine).get_table_names()
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "head")
    assert "change_notice" in inspect(engine).get_table_names()
    engine.dispose()
