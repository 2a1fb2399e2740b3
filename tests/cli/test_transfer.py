"""`import` and `export` on the command line, on both databases: European spreadsheets,
and files imported again that add nothing."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator
from datetime import date

import pytest

from accountdesk.app import open_desk
from accountdesk.cli import main
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.services.ledger import NewEntry
from tests.conftest import snapshot

Run = Callable[..., tuple[int, str, str]]


@pytest.fixture
def run(db_url: str, clock, capsys) -> Iterator[Run]:
    """`accountdesk --db URL ARGS...` in-process, on SQLite and PostgreSQL, with two
    customers; returns (code, stdout, stderr)."""

    def invoke(*args: str) -> tuple[int, str, str]:
        code = main(["--db", db_url, *args], clock=clock)
        out, err = capsys.readouterr()
        return code, out, err

    invoke.url = db_url  # type: ignore[attr-defined]
    for name in ("Müller GmbH", "São Paulo Ltda"):
        ok(invoke, "customer", "add", name, "--tier", "enterprise", "--start", "2026-01-01")
    yield invoke


def ok(run: Run, *args: str) -> list[str]:
    code, out, err = run(*args)
    assert (code, err) == (0, ""), err
    return out.splitlines()


def notes(run: Run, customer: str) -> list[tuple[str, str, str]]:
    _, out, _ = run("hours", "list", customer, "--month", "2026-11", "--json")
    entries = json.loads(out)["entries"]
    return sorted((e["date"], str(e["hours"]), e["description"]) for e in entries)


def unchanged(run: Run, *args: str) -> list[str]:
    """What a command says, checking it wrote nothing."""
    desk = open_desk(run.url)  # type: ignore[attr-defined]
    try:
        before = snapshot(desk)
        said = ok(run, *args)
        assert snapshot(desk) == before
    finally:
        desk.close()
    return said


def test_a_semicolon_file_with_a_decimal_comma(run, tmp_path):
    path = tmp_path / "stunden.csv"
    path.write_bytes(
        "customer;date;hours;category;engineer;note\r\n"
        "Müller GmbH;2026-11-02;1,5;consulting;jdoe;Anruf\r\n".encode()
    )
    assert ok(run, "import", "hours", str(path)) == [
        "Imported 1 entry from stunden.csv (UTF-8, separated by semicolons)."
    ]
    assert notes(run, "Müller GmbH") == [("2026-11-02", "1.50", "Anruf")]


def test_a_windows_1252_file_says_so(run, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        (
            "customer,date,hours,category,engineer,note\r\n"
            "Müller GmbH,2026-11-02,2,consulting,jdoe,Angebot 1.200 €\r\n"
            "São Paulo Ltda,2026-11-03,1.25,consulting,ana,Reunião\r\n"
        ).encode("cp1252")
    )
    assert ok(run, "import", "hours", str(path)) == [
        "Imported 2 entries from excel.csv (Windows-1252, separated by commas)."
    ]
    assert notes(run, "Müller GmbH") == [("2026-11-02", "2.00", "Angebot 1.200 €")]
    assert notes(run, "São Paulo Ltda") == [("2026-11-03", "1.25", "Reunião")]


def test_a_utf16_file_separated_by_tabs(run, tmp_path):
    path = tmp_path / "unicode.txt"
    path.write_bytes(
        "customer\tdate\thours\tcategory\tengineer\tnote\r\n"
        "São Paulo Ltda\t2026-11-03\t0.5\tincident\tana\tQueda, urgente\r\n".encode("utf-16")
    )
    assert ok(run, "import", "hours", str(path)) == [
        "Imported 1 entry from unicode.txt (UTF-16, separated by tabs)."
    ]
    assert notes(run, "São Paulo Ltda") == [("2026-11-03", "0.50", "Queda, urgente")]


def log_two(run: Run) -> None:
    ok(run, "hours", "log", "Müller GmbH", "--date", "2026-11-02", "--hours", "1.5",
       "--category", "consulting", "--engineer", "jdoe",
       "--description", "=Angebot; über €")  # fmt: skip
    ok(run, "hours", "log", "São Paulo Ltda", "--date", "2026-11-03", "--hours", "2",
       "--category", "development", "--description", "work", "--engineer", "ana")  # fmt: skip


@pytest.mark.parametrize(
    ("given", "separated"),
    [
        ([], "commas"),
        (["--delimiter", "tab"], "tabs"),
        pytest.param(["--delimiter", ";"], "semicolons"),
    ],
)
def test_an_export_imported_again_adds_nothing_and_says_so(run, tmp_path, given, separated):
    log_two(run)
    out = tmp_path / "november.csv"
    assert ok(run, "export", "hours", "--month", "2026-11", "-o", str(out), *given) == [
        f"Wrote 2 entries of 2026-11 to {out}."
    ]
    if separated == "semicolons":
        lines = out.read_text(encoding="utf-8-sig").splitlines()
        assert lines[0] == (
            "customer;date;hours;category;engineer;description;note;id;corrects;reason"
        )
        assert lines[1] == 'Müller GmbH;2026-11-02;1,50;consulting;jdoe;"\'=Angebot; über €";;1;;'
    assert unchanged(run, "import", "hours", str(out)) == [
        f"Imported 0 entries from november.csv (UTF-8, separated by {separated}).",
        "Skipped 2 rows already in the ledger: lines 2-3.",
    ]
    assert notes(run, "Müller GmbH") == [("2026-11-02", "1.50", "=Angebot; über €")]


def test_a_bad_delimiter_is_refused_by_the_grammar(run, tmp_path):
    code, _, err = run("export", "hours", "--month", "2026-11", "-o", "x.csv", "--delimiter", "|")
    assert code == 2 and "--delimiter" in err and err.count("\n") == 1


def test_a_file_imported_twice_adds_nothing_the_second_time(run, tmp_path):
    customers = tmp_path / "customers.csv"
    customers.write_text(
        "name;tier;start;csm\nKäserei AG;professional;2026-01-01;Günther\n", encoding="cp1252"
    )
    assert ok(run, "import", "customers", str(customers)) == [
        "Imported 1 customer from customers.csv (Windows-1252, separated by semicolons)."
    ]
    assert unchanged(run, "import", "customers", str(customers))[1] == (
        "Skipped 1 row already in the database: line 2."
    )
    hours = tmp_path / "hours.csv"
    hours.write_text(
        "customer,date,hours,category,engineer,description\n"
        + "Käserei AG,2026-11-02,1,consulting,jo,Tuning\n" * 2
        + "Müller GmbH,2026-11-03,1,consulting,jo,Tuning\n",
        encoding="utf-8",
    )
    assert ok(run, "import", "hours", str(hours))[0].startswith("Imported 3 entries")
    assert unchanged(run, "import", "hours", str(hours)) == [
        "Imported 0 entries from hours.csv (UTF-8, separated by commas).",
        "Skipped 3 rows already in the ledger: lines 2-4.",
    ]


def test_an_exported_correction_round_trips(run, tmp_path, clock, capsys):
    desk = open_desk(run.url, clock=clock)  # type: ignore[attr-defined]
    try:
        wrong = desk.ledger.log(
            NewEntry("Müller GmbH", date(2026, 10, 5), 10800, Category.CONSULTING, "ann", "work")
        )
        desk.ledger.lock_month("Müller GmbH", Month(2026, 10))
        desk.ledger.correct(wrong, 5400, "logged twice")
    finally:
        desk.close()
    out = tmp_path / "november.csv"
    ok(run, "export", "hours", "--month", "2026-11", "-o", str(out))
    row = out.read_text(encoding="utf-8").splitlines()[1].split(",")
    assert row[:5] == ["Müller GmbH", "2026-11-01", "-1.50", "consulting", "ann"]
    assert row[5] == f"Correction of entry {wrong} of 2026-10-05"
    assert row[8:] == [str(wrong), "logged twice"]
    assert unchanged(run, "import", "hours", str(out)) == [
        "Imported 0 entries from november.csv (UTF-8, separated by commas).",
        "Skipped 1 row already in the ledger: line 2.",
    ]
    # In another database, which does not hold it: refused at its line, nothing written.
    other = tmp_path / "other.sqlite3"
    add = ["customer", "add", "Müller GmbH", "--tier", "enterprise", "--start", "2026-01-01"]
    assert main(["--db", str(other), *add], clock=clock) == 0
    capsys.readouterr()
    code = main(["--db", str(other), "import", "hours", str(out)], clock=clock)
    _, err = capsys.readouterr()
    assert code == 2
    assert err.startswith(
        f"accountdesk: november.csv line 2: -1.50 h is a correction of entry {wrong} "
        "(logged twice) that is not in this ledger; corrections are made in the ledger"
    )
    assert err.count("\n") == 1
