"""CSV import (all rows or none), export, and the online backup."""

import csv
import io
import sqlite3
import threading
from datetime import date
from pathlib import Path

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import Counts, NewCustomer
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
    assert desk.transfer.import_customers(write(tmp_path, CUSTOMERS)).added == 3
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
        (
            "name,tier,start,timezone\nA,professional,2026-01-01,UTC\nB,community,2026-01-01,Mars\n",
            r"line 3: 'Mars' is not a time zone",
        ),
        (
            "name,tier,start,language\nA,professional,2026-01-01,EN\nB,community,2026-01-01,eng\n",
            r"line 3: 'eng' is not a language code",
        ),
        (
            "name,tier,start,end\nA,professional,2026-01-01,\nB,community,2026-03-01,2026-02-01\n",
            r"line 3: the contract cannot end \(2026-02-01\) before it starts",
        ),
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


def test_file_that_is_not_utf8_is_read_as_windows_1252(desk, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes("name,tier,start\nZoë,professional,2026-01-01\n".encode("latin-1"))
    imported = desk.transfer.import_customers(path)
    assert (imported.added, imported.reading.encoding) == (1, "Windows-1252")
    assert [c.name for c in desk.portfolio.customers()] == ["Zoë"]


def test_damaged_utf8_is_refused_rather_than_misread(desk, tmp_path):
    path = tmp_path / "damaged.csv"
    path.write_bytes("name,tier,start\nZoë,professional,2026-01-01\n".encode() + b"\x81\n")
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"damaged.csv is neither UTF-8 nor Windows-1252"):
        desk.transfer.import_customers(path)
    assert snapshot(desk) == before


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
    assert desk.transfer.import_hours(write(tmp_path, hours_csv, "hours.csv")).added == 2
    out = tmp_path / "export.csv"
    assert desk.transfer.export_hours(Month(2026, 11), out) == 2
    rows = read_csv(out)
    assert [
        (r["customer"], r["date"], r["hours"], r["category"], r["description"]) for r in rows
    ] == [
        ("Acme", "2026-11-02", "1.50", "consulting", "Kick-off, with <b>notes</b>"),
        ('Zoë & <Sons> "Ltd"', "2026-11-03", "2.25", "development", "カスタム開発"),
    ]
    # What was exported imports again unchanged.
    desk.ledger.delete(desk.ledger.entries("Acme", Month(2026, 11))[0].id)
    desk.ledger.delete(desk.ledger.entries('Zoë & <Sons> "Ltd"', Month(2026, 11))[0].id)
    assert desk.transfer.import_hours(out).added == 2
    again = tmp_path / "again.csv"
    desk.transfer.export_hours(Month(2026, 11), again)
    assert without_ids(again) == without_ids(out)  # the entries are new ones


def test_bad_hours_row_imports_nothing(desk, tmp_path):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    text = (
        "customer,date,hours,category,engineer,description\n"
        "Acme,2026-11-02,1,consulting,jdoe,Tuning\n"
        "Acme,2026-11-03,1,development,jdoe,Plug-in\n"
    )
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"line 3: .*does not include Development hours"):
        desk.transfer.import_hours(write(tmp_path, text))
    assert snapshot(desk) == before


def read_csv(path: Path) -> list[dict[str, str]]:
    """An exported file's rows, whatever separates them."""
    text = path.read_bytes().decode("utf-8-sig")
    header = text.split("\n", 1)[0]
    delimiter = next((mark for mark in ";\t" if mark in header), ",")
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def without_ids(path: Path) -> list[dict[str, str]]:
    return [{k: v for k, v in row.items() if k != "id"} for row in read_csv(path)]


