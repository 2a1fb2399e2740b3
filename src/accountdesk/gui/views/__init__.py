"""The five views of the main window. Each is a thin widget over the services, driven
by the shared DeskContext (customer, month, data changed)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accountdesk.app import Desk
from accountdesk.gui.context import DeskContext


class View(QWidget):
    """What the main window expects of a view."""

    title = ""

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.context = context

    def find(self) -> None:
        """Ctrl+F: put the focus in the view's search or filter box."""

    def refresh(self) -> None:
        """Show the database as it is now."""
