"""The one way the window runs work off its thread (run_task, Loader), and what the user
is told of an error nobody expected: a plain sentence and the log's path, the
traceback in the log, the window still usable."""

from __future__ import annotations

import sys
import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog, QPushButton

from accountdesk.domain.errors import Refused
from accountdesk.gui.main_window import report_unexpected_errors
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import SHOW_AFTER_MS, Loader, run_task
from accountdesk.logs import log_path


def progress_dialogs():
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]


def test_work_runs_off_the_gui_thread_and_reports_back_on_it(qtbot):
    owner = QLabel()
    qtbot.addWidget(owner)
    threads, seen, results = [], [], []

    def work(progress, cancelled):
        threads.append(threading.current_thread() is threading.main_thread())
        progress(1, 2, "half")
        return 42

    def done(result):
        threads.append(threading.current_thread() is threading.main_thread())
        results.append(result)

    task = run_task(
        owner,
        "Adding up",
        work,
        done,
        pytest_fail,
        progressed=lambda *args: seen.append(args),
    )
    with qtbot.waitSignal(task.ended):
        pass
    assert threads == [False, True]
    assert seen == [(1, 2, "half")]
    assert results == [42]


def pytest_fail(message):  # pragma: no cover - only when a test goes wrong
    raise AssertionError(message)


def test_a_refusal_reaches_failed_as_its_sentence(qtbot):
    owner = QLabel()
    qtbot.addWidget(owner)
    failures = []

    def work(progress, cancelled):
        raise Refused("There is no customer called 'Nobody'.")

    task = run_task(owner, "Finding", work, pytest_fail, failures.append)
    with qtbot.waitSignal(task.ended):
        pass
    assert failures == ["There is no customer called 'Nobody'."]
    assert not log_path().exists()  # a refusal is no error: nothing to log


def test_a_task_failing_unexpectedly_is_logged_and_says_where(qtbot):
    owner = QLabel()
    qtbot.addWidget(owner)
    failures = []

    def work(progress, cancelled):
        raise OSError("disk full\nand more detail nobody needs to read")

    task = run_task(owner, "Backing up", work, pytest_fail, failures.append)
    with qtbot.waitSignal(task.ended):
        pass
    assert failures == [
        f"Something went wrong: disk full. The details are in the log, {log_path()}."
    ]
    logged = log_path().read_text()
    assert "Backing up" in logged
    assert "Traceback" in logged and "OSError: disk full" in logged


def test_a_progress_dialog_only_where_the_caller_wants_one(qtbot):
    owner = QLabel()
    qtbot.addWidget(owner)
    owner.show()
    release = threading.Event()

    def slow(progress, cancelled):
        release.wait(10)
        return cancelled()

    unseen = run_task(owner, "Reading", slow, lambda _: None, pytest_fail)
    qtbot.wait(SHOW_AFTER_MS * 2)
    assert unseen.dialog is None and not progress_dialogs()
    outcome = []
    shown = run_task(owner, "Writing", slow, outcome.append, pytest_fail, dialog=True)
    qtbot.waitUntil(lambda: bool(progress_dialogs()))
    assert progress_dialogs()[0].labelText() == "Writing"
    assert progress_dialogs()[0].windowModality() == Qt.WindowModality.WindowModal
    progress_dialogs()[0].findChild(QPushButton).click()  # Cancel asks the work to stop
    release.set()
    with qtbot.waitSignal(shown.ended):
        pass
    assert outcome == [True]
    assert not progress_dialogs()


def test_the_loader_reads_the_newest_wish_and_nothing_while_hidden(qtbot):
    owner = QLabel()
    qtbot.addWidget(owner)
    wishes, shown = [0], []
    gate = threading.Event()

    def start():
        wish = wishes[0]

        def work(progress, cancelled):
            gate.wait(10)
            return wish

        return work

    loader = Loader(owner, "Reading", start, shown.append, pytest_fail)
    loader.refresh()
    assert loader.stale and not loader.loading  # hidden: waits until shown
    owner.show()
    loader.shown()
    assert loader.loading
    for wish in (1, 2, 3):  # asked again and again while the first read runs
        wishes[0] = wish
        loader.refresh()
    gate.set()
    qtbot.waitUntil(lambda: loader.current)
    assert shown == [3]  # the running read's result is thrown away; the newest is shown


def test_an_error_nobody_caught_is_logged_and_the_window_stays_usable(qtbot, monkeypatch):
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    button = QPushButton("Go")
    qtbot.addWidget(button)
    clicks = []

    def broken():
        clicks.append(1)
        raise ValueError("a slot that went wrong")

    button.clicked.connect(broken)
    previous = sys.excepthook
    try:
        report_unexpected_errors()
        button.click()
        button.click()  # still usable
    finally:
        sys.excepthook = previous
    assert clicks == [1, 1]
    assert len(said) == 2
    assert said[0].startswith("Something went wrong")
    assert str(log_path()) in said[0]
    logged = log_path().read_text()
    assert "Unexpected error in the window" in logged
    assert "ValueError: a slot that went wrong" in logged
    assert "in broken" in logged  # the traceback, not only the message
