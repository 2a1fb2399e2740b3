"""The Hours ledger view: keyboard-only logging, inline refusals, edits and deletions
with undo/redo, locked months, filters, sorting and the lazily built table.

Every check of what happened reads the database back through the services."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QItemSelectionModel, QSettings, Qt
from PySide6.QtGui import QKeySequence, QTextDocumentFragment
from PySide6.QtWidgets import QLineEdit

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui import language
from accountdesk.gui.context import DeskContext
from accountdesk.gui.qtmodels.ledger import (
    BLOCK,
    CATEGORY,
    CUSTOMER,
    DATE,
    DESCRIPTION,
    ENTRY_ID_ROLE,
    HOURS,
    LOCKED_ROLE,
    LedgerModel,
    hours_for_editing,
)
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.ledger_browser import LedgerFilter, LedgerSort
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot

NOVEMBER = Month(2026, 11)


@pytest.fixture(autouse=True)
def _settings():
    settings = QSettings()
    for key in ("engineer", "ledger/category"):
        settings.remove(key)
    yield
    for key in ("engineer", "ledger/category"):
        settings.remove(key)


@pytest.fixture
def desk(sqlite_desk):
    sqlite_desk.acme = sqlite_desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    sqlite_desk.beta = sqlite_desk.portfolio.add_customer(
        NewCustomer("Beta Labs", Tier.ENTERPRISE, date(2026, 1, 1))
    )
    return sqlite_desk


def plain(label):
    """What a label reads, without its markup."""
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


def log(
    desk, customer, day, seconds, category=Category.CONSULTING, engineer="Ana", description="Design"
):
    return desk.ledger.log(NewEntry(customer, day, seconds, category, engineer, description))


def open_view(qtbot, desk, customer=None, month=NOVEMBER):
    context = DeskContext(month)
    context.set_customer(customer)
    view = LedgerView(desk, context)
    # What the main window does: every change refreshes the views.
    context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    return view


def shown_rows(view, column=DESCRIPTION):
    model = view.model
    return [model.index(row, column).data() for row in range(model.rowCount())]


def row_of(view, entry_id):
    row = view.model.row_of(entry_id)
    assert row is not None, "the entry is not in the table"
    return row


def waiting(qtbot, view):
    return qtbot.waitSignal(view.loaded, timeout=10_000)


# ------------------------------------------------------------------ the model


def test_model_passes_the_model_tester(qtmodeltester, desk):
    log(desk, desk.acme, date(2026, 11, 2), 5400, description="Design <b>review</b>")
    log(desk, desk.beta, date(2026, 10, 9), 2700, Category.INCIDENT)
    desk.ledger.lock_month(desk.beta, Month(2026, 10))
    model = LedgerModel(desk.ledger_browser.rows)
    model.set_editor(lambda entry, column, value: False)
    model.set_ids(desk.ledger_browser.select(LedgerFilter(), LedgerSort()).ids)
    qtmodeltester.check(model)
    assert model.index(0, HOURS).data() == "1.50 h"
    assert model.index(0, HOURS).data(Qt.ItemDataRole.TextAlignmentRole) == (
        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
    )
    assert model.index(0, DESCRIPTION).data() == "Design <b>review</b>"  # text, never markup
    assert model.index(1, DATE).data(LOCKED_ROLE) is True
    assert isinstance(model.index(0, DATE).data(ENTRY_ID_ROLE), int)


def test_empty_model_passes_the_model_tester(qtmodeltester, desk):
    qtmodeltester.check(LedgerModel(desk.ledger_browser.rows))


def test_hours_for_editing_keep_every_minute():
    assert [hours_for_editing(s) for s in (5400, 2700, 3000, 3660, 86400, 36)] == [
        "1.50",
        "0.75",
        "0:50",
        "1:01",
        "24.00",
        "0.01",
    ]


# ------------------------------------------------------------------ quick entry


# Typing a customer's name opens the completion popup, which the offscreen platform
# can neither raise nor let grab the keyboard; it says so, and that is not our warning.
@pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")
def test_log_an_hour_with_the_keyboard_only(qtbot, desk):
    QSettings().setValue("engineer", "Jordan Doe")
    view = open_view(qtbot, desk)
    view.focus_quick_entry()
    assert view.focusWidget() is view.customer_edit  # no customer yet
    qtbot.keyClicks(view.customer_edit, "acme")  # any case
    qtbot.keyClicks(view.hours_edit, "1:30")
    qtbot.keyClicks(view.description_edit, "Design review")
    with waiting(qtbot, view):
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)

    [entry] = desk.ledger.entries("Acme", NOVEMBER)
    assert (entry.seconds, entry.day, entry.category, entry.engineer, entry.description) == (
        5400,
        date(2026, 11, 26),  # today, the date's default
        Category.CONSULTING,
        "Jordan Doe",
        "Design review",
    )
    # Focus back on Hours, emptied; the rest stays for the next entry.
    assert view.focusWidget() is view.hours_edit
    assert view.hours_edit.text() == ""
    assert view.customer_edit.text() == "acme"
    assert view.description_edit.text() == "Design review"
    assert "Logged 1.50 h of Consulting for Acme" in view.quick_message.text()
    # The new entry is in the table, selected.
    assert view.table.currentIndex().row() == row_of(view, entry.id)

    # The next one: only the hours and Enter (this time from the note field).
    qtbot.keyClicks(view.hours_edit, "0.25")
    with waiting(qtbot, view):
        qtbot.keyClick(view.note_edit, Qt.Key.Key_Enter)
    assert sorted(e.seconds for e in desk.ledger.entries("Acme", NOVEMBER)) == [900, 5400]
    assert view.totals_label.text() == "2 entries · 1.75 h"


@pytest.mark.parametrize("field", ["date_edit", "category_combo", "customer_edit"])
def test_enter_in_any_field_of_the_bar_logs(qtbot, desk, field):
    view = open_view(qtbot, desk, customer=desk.acme)
    view.description_edit.setText("Sizing call")
    view.hours_edit.setText("0:45")
    with waiting(qtbot, view):
        qtbot.keyClick(getattr(view, field), Qt.Key.Key_Return)
    assert [e.seconds for e in desk.ledger.entries("Acme", NOVEMBER)] == [2700]


def test_engineer_defaults_to_the_user_and_category_is_remembered(qtbot, desk):
    view = open_view(qtbot, desk, customer=desk.beta)
    assert view.customer_edit.text() == "Beta Labs"  # from the toolbar's customer
    # Until the user gives a name, the bar says the hours go under their login.
    assert plain(view.engineer_label) == "Logged as tester (your login) · Set your name…"
    view.category_combo.setCurrentIndex(view.category_combo.findData("development"))
    qtbot.keyClicks(view.description_edit, "ERP connector")
    qtbot.keyClicks(view.hours_edit, "2")
    with waiting(qtbot, view):
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    [entry] = desk.ledger.entries("Beta Labs", NOVEMBER)
    assert (entry.engineer, entry.category, entry.seconds) == ("tester", Category.DEVELOPMENT, 7200)
    again = open_view(qtbot, desk)
    assert again.category_combo.currentData() == "development"


TODAY = date(2026, 11, 26)


@pytest.mark.parametrize(
    ("customer", "day", "hours", "category", "message", "field"),
    [
        ("Acme", date(2026, 11, 27), "1", "consulting", "in the future", "date_edit"),
        ("Acme", TODAY, "25", "consulting", "longer than 24 hours", "hours_edit"),
        ("Acme", TODAY, "1.505", "consulting", "at most two decimals", "hours_edit"),
        ("Acme", TODAY, "", "consulting", "Type the hours", "hours_edit"),
        ("Acme", TODAY, "1", "development", "does not include Development", "category_combo"),
        ("Acme", date(2026, 10, 30), "1", "consulting", "2026-10 is locked for Acme", "date_edit"),
        ("Nobody Inc", TODAY, "1", "consulting", "no customer called", "customer_edit"),
        ("", TODAY, "1", "consulting", "Type the customer's name", "customer_edit"),
    ],
)
def test_refused_entry_is_explained_beside_the_bar_and_nothing_is_stored(
    qtbot, desk, customer, day, hours, category, message, field
):
    desk.ledger.lock_month(desk.acme, Month(2026, 10))
    view = open_view(qtbot, desk)
    before = snapshot(desk)
    view.customer_edit.setText(customer)
    view.date_edit.setDate(QDate(day))
    view.category_combo.setCurrentIndex(view.category_combo.findData(category))
    qtbot.keyClicks(view.hours_edit, hours)
    qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    assert message in view.quick_message.text()
    assert view.quick_message.textFormat() == Qt.TextFormat.PlainText
    assert view.focusWidget() is getattr(view, field)  # the input the refusal names
    assert snapshot(desk) == before
    assert view.context.undo.count() == 0
    assert view.hours_edit.text() == hours  # what was typed stays, to be corrected


def test_a_refusal_is_said_in_the_windows_language(qtbot, qapp, desk):
    """The rule's sentence comes from the core, in the language the window speaks."""
    desk.ledger.lock_month(desk.acme, Month(2026, 10))
    translators = language.install(qapp, "de")
    try:
        view = open_view(qtbot, desk)
        before = snapshot(desk)
        view.customer_edit.setText("Acme")
        view.date_edit.setDate(QDate(date(2026, 10, 30)))
        view.category_combo.setCurrentIndex(view.category_combo.findData("consulting"))
        qtbot.keyClicks(view.hours_edit, "1")
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
        said = view.quick_message.text()
        assert "2026-10 ist für Acme gesperrt" in said and "locked" not in said
        assert snapshot(desk) == before
    finally:
        language.uninstall(qapp, translators)