def test_backup_is_a_consistent_copy_taken_while_the_database_is_written(sqlite_desk, tmp_path):
    desk = sqlite_desk
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    stop = threading.Event()

    def keep_writing():
        day = 1
        while not stop.is_set():
            desk.ledger.log(
                NewEntry("Acme", date(2026, 11, 1 + day % 25), 1800, Category.INCIDENT, "writer")
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


HOURS_HEADER = "customer,date,hours,category,engineer,note\n"


@pytest.fixture
def acme(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    return desk


def refuses_and_writes_nothing(desk, path, message):
    before = snapshot(desk)
    with pytest.raises(Refused, match=message) as refused:
        desk.transfer.import_hours(path)
    assert snapshot(desk) == before
    assert "\n" not in str(refused.value)
    return refused.value


def test_unterminated_quote_is_refused_at_the_line_where_it_opened(acme, tmp_path):
    text = (
        HOURS_HEADER
        + "Acme,2026-11-02,1,consulting,jdoe,fine\n"
        + 'Acme,2026-11-03,1,consulting,jdoe,"unterminated\n'
        + "Acme,2026-11-04,2,consulting,jdoe,swallowed\n"
    )
    refused = refuses_and_writes_nothing(
        acme, write(tmp_path, text), r"in.csv line 3: a quoted value starts here and its closing"
    )
    assert refused.field == Field.FILE


def test_a_value_over_the_size_limit_is_named_at_the_line_where_it_starts(acme, tmp_path):
    text = (
        HOURS_HEADER
        + "Acme,2026-11-02,1,consulting,jdoe,fine\n"
        + 'Acme,2026-11-03,1,consulting,jdoe,"never closed\n'
        + "Acme,2026-11-04,2,consulting,jdoe,a row of a long file\n" * 4000
    )
    refuses_and_writes_nothing(
        acme, write(tmp_path, text), r"line 3: a value is longer than 131,072 characters"
    )


def test_a_quoted_note_over_several_lines_still_imports(acme, tmp_path):
    text = HOURS_HEADER + 'Acme,2026-11-02,1,consulting,jdoe,"two\nlines"\n'
    text += "Acme,2026-11-03,1,consulting,jdoe,next\n"
    assert acme.transfer.import_hours(write(tmp_path, text)).added == 2
    notes = [e.description for e in acme.ledger.entries("Acme", Month(2026, 11))]
    assert sorted(notes) == ["next", "two\nlines"]


def test_a_column_named_twice_is_refused(acme, tmp_path):
    text = "customer,date,hours,hours,category,engineer\nAcme,2026-11-02,1,5,consulting,jdoe\n"
    refuses_and_writes_nothing(
        acme, write(tmp_path, text), r"line 1: the column 'hours' appears twice"
    )


def test_utf16_file_with_a_byte_order_mark_is_read(acme, tmp_path):
    path = tmp_path / "excel.csv"
    path.write_bytes(
        (HOURS_HEADER + "Acme,2026-11-02,1.5,consulting,jdoe,Zoë's call\n").encode("utf-16")
    )
    assert acme.transfer.import_hours(path).added == 1
    assert [e.description for e in acme.ledger.entries("Acme", Month(2026, 11))] == ["Zoë's call"]


def test_utf16_file_without_a_byte_order_mark_is_refused_naming_the_encoding(acme, tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes((HOURS_HEADER + "Acme,2026-11-02,1,consulting,jdoe,\n").encode("utf-16-le"))
    refuses_and_writes_nothing(acme, path, r"looks like UTF-16 text")


def test_semicolon_separated_file_is_read(acme, tmp_path):
    text = "customer;date;hours;category;engineer;note\nAcme;2026-11-02;1.5;consulting;jdoe;a, b\n"
    imported = acme.transfer.import_hours(write(tmp_path, text))
    assert (imported.added, imported.reading.delimiter) == (1, ";")
    [entry] = acme.ledger.entries("Acme", Month(2026, 11))
    assert (entry.seconds, entry.description) == (5400, "a, b")


def test_nul_byte_is_refused_with_a_sentence(acme, tmp_path):
    path = tmp_path / "in.csv"
    path.write_bytes(
        (HOURS_HEADER + "Acme,2026-11-02,1,consulting,jdoe,ok\n").encode()
        + b"Acme,2026-11-03,1,consulting,jdoe,bad\x00note\n"
    )
    refuses_and_writes_nothing(acme, path, r"in.csv line 3: it holds a NUL character")


FORMULAS = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2 hours, as agreed",
    "@SUM(A1:A2)",
    "\tcmd",
    "\rcmd",
    "'=already quoted",
    "''+twice",
    "'plain quote",
    "plain",
]


def test_export_neutralises_formulas_and_the_import_takes_it_back(desk, tmp_path):
    desk.portfolio.add_customer(NewCustomer("@Home Ltd", Tier.ENTERPRISE, date(2026, 1, 1)))
    for day, note in enumerate(FORMULAS, start=1):
        desk.ledger.log(
            NewEntry("@Home Ltd", date(2026, 11, day), 1800, Category.INCIDENT, "=ann", note)
        )
    out = tmp_path / "export.csv"
    assert desk.transfer.export_hours(Month(2026, 11), out) == len(FORMULAS)
    with out.open(encoding="utf-8", newline="") as stream:
        rows = list(csv.DictReader(stream))
    # No cell starts as a formula would; the hours are numbers and stay as they are.
    for row in rows:
        for column in ("customer", "engineer", "note", "category"):
            assert row[column][:1] not in ("=", "+", "-", "@", "\t", "\r")
    assert {r["customer"] for r in rows} == {"'@Home Ltd"}
    assert {r["engineer"] for r in rows} == {"'=ann"}
    assert [r["description"] for r in rows] == [
        "'" + FORMULAS[0],
        "'+1+1",
        "'-2 hours, as agreed",
        "'@SUM(A1:A2)",
        "'\tcmd",
        "'\rcmd",
        "''=already quoted",
        "'''+twice",
        "'plain quote",
        "plain",
    ]
    assert {r["hours"] for r in rows} == {"0.50"}
    # The import gives back exactly the text that was logged.
    for entry in desk.ledger.entries("@Home Ltd", Month(2026, 11)):
        desk.ledger.delete(entry.id)
    assert desk.transfer.import_hours(out).added == len(FORMULAS)
    entries = desk.ledger.entries("@Home Ltd", Month(2026, 11))
    assert sorted(e.description for e in entries) == sorted(FORMULAS)
    assert {e.engineer for e in entries} == {"=ann"}
    again = tmp_path / "again.csv"
    desk.transfer.export_hours(Month(2026, 11), again)
    assert without_ids(again) == without_ids(out)


def test_exported_correction_keeps_its_negative_hours_and_round_trips(acme, tmp_path):
    desk = acme
    wrong = desk.ledger.log(
        NewEntry("Acme", date(2026, 10, 5), 3 * 3600, Category.CONSULTING, "ann", "work")
    )
    desk.ledger.log(NewEntry("Acme", date(2026, 11, 2), 3600, Category.CONSULTING, "ann", "work"))
    desk.ledger.lock_month("Acme", Month(2026, 10))
    correction = desk.ledger.correct(wrong, 5400, "logged twice")  # to 1.50 h: -1.50 h
    out = tmp_path / "november.csv"
    assert desk.transfer.export_hours(Month(2026, 11), out) == 2
    rows = read_csv(out)
    assert sorted(r["hours"] for r in rows) == ["-1.50", "1.00"]  # a number, not escaped
    line = 2 + [r["hours"] for r in rows].index("-1.50")
    assert rows[line - 2]["id"] == str(correction)
    assert (rows[line - 2]["corrects"], rows[line - 2]["reason"]) == (str(wrong), "logged twice")
    # Recognised as the correction the ledger holds: skipped, with the other row.
    before = snapshot(desk)
    imported = desk.transfer.import_hours(out)
    assert (imported.added, sorted(imported.skipped)) == (0, [2, 3])
    assert snapshot(desk) == before
    # Where the ledger does not hold it, it is refused at its line: corrections are made
    # in the ledger, not imported.
    desk.ledger.delete(correction)
    refused = refuses_and_writes_nothing(
        desk,
        out,
        rf"november.csv line {line}: -1.50 h is a correction of entry {wrong} \(logged twice\) "
        r"that is not in this ledger; corrections are made in the ledger \(`hours correct`\)",
    )
    assert refused.field == Field.HOURS


def test_an_unclosed_quote_closed_by_a_later_row_is_named_where_it_opened(acme, tmp_path):
    text = (
        HOURS_HEADER
        + 'Acme,2026-11-02,1,consulting,jdoe,"unterminated\n'
        + "Acme,2026-11-03,2,consulting,jdoe,plain\n"
        + 'Acme,2026-11-04,2,consulting,jdoe,"quoted, properly"\n'
    )
    refuses_and_writes_nothing(
        acme, write(tmp_path, text), r"in.csv line 2: a quoted value starts here and text follows"
    )


def statements_of(desk, run):
    """How many SQL statements `run` sends to the database."""
    from sqlalchemy import event

    sent = []

    def count(conn, cursor, statement, parameters, context, executemany):
        sent.append(statement)

    event.listen(desk.engine, "before_cursor_execute", count)
    try:
        run()
    finally:
        event.remove(desk.engine, "before_cursor_execute", count)
    return len(sent)


def test_an_import_sends_as_many_statements_for_twice_the_rows(desk, tmp_path):
    # What made imports slow (90 s for 100,000 hours rows; customers slower per row the
    # more there were) was statements sent for every row. Twice the rows, twice the
    # customers: no more statements.
    def customers(count, prefix):
        rows = "".join(f"{prefix} {i},enterprise,2026-01-01\n" for i in range(count))
        return write(tmp_path, "name,tier,start\n" + rows, f"{prefix}.csv")

    def hours(count, prefix, customers):
        rows = "".join(
            f"{prefix} {i % customers},2026-11-{1 + i % 25:02d},1.5,consulting,ann,n{i}\n"
            for i in range(count)
        )
        return write(tmp_path, HOURS_HEADER + rows, f"{prefix}-hours.csv")

    small = statements_of(desk, lambda: desk.transfer.import_customers(customers(10, "A")))
    large = statements_of(desk, lambda: desk.transfer.import_customers(customers(20, "B")))
    assert large == small
    small = statements_of(desk, lambda: desk.transfer.import_hours(hours(50, "A", 10)))
    large = statements_of(desk, lambda: desk.transfer.import_hours(hours(100, "B", 20)))
    assert large == small
    assert desk.portfolio.counts() == Counts(customers=30, entries=150)


def test_a_name_that_may_clash_is_still_refused_after_rows_written_in_bulk(desk, tmp_path):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1)))
    text = "name,tier,start\nBeta,professional,2026-01-01\nGamma,professional,2026-01-01\n"
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"line 4: a customer called 'Beta' already exists"):
        desk.transfer.import_customers(write(tmp_path, text + "BETA,community,2026-01-01\n"))
    with pytest.raises(Refused, match=r"line 4: a customer called 'Acme' already exists"):
        desk.transfer.import_customers(write(tmp_path, text + "acme,community,2026-01-01\n"))
    assert snapshot(desk) == before


