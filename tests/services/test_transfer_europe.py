"""CSV files from European spreadsheets, and imports that never add an entry twice."""

from datetime import date
from pathlib import Path

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


@pytest.fixture
def muller(desk):
    desk.portfolio.add_customer(NewCustomer("Müller GmbH", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.portfolio.add_customer(NewCustomer("São Paulo Ltda", Tier.ENTERPRISE, date(2026, 1, 1)))
    return desk


def write(tmp_path: Path, data: bytes, name: str = "in.csv") -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def hours_of(desk, customer: str) -> list[tuple[date, int, str]]:
    return sorted(
        (e.day, e.seconds, e.description) for e in desk.ledger.entries(customer, Month(2026, 11))
    )


def test_a_semicolon_file_with_a_decimal_comma(muller, tmp_path):
    text = (
        "customer;date;hours;category;engineer;note\r\n"
        'Müller GmbH;2026-11-02;1,5;consulting;jdoe;"Anruf; Angebot"\r\n'
        "São Paulo Ltda;2026-11-03;0,25;incident;ana;\r\n"
    )
    imported = muller.transfer.import_hours(write(tmp_path, text.encode()))
    assert (imported.added, imported.reading.delimiter) == (2, ";")
    assert hours_of(muller, "Müller GmbH") == [(date(2026, 11, 2), 5400, "Anruf; Angebot")]
    assert hours_of(muller, "São Paulo Ltda") == [(date(2026, 11, 3), 900, "")]


def test_a_decimal_comma_reaches_the_duration_parser_intact(muller, tmp_path):
    text = (
        "customer;date;hours;category;engineer;description\n"
        "Müller GmbH;2026-11-02;1,5;consulting;jdoe;Tuning\n"
    )
    try:
        imported = muller.transfer.import_hours(write(tmp_path, text.encode()))
    except Refused as refused:  # a parser without the decimal comma names the whole field
        assert "'1,5' is not a duration" in str(refused)
    else:
        assert imported.added == 1


def test_a_windows_1252_file_is_read_and_said_so(muller, tmp_path):
    text = (
        "customer,date,hours,category,engineer,note\r\n"
        "Müller GmbH,2026-11-02,2,consulting,jdoe,Angebot über 1.200 €\r\n"
        "São Paulo Ltda,2026-11-03,1.5,consulting,joão,Reunião\r\n"
    )
    data = text.encode("cp1252")
    assert b"\x80" in data  # the euro sign, which Latin-1 has not
    imported = muller.transfer.import_hours(write(tmp_path, data))
    assert (imported.added, imported.reading.encoding) == (2, "Windows-1252")
    assert "(Windows-1252, separated by commas)" in imported.sentences("hours")[0]
    assert hours_of(muller, "Müller GmbH") == [(date(2026, 11, 2), 7200, "Angebot über 1.200 €")]
    [entry] = muller.ledger.entries("São Paulo Ltda", Month(2026, 11))
    assert (entry.engineer, entry.description) == ("joão", "Reunião")


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be"])
def test_a_utf16_file_with_a_bom_separated_by_tabs_is_read(muller, tmp_path, encoding):
    # What Excel saves as "Unicode Text": UTF-16 with a BOM, separated by tabs.
    text = (
        "customer\tdate\thours\tcategory\tengineer\tnote\r\n"
        "Müller GmbH\t2026-11-02\t1.5\tconsulting\tjdoe\tTermin, kurz\r\n"
    )
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    imported = muller.transfer.import_hours(write(tmp_path, data))
    assert (imported.added, imported.reading) == (1, ("UTF-16", "\t"))
    assert hours_of(muller, "Müller GmbH") == [(date(2026, 11, 2), 5400, "Termin, kurz")]


def test_a_tab_separated_utf8_file_with_a_bom_is_read(muller, tmp_path):
    text = "\ufeffdate\tcustomer\thours\tcategory\tengineer\n"
    text += "2026-11-02\tMüller GmbH\t2\tonsite\tjo\n"
    imported = muller.transfer.import_hours(write(tmp_path, text.encode()))
    assert (imported.added, imported.reading) == (1, ("UTF-8", "\t"))


def test_a_customers_file_separated_by_semicolons_in_windows_1252(desk, tmp_path):
    text = "name;tier;start;csm\r\nKäserei Zürich AG;professional;2026-01-01;Günther\r\n"
    imported = desk.transfer.import_customers(write(tmp_path, text.encode("cp1252")))
    assert imported.reading == ("Windows-1252", ";")
    assert desk.portfolio.customer("Käserei Zürich AG").summary.csm == "Günther"


def test_a_header_in_no_known_separation_still_names_the_unknown_column(desk, tmp_path):
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"line 1: unknown column 'kunde\|datum'"):
        desk.transfer.import_hours(write(tmp_path, b"kunde|datum\nA|B\n"))
    assert snapshot(desk) == before


@pytest.mark.parametrize("delimiter", [",", ";", "\t"])
def test_an_export_in_each_delimiter_imports_back_and_adds_nothing(muller, tmp_path, delimiter):
    muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jo", "work")
    )
    muller.ledger.log(
        NewEntry("São Paulo Ltda", date(2026, 11, 3), 2700, Category.INCIDENT, "ana", "=1+1; a, b")
    )
    out = tmp_path / "export.csv"
    assert muller.transfer.export_hours(Month(2026, 11), out, delimiter) == 2
    data = out.read_bytes()
    if delimiter == ",":
        assert data.startswith(b"customer,date,hours,")
    else:  # for Excel: a BOM says UTF-8; a semicolon file writes a decimal comma
        assert data.startswith(b"\xef\xbb\xbfcustomer" + delimiter.encode() + b"date")
        assert (b"1,50" in data) == (delimiter == ";")
    before = snapshot(muller)
    imported = muller.transfer.import_hours(out)
    assert (imported.added, imported.skipped, imported.reading.delimiter) == (0, (2, 3), delimiter)
    assert snapshot(muller) == before


