"""Benchmark: the window on a big portfolio, each figure against a floor from the same run.

    python tests/bench/bench_window.py [--db big.sqlite3 | --db postgresql+psycopg://...]
                                       [--customers 5000] [--months 24] [--repeat 3]

Without --db, the demo portfolio (5,000 customers over 24 months, about a million
ledger entries) is built in a temporary folder first (about half a minute).

Measured, each the median of --repeat runs in fresh processes:

(a) start-up: from process start (the parent's clock just before it starts the child)
    to the main window shown, in a child that starts as `accountdesk` without a
    command does (accountdesk.launch, then `start_window`): the window's frame
    (navigation, toolbar, menus, "Opening the database…") is shown and the database
    opens behind it. Floor: a child that shows a bare PySide6 QMainWindow with a
    QListWidget and five QTableView tabs with empty models. Target: at most 1.5 x the
    floor. The time until the views are built on the open database (the window's
    `built`) is printed too.
(b) the Hours ledger: from choosing the view (the window at rest on Home, its start-up
    work done) to its last row painted; the view opens on the toolbar's month, all
    customers, newest first. Each screen is painted once, as the window paints it (a
    paint counter and the model's built rows check that it was). The part from the
    ledger view shown on is printed too.
    Floor: the same SQL through the plain driver (sqlite3; psycopg on PostgreSQL), fetching what
    the view fetches to get there, in the same order: the matching ids, the totals, the first
    screen's block of rows and the last block. Target: at most 3 x the floor. The same
    for "All months" (every entry) is printed too.
(d) Home: from process start to the Home view showing its figures (its cards of hours,
    reviews and renewals; the chart and the support cases' card follow). Target: at
    most 5 x the bare window's start-up (5,000 customers on SQLite). On SQLite the
    window shows the figures the file keeps before the database layer has loaded
    (services.home_at_start): the runs measured start on a file Home has read before.
    Printed beside it: one start with nothing kept for the month (the month's first
    start, run once before the others, which then find what it kept), and a child that
    shows the bare window, then loads the database layer and opens the database: what
    a read through the database layer spends before it reads a figure. Then Home
    refreshed three times after a teammate's desk logged an hour (the median): on
    PostgreSQL from the teammate's commit to the figures shown, through the real
    change notice (it names the customer, and Home reads only it again); on SQLite
    from the commit to the figures shown, the window checking the file as it does when
    activated (the notice the teammate's desk left in the file names the customer).
    Target: at most 0.3 s (50,000 customers on PostgreSQL).
(c) peak memory: the window child's peak resident size at the end (after both ledger
    loads): VmHWM in /proc/self/status, which is the child's own (Linux's ru_maxrss
    carries the parent's peak into a child, and the parent has just held every
    ledger id for the raw floor); ru_maxrss where there is no /proc.
    Floor: the bare window's. Target: at most the floor + 150 MB.

Prints every figure, its ratio and target, and exits with 1 when a target is missed.
Not collected by the test run (tests/bench is ignored by pytest).
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import textwrap
import time
from datetime import date
from pathlib import Path
from typing import Any

TODAY = date(2026, 11, 26)
STARTUP_TARGET = 1.5
LEDGER_TARGET = 3.0
MEMORY_TARGET_MB = 150
HOME_TARGET = 5.0  # start-up to Home's figures, x the bare window
HOME_REFRESH_TARGET = 0.3  # seconds

# The child's own peak resident size in MB (see (c) above).
PEAK = """
def peak_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""

BARE_WINDOW = textwrap.dedent(
    """
    import json, resource, sys, time
    started = float(sys.argv[1])
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import (
        QApplication, QListWidget, QMainWindow, QSplitter, QTableView, QTabWidget,
    )
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    splitter = QSplitter()
    navigation = QListWidget()
    tabs = QTabWidget()
    for number in range(5):
        navigation.addItem(f"View {number + 1}")
        table = QTableView()
        table.setModel(QStandardItemModel(0, 6, table))
        tabs.addTab(table, f"View {number + 1}")
    splitter.addWidget(navigation)
    splitter.addWidget(tabs)
    window.setCentralWidget(splitter)
    window.resize(1280, 800)
    window.show()
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    shown = time.time() - started
    PEAK
    print(json.dumps({"startup": shown, "rss_mb": peak_mb()}))
    """
).replace("\nPEAK\n", PEAK)

