"""The one way the window runs work off its own thread.

`run_task(parent, title, work, done, failed)` runs `work(progress, cancelled)` on the
thread pool and calls `done(result)` or `failed(message)` back on the GUI thread. The
work reports with `progress(done, total, what)` and stops early when `cancelled()`
says so (`Task.cancel`, or the dialog's Cancel). The caller chooses how the user sees
it: `dialog=True` gives a window-modal progress dialog that appears only when the work
takes longer than 200 ms, so quick work never flickers; `progressed=` hands the
progress to the caller's own widgets; neither, and the work runs unseen. Widgets are
only ever touched on the GUI thread.

A refusal (`Refused`) reaches `failed` as its sentence. Anything else is unexpected: its
traceback goes to the log (`accountdesk.logs`) and `failed` gets a plain sentence that
says where the log is.

`Loader` builds on it for what a widget reads to show: one read at a time, the newest
wish wins, and (for views) nothing is read while the widget is hidden.

`saving(work)` is for a user's change (a dialog's OK, an inline edit, undo): the code
that asks for it goes on only once it is saved, but the save itself runs off the
window's thread, so a save that waits for another program's transaction does not
freeze the window.
"""

from __future__ import annotations

import contextlib
import threading
import weakref
from collections import deque
from collections.abc import Callable
from types import MethodType
from typing import Any, TypeVar

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
    Slot,
)
from PySide6.QtWidgets import QApplication, QProgressBar, QProgressDialog, QWidget

from accountdesk.domain.errors import Refused
from accountdesk.logs import log_unexpected

Progress = Callable[[int, int, str], None]  # done, total, what
Cancelled = Callable[[], bool]
Work = Callable[[Progress, Cancelled], Any]

SHOW_AFTER_MS = 200
KEPT_TASKS = 8
MAX_SHOWN = 200  # characters of an unexpected error's own text shown to the user
WINDOW_MODAL = 1  # Qt.WindowModality.WindowModal: see the note on Qt's enums below
APPLICATION_MODAL = 2  # Qt.WindowModality.ApplicationModal
SAVE_AT_ONCE_MS = 50  # a save done within this is as if it had run on the window's thread
SAVE_CHECK_MS = 20  # then the window checks this often whether it is done

T = TypeVar("T")

# Saves waiting in `saving`: meanwhile the event loop runs (the window paints) but what
# reads finished is shown only after, so that no view changes under the code that saves.
_saves_waiting = 0


def unexpected_message(error: BaseException, what: str = "") -> str:
    """What the user is told of an error nobody expected, once it is in the log: its
    first line (a database error goes on with the SQL), and where the log is."""
    where = log_unexpected(what or "Unexpected error", error)
    lines = str(error).strip().splitlines() or [type(error).__name__]
    first = lines[0] if len(lines[0]) <= MAX_SHOWN else lines[0][: MAX_SHOWN - 1] + "…"
    return QCoreApplication.translate(
        "Task", "Something went wrong: {first}. The details are in {where}."
    ).format(first=first, where=where)


def attempt(work: Callable[[], Any], what: str = "") -> tuple[bool, Any]:
    """Run `work`: (True, its result), or (False, what to tell the user). An unexpected
    error is written to the log with `what` was being done."""
    try:
        return True, work()
    except Refused as refused:
        return False, str(refused)
    except Exception as exc:  # logged and told; the window stays usable
        return False, unexpected_message(exc, what)


def saving(work: Callable[[], T]) -> T:
    """`work()`, a user's change, run off the window's thread; its result returned (or
    its exception raised) here, as if it had run here.

    A save takes milliseconds, and the caller waits for them as before. One that waits
    for another program's transaction (an import writing to the same SQLite file, a
    teammate's transaction holding the row on PostgreSQL) may wait up to the busy time
    (db.engine.BUSY_TIMEOUT_SECONDS): the window keeps painting meanwhile, under a
    dialog that says why it waits and takes no input, so nothing else is changed
    before the save is done or refused."""
    outcome: list[tuple[bool, Any]] = []
    finished = threading.Event()

    def run() -> None:
        try:
            outcome.append((True, work()))
        except BaseException as error:  # raised again on the window's thread
            outcome.append((False, error))
        finally:
            finished.set()

    threading.Thread(target=run, name="accountdesk-save", daemon=True).start()
    if not finished.wait(SAVE_AT_ONCE_MS / 1000):
        global _saves_waiting
        _saves_waiting += 1
        try:
            _wait_shown(finished)
        finally:
            _saves_waiting -= 1
    done, value = outcome[0]
    if done:
        return value  # type: ignore[no-any-return]
    raise value


