"""The hours ledger as a table: ids first, rows built on demand.

The model holds only the ids of the entries a filter matches, in order (a packed
array: a million ids take 8 MB). Rows are built the first time the view asks for
them, a block at a time, through `fetch_rows` (LedgerBrowser.rows), and only the
most recently used blocks are kept. Sorting asks the view to select the ids again in
the new order (`sortRequested`); filtering and sorting happen in SQL.

A block that cannot be read (the server went away) is said once (`unreadable`), its
rows stay blank, and no block is read again until the ids are: Qt asks for rows while
it paints, where an error must not escape and a retry would stall each paint.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Mapping, Sequence
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QDate,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRectF,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon, QPainter, QPainterPath, QPalette, QPixmap
from PySide6.QtWidgets import QApplication

from accountdesk import wording
from accountdesk.domain.errors import Refused
from accountdesk.domain.money import duration_text
from accountdesk.domain.tiers import Category
from accountdesk.gui import format as fmt
from accountdesk.services.ledger import EntryInfo
from accountdesk.services.ledger_browser import LedgerSort, SortKey

DATE, CUSTOMER, CATEGORY, ENGINEER, HOURS, DESCRIPTION, NOTE = range(7)
COLUMNS = (DATE, CUSTOMER, CATEGORY, ENGINEER, HOURS, DESCRIPTION, NOTE)
# Marked here, translated where shown (headerData): a translator is installed later.
HEADERS = {
    DATE: str(QT_TRANSLATE_NOOP("LedgerModel", "Date")),
    CUSTOMER: str(QT_TRANSLATE_NOOP("LedgerModel", "Customer")),
    CATEGORY: str(QT_TRANSLATE_NOOP("LedgerModel", "Category")),
    ENGINEER: str(QT_TRANSLATE_NOOP("LedgerModel", "Engineer")),
    HOURS: str(QT_TRANSLATE_NOOP("LedgerModel", "Hours")),
    DESCRIPTION: str(QT_TRANSLATE_NOOP("LedgerModel", "Description (client)")),
    NOTE: str(QT_TRANSLATE_NOOP("LedgerModel", "Internal note")),
}
# Who reads the text columns, said where the columns are named.
HEADER_TIPS = {
    DESCRIPTION: str(
        QT_TRANSLATE_NOOP("LedgerModel", "What the client reads on the monthly report")
    ),
    NOTE: str(QT_TRANSLATE_NOOP("LedgerModel", "For the team only: never printed on a report")),
}
SORT_KEYS = {
    DATE: SortKey.DATE,
    CUSTOMER: SortKey.CUSTOMER,
    CATEGORY: SortKey.CATEGORY,
    ENGINEER: SortKey.ENGINEER,
    HOURS: SortKey.HOURS,
    DESCRIPTION: SortKey.DESCRIPTION,
    NOTE: SortKey.NOTE,
}

ENTRY_ID_ROLE = Qt.ItemDataRole.UserRole + 1  # int: the entry's id
LOCKED_ROLE = Qt.ItemDataRole.UserRole + 2  # bool: its month is issued (read-only)
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 3  # EntryInfo


class _CategoryLabels(Mapping[Category, str]):
    """Each category's label in the window's language, read when shown (a dict made at
    import would keep the language of whoever imported the module first)."""

    def __getitem__(self, category: Category) -> str:
        return wording.category(category.value)

    def __iter__(self) -> Iterator[Category]:
        return iter(Category)

    def __len__(self) -> int:
        return len(Category)


CATEGORY_LABELS: Mapping[Category, str] = _CategoryLabels()

BLOCK = 100  # rows built per query: four screens, quick to build
KEPT_BLOCKS = 128  # blocks kept in memory (12,800 rows)

FetchRows = Callable[[Sequence[int]], list[EntryInfo]]
# (entry, column, value typed) -> whether the change was made
EditEntry = Callable[[EntryInfo, int, Any], bool]


@cache
def lock_icon() -> QIcon:
    """A small padlock, drawn (the icon set has none), in the palette's text colour."""
    pixmap = QPixmap(32, 32)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    color = QApplication.palette().color(QPalette.ColorRole.PlaceholderText)
    pen = painter.pen()
    pen.setColor(color)
    pen.setWidthF(3.5)
    painter.setPen(pen)
    shackle = QPainterPath(QPointF(10, 15))
    shackle.lineTo(10, 10)
    shackle.arcTo(QRectF(10, 3, 12, 14), 180, -180)
    shackle.lineTo(22, 15)
    painter.drawPath(shackle)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(6, 14, 20, 15), 3, 3)
    painter.end()
    return QIcon(pixmap)


def _tabular(font: QFont) -> QFont:
    # Figures of one width, so hours line up under each other.
    font.setFeature(QFont.Tag("tnum"), 1)
    return font