def test_logging_can_be_undone(qtbot, desk):
    view = open_view(qtbot, desk, customer=desk.acme)
    view.description_edit.setText("Sizing call")
    qtbot.keyClicks(view.hours_edit, "1")
    with waiting(qtbot, view):
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    assert len(desk.ledger.entries("Acme", NOVEMBER)) == 1
    with waiting(qtbot, view):
        view.context.undo.undo()
    assert desk.ledger.entries("Acme", NOVEMBER) == []
    assert view.table_pages.currentWidget() is view.empty_state
    with waiting(qtbot, view):
        view.context.undo.redo()
    assert [e.seconds for e in desk.ledger.entries("Acme", NOVEMBER)] == [3600]


# ------------------------------------------------------------------ edit and delete


def edit_cell(qtbot, view, entry_id, column, typed):
    """Select the entry's cell, press F2 (the Edit button), type, press Enter."""
    view.table.setCurrentIndex(view.model.index(row_of(view, entry_id), column))
    view.edit_selected()
    editors = [e for e in view.table.findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "one cell editor is open"
    editors[0].selectAll()
    qtbot.keyClicks(editors[0], typed)
    qtbot.keyClick(editors[0], Qt.Key.Key_Return)


def test_edit_in_place_with_undo_and_redo(qtbot, desk):
    entry_id = log(desk, desk.acme, date(2026, 11, 3), 5400, description="Call")
    view = open_view(qtbot, desk)
    with waiting(qtbot, view):
        edit_cell(qtbot, view, entry_id, HOURS, "2:15")
    assert desk.ledger.entry(entry_id).seconds == 8100
    assert view.model.index(row_of(view, entry_id), HOURS).data() == "2.25 h"
    with waiting(qtbot, view):
        edit_cell(qtbot, view, entry_id, DESCRIPTION, "Call about the upgrade")
    assert desk.ledger.entry(entry_id).description == "Call about the upgrade"

    stack = view.context.undo
    assert stack.undoText() == "Change the description of Acme's entry"
    with waiting(qtbot, view):
        stack.undo()
    assert (desk.ledger.entry(entry_id).seconds, desk.ledger.entry(entry_id).description) == (
        8100,
        "Call",
    )
    with waiting(qtbot, view):
        stack.undo()
    assert desk.ledger.entry(entry_id).seconds == 5400
    with waiting(qtbot, view):
        stack.redo()
    with waiting(qtbot, view):
        stack.redo()
    entry = desk.ledger.entry(entry_id)
    assert (entry.seconds, entry.description) == (8100, "Call about the upgrade")


def test_edit_refused_is_explained_and_changes_nothing(qtbot, desk):
    entry_id = log(desk, desk.acme, date(2026, 11, 3), 5400)
    view = open_view(qtbot, desk)
    before = snapshot(desk)
    edit_cell(qtbot, view, entry_id, HOURS, "30")
    # The delegate commits an edit once the event loop runs again.
    qtbot.waitUntil(lambda: "longer than 24 hours" in view.selection_notice.text())
    assert snapshot(desk) == before
    assert view.context.undo.count() == 0


def test_edit_the_category_and_the_customer(qtbot, desk):
    entry_id = log(desk, desk.acme, date(2026, 11, 3), 5400)
    view = open_view(qtbot, desk)
    row = row_of(view, entry_id)
    with waiting(qtbot, view):
        assert view.model.setData(view.model.index(row, CUSTOMER), "beta labs")
    with waiting(qtbot, view):
        assert view.model.setData(view.model.index(row_of(view, entry_id), CATEGORY), "training")
    entry = desk.ledger.entry(entry_id)
    assert (entry.customer, entry.category) == ("Beta Labs", Category.TRAINING)


def test_delete_with_undo_and_redo(qtbot, desk):
    keep = log(desk, desk.acme, date(2026, 11, 2), 1800, description="keep")
    gone = log(desk, desk.acme, date(2026, 11, 3), 5400, Category.CONSULTING, "Ben", "Sizing call")
    view = open_view(qtbot, desk)
    view.table.selectRow(row_of(view, gone))
    assert view.delete_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Delete)
    with waiting(qtbot, view):
        view.delete_action.trigger()
    assert [e.id for e in desk.ledger.entries("Acme", NOVEMBER)] == [keep]
    assert shown_rows(view) == ["keep"]

    with waiting(qtbot, view):
        view.context.undo.undo()  # logs the entry again
    entries = desk.ledger.entries("Acme", NOVEMBER)
    assert [(e.day, e.seconds, e.engineer, e.description) for e in entries] == [
        (date(2026, 11, 2), 1800, "Ana", "keep"),
        (date(2026, 11, 3), 5400, "Ben", "Sizing call"),
    ]
    with waiting(qtbot, view):
        view.context.undo.redo()  # and deletes it again, under its new id
    assert [e.id for e in desk.ledger.entries("Acme", NOVEMBER)] == [keep]


