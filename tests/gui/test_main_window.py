"""The placeholder window opens on a real database and says what to do next."""

from datetime import date

from PySide6.QtWidgets import QLabel

from accountdesk.domain.tiers import Tier
from accountdesk.gui.main_window import MainWindow
from accountdesk.services.portfolio import NewCustomer


def test_empty_database_says_how_to_start(qtbot, sqlite_desk):
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    text = window.findChild(QLabel).text()
    assert "No customers yet" in text
    assert "accountdesk demo" in text
    assert "accountdesk.sqlite3" in window.windowTitle()


def test_window_counts_the_portfolio(qtbot, sqlite_desk):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    assert window.findChild(QLabel).text().startswith("1 customer in this database.")
