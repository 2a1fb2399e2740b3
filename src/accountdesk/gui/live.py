"""Everyone's window up to date.

On PostgreSQL a thread of its own waits for the change notices other desks send when
they commit (`db/notices.py`) and hands them to the window's thread, where each view
that shows what changed reloads it through its own loader, keeping selection and
scroll. The window's own changes refresh it already (`DeskContext.dataChanged`); their
notices are skipped. The status bar says who else is connected, asked again every
`PRESENCE_MS`.

On SQLite there are no notices: when the window is activated again it asks SQLite
whether another program changed the file, and if so refreshes what it shows.
"""

from __future__ import annotations

import contextlib
import threading
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal, SignalInstance
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QLabel

from accountdesk.db.engine import sqlite_path
from accountdesk.db.notices import Change, Connected, FileChanges, Listener, merged, others
from accountdesk.gui.tasks import Cancelled, Progress, run_task
from accountdesk.logs import log_unexpected

if TYPE_CHECKING:
    from accountdesk.gui.main_window import MainWindow

WAIT_SECONDS = 0.5  # the listening thread checks this often whether to stop
RETRY_SECONDS = 5  # after the server went away
GATHER_MS = 50  # notices arriving together are shown together
PRESENCE_MS = 15_000


class _Bridge(QObject):
    """Signals emitted on the listening thread, delivered on the window's."""

    received = Signal(object)  # list[Change]
    lost = Signal(str)
    back = Signal()  # listening again after the connection was lost


class _Listening(threading.Thread):
    """Waits for notices on a connection of its own. A thread of its own, not the pool's
    (`gui/tasks.py`): it waits for the window's whole life and would hold a pool thread
    that the views' reads need."""

    def __init__(self, window: MainWindow, bridge: _Bridge) -> None:
        super().__init__(name="accountdesk-notices", daemon=True)
        self._engine = window.desk.engine
        self._user = window.desk.user
        self._bridge = bridge
        self.stop = threading.Event()

    def run(self) -> None:
        import psycopg  # PostgreSQL's own driver, loaded only where there is a server

        lost = False
        while not self.stop.is_set():
            try:
                listener = Listener(self._engine, self._user)
            except Exception as exc:  # the server is away: try again later
                lost = True
                self._tell(self._bridge.lost, str(exc))
                self.stop.wait(RETRY_SECONDS)
                continue
            if lost:  # what others changed meanwhile was not heard
                lost = False
                self._tell(self._bridge.back, None)
            try:
                while not self.stop.is_set():
                    changes = listener.wait(WAIT_SECONDS)
                    if changes:
                        self._tell(self._bridge.received, changes)
            except Exception as exc:
                if not isinstance(exc, psycopg.OperationalError):  # not the server going away
                    log_unexpected("Waiting for changes by others", exc)
                lost = True
                self._tell(self._bridge.lost, str(exc))
                self.stop.wait(RETRY_SECONDS)
            finally:
                listener.close()

    @staticmethod
    def _tell(signal: SignalInstance, value: object) -> None:
        with contextlib.suppress(RuntimeError):  # the window is gone
            if value is None:
                signal.emit()
            else:
                signal.emit(value)