def test_hours_rows_name_customers_by_id_or_name_and_an_unknown_one_by_its_line(acme, tmp_path):
    acme_id = acme.portfolio.customer("Acme").id
    text = (
        HOURS_HEADER
        + f"{acme_id},2026-11-02,1,consulting,jdoe,Tuning\n"
        + "Acme,2026-11-03,1,consulting,jdoe,Tuning\n"
    )
    assert acme.transfer.import_hours(write(tmp_path, text)).added == 2
    assert [e.customer for e in acme.ledger.entries("Acme", Month(2026, 11))] == ["Acme"] * 2
    refuses_and_writes_nothing(
        acme,
        write(tmp_path, text + "Nobody,2026-11-04,1,consulting,jdoe,Tuning\n"),
        r"in.csv line 4: there is no customer called 'Nobody'",
    )


def test_an_issued_month_refuses_its_row_by_line(acme, tmp_path):
    acme.ledger.lock_month("Acme", Month(2026, 10))
    text = (
        HOURS_HEADER
        + "Acme,2026-11-02,1,consulting,jdoe,Tuning\n"
        + "Acme,2026-10-30,1,consulting,jdoe,Tuning\n"
    )
    refuses_and_writes_nothing(acme, write(tmp_path, text), r"line 3: 2026-10 is locked for Acme")


