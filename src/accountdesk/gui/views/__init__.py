"""The six views of the main window. Each is a thin widget over the services, driven
by the shared DeskContext (customer, month, data changed)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, ClassVar

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

from accountdesk.gui.context import DeskContext
from accountdesk.gui.tasks import Loader, Work

if TYPE_CHECKING:
    from accountdesk.app import Desk
    from accountdesk.db.notices import Change


# What most views show is made of these tables: a view's `watches` names its groups.
CONTRACTS_AND_HOURS = frozenset(
    {
        "customer",
        "contract_term",
        "contact",
        "tier",
        "ledger_entry",
        "locked_month",
        "issued_report",
    }
)
CASES = frozenset({"support_case", "case_escalation", "case_waiting"})


class View(QWidget):
    """What the main window expects of a view."""

    title = ""
    # The tables whose changes the view shows (None: any), and whether it shows every
    # customer's (else only the toolbar's customer's, or all when none is chosen).
    watches: ClassVar[frozenset[str] | None] = None
    all_customers: ClassVar[bool] = True

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.context = context

    def focus_search(self) -> None:
        """Ctrl+F: put the focus in the view's search or filter box."""

    def refresh(self) -> None:
        """Show the database as it is now."""

    def changed_elsewhere(self, change: Change) -> None:
        """Another window or program committed `change`: refresh what of it is shown."""
        if self.shows(change):
            self.refresh()

    def shows(self, change: Change) -> bool:
        return change.touches(
            self.watches, None if self.all_customers else self.context.customer_id
        )


class LoadedWhenShown(View):
    """A view that reads the database off the window's thread, and only while it is on
    screen: a refresh while it is hidden waits until it is next shown. One read runs at
    a time; asked again meanwhile, the newest wish is read once the running one is done
    (see `tasks.Loader`).

    Subclasses give `_read()`, which runs on the window's thread, takes what it needs
    from the widgets and the context and returns the work to run off it; `_loaded(result)`
    shows the result; `_load_failed(message)` says why there is none."""

    # marked in the view's class context, translated in it when shown
    loading_title: ClassVar[str] = str(
        QT_TRANSLATE_NOOP("LoadedWhenShown", "Reading the database…")
    )
    progress_dialog: ClassVar[bool] = False  # a dialog when a read takes a while
    read_after_paint: ClassVar[bool] = False  # shown: draw first, read right after
    keeps_its_place: ClassVar[bool] = False  # restores its own scroll after a reload

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        self.loader = Loader(
            self,
            self._translated(self.loading_title),
            self._read,
            self._show_loaded,
            self._load_failed,
            dialog=self.progress_dialog,
            after_paint=self.read_after_paint,
        )
        # Where the user had scrolled when someone else's change was read: kept.
        self._kept_place: dict[QAbstractScrollArea, tuple[int, int]] = {}

    def _translated(self, text: str) -> str:
        """`text` in the window's language, from the first class that marked it."""
        for kind in type(self).__mro__:
            said = QCoreApplication.translate(kind.__name__, text)
            if said != text:
                return said
        return text

    @property
    def loading(self) -> bool:
        return self.loader.loading

    def refresh(self) -> None:
        """Reload now when on screen; otherwise when next shown."""
        self.loader.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def changed_elsewhere(self, change: Change) -> None:
        if not self.shows(change):
            return
        if not self.keeps_its_place and self.isVisible():
            self._kept_place = {
                area: (area.horizontalScrollBar().value(), area.verticalScrollBar().value())
                for area in self.findChildren(QAbstractScrollArea)
            }
        # Someone else's change: no progress dialog over what the user is doing.
        self.loader.quiet = True
        try:
            self.refresh()
        finally:
            self.loader.quiet = False

    def _show_loaded(self, result: Any) -> None:
        self._loaded(result)
        place, self._kept_place = self._kept_place, {}
        for area, (across, down) in place.items():
            area.horizontalScrollBar().setValue(across)
            area.verticalScrollBar().setValue(down)

    def _read(self) -> Work:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _loaded(self, result: Any) -> None:  # pragma: no cover - every subclass has its own
        raise NotImplementedError

    def _load_failed(self, message: str) -> None:  # pragma: no cover
        raise NotImplementedError