def _wait_shown(finished: threading.Event) -> None:
    """Keep the window painting until `finished`, under a dialog over the window the
    user is in (the form being saved, or the main window)."""
    owner = QApplication.activeModalWidget() or QApplication.activeWindow()
    dialog = QProgressDialog(
        QCoreApplication.translate(
            "Task", "Saving… waiting for another change to the database to finish."
        ),
        "",
        0,
        0,
        owner,
    )
    dialog.setWindowTitle("AccountDesk")
    dialog.setObjectName("savingDialog")
    dialog.setCancelButton(None)  # a transaction under way is not taken back halfway
    busy = QProgressBar(dialog)
    busy.setTextVisible(False)  # no percentage: how long the other change takes is unknown
    dialog.setBar(busy)
    dialog.setRange(0, 0)  # a busy bar
    dialog.setProperty("windowModality", WINDOW_MODAL if owner else APPLICATION_MODAL)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    check = QTimer(interval=SAVE_CHECK_MS)
    check.timeout.connect(lambda: loop.quit() if finished.is_set() else None)
    check.start()
    dialog.show()
    if not finished.is_set():
        loop.exec(QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents)
    finished.wait()  # the application quitting ends the loop early: the save ends first
    check.stop()
    dialog.hide()
    dialog.deleteLater()


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, work: Work, what: str, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._what = what
        self._signals = signals
        self._stop = stop

    def run(self) -> None:
        done, outcome = attempt(lambda: self._work(self._report, self._stop.is_set), self._what)
        self._emit(self._signals.finished if done else self._signals.failed, outcome)

    def _report(self, done: int, total: int, what: str) -> None:
        self._emit(self._signals.progressed, done, total, what)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            signal.emit(*args)


