"""Migration 0009 (audit columns, row versions) goes down and up again, and rows
written before it get version 1."""

from alembic import command
from sqlalchemy import inspect, text

from accountdesk.db.engine import alembic_config, open_database

VERSIONED = ("customer", "contract_term", "contact", "ledger_entry", "review", "support_case")


def _columns(engine, table):
    return {column["name"] for column in inspect(engine).get_columns(table)}


def test_audit_and_versions_migration_goes_down_and_up_again(tmp_path):
    engine = open_database(f"sqlite:///{tmp_path / 'db.sqlite3'}")
    with engine.begin() as c:
        config = alembic_config()
        config.attributes["connection"] = c
        command.downgrade(config, "0008")  # whatever follows 0008 goes too
    assert all("version" not in _columns(engine, table) for table in VERSIONED)
    assert "entity" not in _columns(engine, "audit_entry")
    with engine.begin() as c:
        c.execute(
            text(
                "INSERT INTO customer (name, timezone, language, contract_start, "
                "rollover, notes, created_at) VALUES ('Acme', 'UTC', 'en', "
                "'2026-01-01', 0, '', '2026-01-01 00:00:00')"
            )
        )
        config = alembic_config()
        config.attributes["connection"] = c
        command.upgrade(config, "head")
    assert all("version" in _columns(engine, table) for table in VERSIONED)
    assert {"workstation_user", "database_role", "entity", "entity_id", "before", "after"} <= (
        _columns(engine, "audit_entry")
    )
    with engine.connect() as c:
        assert c.execute(text("SELECT version FROM customer")).scalar() == 1
    engine.dispose()