def test_delete_several_entries_is_one_undo_step(qtbot, desk):
    for day in (2, 3, 4):
        log(desk, desk.acme, date(2026, 11, day), 1800)
    view = open_view(qtbot, desk)
    view.table.selectAll()
    with waiting(qtbot, view):
        view.delete_selected()
    assert desk.ledger.entries("Acme", NOVEMBER) == []
    assert view.context.undo.count() == 1
    with waiting(qtbot, view):
        view.context.undo.undo()
    assert len(desk.ledger.entries("Acme", NOVEMBER)) == 3


def test_a_selection_refused_in_part_deletes_nothing(qtbot, desk):
    for day in (2, 3):
        log(desk, desk.acme, date(2026, 11, day), 1800)
    log(desk, desk.beta, date(2026, 11, 4), 1800)
    view = open_view(qtbot, desk)
    view.table.selectAll()
    desk.ledger.lock_month(desk.beta, NOVEMBER)  # issued meanwhile, for one of them
    before = snapshot(desk)
    view.delete_selected()
    assert "is locked for Beta Labs" in view.selection_notice.text()
    assert snapshot(desk) == before
    assert view.context.undo.count() == 0


def test_an_undo_of_a_selection_brings_back_all_or_none(qtbot, desk, monkeypatch):
    from accountdesk.gui.prompts import Prompts

    log(desk, desk.acme, date(2026, 11, 4), 1800, description="acme")
    log(desk, desk.beta, date(2026, 11, 3), 2700, description="beta")
    view = open_view(qtbot, desk)
    view.table.selectAll()
    with waiting(qtbot, view):
        view.delete_selected()
    assert shown_rows(view) == []
    desk.ledger.lock_month(desk.beta, NOVEMBER)  # Beta's entry can no longer come back
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    view.context.undo.undo()
    assert "is locked for Beta Labs" in said[0]
    assert desk.ledger.entries("Acme", NOVEMBER) == []  # Acme's did not come back alone
    assert desk.ledger.entries("Beta Labs", NOVEMBER) == []
    assert view.context.undo.count() == 0


