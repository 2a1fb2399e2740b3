"""Reports from the window: one customer's monthly report (preview, export, issue and
lock) and the month-end batch (progress, summary, cancel, open folder)."""

from __future__ import annotations

import io
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import QWidget

from accountdesk.app import Desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs import reports as report_dialogs
from accountdesk.gui.dialogs.reports import (
    BatchDialog,
    MonthlyReportDialog,
    SystemViewer,
    export_monthly_report,
    gather_preview,
    month_end_batch,
)
from accountdesk.gui.prompts import Prompts
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot

NOVEMBER = Month(2026, 11)
# November can be issued once it has ended: the tests that issue it run on 1 December
# (the desk's clock; the entries of the fixture are all in November).
AFTER_NOVEMBER = pytest.mark.parametrize(
    "clock", [FixedClock(date(2026, 12, 1))], ids=["on 1 December"]
)
OCTOBER = Month(2026, 10)


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def log(desk: Desk, customer: str, day: date, hours: str) -> int:
    seconds = int(Decimal(hours) * 3600)
    entry = NewEntry(customer, day, seconds, Category.CONSULTING, "Tomás Ribeiro", "Design")
    return desk.ledger.log(entry)


@pytest.fixture
def desk(sqlite_desk: Desk) -> Desk:
    """The domain document's example: Professional, 6.5 h of consulting in November
    2026 (4.00 included, 2.50 over, 1,250.00 USD); an Enterprise and a Community
    customer beside it."""
    desk = sqlite_desk
    desk.portfolio.add_customer(
        NewCustomer("Acme Analytics", Tier.PROFESSIONAL, date(2026, 1, 5), csm="Carla Souza")
    )
    desk.portfolio.add_customer(NewCustomer("Big Bank", Tier.ENTERPRISE, date(2026, 1, 5)))
    desk.portfolio.add_customer(NewCustomer("Free Co", Tier.COMMUNITY, date(2026, 1, 5)))
    log(desk, "Acme Analytics", date(2026, 11, 3), "4")
    log(desk, "Acme Analytics", date(2026, 11, 17), "2.5")
    return desk


@pytest.fixture
def parent(qtbot) -> QWidget:
    widget = QWidget()
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def opened(monkeypatch) -> list[Path]:
    """What would have been opened in the system's viewer."""
    paths: list[Path] = []

    def record(cls, path: Path) -> bool:
        paths.append(path)
        return True

    monkeypatch.setattr(SystemViewer, "open", classmethod(record))
    return paths


def context_for(desk: Desk, customer: str | None, month: Month = NOVEMBER) -> DeskContext:
    context = DeskContext(month)
    if customer is not None:
        context.set_customer(desk.portfolio.customer(customer).id)
    return context


def report_dialog(qtbot, desk: Desk, customer: str, month: Month = NOVEMBER) -> MonthlyReportDialog:
    context = context_for(desk, customer, month)
    assert context.customer_id is not None
    preview = gather_preview(desk.reports, context.customer_id, month)
    dialog = MonthlyReportDialog(desk, context, month, preview)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def shown_text(dialog: MonthlyReportDialog) -> str:
    """The text of every page the preview shows, as Qt's PDF document reads it."""
    document = dialog.document
    return " ".join(document.getAllText(page).text() for page in range(document.pageCount()))


# --- Reports ▸ Monthly report for this customer… ---------------------------------


def test_the_menu_opens_a_preview_of_the_chosen_customers_month(qtbot, desk, parent, monkeypatch):
    shown: list[tuple] = []
    monkeypatch.setattr(
        MonthlyReportDialog,
        "show_report",
        classmethod(lambda cls, *args: shown.append(args)),
    )
    export_monthly_report(parent, desk, context_for(desk, "Acme Analytics"))
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    _, _, _, month, preview = shown[0]
    assert month == NOVEMBER
    assert preview.figures.customer == "Acme Analytics"
    assert preview.figures.draft
    assert preview.pdf.startswith(b"%PDF")


def test_without_a_customer_the_menu_says_what_to_do(qtbot, desk, parent, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(Prompts, "info", lambda parent, text: said.append(text))
    export_monthly_report(parent, desk, context_for(desk, None))
    assert said and "Choose a customer in the toolbar" in said[0]


def test_a_tier_without_reports_is_refused_in_words(qtbot, desk, parent, monkeypatch):
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "error", lambda parent, text: errors.append(text))
    monkeypatch.setattr(
        MonthlyReportDialog, "show_report", classmethod(lambda cls, *a: pytest.fail("opened"))
    )
    export_monthly_report(parent, desk, context_for(desk, "Free Co"))
    qtbot.waitUntil(lambda: bool(errors), timeout=10_000)
    assert "Community tier" in errors[0]
    assert "no monthly service report" in errors[0]


