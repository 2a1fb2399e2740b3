"""The Hours ledger view: a quick-entry bar on top, every entry across customers below.

A TAM logs an hour without the mouse: type the hours, press Enter; the entry is
logged, focus goes back to Hours and the customer, date, category, description and
note stay for the next one. The description is what the client reads on the report;
the internal note is the team's and never printed. The table shows the entries the
filters match (customer and month from the toolbar, engineer, category, a search in
the description and note), sorted by any column, with totals in the footer. The
filtering and sorting happen in SQL; the table holds the matching ids and builds the
rows it shows on demand (see qtmodels/ledger.py).

Edits (in place, F2) and deletions go through the window's undo stack
(gui/undo.py). Entries of issued months are greyed with a lock and read-only.
"""

from __future__ import annotations

import html
import logging
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QDate,
    QEvent,
    QItemSelection,
    QItemSelectionModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSettings,
    QStringListModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QHideEvent,
    QKeyEvent,
    QKeySequence,
    QPalette,
    QResizeEvent,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import parse_duration
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category
from accountdesk.gui import collation, settings
from accountdesk.gui import engineer as engineer_name
from accountdesk.gui import format as fmt
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.correction import CorrectionDialog
from accountdesk.gui.history import HistoryDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.ledger import (
    CATEGORY,
    CATEGORY_LABELS,
    CUSTOMER,
    DATE,
    DESCRIPTION,
    ENGINEER,
    HOURS,
    NOTE,
    LedgerModel,
    correctable,
    editable,
    lock_icon,
)
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.undo import (
    DeleteEntries,
    EditEntry,
    LedgerEdits,
    LogEntry,
    RecordCorrection,
    perform,
)
from accountdesk.gui.views import LoadedWhenShown
from accountdesk.services.ledger import EntryInfo, NewEntry
from accountdesk.services.ledger_browser import (
    CustomerName,
    LedgerFilter,
    LedgerSelection,
)
from accountdesk.wording import month_name

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from accountdesk.db.notices import Change

# What the bar says when it has nothing to report (as ledger_view.ui has it).
QUICK_HINT = str(
    QT_TRANSLATE_NOOP(
        "LedgerView",
        "Type the hours and press Enter to log them; the customer, date, category, "
        "description and note stay for the next entry.",
    )
)
SEARCH_DELAY_MS = 300
ENGINEERS_AFTER_MS = 250
MAX_DELETE = 500  # entries deleted at once; more is almost surely a slip
# A selection of up to this many rows is selected again after a refresh (by entry id);
# a larger one, a select-all say, would cost a walk of every id on each change.
KEEP_SELECTED = MAX_DELETE
ERROR_COLOR = fmt.ERROR_COLOUR
DONE_COLOR = "#1b6e3a"
COLUMN_WIDTHS = {DATE: 11, CUSTOMER: 28, CATEGORY: 13, ENGINEER: 18, HOURS: 10, DESCRIPTION: 40}
# The field an edit changed, as the undo step names it (translated where used).
FIELD_NAMES = {
    DATE: str(QT_TRANSLATE_NOOP("LedgerView", "date")),
    CUSTOMER: str(QT_TRANSLATE_NOOP("LedgerView", "customer")),
    CATEGORY: str(QT_TRANSLATE_NOOP("LedgerView", "category")),
    ENGINEER: str(QT_TRANSLATE_NOOP("LedgerView", "engineer")),
    HOURS: str(QT_TRANSLATE_NOOP("LedgerView", "hours")),
    DESCRIPTION: str(QT_TRANSLATE_NOOP("LedgerView", "description")),
    NOTE: str(QT_TRANSLATE_NOOP("LedgerView", "internal note")),
}


@dataclass(frozen=True)
class _Loaded:
    where: LedgerFilter
    selection: LedgerSelection
    month_locked: bool


class LedgerDelegate(QStyledItemDelegate):
    """Editors for a cell: a calendar for the date, a list for the category, the
    customer with completion, text for the rest."""

    def __init__(self, view: LedgerView) -> None:
        super().__init__(view)
        self._view = view

    def createEditor(
        self,
        parent: QWidget,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> QWidget:
        column = index.column()
        if column == DATE:
            editor = QDateEdit(parent)
            editor.setCalendarPopup(True)
            editor.setDisplayFormat(fmt.DATE_FIELD_FORMAT)
            return editor
        if column == CATEGORY:
            combo = QComboBox(parent)
            for category, label in CATEGORY_LABELS.items():
                combo.addItem(label, category.value)
            return combo
        line = QLineEdit(parent)
        if column == CUSTOMER:
            self._view.customer_names()
            line.setCompleter(self._view.new_customer_completer(line))
        return line

    def setEditorData(self, editor: QWidget, index: QModelIndex | QPersistentModelIndex) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QDateEdit) and isinstance(value, QDate):
            editor.setDate(value)
        elif isinstance(editor, QLineEdit):
            editor.setText(str(value or ""))
            editor.selectAll()
        else:
            super().setEditorData(editor, index)

    def setModelData(
        self,
        editor: QWidget,
        model: QAbstractItemModel,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, QDateEdit):
            model.setData(index, editor.date())
        elif isinstance(editor, QLineEdit):
            model.setData(index, editor.text())
        else:
            super().setModelData(editor, model, index)


