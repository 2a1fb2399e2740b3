"""The menus: opening and starting databases, the recent ones, a database that cannot
be opened, Help (the guide and the shortcuts), what the items say, Undo's whole text,
Preferences' company, custom prices and the batch folder."""

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtGui import QKeySequence, QUndoCommand

from accountdesk.app import open_desk
from accountdesk.domain.tiers import Tier
from accountdesk.gui import settings
from accountdesk.gui.dialogs.customer import CustomerDialog, TierChangeDialog
from accountdesk.gui.dialogs.preferences import PreferencesDialog
from accountdesk.gui.dialogs.reports import BatchDialog
from accountdesk.gui.help import shortcuts
from accountdesk.gui.main_window import MainWindow, start_window
from accountdesk.gui.prompts import Prompts
from accountdesk.services.portfolio import NewCustomer
from accountdesk.shipped import doc_path, resource_path
from tests.conftest import snapshot


def shown_window(qtbot, desk):
    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.up_to_date, timeout=30_000)
    return window


def menu(window, title):
    return next(a.menu() for a in window.menuBar().actions() if a.text() == title)


def texts(a_menu):
    return [a.text() for a in a_menu.actions() if not a.isSeparator()]


def database_with(tmp_path, name, customer):
    path = tmp_path / name
    desk = open_desk(str(path))
    try:
        desk.portfolio.add_customer(NewCustomer(customer, Tier.PROFESSIONAL, date(2026, 1, 1)))
    finally:
        desk.close()
    return path


def ready(qtbot, window):
    qtbot.waitUntil(lambda: window.desk is not None and window.up_to_date, timeout=30_000)
    return window


def answers(monkeypatch, name, *values):
    """Prompts.`name` answers `values` in turn; returns what it was asked."""
    asked = []
    left = list(values)

    def answer(cls, *args):
        asked.append(args)
        return left.pop(0)

    monkeypatch.setattr(Prompts, name, classmethod(answer))
    return asked


def test_menu_items_say_what_they_do(qtbot, sqlite_desk):
    window = shown_window(qtbot, sqlite_desk)
    assert texts(menu(window, "&File")) == [
        "New customer…",
        "New database…",
        "Open database…",
        "Recent databases",
        "Load demo data…",
        "Back up database…",
        "Import customers…",
        "Import hours…",
        "Export hours…",
        "Quit",
    ]
    assert texts(menu(window, "&Customer")) == ["New customer…", "Log hours"]
    assert texts(menu(window, "&Help")) == ["User guide", "Keyboard shortcuts", "About AccountDesk"]
    keys = {item: keys for _, item, keys in shortcuts(window.menuBar())}
    assert keys["Open database…"] == QKeySequence("Ctrl+O").toString()
    assert keys["User guide"] == QKeySequence("F1").toString()
    assert keys["New customer…"] == QKeySequence("Ctrl+N").toString()
    # The toolbar keeps its short words.
    assert window.new_customer_action.iconText() == "New customer"


def test_open_another_database_takes_the_windows_place(qtbot, sqlite_desk, tmp_path, monkeypatch):
    window = shown_window(qtbot, sqlite_desk)
    first = settings.recent_databases()[0]
    other = database_with(tmp_path, "globex.sqlite3", "Globex")
    answers(monkeypatch, "open_file", other)

    opened = window.open_another()
    qtbot.addWidget(opened)
    ready(qtbot, opened)
    assert opened.windowTitle() == "AccountDesk — globex.sqlite3"
    assert opened.picker.findText("Globex") > 0
    assert not window.isVisible() and opened.isVisible()
    assert settings.recent_databases()[:2] == [str(other.resolve()), first]

    # Recent databases: the one open is there but cannot be chosen again.
    opened.recent_menu.aboutToShow.emit()
    recent = {a.text(): a for a in opened.recent_menu.actions() if not a.isSeparator()}
    assert not recent["globex.sqlite3"].isEnabled()
    assert recent[first.rsplit("/", 1)[-1]].isEnabled()
    assert "Clear the list" in recent
    opened.close()
    opened.desk.close()


def test_new_database_starts_clean_and_never_overwrites_a_file(
    qtbot, sqlite_desk, tmp_path, monkeypatch
):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    window = shown_window(qtbot, sqlite_desk)
    existing = tmp_path / "keep.sqlite3"
    existing.write_bytes(b"something of value")
    fresh = tmp_path / "clean.sqlite3"
    asked = answers(monkeypatch, "save_file", existing, fresh)
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))

    opened = window.new_database()
    qtbot.addWidget(opened)
    ready(qtbot, opened)
    assert len(asked) == 2
    assert said == [
        f"{existing} already exists; a new database needs a new file name. To work in that "
        "database, choose File ▸ Open database…."
    ]
    assert existing.read_bytes() == b"something of value"
    assert opened.pages.currentWidget() is opened.welcome  # no customers: a clean start
    assert "0 customers" in opened.status.text()
    opened.close()
    opened.desk.close()