def test_the_preview_shows_the_reports_pages_marked_draft(qtbot, desk, monkeypatch, tmp_path):
    dialog = report_dialog(qtbot, desk, "Acme Analytics")
    assert dialog.heading.text() == "Acme Analytics — November 2026"
    assert dialog.status.text().startswith("Draft")
    assert dialog.pages.isVisible()
    assert dialog.pages.zoomMode() == QPdfView.ZoomMode.FitToWidth
    assert dialog.pages.pageMode() == QPdfView.PageMode.MultiPage
    text = shown_text(dialog)
    assert "DRAFT" in text
    assert "Acme Analytics" in text
    assert "6,250.00 USD" in text  # fee 5,000.00 and overage 1,250.00
    # The same pages as the PDF an export of the month writes.
    monkeypatch.setattr(Prompts, "save_file", lambda *args: tmp_path / "acme.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    exported = len(PdfReader(tmp_path / "acme.pdf").pages)
    assert dialog.document.pageCount() == exported
    assert dialog.page_count.text() == f"Page 1 of {exported}"


def test_the_pages_scroll_and_the_page_shown_is_counted(qtbot, sqlite_desk):
    """A month with many entries runs over several pages; scrolling down reaches the
    last, and the count says which page is shown."""
    desk = sqlite_desk
    desk.portfolio.add_customer(NewCustomer("Busy Co", Tier.PROFESSIONAL, date(2026, 1, 5)))
    for day in range(1, 27):
        for _ in range(3):
            log(desk, "Busy Co", date(2026, 11, day), "0.5")
    dialog = report_dialog(qtbot, desk, "Busy Co")
    count = dialog.document.pageCount()
    assert count == dialog.preview.pages >= 3
    bar = dialog.pages.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0, timeout=5_000)
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: dialog.page_count.text() == f"Page {count} of {count}", timeout=5_000)


def test_issue_is_disabled_for_the_running_month_and_says_why(qtbot, desk):
    dialog = report_dialog(qtbot, desk, "Acme Analytics")  # today is 26 November 2026
    reason = desk.reports.issue_blocker("Acme Analytics", NOVEMBER)
    assert reason is not None
    assert reason.startswith("November 2026 can be issued for Acme Analytics from 1 December")
    assert not dialog.issue_button.isEnabled()
    assert dialog.issue_button.toolTip() == reason
    assert dialog.issue_reason.isVisible()
    assert dialog.issue_reason.text() == reason
    assert dialog.export_button.isEnabled()


def test_issue_is_enabled_for_a_month_that_has_ended(qtbot, desk):
    dialog = report_dialog(qtbot, desk, "Acme Analytics", OCTOBER)
    assert dialog.issue_button.isEnabled()
    assert not dialog.issue_reason.isVisible()
    assert "DRAFT" in shown_text(dialog)


def test_export_writes_a_draft_pdf_and_offers_to_open_it(
    qtbot, desk, monkeypatch, tmp_path, opened
):
    dialog = report_dialog(qtbot, desk, "Acme Analytics")
    suggested: list[str] = []

    def save_file(parent, caption, name, filters):
        suggested.append(name)
        return tmp_path / "acme"

    monkeypatch.setattr(Prompts, "save_file", save_file)
    before = snapshot(desk)
    dialog.export_button.click()
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    target = tmp_path / "acme.pdf"
    assert suggested[0].endswith("acme-analytics-2026-11.pdf")
    assert "DRAFT" in pdf_text(target)
    assert "Wrote the draft report" in dialog.message.text()
    assert snapshot(desk) == before  # exporting a draft changes nothing
    dialog.open_button.click()
    assert opened == [target]