def refuse_in_database(desk, statement):
    """A trigger that makes the database itself refuse `statement` (INSERT, UPDATE or
    DELETE) on the ledger: a real database error, as a full disk or a lost server gives."""
    with desk.engine.begin() as connection:
        connection.exec_driver_sql(
            f"CREATE TRIGGER refuse BEFORE {statement} ON ledger_entry "
            "BEGIN SELECT RAISE(ABORT, 'the database refused'); END"
        )


def test_an_undo_that_fails_in_the_database_says_so_and_logs_it(qtbot, desk, monkeypatch):
    from accountdesk.gui.prompts import Prompts
    from accountdesk.logs import log_path

    log(desk, desk.acme, date(2026, 11, 2), 1800, description="keep")
    gone = log(desk, desk.acme, date(2026, 11, 3), 5400, description="gone")
    view = open_view(qtbot, desk)
    view.table.selectRow(row_of(view, gone))
    with waiting(qtbot, view):
        view.delete_selected()
    refuse_in_database(desk, "INSERT")
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    before = snapshot(desk)
    view.context.undo.undo()
    assert said[0].startswith("“Delete 1.50 h for Acme on 2026-11-03” could not be undone.")
    assert "the database refused" in said[0]
    assert str(log_path()) in said[0]
    assert "the database refused" in log_path().read_text()
    assert snapshot(desk) == before
    assert view.context.undo.count() == 0  # the step that cannot run is dropped


