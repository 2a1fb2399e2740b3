"""The main window: navigation, the customer and month that drive every view, menus,
the first-run page and the status bar. Views do the rest.

The window shows its frame first and opens the database behind it: the database layer
(SQLAlchemy and the services) takes several times as long to load as Qt does, and a
window that appears at once, saying what it is opening, is what users expect. So the
frame is built in code from plain widgets and loads nothing slow: no Designer loader
(the views' layouts come from `ui/`), no database code and not Qt's enum namespace,
which PySide6 takes about 20 ms to load on first use, a fifth of the frame's time. So
the frame sets its two such values by number (a test checks them), builds a splitter
without arguments and gives shortcuts with setShortcuts (setShortcut's overloads name
Qt's key enums). The views and the services load in `attach`; a window that opens on
Home with a SQLite file shows Home before, with the figures the file keeps, read
without the database layer (`_show_kept`).
"""

from __future__ import annotations

import gc
import re
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, NamedTuple

from PySide6 import QtCore
from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QByteArray,
    QCoreApplication,
    QLocale,
    QSettings,
    QSize,
    Signal,
)
from PySide6.QtGui import QAction, QCloseEvent, QFontDatabase, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFrame,
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

from accountdesk.domain.clock import Clock, SystemClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.gui import engineer, language, settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.transfer import add_transfer_actions
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work, run_task
from accountdesk.logs import log_unexpected
from accountdesk.shipped import resource_path
from accountdesk.wording import month_title, short_month_name

if TYPE_CHECKING:
    from accountdesk.app import Desk
    from accountdesk.db.notices import Change
    from accountdesk.gui.live import Live
    from accountdesk.gui.views import View
    from accountdesk.gui.views.home import HomeView
    from accountdesk.services.ledger_browser import CustomerName
    from accountdesk.services.overview import Overview
    from accountdesk.services.portfolio import Counts

ALL_CUSTOMERS = str(QT_TRANSLATE_NOOP("MainWindow", "All customers"))
DATABASE_FILES = str(
    QT_TRANSLATE_NOOP(
        "MainWindow", "AccountDesk databases (*.sqlite3 *.sqlite *.db);;All files (*)"
    )
)
HOME, CUSTOMERS, ENTITLEMENTS, LEDGER, REVIEWS, CASES = range(6)  # the views' places
SUMMARY_AFTER_NOTICE_MS = 300  # others' changes reach the status bar after the views
SUMMARY_AT_START_MS = 3000  # the longest the counts wait for Home's first figures
TEXT_BESIDE_ICON = 2  # Qt.ToolButtonStyle.ToolButtonTextBesideIcon
ALIGN_CENTER = 0x84  # Qt.AlignmentFlag.AlignCenter
DESKTOP_ID = "com.diotec360.AccountDesk"  # resources/desktop/<this>.desktop
# The navigation, in order: each view's title and icon (the views load later; a test
# keeps these titles equal to theirs).
NAVIGATION = (
    (str(QT_TRANSLATE_NOOP("MainWindow", "Home")), "home"),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Customers")), "customers"),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Entitlements")), "entitlements"),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Hours ledger")), "ledger"),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Reviews")), "reviews"),
    (str(QT_TRANSLATE_NOOP("MainWindow", "Cases")), "cases"),
)


def icon(name: str) -> QIcon:
    return QIcon(str(resource_path(f"icons/{name}.svg")))


class Summary(NamedTuple):
    """What the status bar and the customer picker show (the picker's list None when
    the customers did not change)."""

    counts: Counts
    customers: list[CustomerName] | None