def test_issue_asks_first_then_locks_the_month(qtbot, desk, monkeypatch, tmp_path, opened):
    dialog = report_dialog(qtbot, desk, "Acme Analytics", OCTOBER)
    asked: list[str] = []

    def confirm(parent, title, text):
        asked.append(text)
        return True

    monkeypatch.setattr(Prompts, "confirm", confirm)
    monkeypatch.setattr(Prompts, "save_file", lambda *args: tmp_path / "acme-issued.pdf")
    changed: list[bool] = []
    dialog.context.dataChanged.connect(lambda: changed.append(True))
    dialog.issue_button.click()
    qtbot.waitUntil(dialog.open_button.isVisible, timeout=20_000)
    assert changed  # every view learns that the month is locked now
    assert "locks October 2026" in asked[0]
    target = tmp_path / "acme-issued.pdf"
    text = pdf_text(target)
    assert "DRAFT" not in text
    assert "SR-00001-202610" in text
    assert dialog.status.text().startswith("Issued on 2026-11-26 by tester")
    assert not dialog.issue_button.isEnabled()
    assert "was issued for Acme Analytics by tester" in dialog.issue_button.toolTip()
    assert "DRAFT" not in shown_text(dialog)  # the pages are now the issued report
    assert "SR-00001-202610" in shown_text(dialog)
    assert "is now locked" in dialog.message.text()
    with pytest.raises(Refused):
        log(desk, "Acme Analytics", date(2026, 10, 20), "1")
    dialog.open_button.click()
    assert opened == [target]


def test_declining_to_issue_changes_nothing(qtbot, desk, monkeypatch, tmp_path):
    dialog = report_dialog(qtbot, desk, "Acme Analytics", OCTOBER)
    monkeypatch.setattr(Prompts, "confirm", lambda *args: False)
    monkeypatch.setattr(Prompts, "save_file", lambda *args: pytest.fail("asked for a file"))
    before = snapshot(desk)
    dialog.issue_button.click()
    assert snapshot(desk) == before
    assert dialog.issue_button.isEnabled()
    log(desk, "Acme Analytics", date(2026, 10, 20), "1")  # the month is still open


def test_an_export_refused_by_the_service_is_said_inline(qtbot, desk, monkeypatch, tmp_path):
    dialog = report_dialog(qtbot, desk, "Acme Analytics")
    monkeypatch.setattr(Prompts, "save_file", lambda *args: tmp_path / "missing" / "a.pdf")
    dialog.export_button.click()
    qtbot.waitUntil(dialog.message.isVisible, timeout=20_000)
    assert dialog.message.text()
    assert not (tmp_path / "missing").exists()
    assert dialog.export_button.isEnabled()


# --- Reports ▸ Month-end batch… ------------------------------------------------------


def batch_dialog(qtbot, desk: Desk) -> BatchDialog:
    dialog = BatchDialog(desk, context_for(desk, None))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_the_menu_opens_the_batch_dialog(qtbot, desk, parent, monkeypatch):
    opened_with: list[tuple] = []
    monkeypatch.setattr(
        BatchDialog, "run_batch", classmethod(lambda cls, *args: opened_with.append(args))
    )
    context = context_for(desk, None)
    month_end_batch(parent, desk, context)
    assert opened_with == [(parent, desk, context)]


def test_batch_writes_one_pdf_per_customer_with_a_report(qtbot, desk, tmp_path, opened):
    out = tmp_path / "out"
    out.mkdir()
    dialog = batch_dialog(qtbot, desk)
    assert dialog.chosen_month() == NOVEMBER
    dialog.folder.clear()
    qtbot.keyClicks(dialog.folder, str(out))
    with qtbot.waitSignal(dialog.finishedRun, timeout=60_000) as finished:
        dialog.start_button.click()
        assert dialog.running
        assert not dialog.start_button.isEnabled() and dialog.cancel_button.isEnabled()
    result = finished.args[0]
    assert sorted(p.name for p in out.iterdir()) == [
        "acme-analytics-2026-11.pdf",
        "big-bank-2026-11.pdf",
    ]
    assert [item.customer for item in result.written] == ["Acme Analytics", "Big Bank"]
    assert result.skipped == ("Free Co",)
    assert dialog.status.text() == (
        "Wrote 2 reports for November 2026. 1 customer skipped: no monthly report in their "
        "tier that month."
    )
    summary = dialog.summary.toPlainText()
    assert "acme-analytics-2026-11.pdf — Acme Analytics · draft · 6,250.00 USD due" in summary
    assert "Skipped (no monthly report in their tier) (1):\n  Free Co" in summary
    assert dialog.progress.value() == 2
    assert dialog.open_button.isEnabled() and dialog.start_button.isEnabled()
    dialog.open_button.click()
    assert opened == [out]
    dialog.close_button.click()
    assert not dialog.isVisible()


