"""The command line as a user (or a script) runs it: output, JSON, exit codes, refusals."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from accountdesk.app import open_desk
from accountdesk.cli import main
from accountdesk.logs import log_path
from accountdesk.services.entitlements import Entitlements
from accountdesk.services.portfolio import Portfolio
from tests.conftest import TODAY, snapshot


@pytest.fixture
def run(tmp_path, clock, capsys):
    """Run `accountdesk --db <tmp db> ARGS...` in-process; returns (code, stdout, stderr)."""
    db = tmp_path / "cli.sqlite3"

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", str(db), *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    invoke.db = db
    return invoke


def ok(run, *args: str) -> str:
    code, out, err = run(*args)
    assert (code, err) == (0, ""), err
    return out


def as_json(run, *args: str):
    return json.loads(ok(run, *args, "--json"))


@pytest.fixture
def acme(run):
    ok(
        run,
        "customer",
        "add",
        "Acme",
        "--tier",
        "professional",
        "--start",
        "2026-01-01",
        "--csm",
        "Ann",
        "--tam",
        "Tom",
        "--timezone",
        "Europe/Berlin",
    )
    return run


def test_tiers_json_has_every_row_of_the_catalog(run):
    tiers = {t["key"]: t for t in as_json(run, "tiers")["tiers"]}
    pro, ent, free = tiers["professional"], tiers["enterprise"], tiers["community"]
    assert (free["monthly_fee"], pro["monthly_fee"], ent["monthly_fee"]) == (
        "0.00",
        "5000.00",
        "25000.00",
    )
    assert ent["monthly_fee_is_starting_price"] is True
    assert (pro["annual_commitment_price"], ent["annual_commitment_price"]) == (
        "50000.00",
        "per contract",
    )
    assert (pro["named_support_contacts"], ent["named_support_contacts"]) == (10, "unlimited")
    assert (
        pro["architecture_consulting_hours_per_month"],
        ent["architecture_consulting_hours_per_month"],
    ) == ("4.00", "20.00")
    assert ent["custom_development_hours_per_quarter"] == "40.00"
    assert (pro["online_training_seats"], ent["online_training_seats"]) == (2, "unlimited")
    assert ent["onsite_training_sessions_per_contract_year"] == 2
    assert (pro["certification_discount_pct"], ent["certification_exams_included"]) == ("20.00", 5)
    assert pro["overage_rates"] == {"consulting": "500.00", "development": None}
    assert ent["overage_rates"] == {"consulting": "400.00", "development": "400.00"}
    assert pro["response_targets_minutes"] == {
        "critical": 240,
        "high": 480,
        "normal": 1440,
        "low": 2880,
    }
    assert ent["response_targets_minutes"] == {
        "critical": 15,
        "high": 60,
        "normal": 240,
        "low": 480,
    }
    assert free["response_targets_minutes"] == dict.fromkeys(["critical", "high", "normal", "low"])
    assert ent["coverage"] == {
        "critical": "24x7",
        "high": "24x7",
        "normal": "business_hours",
        "low": "business_hours",
    }
    assert set(pro["coverage"].values()) == {"business_hours"}
    assert (pro["sla_target_pct"], ent["sla_target_pct"], free["sla_target_pct"]) == (
        "99.50",
        "99.90",
        None,
    )
    assert [t["service_credit_on_breach"] for t in (free, pro, ent)] == [False, False, True]
    assert pro["cadences"] == {
        "architecture_review": "monthly",
        "tam_checkin": None,
        "qbr": "quarterly",
        "strategic_planning": None,
    }
    assert ent["cadences"] == {
        "architecture_review": "weekly",
        "tam_checkin": "monthly",
        "qbr": "quarterly",
        "strategic_planning": "yearly",
    }
    assert [t["monthly_service_report"] for t in (free, pro, ent)] == [False, True, True]
    assert ent["support_languages"] == ["en", "es", "pt", "fr", "de", "ja", "zh"]
    assert pro["support_languages"] == ["en"]
    assert (pro["versions_supported_years"], ent["versions_supported_years"]) == (2, 2)


def test_usage_json_for_the_worked_example(acme):
    entry = as_json(
        acme,
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-11-03",
        "--hours",
        "4:00",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "jdoe",
    )
    assert isinstance(entry["id"], int)
    ok(
        acme,
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-11-20",
        "--hours",
        "2.5",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "jdoe",
    )
    usage = as_json(acme, "usage", "Acme", "--month", "2026-11")
    assert usage["customer"] == "Acme"
    assert usage["month"] == "2026-11"
    assert usage["tiers"] == ["professional"]
    assert (usage["fee"], usage["currency"]) == ("5000.00", "USD")
    assert usage["allowances"] == [
        {
            "category": "consulting",
            "period": "2026-11",
            "included_hours": "4.00",
            "used_hours": "6.50",
            "remaining_hours": "0.00",
            "overage_hours": "2.50",
            "overage_rate": "500.00",
            "overage_charge": "1250.00",
            "overage_lines": [
                {"hours": "2.50", "rate": "500.00", "charge": "1250.00", "tier": "professional"}
            ],
        }
    ]
    assert usage["overage_total"] == "1250.00"
    text = ok(acme, "usage", "Acme", "--month", "2026-11")
    assert "1,250.00" in text


def test_change_tier_prorates_the_month(acme):
    ok(acme, "customer", "change-tier", "Acme", "--tier", "enterprise", "--effective", "2026-11-16")
    usage = as_json(acme, "usage", "Acme", "--month", "2026-11")
    assert usage["fee"] == "15000.00"
    assert usage["tiers"] == ["professional", "enterprise"]
    assert [(a["category"], a["period"], a["included_hours"]) for a in usage["allowances"]] == [
        ("consulting", "2026-11", "12.00"),
        ("development", "2026-Q4", "20.00"),
    ]


def test_customer_list_and_show(acme):
    ok(acme, "contact", "add", "Acme", "Mia Müller", "--email", "mia@acme.test", "--named")
    listed = as_json(acme, "customer", "list")["customers"]
    assert [(c["name"], c["tier"], c["csm"], c["named_contacts"]) for c in listed] == [
        ("Acme", "professional", "Ann", 1)
    ]
    shown = as_json(acme, "customer", "show", "Acme")
    assert shown["timezone"] == "Europe/Berlin"
    assert shown["contacts"][0]["name"] == "Mia Müller"
    assert shown["contract_history"] == [
        {"tier": "professional", "from": "2026-01-01", "to": None, "monthly_fee": "5000.00"}
    ]
    assert "Named contacts: 1 of 10" in ok(acme, "customer", "show", "1")


def test_hours_list_keeps_unusual_text_intact(acme):
    note = 'Review of <b>&"quotes"</b> 🚀 日本語'
    ok(
        acme,
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-11-03",
        "--hours",
        "1.25",
        "--category",
        "consulting",
        "--description",
        note,
        "--engineer",
        "Zoë",
        "--note",
        "日本語 only for us",
    )
    listed = as_json(acme, "hours", "list", "Acme", "--month", "2026-11")
    entries = listed["entries"]
    assert [(e["hours"], e["engineer"], e["description"], e["note"]) for e in entries] == [
        ("1.25", "Zoë", note, "日本語 only for us")
    ]
    assert listed["total_hours"] == "1.25"
    assert note in ok(acme, "hours", "list", "Acme", "--month", "2026-11")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (
            [
                "hours",
                "log",
                "Nobody",
                "--date",
                "2026-11-03",
                "--hours",
                "1",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "no customer called 'Nobody'",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2026-13-03",
                "--hours",
                "1",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "is not a date",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2026-11-03",
                "--hours",
                "-2",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "negative",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2026-11-03",
                "--hours",
                "25",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "longer than 24 hours",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2026-12-01",
                "--hours",
                "1",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "in the future",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2025-12-01",
                "--hours",
                "1",
                "--category",
                "consulting",
                "--description",
                "work",
                "--engineer",
                "j",
            ],
            "outside Acme's contract",
        ),
        (
            [
                "hours",
                "log",
                "Acme",
                "--date",
                "2026-11-03",
                "--hours",
                "1",
                "--category",
                "golf",
                "--engineer",
                "j",
            ],
            "'golf' is not a category",
        ),
        (["usage", "Acme", "--month", "November"], "not a month"),
        (["customer", "add", "X", "--tier", "gold", "--start", "2026-01-01"], "not a tier"),
        (["customer", "add", "X", "--tier", "professional"], "--start"),
        (
            [
                "customer",
                "change-tier",
                "Acme",
                "--tier",
                "professional",
                "--effective",
                "2026-05-01",
            ],
            "already on Professional",
        ),
        (["reviews", "mark", "77", "--held"], "no review 77"),
        (["import", "hours", "missing.csv"], "There is no file"),
        (["bogus"], "invalid choice"),
    ],
)
def test_mistakes_end_in_one_sentence_exit_2_and_no_change(acme, args, message):
    desk = open_desk(str(acme.db))
    before = snapshot(desk)
    desk.close()
    code, out, err = acme(*args)
    assert code == 2
    assert out == ""
    assert message in err
    assert err.count("\n") == 1 and err.startswith("accountdesk: ")
    assert "Traceback" not in err
    desk = open_desk(str(acme.db))
    assert snapshot(desk) == before
    desk.close()


def test_eleventh_named_contact_is_refused(acme):
    for n in range(10):
        ok(acme, "contact", "add", "Acme", f"P{n}", "--email", f"p{n}@acme.test", "--named")
    code, _, err = acme("contact", "add", "Acme", "P11", "--email", "p11@acme.test", "--named")
    assert code == 2
    assert "includes 10 named support contacts" in err


def test_a_contact_is_edited_and_removed_by_id(acme):
    first = as_json(acme, "contact", "add", "Acme", "Ann", "--email", "ann@acme.test")["id"]
    assert f"{first:>5}  Ann <ann@acme.test>" in ok(acme, "customer", "show", "Acme")
    changed = as_json(acme, "contact", "edit", str(first), "--named", "--email", "a@acme.test")
    assert changed == {
        "id": first,
        "name": "Ann",
        "email": "a@acme.test",
        "named": True,
        "training_seat": False,
    }
    assert (
        ok(acme, "contact", "edit", str(first), "--no-named")
        == f"Contact {first}: Ann <a@acme.test>.\n"
    )
    assert as_json(acme, "contact", "remove", str(first))["name"] == "Ann"
    assert as_json(acme, "customer", "show", "Acme")["contacts"] == []
    code, out, err = acme("contact", "remove", str(first))
    assert (code, out) == (2, "")
    assert err == f"accountdesk: There is no contact {first}.\n"


def test_locked_month_refuses_new_hours(acme):
    desk = open_desk(str(acme.db))
    from accountdesk.domain.periods import Month

    desk.ledger.lock_month("Acme", Month(2026, 10))
    desk.close()
    code, _, err = acme(
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-10-03",
        "--hours",
        "1",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "j",
    )
    assert code == 2
    assert err.startswith("accountdesk: 2026-10 is locked for Acme")
    assert "correction" in err


def test_reviews_plan_list_mark_and_export(acme, tmp_path):
    planned = as_json(acme, "reviews", "plan", "Acme")["planned"]
    # Q4's business review (owed 2 November, never planned) comes first: the next
    # working day after today.
    assert [(r["kind"], r["date"]) for r in planned][:1] == [("qbr", "2026-11-27")]
    assert [r["kind"] for r in planned][1:] == [
        "architecture_review",
        "architecture_review",
        "qbr",
        "architecture_review",  # 1 February is the QBR's: the next working day
    ]
    assert as_json(acme, "reviews", "plan")["planned"] == []
    first = planned[0]["id"]
    marked = as_json(
        acme, "reviews", "mark", str(first), "--cancelled", "--reason", "Client on holiday"
    )
    assert (marked["state"], marked["reason"]) == ("cancelled", "Client on holiday")
    code, _, err = acme("reviews", "mark", str(first), "--cancelled")
    assert code == 2 and "needs a reason" in err
    listed = as_json(acme, "reviews", "list", "Acme")["reviews"]
    assert [r["state"] for r in listed] == ["cancelled"] + ["planned"] * 4
    out = ok(acme, "reviews", "export-ics", "Acme", "-o", str(tmp_path / "acme.ics"))
    assert "Wrote 5 reviews" in out
    assert (tmp_path / "acme.ics").read_bytes().startswith(b"BEGIN:VCALENDAR")


def test_import_export_and_backup(acme, tmp_path):
    hours_csv = tmp_path / "hours.csv"
    hours_csv.write_text(
        "customer,date,hours,category,engineer,note\n"
        "Acme,2026-11-02,1:30,consulting,jdoe,kick-off\n",
        encoding="utf-8",
    )
    assert ok(acme, "import", "hours", str(hours_csv)).splitlines() == [
        "Imported 1 entry from hours.csv (UTF-8, separated by commas)."
    ]
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "customer,date,hours,category,engineer,description\nAcme,2026-11-02,1,consulting,j,a\n"
        "Acme,2026-11-02,x,consulting,j,b\n",
        encoding="utf-8",
    )
    code, _, err = acme("import", "hours", str(bad))
    assert code == 2 and "bad.csv line 3:" in err
    out_csv = tmp_path / "out.csv"
    ok(acme, "export", "hours", "--month", "2026-11", "-o", str(out_csv))
    assert out_csv.read_text(encoding="utf-8").splitlines() == [
        "customer,date,hours,category,engineer,description,note,id,corrects,reason",
        "Acme,2026-11-02,1.50,consulting,jdoe,kick-off,,1,,",
    ]
    ok(acme, "backup", str(tmp_path / "copy.sqlite3"))
    copied = as_json_db(tmp_path / "copy.sqlite3")
    assert copied == ["Acme"]


def as_json_db(path: Path) -> list[str]:
    desk = open_desk(str(path))
    try:
        return [c.name for c in desk.portfolio.customers()]
    finally:
        desk.close()


def test_unwritable_output_is_a_sentence_not_a_traceback(acme, tmp_path):
    code, _, err = acme(
        "export", "hours", "--month", "2026-11", "-o", str(tmp_path / "missing-folder" / "x.csv")
    )
    assert code == 2 and "does not exist" in err


def test_an_unexpected_error_is_logged_and_named_in_one_line_exit_1(acme, tmp_path, monkeypatch):
    def broken(self):
        raise KeyError("x")

    monkeypatch.setattr(Portfolio, "customers", broken)
    code, out, err = acme("customer", "list")
    log = log_path()
    assert log.is_relative_to(tmp_path)  # the user's log folder, redirected for tests
    assert (code, out) == (1, "")
    assert err == (
        f"accountdesk: something went wrong (KeyError: 'x'); the details are in the log, {log}\n"
    )
    written = log.read_text(encoding="utf-8")
    assert "The command 'customer list' failed" in written
    assert "Traceback (most recent call last)" in written
    assert 'in broken\n    raise KeyError("x")' in written
    assert written.rstrip().endswith("KeyError: 'x'")


def test_an_unexpected_error_of_many_lines_still_takes_one_line(acme, monkeypatch):
    def broken(self, customer, month):
        raise RuntimeError("the first line\n[SQL: the second line]")

    monkeypatch.setattr(Entitlements, "usage", broken)
    code, _, err = acme("usage", "Acme", "--month", "2026-11", "--json")
    assert code == 1
    assert err.count("\n") == 1
    assert err.startswith("accountdesk: something went wrong (RuntimeError: the first line); ")
    assert "[SQL: the second line]" in log_path().read_text(encoding="utf-8")


def test_ctrl_c_ends_in_a_sentence_not_a_traceback(acme, monkeypatch):
    from accountdesk.services.transfer import Transfer

    def stopped(self, path):
        raise KeyboardInterrupt

    monkeypatch.setattr(Transfer, "import_hours", stopped)
    code, out, err = acme("import", "hours", "hours.csv")
    assert (code, out) == (130, "")
    assert err == "accountdesk: interrupted; what the command had not finished was not written.\n"
    assert not log_path().exists()


def test_an_empty_file_named_as_the_database_is_made_one_and_the_user_told(tmp_path, clock, capsys):
    empty = tmp_path / "new.sqlite3"
    empty.touch()
    assert main(["--db", str(empty), "customer", "list"], clock=clock) == 0
    err = capsys.readouterr().err
    assert err == (
        f"accountdesk: made {empty} a new AccountDesk database (it was an empty file).\n"
    )
    assert main(["--db", str(empty), "customer", "list"], clock=clock) == 0
    assert capsys.readouterr().err == ""  # said once: now it is a database


def test_a_refusal_is_not_an_error_to_log(acme):
    code, _, _ = acme("customer", "show", "Nobody")
    assert code == 2
    assert not log_path().exists()


def test_console_script_runs_as_a_user_would(tmp_path):
    """The installed entry point, in a separate process, with today pinned."""
    env = {
        **os.environ,
        "ACCOUNTDESK_TODAY": TODAY.isoformat(),
        "ACCOUNTDESK_DB": str(tmp_path / "env.sqlite3"),
    }

    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "accountdesk", *args],
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )

    added = cli(
        "customer",
        "add",
        "株式会社テスト",
        "--tier",
        "enterprise",
        "--start",
        "2026-01-01",
        "--json",
    )
    assert added.returncode == 0, added.stderr
    assert json.loads(added.stdout) == {"id": 1}
    future = cli(
        "hours",
        "log",
        "1",
        "--date",
        "2026-11-27",
        "--hours",
        "1",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "j",
    )
    assert future.returncode == 2
    assert (
        future.stderr == "accountdesk: 2026-11-27 is in the future; hours are logged once spent.\n"
    )
    shown = cli("customer", "show", "株式会社テスト", "--json")
    assert json.loads(shown.stdout)["name"] == "株式会社テスト"
    assert (tmp_path / "env.sqlite3").exists()


def test_a_database_that_is_not_ours_is_refused(tmp_path, capsys):
    path = tmp_path / "foreign.sqlite3"
    path.write_bytes(b"not a database at all" * 50)
    assert main(["--db", str(path), "customer", "list"]) == 2
    assert "is not an AccountDesk database" in capsys.readouterr().err


def test_report_draft_issue_and_batch(acme, tmp_path):
    from pypdf import PdfReader

    ok(
        acme,
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-10-06",
        "--hours",
        "6.5",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "jdoe",
    )
    draft = as_json(acme, "report", "Acme", "--month", "2026-10", "-o", str(tmp_path / "d.pdf"))
    assert draft["draft"] is True
    assert "DRAFT" in PdfReader(tmp_path / "d.pdf").pages[0].extract_text()
    issued = as_json(
        acme, "report", "Acme", "--month", "2026-10", "-o", str(tmp_path / "i.pdf"), "--issue"
    )
    assert (issued["draft"], issued["total_due"]) == (False, "6250.00")
    code, _, err = acme(
        "report", "Acme", "--month", "2026-10", "-o", str(tmp_path / "x.pdf"), "--issue"
    )
    assert code == 2 and "already issued" in err
    code, _, err = acme(
        "hours",
        "log",
        "Acme",
        "--date",
        "2026-10-07",
        "--hours",
        "1",
        "--category",
        "consulting",
        "--description",
        "work",
        "--engineer",
        "jdoe",
    )
    assert code == 2 and "locked" in err
    ok(acme, "customer", "add", "Free", "--tier", "community", "--start", "2026-01-01")
    out = ok(acme, "report", "--all", "--month", "2026-11", "--out-dir", str(tmp_path))
    assert "wrote 1 report" in out and "1 skipped" in out
    assert (tmp_path / "acme-2026-11.pdf").exists()
    # A missing folder is made; one that cannot be (a file is in its way) is refused.
    in_the_way = tmp_path / "acme-2026-11.pdf" / "reports"
    code, _, err = acme("report", "--all", "--month", "2026-11", "--out-dir", str(in_the_way))
    assert code == 2 and "could not be made" in err
    assert not in_the_way.exists()