class MainWindow(QMainWindow):
    """Built in two steps: the frame (navigation, toolbar, menus, status bar), which needs
    no database, then `attach(desk)`, which builds the views on the open database.
    `MainWindow(desk)` does both at once."""

    built = Signal()  # the views are built on the database; the one on screen reads it
    ready = Signal()  # and the status bar shows the database's counts
    figures_shown = Signal()  # Home shows its figures (first those the database keeps)

    def __init__(
        self,
        desk: Desk | None = None,
        parent: QWidget | None = None,
        *,
        clock: Clock | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk: Desk = None  # type: ignore[assignment]  # set by attach
        self.settings = QSettings()
        self._has_customers = False
        self.refusal: str | None = None  # why the database could not be opened
        # The window this one takes the place of once its database is open (File ▸ Open
        # database…); it stays until then, and stays for good if the user gives up.
        self.replaces: MainWindow | None = None
        self.help_windows: dict[str, QWidget] = {}
        self._clock = clock
        clock = desk.clock if desk is not None else clock or SystemClock()
        self.context = DeskContext(Month.of(clock.today()), self)
        self.setWindowTitle("AccountDesk")
        self.setWindowIcon(icon("accountdesk"))

        self.splitter = QSplitter()  # no arguments: see the note on Qt's enums above
        self.splitter.setChildrenCollapsible(False)
        self.navigation = QListWidget(self.splitter)
        self.navigation.setObjectName("navigation")
        self.navigation.setAccessibleName(self.tr("Navigation"))
        self.navigation.setMinimumWidth(150)
        self.navigation.setMaximumWidth(240)
        self.navigation.setIconSize(QSize(22, 22))
        self.navigation.setSpacing(2)
        self.navigation.setFrameShape(QFrame.Shape.NoFrame)
        for title, icon_name in NAVIGATION:
            QListWidgetItem(
                icon(icon_name), QCoreApplication.translate("MainWindow", title), self.navigation
            )
        self.pages = QStackedWidget(self.splitter)
        self.pages.setObjectName("pages")
        self.setCentralWidget(self.splitter)
        self.opening = QLabel(self.tr("Opening the database…"))
        self.opening.setObjectName("openingPage")
        self.opening.setProperty("alignment", ALIGN_CENTER)
        self.pages.addWidget(self.opening)
        self.welcome: QWidget | None = None
        self._views: list[View] = []  # built so far, in the navigation's order (`views`)
        # Home showing the figures the database keeps, before it is open (`_show_kept`).
        self._kept_home: HomeView | None = None
        self.live: Live | None = None  # set by attach

        self._build_toolbar()
        self._build_menus()
        self.status = QLabel()
        self.statusBar().addPermanentWidget(self.status)
        self._restore_geometry()
        self._enable_desk_controls(False)
        # What the status bar and the picker show, read off the window's thread after
        # every change.
        self._summary = Loader(
            self,
            self.tr("Counting customers and entries…"),
            self._read_summary,
            self._summary_read,
            self._summary_failed,
            while_shown=False,
        )
        self._announced = False  # `ready` is emitted once the first summary is shown
        # Whether the picker's list must be read again with the counts: tens of
        # thousands of names are not re-read (and re-sorted) for a teammate's hour.
        self._customers_changed = True
        # Others' changes update the status bar a moment later: the view in sight reads
        # first, and a burst of notices is counted once.
        self._summary_soon = QtCore.QTimer(self)
        self._summary_soon.setSingleShot(True)
        self._summary_soon.setInterval(SUMMARY_AFTER_NOTICE_MS)
        self._summary_soon.timeout.connect(self._summary.load)
        self._summary_waiting: QtCore.QTimer | None = None  # at start: for Home's figures
        if desk is not None:
            self.attach(desk)

    def attach(self, desk: Desk, has_customers: bool | None = None) -> None:
        """Build the views on `desk` and show what it holds. Told whether it holds any
        customer, the window shows its remembered view at once, rather than after the
        status bar's counts are read."""
        self.desk = desk
        self.refusal = None
        self._has_customers = bool(has_customers)
        self.setWindowTitle(f"AccountDesk — {_where(desk)}")
        settings.remember_database(_reopen(desk))
        if self.replaces is not None:  # this window takes the other's place
            replaced, self.replaces = self.replaces, None
            replaced.close()
            if replaced.desk is not None:
                replaced.desk.close()
        self._set_up_picker()
        cover_every_script()  # before any view shows a name
        if self._kept_home is not None:  # showing what the database keeps: it stays
            home, self._kept_home = self._kept_home, None
            home.desk = desk
            self._views.append(home)
        elif self._remembered_view() == HOME:
            self._add_views(_home_view())  # the others once Home shows its figures
        else:
            self._add_views(*_view_classes())
        self.navigation.currentRowChanged.connect(lambda row: self.show_view(row + 1))
        self.context.dataChanged.connect(self._data_changed)
        self.context.openCustomer.connect(self._open_customer)
        self.context.openEntitlements.connect(self._open_entitlements)
        self.context.openCase.connect(self._open_case)
        self.context.customerChanged.connect(self._customer_chosen_elsewhere)
        self.context.monthChanged.connect(lambda month: self.month_label.setText(_month(month)))
        self._enable_desk_controls(True)
        from accountdesk.gui.live import follow

        self.live = follow(self)  # others' changes, and who else is connected
        for each in self._views:
            each.refresh()  # hidden yet: each reads when shown
        self._restore_view()
        self.built.emit()
        self._count_after_home()
        QtCore.QTimer.singleShot(0, lambda: engineer.ask_once(self, self.context))  # first run

    def _add_views(self, *view_classes: type[View]) -> None:
        for view_class in view_classes:
            view = view_class(self.desk, self.context, self.pages)
            if view_class is _home_view():
                view.figures_shown.connect(self.figures_shown)  # type: ignore[attr-defined]
            self._views.append(view)
            self.pages.addWidget(view)

    @property
    def views(self) -> list[View]:
        """The six views in the navigation's order. A window that opens on Home builds
        only Home at first, and the others once Home shows its figures (or at once, when
        asked for sooner): building them first held the figures back by a fifth of a
        second at every start."""
        self._build_other_views()
        return self._views

    def _count_after_home(self) -> None:
        """The status bar's counts and the picker's names, read once Home shows its
        figures when Home is what the window opens on: read beside them, they held
        Home's figures back by half a second at 5,000 customers. (At most
        `SUMMARY_AT_START_MS` later: Home may fail to read.) The other views are built
        then too, once the figures are painted."""
        home = self.current_view()
        if not isinstance(home, _home_view()) or not home.loading:
            self._summary.load()
            QtCore.QTimer.singleShot(0, self._build_other_views)
            return

        def count() -> None:
            if self._summary_waiting is None:
                return  # the window closed meanwhile
            self._summary_waiting = None
            waiting.stop()
            home.figures_shown.disconnect(count)
            self._summary.load()
            QtCore.QTimer.singleShot(0, self._build_other_views)  # after the figures' paint

        waiting = self._summary_waiting = QtCore.QTimer(self)
        waiting.setSingleShot(True)
        waiting.setInterval(SUMMARY_AT_START_MS)
        waiting.timeout.connect(count)
        home.figures_shown.connect(count)
        waiting.start()

    def _build_other_views(self) -> None:
        """The views not built yet (none before the database is open)."""
        if 0 < len(self._views) < len(NAVIGATION):
            added = _view_classes()[len(self._views) :]
            self._add_views(*added)
            for each in self._views[-len(added) :]:
                each.refresh()  # hidden yet: each reads when shown

    def _set_up_picker(self) -> None:
        """Typing in the customer picker finds a customer by any part of the name, and
        Enter chooses it (set up with the database, not in the frame: an editable box is
        slow to build)."""
        from accountdesk.gui import picker

        picker.set_up(self.picker)

    def open_database(self, db: str, clock: Clock | None) -> None:
        """Open `db` off the window's thread; the views are built once it is open. An
        empty file is made a database only when the user says so."""

        def check(progress: Progress, cancelled: Cancelled) -> Path | None:
            # the database layer: loaded off screen
            from accountdesk.db.engine import database_url, empty_sqlite_file

            return empty_sqlite_file(database_url(db))

        def work(progress: Progress, cancelled: Cancelled) -> tuple[Desk, bool]:
            from accountdesk.app import open_desk

            desk = open_desk(db, clock=clock)
            return desk, desk.portfolio.any_customers()

        def checked(empty: Path | None) -> None:
            question = self.tr("{file} is an empty file. Make it a new AccountDesk database?")
            if empty is not None and not Prompts.confirm(
                self, "AccountDesk", question.format(file=empty)
            ):
                self._refused(
                    self.tr("{file} was left as it was, an empty file.").format(file=empty)
                )
                return
            run_task(
                self,
                self.tr("Opening the database…"),
                work,
                self._opened,
                self._refused,
            )

        def kept(progress: Progress, cancelled: Cancelled) -> Overview | None:
            from accountdesk.services.home_at_start import kept_overview

            now = clock or SystemClock()
            return kept_overview(db, month, now.today(), now.now())

        def read_kept(overview: Overview | None) -> None:
            if overview is not None and overview.customers and not self._views:
                self._show_kept(overview)
            run_task(self, title, check, checked, self._refused)

        self._clock = clock
        title = self.tr("Opening the database…")
        self.opening.setText(title)
        self.status.setText(self.tr("Opening {database}…").format(database=_database_name(db)))
        month = self.context.month
        if not self._views and self._remembered_view() == HOME:
            # Home's figures from what the database keeps, before the database layer
            # loads (a second); then the database is opened as usual.
            run_task(self, title, kept, read_kept, lambda _failed: read_kept(None))
        else:
            read_kept(None)

    def _show_kept(self, overview: Overview) -> None:
        """Home, built before the database is open, showing `overview` read from what
        the database keeps; it reads again once the database is open (`attach`)."""
        cover_every_script()  # before Home shows a name
        home = self._kept_home = _home_view()(None, self.context, self.pages)  # type: ignore[arg-type]
        home.figures_shown.connect(self.figures_shown)
        self.pages.addWidget(home)
        home.show_kept(overview)
        self.pages.setCurrentWidget(home)
        self.figures_shown.emit()

    def _opened(self, opened: tuple[Desk, bool]) -> None:
        self.attach(*opened)

    def _refused(self, message: str) -> None:
        """Say why the database could not be opened, and offer another or a new one;
        the window closes only when the user gives up."""
        self.refusal = message
        resume_collector()  # not ready, and maybe never: the user is choosing
        if self._kept_home is not None:  # figures of a database that did not open
            self._kept_home.deleteLater()
            self._kept_home = None
            self.pages.setCurrentWidget(self.opening)
        self.status.setText("")
        self.opening.setText(self.tr("The database could not be opened."))
        cancel = self.tr("Cancel") if self.replaces is not None else self.tr("Quit")
        while True:
            choice = Prompts.after_refusal(self, message, cancel)
            chosen = {"open": self._ask_database, "new": self._ask_new_database}.get(choice)
            if chosen is None:
                break
            db = chosen()
            if db is not None:
                self.open_database(db, self._clock)
                return
        self.close()

    def _ask_database(self) -> str | None:
        chosen = Prompts.open_file(
            self,
            self.tr("Open database"),
            QCoreApplication.translate("MainWindow", DATABASE_FILES),
            str(settings.database_folder()),
        )
        return None if chosen is None else str(chosen)

    def _ask_new_database(self) -> str | None:
        """A file for a new database: a file that holds anything is not overwritten."""
        while True:
            suggested = settings.database_folder() / "accountdesk.sqlite3"
            chosen = Prompts.save_file(
                self,
                self.tr("New database"),
                str(suggested),
                QCoreApplication.translate("MainWindow", DATABASE_FILES),
            )
            if chosen is None:
                return None
            if not chosen.exists() or (chosen.is_file() and chosen.stat().st_size == 0):
                return str(chosen)
            Prompts.error(
                self,
                self.tr(
                    "{file} already exists; a new database needs a new file name. To work "
                    "in that database, choose File ▸ Open database…."
                ).format(file=chosen),
            )

    def open_another(self) -> MainWindow | None:
        """File ▸ Open database…: the window opening it, unless the user cancels."""
        db = self._ask_database()
        return None if db is None else self.switch_to(db)

    def new_database(self) -> MainWindow | None:
        """File ▸ New database…: a clean database in a new file."""
        db = self._ask_new_database()
        return None if db is None else self.switch_to(db)

    def switch_to(self, db: str) -> MainWindow:
        """Open `db` in a window that takes this one's place once the database is open;
        if it cannot be opened and the user gives up, this one stays as it was."""
        self.settings.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        other = MainWindow(clock=self._clock)
        other.replaces = self
        other.show()
        other.open_database(db, self._clock)
        return other

    def _enable_desk_controls(self, enabled: bool) -> None:
        for action in self.desk_actions:
            action.setEnabled(enabled)
        if not enabled:
            for widget in self.toolbar_widgets():
                widget.setEnabled(False)

    # ---------------------------------------------------------------- layout

    def _welcome_page(self) -> QWidget:
        # Designer's loader: slow to load
        from accountdesk.gui.uiload import child, load_ui

        page = QWidget()
        form = load_ui("welcome.ui", page)
        heading = child(form, QLabel, "heading")
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        heading.setFont(font)
        child(form, QPushButton, "addCustomer").clicked.connect(self.add_customer)
        child(form, QPushButton, "loadDemo").clicked.connect(self.load_demo)
        return page

    def _build_toolbar(self) -> None:
        bar = QToolBar(self.tr("Main"), self)
        bar.setObjectName("mainToolbar")
        bar.setMovable(False)
        bar.setProperty("toolButtonStyle", TEXT_BESIDE_ICON)
        self.addToolBar(bar)
        self.new_customer_action = QAction(icon("add"), self.tr("New customer…"), self)
        self.new_customer_action.setIconText(self.tr("New customer"))
        self.new_customer_action.setShortcuts(QKeySequence.StandardKey.New)
        self.new_customer_action.setToolTip(self.tr("Add a customer (Ctrl+N)"))
        self.new_customer_action.triggered.connect(self.add_customer)
        bar.addAction(self.new_customer_action)
        self.log_hours_action = QAction(icon("add"), self.tr("Log hours"), self)
        self.log_hours_action.setShortcuts([QKeySequence("Ctrl+L")])
        self.log_hours_action.setToolTip(self.tr("Log hours (Ctrl+L)"))
        self.log_hours_action.triggered.connect(self.log_hours)
        bar.addAction(self.log_hours_action)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Customer: ")))
        self.picker = QComboBox()
        self.picker.setObjectName("customerPicker")
        self.picker.setMinimumContentsLength(26)
        self.picker.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.picker.activated.connect(self._picker_chosen)
        bar.addWidget(self.picker)
        bar.addSeparator()
        bar.addWidget(QLabel(self.tr(" Month: ")))
        self.previous_month_action = QAction(icon("previous"), self.tr("Previous month"), self)
        self.previous_month_action.setShortcuts([QKeySequence("Ctrl+PgUp")])
        self.previous_month_action.setToolTip(self.tr("Previous month (Ctrl+PgUp)"))
        self.previous_month_action.triggered.connect(lambda: self.step_month(-1))
        self.previous_month = QToolButton()
        self.previous_month.setDefaultAction(self.previous_month_action)
        self.month_label = QLabel(_month(self.context.month))
        self.month_label.setObjectName("monthLabel")
        self.month_label.setMinimumWidth(80)
        self.month_label.setProperty("alignment", ALIGN_CENTER)
        self.next_month_action = QAction(icon("next"), self.tr("Next month"), self)
        self.next_month_action.setShortcuts([QKeySequence("Ctrl+PgDown")])
        self.next_month_action.setToolTip(self.tr("Next month (Ctrl+PgDown)"))
        self.next_month_action.triggered.connect(lambda: self.step_month(1))
        self.next_month = QToolButton()
        self.next_month.setDefaultAction(self.next_month_action)
        for widget in (self.previous_month, self.month_label, self.next_month):
            bar.addWidget(widget)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        file_menu.addAction(self.new_customer_action)
        file_menu.addSeparator()
        new_database = file_menu.addAction(self.tr("New database…"), self.new_database)
        open_database = file_menu.addAction(self.tr("Open database…"), self.open_another)
        open_database.setShortcuts(QKeySequence.StandardKey.Open)
        self.recent_menu = file_menu.addMenu(self.tr("Recent databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        file_menu.addSeparator()
        demo = file_menu.addAction(self.tr("Load demo data…"), self.load_demo)
        backup = file_menu.addAction(self.tr("Back up database…"), self.backup)
        file_menu.addSeparator()
        add_transfer_actions(file_menu, self, lambda: self.desk, self.context)
        file_menu.addSeparator()
        quit_action = file_menu.addAction(self.tr("Quit"), self.close)
        quit_action.setShortcuts(QKeySequence.StandardKey.Quit)

        edit_menu = menus.addMenu(self.tr("&Edit"))
        self.undo_action = self.context.undo.createUndoAction(self, self.tr("Undo"))
        self.undo_action.setShortcuts(QKeySequence.StandardKey.Undo)
        self.redo_action = self.context.undo.createRedoAction(self, self.tr("Redo"))
        self.redo_action.setShortcuts(QKeySequence.StandardKey.Redo)
        # after the stack's own update of the actions' text (connected first)
        undo = WholeText(self.undo_action, self.tr("Undo"), self.tr("Undo {command}"))
        redo = WholeText(self.redo_action, self.tr("Redo"), self.tr("Redo {command}"))
        self.context.undo.undoTextChanged.connect(undo.say)
        self.context.undo.redoTextChanged.connect(redo.say)
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        find = edit_menu.addAction(self.tr("Find"), self.focus_search)
        find.setShortcuts(QKeySequence.StandardKey.Find)
        preferences = edit_menu.addAction(self.tr("Preferences…"), self.preferences)
        preferences.setShortcuts(QKeySequence.StandardKey.Preferences)
        preferences.setMenuRole(QAction.MenuRole.PreferencesRole)

        view_menu = menus.addMenu(self.tr("&View"))
        self.view_actions: list[QAction] = []
        for index, (title, _icon) in enumerate(NAVIGATION):
            action = view_menu.addAction(
                QCoreApplication.translate("MainWindow", title), self._shows_view(index + 1)
            )
            action.setShortcuts([QKeySequence(f"Ctrl+{index + 1}")])
            self.view_actions.append(action)
        view_menu.addSeparator()
        view_menu.addActions([self.previous_month_action, self.next_month_action])

        customer_menu = menus.addMenu(self.tr("&Customer"))
        customer_menu.addAction(self.new_customer_action)
        customer_menu.addAction(self.log_hours_action)

        self.reports_menu = menus.addMenu(self.tr("&Reports"))
        report = self.reports_menu.addAction(
            self.tr("Monthly report for this customer…"), self.monthly_report
        )
        batch = self.reports_menu.addAction(self.tr("Month-end batch…"), self.month_end_batch)
        self.reports_menu.addSeparator()
        reopen = self.reports_menu.addAction(self.tr("Reopen month…"), self.reopen_month)

        help_menu = menus.addMenu(self.tr("&Help"))
        guide = help_menu.addAction(self.tr("User guide"), self.show_user_guide)
        guide.setShortcuts(QKeySequence.StandardKey.HelpContents)
        help_menu.addAction(self.tr("Keyboard shortcuts"), self.show_shortcuts)
        help_menu.addSeparator()
        help_menu.addAction(self.tr("About AccountDesk"), self.about)
        # What waits for the database to be open (see attach).
        self.desk_actions = [
            self.new_customer_action, self.log_hours_action, demo, backup, find,
            preferences, report, batch, reopen, new_database, open_database,
            self.recent_menu.menuAction(), *self.view_actions,
        ]  # fmt: skip

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        current = _reopen(self.desk) if self.desk is not None else None
        for db in settings.recent_databases():
            action = self.recent_menu.addAction(_database_name(db), self._opens(db))
            action.setToolTip(db)
            action.setEnabled(db != current)
        if self.recent_menu.isEmpty():
            self.recent_menu.addAction(self.tr("No databases opened yet")).setEnabled(False)
            return
        self.recent_menu.addSeparator()
        self.recent_menu.addAction(self.tr("Clear the list"), settings.forget_databases)

    def _opens(self, db: str) -> Callable[[], None]:
        def open_it() -> None:
            self.switch_to(db)

        return open_it

    # ---------------------------------------------------------------- behaviour

    def _shows_view(self, page: int) -> Callable[[], None]:
        return lambda: self.show_view(page)

    def show_view(self, page: int) -> None:
        """Page 0 is the welcome page; 1–6 are the views in the navigation's order."""
        if not self._views:
            return  # still opening the database
        if page <= 0 or not self._has_customers:
            if self.welcome is None:  # built when first needed: a database with no customers
                self.welcome = self._welcome_page()
                self.pages.addWidget(self.welcome)
            self.pages.setCurrentWidget(self.welcome)
            return
        built = self._views if page <= len(self._views) else self.views
        self.pages.setCurrentWidget(built[page - 1])
        if self.navigation.currentRow() != page - 1:
            self.navigation.setCurrentRow(page - 1)

    def current_view(self) -> View | None:
        widget = self.pages.currentWidget()
        return next((view for view in self._views if view is widget), None)

    def view(self, view_class: type[View]) -> View:
        found = next((v for v in self._views if isinstance(v, view_class)), None)
        if found is None:  # not built yet
            found = next(v for v in self.views if isinstance(v, view_class))
        return found

    def step_month(self, by: int) -> None:
        month = self.context.month
        self.context.set_month(month.next() if by > 0 else month.previous())

    def focus_search(self) -> None:
        """Edit ▸ Find (Ctrl+F): the current view's search or filter box."""
        view = self.current_view()
        if view is not None:
            view.focus_search()

    def add_customer(self) -> None:
        customers = self.views[CUSTOMERS]
        self.show_view(CUSTOMERS + 1) if self._has_customers else None
        customers.add_customer()  # type: ignore[attr-defined]

    def log_hours(self) -> None:
        if not self._has_customers:
            return
        ledger = self.views[LEDGER]
        self.show_view(LEDGER + 1)
        ledger.focus_quick_entry()  # type: ignore[attr-defined]

    def load_demo(self) -> None:
        from accountdesk.services.demo import DemoSummary, generate_demo

        def work(progress: Progress, cancelled: Cancelled) -> DemoSummary:
            return generate_demo(self.desk.sessions, self.desk.clock, 50, 12, 1)

        def done(summary: DemoSummary) -> None:
            self.context.notify_changed()
            self.statusBar().showMessage(
                self.tr(
                    "Loaded the demo portfolio: {customers} customers, {entries} ledger entries."
                ).format(
                    customers=QLocale().toString(summary.customers),
                    entries=QLocale().toString(summary.entries),
                ),
                8000,
            )

        run_task(
            self,
            self.tr("Loading the demo portfolio…"),
            work,
            done,
            lambda message: Prompts.error(self, message),
            dialog=True,
            cancellable=False,
        )

    def backup(self) -> None:
        target = Prompts.save_file(
            self,
            self.tr("Back up database"),
            "accountdesk-backup.sqlite3",
            self.tr("SQLite databases (*.sqlite3)"),
        )
        if target is None:
            return
        run_task(
            self,
            self.tr("Backing up…"),
            lambda progress, cancelled: self.desk.transfer.backup(target),
            lambda _: self.statusBar().showMessage(
                self.tr("Backed up to {file}.").format(file=target), 8000
            ),
            lambda message: Prompts.error(self, message),
            dialog=True,
            cancellable=False,
        )

    def monthly_report(self) -> None:
        from accountdesk.gui.dialogs.reports import export_monthly_report

        export_monthly_report(self, self.desk, self.context)

    def month_end_batch(self) -> None:
        from accountdesk.gui.dialogs.reports import month_end_batch

        month_end_batch(self, self.desk, self.context)

    def reopen_month(self) -> None:
        """Reopen the toolbar's customer's issued month, with a reason (undoable)."""
        from accountdesk.gui.undo import LedgerEdits, ReopenMonth, perform

        customer_id, month = self.context.customer_id, self.context.month
        if customer_id is None:
            Prompts.error(
                self, self.tr("Choose a customer in the toolbar to reopen one of its months.")
            )
            return
        name = self.desk.portfolio.customer(customer_id).name
        reason = Prompts.text(
            self,
            self.tr("Reopen month"),
            self.tr(
                "Why is {month} reopened for {customer}? Its next issue will be "
                "a new revision of the report."
            ).format(month=month_title(month.label), customer=name),
        )
        if reason is None:
            return
        edits = LedgerEdits(self.desk.ledger, self.context.notify_changed, self._undo_refused, self)
        try:
            perform(self.context.undo, ReopenMonth(edits, name, month, reason))
        except Refused as refused:
            Prompts.error(self, str(refused))
            return
        self.statusBar().showMessage(
            self.tr("Reopened {month} for {customer} (Ctrl+Z issues it again as it was).").format(
                month=month_title(month.label), customer=name
            ),
            8000,
        )

    def _undo_refused(self, message: str) -> None:
        Prompts.error(self, message)

    def preferences(self) -> None:
        """Edit ▸ Preferences…: your name on the hours, and the company on the reports."""
        from accountdesk.gui.dialogs.preferences import PreferencesDialog

        dialog = PreferencesDialog(self.desk, self)
        dialog.setAttribute(QtCore.Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.preferences_dialog = dialog

    def show_user_guide(self) -> QWidget:
        """Help ▸ User guide (F1), beside the window."""
        from accountdesk.gui.help import user_guide

        return self._help(self.tr("User guide"), user_guide)

    def show_shortcuts(self) -> QWidget:
        """Help ▸ Keyboard shortcuts: every shortcut of the menus."""
        from accountdesk.gui.help import shortcuts_markdown

        return self._help(self.tr("Keyboard shortcuts"), lambda: shortcuts_markdown(self.menuBar()))

    def _help(self, title: str, markdown: Callable[[], str]) -> QWidget:
        from accountdesk.gui.help import HelpWindow

        window = self.help_windows.get(title)
        if window is None:
            window = HelpWindow(f"AccountDesk — {title}", markdown(), self)
            self.help_windows[title] = window
        window.show()
        window.raise_()
        return window

    def about(self) -> None:
        from accountdesk import __version__

        QMessageBox.about(
            self,
            self.tr("About AccountDesk"),
            f"<b>AccountDesk {__version__}</b><br>"
            + self.tr(
                "Support contracts, entitlements, hours and reviews for customer success teams."
            ),
        )

    # ---------------------------------------------------------------- context

    def _data_changed(self) -> None:
        self._customers_changed = True
        self._summary.load()
        for view in self._views:  # one not built yet reads when it is
            view.refresh()

    def changed_elsewhere(self, change: Change | None) -> None:
        """Another window or program committed `change` (None: something, not known
        what): the status bar and the views that show it read it again."""
        if change is None or change.touches({"customer"}):
            self._customers_changed = True
        if change is None or change.touches({"customer", "ledger_entry"}):
            self._summary_soon.start()
        for view in self._views:  # one not built yet reads when it is
            if change is None:
                view.refresh()
            else:
                view.changed_elsewhere(change)

    def _read_summary(self) -> Work:
        portfolio, browser = self.desk.portfolio, self.desk.ledger_browser
        customers_too, self._customers_changed = self._customers_changed, False

        def work(progress: Progress, cancelled: Cancelled) -> Summary:
            # The picker needs ids and names only: fast.
            return Summary(portfolio.counts(), browser.customers() if customers_too else None)

        return work

    def _summary_read(self, summary: Summary) -> None:
        counts = summary.counts
        was = self._has_customers
        self._has_customers = counts.customers > 0
        if summary.customers is not None:
            self._fill_picker(summary.customers)
        local = self.desk.engine.dialect.name == "sqlite"
        backend = self.tr("SQLite (local)") if local else self.tr("PostgreSQL (team)")
        self.status.setText(
            self.tr("{customers} · {entries} · signed in as {user} · {database}").format(
                customers=self.tr("%Ln customers", "", counts.customers),
                entries=self.tr("%Ln entries", "", counts.entries),
                user=self.desk.user,
                database=backend,
            )
        )
        for widget in self.toolbar_widgets():
            widget.setEnabled(self._has_customers)
        if not self._has_customers:
            self.show_view(0)
        elif not was or self.pages.currentWidget() is self.welcome:
            self.show_view(max(1, self.navigation.currentRow() + 1))
        self._announce()

    def _summary_failed(self, message: str) -> None:
        self._customers_changed = True  # read them next time
        self.status.setText(
            self.tr("The database could not be read: {reason}").format(reason=message)
        )
        self._announce()

    def _announce(self) -> None:
        if not self._announced:
            self._announced = True
            self.ready.emit()

    @property
    def up_to_date(self) -> bool:
        """The views are built and the status bar and picker show the database as it is."""
        return bool(self._views) and self._summary.current and not self._summary_soon.isActive()

    def toolbar_widgets(self) -> list[QWidget | QAction]:
        """What chooses the customer, the month and the view: usable once there are
        customers to choose."""
        return [self.picker, self.previous_month_action, self.next_month_action, self.navigation]

    def _fill_picker(self, customers: list[CustomerName]) -> None:
        from accountdesk.gui.collation import by_name  # Qt's enums: not in the frame

        chosen = self.context.customer_id
        self.picker.blockSignals(True)
        self.picker.clear()
        self.picker.addItem(QCoreApplication.translate("MainWindow", ALL_CUSTOMERS), None)
        for customer in by_name(customers, lambda each: each.name):  # the user's language
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
        self.show_view(CUSTOMERS + 1)

    def _open_entitlements(self, customer_id: int) -> None:
        self.context.set_customer(customer_id)
        self.show_view(ENTITLEMENTS + 1)

    def _open_case(self, case: object) -> None:
        from accountdesk.services.cases import CaseInfo

        if isinstance(case, CaseInfo):
            self.context.set_customer(case.customer_id)
            self.views[CASES].show_case(case)  # type: ignore[attr-defined]
            self.show_view(CASES + 1)

    # ---------------------------------------------------------------- state

    def _restore_geometry(self) -> None:
        geometry = self.settings.value(settings.WINDOW_GEOMETRY)
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        state = self.settings.value(settings.WINDOW_SPLITTER)
        if isinstance(state, QByteArray):
            self.splitter.restoreState(state)
        else:
            self.splitter.setSizes([170, 1110])

    def _remembered_view(self) -> int:
        view = self.settings.value(settings.WINDOW_VIEW, settings.DEFAULT_WINDOW_VIEW)
        try:
            return min(max(int(str(view)), 0), len(NAVIGATION) - 1)
        except ValueError:
            return HOME

    def _restore_view(self) -> None:
        self.navigation.setCurrentRow(self._remembered_view())

    def closeEvent(self, event: QCloseEvent) -> None:
        resume_collector()  # closed before it was ready
        # Nothing is read once closed: the desk may be closed right after.
        self._summary_soon.stop()
        if self._summary_waiting is not None:
            self._summary_waiting.stop()
            self._summary_waiting = None
        if self.live is not None:
            self.live.stop()
        self.settings.setValue(settings.WINDOW_GEOMETRY, self.saveGeometry())
        self.settings.setValue(settings.WINDOW_SPLITTER, self.splitter.saveState())
        if self._views:  # closed while opening: the remembered view stays as it was
            self.settings.setValue(settings.WINDOW_VIEW, max(0, self.navigation.currentRow()))
        super().closeEvent(event)

    @property
    def has_customers(self) -> bool:
        return self._has_customers


def _home_view() -> type[HomeView]:
    from accountdesk.gui.views.home import HomeView

    return HomeView


def _view_classes() -> tuple[type[View], ...]:
    """The views in the navigation's order (loaded with the database, not the frame)."""
    from accountdesk.gui.views.cases import CasesView
    from accountdesk.gui.views.customers import CustomersView
    from accountdesk.gui.views.entitlements import EntitlementsView
    from accountdesk.gui.views.ledger import LedgerView
    from accountdesk.gui.views.reviews import ReviewsView

    return (_home_view(), CustomersView, EntitlementsView, LedgerView, ReviewsView, CasesView)


def _month(month: Month) -> str:
    return short_month_name(month.first)


class WholeText(QtCore.QObject):
    """The undo stack names the command in its action's text, where an `&` in a
    customer's name ("Smith & Sons") would be taken for a mnemonic and lost: it is shown
    as written, and the whole text is the tip too."""

    def __init__(self, action: QAction, bare: str, template: str) -> None:
        super().__init__(action)  # goes with the action
        self.action = action
        self.bare = bare  # "Undo"
        self.template = template  # "Undo {command}"

    @QtCore.Slot(str)
    def say(self, command: str) -> None:
        from shiboken6 import isValid

        if not isValid(self.action):  # the stack empties itself as the window goes
            return
        whole = self.template.format(command=command) if command else self.bare
        shown = whole.replace("&", "&&")
        if self.action.text() != shown:
            self.action.setText(shown)
        if self.action.toolTip() != whole:
            self.action.setToolTip(whole)


def _reopen(desk: Desk) -> str:
    """How to open `desk`'s database again: a file by its full path, a server by its URL
    without the password (the server's own password file supplies it)."""
    database = desk.engine.url.database
    if desk.engine.dialect.name == "sqlite" and database:
        return str(Path(database).resolve())
    return desk.location


def _where(desk: Desk) -> str:
    database = desk.engine.url.database
    if desk.engine.dialect.name == "sqlite" and database:
        return Path(database).name
    return desk.location


def start_window(db: str, clock: Clock | None = None) -> MainWindow:
    """Show the window at once and open `db` (a URL or a SQLite file) behind it; the
    window's `ready` signal says when the views are built. A database that cannot be
    opened is explained in a message box and the window closes, with `refusal` set."""
    pause_collector()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv)
    app.setOrganizationName("AccountDesk")
    app.setApplicationName("AccountDesk")
    app.setWindowIcon(icon("accountdesk"))
    # Wayland: the window belongs to the menu entry of this name and takes its icon.
    app.setDesktopFileName(DESKTOP_ID)
    language.start(app)
    window = MainWindow(clock=clock)
    window.ready.connect(resume_collector)
    window.show()
    window.open_database(db, clock)
    return window


_every_script_covered = False


def cover_every_script() -> None:
    """Japanese and Chinese names drawn on any desktop: the CJK font the reports embed
    joins the fonts Qt falls back to, where a desktop without one showed boxes. Done
    before the first view shows a name: as the views are built on the open database,
    or before Home shows the figures the file keeps (some 10 ms); what is on screen is
    drawn again with it."""
    global _every_script_covered
    if not _every_script_covered:
        _every_script_covered = True
        QFontDatabase.addApplicationFont(str(resource_path("fonts/DroidSansFallbackFull.ttf")))
        for window in QApplication.topLevelWidgets():
            window.update()


# Whether start-up paused Python's cyclic garbage collector (`pause_collector`).
_collector_paused = False


def pause_collector() -> None:
    """No cyclic garbage collection while the window starts. Start-up makes hundreds of
    thousands of objects that live as long as the window (modules, the database
    layer's tables, the views, Home's lines), and the collector walked them again and
    again: 0.25 s before Home's figures at 5,000 customers. It leaves little cyclic
    garbage (some 600 objects), collected once the window is ready."""
    global _collector_paused
    if gc.isenabled():
        gc.disable()
        _collector_paused = True


def resume_collector() -> None:
    """Once the window is ready (or has given up opening a database): what start-up
    left is collected, and what survives is frozen out of later collections, which then
    walk only what was made since. A full collection over it took 0.13 s, and fell in
    the middle of whatever the user did next. What an earlier start froze is thawed
    and looked at again first: a window that another took the place of is garbage."""
    global _collector_paused
    if _collector_paused:
        _collector_paused = False
        gc.unfreeze()
        gc.collect()
        gc.freeze()
        gc.enable()


def run_window(db: str, clock: Clock | None = None) -> int:
    """The window's whole life; 2 when the database could not be opened."""
    window = start_window(db, clock)
    report_unexpected_errors()
    try:
        code = int(QApplication.instance().exec())  # type: ignore[union-attr]
    finally:
        for each in QApplication.topLevelWidgets():  # the windows that took its place too
            if isinstance(each, MainWindow) and each.desk is not None:
                each.desk.close()
    return 2 if window.refusal else code


def _database_name(db: str) -> str:
    """How the status bar names a database before it is open: a file by its name, a
    server URL without its password."""
    if "://" not in db:
        return Path(db).name
    scheme, _, rest = db.partition("://")
    credentials, at, place = rest.rpartition("@")
    user = credentials.split(":", 1)[0]
    place = re.sub(r"([?&]password=)[^&]*", r"\1***", place, flags=re.IGNORECASE)
    return f"{scheme}://{user}{at}{place}"


def report_unexpected_errors() -> None:
    """From now on an exception nobody caught (in a slot, an event handler) is written to
    the log with its traceback, and the user is told in a plain message where the log
    is; the window stays usable."""
    sys.excepthook = _unexpected


def _unexpected(
    kind: type[BaseException], error: BaseException, traceback: TracebackType | None
) -> None:
    if not isinstance(error, Exception):  # Ctrl+C, exit: not an error to report
        sys.__excepthook__(kind, error, traceback)
        return
    if error.__traceback__ is None:
        error = error.with_traceback(traceback)
    where = log_unexpected("Unexpected error in the window", error)
    Prompts.error(
        QApplication.activeWindow(),
        QCoreApplication.translate(
            "MainWindow",
            "Something went wrong, and what you were doing may not have been finished. "
            "The details are in {log}; please send it to your support contact.",
        ).format(log=where),
    )
