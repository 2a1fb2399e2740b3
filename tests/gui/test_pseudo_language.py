"""Pseudo-localisation: the window run in a language where every message is accented and
40 % longer. No view clips a label or a button, and every word on screen is either
translated, the user's own data, or one of the words kept in every language."""

from __future__ import annotations

import re
from collections.abc import Iterator

import pytest
from PySide6.QtCore import QLocale, QModelIndex, Qt, QThreadPool
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QToolBar,
    QWidget,
)
from sqlalchemy import inspect, select, text

from accountdesk.app import Desk
from accountdesk.domain.tiers import Tier
from accountdesk.gui import language
from accountdesk.gui.dialogs.customer import ContactDialog, CustomerDialog, TierChangeDialog
from accountdesk.gui.main_window import MainWindow
from accountdesk.services.demo import generate_demo

WORD = re.compile(r"[A-Za-z]{3,}")
# Kept as they are in every language (docs/glossary.md), and what names keys.
KEPT = {
    "AccountDesk", "Community", "Professional", "Enterprise", "CSM", "TAM", "QBR", "SLA",
    "CSV", "PDF", "URL", "UTC", "SQLite", "PostgreSQL", "iCalendar", "ics", "csv", "pdf",
    "Ctrl", "Shift", "PgUp", "PgDown", "Del", "Esc", "sqlite", "sqlite3",
}  # fmt: skip


@pytest.fixture(scope="module")
def pseudo(qapp: QApplication) -> Iterator[None]:
    translators = language.install(qapp, language.PSEUDO)
    yield
    language.uninstall(qapp, translators)


def data_words(desk: Desk) -> set[str]:
    """Every word the user (here the demo) typed: names, descriptions, notes."""
    words: set[str] = set()
    with desk.engine.connect() as connection:
        for table in inspect(connection).get_table_names():
            for row in connection.execute(select(text("*")).select_from(text(table))):
                for value in row:
                    if isinstance(value, str):
                        words |= set(WORD.findall(value))
    return words


def locale_words() -> set[str]:
    """Month and day names Qt formats in the pseudo-language's locale (en_US): a date,
    not a message. The product's own words (months, categories, refusals) come through
    `wording`, which speaks the pseudo-language too, so they are not allowed here."""
    found: set[str] = set()
    locale = QLocale("en_US")
    for month in range(1, 13):
        found.add(locale.monthName(month))
        found.add(locale.monthName(month, QLocale.FormatType.ShortFormat))
    for weekday in range(1, 8):
        found.add(locale.dayName(weekday))
        found.add(locale.dayName(weekday, QLocale.FormatType.ShortFormat))
    return found


def plain(shown: str) -> str:
    if "<" in shown and ">" in shown:
        document = QTextDocument()
        document.setHtml(shown)
        return document.toPlainText()
    return shown


def shown_texts(root: QWidget) -> Iterator[tuple[QWidget, str]]:
    """Every text a user can see in `root`: labels, buttons, titles, tool tips, column
    titles, list items, placeholders, menus."""
    yield root, root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible():
            continue
        if widget.toolTip():
            yield widget, plain(widget.toolTip())
        if isinstance(widget, QLabel):
            yield widget, plain(widget.text())
        elif isinstance(widget, QAbstractButton):
            yield widget, widget.text()
        elif isinstance(widget, QGroupBox):
            yield widget, widget.title()
        elif isinstance(widget, QLineEdit):
            yield widget, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield widget, widget.itemText(index)
        elif isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield widget, widget.tabText(index)
        elif isinstance(widget, QAbstractItemView) and widget.model() is not None:
            model = widget.model()
            try:
                columns = model.columnCount(QModelIndex())
            except TypeError:  # a list model: one column, and Qt keeps its count private
                columns = 1
            for column in range(columns):
                header = model.headerData(column, Qt.Orientation.Horizontal)
                if isinstance(header, str):
                    yield widget, header
            for row in range(min(model.rowCount(QModelIndex()), 30)):
                for column in range(columns):
                    cell = model.index(row, column).data()
                    if isinstance(cell, str):
                        yield widget, cell
        elif isinstance(widget, QToolBar):
            for action in widget.actions():
                yield widget, action.text()
    if hasattr(root, "menuBar"):
        menus: list[QMenu] = [a.menu() for a in root.menuBar().actions() if a.menu()]
        yield root, " ".join(a.text() for a in root.menuBar().actions())
        while menus:
            menu = menus.pop()
            for action in menu.actions():
                yield menu, action.text()
                if action.menu() is not None:
                    menus.append(action.menu())