class LedgerView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("LedgerView", "Hours ledger"))
    watches = frozenset({"customer", "ledger_entry", "locked_month", "issued_report"})
    all_customers = False  # the toolbar's customer's entries
    keeps_its_place = True  # the current entry and the top row, by id
    loaded = Signal()  # the table shows the database as it is after a (re)load
    loading_title = str(QT_TRANSLATE_NOOP("LedgerView", "Reading the hours ledger…"))
    progress_dialog = True
    read_after_paint = True

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        self.form = load_ui("ledger_view.ui", self)
        form = self.form
        self.quick_entry: QFrame = child(form, QFrame, "quickEntry")
        self.customer_edit: QLineEdit = child(form, QLineEdit, "customerEdit")
        self.date_edit: QDateEdit = child(form, QDateEdit, "dateEdit")
        self.hours_edit: QLineEdit = child(form, QLineEdit, "hoursEdit")
        self.category_combo: QComboBox = child(form, QComboBox, "categoryCombo")
        self.description_edit: QLineEdit = child(form, QLineEdit, "descriptionEdit")
        self.note_edit: QLineEdit = child(form, QLineEdit, "noteEdit")
        self.log_button: QPushButton = child(form, QPushButton, "logButton")
        self.quick_message: QLabel = child(form, QLabel, "quickMessage")
        self.engineer_label: QLabel = child(form, QLabel, "engineerLabel")
        self.scope_label: QLabel = child(form, QLabel, "scopeLabel")
        self.all_customers_button: QPushButton = child(form, QPushButton, "allCustomersButton")
        self.all_months: QCheckBox = child(form, QCheckBox, "allMonths")
        self.engineer_filter: QComboBox = child(form, QComboBox, "engineerFilter")
        self.category_filter: QComboBox = child(form, QComboBox, "categoryFilter")
        self.search_edit: QLineEdit = child(form, QLineEdit, "searchEdit")
        self.clear_filters_button: QPushButton = child(form, QPushButton, "clearFilters")
        self.lock_notice: QLabel = child(form, QLabel, "lockNotice")
        self.table_pages: QStackedWidget = child(form, QStackedWidget, "tablePages")
        self.table: QTableView = child(form, QTableView, "entries")
        self.empty_state: QLabel = child(form, QLabel, "emptyState")
        self.edit_button: QPushButton = child(form, QPushButton, "editButton")
        self.delete_button: QPushButton = child(form, QPushButton, "deleteButton")
        self.correct_button: QPushButton = child(form, QPushButton, "correctButton")
        self.selection_notice: QLabel = child(form, QLabel, "selectionNotice")
        self.totals_label: QLabel = child(form, QLabel, "totalsLabel")
        # Groups that move to a second line when the window is narrow.
        self._movable = [
            (child(form, QWidget, "quickEntryTail"), child(form, QHBoxLayout, "quickEntryFields"),
             child(form, QHBoxLayout, "quickEntrySecondRow")),
            (child(form, QWidget, "filterChoices"), child(form, QHBoxLayout, "filters"),
             child(form, QHBoxLayout, "filtersSecondRow")),
        ]  # fmt: skip

        self.model = LedgerModel(desk.ledger_browser.rows, self)
        # Said after the paint that asked for the rows, not inside it.
        self.model.unreadable.connect(self._load_failed, Qt.ConnectionType.QueuedConnection)
        self.model.set_editor(self._edit_cell)
        self.model.sortRequested.connect(lambda _sort: self.reload())
        self.edits = LedgerEdits(desk.ledger, context.notify_changed, self._undo_refused, self)

        self._customers: list[CustomerName] | None = None
        self._names = QStringListModel(self)
        self._engineers: list[str] | None = None
        self._engineers_scope: LedgerFilter | None = None  # whose engineers are listed
        self._engineers_loader = Loader(
            self,
            self.tr("Listing the engineers…"),
            self._read_engineers,
            self._engineers_listed,
            self._engineers_failed,
        )
        self._engineers_timer = QTimer(self, singleShot=True, interval=ENGINEERS_AFTER_MS)
        self._engineers_timer.timeout.connect(self._list_engineers)
        self._select_after_load: int | None = None
        self._restoring = False  # the table's position is being put back after a load
        self._where = LedgerFilter()
        self._refused_field: QWidget | None = None  # the bar's field its error names

        self._set_up_quick_entry()
        self._set_up_filters()
        self._set_up_table()
        self._allow_narrow()
        self._show_scope()
        self._show_selection()
        context.customerChanged.connect(self._customer_changed)
        context.monthChanged.connect(self._month_changed)
        context.engineerChanged.connect(lambda _name: self._show_engineer())

    # ================================================================ public

    def focus_quick_entry(self) -> None:
        """Put the focus in the quick-entry bar (Ctrl+L): on Hours once a customer is
        typed, else on Customer."""
        self._fill_customer_from_context()
        target = self.hours_edit if self.customer_edit.text().strip() else self.customer_edit
        target.setFocus(Qt.FocusReason.ShortcutFocusReason)
        target.selectAll()

    def focus_search(self) -> None:
        self.search_edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_edit.selectAll()

    def refresh(self) -> None:
        """Show the database as it is now; a hidden view waits until it is shown."""
        self._customers = None  # read again when next needed
        self._forget_quick_error()  # the database changed: other work was done
        super().refresh()

    def changed_elsewhere(self, change: Change) -> None:
        """Someone else's change: read again, quietly, keeping a refused entry's message
        (it stays until the user does something else)."""
        if self.shows(change):
            self._customers = None
            self.loader.quiet = True
            try:
                self.loader.refresh()
            finally:
                self.loader.quiet = False

    @property
    def where(self) -> LedgerFilter:
        """The filter the table shows (after the last load)."""
        return self._where

    def current_filter(self) -> LedgerFilter:
        """The filter the widgets and the context describe now."""
        category = self.category_filter.currentData()
        return LedgerFilter(
            customer_id=self.context.customer_id,
            engineer=self.engineer_filter.currentData() or None,
            category=Category(category) if category else None,
            month=None if self.all_months.isChecked() else self.context.month,
            text=self.search_edit.text().strip(),
        )

    def reload(self) -> None:
        """Select the matching ids again (off the GUI thread), keeping the selection.
        One load runs at a time: asked again meanwhile, the running one is told to stop
        and the newest request follows it."""
        self.loader.load()

    def _read(self) -> Work:
        self.totals_label.setText(self.tr("Loading…"))
        where = self.current_filter()
        sort = self.model.current_sort
        browser = self.desk.ledger_browser

        def work(progress: Progress, cancelled: Cancelled) -> _Loaded | None:
            selection = browser.select(where, sort)
            if cancelled():
                return None
            locked = (
                where.customer_id is not None
                and where.month is not None
                and browser.locked(where.customer_id, where.month)
            )
            return _Loaded(where, selection, locked)

        return work

    def selected_count(self) -> int:
        """How many rows are selected (counted from the selection's ranges: a select-all
        of a million rows stays cheap)."""
        return sum(part.height() for part in self.table.selectionModel().selection().toList())

    def selected_entries(self) -> list[EntryInfo]:
        rows = sorted(
            {row for part in self.table.selectionModel().selection().toList() for row in
             range(part.top(), part.bottom() + 1)}
        )  # fmt: skip
        entries = (self.model.entry(row) for row in rows)
        return [entry for entry in entries if entry is not None]

    def log_quick_entry(self) -> None:
        """Log what the bar holds (Enter in any of its fields, or the Log button)."""
        typed_customer = self.customer_edit.text().strip()
        if not typed_customer:
            self._quick_error(self.tr("Type the customer's name first."), self.customer_edit)
            return
        customer, name = self._customer_ref(typed_customer)
        try:
            seconds = parse_duration(self.hours_edit.text())
        except Refused as refused:
            text = self.hours_edit.text().strip()
            message = (
                self.tr("Type the hours spent, e.g. 1.5 or 1:30.") if not text else str(refused)
            )
            self._quick_error(message, self.hours_edit)
            return
        category = Category(self.category_combo.currentData())
        day = self.date_edit.date().toPython()
        assert isinstance(day, date)
        entry = NewEntry(
            customer,
            day,
            seconds,
            category,
            self.engineer(),
            self.description_edit.text(),
            self.note_edit.text(),
        )
        command = LogEntry(self.edits, entry, name)
        try:
            perform(self.context.undo, command)
        except Refused as refused:
            # To the input the refusal names; the engineer is set in Preferences.
            fields: dict[Field | None, QWidget] = {
                Field.CUSTOMER: self.customer_edit,
                Field.HOURS: self.hours_edit,
                Field.DAY: self.date_edit,
                Field.CATEGORY: self.category_combo,
                Field.DESCRIPTION: self.description_edit,
                Field.NOTE: self.note_edit,
            }
            self._quick_error(refused.message, fields.get(refused.field))
            return
        QSettings().setValue(settings.LEDGER_CATEGORY, category.value)
        assert command.handle is not None
        self._select_after_load = command.handle.id
        self._add_engineer(entry.engineer)
        logged = self.desk.ledger.entry(command.handle.id)
        hidden = not _matches(self.current_filter(), logged)
        if hidden:
            logged_text = self.tr(
                "Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it). "
                "It is outside the filters, so the table does not show it."
            )
        else:
            logged_text = self.tr(
                "Logged {hours} of {category} for {customer} on {day} (Ctrl+Z undoes it)."
            )
        self._quick_done(
            logged_text.format(
                hours=fmt.hours_text(seconds),
                category=CATEGORY_LABELS[category],
                customer=name,
                day=fmt.day(day),
            )
        )
        self.hours_edit.clear()
        self.hours_edit.setFocus(Qt.FocusReason.OtherFocusReason)
        self._show_engineer()

    def edit_selected(self) -> None:
        """Edit the current cell in place (F2), or say why the entry is read-only."""
        index = self.table.currentIndex()
        if not index.isValid():
            self._notice(self.tr("Select an entry to change it."), error=True)
            return
        entry = self.model.entry(index.row())
        if entry is None:
            return
        if not editable(entry):
            self._notice(self._read_only_reason(entry), error=True)
            return
        if index.column() not in (DATE, CUSTOMER, CATEGORY, ENGINEER, HOURS, DESCRIPTION, NOTE):
            index = self.model.index(index.row(), HOURS)
        self.table.setFocus()
        self.table.edit(index)

    def correct_selected(self) -> None:
        """Record a correction of the current entry of an issued month: a dialog with
        the new hours and a reason that shows the resulting adjustment before saving."""
        entry = self.model.entry(self.table.currentIndex().row())
        if entry is None or not correctable(entry):
            self._notice(
                self.tr(
                    "Select an entry of an issued month to correct it; entries of open months "
                    "are changed directly."
                ),
                error=True,
            )
            return
        dialog = CorrectionDialog(self.desk.ledger, entry, self)
        if dialog.exec() != CorrectionDialog.DialogCode.Accepted or dialog.seconds is None:
            return
        try:
            command = RecordCorrection(self.edits, entry, dialog.seconds, dialog.reason)
            perform(self.context.undo, command)
        except Refused as refused:
            self._notice(str(refused), error=True)
            return
        self._notice(
            self.tr(
                "Correction recorded; the next report issued carries the adjustment "
                "(Ctrl+Z takes it back)."
            )
        )

    def history_of_selected(self) -> None:
        """Who logged, changed and corrected the current entry, and when."""
        entry = self.model.entry(self.table.currentIndex().row())
        if entry is None:
            self._notice(self.tr("Select an entry to see its history."), error=True)
            return
        title = self.tr("History of entry {entry} ({customer}, {day})").format(
            entry=entry.id, customer=entry.customer, day=fmt.day(entry.day)
        )
        self.history_dialog = HistoryDialog.open_for(
            self, self.desk, "ledger_entry", entry.id, title
        )

    def delete_selected(self) -> None:
        """Delete the selected entries in one transaction and one undo step; entries of
        issued months (and corrections) are refused with the reason, and nothing is
        deleted."""
        count = self.selected_count()
        if count > MAX_DELETE:
            self._notice(
                self.tr(
                    "%Ln entries are selected; delete at most {most} at once.", "", count
                ).format(most=MAX_DELETE),
                error=True,
            )
            return
        entries = self.selected_entries()
        if not entries:
            self._notice(self.tr("Select the entries to delete."), error=True)
            return
        fixed = [entry for entry in entries if not editable(entry)]
        if fixed:
            self._notice(self._read_only_reason(fixed[0]), error=True)
            return
        try:
            perform(self.context.undo, DeleteEntries(self.edits, entries))
        except Refused as refused:
            self._notice(str(refused), error=True)
            return
        self._notice(self.tr("Deleted %Ln entries (Ctrl+Z brings it back).", "", len(entries)))

    def engineer(self) -> str:
        """The name the hours are logged under (Edit ▸ Preferences)."""
        return settings.engineer(self.desk.user)

    def new_customer_completer(self, parent: QObject) -> QCompleter:
        """Completion over every customer's name (read when a customer field gets the
        focus, not when the window is built)."""
        completer = QCompleter(self._names, parent)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        return completer

    # ================================================================ set-up

    def _set_up_quick_entry(self) -> None:
        self.customer_edit.setCompleter(self.new_customer_completer(self.customer_edit))
        self.date_edit.setDisplayFormat(fmt.DATE_FIELD_FORMAT)
        today = self.desk.clock.today()
        self.date_edit.setDate(QDate(today.year, today.month, today.day))
        for category, label in CATEGORY_LABELS.items():
            self.category_combo.addItem(label, category.value)
        remembered = QSettings().value(
            settings.LEDGER_CATEGORY, settings.DEFAULT_LEDGER_CATEGORY.value
        )
        self.category_combo.setCurrentIndex(max(0, self.category_combo.findData(remembered)))
        self.log_button.clicked.connect(self.log_quick_entry)
        # Enter anywhere in the bar logs. The fields let Enter pass up to the bar (an
        # Enter that picks a completion stays in the completer and does not log).
        self.quick_entry.installEventFilter(self)
        self.customer_edit.installEventFilter(self)
        self.engineer_label.setTextFormat(Qt.TextFormat.RichText)
        self.engineer_label.linkActivated.connect(
            lambda _link: engineer_name.ask(self, self.context)
        )
        # The issued-month notice starts with a padlock drawn like the table's, not a
        # character a font may lack.
        self._lock_mark = QLabel(self.lock_notice.parentWidget())
        size = self.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        self._lock_mark.setPixmap(lock_icon().pixmap(size, size))
        self._lock_mark.setAlignment(Qt.AlignmentFlag.AlignTop)
        column = child(self.form, QVBoxLayout, "ledgerLayout")
        at = column.indexOf(self.lock_notice)
        notice_row = QHBoxLayout()
        column.insertLayout(at, notice_row)
        notice_row.addWidget(self._lock_mark)
        notice_row.addWidget(self.lock_notice, 1)
        self._lock_mark.hide()

    def _set_up_filters(self) -> None:
        self.engineer_filter.addItem(self.tr("Any engineer"), "")
        self.category_filter.addItem(self.tr("Any category"), "")
        for category, label in CATEGORY_LABELS.items():
            self.category_filter.addItem(label, category.value)
        self.engineer_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.category_filter.currentIndexChanged.connect(lambda _i: self._filters_changed())
        self.all_months.toggled.connect(lambda _on: self._filters_changed())
        self._search_timer = QTimer(self, singleShot=True, interval=SEARCH_DELAY_MS)
        self._search_timer.timeout.connect(self._filters_changed)
        self.search_edit.textChanged.connect(lambda _text: self._search_timer.start())
        self.search_edit.returnPressed.connect(self._search_now)
        self.clear_filters_button.clicked.connect(self.clear_filters)
        self.all_customers_button.clicked.connect(lambda: self.context.set_customer(None))

    def _set_up_table(self) -> None:
        table = self.table
        table.setModel(self.model)
        table.setItemDelegate(LedgerDelegate(self))
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        zero = table.fontMetrics().horizontalAdvance("0")
        for column, width in COLUMN_WIDTHS.items():
            header.resizeSection(column, zero * width)
        # Room for the lock beside the date.
        icon = table.style().pixelMetric(QStyle.PixelMetric.PM_SmallIconSize)
        header.resizeSection(DATE, zero * COLUMN_WIDTHS[DATE] + icon + 12)
        header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
        table.setSortingEnabled(True)
        rows = table.verticalHeader()
        rows.setVisible(False)
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        rows.setDefaultSectionSize(table.fontMetrics().height() + 10)
        table.selectionModel().selectionChanged.connect(self._selection_changed)
        table.selectionModel().currentChanged.connect(lambda *_: self._show_selection())

        self.delete_action = QAction(self.tr("Delete"), table)
        self.delete_action.setShortcut(QKeySequence.StandardKey.Delete)
        self.delete_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.delete_action.triggered.connect(self.delete_selected)
        self.edit_action = QAction(self.tr("Edit"), table)
        self.edit_action.triggered.connect(self.edit_selected)
        self.correct_action = QAction(self.tr("Record a correction…"), table)
        self.correct_action.setShortcut(QKeySequence("Ctrl+Shift+R"))
        self.correct_action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.correct_action.triggered.connect(self.correct_selected)
        self.history_action = QAction(self.tr("History…"), table)
        self.history_action.triggered.connect(self.history_of_selected)
        table.addActions(
            [self.edit_action, self.delete_action, self.correct_action, self.history_action]
        )
        table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.edit_button.clicked.connect(self.edit_selected)
        self.delete_button.clicked.connect(self.delete_selected)
        self.correct_button.clicked.connect(self.correct_selected)

    # ================================================================ loading

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._arrange(event.size().width())

    def _arrange(self, width: int | None = None) -> None:
        """One line for the quick-entry bar and one for the filters when the view is
        wide enough for them, two lines each when it is not."""
        width = self.width() if width is None else width
        for number, (group, line, _second) in enumerate(self._movable):
            needed = line.sizeHint().width() + 24  # the frame's margins
            if line.indexOf(group) < 0:
                needed += group.sizeHint().width() + line.spacing()
            self._place(number, narrow=width < needed)

    def _place(self, number: int, narrow: bool) -> None:
        group, line, second_line = self._movable[number]
        on_first_line = line.indexOf(group) >= 0
        if narrow and on_first_line:
            line.removeWidget(group)
            second_line.addWidget(group)
        elif not narrow and not on_first_line:
            second_line.removeWidget(group)
            line.addWidget(group)

    def _allow_narrow(self) -> None:
        """The view may be as narrow as its two-line arrangement allows (the window
        takes its minimum width from it)."""
        for number in range(len(self._movable)):
            self._place(number, narrow=True)
        layout = self.layout()
        assert layout is not None  # load_ui gives the view one
        self.setMinimumWidth(layout.minimumSize().width())
        for number in range(len(self._movable)):
            self._place(number, narrow=False)

    def hideEvent(self, event: QHideEvent) -> None:
        if not event.spontaneous():  # another view chosen, not the window minimised
            self._forget_quick_error()
        super().hideEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self._show_engineer()
        self._fill_customer_from_context()
        super().showEvent(event)

    def _loaded(self, result: _Loaded | None) -> None:
        if result is None:
            return  # stopped for a newer load, which follows
        same_filter = result.where == self._where
        keep = self._select_after_load or (self._current_entry_id() if same_filter else None)
        selected = self._selected_ids() if same_filter and not self._select_after_load else []
        self._select_after_load = None
        top_id = self._top_entry_id() if same_filter else None
        self._where = result.where
        self.model.set_ids(result.selection.ids)
        totals = result.selection.totals
        self.totals_label.setText(
            self.tr("%Ln entries · {hours}", "", totals.entries).format(
                hours=fmt.hours_text(totals.seconds)
            )
        )
        self._show_scope(result.month_locked)
        self._show_empty_state(totals.entries == 0)
        self._restoring = True
        try:
            self._restore_position(keep, top_id)
            self._select_again(selected)
            self._show_selection()
        finally:
            self._restoring = False
        self.loaded.emit()
        # The engineers are listed once the rows are on screen, not before them.
        self._engineers_timer.start()

    def _list_engineers(self) -> None:
        """The engineer filter offers whoever logged hours for the customer and month
        shown; listed after the rows, and again only when those change."""
        where = self._where
        scope = LedgerFilter(customer_id=where.customer_id, month=where.month)
        if scope == self._engineers_scope or not self.isVisible():
            return
        self._engineers_scope = scope
        self._engineers_loader.load()

    def _read_engineers(self) -> Work:
        scope = self._engineers_scope or LedgerFilter()
        browser = self.desk.ledger_browser

        def work(progress: Progress, cancelled: Cancelled) -> tuple[LedgerFilter, list[str]]:
            return scope, browser.engineers(scope)

        return work

    def _engineers_listed(self, result: tuple[LedgerFilter, list[str]]) -> None:
        scope, names = result
        if scope == self._engineers_scope:
            self._set_engineers(names)

    def _engineers_failed(self, message: str) -> None:
        # The filter's list is a convenience read after the rows: what stops it (the
        # server away) the rows' own read says, so a second message box would only
        # repeat it. The filter keeps what it listed and is read again with the next load.
        self._engineers_scope = None
        log.warning("The engineers could not be listed: %s", message)

    def _load_failed(self, message: str) -> None:
        self.totals_label.setText("")
        Prompts.error(self, message)

    def _current_entry_id(self) -> int | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= len(self.model.ids):
            return None
        return self.model.ids[index.row()]

    def _selected_ids(self) -> list[int]:
        """The entries of a selection of several rows (none for one row: the current
        entry stands for it), to select them again once the rows are read anew."""
        ranges = self.table.selectionModel().selection().toList()
        count = sum(part.height() for part in ranges)
        if not 1 < count <= KEEP_SELECTED:
            return []
        ids = self.model.ids
        rows = (row for part in ranges for row in range(part.top(), part.bottom() + 1))
        return [ids[row] for row in rows if row < len(ids)]

    def _select_again(self, entry_ids: list[int]) -> None:
        """Select the entries again where they are now; those gone stay unselected."""
        if not entry_ids:
            return
        wanted = set(entry_ids)
        rows = [row for row, entry_id in enumerate(self.model.ids) if entry_id in wanted]
        last = self.model.columnCount() - 1
        selection = QItemSelection()
        for row in rows:  # the view merges neighbouring rows into ranges itself
            selection.select(self.model.index(row, 0), self.model.index(row, last))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.table.selectionModel().select(selection, flags)

    def _top_entry_id(self) -> int | None:
        row = self.table.rowAt(0)
        return self.model.ids[row] if 0 <= row < len(self.model.ids) else None

    def _restore_position(self, keep: int | None, top_id: int | None) -> None:
        if top_id is not None:
            top = self.model.row_of(top_id)
            if top is not None:
                self.table.scrollTo(
                    self.model.index(top, 0), QAbstractItemView.ScrollHint.PositionAtTop
                )
        row = self.model.row_of(keep) if keep is not None else None
        if row is not None:
            index = self.model.index(row, max(0, self.table.currentIndex().column()))
            self.table.setCurrentIndex(index)
            self.table.scrollTo(index)

    # ================================================================ filters

    def _filters_changed(self) -> None:
        self._show_scope()
        super().refresh()

    def _search_now(self) -> None:
        self._search_timer.stop()
        self._filters_changed()

    def clear_filters(self) -> None:
        for widget in (self.engineer_filter, self.category_filter, self.search_edit):
            widget.blockSignals(True)
        self.engineer_filter.setCurrentIndex(0)
        self.category_filter.setCurrentIndex(0)
        self.search_edit.clear()
        for widget in (self.engineer_filter, self.category_filter, self.search_edit):
            widget.blockSignals(False)
        self._filters_changed()

    def _customer_changed(self, customer_id: int | None) -> None:
        self._forget_quick_error()
        self._fill_customer_from_context(force=True)
        self._filters_changed()

    def _month_changed(self, month: Month) -> None:
        self._forget_quick_error()
        # Stepping through months means looking at one month at a time.
        self.all_months.blockSignals(True)
        self.all_months.setChecked(False)
        self.all_months.blockSignals(False)
        self._filters_changed()

    def _set_engineers(self, names: list[str]) -> None:
        chosen = self.engineer_filter.currentData()
        if chosen and chosen not in names:
            names = [*names, chosen]  # the one chosen stays choosable
        names = collation.names(names)  # in the user's language's order
        self._engineers = list(names)
        self.engineer_filter.blockSignals(True)
        self.engineer_filter.clear()
        self.engineer_filter.addItem(self.tr("Any engineer"), "")
        for name in self._engineers:
            self.engineer_filter.addItem(name, name)
        self.engineer_filter.setCurrentIndex(max(0, self.engineer_filter.findData(chosen)))
        self.engineer_filter.blockSignals(False)

    def _add_engineer(self, name: str) -> None:
        if self._engineers is not None and name not in self._engineers:
            self._set_engineers([*self._engineers, name])

    def _show_scope(self, month_locked: bool = False) -> None:
        where = self.current_filter()
        customer = self._customer_name(where.customer_id) if where.customer_id else None
        month = self.tr("all months") if where.month is None else month_name(where.month.first)
        self.scope_label.setText(f"{customer or self.tr('All customers')} · {month}")
        self.all_customers_button.setVisible(where.customer_id is not None)
        self.clear_filters_button.setEnabled(bool(where.engineer or where.category or where.text))
        if month_locked and customer and where.month is not None:
            self.lock_notice.setText(
                self.tr(
                    "{month} is issued for {customer}: its entries are read-only. A "
                    "correction goes into the next open month."
                ).format(month=month_name(where.month.first), customer=customer)
            )
            self.lock_notice.show()
        else:
            self.lock_notice.clear()
            self.lock_notice.hide()
        self._lock_mark.setVisible(not self.lock_notice.isHidden())
        self._arrange()

    def _show_empty_state(self, empty: bool) -> None:
        if not empty:
            self.table_pages.setCurrentWidget(self.table)
            return
        where = self._where
        if where.engineer or where.category or where.text:
            text = self.tr(
                "No entries match these filters. Choose “Clear filters” above to see every "
                "entry again."
            )
        else:
            customer = self._customer_name(where.customer_id) if where.customer_id else None
            month = None if where.month is None else month_name(where.month.first)
            # One whole text for each case: with or without a customer and a month.
            if customer and month:
                sentence = self.tr(
                    "No hours logged for {customer} in {month}. Type the hours in the bar "
                    "above and press Enter to log the first entry. Tick “All months” to see "
                    "the other months, or step the month in the toolbar."
                )
            elif customer:
                sentence = self.tr(
                    "No hours logged for {customer} yet. Type the hours in the bar above and "
                    "press Enter to log the first entry."
                )
            elif month:
                sentence = self.tr(
                    "No hours logged in {month}. Type the hours in the bar above and press "
                    "Enter to log the first entry. Tick “All months” to see the other months, "
                    "or step the month in the toolbar."
                )
            else:
                sentence = self.tr(
                    "No hours logged yet. Type the hours in the bar above and press Enter to "
                    "log the first entry."
                )
            text = sentence.format(customer=customer, month=month)
        self.empty_state.setText(text)
        self.table_pages.setCurrentWidget(self.empty_state)

    # ================================================================ customers

    def customer_names(self) -> list[str]:
        return [customer.name for customer in self._customer_list()]

    def _customer_list(self) -> list[CustomerName]:
        if self._customers is None:
            self._customers = self.desk.ledger_browser.customers()
            self._names.setStringList(collation.names(c.name for c in self._customers))
        return self._customers

    def _customer_name(self, customer_id: int | None) -> str | None:
        return next((c.name for c in self._customer_list() if c.id == customer_id), None)

    def _customer_ref(self, typed: str) -> tuple[str | int, str]:
        """The customer a typed name means (ignoring case), as (id, name); a name no
        customer has is passed on as typed, for the ledger to refuse in words."""
        folded = typed.casefold()
        for customer in self._customer_list():
            if customer.name.casefold() == folded:
                return customer.id, customer.name
        return typed, typed

    def _fill_customer_from_context(self, force: bool = False) -> None:
        customer_id = self.context.customer_id
        if customer_id is None or (self.customer_edit.text().strip() and not force):
            return
        name = self._customer_name(customer_id)
        if name:
            self.customer_edit.setText(name)

    # ================================================================ messages

    def _show_engineer(self) -> None:
        """Whose hours these are, and a link to change the name; the computer's login
        until the user gives a name."""
        given = settings.saved_engineer()
        name = html.escape(given or self.desk.user)
        if given:
            text = self.tr("Logged as <b>{name}</b> · <a href='name'>Change…</a>")
        else:
            text = self.tr(
                "Logged as <b>{name}</b> (your login) · <a href='name'>Set your name…</a>"
            )
        self.engineer_label.setText(text.format(name=name))
        self.engineer_label.setToolTip(
            self.tr(
                "The name on the hours you log here and on the command line (Edit ▸ Preferences)"
            )
        )

    def _forget_quick_error(self) -> None:
        """An error of the bar, and the text it refused, go once other work is done: by
        then they describe an attempt the user has moved on from."""
        field, self._refused_field = self._refused_field, None
        if field is None:
            return
        self._color(self.quick_message, None)
        self.quick_message.setText(QCoreApplication.translate("LedgerView", QUICK_HINT))
        if field is self.hours_edit:
            self.hours_edit.clear()
        elif field is self.customer_edit:
            self.customer_edit.clear()
            self._fill_customer_from_context()

    def _quick_error(self, message: str, field: QWidget | None) -> None:
        self._color(self.quick_message, ERROR_COLOR)
        self.quick_message.setText(message)
        self._refused_field = field or self.quick_message
        if field is None:
            return
        field.setFocus(Qt.FocusReason.OtherFocusReason)
        if isinstance(field, QLineEdit):
            field.selectAll()

    def _quick_done(self, message: str) -> None:
        self._refused_field = None
        self._color(self.quick_message, DONE_COLOR)
        self.quick_message.setText(message)

    def _notice(self, message: str, error: bool = False) -> None:
        self._color(self.selection_notice, ERROR_COLOR if error else None)
        self.selection_notice.setText(message)

    @staticmethod
    def _color(label: QLabel, color: str | None) -> None:
        label.setProperty("tone", color)
        palette = QPalette()  # an empty palette: the label takes its parent's colours
        if color is not None:
            palette.setColor(QPalette.ColorRole.WindowText, QColor(color))
        label.setPalette(palette)

    def _undo_refused(self, message: str) -> None:
        Prompts.error(self, message)

    @staticmethod
    def _read_only_reason(entry: EntryInfo) -> str:
        if entry.locked:
            return QCoreApplication.translate(
                "LedgerView",
                "This entry is read-only: {month} is issued for {customer}, so its "
                "entries can be neither changed nor deleted. Record a correction instead "
                "(Ctrl+Shift+R).",
            ).format(month=month_name(entry.day), customer=entry.customer)
        return QCoreApplication.translate(
            "LedgerView",
            "This entry corrects entry {entry} of an issued month; corrections stay as "
            "they were recorded.",
        ).format(entry=entry.corrects)

    # ================================================================ selection

    def _selection_changed(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show_selection()

    def _show_selection(self) -> None:
        """Enable Edit and Delete for what is selected, and say why an entry of an
        issued month cannot be changed. A message from the last action stays until the
        user selects something else."""
        count = self.selected_count()
        entries = self.selected_entries() if 0 < count <= MAX_DELETE else []
        current = self.model.entry(self.table.currentIndex().row())
        self.edit_button.setEnabled(current is not None and editable(current))
        self.correct_button.setEnabled(current is not None and correctable(current))
        self.delete_button.setEnabled(
            0 < count <= MAX_DELETE and all(editable(entry) for entry in entries)
        )
        self.delete_action.setEnabled(self.delete_button.isEnabled())
        if current is not None and not editable(current):
            self._notice(self._read_only_reason(current))
        elif not self._restoring:
            self._notice("")

    # ================================================================ editing

    def _edit_cell(self, entry: EntryInfo, column: int, value: Any) -> bool:
        """An edit typed into a cell: carried out through the undo stack, or refused
        with the reason beside the table (the cell keeps its value)."""
        try:
            change = self._changed(entry, column, value)
            if change is None:
                return True  # nothing changed
            field = QCoreApplication.translate("LedgerView", FIELD_NAMES[column])
            perform(self.context.undo, EditEntry(self.edits, entry, change, field))
        except Refused as refused:
            self._notice(str(refused), error=True)
            if refused.field is Field.VERSION and Prompts.reload(self, refused.message):
                QTimer.singleShot(0, self.reload)  # after the editor has closed
            return False
        self._select_after_load = entry.id
        self._notice(self._changed_text(column))
        return True

    def _changed_text(self, column: int) -> str:
        """What an edit of `column` did, one whole sentence per field."""
        texts = {
            DATE: self.tr("Changed the date (Ctrl+Z undoes it)."),
            CUSTOMER: self.tr("Changed the customer (Ctrl+Z undoes it)."),
            CATEGORY: self.tr("Changed the category (Ctrl+Z undoes it)."),
            ENGINEER: self.tr("Changed the engineer (Ctrl+Z undoes it)."),
            HOURS: self.tr("Changed the hours (Ctrl+Z undoes it)."),
            DESCRIPTION: self.tr("Changed the description (Ctrl+Z undoes it)."),
            NOTE: self.tr("Changed the internal note (Ctrl+Z undoes it)."),
        }
        return texts[column]

    def _changed(self, entry: EntryInfo, column: int, value: Any) -> NewEntry | None:
        customer: str | int = entry.customer_id
        day, seconds, category = entry.day, entry.seconds, entry.category
        engineer, description, note = entry.engineer, entry.description, entry.note
        if column == DATE:
            picked = value.toPython() if isinstance(value, QDate) else value
            if not isinstance(picked, date):
                raise Refused(self.tr("Pick a date from the calendar."))
            day = picked
        elif column == CUSTOMER:
            text = str(value).strip()
            if not text:
                raise Refused(self.tr("An entry needs a customer."))
            customer, _ = self._customer_ref(text)
        elif column == CATEGORY:
            category = Category(str(value))
        elif column == ENGINEER:
            engineer = str(value).strip()
            if not engineer:
                raise Refused(self.tr("An entry needs the engineer who spent the hours."))
        elif column == HOURS:
            seconds = parse_duration(str(value))
        elif column == DESCRIPTION:
            description = str(value)
        elif column == NOTE:
            note = str(value)
        change = NewEntry(customer, day, seconds, category, engineer, description, note, entry.case)
        before = NewEntry(
            entry.customer_id,
            entry.day,
            entry.seconds,
            entry.category,
            entry.engineer,
            entry.description,
            entry.note,
            entry.case,
        )
        return None if change == before else change

    # ================================================================ keyboard

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.customer_edit and event.type() == QEvent.Type.FocusIn:
            self._customer_list()  # the names to complete
        if (
            watched is self.quick_entry
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)
        ):
            self.log_quick_entry()
            return True
        return super().eventFilter(watched, event)


def _matches(where: LedgerFilter, entry: EntryInfo) -> bool:
    """Whether the table, filtered by `where`, shows `entry`."""
    return (
        where.customer_id in (None, entry.customer_id)
        and (where.month is None or Month.of(entry.day) == where.month)
        and where.engineer in (None, entry.engineer)
        and where.category in (None, entry.category)
        and (
            where.text.casefold() in entry.description.casefold()
            or where.text.casefold() in entry.note.casefold()
        )
    )