class Task(QObject):
    """One piece of background work. The signals are emitted on the worker thread and
    delivered (queued, as the task lives on the GUI thread) to the task's slots.

    Qt's enum namespace is not named here: PySide6 takes about 20 ms to load it on first
    use, and the window opens its database through a task before its frame is painted."""

    ended = Signal()  # `done` or `failed` has been called

    def __init__(
        self,
        parent: QObject,
        title: str,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        *,
        dialog: bool = False,
        cancellable: bool = True,
        progressed: Progress | None = None,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        # Parented to the task: the signals live and die with it, on the GUI thread.
        self._signals = _Signals(self)
        self._done, self._failed = _weakly(done), _weakly(failed)
        self._progressed = _weakly(progressed) if progressed is not None else None
        self.dialog: QProgressDialog | None = None
        self._timer: QTimer | None = None
        if dialog:
            self._open_dialog(parent, title, cancellable)
        self._signals.progressed.connect(self._on_progress)
        self._signals.finished.connect(self._on_finished)
        self._signals.failed.connect(self._on_failed)
        self.running = True
        # Finished tasks stay referenced here for a while, so that Python lets go of them
        # (and of what they hold) well after Qt has deleted them, on this thread.
        _recent.append(self)
        QThreadPool.globalInstance().start(_Runnable(work, title, self._signals, self._stop))

    def _open_dialog(self, parent: QObject, title: str, cancellable: bool) -> None:
        owner = parent if isinstance(parent, QWidget) else None
        dialog = QProgressDialog(title, self.tr("Cancel") if cancellable else "", 0, 0, owner)
        dialog.setWindowTitle("AccountDesk")
        dialog.setProperty("windowModality", WINDOW_MODAL)
        dialog.setMinimumDuration(SHOW_AFTER_MS)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        if not cancellable:
            dialog.setCancelButton(None)
        dialog.canceled.connect(self._stop.set)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(dialog.show)
        self._timer.start()
        self.dialog = dialog

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if self._progressed is not None:
            self._progressed(done, total, what)
        if self.dialog is not None:
            self.dialog.setMaximum(total)
            self.dialog.setValue(done)
            if what:
                self.dialog.setLabelText(what)

    def _close(self) -> None:
        self.running = False
        if self._timer is not None:
            self._timer.stop()
        if self.dialog is not None:
            self.dialog.hide()
            self.dialog.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        if _saves_waiting:  # shown once the save is done: see `saving`
            QTimer.singleShot(SAVE_CHECK_MS, self, lambda: self._on_finished(result))
            return
        self._close()
        self._done(result)
        self.ended.emit()

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        if _saves_waiting:
            QTimer.singleShot(SAVE_CHECK_MS, self, lambda: self._on_failed(message))
            return
        self._close()
        self._failed(message)
        self.ended.emit()


_recent: deque[Task] = deque(maxlen=KEPT_TASKS)


def _weakly(callback: Callable[..., None]) -> Callable[..., None]:
    """A callback that does not keep its owner alive. A task is its widget's child: if the
    task held the widget's last reference, deleting the task would delete the widget from
    inside the task's own destruction. Methods of Python objects are held weakly;
    functions (and built-ins such as `list.append`) are kept as they are."""
    if not isinstance(callback, MethodType):
        return callback
    ref = weakref.WeakMethod(callback)

    def call(*values: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(*values)

    return call


def run_task(
    parent: QObject,
    title: str,
    work: Work,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    *,
    dialog: bool = False,
    cancellable: bool = True,
    progressed: Progress | None = None,
) -> Task:
    """Run `work` off the GUI thread (see the module's note); `title` says what it does,
    in the dialog when there is one and in the log when it fails unexpectedly."""
    return Task(
        parent,
        title,
        work,
        done,
        failed,
        dialog=dialog,
        cancellable=cancellable,
        progressed=progressed,
    )


class Loader(QObject):
    """What a widget reads to show, read through `run_task`: one read at a time; asked
    again meanwhile, the running read is told to stop (its result is thrown away) and one
    more read follows it, so what is shown is always the newest wish.

    `start()` is called on the GUI thread when a read begins and returns the work (it
    takes what it needs from the widgets there, so the work touches no widget);
    `show(result)` and `failed(message)` are called with the outcome of the newest read.
    With `while_shown` the loader reads only while `owner` is visible: a wish made while
    it is hidden waits until `shown()` (the owner's showEvent)."""

    def __init__(
        self,
        owner: QWidget,
        title: str,
        start: Callable[[], Work],
        show: Callable[[Any], None],
        failed: Callable[[str], None],
        *,
        dialog: bool = False,
        while_shown: bool = True,
        after_paint: bool = False,
    ) -> None:
        super().__init__(owner)
        self._owner = owner
        self._title = title
        self._start, self._show, self._fail = start, show, failed
        self._dialog = dialog
        self._while_shown = while_shown
        self._after_paint = after_paint
        self._waiting = False  # shown: the read starts once the owner is painted
        self.stale = True  # what is shown is not the database as it is now
        self.quiet = False  # while set, a read shows no progress dialog (someone else's change)
        self.task: Task | None = None
        self._again = False

    @property
    def loading(self) -> bool:
        return self.task is not None or self._waiting

    @property
    def current(self) -> bool:
        """Nothing is being read and what is shown is the newest wish."""
        return not self.loading and not self.stale

    def refresh(self) -> None:
        """Read now, or (hidden) when next shown."""
        if self._while_shown and not self._owner.isVisible():
            self.stale = True
            return
        self.load()

    def shown(self) -> None:
        """The owner's showEvent: read what was wished while it was hidden. With
        `after_paint` the owner is drawn first and read right after: the read and the
        first paint, run side by side, would slow each other down (both want Python)."""
        if not self.stale:
            return
        if not self._after_paint:
            self.load()
        elif not self._waiting:
            self._waiting = True
            QTimer.singleShot(0, self._load_if_stale)

    def _load_if_stale(self) -> None:
        self._waiting = False
        if self.stale and self._owner.isVisible():
            self.load()

    def load(self) -> None:
        self.stale = False
        if self.task is not None:
            self._again = True
            self.task.cancel()
            return
        self.task = run_task(
            self._owner,
            self._title,
            self._start(),
            self._done,
            self._failed,
            dialog=self._dialog and not self.quiet,
            cancellable=False,
        )

    def _follow_up(self) -> bool:
        self.task = None
        if not self._again:
            return False
        self._again = False
        self.refresh()
        return True

    def _done(self, result: Any) -> None:
        if not self._follow_up():
            self._show(result)

    def _failed(self, message: str) -> None:
        if not self._follow_up():
            self.stale = True  # read again when next asked or shown
            self._fail(message)
