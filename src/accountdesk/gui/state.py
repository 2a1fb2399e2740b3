"""What the window remembers between sessions beyond its own size: table columns."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QTableView

from accountdesk.gui import settings


def remember_columns(table: QTableView, key: str) -> None:
    """Keep the table's column widths, order and sort between sessions, and apply what
    was kept last time (call once the table has its model and default widths)."""
    header = table.horizontalHeader()
    state = QSettings().value(settings.columns(key))
    if isinstance(state, QByteArray) and header.restoreState(state):
        table.sortByColumn(header.sortIndicatorSection(), header.sortIndicatorOrder())

    def save(*_: object) -> None:
        QSettings().setValue(settings.columns(key), header.saveState())

    header.sectionResized.connect(save)
    header.sectionMoved.connect(save)
    header.sortIndicatorChanged.connect(save)