@AFTER_NOVEMBER
def test_batch_with_issue_locks_every_month_it_writes(qtbot, desk, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    monkeypatch.setattr(Prompts, "confirm", lambda *args: True)
    dialog = batch_dialog(qtbot, desk)
    dialog.folder.setText(str(out))
    dialog.issue.click()
    changed: list[bool] = []
    dialog.context.dataChanged.connect(lambda: changed.append(True))
    dialog.start_button.click()
    qtbot.waitUntil(lambda: not dialog.running, timeout=60_000)
    assert changed
    assert "issued now" in dialog.summary.toPlainText()
    for customer in ("Acme Analytics", "Big Bank"):
        with pytest.raises(Refused):
            log(desk, customer, date(2026, 11, 20), "1")


def test_batch_needs_an_existing_folder(qtbot, desk, tmp_path):
    dialog = batch_dialog(qtbot, desk)
    dialog.folder.clear()
    dialog.start_button.click()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Choose the folder the reports go to."
    qtbot.keyClicks(dialog.folder, str(tmp_path / "nowhere"))
    assert not dialog.error.isVisible()
    dialog.start_button.click()
    assert "does not exist" in dialog.error.text()
    assert not dialog.running


def test_batch_cancel_stops_and_says_what_was_not_written(qtbot, desk, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    dialog = batch_dialog(qtbot, desk)
    dialog.folder.setText(str(out))
    with qtbot.waitSignal(dialog.finishedRun, timeout=60_000) as finished:
        dialog.start_button.click()
        # Closing while it runs cancels the run instead of abandoning it.
        dialog.close()
        assert dialog.isVisible()
        assert not dialog.cancel_button.isEnabled()
        assert dialog.status.text().startswith("Cancelling")
    result = finished.args[0]
    assert result.cancelled
    assert dialog.status.text().startswith("Cancelled: wrote 0 reports for November 2026")
    # Cancelled while the figures were gathered: nothing was written, nothing is listed
    # as failed.
    assert "Failed" not in dialog.summary.toPlainText()
    assert list(out.iterdir()) == []
    dialog.close()
    assert not dialog.isVisible()


def test_batch_refused_as_a_whole_is_said_inline(qtbot, desk, tmp_path, monkeypatch):
    out = tmp_path / "out"
    out.mkdir()
    dialog = batch_dialog(qtbot, desk)
    dialog.folder.setText(str(out))

    def refuse(*args, **kwargs):
        raise Refused("The batch could not start.")

    monkeypatch.setattr(desk.reports, "export_all", refuse)
    with qtbot.waitSignal(dialog.finishedRun, timeout=10_000):
        dialog.start_button.click()
    assert dialog.error.text() == "The batch could not start."
    assert dialog.status.text() == "Nothing was written."
    assert dialog.start_button.isEnabled()


def test_months_offered_run_back_from_this_month(qtbot, desk):
    dialog = batch_dialog(qtbot, desk)
    assert dialog.month.count() == report_dialogs.BATCH_MONTHS
    assert dialog.month.itemText(0) == "November 2026"
    assert dialog.month.itemText(1) == "October 2026"


def test_export_monthly_report_buttons_on_customers_and_entitlements(
    qtbot, sqlite_desk, monkeypatch
):
    """The report is one click away from the views where a CSM looks at the month."""
    from accountdesk.gui.views import customers as customers_view
    from accountdesk.gui.views import entitlements as entitlements_view
    from accountdesk.gui.views.customers import CustomersView
    from accountdesk.gui.views.entitlements import EntitlementsView

    opened = []
    for module in (customers_view, entitlements_view):
        monkeypatch.setattr(
            module,
            "export_monthly_report",
            lambda parent, desk, context: opened.append(context.customer_id),
        )
    from datetime import date as day

    from accountdesk.domain.periods import Month
    from accountdesk.domain.tiers import Tier
    from accountdesk.gui.context import DeskContext
    from accountdesk.services.portfolio import NewCustomer

    new_id = sqlite_desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, day(2026, 1, 1))
    )
    context = DeskContext(Month(2026, 11))
    context.set_customer(new_id)
    for view_class in (CustomersView, EntitlementsView):
        view = view_class(sqlite_desk, context)
        qtbot.addWidget(view)
        view.report_button.click()
    assert opened == [new_id, new_id]