class Live(QObject):
    """Keeps `window`'s views up to date with what others change (see the module)."""

    def __init__(self, window: MainWindow, label: QLabel) -> None:
        super().__init__(window)
        self.window = window
        self.label = label
        self.received = 0  # notices from others shown (tests)
        self._pending: list[Change] = []
        self._gather = QTimer(self, singleShot=True, interval=GATHER_MS)
        self._gather.timeout.connect(self._show_changes)
        self._thread: _Listening | None = None
        self._file: FileChanges | None = None
        desk = window.desk
        self.label.setToolTip(self.tr("The database: {where}").format(where=desk.location))
        if desk.engine.dialect.name == "postgresql":
            self._bridge = _Bridge(self)
            self._bridge.received.connect(self._received)
            self._bridge.lost.connect(self._lost)
            self._bridge.back.connect(self._back)
            self._thread = _Listening(window, self._bridge)
            self._thread.start()
            self._presence = QTimer(self, interval=PRESENCE_MS)
            self._presence.timeout.connect(self.ask_presence)
            self._presence.start()
            self.ask_presence()
        else:
            path = sqlite_path(str(desk.engine.url))
            if path is not None and path.is_file():
                self._file = FileChanges(path)
                window.installEventFilter(self)
                app = QGuiApplication.instance()
                if isinstance(app, QGuiApplication):
                    app.applicationStateChanged.connect(self._application_state)

    # ------------------------------------------------------------ PostgreSQL

    def _received(self, changes: list[Change]) -> None:
        origin = self.window.desk.origin
        theirs = [change for change in changes if change.origin != origin]
        if theirs:
            self._pending += theirs
            self._gather.start()

    def _show_changes(self) -> None:
        change = merged(self._pending)
        self._pending = []
        if change is None:
            return
        self.received += 1
        self.window.changed_elsewhere(change)
        if change.who:
            self.window.statusBar().showMessage(
                self.tr("Updated with changes by {who}.").format(who=change.who), 4000
            )

    def _lost(self, reason: str) -> None:
        self.label.setText(self.tr("Not receiving others' changes"))
        self.label.setToolTip(
            self.tr(
                "The connection to {where} was lost; trying again every {seconds} seconds. "
                "({reason})"
            ).format(where=self.window.desk.location, seconds=RETRY_SECONDS, reason=reason)
        )

    def _back(self) -> None:
        self.window.changed_elsewhere(None)  # whatever changed while nobody listened
        self.ask_presence()

    def ask_presence(self) -> None:
        """Ask (off the window's thread) who else is connected, for the status bar."""
        engine = self.window.desk.engine

        def work(progress: Progress, cancelled: Cancelled) -> list[Connected]:
            return others(engine)

        run_task(
            self,
            self.tr("Asking who else is connected…"),
            work,
            self._presence_read,
            self._presence_failed,
        )

    def _presence_failed(self, message: str) -> None:
        self.label.setText("")
        self.label.setToolTip(
            self.tr("Who else is connected could not be read: {message}").format(message=message)
        )

    def _presence_read(self, connected: list[Connected]) -> None:
        self.label.setText(presence_text(connected))
        where = self.window.desk.location
        lines = [
            self.tr("{name} (as {role})").format(name=who.name, role=who.role) for who in connected
        ]
        self.label.setToolTip(
            "\n".join([self.tr("The database: {where}").format(where=where), *lines])
        )

    # ------------------------------------------------------------ SQLite

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window and event.type() == QEvent.Type.WindowActivate:
            self.check_file()
        return False

    def _application_state(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationActive:
            self.check_file()

    def check_file(self) -> bool:
        """Whether another program changed the SQLite file since the window last showed
        it; if so, the views show what changed (all of it, when that is not known). The
        window's own changes are shown already: their notices carry its origin."""
        if self._file is None:
            return False
        changed, change = self._file.news(self.window.desk.origin)
        if not changed:
            return False
        self.received += 1
        self.window.changed_elsewhere(change)
        return True

    def stop(self) -> None:
        if self._thread is not None:
            self._thread.stop.set()
            # Its connection closes within one wait; the program may end meanwhile.
            self._thread.join(WAIT_SECONDS * 2)
            self._thread = None
        if self._file is not None:
            self._file.close()
            self._file = None


def presence_text(connected: list[Connected]) -> str:
    if not connected:
        return QCoreApplication.translate("Live", "No one else connected")
    names = ", ".join(who.name for who in connected)
    return QCoreApplication.translate("Live", "Also connected: {names}").format(names=names)


def follow(window: MainWindow) -> Live:
    """Keep `window` up to date with others' changes; its status bar says who else is
    connected (PostgreSQL)."""
    label = QLabel()
    label.setObjectName("presence")
    window.statusBar().addPermanentWidget(label)
    return Live(window, label)
