"""A customer success manager's day in the window, where the hands expect: the customer
picker and Enter, names in the language's order, dates as the report prints them,
whole rows and full names on Home, a Customers detail that stays put, a batch summary
that is not clipped, an issued month's notice without a missing glyph, a quick entry
that forgets a refused attempt, and the name on the hours asked for once."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QLocale, QSettings, Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QPlainTextEdit

from accountdesk import preferences
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui import format as fmt
from accountdesk.gui import settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.reports import BatchDialog
from accountdesk.gui.main_window import MainWindow
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.customers import CustomersTableModel
from accountdesk.gui.qtmodels.dashboard import CUSTOMER
from accountdesk.gui.views.customers import CustomersView
from accountdesk.gui.views.home import HomeView
from accountdesk.gui.views.ledger import QUICK_HINT, LedgerView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

NOVEMBER = Month(2026, 11)
START = date(2026, 1, 1)
# Written as a user in Lyon, Madrid or Munich would type them; sorted by code numbers
# "Montaña" and "Zeta" would come before "Méridienne" and "Élan".
NAMES = ["Zeta Robotics", "Montaña Construcción S.A.", "Méridienne Logistique SAS", "Élan Vital"]
IN_ORDER = ["Élan Vital", "Méridienne Logistique SAS", "Montaña Construcción S.A.", "Zeta Robotics"]

# The picker's completion popup can neither be raised nor grab the keyboard offscreen.
offscreen_popup = pytest.mark.qt_log_ignore("This plugin does not support (raise|grabbing)")


def add(desk, name, tier=Tier.PROFESSIONAL, **extra):
    return desk.portfolio.add_customer(NewCustomer(name, tier, START, **extra))


def window(qtbot, desk):
    shown = MainWindow(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.up_to_date)
    return shown


def plain(label):
    return QTextDocumentFragment.fromHtml(label.text()).toPlainText()


# ------------------------------------------------------------------ navigation


@offscreen_popup
def test_enter_in_the_customer_picker_chooses_the_customer_a_prefix_names(qtbot, sqlite_desk):
    acme = add(sqlite_desk, "Acme Analytics")
    add(sqlite_desk, "Beta Labs")
    bergamo = add(sqlite_desk, "Bergamo Foods")
    main = window(qtbot, sqlite_desk)
    line = main.picker.lineEdit()

    def enter(typed):
        line.selectAll()
        qtbot.keyClicks(line, typed)
        qtbot.keyClick(line, Qt.Key.Key_Return)

    enter("acm")  # the start of one name only, in any case
    assert main.context.customer_id == acme
    assert main.picker.currentText() == "Acme Analytics"  # the whole name, chosen
    enter("be")  # Beta and Bergamo: nothing is guessed
    assert main.context.customer_id == acme
    enter("Berg")
    assert main.context.customer_id == bergamo
    assert main.picker.currentText() == "Bergamo Foods"
    enter("all")
    assert main.context.customer_id is None  # "All customers"


# ------------------------------------------------------------------ order and dates


def test_names_sort_in_the_users_language_in_the_table_and_the_picker(qtbot, sqlite_desk):
    for name in NAMES:
        add(sqlite_desk, name)
    main = window(qtbot, sqlite_desk)
    picker = [main.picker.itemText(i) for i in range(1, main.picker.count())]
    assert picker == IN_ORDER

    view = CustomersView(sqlite_desk, DeskContext(NOVEMBER))
    qtbot.addWidget(view)
    view.show()
    qtbot.waitUntil(lambda: view.ready)
    model = view.model
    view.table.sortByColumn(model.NAME, Qt.SortOrder.AscendingOrder)
    shown = [model.index(row, model.NAME).data() for row in range(model.rowCount())]
    assert shown == IN_ORDER
    view.table.sortByColumn(model.NAME, Qt.SortOrder.DescendingOrder)
    shown = [model.index(row, model.NAME).data() for row in range(model.rowCount())]
    assert shown == IN_ORDER[::-1]


def test_dates_read_as_the_report_prints_them_whatever_the_locale(qtbot, sqlite_desk):
    add(sqlite_desk, "Acme")
    before = QLocale()
    american = QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    QLocale.setDefault(american)  # whose short format is 11/26/26
    try:
        assert fmt.day(date(2026, 11, 26)) == "2026-11-26"
        assert fmt.long_day(date(2026, 11, 26)) == "26 November 2026"
        view = LedgerView(sqlite_desk, DeskContext(NOVEMBER))
        qtbot.addWidget(view)
        assert view.date_edit.displayFormat() == "yyyy-MM-dd"
        assert view.date_edit.text() == "2026-11-26"
    finally:
        QLocale.setDefault(before)


# ------------------------------------------------------------------ layout


def test_home_shows_whole_rows_and_whole_names(qtbot, sqlite_desk):
    long_name = "Saraswati Hospitality and Wellness Pvt Ltd"
    for number in range(14):  # more than a card shows: it scrolls
        name = long_name if number == 0 else f"Renewing Customer {number:02}"
        add(sqlite_desk, name, end=date(2026, 12, 1 + number))
    view = HomeView(sqlite_desk, DeskContext(NOVEMBER))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    table = view.renewals.list
    row = table.sizeHintForRow(0)
    assert row > 0 and table.viewport().height() % row == 0  # no row cut in half
    for height in (650, 800, 900):
        view.resize(1100, height)
        qtbot.waitUntil(lambda row=row: table.viewport().height() % row == 0)
    # The name is shown whole: its column is as wide as its text.
    name_row = next(
        r for r in range(view.renewals.proxy.rowCount())
        if view.renewals.proxy.index(r, CUSTOMER).data() == long_name
    )  # fmt: skip
    needed = table.fontMetrics().horizontalAdvance(long_name)
    assert table.horizontalHeader().sectionSize(CUSTOMER) >= needed
    assert table.visualRect(view.renewals.proxy.index(name_row, CUSTOMER)).width() >= needed


def test_the_customers_splitter_stays_put_on_every_tab_and_shows_flags(qtbot, sqlite_desk):
    acme = add(sqlite_desk, "Acme", end=date(2026, 12, 10))
    sqlite_desk.portfolio.add_contact(acme, "Ann Long-Surname", "ann@acme.test", named=True)
    context = DeskContext(NOVEMBER)
    view = CustomersView(sqlite_desk, context)
    qtbot.addWidget(view)
    view.resize(1170, 760)  # the room a 1360-pixel window gives a view
    view.show()
    qtbot.waitUntil(lambda: view.ready)
    context.set_customer(acme)
    qtbot.waitUntil(lambda: view.detail is not None and view.ready)
    sizes = view.splitter.sizes()
    for tab in range(view.tabs.count()):
        view.tabs.setCurrentIndex(tab)
        qtbot.wait(10)
        assert view.splitter.sizes() == sizes, view.tabs.tabText(tab)
    header = view.table.horizontalHeader()
    flags = CustomersTableModel.FLAGS
    # Once the columns are laid out (a later event on a busy machine), the flags show.
    qtbot.waitUntil(
        lambda: (
            header.sectionPosition(flags) + header.sectionSize(flags)
            <= view.table.viewport().width()
        )
    )


def test_the_batch_summary_wraps_instead_of_clipping(qtbot, sqlite_desk, tmp_path):
    add(sqlite_desk, "Méridienne Logistique Internationale SAS", Tier.ENTERPRISE)
    out = tmp_path / "out"
    out.mkdir()
    dialog = BatchDialog(sqlite_desk, DeskContext(NOVEMBER))
    qtbot.addWidget(dialog)
    dialog.resize(520, 400)
    dialog.show()
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.finishedRun, timeout=60_000):
        dialog.start_button.click()
    assert "USD due" in dialog.summary.toPlainText()
    assert dialog.summary.lineWrapMode() is QPlainTextEdit.LineWrapMode.WidgetWidth
    assert dialog.summary.horizontalScrollBar().maximum() == 0  # nothing off the edge


def test_the_issued_month_notice_starts_with_a_drawn_padlock(qtbot, sqlite_desk):
    acme = add(sqlite_desk, "Acme")
    sqlite_desk.ledger.log(
        NewEntry(acme, date(2026, 10, 5), 60, Category.CONSULTING, "Ana", "Design")
    )
    sqlite_desk.ledger.lock_month(acme, Month(2026, 10))
    context = DeskContext(Month(2026, 10))
    context.set_customer(acme)
    view = LedgerView(sqlite_desk, context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    assert view.lock_notice.text().startswith("October 2026 is issued for Acme")
    assert view._lock_mark.isVisible() and not view._lock_mark.pixmap().isNull()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.set_month(NOVEMBER)
    assert not view._lock_mark.isVisible()


def test_the_quick_entry_forgets_a_refused_attempt_after_other_work(qtbot, sqlite_desk):
    acme = add(sqlite_desk, "Acme")
    context = DeskContext(NOVEMBER)
    context.set_customer(acme)
    view = LedgerView(sqlite_desk, context)
    context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    qtbot.keyClicks(view.hours_edit, "lots")
    qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    refused = view.quick_message.text()
    assert refused != QUICK_HINT and view.hours_edit.text() == "lots"
    # Still there while the user is at it...
    assert view.quick_message.text() == refused
    # ...gone once they turn to other work: another month.
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.set_month(Month(2026, 10))
    assert view.quick_message.text() == QUICK_HINT
    assert view.hours_edit.text() == ""

    # A customer name no customer has: refused, then replaced by the toolbar's customer
    # once something else changed the data.
    view.customer_edit.setText("Acmee")
    view.hours_edit.setText("1")
    view.log_quick_entry()
    assert view.quick_message.text() != QUICK_HINT
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.notify_changed()
    assert view.quick_message.text() == QUICK_HINT
    assert view.customer_edit.text() == "Acme"
    assert view.hours_edit.text() == "1"  # accepted text stays


# ------------------------------------------------------------------ who is logging


@pytest.fixture
def first_run():
    """The window as on its first run: never asked for the name."""
    QSettings().remove(settings.NAME_ASKED)
    QSettings().remove(settings.ENGINEER)
    yield
    QSettings().remove(settings.NAME_ASKED)
    QSettings().remove(settings.ENGINEER)


def test_the_first_run_asks_for_the_name_once(qtbot, sqlite_desk, first_run, monkeypatch):
    add(sqlite_desk, "Acme")
    asked = []

    def answer(cls, parent, title, label, value):
        asked.append(title)
        return "  Amara Ibáñez "

    monkeypatch.setattr(Prompts, "name", classmethod(answer))
    main = window(qtbot, sqlite_desk)
    qtbot.waitUntil(lambda: asked != [])
    assert asked == ["Your name on the hours you log"]
    assert preferences.saved_engineer() == "Amara Ibáñez"  # where the command line reads it
    ledger = main.views[3]
    main.show_view(4)
    assert plain(ledger.engineer_label) == "Logged as Amara Ibáñez · Change…"
    ledger.customer_edit.setText("Acme")
    ledger.description_edit.setText("Sizing call")
    ledger.hours_edit.setText("1")
    with qtbot.waitSignal(ledger.loaded, timeout=10_000):
        ledger.log_quick_entry()
    [entry] = sqlite_desk.ledger.entries("Acme", NOVEMBER)
    assert entry.engineer == "Amara Ibáñez"
    main.close()

    again = window(qtbot, sqlite_desk)
    qtbot.wait(50)
    assert asked == ["Your name on the hours you log"]  # once
    again.close()


def test_a_user_who_declines_is_not_asked_again(qtbot, sqlite_desk, first_run, monkeypatch):
    add(sqlite_desk, "Acme")
    asked = []
    monkeypatch.setattr(
        Prompts, "name", classmethod(lambda cls, *args: asked.append(args[1]) or None)
    )
    main = window(qtbot, sqlite_desk)
    qtbot.waitUntil(lambda: asked != [])
    ledger = main.views[3]
    main.show_view(4)
    assert plain(ledger.engineer_label) == "Logged as tester (your login) · Set your name…"
    main.close()
    again = window(qtbot, sqlite_desk)
    qtbot.wait(50)
    assert len(asked) == 1
    # The bar's link asks again, on purpose.
    monkeypatch.setattr(Prompts, "name", classmethod(lambda cls, *args: "Jordan Doe"))
    ledger = again.views[3]
    again.show_view(4)
    ledger.engineer_label.linkActivated.emit("name")
    assert plain(ledger.engineer_label) == "Logged as Jordan Doe · Change…"
    assert preferences.saved_engineer() == "Jordan Doe"
