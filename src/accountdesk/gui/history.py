"""Who changed what, and when: a customer's history (the Customers view's History tab)
and an entry's (the ledger's History…), thin views over `Desk.audit`.

Newest first, in the workstation's time; a text filter and a choice of action narrow
the rows in memory (a customer's history is a few hundred rows, read off the window's
thread)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSortFilterProxyModel, Qt
from PySide6.QtGui import QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work
from accountdesk.services.audit import AuditInfo

HEADERS = (
    str(QT_TRANSLATE_NOOP("HistoryPanel", "When")),
    str(QT_TRANSLATE_NOOP("HistoryPanel", "Who")),
    str(QT_TRANSLATE_NOOP("HistoryPanel", "Action")),
    str(QT_TRANSLATE_NOOP("HistoryPanel", "What")),
    str(QT_TRANSLATE_NOOP("HistoryPanel", "Changes")),
)
ALL_ACTIONS = str(QT_TRANSLATE_NOOP("HistoryPanel", "All changes"))


def action_text(action: str) -> str:
    """ "change_tier" as a person reads it: "Change tier"."""
    return action.replace("_", " ").capitalize()


class _Filter(QSortFilterProxyModel):
    """Rows holding the typed text (any column, any case) and of the chosen action."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = ""
        self.action = ""

    def set(self, text: str, action: str) -> None:
        self.text, self.action = text.strip().casefold(), action
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: object) -> bool:
        model = self.sourceModel()
        cells = [str(model.index(row, column).data() or "") for column in range(len(HEADERS))]
        if self.action and cells[2] != self.action:
            return False
        return not self.text or any(self.text in cell.casefold() for cell in cells)


class HistoryPanel(QWidget):
    """The audit rows of a customer or of one row (`show_customer`, `show_entity`)."""

    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self._customer_id: int | None = None
        self._entity: tuple[str, int] | None = None
        self.rows: list[AuditInfo] = []
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Filter the history"))
        self.search.setClearButtonEnabled(True)
        self.action = QComboBox(self)
        self.action.addItem(self.tr(ALL_ACTIONS), "")
        self.count_label = QLabel(self)
        self.count_label.setMinimumWidth(
            self.fontMetrics().horizontalAdvance("0000 of 0000 changes")
        )
        self.model = QStandardItemModel(0, len(HEADERS), self)
        self.model.setHorizontalHeaderLabels([self.tr(each) for each in HEADERS])
        self.proxy = _Filter(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        zero = self.fontMetrics().horizontalAdvance("0")
        for column, width in enumerate((16, 15, 14, 10)):
            header.resizeSection(column, zero * width)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.action)
        top.addWidget(self.count_label)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        self.loader = Loader(
            self, self.tr("Reading the history…"), self._read, self._loaded, self._failed
        )
        self.search.textChanged.connect(lambda _: self._filter())
        self.action.currentIndexChanged.connect(lambda _: self._filter())

    def show_customer(self, customer_id: int | None) -> None:
        self._customer_id, self._entity = customer_id, None
        self.loader.refresh()

    def show_entity(self, entity: str, entity_id: int) -> None:
        self._customer_id, self._entity = None, (entity, entity_id)
        self.loader.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.loader.shown()

    def _read(self) -> Work:
        audit, customer_id, entity = self.desk.audit, self._customer_id, self._entity

        def work(progress: Progress, cancelled: Cancelled) -> list[AuditInfo]:
            if entity is not None:
                return audit.entries(entity=entity[0], entity_id=entity[1])
            return [] if customer_id is None else audit.entries(customer_id)

        return work

    def _loaded(self, rows: list[AuditInfo]) -> None:
        self.rows = rows
        self.model.removeRows(0, self.model.rowCount())
        for a in rows:
            cells = (
                f"{a.at.astimezone():%Y-%m-%d %H:%M}",
                a.who,
                action_text(a.action),
                a.what,
                a.changes,
            )
            items = [QStandardItem(cell) for cell in cells]
            items[-1].setToolTip(a.changes)
            self.model.appendRow(items)
        chosen = self.action.currentData()
        self.action.blockSignals(True)
        self.action.clear()
        self.action.addItem(self.tr(ALL_ACTIONS), "")
        for action in sorted({action_text(a.action) for a in rows}):
            self.action.addItem(action, action)
        self.action.setCurrentIndex(max(0, self.action.findData(chosen)))
        self.action.blockSignals(False)
        self._filter()

    def _failed(self, message: str) -> None:
        self.rows = []
        self.model.removeRows(0, self.model.rowCount())
        self.count_label.setText(
            self.tr("The history could not be read. {message}").format(message=message)
        )

    def _filter(self) -> None:
        self.proxy.set(self.search.text(), str(self.action.currentData() or ""))
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        self.count_label.setText(
            f"{total} {'change' if total == 1 else 'changes'}"
            if shown == total
            else f"{shown} of {total} changes"
        )

    def shown_rows(self) -> list[list[str]]:
        """The rows as shown, after the filters (what a test reads)."""
        return [
            [str(self.proxy.index(row, column).data()) for column in range(len(HEADERS))]
            for row in range(self.proxy.rowCount())
        ]


class HistoryDialog(QDialog):
    """One row's history, e.g. a ledger entry's (its log, changes, corrections)."""

    def __init__(
        self, desk: Desk, entity: str, entity_id: int, title: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.panel = HistoryPanel(desk, self)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.panel, 1)
        layout.addWidget(buttons)
        self.resize(860, 360)
        self.panel.show_entity(entity, entity_id)

    @classmethod
    def open_for(
        cls, parent: QWidget, desk: Desk, entity: str, entity_id: int, title: str
    ) -> HistoryDialog:
        dialog = cls(desk, entity, entity_id, title, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