# The bare window, then the database layer loaded and the database opened, as the window
# does once its frame shows: what any design that reads Home's figures through the
# database layer spends before building Home and reading a figure.
BARE_WINDOW_AND_DATABASE = BARE_WINDOW.replace(
    'print(json.dumps({"startup": shown, "rss_mb": peak_mb()}))',
    textwrap.dedent(
        """
        import accountdesk.gui  # as in the window, whose modules load after it
        from accountdesk.app import open_desk
        desk = open_desk(sys.argv[2])
        desk.portfolio.any_customers()
        print(json.dumps({"opened": time.time() - started}))
        """
    ),
)

APP_WINDOW = textwrap.dedent(
    """
    import json, resource, sys, time
    started = float(sys.argv[1])
    db = sys.argv[2]
    today = sys.argv[3]
    from datetime import date
    import accountdesk.launch  # the `accountdesk` program: it decides window or command
    from PySide6.QtCore import QEvent, QEventLoop, QObject, QThreadPool, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from accountdesk.domain.clock import FixedClock
    from accountdesk.gui.main_window import start_window
    PEAK
    window = start_window(db, FixedClock(date.fromisoformat(today)))
    app = QApplication.instance()
    figures_at = []

    # At once: Home may show the figures the database keeps before the database opens.
    window.figures_shown.connect(lambda: figures_at.append(time.time()))
    QTest.qWaitForWindowExposed(window)
    app.processEvents()
    shown = time.time() - started
    if not window.views:
        loop = QEventLoop()
        window.built.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
    assert window.views, window.refusal
    ready = time.time() - started
    from accountdesk.gui.views.home import HomeView
    home = window.view(HomeView)

    def until_figures(count):
        # Waits in the event loop: spinning processEvents() would keep Python's lock
        # from the thread that reads the figures.
        if len(figures_at) > count:
            return
        loop = QEventLoop()
        window.figures_shown.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        loop.exec()
        window.figures_shown.disconnect(loop.quit)

    until_figures(0)
    home_figures = figures_at[0] - started

    from accountdesk.gui.views.ledger import LedgerView
    ledger = window.view(LedgerView)
    # The ledger is measured on a window at rest: the other views' start-up work done
    # (work that finishes may queue more, e.g. the Home view's chart after its figures).
    pool = QThreadPool.globalInstance()
    for _ in range(20):
        app.processEvents()
        if pool.activeThreadCount() == 0:
            QTest.qWait(50)
            if pool.activeThreadCount() == 0:
                break
        pool.waitForDone(120_000)

    class ShownAt(QObject):
        at = 0.0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Show:
                self.at = time.perf_counter()
            return False

    shown_at = ShownAt()
    ledger.installEventFilter(shown_at)

    def until_loaded(start):
        loop = QEventLoop()
        ledger.loaded.connect(loop.quit)
        QTimer.singleShot(120_000, loop.quit)
        start()
        loop.exec()
        ledger.loaded.disconnect(loop.quit)

    class Paints(QObject):
        count = 0

        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint:
                self.count += 1
            return False

    paints = Paints()
    ledger.table.viewport().installEventFilter(paints)

    def top_row():
        return max(0, ledger.table.rowAt(0))

    def drawn(row, since):
        # Let the window do what it has queued (a load or a scroll lays out the rows
        # and asks for a paint) until it has painted since `since` (a paint count),
        # with the row `row()` built for it.
        deadline = time.perf_counter() + 30
        while not (paints.count > since and ledger.model.is_built(row())):
            assert time.perf_counter() < deadline, f"row {row()} was not painted"
            app.processEvents()

    def to_the_last_row():
        since = paints.count
        ledger.table.scrollToBottom()
        drawn(lambda: ledger.model.rowCount() - 1, since)

    # Home refreshed after a change someone made. A teammate's desk logs an hour for a
    # customer; on PostgreSQL the window's listener gets the change notice and Home
    # reads that customer again (timed from the commit); on SQLite the window checks
    # the file as activating it does, and reads the notice the teammate's desk left.
    from accountdesk.app import open_desk
    from accountdesk.domain.tiers import Category
    from accountdesk.services.ledger import NewEntry
    teammate = open_desk(db, clock=FixedClock(date.fromisoformat(today)), user="Teammate")
    month = window.context.month
    customer = home.overview.overages[0].customer_id if home.overview.overages else None
    if customer is None:
        customer = teammate.portfolio.customers()[0].id
    notices = teammate.engine.dialect.name == "postgresql"
    refreshes = []
    for _ in range(3):
        # At rest: the chart and the cases' card read, the status bar's counts too.
        while not window.up_to_date or pool.activeThreadCount():
            pool.waitForDone(120_000)
            QTest.qWait(20)
        count = len(figures_at)
        teammate.ledger.log(
            NewEntry(customer, month.first, 3600, Category.INCIDENT, "Teammate", "Call")
        )
        t0 = time.perf_counter()
        if not notices:
            window.live.check_file()  # what activating the window does on SQLite
        until_figures(count)
        refreshes.append(time.perf_counter() - t0)
    teammate.close()
    pool.waitForDone(120_000)
    app.processEvents()

    figures = {"startup": shown, "ready": ready, "home": home_figures}
    figures["home_refresh"] = sorted(refreshes)[1]
    t0 = time.perf_counter()
    since = paints.count
    until_loaded(lambda: window.show_view(window.views.index(ledger) + 1))
    drawn(top_row, since)
    to_the_last_row()
    figures["ledger"] = time.perf_counter() - t0
    figures["ledger_own"] = time.perf_counter() - shown_at.at
    figures["ledger_rows"] = ledger.model.rowCount()
    figures["ledger_month"] = ledger.where.month.label

    t0 = time.perf_counter()
    since = paints.count
    until_loaded(lambda: ledger.all_months.setChecked(True))
    drawn(top_row, since)
    to_the_last_row()
    figures["ledger_all"] = time.perf_counter() - t0
    figures["ledger_all_rows"] = ledger.model.rowCount()
    figures["built_rows"] = ledger.model.built_rows()
    from accountdesk.gui.qtmodels.ledger import BLOCK
    figures["block"] = BLOCK
    figures["rss_mb"] = peak_mb()
    print(json.dumps(figures))
    window.close()
    window.desk.close()
    """
).replace("\nPEAK\n", PEAK)