def test_entries_of_an_issued_month_are_read_only(qtbot, desk):
    locked = log(desk, desk.acme, date(2026, 10, 5), 3600, description="issued")
    log(desk, desk.acme, date(2026, 11, 5), 3600, description="open")
    desk.ledger.lock_month(desk.acme, Month(2026, 10))
    view = open_view(qtbot, desk, customer=desk.acme)
    with waiting(qtbot, view):
        view.all_months.setChecked(True)
    row = row_of(view, locked)
    index = view.model.index(row, HOURS)
    assert index.data(LOCKED_ROLE) is True
    assert view.model.index(row, DATE).data(Qt.ItemDataRole.DecorationRole) is not None  # lock
    assert index.data(Qt.ItemDataRole.ForegroundRole) is not None  # greyed
    assert not view.model.flags(index) & Qt.ItemFlag.ItemIsEditable
    open_row = view.model.index(row_of(view, locked) ^ 1, HOURS)  # the other entry
    assert view.model.flags(open_row) & Qt.ItemFlag.ItemIsEditable

    before = snapshot(desk)
    view.table.selectRow(row)
    assert "October 2026 is issued for Acme" in view.selection_notice.text()
    assert not view.edit_button.isEnabled() and not view.delete_button.isEnabled()
    view.edit_selected()
    assert not [e for e in view.table.findChildren(QLineEdit) if e.isVisible()]
    assert not view.model.setData(index, "3")
    view.delete_selected()
    assert "can be neither changed nor deleted" in view.selection_notice.text()
    assert snapshot(desk) == before
    assert view.context.undo.count() == 0


def test_month_issued_banner(qtbot, desk):
    log(desk, desk.acme, date(2026, 10, 5), 3600)
    desk.ledger.lock_month(desk.acme, Month(2026, 10))
    view = open_view(qtbot, desk, customer=desk.acme, month=Month(2026, 10))
    assert not view.lock_notice.isHidden()
    assert "October 2026 is issued for Acme" in view.lock_notice.text()
    with waiting(qtbot, view):
        view.context.set_month(NOVEMBER)
    assert view.lock_notice.isHidden()