def test_export_refuses_a_delimiter_no_spreadsheet_reads(muller, tmp_path):
    with pytest.raises(Refused, match="cannot separate CSV values"):
        muller.transfer.export_hours(Month(2026, 11), tmp_path / "x.csv", "|")
    assert not (tmp_path / "x.csv").exists()


HOURS = (
    "customer,date,hours,category,engineer,note\n"
    "Müller GmbH,2026-11-02,1.5,consulting,jdoe,call\n"
    "Müller GmbH,2026-11-02,1.5,consulting,jdoe,call\n"  # twice the same, both logged
    "São Paulo Ltda,2026-11-03,2,consulting,ana,workshop\n"
)


def test_a_file_imported_twice_adds_nothing_the_second_time(muller, tmp_path):
    path = write(tmp_path, HOURS.encode())
    first = muller.transfer.import_hours(path)
    assert (first.added, first.skipped) == (3, ())
    before = snapshot(muller)
    second = muller.transfer.import_hours(path)
    assert (second.added, second.skipped) == (0, (2, 3, 4))
    assert snapshot(muller) == before
    assert second.sentences("hours") == [
        "Imported 0 entries from in.csv (UTF-8, separated by commas).",
        "Skipped 3 rows already in the ledger: lines 2-4.",
    ]


def test_rows_the_ledger_holds_are_skipped_and_the_others_added(muller, tmp_path):
    muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jdoe", "call")
    )
    imported = muller.transfer.import_hours(write(tmp_path, HOURS.encode()))
    # One entry was logged by hand: it accounts for one of the two identical rows.
    assert (imported.added, imported.skipped) == (2, (2,))
    assert len(muller.ledger.entries("Müller GmbH", Month(2026, 11))) == 2


def test_an_identical_row_in_an_issued_month_is_skipped_not_refused(muller, tmp_path):
    muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 10, 5), 3600, Category.CONSULTING, "jo", "work")
    )
    out = tmp_path / "october.csv"
    muller.transfer.export_hours(Month(2026, 10), out)
    muller.ledger.lock_month("Müller GmbH", Month(2026, 10))
    imported = muller.transfer.import_hours(out)
    assert (imported.added, imported.skipped) == (0, (2,))


