"""The five views of the main window. Each is a thin widget over the services, driven
by the shared DeskContext (customer, month, data changed)."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
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


class LoadedWhenShown(View):
    """A view that reads the database only while it is on screen: a refresh while it
    is hidden waits until it is next shown. Subclasses read in `_load`."""

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        self._stale = True  # what is shown is not the database as it is now

    def refresh(self) -> None:
        """Reload now when on screen; otherwise when next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._load()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._stale:
            self._load()

    def _load(self) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError
