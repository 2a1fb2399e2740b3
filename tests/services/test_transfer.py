"""CSV import (all rows or none), export, and the online backup."""

import csv
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot

CUSTOMERS = (
    "\ufefftier,name,start,timezone,csm,monthly_fee\n"  # a BOM, and columns in any order
    "professional,Acme,2026-01-01,Europe/Berlin,Ann,\n"
    'enterprise,"Zoë & <Sons> ""Ltd""",2026-02-01,Asia/Tokyo,Ken,"30,000.00"\n'
    "community,株式会社テスト,2026-03-01,,,\n"
)


def write(tmp_path: Path, text: str, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_customers_import_with_bom_any_column_order_and_unicode(desk, tmp_path):
    assert desk.transfer.import_customers(write(tmp_path, CUSTOMERS)) == 3
    names = [c.name for c in desk.portfolio.customers()]
    assert sorted(names) == sorted(["Acme", 'Zoë & <Sons> "Ltd"', "株式会社テスト"])
    zoe = desk.portfolio.customer('Zoë & <Sons> "Ltd"')
    assert (zoe.timezone, str(zoe.terms[0].monthly_fee)) == ("Asia/Tokyo", "30000.00")


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (
            "name,tier,start\nA,professional,2026-01-01\nB,gold,2026-01-01\n",
            r"in.csv line 3: 'gold' is not a tier",
        ),
        (
            "name,tier,start\nA,professional,2026-01-01\nB,professional,01/02/2026\n",
            r"line 3: the start date '01/02/2026' is not a date",
        ),
        (
            "name,tier,start\nA,professional,2026-01-01\na,professional,2026-01-01\n",
            r"line 3: a customer called 'A' already exists",
        ),
        ("name,tier\nA,professional\n", r"line 1: the column 'start' is missing"),
        ("name,tier,start,colour\nA,professional,2026-01-01,red\n", "unknown column 'colour'"),
        (
            "name,tier,start\nA,professional,2026-01-01\n,professional,2026-01-01\n",
            r"line 3: the name is empty",
        ),
        ("name,tier,start\nA,professional,2026-01-01,extra\n", "line 2: more values than columns"),
        ("", "empty; it needs a header row"),
    ],
)
def test_bad_customer_file_imports_nothing_and_names_the_line(desk, tmp_path, text, message):
    before = snapshot(desk)
    with pytest.raises(Refused, match=message):
        desk.transfer.import_customers(write(tmp_path, text))
    assert snapshot(desk) == before


def test_file_that_is_not_utf8_is_refused(desk, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,tier,start\nZoë,professional,2026-01-01\n".encode("latin-1"))
    with pytest.raises(Refused, match="not UTF-8"):
        desk.transfer.import_customers(path)


def test_missing_file_is_refused(desk, tmp_path):
    with pytest.raises(Refused, match="There is no file"):
        desk.transfer.import_hours(tmp_path / "nope.csv")


def test_hours_round_trip_through_export_and_import(desk, tmp_path):
    desk.transfer.import_customers(write(tmp_path, CUSTOMERS, "customers.csv"))
    hours_csv = (
        "customer,date,hours,category,engineer,note\n"
        'Acme,2026-11-02,1:30,consulting,jdoe,"Kick-off, with <b>notes</b>"\n'
        'Zoë & <Sons> "Ltd",2026-11-03,2.25,development,kyamada,カスタム開発\n'
    )
    assert desk.transfer.import_hours(write(tmp_path, hours_csv, "hours.csv")) == 2
    out = tmp_path / "export.csv"
    assert desk.transfer.export_hours(Month(2026, 11), out) == 2
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    assert [(r["customer"], r["date"], r["hours"], r["category"], r["note"]) for r in rows] == [
        ("Acme", "2026-11-02", "1.50", "consulting", "Kick-off, with <b>notes</b>"),
        ('Zoë & <Sons> "Ltd"', "2026-11-03", "2.25", "development", "カスタム開発"),
    ]
    # What was exported imports again unchanged.
    desk.ledger.delete(desk.ledger.entries("Acme", Month(2026, 11))[0].id)
    desk.ledger.delete(desk.ledger.entries('Zoë & <Sons> "Ltd"', Month(2026, 11))[0].id)
    assert desk.transfer.import_hours(out) == 2
    again = tmp_path / "again.csv"
    desk.transfer.export_hours(Month(2026, 11), again)
    assert again.read_bytes() == out.read_bytes()


def test_bad_hours_row_imports_nothing(desk, tmp_path):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    text = (
        "customer,date,hours,category,engineer\n"
        "Acme,2026-11-02,1,consulting,jdoe\n"
        "Acme,2026-11-03,1,development,jdoe\n"
    )
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"line 3: .*does not include development hours"):
        desk.transfer.import_hours(write(tmp_path, text))
    assert snapshot(desk) == before


def test_backup_is_a_consistent_copy_taken_while_the_database_is_written(sqlite_desk, tmp_path):
    desk = sqlite_desk
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    stop = threading.Event()

    def keep_writing():
        day = 1
        while not stop.is_set():
            desk.ledger.log(
                NewEntry("Acme", date(2026, 11, 1 + day % 25), 30, Category.INCIDENT, "writer")
            )
            day += 1

    writer = threading.Thread(target=keep_writing)
    writer.start()
    try:
        target = tmp_path / "backup.sqlite3"
        desk.transfer.backup(target)
    finally:
        stop.set()
        writer.join()
    copy = sqlite3.connect(target)
    assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",)
    assert copy.execute("SELECT name FROM customer").fetchall() == [("Acme",)]
    copy.close()
    assert not list(tmp_path.glob("*.partial"))


def test_backup_refuses_to_overwrite_its_own_database(sqlite_desk):
    source = Path(sqlite_desk.engine.url.database)
    with pytest.raises(Refused, match="cannot overwrite"):
        sqlite_desk.transfer.backup(source)