def test_an_exported_row_changed_in_a_spreadsheet_is_refused_by_its_id(muller, tmp_path):
    entry = muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jdoe", "call")
    )
    out = tmp_path / "export.csv"
    muller.transfer.export_hours(Month(2026, 11), out)
    changed = out.read_text(encoding="utf-8").replace(",1.50,", ",2.00,")
    before = snapshot(muller)
    with pytest.raises(Refused, match=rf"line 2: entry {entry} is already in the ledger") as no:
        muller.transfer.import_hours(write(tmp_path, changed.encode(), "changed.csv"))
    assert "another duration (1.50 h, not 2.00 h)" in str(no.value)
    assert no.value.field == Field.ENTRY
    assert snapshot(muller) == before
    # Without its id, the row is new hours.
    header, row = changed.splitlines()
    new = "\n".join([header, row.replace(f",{entry},", ",,")]) + "\n"
    assert muller.transfer.import_hours(write(tmp_path, new.encode(), "new.csv")).added == 1


def test_an_exported_row_whose_entry_was_deleted_is_added_again(muller, tmp_path):
    entry = muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jdoe", "call")
    )
    out = tmp_path / "export.csv"
    muller.transfer.export_hours(Month(2026, 11), out)
    muller.ledger.delete(entry)
    assert muller.transfer.import_hours(out).added == 1
    assert hours_of(muller, "Müller GmbH") == [(date(2026, 11, 2), 5400, "call")]


def test_an_exported_file_imports_into_another_database_once(muller, tmp_path):
    from accountdesk.app import open_desk

    muller.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jdoe", "call")
    )
    out = tmp_path / "export.csv"
    muller.transfer.export_hours(Month(2026, 11), out)
    other = open_desk(str(tmp_path / "other.sqlite3"), clock=muller.clock)
    try:
        other.portfolio.add_customer(NewCustomer("Zed", Tier.ENTERPRISE, date(2026, 1, 1)))
        other.portfolio.add_customer(NewCustomer("Müller GmbH", Tier.ENTERPRISE, date(2026, 1, 1)))
        # Entry ids name other entries there, or none: the row is new hours, once.
        other.ledger.log(NewEntry("Zed", date(2026, 11, 2), 5400, Category.CONSULTING, "z", "work"))
        assert other.transfer.import_hours(out).added == 1
        assert other.transfer.import_hours(out).skipped == (2,)
    finally:
        other.close()


def test_a_negative_row_without_an_id_is_refused_as_a_correction(muller, tmp_path):
    text = "customer,date,hours,category,engineer\nMüller GmbH,2026-11-02,-1.5,consulting,jo\n"
    before = snapshot(muller)
    with pytest.raises(Refused, match=r"line 2: -1.50 h is a correction that is not in"):
        muller.transfer.import_hours(write(tmp_path, text.encode()))
    assert snapshot(muller) == before


CUSTOMERS = (
    "name,tier,start,end,timezone,language,csm,tam,monthly_fee\n"
    "Käserei AG,professional,2026-01-01,,Europe/Zurich,de,Günther,,\n"
    'Boulangerie SA,enterprise,2026-02-01,2027-01-31,Europe/Paris,fr,Léa,Tom,"30,000.00"\n'
)


def test_a_customers_file_imported_twice_adds_nothing_the_second_time(desk, tmp_path):
    path = write(tmp_path, CUSTOMERS.encode())
    assert desk.transfer.import_customers(path).added == 2
    before = snapshot(desk)
    again = desk.transfer.import_customers(path)
    assert (again.added, again.skipped) == (0, (2, 3))
    assert snapshot(desk) == before
    assert again.sentences("customers")[1] == ("Skipped 2 rows already in the database: lines 2-3.")
    # A row that says otherwise of a customer the database holds is still refused.
    changed = CUSTOMERS.replace("Günther", "Hans")
    with pytest.raises(Refused, match=r"line 2: a customer called 'Käserei AG' already exists"):
        desk.transfer.import_customers(write(tmp_path, changed.encode(), "changed.csv"))
    assert snapshot(desk) == before


def test_a_customer_named_in_another_case_is_still_recognised_as_held(muller, tmp_path):
    text = (
        "customer,date,hours,category,engineer,description\n"
        "müller gmbh,2026-11-02,1,consulting,jo,Tuning\n"
    )
    path = write(tmp_path, text.encode())
    assert muller.transfer.import_hours(path).added == 1
    assert muller.transfer.import_hours(path).skipped == (2,)
    assert len(muller.ledger.entries("Müller GmbH", Month(2026, 11))) == 1