def test_an_undo_refused_later_is_explained(qtbot, desk, monkeypatch):
    from accountdesk.gui.prompts import Prompts

    entry_id = log(desk, desk.acme, date(2026, 10, 5), 3600)
    view = open_view(qtbot, desk, month=Month(2026, 10))
    with waiting(qtbot, view):
        edit_cell(qtbot, view, entry_id, HOURS, "2")
    desk.ledger.lock_month(desk.acme, Month(2026, 10))  # issued meanwhile
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    view.context.undo.undo()
    assert "2026-10 is locked for Acme" in said[0]
    assert desk.ledger.entry(entry_id).seconds == 7200
    assert view.context.undo.count() == 0  # the step that cannot run is dropped


# ------------------------------------------------------------------ filters and sort


@pytest.fixture
def portfolio(desk):
    log(desk, desk.acme, date(2026, 11, 3), 3600, Category.CONSULTING, "Ana", "Acme design review")
    log(desk, desk.acme, date(2026, 11, 9), 7200, Category.INCIDENT, "Ben", "Acme outage")
    log(desk, desk.acme, date(2026, 10, 9), 1800, Category.CONSULTING, "Ana", "Acme October")
    log(desk, desk.beta, date(2026, 11, 4), 14400, Category.DEVELOPMENT, "Cy", "Beta exporter")
    log(desk, desk.beta, date(2026, 11, 5), 2700, Category.CONSULTING, "Ana", "Beta REVIEW")
    return desk


def test_filters(qtbot, portfolio):
    view = open_view(qtbot, portfolio)
    # All customers, the toolbar's month, newest first.
    assert shown_rows(view) == [
        "Acme outage",
        "Beta REVIEW",
        "Beta exporter",
        "Acme design review",
    ]
    assert view.totals_label.text() == "4 entries · 7.75 h"
    with waiting(qtbot, view):
        view.context.set_customer(portfolio.acme)
    assert shown_rows(view) == ["Acme outage", "Acme design review"]
    assert view.scope_label.text() == "Acme · November 2026"
    with waiting(qtbot, view):
        view.all_months.setChecked(True)
    assert shown_rows(view) == ["Acme outage", "Acme design review", "Acme October"]
    # The engineer filter lists who logged hours for the customer and months shown.
    qtbot.waitUntil(lambda: view.engineer_filter.count() == 3)
    assert [view.engineer_filter.itemText(i) for i in range(3)] == ["Any engineer", "Ana", "Ben"]
    with waiting(qtbot, view):
        view.engineer_filter.setCurrentIndex(view.engineer_filter.findData("Ana"))
    assert shown_rows(view) == ["Acme design review", "Acme October"]
    with waiting(qtbot, view):
        view.all_customers_button.click()
    assert shown_rows(view) == ["Beta REVIEW", "Acme design review", "Acme October"]
    with waiting(qtbot, view):
        qtbot.keyClicks(view.search_edit, "review")
        qtbot.keyClick(view.search_edit, Qt.Key.Key_Return)
    assert shown_rows(view) == ["Beta REVIEW", "Acme design review"]
    with waiting(qtbot, view):
        view.category_filter.setCurrentIndex(view.category_filter.findData("incident"))
    assert shown_rows(view) == []
    assert view.table_pages.currentWidget() is view.empty_state
    assert "Clear filters" in view.empty_state.text()
    assert view.totals_label.text() == "0 entries · 0.00 h"
    with waiting(qtbot, view):
        view.clear_filters_button.click()
    assert len(shown_rows(view)) == 5
    with waiting(qtbot, view):
        view.context.set_month(Month(2026, 10))  # stepping months shows one month again
    assert not view.all_months.isChecked()
    assert shown_rows(view) == ["Acme October"]


def test_search_waits_for_typing_to_pause(qtbot, portfolio):
    view = open_view(qtbot, portfolio)
    with waiting(qtbot, view):
        qtbot.keyClicks(view.search_edit, "outage")
    assert shown_rows(view) == ["Acme outage"]


