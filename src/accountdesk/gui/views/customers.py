"""The Customers view: the portfolio as a table on the left (the search box above it
filters as you type), the chosen customer on the right in tabs: Overview, Contract
history, Contacts, Notes.

The table is the whole portfolio from one service call, loaded off the GUI thread
(thousands of customers take a moment on a big database) and only while the view is
shown; filtering and sorting then happen in memory. The customer shown on the right
is the window's context customer, so choosing one here or in the toolbar is the same.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QSettings,
    Qt,
    QTimer,
)
from PySide6.QtGui import QHideEvent, QKeyEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QStackedWidget,
    QTableView,
    QTabWidget,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui import format as fmt
from accountdesk.gui import settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.customer import (
    LANGUAGES,
    ContactDialog,
    CustomerDialog,
    TierChangeDialog,
)
from accountdesk.gui.dialogs.reports import export_monthly_report
from accountdesk.gui.history import HistoryPanel
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.customers import (
    ATTENTION,
    MUTED,
    WARNING,
    ContactsModel,
    ContractTermsModel,
    CustomersTableModel,
    counts,
    flags_of,
    named_contacts_text,
    renewal_text,
)
from accountdesk.gui.state import remember_columns
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work, attempt, saving
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.views import CONTRACTS_AND_HOURS, LoadedWhenShown
from accountdesk.services.entitlements import MonthUsage
from accountdesk.services.portfolio import ContactInfo, CustomerDetail, CustomerRow
from accountdesk.wording import month_name, short_month_name

TIER_COLOURS = {
    Tier.COMMUNITY: "#5f6368",
    Tier.PROFESSIONAL: "#1a5fb4",
    Tier.ENTERPRISE: "#6a1b9a",
}
COLUMN_WIDTHS = {  # in average character widths; the last column stretches
    CustomersTableModel.NAME: 28,
    CustomersTableModel.TIER: 12,
    CustomersTableModel.FLAGS: 24,
    CustomersTableModel.CSM: 16,
    CustomersTableModel.TAM: 16,
    CustomersTableModel.START: 11,
}


DETAIL_ROOM = 20  # pixels the detail gets beyond its narrowest at first
DETAIL_CHARS = 64  # the detail's narrowest, in average characters: the Overview fits

TableRead = tuple[list[CustomerRow], date, Month]
# The customer asked for, and (unless it is gone) its detail with the month's usage or
# why there is none.
DetailRead = tuple[int | None, CustomerDetail | None, Month, MonthUsage | str]


class CustomersView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("CustomersView", "Customers"))
    watches = CONTRACTS_AND_HOURS | {"review"}
    loading_title = str(QT_TRANSLATE_NOOP("CustomersView", "Loading customers…"))
    progress_dialog = True

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        self.form = load_ui("customers_view.ui", self)
        form = self.form
        self.splitter: QSplitter = child(form, QSplitter, "splitter")
        self.search: QLineEdit = child(form, QLineEdit, "search")
        self.count_label: QLabel = child(form, QLabel, "countLabel")
        self.master_stack: QStackedWidget = child(form, QStackedWidget, "masterStack")
        self.table: QTableView = child(form, QTableView, "table")
        self.empty_label: QLabel = child(form, QLabel, "emptyLabel")
        self.detail_stack: QStackedWidget = child(form, QStackedWidget, "detailStack")
        self.detail_page: QWidget = child(form, QWidget, "detailPage")
        self.customer_name: QLabel = child(form, QLabel, "customerName")
        self.edit_button: QPushButton = child(form, QPushButton, "editCustomer")
        self.tier_button: QPushButton = child(form, QPushButton, "changeTier")
        self.report_button: QPushButton = child(form, QPushButton, "exportReport")
        self.tabs: QTabWidget = child(form, QTabWidget, "tabs")
        self.tier_badge: QLabel = child(form, QLabel, "tierBadge")
        self.values: dict[str, QLabel] = {
            name: child(form, QLabel, f"{name}Value")
            for name in (
                "csm",
                "tam",
                "contract",
                "renewal",
                "timezone",
                "language",
                "holidays",
                "consulting",
                "contacts",
                "flags",
            )
        }
        self.values["tierSince"] = child(form, QLabel, "tierSince")
        self.terms_table: QTableView = child(form, QTableView, "termsTable")
        self.named_count: QLabel = child(form, QLabel, "namedCount")
        self.contact_button: QPushButton = child(form, QPushButton, "addContact")
        self.edit_contact_button: QPushButton = child(form, QPushButton, "editContact")
        self.remove_contact_button: QPushButton = child(form, QPushButton, "removeContact")
        self.contacts_stack: QStackedWidget = child(form, QStackedWidget, "contactsStack")
        self.contacts_table: QTableView = child(form, QTableView, "contactsTable")
        self.notes: QPlainTextEdit = child(form, QPlainTextEdit, "notes")
        self.notes_status: QLabel = child(form, QLabel, "notesStatus")
        self.save_notes_button: QPushButton = child(form, QPushButton, "saveNotes")
        self.empty_label.setTextFormat(Qt.TextFormat.PlainText)
        self.history = HistoryPanel(desk, self.tabs)  # who changed what, newest first
        self.tabs.addTab(self.history, self.tr("History"))

        self.model = CustomersTableModel(self)
        self.terms_model = ContractTermsModel(self)
        self.contacts_model = ContactsModel(self)
        self._set_up_tables()
        self._set_up_heading()

        self.detail: CustomerDetail | None = None
        self.dialog: QWidget | None = None  # the last dialog opened (tests look at it)
        # The table is the view's loader (LoadedWhenShown); the detail has its own.
        self.detail_loader = Loader(
            self,
            self.tr("Reading the customer…"),
            self._read_detail,
            self._detail_read,
            self._detail_failed,
        )
        self._loaded_once = False
        self._selecting = False
        self._stored_notes = ""

        self.search.textChanged.connect(self._search_changed)
        self.search.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.table.activated.connect(lambda _: self.tabs.setFocus())
        self.context.customerChanged.connect(self._customer_chosen)
        self.context.monthChanged.connect(lambda _: self.refresh())
        self.edit_button.clicked.connect(self.edit_customer)
        self.tier_button.clicked.connect(self.change_tier)
        self.report_button.clicked.connect(
            lambda: export_monthly_report(self.window(), self.desk, self.context)
        )
        self.contact_button.clicked.connect(self.add_contact)
        self.edit_contact_button.clicked.connect(self.edit_contact)
        self.remove_contact_button.clicked.connect(self.remove_contact)
        self.contacts_table.activated.connect(lambda _: self.edit_contact())  # or Enter
        self.contacts_table.selectionModel().selectionChanged.connect(
            lambda *_: self._contact_chosen()
        )
        self.save_notes_button.clicked.connect(self.save_notes)
        self.notes.textChanged.connect(self._notes_edited)
        save = QShortcut(QKeySequence.StandardKey.Save, self.notes)
        save.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        save.activated.connect(self.save_notes)
        self.save_notes_button.setEnabled(False)
        self._restore()
        self.detail_stack.setCurrentIndex(0)

    # ------------------------------------------------------------ layout

    def _set_up_tables(self) -> None:
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        header = self.table.horizontalHeader()
        header.setStretchLastSection(True)
        header.setHighlightSections(False)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        metrics = self.fontMetrics()
        for column, chars in COLUMN_WIDTHS.items():
            header.resizeSection(column, chars * metrics.averageCharWidth() + 12)
        # Columns whose longest text is known are as wide as it.
        for column, longest in (
            (
                CustomersTableModel.RENEWAL,
                counts().ended_days_ago(999),
            ),
            (
                CustomersTableModel.CONSULTING,
                QCoreApplication.translate("CustomersTableModel", "Consulting {month}").format(
                    month=short_month_name(date(2026, 9, 1))
                ),
            ),
        ):
            header.resizeSection(column, metrics.horizontalAdvance(longest) + 20)
        self.table.sortByColumn(CustomersTableModel.NAME, Qt.SortOrder.AscendingOrder)
        remember_columns(self.table, "customers")
        for table, model in (
            (self.terms_table, self.terms_model),
            (self.contacts_table, self.contacts_model),
        ):
            table.setModel(model)
            table.verticalHeader().hide()
            table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            table.horizontalHeader().setStretchLastSection(True)
            table.horizontalHeader().setHighlightSections(False)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setDefaultAlignment(
                Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
            )
        self.terms_table.horizontalHeader().setSectionResizeMode(
            ContractTermsModel.FEE, QHeaderView.ResizeMode.Stretch
        )

    def _set_up_heading(self) -> None:
        font = self.customer_name.font()
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.customer_name.setFont(font)
        badge = self.tier_badge.font()
        badge.setBold(True)
        self.tier_badge.setFont(badge)

    # ------------------------------------------------------------ View

    def focus_search(self) -> None:
        """Ctrl+F: the search box, its text selected so typing replaces it."""
        self.search.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search.selectAll()

    def refresh(self) -> None:
        """Reload the table and the detail (in the background, and only when shown)."""
        self.loader.refresh()
        self.detail_loader.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.detail_loader.shown()

    def hideEvent(self, event: QHideEvent) -> None:
        self._save_notes_if_changed()
        super().hideEvent(event)

    @property
    def ready(self) -> bool:
        """The table and the detail show the database as it is (tests wait for this)."""
        return self._loaded_once and self.loader.current and self.detail_loader.current

    # ------------------------------------------------------------ the table

    def _read(self) -> Work:
        month, today = self.context.month, self.desk.clock.today()
        if not self._loaded_once:
            self.empty_label.setText(self.tr("Loading customers…"))
            self.master_stack.setCurrentIndex(1)
        portfolio = self.desk.portfolio

        def work(progress: Progress, cancelled: Cancelled) -> TableRead:
            return portfolio.customer_table(month), today, month

        return work

    def _loaded(self, result: TableRead) -> None:
        rows, today, month = result
        self._loaded_once = True
        self._selecting = True
        try:
            self.model.set_rows(rows, today, month)
        finally:
            self._selecting = False
        self._select_context()
        self._update_master()

    def _load_failed(self, message: str) -> None:
        self.empty_label.setText(
            self.tr(
                "The customers could not be loaded. {message}\n"
                "Check the database connection, then open the view again (Ctrl+2)."
            ).format(message=message)
        )
        self.master_stack.setCurrentIndex(1)

    def _update_master(self) -> None:
        shown, total = self.model.rowCount(), self.model.total
        if total == 0:
            self.count_label.setText("")
            self.empty_label.setText(
                self.tr(
                    "No customers yet. Add your first customer with Ctrl+N, or load the demo "
                    "portfolio from the File menu."
                )
            )
            self.master_stack.setCurrentIndex(1)
        elif shown == 0:
            self.count_label.setText(
                self.tr("{shown} of {total}").format(shown=0, total=f"{total:,}")
            )
            self.empty_label.setText(
                self.tr(
                    "No customer, CSM or TAM matches “{search}”.\n"
                    "Press Esc to clear the search, or add a customer with Ctrl+N."
                ).format(search=self.search.text().strip())
            )
            self.master_stack.setCurrentIndex(1)
        else:
            self.count_label.setText(
                self.tr("%Ln customers", "", total)
                if shown == total
                else self.tr("{shown} of {total}").format(shown=f"{shown:,}", total=f"{total:,}")
            )
            self.master_stack.setCurrentIndex(0)

    def _search_changed(self, text: str) -> None:
        self._selecting = True
        try:
            self.model.set_search(text)
        finally:
            self._selecting = False
        self._select_context()
        self._update_master()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                return True
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._enter_table()
                return True
        return super().eventFilter(watched, event)

    def _enter_table(self) -> None:
        """From the search box into the table: the context customer, else the first row."""
        if self.model.rowCount() == 0:
            return
        if not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, CustomersTableModel.NAME))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def _row_chosen(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if self._selecting or not current.isValid():
            return
        customer_id = self.model.customer_id(current.row())
        if customer_id is not None:
            self.context.set_customer(customer_id)

    def _customer_chosen(self, _customer_id: int | None) -> None:
        self._select_context()
        self.detail_loader.refresh()

    def _select_context(self) -> None:
        row = self.model.row_of(self.context.customer_id)
        self._selecting = True
        try:
            if row < 0:
                self.table.clearSelection()
                self.table.setCurrentIndex(QModelIndex())
            else:
                index = self.model.index(row, CustomersTableModel.NAME)
                if self.table.currentIndex().row() != row:
                    self.table.setCurrentIndex(index)
                self.table.selectRow(row)
                self.table.scrollTo(index)
        finally:
            self._selecting = False

    # ------------------------------------------------------------ the detail

    def _read_detail(self) -> Work:
        customer_id, month = self.context.customer_id, self.context.month
        portfolio, entitlements = self.desk.portfolio, self.desk.entitlements

        def work(progress: Progress, cancelled: Cancelled) -> DetailRead:
            if customer_id is None:
                return None, None, month, ""
            try:
                detail = portfolio.customer(customer_id)
            except Refused:  # removed meanwhile
                return customer_id, None, month, ""
            try:
                usage: MonthUsage | str = entitlements.usage(customer_id, month)
            except Refused as refused:
                usage = str(refused)
            return customer_id, detail, month, usage

        return work

    def _detail_failed(self, message: str) -> None:
        self._save_notes_if_changed()
        self.detail = None
        self.detail_stack.setCurrentIndex(0)
        Prompts.error(
            self, self.tr("The customer could not be read. {message}").format(message=message)
        )

    def _detail_read(self, result: DetailRead) -> None:
        customer_id, detail, month, usage = result
        if self.detail is not None and self.detail.id != customer_id:
            self._save_notes_if_changed()
        same = self.detail is not None and detail is not None and self.detail.id == detail.id
        self.detail = detail
        if detail is None:
            self.detail_stack.setCurrentIndex(0)
            return
        self.detail_stack.setCurrentIndex(1)
        self.history.show_customer(detail.id)
        self.customer_name.setText(detail.name)
        self.customer_name.setToolTip(detail.name)
        self._fill_overview(detail, month, usage)
        today = self.desk.clock.today()
        self.terms_model.set_terms(detail.terms, today)
        self.contacts_model.set_contacts(detail.contacts)
        self._contact_chosen()  # the model was reset: nothing is selected
        self.named_count.setText(named_contacts_text(detail.summary))
        _colour(self.named_count, WARNING.name() if detail.summary.over_contact_limit else None)
        self.contacts_stack.setCurrentIndex(0 if detail.contacts else 1)
        if same and self._notes_dirty():
            # Keep what the user is typing when the same customer is merely refreshed.
            self._stored_notes = detail.notes
        else:
            self._stored_notes = detail.notes
            if self.notes.toPlainText() != detail.notes:
                self.notes.blockSignals(True)
                self.notes.setPlainText(detail.notes)
                self.notes.blockSignals(False)
            if not same:
                self.notes_status.setText("")
        self._notes_edited()

    def _fill_overview(self, detail: CustomerDetail, month: Month, usage: MonthUsage | str) -> None:
        s = detail.summary
        today = self.desk.clock.today()
        v = self.values
        self.tier_badge.setText(f" {s.tier.label} ")
        self.tier_badge.setStyleSheet(
            f"background: {TIER_COLOURS.get(s.tier, '#5f6368')}; color: white;"
            "border-radius: 6px; padding: 2px 8px;"
        )
        in_force = next(
            (t for t in detail.terms if t.effective_from <= today <= (t.effective_to or today)),
            None,
        )
        coming = [t for t in detail.terms if t.effective_from > today]
        since = []
        if in_force is not None:
            fee = fmt.money(in_force.monthly_fee)
            since.append(
                self.tr("since {day}, {fee} a month").format(
                    day=fmt.day(in_force.effective_from), fee=fee
                )
            )
        if coming:
            since.append(
                self.tr("{tier} from {day}").format(
                    tier=coming[0].tier.label, day=fmt.day(coming[0].effective_from)
                )
            )
        v["tierSince"].setText("; ".join(since))
        v["csm"].setText(s.csm or self.tr("none assigned"))
        v["tam"].setText(s.tam or self.tr("none assigned"))
        _colour(v["csm"], None if s.csm else MUTED.name())
        _colour(v["tam"], None if s.tam else MUTED.name())
        v["contract"].setText(
            f"{fmt.day(s.start)} – {fmt.day(s.end)}"
            if s.end
            else self.tr("from {day}, no end date").format(day=fmt.day(s.start))
        )
        days = s.renewal_in_days(today)
        renewal = renewal_text(s.end, today)
        if days is not None and days >= 0:
            renewal = f"{renewal} ({fmt.day(s.end)})"
        v["renewal"].setText(renewal[:1].upper() + renewal[1:])
        _colour(
            v["renewal"],
            MUTED.name()
            if days is not None and days < 0
            else ATTENTION.name()
            if days is not None and days <= 60
            else None,
        )
        local = self.desk.clock.now().astimezone(ZoneInfo(detail.timezone))
        v["timezone"].setText(
            self.tr("{zone} — {time} there now").format(
                zone=detail.timezone, time=local.strftime("%H:%M")
            )
        )
        names = dict(LANGUAGES)
        v["language"].setText(
            # the language's name as the customer dialog lists it
            f"{detail.language} — "
            f"{QCoreApplication.translate('CustomerDialog', names[detail.language])}"
            if detail.language in names
            else detail.language
        )
        v["holidays"].setText(
            self.tr("{calendar} public holidays").format(calendar=detail.holiday_calendar)
            if detail.holiday_calendar
            else self.tr("none (Monday to Friday are working days)")
        )
        v["consulting"].setText(_consulting_text(month, usage))
        v["contacts"].setText(named_contacts_text(s))
        _colour(v["contacts"], WARNING.name() if s.over_contact_limit else None)
        flags = flags_of(s, today)
        if detail.rollover:
            flags.append(self.tr("unused hours roll over"))
        if detail.locked_months:
            flags.append(
                self.tr("reports issued up to {month}").format(month=max(detail.locked_months))
            )
        v["flags"].setText("; ".join(flags) if flags else self.tr("none", "no flags"))
        _colour(v["flags"], WARNING.name() if s.over_contact_limit else None)

    # ------------------------------------------------------------ notes

    def _notes_dirty(self) -> bool:
        return self.notes.toPlainText() != self._stored_notes

    def _notes_edited(self) -> None:
        dirty = self.detail is not None and self._notes_dirty()
        self.save_notes_button.setEnabled(dirty)
        if dirty:
            self.notes_status.setText(self.tr("Unsaved changes"))

    def save_notes(self) -> None:
        if self.detail is None or not self._notes_dirty():
            return
        text = self.notes.toPlainText()
        saved, outcome = self._store_notes(self.detail.id, text)
        if not saved:
            self.notes_status.setText(self.tr("Not saved: {why}").format(why=outcome))
            return
        self._stored_notes = text
        self.save_notes_button.setEnabled(False)
        self.notes_status.setText(self.tr("Saved."))
        self.context.notify_changed()

    def _save_notes_if_changed(self) -> None:
        """Notes typed for one customer are saved before another one is shown. Notes that
        cannot be saved are not dropped in silence: the user is told, with the text."""
        if self.detail is None or not self._notes_dirty():
            return
        text = self.notes.toPlainText()
        saved, outcome = self._store_notes(self.detail.id, text)
        if not saved:
            self._stored_notes = text  # said once, not again at every switch
            Prompts.error(
                self,
                self.tr(
                    "The notes typed for {customer} could not be saved. {why}\n\n"
                    "What you typed, to copy elsewhere:\n\n{notes}"
                ).format(customer=self.detail.name, why=outcome, notes=text),
            )
            return
        self._stored_notes = text
        # Tell the window once the switch to the other customer is over, not midway.
        QTimer.singleShot(0, self.context.notify_changed)

    def _store_notes(self, customer_id: int, text: str) -> tuple[bool, str]:
        """(True, "") once saved; else (False, why), an unexpected error logged."""
        portfolio = self.desk.portfolio
        saved, outcome = attempt(
            lambda: saving(lambda: portfolio.set_notes(customer_id, text)),
            "saving a customer's notes",
        )
        return saved, "" if saved else str(outcome)

    # ------------------------------------------------------------ dialogs

    def add_customer(self) -> None:
        """Open the new-customer dialog (Ctrl+N, the welcome page)."""
        dialog = CustomerDialog.open_new(self, self.desk, self.model.people())
        dialog.saved.connect(self._customer_saved)
        self.dialog = dialog

    def edit_customer(self) -> None:
        if self.detail is None:
            return
        dialog = CustomerDialog.open_edit(self, self.desk, self.detail, self.model.people())
        dialog.saved.connect(self._customer_saved)
        self.dialog = dialog

    def change_tier(self) -> None:
        if self.detail is None:
            return
        dialog = TierChangeDialog.open_for(self, self.desk, self.detail)
        dialog.saved.connect(lambda _: self.context.notify_changed())
        self.dialog = dialog

    def add_contact(self) -> None:
        if self.detail is None:
            return
        dialog = ContactDialog.open_for(self, self.desk, self.detail)
        dialog.saved.connect(lambda _: self.context.notify_changed())
        self.dialog = dialog

    def selected_contact(self) -> ContactInfo | None:
        if self.detail is None:
            return None
        rows = self.contacts_table.selectionModel().selectedRows()
        contact_id = self.contacts_model.contact_id(rows[0].row()) if rows else None
        return next((c for c in self.detail.contacts if c.id == contact_id), None)

    def edit_contact(self) -> None:
        contact = self.selected_contact()
        if self.detail is None or contact is None:
            return
        dialog = ContactDialog.open_for(self, self.desk, self.detail, contact)
        dialog.saved.connect(lambda _: self.context.notify_changed())
        self.dialog = dialog

    def remove_contact(self) -> None:
        contact = self.selected_contact()
        if self.detail is None or contact is None:
            return
        if contact.named:
            question = self.tr(
                "Remove {contact} (a named support contact) from {customer}'s contacts?"
            )
        else:
            question = self.tr("Remove {contact} from {customer}'s contacts?")
        question = question.format(contact=contact.name, customer=self.detail.name)
        if not Prompts.confirm(self, self.tr("Remove contact"), question):
            return
        try:
            portfolio = self.desk.portfolio
            saving(lambda: portfolio.remove_contact(contact.id))
        except Refused as refused:
            Prompts.error(self, str(refused))
            return
        self.context.notify_changed()

    def _contact_chosen(self) -> None:
        chosen = self.selected_contact() is not None
        self.edit_contact_button.setEnabled(chosen)
        self.remove_contact_button.setEnabled(chosen)

    def _customer_saved(self, customer_id: int) -> None:
        self.context.notify_changed()
        self.context.set_customer(customer_id)

    # ------------------------------------------------------------ state

    def _restore(self) -> None:
        # The detail keeps the width the splitter gives it whichever tab is shown: were
        # its width the widest tab's, showing Contacts would push the splitter left and
        # hide the table's Flags. It is as narrow as the Overview allows; the table takes
        # what the window gains.
        detail = self.detail_stack
        policy = detail.sizePolicy()
        policy.setHorizontalPolicy(QSizePolicy.Policy.Ignored)
        detail.setSizePolicy(policy)
        narrowest = self.fontMetrics().averageCharWidth() * DETAIL_CHARS
        detail.setMinimumWidth(max(detail.minimumSizeHint().width(), narrowest))
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 0)
        state = QSettings().value(settings.CUSTOMERS_SPLITTER)
        if state is not None:
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([10_000, detail.minimumWidth() + DETAIL_ROOM])
        self.splitter.splitterMoved.connect(
            lambda *_: QSettings().setValue(settings.CUSTOMERS_SPLITTER, self.splitter.saveState())
        )


def _colour(label: QLabel, colour: str | None) -> None:
    label.setStyleSheet(f"color: {colour};" if colour else "")


def _consulting_text(month: Month, usage: MonthUsage | str) -> str:
    """The Consulting line of the overview: the month's usage, or why there is none."""
    if isinstance(usage, str):
        return usage
    name = month_name(month.first)
    consulting = next((a for a in usage.allowances if a.category is Category.CONSULTING), None)
    if consulting is None:
        used = usage.hours_by_category.get(Category.CONSULTING, 0)
        if used:
            return QCoreApplication.translate(
                "CustomersView", "{hours} in {month} (none included)"
            ).format(hours=fmt.hours_text(used), month=name)
        return QCoreApplication.translate("CustomersView", "not included in {month}").format(
            month=name
        )
    used_hours = fmt.decimal_hours(consulting.used_hours)
    included = fmt.decimal_hours(consulting.included_hours)
    if consulting.overage_seconds:
        return QCoreApplication.translate(
            "CustomersView", "{used} used of {included} in {month}; {over} over, {charge}"
        ).format(
            used=used_hours,
            included=included,
            month=name,
            over=fmt.decimal_hours(consulting.overage_hours),
            charge=fmt.money(consulting.overage_charge),
        )
    return QCoreApplication.translate(
        "CustomersView", "{used} used of {included} in {month}"
    ).format(used=used_hours, included=included, month=name)
