"""Regenerate the README's screenshots from a demo database.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots.py [--out docs/screenshots]
        [--language de]

Builds the 50-customer demo with today pinned to 2026-11-26 in a temporary folder,
issues October for the customer shown and corrects one of its October entries (so an
issued month and an adjustment waiting for the next report are on screen), opens the
real main window and dialogs on it, and saves a PNG of each. Nothing is
drawn by hand: what the README shows is what the program shows.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QWidget

from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
from accountdesk.services.demo import generate_demo

TODAY = date(2026, 11, 26)
OCTOBER = Month(2026, 10)
SIZE = (1360, 860)


def settle(app: QApplication, rounds: int = 30) -> None:
    """Let queued work (background loads, layouts) finish before a picture is taken."""
    from PySide6.QtCore import QThreadPool

    for _ in range(rounds):
        app.processEvents()
        QThreadPool.globalInstance().waitForDone(200)
        app.processEvents()


def drawn(app: QApplication, seconds: float = 1.5) -> None:
    """Let work on threads outside the pool (drawing PDF pages) finish and be shown."""
    import time

    until = time.monotonic() + seconds
    while time.monotonic() < until:
        app.processEvents()
        time.sleep(0.02)


def save(widget: QWidget, out: Path, name: str) -> None:
    path = out / f"{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=Path("docs/screenshots"))
    parser.add_argument(
        "--language", default="en", help="the window's language: en, es, pt, fr, de, ja, zh"
    )
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = folder  # fresh window settings, not the user's
        app = QApplication(sys.argv)
        QCoreApplication.setOrganizationName("AccountDesk")
        QCoreApplication.setApplicationName("AccountDesk")
        from accountdesk.gui import language

        language.install(app, args.language)
        from accountdesk.gui import settings
        from accountdesk.gui.engineer import QUESTION, TITLE
        from accountdesk.gui.main_window import MainWindow, cover_every_script
        from accountdesk.gui.prompts import name_dialog

        cover_every_script()  # as the program's window does before its views: CJK names drawn

        settings.set_engineer("Amara Ibáñez")  # the first run's question, answered
        question = name_dialog(None, TITLE, QUESTION, "")
        question.show()
        settle(app)
        save(question, args.out, "first-run-name")
        question.close()

        empty = open_desk(str(Path(folder) / "empty.sqlite3"), clock=FixedClock(TODAY))
        first = MainWindow(empty)
        first.resize(*SIZE)
        first.show()
        settle(app)
        save(first, args.out, "first-run")
        first.close()
        empty.close()

        desk = open_desk(
            str(Path(folder) / "demo.sqlite3"), clock=FixedClock(TODAY), user="Carla Souza"
        )
        generate_demo(desk.sessions, desk.clock, 50, 12, 1)
        customer = pick_customer(desk)
        issue_and_correct(desk, customer, Path(folder))
        window = MainWindow(desk)
        window.resize(*SIZE)
        window.show()
        settle(app)
        for number, name in enumerate(
            ["home", "customers", "entitlements", "ledger", "reviews", "cases"], start=1
        ):
            window.show_view(number)
            if name in ("customers", "entitlements", "ledger"):
                window.context.set_customer(customer)
            else:
                window.context.set_customer(None)
            settle(app)
            save(window, args.out, f"view-{name}")
        window.show_view(3)
        window.context.set_customer(customer)
        window.context.set_month(OCTOBER)
        settle(app)
        save(window, args.out, "view-entitlements-issued")
        window.context.set_month(Month.of(TODAY))
        window.context.set_customer(customer)
        for name, open_dialog in dialogs(window).items():
            dialog = open_dialog()
            if dialog is None:
                continue
            dialog.show()
            settle(app)
            if name.startswith("report"):
                drawn(app)  # Qt PDF draws the pages on a thread of its own
            save(dialog, args.out, f"dialog-{name}")
            dialog.close()
        window.close()
        desk.close()
    return 0


def pick_customer(desk) -> int:  # type: ignore[no-untyped-def]
    """An Enterprise customer with hours this month: every card and column has content."""
    for summary in desk.portfolio.customers():
        if summary.tier.value == "enterprise" and summary.end is not None:
            return summary.id
    return desk.portfolio.customers()[0].id


def issue_and_correct(desk, customer: int, folder: Path) -> None:  # type: ignore[no-untyped-def]
    """Issue October for the customer, then correct its largest October entry of an
    allowance upwards, two hours past what was left: the Entitlements view and Home show
    the charge that waits for the next report."""
    desk.reports.issue(customer, OCTOBER, folder / "october.pdf")
    left = {
        allowance.category: allowance.remaining_hours
        for allowance in desk.entitlements.usage(customer, OCTOBER).allowances
    }
    if not left:
        return
    fullest = min(left, key=lambda category: left[category])
    measured = [e for e in desk.ledger.entries(customer, OCTOBER) if e.category is fullest]
    if measured:
        largest = max(measured, key=lambda e: e.seconds)
        more = int(left[fullest] + 2) * 3600  # whole hours: the hours rules allow them
        hours = min(24 * 3600, largest.seconds + more)
        desk.ledger.correct(largest.id, hours, "Hours left out of the log")


def dialogs(window) -> dict[str, Callable[[], QWidget | None]]:  # type: ignore[no-untyped-def]
    """The dialogs to photograph, each built and shown without being run modally."""
    from PySide6.QtCore import QDate

    from accountdesk.domain.reviews import ReviewState
    from accountdesk.domain.tiers import Tier
    from accountdesk.gui.dialogs.customer import ContactDialog, CustomerDialog, TierChangeDialog
    from accountdesk.gui.dialogs.preferences import PreferencesDialog
    from accountdesk.gui.dialogs.reports import BatchDialog, MonthlyReportDialog, gather_preview
    from accountdesk.gui.dialogs.review import ReviewOutcomeDialog

    desk, context = window.desk, window.context
    chosen = desk.portfolio.customer(context.customer_id)
    professional = next(
        desk.portfolio.customer(c.id)
        for c in desk.portfolio.customers()
        if c.tier is Tier.PROFESSIONAL
        and c.start < date(2026, 11, 1)
        and (c.end is None or c.end > TODAY)
    )

    def menu(title: str) -> QWidget:
        shown = QCoreApplication.translate("MainWindow", title)
        found = next(a.menu() for a in window.menuBar().actions() if a.text() == shown)
        found.adjustSize()
        return found

    def tier_change() -> QWidget:
        dialog = TierChangeDialog(desk, professional, window)
        dialog.tier.setCurrentIndex(dialog.tier.findData(Tier.ENTERPRISE))
        dialog.effective.setDate(QDate(2026, 11, 16))
        dialog.update_preview()
        return dialog

    def review_held() -> QWidget:
        planned = [r for r in desk.reviews.reviews(chosen.id) if r.state is ReviewState.PLANNED]
        return ReviewOutcomeDialog(desk, planned[0], ReviewState.HELD, window)

    def report() -> QWidget:
        preview = gather_preview(desk.reports, chosen.id, context.month)
        return MonthlyReportDialog(desk, context, context.month, preview, window)

    def report_issued() -> QWidget:
        """A past month, issued: the pages are the issued report, Issue says why not."""
        month = context.month.previous()
        if desk.reports.issue_blocker(chosen.id, month) is None:  # not issued at set-up
            with tempfile.TemporaryDirectory() as folder:
                desk.reports.issue(chosen.id, month, Path(folder) / "issued.pdf")
        preview = gather_preview(desk.reports, chosen.id, month)
        return MonthlyReportDialog(desk, context, month, preview, window)

    return {
        "customer": lambda: CustomerDialog(desk, None, ((), ()), window),
        "tier-change": tier_change,
        "contact": lambda: ContactDialog(desk, chosen, window),
        "review-held": review_held,
        "report": report,
        "report-issued": report_issued,
        "batch": lambda: BatchDialog(desk, context, window),
        "preferences": lambda: PreferencesDialog(desk, window),
        "help-guide": window.show_user_guide,
        "help-shortcuts": window.show_shortcuts,
        "menu-file": lambda: menu("&File"),
        "menu-help": lambda: menu("&Help"),
    }


if __name__ == "__main__":
    sys.exit(main())
