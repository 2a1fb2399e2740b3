"""hours correct, report reopen, usage --json with overage lines and adjustments, and
report --all making its folder: the command line of issued statements, on SQLite and
PostgreSQL."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from accountdesk.cli import main
from tests.conftest import MovingClock, snapshot


@pytest.fixture
def cli(db_url, capsys):
    clock = MovingClock(date(2026, 11, 28))

    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    run.clock = clock
    run.url = db_url
    return run


def ok(cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def test_a_correction_from_the_command_line_and_the_next_report(cli, tmp_path: Path) -> None:
    ok(cli, "customer", "add", "P", "--tier", "professional", "--start", "2026-01-01")
    entry = ok(cli, "hours", "log", "P", "--date", "2026-10-05", "--hours", "6",
               "--category", "consulting", "--description", "work",
               "--engineer", "Ana").strip()  # fmt: skip
    ok(cli, "report", "P", "--month", "2026-10", "--issue", "-o", str(tmp_path / "oct.pdf"))
    code, _, err = cli("hours", "log", "P", "--date", "2026-10-06", "--hours", "1",
                       "--category", "consulting", "--description", "work",
               "--engineer", "Ana")  # fmt: skip
    assert code == 2 and "record a correction instead" in err
    done = json.loads(
        ok(cli, "hours", "correct", entry, "--hours", "3", "--reason", "Booked twice", "--json")
    )
    assert done["corrects"] == int(entry) and done["change_hours"] == "-3.00"
    assert [(a["month"], a["hours"], a["amount"]) for a in done["adjustments"]] == [
        ("2026-10", "-2.00", "-1000.00")
    ]
    november = json.loads(ok(cli, "usage", "P", "--month", "2026-11", "--json"))
    assert november["allowances"][0]["included_hours"] == "4.00"
    assert november["allowances"][0]["remaining_hours"] == "4.00"
    assert [a["amount"] for a in november["pending_adjustments"]] == ["-1000.00"]
    october = json.loads(ok(cli, "usage", "P", "--month", "2026-10", "--json"))
    assert october["issued"] and october["allowances"][0]["overage_charge"] == "1000.00"
    cli.clock.day = date(2026, 12, 1)
    issued = json.loads(
        ok(
            cli,
            "report",
            "P",
            "--month",
            "2026-11",
            "--issue",
            "-o",
            str(tmp_path / "n.pdf"),
            "--json",
        )
    )
    assert issued["total_due"] == "4000.00"


def test_bad_corrections_are_one_sentence_and_change_nothing(cli, tmp_path: Path) -> None:
    ok(cli, "customer", "add", "P", "--tier", "professional", "--start", "2026-01-01")
    entry = ok(cli, "hours", "log", "P", "--date", "2026-11-05", "--hours", "6",
               "--category", "consulting", "--description", "work",
               "--engineer", "Ana").strip()  # fmt: skip
    from accountdesk.app import open_desk

    desk = open_desk(cli.url)
    before = snapshot(desk)
    for args, words in (
        ((entry, "--hours", "3", "--reason", "x"), "open month; change it instead"),
        ((entry, "--hours", "3.999", "--reason", "x"), "two decimals"),
        (("99999", "--hours", "3", "--reason", "x"), "no ledger entry 99999"),
        (("abc", "--hours", "3", "--reason", "x"), "not a entry id"),
    ):
        code, out, err = cli("hours", "correct", *args)
        assert (code, out) == (2, "") and words in err, err
        assert err.count("\n") == 1
    assert snapshot(desk) == before
    desk.engine.dispose()


def test_report_reopen_takes_the_latest_issued_month_and_the_reissue_is_a_revision(
    cli, tmp_path: Path
) -> None:
    ok(cli, "customer", "add", "P", "--tier", "professional", "--start", "2026-01-01")
    ok(cli, "report", "P", "--month", "2026-09", "--issue", "-o", str(tmp_path / "s.pdf"))
    ok(cli, "report", "P", "--month", "2026-10", "--issue", "-o", str(tmp_path / "o.pdf"))
    code, _, err = cli("report", "reopen", "P", "--month", "2026-09", "--reason", "dispute")
    assert code == 2 and "Only the latest issued month" in err
    code, _, err = cli("report", "reopen", "P", "--month", "2026-10")
    assert code == 2 and "needs a reason" in err
    out = ok(cli, "report", "reopen", "P", "--month", "2026-10", "--reason", "dispute")
    assert "Reopened 2026-10" in out
    again = json.loads(
        ok(
            cli,
            "report",
            "P",
            "--month",
            "2026-10",
            "--issue",
            "-o",
            str(tmp_path / "o2.pdf"),
            "--json",
        )
    )
    assert again["report_id"].endswith("-R2")


def test_report_all_makes_its_folder(cli, tmp_path: Path) -> None:
    ok(cli, "customer", "add", "P", "--tier", "professional", "--start", "2026-01-01")
    folder = tmp_path / "reports" / "2026-10"
    ok(cli, "report", "--all", "--month", "2026-10", "--out-dir", str(folder))
    assert [p.name for p in folder.iterdir()] == ["p-2026-10.pdf"]