def test_a_database_that_cannot_be_opened_offers_another(qtbot, tmp_path, clock, monkeypatch):
    broken = tmp_path / "notes.sqlite3"
    broken.write_bytes(b"My notes, not a database.\n" * 50)
    good = database_with(tmp_path, "team.sqlite3", "Initech")
    asked = answers(monkeypatch, "after_refusal", "open")
    answers(monkeypatch, "open_file", good)

    window = start_window(str(broken), clock)
    qtbot.addWidget(window)
    ready(qtbot, window)
    (_, text, cancel) = asked[0]
    assert "not an AccountDesk database" in text and cancel == "Quit"
    assert window.refusal is None and window.isVisible()
    assert window.picker.findText("Initech") > 0
    assert broken.read_bytes() == b"My notes, not a database.\n" * 50
    window.close()
    window.desk.close()


def test_a_database_that_cannot_be_opened_can_be_replaced_by_a_new_one(
    qtbot, tmp_path, clock, monkeypatch
):
    broken = tmp_path / "notes.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    answers(monkeypatch, "after_refusal", "open", "new")
    answers(monkeypatch, "open_file", None)  # the file dialog cancelled: asked again
    answers(monkeypatch, "save_file", tmp_path / "fresh.sqlite3")

    window = start_window(str(broken), clock)
    qtbot.addWidget(window)
    ready(qtbot, window)
    assert window.windowTitle() == "AccountDesk — fresh.sqlite3"
    window.close()
    window.desk.close()


def test_switching_to_a_bad_database_and_cancelling_keeps_the_window(
    qtbot, sqlite_desk, tmp_path, monkeypatch
):
    window = shown_window(qtbot, sqlite_desk)
    broken = tmp_path / "notes.sqlite3"
    broken.write_bytes(b"not a database" * 100)
    asked = answers(monkeypatch, "after_refusal", "cancel")
    other = window.switch_to(str(broken))
    qtbot.addWidget(other)
    qtbot.waitUntil(lambda: bool(asked), timeout=30_000)
    assert asked[0][2] == "Cancel"
    qtbot.waitUntil(lambda: not other.isVisible())
    assert window.isVisible() and window.desk is sqlite_desk
    assert sqlite_desk.portfolio.counts().customers == 0  # still usable


def test_help_shows_the_user_guide_and_the_shortcuts(qtbot, sqlite_desk):
    window = shown_window(qtbot, sqlite_desk)
    guide = window.show_user_guide()
    assert guide.isVisible()
    assert guide.windowTitle() == "AccountDesk — User guide"
    shown = guide.text
    assert shown.startswith("AccountDesk user guide")
    assert "## " not in shown and "*File" not in shown  # Markdown rendered, not raw
    assert "File ▸ Open database… (Ctrl+O) opens another database file." in shown
    assert window.show_user_guide() is guide  # one guide window, brought forward
    assert doc_path("user-guide.md").read_text(encoding="utf-8").startswith("# AccountDesk")

    keys = window.show_shortcuts().text
    for item, sequence in [("New customer…", "Ctrl+N"), ("Open database…", "Ctrl+O"),
                           ("Undo", "Ctrl+Z"), ("Hours ledger", "Ctrl+4")]:  # fmt: skip
        cells = keys.splitlines()  # a table: one cell a line, menu, item, keys
        assert cells[cells.index(item) + 1].startswith(QKeySequence(sequence).toString())


def test_undo_says_the_whole_command_even_with_an_ampersand(qtbot, sqlite_desk):
    window = shown_window(qtbot, sqlite_desk)
    text = "Log 1:30 h for Smith & Sons Industrial Automation Holdings International on 26 Nov 2026"
    window.context.undo.push(QUndoCommand(text))
    assert window.undo_action.text() == "Undo " + text.replace("&", "&&")
    assert window.undo_action.toolTip() == "Undo " + text
    edit = menu(window, "&Edit")
    edit.adjustSize()
    assert edit.sizeHint().width() > edit.fontMetrics().horizontalAdvance("Undo " + text)
    window.context.undo.undo()
    assert window.redo_action.text() == "Redo " + text.replace("&", "&&")
    assert window.undo_action.text() == "Undo"


def test_preferences_set_the_company_for_every_report(qtbot, sqlite_desk, tmp_path, monkeypatch):
    window = shown_window(qtbot, sqlite_desk)
    window.preferences()
    dialog = window.preferences_dialog
    assert isinstance(dialog, PreferencesDialog)
    assert dialog.company_name.text() == "DIOTEC 360"
    assert dialog.logo_text.text() == "AccountDesk's logo"
    dialog.company_name.clear()
    dialog.accept()
    assert dialog.error.text() == "The company name cannot be empty."
    assert dialog.isVisible() and dialog.focusWidget() is dialog.company_name

    logo = tmp_path / "nordlicht.png"
    logo.write_bytes(resource_path("logo.png").read_bytes())
    answers(monkeypatch, "open_file", logo)
    dialog.choose_logo()
    assert dialog.logo_text.text() == "nordlicht.png"
    dialog.company_name.setText("Nordlicht GmbH")
    dialog.footer.setText("Hafenstraße 1 · Hamburg")
    dialog.engineer.setText("Amara Ibáñez")
    dialog.accept()
    company = sqlite_desk.company.profile()
    assert (company.name, company.footer) == ("Nordlicht GmbH", "Hafenstraße 1 · Hamburg")
    assert company.logo_bytes == logo.read_bytes()
    assert settings.engineer("root") == "Amara Ibáñez"


@pytest.mark.parametrize("agreed", [False, True])
def test_a_custom_price_asks_before_a_customer_is_saved(qtbot, sqlite_desk, monkeypatch, agreed):
    asked = answers(monkeypatch, "confirm", agreed)
    dialog = CustomerDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.name.setText("Big")
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
    dialog.monthly_fee.setText("20,000")
    before = snapshot(sqlite_desk)
    dialog.accept()
    assert asked[0][1:3] == (
        "Custom price",
        "20,000.00 USD a month is below Enterprise's catalog price (from 25,000.00 USD a "
        "month). Agree this custom price for the contract?",
    )
    if agreed:
        assert not dialog.isVisible()
        assert sqlite_desk.portfolio.customer("Big").terms[0].monthly_fee == Decimal("20000")
    else:
        assert dialog.isVisible() and dialog.focusWidget() is dialog.monthly_fee
        assert dialog.error_text == "The custom price was not agreed; nothing was saved."
        assert snapshot(sqlite_desk) == before


def test_a_custom_price_asks_before_a_tier_change(qtbot, sqlite_desk, monkeypatch):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    asked = answers(monkeypatch, "confirm", False, True)
    dialog = TierChangeDialog(sqlite_desk, sqlite_desk.portfolio.customer("Acme"))
    qtbot.addWidget(dialog)
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
    dialog.monthly_fee.setText("40000")  # above a "from" price: agreed without asking
    dialog.monthly_fee.setText("24000")
    dialog.accept()
    assert "below Enterprise's catalog price" in asked[0][2]
    assert len(sqlite_desk.portfolio.customer("Acme").terms) == 1
    dialog.accept()
    assert [t.tier for t in sqlite_desk.portfolio.customer("Acme").terms] == [
        Tier.PROFESSIONAL,
        Tier.ENTERPRISE,
    ]


def test_a_price_the_catalog_allows_asks_nothing(qtbot, sqlite_desk, monkeypatch):
    asked = answers(monkeypatch, "confirm")
    dialog = CustomerDialog(sqlite_desk)
    qtbot.addWidget(dialog)
    dialog.name.setText("Big")
    dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
    dialog.monthly_fee.setText("30,000")
    dialog.accept()
    assert asked == []
    assert sqlite_desk.portfolio.customer("Big").terms[0].monthly_fee == Decimal("30000")


def test_the_batch_folder_dialog_starts_in_the_folder_used_last(
    qtbot, sqlite_desk, tmp_path, monkeypatch
):
    from PySide6.QtCore import QSettings

    last = tmp_path / "month-end"
    last.mkdir()
    QSettings().setValue(settings.REPORTS_FOLDER, str(last))
    window = shown_window(qtbot, sqlite_desk)
    dialog = BatchDialog(sqlite_desk, window.context, window)
    qtbot.addWidget(dialog)
    assert dialog.folder.text() == str(last)
    asked = answers(monkeypatch, "folder", None)
    dialog.choose_folder()
    assert asked[0][2] == str(last)


def test_recent_databases_keep_eight_newest_first(qtbot):
    for n in range(10):
        settings.remember_database(f"/data/{n}.sqlite3")
    settings.remember_database("/data/3.sqlite3")
    assert settings.recent_databases() == [
        "/data/3.sqlite3", "/data/9.sqlite3", "/data/8.sqlite3", "/data/7.sqlite3",
        "/data/6.sqlite3", "/data/5.sqlite3", "/data/4.sqlite3", "/data/2.sqlite3",
    ]  # fmt: skip
    settings.forget_databases()
    assert settings.recent_databases() == []