def test_sort_by_any_column(qtbot, portfolio):
    view = open_view(qtbot, portfolio)
    with waiting(qtbot, view):
        view.table.sortByColumn(HOURS, Qt.SortOrder.AscendingOrder)
    assert shown_rows(view, HOURS) == ["0.75 h", "1.00 h", "2.00 h", "4.00 h"]
    with waiting(qtbot, view):
        view.table.sortByColumn(CUSTOMER, Qt.SortOrder.DescendingOrder)
    assert shown_rows(view, CUSTOMER) == ["Beta Labs", "Beta Labs", "Acme", "Acme"]
    with waiting(qtbot, view):
        view.table.sortByColumn(DESCRIPTION, Qt.SortOrder.AscendingOrder)
    # as a reader sorts: case set aside ("Beta exporter" before "Beta REVIEW")
    assert shown_rows(view) == sorted(shown_rows(view), key=str.casefold)


def test_empty_state_says_what_to_do(qtbot, desk):
    view = open_view(qtbot, desk, customer=desk.acme)
    assert view.table_pages.currentWidget() is view.empty_state
    assert view.empty_state.text().startswith("No hours logged for Acme in November 2026.")
    assert "press Enter" in view.empty_state.text()


def test_find_puts_the_focus_in_the_search(qtbot, desk):
    view = open_view(qtbot, desk)
    view.focus_search()
    assert view.focusWidget() is view.search_edit


# ------------------------------------------------------------------ lazy loading


def test_rows_are_built_only_when_shown(qtbot, sqlite_desk, clock):
    from accountdesk.services.demo import generate_demo

    generate_demo(sqlite_desk.sessions, clock, 16, 12, 1)
    view = open_view(qtbot, sqlite_desk)
    view.table.viewport().repaint()
    before = view.model.fetched_rows
    with waiting(qtbot, view):
        view.all_months.setChecked(True)
    view.table.viewport().repaint()
    total = view.model.rowCount()
    assert total == sqlite_desk.portfolio.counts().entries > 4 * BLOCK
    # Only the block on screen was built, not every row.
    assert 0 < view.model.fetched_rows - before <= BLOCK
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    assert view.model.fetched_rows - before <= 3 * BLOCK
    assert view.model.built_rows() < total
    last = view.model.index(total - 1, DESCRIPTION)
    assert last.data() == sqlite_desk.ledger_browser.rows([view.model.ids[-1]])[0].description

    # Selecting everything builds nothing more, and deleting that much is refused.
    built = view.model.fetched_rows
    before = snapshot(sqlite_desk)
    view.table.selectAll()
    assert view.selected_count() == total
    assert not view.delete_button.isEnabled()
    view.delete_selected()
    assert f"{total:,} entries are selected" in view.selection_notice.text()
    assert view.model.fetched_rows == built
    assert snapshot(sqlite_desk) == before


def test_hidden_view_does_not_load_until_shown(qtbot, desk):
    context = DeskContext(NOVEMBER)
    view = LedgerView(desk, context)
    qtbot.addWidget(view)
    view.refresh()
    assert not view.loading and view.model.rowCount() == 0
    log(desk, desk.acme, date(2026, 11, 3), 3600)
    with waiting(qtbot, view):
        view.show()
    assert view.model.rowCount() == 1


def test_several_selected_entries_stay_selected_when_someone_else_logs(qtbot, desk):
    """A refresh after another person's change keeps the rows the user had picked."""
    ids = [log(desk, desk.acme, date(2026, 11, day), 1800) for day in (2, 3, 4, 5)]
    view = open_view(qtbot, desk)
    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
    for entry_id in (ids[0], ids[2]):
        view.table.selectionModel().select(view.model.index(row_of(view, entry_id), 0), flags)
    assert view.selected_count() == 2

    log(desk, desk.acme, date(2026, 11, 1), 900, description="Earlier call")  # another's
    with waiting(qtbot, view):
        view.refresh()

    assert view.model.rowCount() == 5
    assert sorted(e.id for e in view.selected_entries()) == [ids[0], ids[2]]
