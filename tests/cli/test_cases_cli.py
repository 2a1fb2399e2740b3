"""case open/respond/wait/escalate/resolve/list, sla, import cases and customer
service-credit: the command line of support cases, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, time
from pathlib import Path

import pytest

from accountdesk.cli import main
from tests.conftest import snapshot

DATA = Path(__file__).parent.parent / "data"


class Clock:
    def now(self) -> datetime:
        return datetime.combine(date(2026, 11, 26), time(12, 0), tzinfo=UTC)

    def today(self) -> date:
        return date(2026, 11, 26)


@pytest.fixture
def cli(db_url, capsys):
    def run(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=Clock())
        out, err = capsys.readouterr()
        return code, out, err

    run.url = db_url
    ok(run, "customer", "add", "Acme Corp", "--tier", "enterprise", "--start", "2026-01-01",
       "--timezone", "Europe/Berlin", "--holidays", "DE")  # fmt: skip
    ok(run, "customer", "add", "Globex", "--tier", "professional", "--start", "2026-01-01")
    return run


def ok(cli, *args: str) -> str:
    code, out, err = cli(*args)
    assert (code, err) == (0, ""), err
    return out


def test_a_case_from_opening_to_resolution(cli) -> None:
    ref = ok(cli, "case", "open", "Acme Corp", "--severity", "Urgent", "--title", "Down",
             "--at", "2026-10-05T10:00+02:00").strip()  # fmt: skip
    assert ref == "CASE-1"
    wait = json.loads(ok(cli, "case", "wait", ref, "--from", "2026-10-05T10:05+02:00",
                         "--until", "2026-10-05T10:20+02:00", "--json"))  # fmt: skip
    assert wait["due"] == "2026-10-05T10:30:00+02:00"
    level = json.loads(
        ok(cli, "case", "escalate", ref, "--level", "3", "--reason", "CTO", "--json")
    )
    assert level["escalation_level"] == 3 and level["escalations"][0]["reason"] == "CTO"
    out = ok(cli, "case", "respond", ref, "--at", "2026-10-05T08:25Z")
    assert out == "Case CASE-1 of Acme Corp (critical): met (due 2026-10-05 10:30 CEST).\n"
    ok(cli, "case", "resolve", ref, "--at", "2026-10-05T09:00Z")
    listed = json.loads(ok(cli, "case", "list", "Acme Corp", "--month", "2026-10", "--json"))
    assert [(c["reference"], c["state"], c["resolved_at"]) for c in listed["cases"]] == [
        ("CASE-1", "met", "2026-10-05T11:00:00+02:00")
    ]
    assert json.loads(ok(cli, "case", "list", "--open", "--json")) == {"cases": []}


def test_sla_of_a_month_with_a_breach_and_its_credit(cli) -> None:
    ok(cli, "case", "open", "Acme Corp", "--severity", "P1", "--title", "a", "--ref", "A",
       "--at", "2026-10-05T10:00Z")  # fmt: skip
    ok(cli, "case", "respond", "A", "--at", "2026-10-05T10:40Z")
    ok(cli, "customer", "service-credit", "Acme Corp", "--pct", "12.5")
    sla = json.loads(ok(cli, "sla", "Acme Corp", "--month", "2026-10", "--json"))
    assert {k: sla[k] for k in ("cases_due", "met", "attainment", "target", "breach")} == {
        "cases_due": 1,
        "met": 0,
        "attainment": "0.00",
        "target": "99.90",
        "breach": True,
    }
    assert (sla["credit_pct"], sla["credit"]) == ("12.50", "3125.00")
    assert [b["reference"] for b in sla["breaches"]] == ["A"]
    text = ok(cli, "sla", "Acme Corp", "--month", "2026-10")
    assert "Service credit: 12.50% of the fee 25,000.00 = 3,125.00 USD." in text
    none = ok(cli, "sla", "Globex", "--month", "2026-10")
    assert none == "Globex, 2026-10: no cases were due this month (target 99.50%).\n"
    assert (
        json.loads(ok(cli, "sla", "Globex", "--month", "2026-10", "--json"))["attainment"] is None
    )


def test_refusals_are_one_line_and_change_nothing(cli) -> None:
    from accountdesk.app import open_desk

    ok(cli, "case", "open", "Acme Corp", "--severity", "P2", "--title", "a", "--ref", "7",
       "--at", "2026-10-05T10:00Z")  # fmt: skip
    ok(cli, "case", "open", "Globex", "--severity", "P2", "--title", "b", "--ref", "7",
       "--at", "2026-10-05T10:00Z")  # fmt: skip
    desk = open_desk(cli.url)
    before = snapshot(desk)
    for args, words in [
        (("case", "respond", "7", "--at", "2026-10-05T11:00"), "says no time zone"),
        (("case", "respond", "7", "--at", "2026-10-05T11:00Z"), "name it as CUSTOMER:7"),
        (("case", "escalate", "Globex:7", "--level", "9"), "not an escalation level"),
        (("case", "open", "Globex", "--severity", "Blocker", "--title", "x"), "not a severity"),
        (("customer", "service-credit", "Globex", "--pct", "10"), "no service credit"),
        (("sla", "Nobody", "--month", "2026-10"), "no customer called"),
    ]:
        code, out, err = cli(*args)
        assert (code, out) == (2, ""), args
        assert words in err and err.count("\n") == 1, err
    assert snapshot(desk) == before
    desk.close()
    ok(cli, "case", "respond", "Globex:7", "--at", "2026-10-05T11:00Z")


def test_import_cases_twice_then_both_help_desk_exports(cli, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(
        "severity,reference,customer,opened,title,first_response,resolved\n"
        "P1,Z-1,Acme Corp,2026-10-05T10:00Z,Down,2026-10-05T10:05Z,\n",
        encoding="utf-8",
    )
    assert ok(cli, "import", "cases", str(path)) == (
        "Imported 1 case: 1 new, 0 updated, 0 unchanged.\n"
    )
    again = json.loads(ok(cli, "import", "cases", str(path), "--json"))
    assert again == {"added": 0, "updated": 0, "unchanged": 1}
    zendesk_map = str(DATA / "zendesk_tickets.toml")
    zendesk = json.loads(ok(cli, "import", "cases", str(DATA / "zendesk_tickets.csv"),
                            "--severity-map", zendesk_map, "--json"))  # fmt: skip
    assert zendesk["added"] == 3
    jira = json.loads(ok(cli, "import", "cases", str(DATA / "jira_issues.csv"),
                         "--severity-map", str(DATA / "jira_issues.toml"), "--json"))  # fmt: skip
    assert jira["added"] == 3
    listed = json.loads(ok(cli, "case", "list", "Globex", "--json"))["cases"]
    assert [c["reference"] for c in listed] == ["4713", "SUP-103"]


def test_import_cases_refuses_a_naive_time_by_its_line(cli, tmp_path: Path) -> None:
    path = tmp_path / "cases.csv"
    path.write_text(
        "reference,customer,title,severity,opened\n"
        "Z-1,Acme Corp,Down,P1,2026-10-05T10:00Z\n"
        "Z-2,Acme Corp,Slow,P3,2026-10-05 10:00\n",
        encoding="utf-8",
    )
    code, _, err = cli("import", "cases", str(path))
    assert code == 2 and "cases.csv line 3: the opened time '2026-10-05 10:00' says no" in err
    assert json.loads(ok(cli, "case", "list", "--json")) == {"cases": []}
