"""Work that may take more than a moment runs off the GUI thread, here.

`run_task` runs `work(progress, cancelled)` on the thread pool and calls `done(result)`
or `failed(message)` back on the GUI thread. A progress dialog with Cancel appears
only when the work takes longer than 200 ms, so quick work never flickers. Widgets
are only ever touched on the GUI thread.
"""

from __future__ import annotations

import contextlib
import threading
import traceback
import weakref
from collections.abc import Callable
from typing import Any

# Qt's enum namespace is named through QtCore.Qt when a task starts, not imported here:
# loading it costs PySide6 about 20 ms, and the window's frame (which imports this
# module) is on screen before it is needed.
from PySide6 import QtCore
from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from accountdesk.domain.errors import Refused

Progress = Callable[[int, int, str], None]  # done, total, what
Work = Callable[[Progress, Callable[[], bool]], Any]

SHOW_AFTER_MS = 200


class _Signals(QObject):
    progressed = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(str)


class _Runnable(QRunnable):
    def __init__(self, work: Work, signals: _Signals, stop: threading.Event) -> None:
        super().__init__()
        self._work = work
        self._signals = signals
        self._stop = stop

    def run(self) -> None:
        done, outcome = attempt(lambda: self._work(self._report, self._stop.is_set))
        self._emit(self._signals.finished if done else self._signals.failed, outcome)

    def _report(self, done: int, total: int, what: str) -> None:
        self._emit(self._signals.progressed, done, total, what)

    @staticmethod
    def _emit(signal: Any, *args: Any) -> None:
        with contextlib.suppress(RuntimeError):  # the window closed meanwhile: nobody to tell
            signal.emit(*args)


def attempt(work: Callable[[], Any]) -> tuple[bool, Any]:
    """Run `work`: (True, its result), or (False, what to tell the user)."""
    try:
        return True, work()
    except Refused as refused:
        return False, str(refused)
    except Exception as exc:  # shown to the user; the window stays usable
        traceback.print_exc()
        return False, f"Something went wrong: {exc}"


class Task(QObject):
    """One piece of background work and its (late-appearing) progress dialog."""

    def __init__(
        self,
        parent: QWidget,
        title: str,
        work: Work,
        done: Callable[[Any], None],
        failed: Callable[[str], None],
        cancellable: bool = True,
        show_progress: bool = True,
    ) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        # Parented to the task: the signals live and die with it, on the GUI thread.
        self._signals = _Signals(self)
        self._done, self._failed = _weakly(done), _weakly(failed)
        self.dialog = QProgressDialog(title, "Cancel" if cancellable else "", 0, 0, parent)
        self.dialog.setWindowTitle("AccountDesk")
        self.dialog.setWindowModality(QtCore.Qt.WindowModality.WindowModal)
        self.dialog.setMinimumDuration(SHOW_AFTER_MS)
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)
        if not cancellable:
            self.dialog.setCancelButton(None)
        self.dialog.canceled.connect(self._stop.set)
        self._timer = QTimer(self, singleShot=True, interval=SHOW_AFTER_MS)
        self._timer.timeout.connect(self.dialog.show)
        queued = QtCore.Qt.ConnectionType.QueuedConnection
        self._signals.progressed.connect(self._on_progress, queued)
        self._signals.finished.connect(self._on_finished, queued)
        self._signals.failed.connect(self._on_failed, queued)
        self.running = True
        # Without it the caller shows that it is busy in its own way; the dialog, which
        # is modal to the window, would block it for what is background reading.
        self._show_progress = show_progress
        if show_progress:
            self._timer.start()
        QThreadPool.globalInstance().start(_Runnable(work, self._signals, self._stop))

    @property
    def cancelled(self) -> bool:
        return self._stop.is_set()

    def cancel(self) -> None:
        self._stop.set()

    @Slot(int, int, str)
    def _on_progress(self, done: int, total: int, what: str) -> None:
        if not self._show_progress:
            return  # setValue would show the dialog of its own accord
        self.dialog.setMaximum(total)
        self.dialog.setValue(done)
        if what:
            self.dialog.setLabelText(what)

    def _close(self) -> None:
        self.running = False
        self._timer.stop()
        self.dialog.hide()
        self.dialog.deleteLater()
        self.deleteLater()

    @Slot(object)
    def _on_finished(self, result: Any) -> None:
        self._close()
        self._done(result)

    @Slot(str)
    def _on_failed(self, message: str) -> None:
        self._close()
        self._failed(message)


def _weakly(callback: Callable[[Any], None]) -> Callable[[Any], None]:
    """A callback that does not keep its owner alive. A task is its widget's child: if the
    task held the widget's last reference, deleting the task would delete the widget from
    inside the task's own destruction. Bound methods are held weakly; plain functions
    are kept as they are."""
    if not hasattr(callback, "__self__"):
        return callback
    ref = weakref.WeakMethod(callback)

    def call(value: Any) -> None:
        bound = ref()
        if bound is not None:
            bound(value)

    return call


def run_task(
    parent: QWidget,
    title: str,
    work: Work,
    done: Callable[[Any], None],
    failed: Callable[[str], None],
    cancellable: bool = True,
    show_progress: bool = True,
) -> Task:
    return Task(parent, title, work, done, failed, cancellable, show_progress)