# Plain values for the roles and flags: data() runs for every cell painted, so it
# avoids looking enums up again and again.
DISPLAY = Qt.ItemDataRole.DisplayRole
EDIT = Qt.ItemDataRole.EditRole
TOOLTIP = Qt.ItemDataRole.ToolTipRole
ALIGNMENT = Qt.ItemDataRole.TextAlignmentRole
FONT = Qt.ItemDataRole.FontRole
FOREGROUND = Qt.ItemDataRole.ForegroundRole
BACKGROUND = Qt.ItemDataRole.BackgroundRole
DECORATION = Qt.ItemDataRole.DecorationRole
ANSWERED = frozenset(
    int(role)
    for role in (
        DISPLAY,
        EDIT,
        TOOLTIP,
        ALIGNMENT,
        FONT,
        FOREGROUND,
        BACKGROUND,
        DECORATION,
        LOCKED_ROLE,
        ENTRY_ROLE,
    )
)
SELECTABLE = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE = SELECTABLE | Qt.ItemFlag.ItemIsEditable


class _Row:
    """A built row: the entry and the texts its cells show."""

    __slots__ = ("info", "texts")

    def __init__(self, info: EntryInfo) -> None:
        self.info = info
        self.texts = tuple(_display(info, column) for column in COLUMNS)


class LedgerModel(QAbstractTableModel):
    sortRequested = Signal(object)  # LedgerSort
    unreadable = Signal(str)  # why rows could not be read; sent once until set_ids

    def __init__(self, fetch_rows: FetchRows, parent: Any = None) -> None:
        super().__init__(parent)
        self._fetch_rows = fetch_rows
        self._ids: array[int] = array("q")
        self._blocks: OrderedDict[int, dict[int, _Row]] = OrderedDict()
        self._sort = LedgerSort()
        self._edit: EditEntry | None = None
        self._number_font = _tabular(QFont())
        self._greyed: tuple[QBrush, QBrush] | None = None
        self.fetched_rows = 0  # rows built so far (tests: proof that loading is lazy)
        self._unread: str | None = None  # why a block could not be read, until set_ids

    # ------------------------------------------------------------ what it shows

    def set_ids(self, ids: array[int]) -> None:
        self.beginResetModel()
        self._ids = ids
        self._blocks.clear()
        self._unread = None
        self.endResetModel()

    def set_editor(self, edit: EditEntry | None) -> None:
        """Who carries out an edit typed into a cell (the view, through the undo stack)."""
        self._edit = edit

    @property
    def ids(self) -> array[int]:
        return self._ids

    @property
    def current_sort(self) -> LedgerSort:
        return self._sort

    def built_rows(self) -> int:
        """Rows built and kept right now (at most KEPT_BLOCKS × BLOCK)."""
        return sum(len(block) for block in self._blocks.values())

    def is_built(self, row: int) -> bool:
        """Whether `row` is built and kept (shown, or near what was); the benchmark waits
        for it."""
        return row // BLOCK in self._blocks

    def row_of(self, entry_id: int) -> int | None:
        try:
            return self._ids.index(entry_id)
        except ValueError:
            return None

    def entry(self, row: int) -> EntryInfo | None:
        """The entry on `row`, built (with its block) if it was not yet."""
        built = self._row(row)
        return None if built is None else built.info

    def _row(self, row: int) -> _Row | None:
        if not 0 <= row < len(self._ids):
            return None
        number = row // BLOCK
        block = self._blocks.get(number)
        if block is None:
            if self._unread is not None:
                return None
            ids = self._ids[number * BLOCK : (number + 1) * BLOCK]
            try:
                block = {info.id: _Row(info) for info in self._fetch_rows(ids)}
            except Refused as refused:
                self._unread = str(refused)
                self.unreadable.emit(self._unread)
                return None
            self.fetched_rows += len(ids)
            self._blocks[number] = block
            while len(self._blocks) > KEPT_BLOCKS:
                self._blocks.popitem(last=False)
        elif number != next(reversed(self._blocks)):
            self._blocks.move_to_end(number)
        # None when the entry was deleted since the ids were selected.
        return block.get(self._ids[row])

    # ------------------------------------------------------------ Qt's model API

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = DISPLAY) -> Any:
        if orientation != Qt.Orientation.Horizontal or section not in HEADERS:
            return None
        if role == DISPLAY:
            return QCoreApplication.translate("LedgerModel", HEADERS[section])
        if role == ALIGNMENT and section == HOURS:
            return fmt.NUMBER_ALIGNMENT
        if role == TOOLTIP and section in HEADER_TIPS:
            return QCoreApplication.translate("LedgerModel", HEADER_TIPS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = DISPLAY) -> Any:
        row = index.row()
        if not 0 <= row < len(self._ids) or not index.isValid():
            return None
        if role == ENTRY_ID_ROLE:
            return self._ids[row]
        if role not in ANSWERED:
            return None
        built = self._row(row)
        column = index.column()
        if built is None:
            deleted = self._unread is None or self.is_built(row)
            return (
                self.tr("(deleted)")
                if deleted and role == DISPLAY and column == DESCRIPTION
                else None
            )
        if role == DISPLAY:
            return built.texts[column]
        info = built.info
        if role == ALIGNMENT:
            return fmt.NUMBER_ALIGNMENT if column == HOURS else None
        if role == FONT:
            return self._number_font if column == HOURS else None
        if role in (FOREGROUND, BACKGROUND):
            return self._greyed_brushes()[role == BACKGROUND] if info.locked else None
        if role == DECORATION:
            return lock_icon() if column == DATE and info.locked else None
        if role == EDIT:
            return _edit_value(info, column)
        if role == TOOLTIP:
            return _tooltip(info, column)
        if role == LOCKED_ROLE:
            return info.locked
        return info  # ENTRY_ROLE

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        info = self.entry(index.row())
        if info is not None and self._edit is not None and editable(info):
            return EDITABLE
        return SELECTABLE

    def _greyed_brushes(self) -> tuple[QBrush, QBrush]:
        """The text and the background of an entry in an issued month."""
        if self._greyed is None:
            palette = QApplication.palette()
            shade = QColor(palette.color(QPalette.ColorRole.Mid))
            shade.setAlpha(40)
            self._greyed = (
                QBrush(palette.color(QPalette.ColorRole.PlaceholderText)),
                QBrush(shade),
            )
        return self._greyed

    def setData(
        self,
        index: QModelIndex | QPersistentModelIndex,
        value: Any,
        role: int = Qt.ItemDataRole.EditRole,
    ) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid() or self._edit is None:
            return False
        info = self.entry(index.row())
        if info is None or not editable(info):
            return False
        # The edit goes through the services; the view reloads the rows afterwards.
        return self._edit(info, index.column(), value)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in SORT_KEYS:
            return
        sort = LedgerSort(SORT_KEYS[column], order == Qt.SortOrder.DescendingOrder)
        if sort != self._sort:
            self._sort = sort
            self.sortRequested.emit(sort)