def child(script: str, *args: str, env: dict[str, str]) -> dict[str, float]:
    # A fresh settings folder each time: no window state remembered from the last run.
    env = {**env, "XDG_CONFIG_HOME": tempfile.mkdtemp(dir=env["XDG_CONFIG_HOME"])}
    # A user past the first run: the window does not stop to ask whose hours these are.
    saved = Path(env["XDG_CONFIG_HOME"]) / "AccountDesk" / "preferences.json"
    saved.parent.mkdir()
    saved.write_text(json.dumps({"engineer": "Bench"}), encoding="utf-8")
    started = time.time()
    done = subprocess.run(
        [sys.executable, "-c", script, repr(started), *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    if done.returncode != 0:
        sys.stderr.write(done.stderr)
        raise SystemExit(f"the child process failed (exit {done.returncode})")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _connect(db: str) -> tuple[Any, str]:
    """The plain driver's connection to `db` (a SQLite file or a PostgreSQL URL), and
    its parameter mark."""
    if db.startswith("postgresql"):
        import psycopg
        from sqlalchemy.engine import make_url

        url = make_url(db).set(drivername="postgresql")
        return psycopg.connect(url.render_as_string(hide_password=False)), "%s"
    return sqlite3.connect(db.removeprefix("sqlite:///")), "?"


def raw_ledger(db: str, month: str | None, block: int) -> tuple[float, int]:
    """What the ledger view fetches to show its last row, through the plain driver
    (sqlite3, psycopg): the ids in the view's order, the totals, and the first and the
    last block of rows (`block` rows each, as the view's model builds them)."""
    started = time.perf_counter()
    connection, mark = _connect(db)
    where: str = ""
    args: tuple[Any, ...] = ()
    if month is not None:
        year, number = (int(part) for part in month.split("-"))
        last_day = date(year + number // 12, number % 12 + 1, 1) - date.resolution
        where, args = (
            f"WHERE entry_date BETWEEN {mark} AND {mark}",
            (
                date(year, number, 1),
                last_day,
            ),
        )
    ids = [
        row[0]
        for row in connection.execute(
            f"SELECT id FROM ledger_entry {where} ORDER BY entry_date DESC, id DESC", args
        )
    ]
    connection.execute(
        f"SELECT count(*), coalesce(sum(seconds), 0) FROM ledger_entry {where}", args
    ).fetchone()
    for rows_ids in (ids[:block], ids[-(len(ids) % block or block) :]):
        marks = ",".join([mark] * len(rows_ids))
        rows = connection.execute(
            "SELECT e.id, e.customer_id, e.entry_date, e.category, e.engineer, e.seconds, "
            "e.description, e.corrects_id, e.reason, c.name FROM ledger_entry e "
            f"JOIN customer c ON c.id = e.customer_id WHERE e.id IN ({marks})",
            rows_ids,
        ).fetchall()
        customers = sorted({row[1] for row in rows})
        marks = ",".join([mark] * len(customers))
        connection.execute(
            f"SELECT customer_id, month FROM locked_month WHERE customer_id IN ({marks})",
            customers,
        ).fetchall()
    connection.close()
    return time.perf_counter() - started, len(ids)


def build_demo(folder: Path, customers: int, months: int) -> str:
    from accountdesk.app import open_desk
    from accountdesk.domain.clock import FixedClock
    from accountdesk.services.demo import generate_demo

    path = folder / "demo.sqlite3"
    print(f"building the demo portfolio ({customers:,} customers x {months} months)…")
    desk = open_desk(str(path), clock=FixedClock(TODAY), user="bench")
    try:
        generate_demo(desk.sessions, desk.clock, customers, months, 1)
    finally:
        desk.close()
    return str(path)


def verdict(ok: bool) -> str:
    return "ok" if ok else "MISSED"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--db",
        help="an existing AccountDesk database: a SQLite file or a postgresql+psycopg:// URL",
    )
    parser.add_argument("--customers", type=int, default=5000)
    parser.add_argument("--months", type=int, default=24)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)

    # pip byte-compiles an installed package; a source checkout may not be, or may run
    # with PYTHONDONTWRITEBYTECODE: compile it, so that start-up is measured as users
    # see it, not with every module compiled from source.
    import accountdesk

    compileall.compile_dir(Path(accountdesk.__file__).parent, quiet=1)

    with tempfile.TemporaryDirectory(prefix="accountdesk-bench-") as folder:
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["XDG_CONFIG_HOME"] = str(Path(folder) / "config")
        Path(env["XDG_CONFIG_HOME"]).mkdir()
        db = args.db or build_demo(Path(folder), args.customers, args.months)
        connection, _ = _connect(db)
        customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
        entries = connection.execute("SELECT count(*) FROM ledger_entry").fetchone()[0]
        connection.close()
        print(f"database: {db} ({customers:,} customers, {entries:,} ledger entries)")

        floors, apps, opened = [], [], []
        raw_month, raw_all = [], []
        connection, _ = _connect(db)
        connection.execute("DELETE FROM allowance_figures")  # nothing kept: a cold start
        connection.commit()
        connection.close()
        cold = child(APP_WINDOW, db, TODAY.isoformat(), env=env)["home"]
        for _ in range(args.repeat):
            floors.append(child(BARE_WINDOW, env=env))
            opened.append(child(BARE_WINDOW_AND_DATABASE, db, env=env)["opened"])
            apps.append(child(APP_WINDOW, db, TODAY.isoformat(), env=env))
            month = str(apps[-1]["ledger_month"])
            block = int(apps[-1]["block"])
            raw_month.append(raw_ledger(db, month, block))
            raw_all.append(raw_ledger(db, None, block))

    def median(values: list[float]) -> float:
        return statistics.median(values)

    startup = median([a["startup"] for a in apps])
    ready = median([a["ready"] for a in apps])
    startup_floor = median([f["startup"] for f in floors])
    ledger = median([a["ledger"] for a in apps])
    ledger_floor = median([seconds for seconds, _ in raw_month])
    ledger_own = median([a["ledger_own"] for a in apps])
    ledger_all = median([a["ledger_all"] for a in apps])
    ledger_all_floor = median([seconds for seconds, _ in raw_all])
    home = median([a["home"] for a in apps])
    home_refresh = median([a["home_refresh"] for a in apps])
    memory = median([a["rss_mb"] for a in apps])
    memory_floor = median([f["rss_mb"] for f in floors])
    rows, rows_all = int(apps[0]["ledger_rows"]), int(apps[0]["ledger_all_rows"])
    assert rows == raw_month[0][1] and rows_all == raw_all[0][1], "the view and SQL disagree"

    startup_ok = startup <= STARTUP_TARGET * startup_floor
    ledger_ok = ledger <= LEDGER_TARGET * ledger_floor
    memory_ok = memory <= memory_floor + MEMORY_TARGET_MB
    home_ok = home <= HOME_TARGET * startup_floor
    # The refresh target is PostgreSQL's, at 50,000 customers.
    notices = db.startswith("postgresql")
    refresh_ok = home_refresh <= HOME_REFRESH_TARGET or not notices
    print(f"medians of {args.repeat} runs each")
    print(
        f"(a) start-up to the main window shown: {startup:.2f} s; floor (bare PySide6 "
        f"window) {startup_floor:.2f} s; {startup / startup_floor:.2f}x, target "
        f"<= {STARTUP_TARGET}x: {verdict(startup_ok)}"
    )
    print(f"    views built on the open database: {ready:.2f} s ({ready / startup_floor:.2f}x)")
    print(
        f"(d) start-up to Home showing its figures: {home:.2f} s; {home / startup_floor:.2f}x "
        f"the bare window, target <= {HOME_TARGET}x: {verdict(home_ok)}"
    )
    print(
        f"    with nothing kept for the month (its first start): {cold:.2f} s "
        f"({cold / startup_floor:.2f}x)"
    )
    print(
        f"    the bare window, then the database layer loaded and the database opened: "
        f"{median(opened):.2f} s ({median(opened) / startup_floor:.2f}x)"
    )
    judged = (
        f"target <= {HOME_REFRESH_TARGET} s: {verdict(refresh_ok)}"
        if notices
        else "through the notice kept in the file (the target is PostgreSQL's)"
    )
    print(f"    Home refreshed after a teammate's hour: {home_refresh:.3f} s, {judged}")
    print(
        f"(b) Hours ledger opened and scrolled to its last row ({apps[0]['ledger_month']}, "
        f"{rows:,} entries): {ledger:.3f} s; floor (raw driver) {ledger_floor:.3f} s; "
        f"{ledger / ledger_floor:.2f}x, target <= {LEDGER_TARGET}x: {verdict(ledger_ok)}"
    )
    print(
        f"    of which from the ledger view shown to its last row: {ledger_own:.3f} s "
        f"({ledger_own / ledger_floor:.2f}x); the rest is the window leaving the view before"
    )
    print(
        f"    the same for All months ({rows_all:,} entries): {ledger_all:.3f} s; floor "
        f"{ledger_all_floor:.3f} s; {ledger_all / ledger_all_floor:.2f}x "
        f"(rows kept built: {int(apps[0]['built_rows']):,})"
    )
    print(
        f"(c) peak memory: {memory:.0f} MB; floor {memory_floor:.0f} MB; floor + "
        f"{memory - memory_floor:.0f} MB, target <= floor + {MEMORY_TARGET_MB} MB: "
        f"{verdict(memory_ok)}"
    )
    return 0 if startup_ok and ledger_ok and memory_ok and home_ok and refresh_ok else 1


if __name__ == "__main__":
    sys.exit(main())
