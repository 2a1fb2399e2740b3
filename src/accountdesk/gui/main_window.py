"""The main window: navigation, the customer and month that drive every view, menus,
the first-run page and the status bar. Views do the rest."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCompleter,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QToolBar,
    QToolButton,
    QWidget,
)

from accountdesk import __version__
from accountdesk.app import Desk, open_desk
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.gui.context import DeskContext
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import run_task
from accountdesk.gui.uiload import load_ui
from accountdesk.gui.views import View
from accountdesk.gui.views.customers import CustomersView
from accountdesk.gui.views.entitlements import EntitlementsView
from accountdesk.gui.views.home import HomeView
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.gui.views.reviews import ReviewsView
from accountdesk.shipped import resource_path

ALL_CUSTOMERS = "All customers"
VIEWS: tuple[tuple[type[View], str], ...] = (
    (HomeView, "home"),
    (CustomersView, "customers"),
    (EntitlementsView, "entitlements"),
    (LedgerView, "ledger"),
    (ReviewsView, "reviews"),
)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))


class MainWindow(QMainWindow):
    def __init__(self, desk: Desk, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.settings = QSettings()
        self._has_customers = False
        self.context = DeskContext(Month.of(desk.clock.today()), self)
        self.setWindowTitle(f"AccountDesk — {_where(desk)}")
        self.setWindowIcon(icon("accountdesk"))

        form = QWidget(self)
        load_ui("main_window.ui", form)
        self.setCentralWidget(form)
        self.navigation: QListWidget = form.findChild(QListWidget, "navigation")
        self.pages: QStackedWidget = form.findChild(QStackedWidget, "pages")
        self.splitter: QSplitter = form.findChild(QSplitter, "splitter")

        self.welcome = self._welcome_page()
        self.pages.addWidget(self.welcome)
        self.views: list[View] = []
        for view_class, icon_name in VIEWS:
            view = view_class(desk, self.context, self.pages)
            self.views.append(view)
            self.pages.addWidget(view)
            QListWidgetItem(icon(icon_name), view.title, self.navigation)
        self.navigation.currentRowChanged.connect(lambda row: self.show_view(row + 1))

        self._build_toolbar()
        self._build_menus()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self.context.dataChanged.connect(self._data_changed)
        self.context.openCustomer.connect(self._open_customer)
        self.context.customerChanged.connect(self._customer_chosen_elsewhere)
        self.context.monthChanged.connect(lambda month: self.month_label.setText(_month(month)))
        self._data_changed()
        self._restore()

    # ---------------------------------------------------------------- layout

    def _welcome_page(self) -> QWidget:
        page = QWidget()
        form = load_ui("welcome.ui", page)
        heading = form.findChild(QLabel, "heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        form.findChild(QPushButton, "addCustomer").clicked.connect(self.add_customer)
        form.findChild(QPushButton, "loadDemo").clicked.connect(self.load_demo)
        return page

    def _build_toolbar(self) -> None:
        bar = QToolBar("Main", self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.addToolBar(bar)
        self.new_customer_action = QAction(icon("add"), "Customer", self)
        self.new_customer_action.setShortcut(QKeySequence.StandardKey.New)
        self.new_customer_action.setToolTip("Add a customer (Ctrl+N)")
        self.new_customer_action.triggered.connect(self.add_customer)
        bar.addAction(self.new_customer_action)
        self.log_hours_action = QAction(icon("add"), "Hours", self)
        self.log_hours_action.setShortcut(QKeySequence("Ctrl+L"))
        self.log_hours_action.setToolTip("Log hours (Ctrl+L)")
        self.log_hours_action.triggered.connect(self.log_hours)
        bar.addAction(self.log_hours_action)
        bar.addSeparator()
        bar.addWidget(QLabel(" Customer: "))
        self.picker = QComboBox()
        self.picker.setObjectName("customerPicker")
        self.picker.setEditable(True)
        self.picker.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.picker.setMinimumContentsLength(26)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        completer = self.picker.completer()
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.picker.activated.connect(self._picker_chosen)
        bar.addWidget(self.picker)
        bar.addSeparator()
        bar.addWidget(QLabel(" Month: "))
        self.previous_month = QToolButton()
        self.previous_month.setIcon(icon("previous"))
        self.previous_month.setToolTip("Previous month (Ctrl+PgUp)")
        self.previous_month.setShortcut(QKeySequence("Ctrl+PgUp"))
        self.previous_month.clicked.connect(lambda: self.step_month(-1))
        self.month_label = QLabel(_month(self.context.month))
        self.month_label.setObjectName("monthLabel")
        self.month_label.setMinimumWidth(80)
        self.month_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.next_month = QToolButton()
        self.next_month.setIcon(icon("next"))
        self.next_month.setToolTip("Next month (Ctrl+PgDown)")
        self.next_month.setShortcut(QKeySequence("Ctrl+PgDown"))
        self.next_month.clicked.connect(lambda: self.step_month(1))
        for widget in (self.previous_month, self.month_label, self.next_month):
            bar.addWidget(widget)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addAction(self.new_customer_action)
        file_menu.addAction("Load demo data…", self.load_demo)
        file_menu.addAction("Back up database…", self.backup)
        file_menu.addSeparator()
        quit_action = file_menu.addAction("Quit", self.close)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)

        edit_menu = menus.addMenu("&Edit")
        undo = self.context.undo.createUndoAction(self, "Undo")
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.context.undo.createRedoAction(self, "Redo")
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addActions([undo, redo])
        edit_menu.addSeparator()
        find = edit_menu.addAction("Find", self.find)
        find.setShortcut(QKeySequence.StandardKey.Find)
        preferences = edit_menu.addAction("Preferences…", self.preferences)
        preferences.setShortcut(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = menus.addMenu("&View")
        self.view_actions: list[QAction] = []
        for index, view in enumerate(self.views):
            action = view_menu.addAction(view.title, lambda i=index: self.show_view(i + 1))
            action.setShortcut(QKeySequence(f"Ctrl+{index + 1}"))
            self.view_actions.append(action)

        customer_menu = menus.addMenu("&Customer")
        customer_menu.addAction(self.new_customer_action)
        customer_menu.addAction(self.log_hours_action)

        self.reports_menu = menus.addMenu("&Reports")
        self.reports_menu.addAction("Monthly report for this customer…", self.monthly_report)
        self.reports_menu.addAction("Month-end batch…", self.month_end_batch)

        help_menu = menus.addMenu("&Help")
        help_menu.addAction("About AccountDesk", self.about)

    # ---------------------------------------------------------------- behaviour

    def show_view(self, page: int) -> None:
        """Page 0 is the welcome page; 1–5 are the views in the navigation's order."""
        if page <= 0 or not self._has_customers:
            self.pages.setCurrentWidget(self.welcome)
            return
        self.pages.setCurrentIndex(page)
        if self.navigation.currentRow() != page - 1:
            self.navigation.setCurrentRow(page - 1)

    def current_view(self) -> View | None:
        widget = self.pages.currentWidget()
        return widget if isinstance(widget, View) else None

    def view(self, view_class: type[View]) -> View:
        return next(v for v in self.views if isinstance(v, view_class))

    def step_month(self, by: int) -> None:
        month = self.context.month
        self.context.set_month(month.next() if by > 0 else month.previous())

    def find(self) -> None:
        view = self.current_view()
        if view is not None:
            view.find()

    def add_customer(self) -> None:
        customers = self.view(CustomersView)
        self.show_view(self.views.index(customers) + 1) if self._has_customers else None
        customers.add_customer()  # type: ignore[attr-defined]

    def log_hours(self) -> None:
        if not self._has_customers:
            return
        ledger = self.view(LedgerView)
        self.show_view(self.views.index(ledger) + 1)
        ledger.focus_quick_entry()  # type: ignore[attr-defined]

    def load_demo(self) -> None:
        from accountdesk.services.demo import generate_demo

        def work(progress, cancelled):  # type: ignore[no-untyped-def]
            return generate_demo(self.desk.sessions, self.desk.clock, 50, 12, 1)

        def done(summary) -> None:  # type: ignore[no-untyped-def]
            self.context.notify_changed()
            self.statusBar().showMessage(
                f"Loaded the demo portfolio: {summary.customers} customers, "
                f"{summary.entries:,} ledger entries.",
                8000,
            )

        run_task(
            self,
            "Loading the demo portfolio…",
            work,
            done,
            lambda message: Prompts.error(self, message),
            cancellable=False,
        )

    def backup(self) -> None:
        target = Prompts.save_file(
            self, "Back up database", "accountdesk-backup.sqlite3", "SQLite databases (*.sqlite3)"
        )
        if target is None:
            return
        run_task(
            self,
            "Backing up…",
            lambda progress, cancelled: self.desk.transfer.backup(target),
            lambda _: self.statusBar().showMessage(f"Backed up to {target}.", 8000),
            lambda message: Prompts.error(self, message),
            cancellable=False,
        )

    def monthly_report(self) -> None:
        from accountdesk.gui.dialogs.reports import export_monthly_report

        export_monthly_report(self, self.desk, self.context)

    def month_end_batch(self) -> None:
        from accountdesk.gui.dialogs.reports import month_end_batch

        month_end_batch(self, self.desk, self.context)

    def preferences(self) -> None:
        current = str(self.settings.value("engineer", self.desk.user))
        typed = Prompts.text(self, "Preferences", "Your name on the hours you log:", current)
        if typed is not None and typed.strip():
            self.settings.setValue("engineer", typed.strip())

    def about(self) -> None:
        QMessageBox.about(
            self,
            "About AccountDesk",
            f"<b>AccountDesk {__version__}</b><br>Support contracts, entitlements, hours "
            "and reviews for customer success teams.",
        )

    # ---------------------------------------------------------------- context

    def _data_changed(self) -> None:
        counts = self.desk.portfolio.counts()
        was = self._has_customers
        self._has_customers = counts.customers > 0
        self._fill_picker()
        local = self.desk.engine.dialect.name == "sqlite"
        backend = "SQLite (local)" if local else "PostgreSQL (team)"
        self.status.setText(
            f"{counts.customers:,} customers · {counts.entries:,} entries · "
            f"signed in as {self.desk.user} · {backend}"
        )
        for widget in self.toolbar_widgets():
            widget.setEnabled(self._has_customers)
        if not self._has_customers:
            self.show_view(0)
        elif not was or self.pages.currentWidget() is self.welcome:
            self.show_view(max(1, self.navigation.currentRow() + 1))
        for view in self.views:
            view.refresh()

    def toolbar_widgets(self) -> list[QWidget]:
        return [self.picker, self.previous_month, self.next_month, self.navigation]

    def _fill_picker(self) -> None:
        chosen = self.context.customer_id
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(ALL_CUSTOMERS, None)
        for customer in self.desk.ledger_browser.customers():  # ids and names only: fast
            self.picker.addItem(customer.name, customer.id)
        index = self.picker.findData(chosen)
        self.picker.setCurrentIndex(index if index >= 0 else 0)
        self.picker.blockSignals(False)
        if index < 0:
            self.context.set_customer(None)

    def _picker_chosen(self, index: int) -> None:
        self.context.set_customer(self.picker.itemData(index))

    def _customer_chosen_elsewhere(self, customer_id: int | None) -> None:
        index = self.picker.findData(customer_id)
        if index >= 0 and index != self.picker.currentIndex():
            self.picker.setCurrentIndex(index)

    def _open_customer(self, customer_id: int) -> None:
        self.context.set_customer(customer_id)
        self.show_view(self.views.index(self.view(CustomersView)) + 1)

    # ---------------------------------------------------------------- state

    def _restore(self) -> None:
        geometry = self.settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value("window/splitter")
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([170, 1110])
        self.navigation.setCurrentRow(int(self.settings.value("window/view", 0)))

    def closeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.settings.setValue("window/geometry", self.saveGeometry())
        self.settings.setValue("window/splitter", self.splitter.saveState())
        self.settings.setValue("window/view", max(0, self.navigation.currentRow()))
        super().closeEvent(event)

    @property
    def has_customers(self) -> bool:
        return self._has_customers


def _month(month: Month) -> str:
    return month.first.strftime("%b %Y")


def _where(desk: Desk) -> str:
    database = desk.engine.url.database
    if desk.engine.dialect.name == "sqlite" and database:
        return Path(database).name
    return desk.location


def run_window(db: str) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setOrganizationName("AccountDesk")
    app.setApplicationName("AccountDesk")
    app.setApplicationVersion(__version__)
    app.setWindowIcon(icon("accountdesk"))
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
