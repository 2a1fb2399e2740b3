"""Migration 0008 (support cases) goes down and up again without leaving anything."""

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