def _display(info: EntryInfo, column: int) -> str:
    if column == DATE:
        return fmt.day(info.day)
    if column == CUSTOMER:
        return info.customer
    if column == CATEGORY:
        return CATEGORY_LABELS[info.category]
    if column == ENGINEER:
        return info.engineer
    if column == HOURS:
        return fmt.hours_text(info.seconds)
    if column == NOTE:
        return info.note
    if info.corrects is not None:
        return f"{info.description} — {info.reason}" if info.reason else info.description
    return info.description


def _edit_value(info: EntryInfo, column: int) -> Any:
    if column == DATE:
        return QDate(info.day.year, info.day.month, info.day.day)
    if column == CUSTOMER:
        return info.customer
    if column == CATEGORY:
        return info.category.value
    if column == ENGINEER:
        return info.engineer
    if column == HOURS:
        return hours_for_editing(info.seconds)
    if column == NOTE:
        return info.note
    return info.description


def _tooltip(info: EntryInfo, column: int) -> str | None:
    if info.locked:
        return QCoreApplication.translate(
            "LedgerModel",
            "{month} is issued for {customer}: this entry is read-only. "
            "Record a correction instead.",
        ).format(month=wording.month_name(info.day), customer=info.customer)
    if info.corrects is not None:
        if not info.reason:
            return QCoreApplication.translate(
                "LedgerModel", "Correction of entry {entry}: no reason given"
            ).format(entry=info.corrects)
        return QCoreApplication.translate(
            "LedgerModel", "Correction of entry {entry}: {reason}"
        ).format(entry=info.corrects, reason=info.reason)
    if column == DESCRIPTION and info.description:
        return info.description
    if column == NOTE and info.note:
        return QCoreApplication.translate(
            "LedgerModel", "Internal, never on a report: {note}"
        ).format(note=info.note)
    return None


def editable(info: EntryInfo) -> bool:
    """Entries of issued months are final, and so are corrections of them."""
    return not info.locked and info.corrects is None


def correctable(info: EntryInfo) -> bool:
    """An entry of an issued month takes a correction (a correction itself does not:
    the entry is corrected again)."""
    return info.locked and info.corrects is None


def hours_for_editing(seconds: int) -> str:
    """A duration as it was typed: `5400` as `1.50`, `3660` as `1:01`."""
    return duration_text(seconds)
