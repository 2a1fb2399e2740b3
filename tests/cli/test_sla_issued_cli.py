"""`sla C --month M` of an issued month shows what was issued and says so, like `usage`;
a later answer shows as the adjustment pending, in `sla` and `usage --json` (on SQLite
and PostgreSQL)."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accountdesk.cli import main
from tests.conftest import MovingClock


@pytest.fixture
def cli(db_url, capsys):
    clock = MovingClock(date(2026, 11, 26))

    def run(*args: str) -> str:
        code = main(["--db", db_url, *args], clock=clock)
        out, err = capsys.readouterr()
        assert (code, err) == (0, ""), err
        return out

    run("customer", "add", "Big", "--tier", "enterprise", "--start", "2026-01-01")
    return run


def test_sla_of_an_issued_month_shows_its_statement(cli, tmp_path: Path) -> None:
    cli("case", "open", "Big", "--severity", "critical", "--title", "Down", "--ref", "Z-1",
        "--at", "2026-10-05T09:00Z")  # fmt: skip
    before = json.loads(cli("sla", "Big", "--month", "2026-10", "--json"))
    assert (before["issued"], before["report_id"], before["credit"]) == (False, None, "2500.00")
    cli("report", "Big", "--month", "2026-10", "--issue", "-o", str(tmp_path / "oct.pdf"))
    cli("case", "respond", "Z-1", "--at", "2026-10-05T09:10Z")  # recorded late, in time

    issued = json.loads(cli("sla", "Big", "--month", "2026-10", "--json"))
    assert (issued["issued"], issued["report_id"]) == (True, "SR-00001-202610")
    assert (issued["met"], issued["attainment"], issued["credit"]) == (0, "0.00", "2500.00")
    assert [b["reference"] for b in issued["breaches"]] == ["Z-1"]
    assert [(a["kind"], a["amount"]) for a in issued["pending_adjustments"]] == [
        ("service_credit", "2500.00")
    ]
    text = cli("sla", "Big", "--month", "2026-10")
    assert "Issued: these are the figures of report SR-00001-202610." in text
    assert "the next report carries 2,500.00 USD for it" in text

    november = json.loads(cli("usage", "Big", "--month", "2026-11", "--json"))
    assert [(a["month"], a["kind"], a["amount"]) for a in november["pending_adjustments"]] == [
        ("2026-10", "service_credit", "2500.00")
    ]
    assert "service_credit" in cli("usage", "Big", "--month", "2026-11")