def test_a_bad_value_before_a_broken_quote_is_named_first(acme, tmp_path):
    text = (
        HOURS_HEADER
        + "Acme,2026-11-02,1,consulting,jdoe,Tuning\n"
        + "Acme,2026-11-03,1,gardening,jdoe,Tuning\n"
        + 'Acme,2026-11-04,1,consulting,jdoe,"never closed\n'
    )
    refuses_and_writes_nothing(
        acme, write(tmp_path, text), r"line 3: 'gardening' is not a category"
    )


def test_imported_names_are_one_name_in_any_case_and_hold_their_key(desk, tmp_path):
    desk.portfolio.add_customer(NewCustomer("Äcme", Tier.ENTERPRISE, date(2026, 1, 1)))
    before = snapshot(desk)
    text = "name,tier,start\nBeta,professional,2026-01-01\nÄCME,community,2026-01-01\n"
    with pytest.raises(Refused, match=r"line 3: a customer called 'Äcme' already exists"):
        desk.transfer.import_customers(write(tmp_path, text))
    assert snapshot(desk) == before
    # Written in bulk, a name still holds its key: the same name in another case is
    # refused afterwards, however it is added.
    desk.transfer.import_customers(
        write(tmp_path, "name,tier,start\nStraße,community,2026-01-01\n")
    )
    with pytest.raises(Refused, match="already exists") as refused:
        desk.portfolio.add_customer(NewCustomer("STRASSE", Tier.COMMUNITY, date(2026, 1, 1)))
    assert refused.value.field is Field.NAME


