"""The six views of the main window. Each is a thin widget over the services, driven
by the shared DeskContext (customer, month, data changed)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from accountdesk.app import Desk
from accountdesk.gui.context import DeskContext
from accountdesk.gui.tasks import Loader, Work


class View(QWidget):
    """What the main window expects of a view."""

    title = ""

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.context = context

    def focus_search(self) -> None:
        """Ctrl+F: put the focus in the view's search or filter box."""

    def refresh(self) -> None:
        """Show the database as it is now."""


class LoadedWhenShown(View):
    """A view that reads the database off the window's thread, and only while it is on
    screen: a refresh while it is hidden waits until it is next shown. One read runs at
    a time; asked again meanwhile, the newest wish is read once the running one is done
    (see `tasks.Loader`).

    Subclasses give `_read()`, which runs on the window's thread, takes what it needs
    from the widgets and the context and returns the work to run off it; `_loaded(result)`
    shows the result; `_load_failed(message)` says why there is none."""

    loading_title: ClassVar[str] = "Reading the database…"
    progress_dialog: ClassVar[bool] = False  # a dialog when a read takes a while
    read_after_paint: ClassVar[bool] = False  # shown: draw first, read right after

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        self.loader = Loader(
            self,
            self.loading_title,
            self._read,
            self._loaded,
            self._load_failed,
            dialog=self.progress_dialog,
            after_paint=self.read_after_paint,
        )

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self) -> None:
        """Reload now when on screen; otherwise when next shown."""
        self.loader.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _read(self) -> Work:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _loaded(self, result: Any) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _load_failed(self, message: str) -> None:  # pragma: no cover
        raise NotImplementedError