# Codes kept in every language: currencies (USD), time zones (CET), abbreviations.
CODE = re.compile(r"^[A-Z]{2,5}$")
# A file's path or a database's URL, as the user gave it.
PATH = re.compile(r"\S*[/\\]\S*")


def escaped(root: QWidget, allowed: set[str]) -> list[str]:
    found = []
    for widget, shown in shown_texts(root):
        words = [
            w for w in WORD.findall(PATH.sub("", shown)) if w not in allowed and not CODE.match(w)
        ]
        if words:
            found.append(f"{type(widget).__name__} {widget.objectName()!r}: {shown!r}")
    return sorted(set(found))


def clipped(root: QWidget) -> list[str]:
    """Labels and buttons narrower (or lower) than their text needs."""
    found = []
    for widget in root.findChildren(QWidget):
        if not widget.isVisible() or widget.window() is not root:
            continue
        if isinstance(widget, QLabel) and widget.text() and widget.pixmap().isNull():
            if widget.wordWrap():
                short = widget.heightForWidth(widget.width()) > widget.height() + 1
            else:
                hint = widget.sizeHint()
                short = hint.width() > widget.width() + 1 or hint.height() > widget.height() + 1
        elif (
            isinstance(widget, QAbstractButton)
            and widget.text()
            and not isinstance(widget.parentWidget(), QToolBar)
        ):
            short = widget.sizeHint().width() > widget.width() + 1
        elif isinstance(widget, QGroupBox) and widget.title():
            short = widget.fontMetrics().horizontalAdvance(widget.title()) > widget.width()
        else:
            continue
        if short:
            found.append(
                f"{type(widget).__name__} {widget.objectName()!r}: {widget.text()!r} "
                f"({widget.width()} of {widget.sizeHint().width()} px)"
            )
    return found


def settle(app: QApplication) -> None:
    for _ in range(20):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(100)
    app.processEvents()


@pytest.fixture(scope="module")
def window(qapp, pseudo, tmp_path_factory) -> Iterator[MainWindow]:
    from datetime import date

    from accountdesk.app import open_desk
    from accountdesk.domain.clock import FixedClock

    path = tmp_path_factory.mktemp("pseudo") / "pseudo.sqlite3"
    desk = open_desk(str(path), clock=FixedClock(date(2026, 11, 26)), user="tester")
    generate_demo(desk.sessions, desk.clock, 4, 3, 1)
    shown = MainWindow(desk)
    shown.resize(1360, 860)
    shown.show()
    settle(qapp)
    yield shown
    shown.close()
    desk.close()


@pytest.mark.parametrize("view", range(1, 7))
def test_each_view_is_translated_and_nothing_is_clipped(qapp, window, view):
    window.show_view(view)
    first = window.picker.itemData(1) if window.picker.count() > 1 else None
    if first is not None:
        window.context.set_customer(first)
    settle(qapp)
    allowed = KEPT | data_words(window.desk) | locale_words() | {"pseudo", window.desk.user}
    untranslated = escaped(window, allowed)
    assert not untranslated, "\n".join(untranslated)
    cut = clipped(window)
    assert not cut, "\n".join(cut)


def _dialogs(window: MainWindow) -> dict[str, QDialog]:
    from accountdesk.gui.dialogs.preferences import PreferencesDialog
    from accountdesk.gui.dialogs.reports import BatchDialog

    desk = window.desk
    first = desk.portfolio.customers()[0]
    detail = desk.portfolio.customer(first.id)
    tier_change = TierChangeDialog(desk, detail, window)
    return {
        "customer": CustomerDialog(desk, None, ((), ()), window),
        "tier change": tier_change,
        "contact": ContactDialog(desk, detail, window),
        "preferences": PreferencesDialog(desk, window),
        "batch": BatchDialog(desk, window.context, window),
    }


def test_the_dialogs_are_translated_and_nothing_is_clipped(qapp, window):
    allowed = KEPT | data_words(window.desk) | locale_words() | {"pseudo", window.desk.user}
    for name in language.LANGUAGES.values():  # each language's own name
        allowed |= set(WORD.findall(name))
    problems = []
    for name, dialog in _dialogs(window).items():
        dialog.show()
        settle(qapp)
        if isinstance(dialog, TierChangeDialog):  # as the user does: the preview grows
            dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
            settle(qapp)
        problems += [f"{name}: {each}" for each in escaped(dialog, allowed) + clipped(dialog)]
        dialog.close()
        dialog.deleteLater()
    assert not problems, "\n".join(problems)