@pytest.mark.parametrize(
    ("row", "message", "field"),
    [
        (
            "Acme,2026-11-02,1,consulting,{long},",
            r"line 3: the engineer can hold at most 120",
            "engineer",
        ),
        ("Acme,2026-11-02,1,consulting,ann,a\x00b", r"line 3: .*NUL", None),
    ],
)
def test_text_the_database_cannot_hold_is_refused_at_its_line(acme, tmp_path, row, message, field):
    text = "customer,date,hours,category,engineer,note\nAcme,2026-11-02,1,consulting,ann,ok\n"
    path = write(tmp_path, text + row.format(long="e" * 121) + "\n")
    refused = refuses_and_writes_nothing(acme, path, message)
    if field:
        assert refused.field == Field(field)


def test_an_imported_row_is_allowed_or_refused_exactly_as_logging_it(sqlite_desk, tmp_path):
    # The import checks what a contract allows once per customer (or per month where
    # the tier changes); each row must still come out as `Ledger.log` decides it: the
    # contract's first and last days, a change of tier within a month, an issued month,
    # today and tomorrow, every category, durations at the limits.
    desk = sqlite_desk
    start, end = date(2026, 3, 15), date(2026, 10, 20)
    desk.portfolio.add_customer(NewCustomer("Plain", Tier.PROFESSIONAL, start, end))
    desk.portfolio.add_customer(NewCustomer("Changed", Tier.ENTERPRISE, start))
    desk.portfolio.change_tier("Changed", Tier.COMMUNITY, date(2026, 6, 10))
    for customer in ("Plain", "Changed"):
        desk.ledger.lock_month(customer, Month(2026, 7))
    days = [date(2026, 3, 14), start, date(2026, 4, 30), date(2026, 6, 9), date(2026, 6, 10)]
    days += [date(2026, 7, 31), end, date(2026, 10, 21), date(2026, 11, 26), date(2026, 11, 27)]
    rows = [
        (customer, day, category, seconds)
        for customer in ("Plain", "Changed")
        for day in days
        for category in Category
        for seconds in ((3600, 86400, 86436) if category is Category.INCIDENT else (3600,))
    ]
    outcomes = set()
    for customer, day, category, seconds in rows:
        try:
            logged = desk.ledger.log(NewEntry(customer, day, seconds, category, "ann", "x"))
        except Refused as refused:
            said = str(refused)
            expected = f"in.csv line 2: {said[0].lower()}{said[1:]}"
        else:
            desk.ledger.delete(logged)
            expected = "added"
        hours = f"{seconds / 3600:.2f}"
        text = f"{HOURS_HEADER}{customer},{day},{hours},{category.value},ann,x\n"
        try:
            imported = desk.transfer.import_hours(write(tmp_path, text))
        except Refused as refused:
            assert str(refused) == expected, (customer, day, category, seconds)
        else:
            assert (imported.added, expected) == (1, "added"), (customer, day, category)
            [entry] = [e for e in desk.ledger.entries(customer, Month.of(day)) if e.day == day]
            desk.ledger.delete(entry.id)
        outcomes.add(expected == "added")
    assert outcomes == {True, False}
