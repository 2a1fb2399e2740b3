"""The main window. For now a placeholder that opens the database and says what it
holds; the full window (customers, entitlements, ledger, reviews) replaces it."""

from __future__ import annotations

import sys

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QMessageBox

from accountdesk import __version__
from accountdesk.app import Desk, open_desk
from accountdesk.domain.errors import Refused


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk) -> None:
        super().__init__()
        self.desk = desk
        self.setWindowTitle(f"AccountDesk — {desk.engine.url.database or desk.location}")
        customers = desk.portfolio.customers()
        text = (
            f"{len(customers):,} customer{'s' * (len(customers) != 1)} in this database.\n\n"
            "The full window is on its way; meanwhile every task is on the command line "
            "(accountdesk --help)."
            if customers
            else "No customers yet.\n\nAdd one with: accountdesk customer add NAME --tier T "
            "--start DATE\nor load the demo portfolio: accountdesk demo"
        )
        label = QLabel(text)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        label.setWordWrap(True)
        label.setMargin(24)
        self.setCentralWidget(label)
        self.statusBar().showMessage(f"AccountDesk {__version__} · {desk.location}")
        self.resize(900, 560)


def run_window(db: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    try:
        desk = open_desk(db)
    except Refused as refused:
        QMessageBox.critical(None, "AccountDesk", str(refused))
        return 2
    window = MainWindow(desk)
    window.show()
    try:
        return int(app.exec())
    finally:
        desk.close()
