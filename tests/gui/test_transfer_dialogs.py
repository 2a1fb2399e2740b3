"""File ▸ Import customers…, Import hours… and Export hours… in the window."""

from datetime import date

import pytest

from accountdesk.domain.tiers import Tier
from accountdesk.gui.main_window import MainWindow
from accountdesk.gui.prompts import Prompts
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


@pytest.fixture
def main(qtbot, sqlite_desk):
    sqlite_desk.portfolio.add_customer(
        NewCustomer("Müller GmbH", Tier.ENTERPRISE, date(2026, 1, 1))
    )
    shown = MainWindow(sqlite_desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.up_to_date)
    return shown


@pytest.fixture
def said(monkeypatch):
    """What the window tells the user, as ("info" | "error", text)."""
    told: list[tuple[str, str]] = []
    monkeypatch.setattr(Prompts, "info", lambda parent, text: told.append(("info", text)))
    monkeypatch.setattr(Prompts, "error", lambda parent, text: told.append(("error", text)))
    return told


def file_action(main, text):
    file_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&File")
    return next(a for a in file_menu.actions() if a.text() == text)


def test_import_hours_says_how_the_file_was_read_and_a_second_time_adds_nothing(
    qtbot, main, said, monkeypatch, tmp_path
):
    path = tmp_path / "stunden.csv"
    path.write_bytes(
        "customer;date;hours;category;engineer;note\r\n"
        "Müller GmbH;2026-11-02;1.5;consulting;jdoe;Anruf über €\r\n"
        "Müller GmbH;2026-11-03;2;consulting;jdoe;Angebot\r\n".encode("cp1252")
    )
    monkeypatch.setattr(Prompts, "open_file", lambda parent, caption, filters: path)
    changed: list[bool] = []
    main.context.dataChanged.connect(lambda: changed.append(True))
    file_action(main, "Import hours…").trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    assert said[0] == (
        "info",
        "Imported 2 entries from stunden.csv (Windows-1252, separated by semicolons).",
    )
    assert changed  # the views show the new hours
    before = snapshot(main.desk)
    file_action(main, "Import hours…").trigger()
    qtbot.waitUntil(lambda: len(said) == 2, timeout=20_000)
    assert said[1] == (
        "info",
        "Imported 0 entries from stunden.csv (Windows-1252, separated by semicolons).\n"
        "Skipped 2 rows already in the ledger: lines 2-3.",
    )
    assert snapshot(main.desk) == before


def test_export_hours_with_semicolons_then_import_it_back(qtbot, main, said, monkeypatch, tmp_path):
    from accountdesk.domain.tiers import Category
    from accountdesk.services.ledger import NewEntry

    main.desk.ledger.log(
        NewEntry("Müller GmbH", date(2026, 11, 2), 5400, Category.CONSULTING, "jo", "work")
    )
    target = tmp_path / "export.csv"
    offered: list[list[str]] = []

    def choice(parent, title, label, items):
        offered.append(items)
        return next(item for item in items if item.startswith("Semicolons"))

    monkeypatch.setattr(Prompts, "choice", choice)
    monkeypatch.setattr(Prompts, "save_file", lambda *args: target)
    file_action(main, "Export hours…").trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    assert said[0] == ("info", f"Wrote 1 entry of 2026-11 to {target}.")
    assert offered[0][0].startswith("Commas")
    lines = target.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == "customer;date;hours;category;engineer;description;note;id;corrects;reason"
    assert lines[1].startswith("Müller GmbH;2026-11-02;1,50;consulting;jo;")


def test_an_import_that_is_refused_says_why_and_writes_nothing(
    qtbot, main, said, monkeypatch, tmp_path
):
    path = tmp_path / "hours.csv"
    path.write_text(
        "customer,date,hours,category,engineer,description,corrects,reason\n"
        "Müller GmbH,2026-11-02,1,consulting,jo,Tuning,,\n"
        "Müller GmbH,2026-11-02,-1.50,consulting,jo,Tuning,7,typo\n",
        encoding="utf-8",
    )
    monkeypatch.setattr(Prompts, "open_file", lambda parent, caption, filters: path)
    before = snapshot(main.desk)
    file_action(main, "Import hours…").trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    kind, text = said[0]
    assert kind == "error"
    assert text.startswith(
        "hours.csv line 3: -1.50 h is a correction of entry 7 (typo) that is not in this ledger"
    )
    assert snapshot(main.desk) == before


def test_import_customers_from_the_welcome_page(qtbot, sqlite_desk, said, monkeypatch, tmp_path):
    shown = MainWindow(sqlite_desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitUntil(lambda: shown.up_to_date)
    assert shown.pages.currentWidget() is shown.welcome
    path = tmp_path / "customers.csv"
    path.write_bytes(
        "name\ttier\tstart\r\nSão Paulo Ltda\tprofessional\t2026-01-01\r\n".encode("utf-16")
    )
    monkeypatch.setattr(Prompts, "open_file", lambda parent, caption, filters: path)
    file_action(shown, "Import customers…").trigger()
    qtbot.waitUntil(lambda: len(said) == 1, timeout=20_000)
    assert said[0] == (
        "info",
        "Imported 1 customer from customers.csv (UTF-16, separated by tabs).",
    )
    qtbot.waitUntil(lambda: shown.has_customers, timeout=20_000)
