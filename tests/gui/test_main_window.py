"""The main window: first run, navigation, the customer and month context, state."""

from datetime import date

from PySide6.QtGui import QKeySequence

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.gui.main_window import MainWindow
from accountdesk.services.portfolio import NewCustomer


def window(qtbot, desk):
    shown = MainWindow(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.up_to_date)
    return shown


def test_first_run_shows_the_welcome_page_and_locks_the_views(qtbot, sqlite_desk):
    main = window(qtbot, sqlite_desk)
    assert main.pages.currentWidget() is main.welcome
    assert not main.navigation.isEnabled()
    assert "0 customers" in main.status.text()


def test_load_demo_data_from_the_welcome_page(qtbot, sqlite_desk):
    main = window(qtbot, sqlite_desk)
    main.load_demo()
    qtbot.waitUntil(lambda: main.has_customers, timeout=60_000)
    assert main.pages.currentWidget() is not main.welcome
    assert "50 customers" in main.status.text()
    assert main.picker.count() == 51  # "All customers" and every customer


def test_views_by_shortcut_and_month_stepper(qtbot, sqlite_desk):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    main = window(qtbot, sqlite_desk)
    # The offscreen platform has no active window to deliver shortcuts to, so the
    # shortcut's action is triggered as the key press would.
    for number, action in enumerate(main.view_actions, start=1):
        assert action.shortcut() == QKeySequence(f"Ctrl+{number}")
        action.trigger()
        assert main.current_view() is main.views[number - 1]
    with qtbot.waitSignal(main.context.monthChanged):
        main.previous_month.click()
    assert main.context.month == Month(2026, 10)
    assert main.month_label.text() == "Oct 2026"
    # The month stepper is in the View menu too, with its shortcuts.
    assert main.next_month_action.shortcut() == QKeySequence("Ctrl+PgDown")
    assert main.previous_month_action.shortcut() == QKeySequence("Ctrl+PgUp")
    main.next_month_action.trigger()
    main.next_month_action.trigger()
    assert main.month_label.text() == "Dec 2026"
    view_menu = next(a.menu() for a in main.menuBar().actions() if a.text() == "&View")
    assert main.next_month_action in view_menu.actions()


def test_standard_shortcuts(qtbot, sqlite_desk):
    main = window(qtbot, sqlite_desk)
    edit = next(a.menu() for a in main.menuBar().actions() if a.text() == "&Edit")
    shortcuts = {action.text(): action.shortcuts() for action in edit.actions()}
    assert QKeySequence("Ctrl+Z") in shortcuts["Undo"]
    assert QKeySequence("Ctrl+Shift+Z") in shortcuts["Redo"]
    assert QKeySequence("Ctrl+F") in shortcuts["Find"]
    assert main.new_customer_action.shortcut() == QKeySequence("Ctrl+N")
    assert main.log_hours_action.shortcut() == QKeySequence("Ctrl+L")


def test_customer_picker_sets_the_context(qtbot, sqlite_desk):
    new_id = sqlite_desk.portfolio.add_customer(
        NewCustomer("株式会社テスト", Tier.ENTERPRISE, date(2026, 1, 1))
    )
    main = window(qtbot, sqlite_desk)
    with qtbot.waitSignal(main.context.customerChanged) as changed:
        main.picker.activated.emit(main.picker.findText("株式会社テスト"))
    assert changed.args == [new_id]


def test_window_state_is_remembered(qtbot, sqlite_desk):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    main = window(qtbot, sqlite_desk)
    main.show_view(4)
    main.splitter.setSizes([230, 900])
    sizes = main.splitter.sizes()
    size = main.size()
    main.close()
    again = window(qtbot, sqlite_desk)
    assert again.current_view() is again.views[3]
    assert again.size() == size
    assert again.splitter.sizes() == sizes
