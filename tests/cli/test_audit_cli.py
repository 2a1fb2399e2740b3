"""`audit [C] [--since DATE] [--json]`: who changed what, and when, on SQLite and
PostgreSQL."""

from __future__ import annotations

import getpass
import json
from datetime import UTC, date, datetime, time

import pytest

from accountdesk.cli import main
from accountdesk.preferences import save_engineer


class Clock:
    def now(self) -> datetime:
        return datetime.combine(date(2026, 11, 26), time(10, 42), tzinfo=UTC)

    def today(self) -> date:
        return date(2026, 11, 26)


@pytest.fixture
def cli(db_url, capsys):
    save_engineer("Sara Okafor")  # the name this person works under

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=Clock())
        out, err = capsys.readouterr()
        return code, out, err

    return run


def ok(cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert code == 0, err
    return out


def test_audit_lists_a_customers_changes_newest_first_as_text_and_json(cli) -> None:
    ok(cli, "customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01")
    ok(cli, "customer", "add", "Globex", "--tier", "professional", "--start", "2026-01-01")
    ok(cli, "customer", "change-tier", "Acme", "--tier", "enterprise", "--effective", "2026-11-01")
    ok(cli, "contact", "add", "Acme", "Ines", "--email", "ines@acme.test", "--named")

    document = json.loads(ok(cli, "audit", "Acme", "--json"))
    entries = document["entries"]
    assert [e["action"] for e in entries] == ["add_contact", "change_tier", "add_customer"]
    contact = entries[0]
    assert contact["at"] == "2026-11-26T10:42:00+00:00"
    assert contact["actor"] == "Sara Okafor"
    assert contact["workstation_user"] == getpass.getuser()
    assert contact["entity"] == "contact" and contact["customer"] == "Acme"
    assert contact["before"] is None and contact["after"]["email"] == "ines@acme.test"
    assert entries[1]["detail"] == "Professional to Enterprise from 2026-11-01"

    text = ok(cli, "audit", "Acme")
    lines = text.splitlines()
    assert lines[0].split() == ["when", "who", "action", "customer", "what", "changes"]
    assert f"Sara Okafor ({getpass.getuser()}" in lines[1]
    assert "change tier" in lines[2] and "Professional to Enterprise from 2026-11-01" in lines[2]
    assert "Globex" not in text
    assert "Globex" in ok(cli, "audit")


def test_audit_since_a_day_and_a_bad_day(cli) -> None:
    ok(cli, "customer", "add", "Acme", "--tier", "professional", "--start", "2026-01-01")
    assert json.loads(ok(cli, "audit", "--since", "2026-11-27", "--json")) == {"entries": []}
    assert ok(cli, "audit", "--since", "2026-11-27") == "No changes recorded.\n"
    assert len(json.loads(ok(cli, "audit", "--since", "2026-11-26", "--json"))["entries"]) == 1
    code, out, err = cli("audit", "--since", "yesterday")
    assert (code, out) == (2, "") and "not a date" in err
