"""A save that must wait for another program's change keeps the window painting: a
dialog says why, and the save then goes through, or is refused in a sentence with the
form as the user left it. Before, the window froze until the database let it write."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from datetime import date

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QProgressDialog
from sqlalchemy import create_engine, text

from accountdesk.app import open_desk
from accountdesk.db import engine as db_engine
from accountdesk.gui.qtmodels.ledger import HOURS
from accountdesk.gui.tasks import SAVE_AT_ONCE_MS, run_task, saving
from tests.conftest import snapshot
from tests.gui.test_customers_view import add, customers_view, select, type_text
from tests.gui.test_ledger_view import edit_cell, log, row_of
from tests.gui.test_ledger_view import open_view as ledger_view

# Another program: it takes the SQLite file's write lock, says so, and keeps it for the
# seconds given before it lets go (writing nothing).
HOLDER = textwrap.dedent(
    """
    import sqlite3, sys, time
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    time.sleep(float(sys.argv[2]))
    db.execute("ROLLBACK")
    """
)


def hold_write_lock(path: str, seconds: float) -> subprocess.Popen[str]:
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, path, str(seconds)], stdout=subprocess.PIPE, text=True
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
    holder.stdout.close()
    return holder


def saving_dialogs() -> list[QProgressDialog]:
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.objectName() == "savingDialog" and w.isVisible()
    ]


class Watch:
    """What the window's event loop did while a save waited: how often it ran (asked
    every 50 ms), its longest pause, and whether the saving dialog was up."""

    def __init__(self) -> None:
        self.ticks = 0
        self.longest_pause = 0.0
        self.said: set[str] = set()
        self._last = time.monotonic()
        self._timer = QTimer(interval=50)
        self._timer.timeout.connect(self._tick)
        self._timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.longest_pause = max(self.longest_pause, now - self._last)
        self._last = now
        self.ticks += 1
        self.said.update(d.labelText() for d in saving_dialogs())

    def stop(self) -> None:
        self._timer.stop()


def edit_csm(qtbot, view, customer_id, csm):
    select(qtbot, view, customer_id)
    view.edit_button.click()
    dialog = view.dialog
    dialog.csm.clear()
    type_text(qtbot, dialog.csm, csm)
    return dialog


def test_a_save_behind_another_programs_write_waits_with_the_window_painting(qtbot, sqlite_desk):
    acme = add(sqlite_desk, csm="Ann")
    view = customers_view(qtbot, sqlite_desk)
    dialog = edit_csm(qtbot, view, acme, "Zoë")
    holder = hold_write_lock(sqlite_desk.engine.url.database, 1.5)
    watch = Watch()
    started = time.monotonic()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # OK: returns once saved
    waited = time.monotonic() - started
    watch.stop()
    holder.wait(10)

    assert waited >= 1  # it waited for the other program's write
    assert watch.ticks >= 10  # and the window's event loop ran all the while
    assert watch.said == {"Saving… waiting for another change to the database to finish."}
    assert not saving_dialogs()
    assert not dialog.isVisible()
    assert sqlite_desk.portfolio.customer(acme).summary.csm == "Zoë"


def test_a_save_waiting_past_the_busy_time_is_refused_with_the_form_kept(
    qtbot, sqlite_url, clock, monkeypatch
):
    monkeypatch.setattr(db_engine, "BUSY_TIMEOUT_SECONDS", 1)  # 15 s for users
    desk = open_desk(sqlite_url, clock=clock, user="tester")
    try:
        acme = add(desk, csm="Ann")
        view = customers_view(qtbot, desk)
        dialog = edit_csm(qtbot, view, acme, "Zoë")
        before = snapshot(desk)
        holder = hold_write_lock(desk.engine.url.database, 4)
        watch = Watch()
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
        watch.stop()
        assert watch.ticks >= 10 and watch.longest_pause < 0.75
        assert dialog.isVisible()
        assert dialog.error_text == (
            "The database is busy: another program kept it locked for more than 1 second; "
            "nothing was written. Try again."
        )
        assert dialog.csm.text() == "Zoë"  # what the user typed is still there
        holder.wait(10)
        assert snapshot(desk) == before
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)  # once the other is done: saved
        assert not dialog.isVisible()
        assert desk.portfolio.customer(acme).summary.csm == "Zoë"
    finally:
        desk.close()


@pytest.mark.postgres
def test_a_save_behind_a_teammates_transaction_waits_with_the_window_painting(
    qtbot, postgres_url, clock
):
    """On PostgreSQL a teammate's transaction (a long import, say) holds the customer:
    the save waits for it with the window painting, and goes through once it is done."""
    desk = open_desk(postgres_url, clock=clock, user="tester")
    teammate = create_engine(postgres_url)
    try:
        acme = add(desk, csm="Ann")
        view = customers_view(qtbot, desk)
        dialog = edit_csm(qtbot, view, acme, "Zoë")
        with teammate.connect() as c:
            c.execute(text("SET idle_in_transaction_session_timeout = '20s'"))  # no hang
            c.execute(text("SELECT id FROM customer WHERE id = :id FOR UPDATE"), {"id": acme})
            QTimer.singleShot(1000, c.rollback)  # the teammate is done a second later
            watch = Watch()
            started = time.monotonic()
            qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
            waited = time.monotonic() - started
            watch.stop()
        assert waited >= 0.9  # the teammate's second
        assert watch.ticks >= 10 and watch.longest_pause < 0.75
        assert watch.said == {"Saving… waiting for another change to the database to finish."}
        assert not dialog.isVisible()
        assert desk.portfolio.customer(acme).summary.csm == "Zoë"
    finally:
        teammate.dispose()
        desk.close()


def test_a_quick_save_does_not_run_the_event_loop(qtbot):
    """A save done within SAVE_AT_ONCE_MS behaves as if it ran on the window's thread:
    nothing else happens in the window meanwhile."""
    fired: list[int] = []
    QTimer.singleShot(0, lambda: fired.append(1))
    assert saving(lambda: 42) == 42
    assert fired == []
    qtbot.waitUntil(lambda: fired == [1])
    with pytest.raises(ValueError, match="bad"):
        saving(lambda: (_ for _ in ()).throw(ValueError("bad")))
    assert SAVE_AT_ONCE_MS <= 100


def test_a_read_finished_while_a_save_waits_is_shown_after_it(qtbot):
    """A view's read that ends while a save waits is not shown midway through the code
    that saves: it could change the very rows being saved from."""
    owner = QLabel()
    qtbot.addWidget(owner)
    order: list[str] = []
    run_task(owner, "Reading", lambda progress, cancelled: "read", order.append, order.append)

    def slow_save() -> str:
        time.sleep(0.5)
        order.append("saved")
        return "saved"

    assert saving(slow_save) == "saved"
    order.append("save returned")
    qtbot.waitUntil(lambda: "read" in order)
    assert order == ["saved", "save returned", "read"]


def test_an_edit_in_the_ledger_and_its_undo_wait_with_the_window_painting(qtbot, sqlite_desk):
    """The ledger's in-place edit saves from inside the table's editing, and undo from
    inside the undo stack: both wait for another program's write the same way."""
    acme = add(sqlite_desk)
    entry_id = log(sqlite_desk, acme, date(2026, 11, 3), 5400, description="Call")
    view = ledger_view(qtbot, sqlite_desk)
    path = sqlite_desk.engine.url.database

    holder = hold_write_lock(path, 1.5)
    watch = Watch()
    edit_cell(qtbot, view, entry_id, HOURS, "2:15")
    qtbot.waitUntil(lambda: sqlite_desk.ledger.entry(entry_id).seconds == 8100, timeout=10_000)
    holder.wait(10)
    qtbot.waitUntil(lambda: view.model.index(row_of(view, entry_id), HOURS).data() == "2.25 h")
    watch.stop()
    assert watch.ticks >= 10 and watch.longest_pause < 0.75
    assert watch.said == {"Saving… waiting for another change to the database to finish."}

    holder = hold_write_lock(path, 1.5)
    watch = Watch()
    view.context.undo.undo()  # returns once undone
    watch.stop()
    holder.wait(10)
    assert watch.ticks >= 10 and watch.longest_pause < 0.75
    assert sqlite_desk.ledger.entry(entry_id).seconds == 5400
    qtbot.waitUntil(lambda: view.model.index(row_of(view, entry_id), HOURS).data() == "1.50 h")
    assert not saving_dialogs()


# Run in a process of its own: quitting ends the application's event loops for good.
QUITTING = textwrap.dedent(
    """
    import time
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from accountdesk.gui.tasks import saving
    app = QApplication([])

    def slow_save():
        time.sleep(0.6)
        return "saved"

    QTimer.singleShot(0, lambda: print(saving(slow_save)))  # OK clicked, say
    QTimer.singleShot(150, app.quit)  # then the last window closed while the save waits
    app.exec()
    """
)


def test_a_save_ends_before_the_window_does_when_the_application_quits():
    """Quitting (the last window closed) ends every event loop, the waiting one too: the
    save still ends, and its result comes back, before the code that asked goes on."""
    done = subprocess.run(
        [sys.executable, "-c", QUITTING], capture_output=True, text=True, timeout=60
    )
    assert (done.returncode, done.stdout.strip()) == (0, "saved"), done.stderr
