"""Monthly service reports from the window: one customer's report (preview, export,
issue) and the month-end batch for every customer.

Writing a PDF, and above all a batch, runs off the GUI thread; the window stays
usable. Issuing locks the customer's month, so it is always confirmed first.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QLocale,
    QPointF,
    QSettings,
    QStandardPaths,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QCloseEvent, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.periods import Month
from accountdesk.gui import format, settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import Cancelled, Progress, Task, Work, run_task
from accountdesk.gui.uiload import child, load_ui
from accountdesk.reports import MonthlyReportData
from accountdesk.services.reports import (
    BatchItem,
    BatchResult,
    ReportResult,
    Reports,
    build_report,
    file_names,
)
from accountdesk.wording import month_title

if TYPE_CHECKING:
    from PySide6.QtPdfWidgets import QPdfView

BATCH_MONTHS = 24  # how far back the batch offers months
ERROR_STYLE = f"color: {format.ERROR_COLOUR};"


class SystemViewer:
    """Opens files and folders in the desktop's own applications. Tests replace `open`."""

    @classmethod
    def open(cls, path: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def _remembered_folder() -> Path | None:
    value = QSettings().value(settings.REPORTS_FOLDER, "")
    if isinstance(value, str) and value and Path(value).is_dir():
        return Path(value)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents) if documents and Path(documents).is_dir() else None


def _remember_folder(folder: Path) -> None:
    QSettings().setValue(settings.REPORTS_FOLDER, str(folder))


def _bold(label: QLabel, scale: float = 1.0) -> None:
    font = label.font()
    font.setBold(True)
    if scale != 1.0:
        font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)


# --- one customer's report ------------------------------------------------------


@dataclass(frozen=True)
class ReportPreview:
    """What the preview shows, gathered off the window's thread: the figures an export
    writes (a draft until the month is issued, the issued statement after), the PDF
    built from them, and why the month cannot be issued now (None: it can)."""

    figures: MonthlyReportData
    pdf: bytes
    pages: int
    issue_blocker: str | None


def gather_preview(reports: Reports, ref: int, month: Month) -> ReportPreview:
    """The preview of a customer's month (slow: builds the PDF; run it as a task)."""
    figures = reports.figures(ref, month)
    built = build_report(figures)
    return ReportPreview(figures, built.pdf, built.pages, reports.issue_blocker(ref, month))


def export_monthly_report(parent: QWidget, desk: Desk, context: DeskContext) -> None:
    """Reports ▸ Monthly report for this customer…"""
    customer_id = context.customer_id
    if customer_id is None:
        Prompts.info(
            parent,
            QCoreApplication.translate(
                "MonthlyReportDialog",
                "Choose a customer in the toolbar first: a monthly report is about one "
                "customer. For every customer at once, use Reports ▸ Month-end batch….",
            ),
        )
        return
    month = context.month
    reports = desk.reports

    def show(preview: ReportPreview) -> None:
        # Opened once the task has finished with, not from inside its callback.
        QTimer.singleShot(
            0, lambda: MonthlyReportDialog.show_report(parent, desk, context, month, preview)
        )

    run_task(
        parent,
        QCoreApplication.translate("MonthlyReportDialog", "Building the report…"),
        lambda progress, cancelled: gather_preview(reports, customer_id, month),
        show,
        lambda text: Prompts.error(parent, text),
        dialog=True,
        cancellable=False,
    )


class MonthlyReportDialog(QDialog):
    """The customer's monthly report as its PDF pages, with Export… and Issue… beside
    them. The pages are the PDF an export writes; after issuing, they are the issued
    report."""

    def __init__(
        self,
        desk: Desk,
        context: DeskContext,
        month: Month,
        preview: ReportPreview,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.desk = desk
        self.context = context
        self.month = month
        self.preview = preview
        self.written: Path | None = None  # the PDF written last, for "Open PDF"
        self.setWindowTitle(self.tr("Monthly service report"))
        form = load_ui("report_dialog.ui", self)
        self.heading: QLabel = child(form, QLabel, "heading")
        self.status: QLabel = child(form, QLabel, "status")
        self.page_count: QLabel = child(form, QLabel, "pageCount")
        self.issue_reason: QLabel = child(form, QLabel, "issueReason")
        self.message: QLabel = child(form, QLabel, "message")
        self.open_button: QPushButton = child(form, QPushButton, "openPdf")
        self.export_button: QPushButton = child(form, QPushButton, "export")
        self.issue_button: QPushButton = child(form, QPushButton, "issue")
        self.close_button: QPushButton = child(form, QPushButton, "close")
        # The pages: Qt's PDF view, every page one under the other, as wide as the view.
        # Qt PDF is loaded here, when a report is first shown, not at start-up.
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self.document = QPdfDocument(self)
        self._source: QBuffer | None = None  # what the document reads; kept alive
        self.pages: QPdfView = QPdfView(child(form, QWidget, "pages"))
        self.pages.setObjectName("pageView")
        self.pages.setDocument(self.document)
        self.pages.setPageMode(QPdfView.PageMode.MultiPage)
        self.pages.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.pages.setPageSpacing(12)
        self.pages.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Page Up/Down scroll
        form_pages = child(form, QWidget, "pages").layout()
        if form_pages is not None:
            form_pages.addWidget(self.pages)
        self.pages.pageNavigator().currentPageChanged.connect(lambda _: self._show_page())
        _bold(self.heading, 1.3)
        self.open_button.hide()
        self.message.hide()
        self.export_button.clicked.connect(self.export)
        self.issue_button.clicked.connect(self.issue)
        self.open_button.clicked.connect(self.open_pdf)
        self.close_button.clicked.connect(self.accept)
        self.export_button.setDefault(True)
        self._fill()
        self._fit_screen()
        self.pages.setFocus()

    @classmethod
    def show_report(
        cls,
        parent: QWidget | None,
        desk: Desk,
        context: DeskContext,
        month: Month,
        preview: ReportPreview,
    ) -> None:
        dialog = cls(desk, context, month, preview, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    def _fit_screen(self) -> None:
        """Tall enough to read a page, and no bigger than the screen."""
        width, height = 980, 860
        screen = self.screen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width() - 40), min(height, room.height() - 60)
        self.resize(width, height)

    # ------------------------------------------------------------ the pages

    def _fill(self) -> None:
        preview = self.preview
        data = preview.figures
        self.heading.setText(f"{data.customer} — {month_title(data.month)}")
        if data.draft:
            self.status.setText(
                self.tr(
                    "Draft: built from the live ledger; every page is marked DRAFT until the "
                    "month is issued."
                )
            )
        else:
            issued = data.issued_at.date().isoformat() if data.issued_at else ""
            self.status.setText(
                self.tr(
                    "Issued on {day} by {person} as report {report}. The month is locked; an "
                    "export gives exactly the report that was issued."
                ).format(day=issued, person=data.issued_by, report=data.report_id)
            )
        self._load_pages(preview.pdf)
        blocker = preview.issue_blocker
        self.issue_button.setEnabled(blocker is None)
        self.issue_button.setToolTip(
            blocker
            or self.tr("Issue the report: write the final PDF and lock the customer's month")
        )
        # Said beside the button while the month is a draft; once issued, the status says it.
        self.issue_reason.setText(blocker or "")
        self.issue_reason.setVisible(bool(blocker) and data.draft)

    def _load_pages(self, pdf: bytes) -> None:
        self.document.close()
        source = QBuffer(self)
        source.setData(QByteArray(pdf))
        source.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document.load(source)
        if self._source is not None:
            self._source.deleteLater()
        self._source = source
        self.pages.pageNavigator().jump(0, QPointF(), 0)
        self._show_page()

    def _show_page(self) -> None:
        count = self.document.pageCount()
        if count <= 0:
            self.page_count.setText(
                self.tr("The pages could not be shown; export the PDF to read it.")
            )
            return
        current = self.pages.pageNavigator().currentPage() + 1
        self.page_count.setText(self.tr("Page {page} of {pages}").format(page=current, pages=count))

    def _say(self, text: str, error: bool = False) -> None:
        self.message.setText(text)
        self.message.setStyleSheet(ERROR_STYLE if error else "")
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------ actions

    def _target(self, caption: str) -> Path | None:
        data = self.preview.figures
        name = file_names([(data.customer_id, data.customer)], self.month)[data.customer_id]
        folder = _remembered_folder()
        suggested = str(folder / name) if folder else name
        target = Prompts.save_file(self, caption, suggested, self.tr("PDF files (*.pdf)"))
        if target is None:
            return None
        if not target.suffix:
            target = target.with_suffix(".pdf")
        if target.parent.is_dir():
            _remember_folder(target.parent)
        return target

    def _busy(self, busy: bool) -> None:
        self.export_button.setEnabled(not busy)
        self.issue_button.setEnabled(not busy and self.preview.issue_blocker is None)

    def export(self) -> None:
        target = self._target(self.tr("Export the monthly report"))
        if target is None:
            return
        reports, customer_id, month = (
            self.desk.reports,
            self.preview.figures.customer_id,
            self.month,
        )

        def work(progress: Progress, cancelled: Cancelled) -> tuple[ReportResult, None]:
            return reports.export(customer_id, month, target), None

        self._run(self.tr("Writing the report…"), work)

    def issue(self) -> None:
        data = self.preview.figures
        title = month_title(data.month)
        if not Prompts.confirm(
            self,
            self.tr("Issue the monthly report"),
            self.tr(
                "Issuing the {month} report for {customer} locks {month} for this "
                "customer: hours dated in it can no longer be logged, changed or deleted, and "
                "the report becomes final (a later export gives exactly the same report). "
                "Corrections then go into the next open month.\n\nIssue it now?"
            ).format(month=title, customer=data.customer),
        ):
            return
        target = self._target(self.tr("Issue the monthly report"))
        if target is None:
            return
        reports, customer_id, month = self.desk.reports, data.customer_id, self.month

        def work(progress: Progress, cancelled: Cancelled) -> tuple[ReportResult, ReportPreview]:
            result = reports.issue(customer_id, month, target)
            return result, gather_preview(reports, customer_id, month)

        self._run(self.tr("Issuing the report…"), work)

    def _run(self, title: str, work: Work) -> None:
        self._busy(True)
        self._say("")
        run_task(self, title, work, self._written, self._failed, dialog=True, cancellable=False)

    def _written(self, outcome: tuple[ReportResult, ReportPreview | None]) -> None:
        result, preview = outcome
        if preview is not None:
            self.preview = preview
            self._fill()
        self._busy(False)
        self.written = result.path
        pages = self.tr("%Ln pages", "", result.pages)
        if result.issued_now:
            self._say(
                self.tr(
                    "Issued report {report} ({pages}) and wrote it to {file}. {month} is now "
                    "locked for {customer}."
                ).format(
                    report=result.report_id,
                    pages=pages,
                    file=result.path,
                    month=month_title(result.month),
                    customer=result.customer,
                )
            )
            self.context.notify_changed()
        elif result.draft:
            self._say(
                self.tr("Wrote the draft report ({pages}) to {file}.").format(
                    pages=pages, file=result.path
                )
            )
        elif result.matches_issued:
            self._say(
                self.tr(
                    "Wrote issued report {report} ({pages}) to {file} — the same file that was "
                    "issued."
                ).format(report=result.report_id, pages=pages, file=result.path)
            )
        else:
            self._say(
                self.tr("Wrote issued report {report} ({pages}) to {file}.").format(
                    report=result.report_id, pages=pages, file=result.path
                )
            )
        self.open_button.show()
        self.open_button.setFocus()

    def _failed(self, text: str) -> None:
        self._busy(False)
        self._say(text, error=True)

    def open_pdf(self) -> None:
        if self.written is not None and not SystemViewer.open(self.written):
            self._say(
                self.tr("No application opened {file}; open it from its folder.").format(
                    file=self.written
                ),
                True,
            )


# --- the month-end batch --------------------------------------------------------


def month_end_batch(parent: QWidget, desk: Desk, context: DeskContext) -> None:
    """Reports ▸ Month-end batch…"""
    BatchDialog.run_batch(parent, desk, context)


def _batch_work(desk: Desk, month: Month, folder: Path, issue: bool) -> Work:
    """`export_all` as a task's work, its progress thinned out: about two hundred updates
    for the whole run, enough to look smooth, few enough that thousands of customers do
    not flood the GUI thread."""

    def work(progress: Progress, cancelled: Cancelled) -> BatchResult:
        def thinned(done: int, total: int, customer: str) -> None:
            step = max(1, total // 200)
            if done == total or done % step == 0:
                progress(done, total, customer)

        return desk.reports.export_all(month, folder, issue, thinned, cancelled)

    return work


class BatchDialog(QDialog):
    finishedRun = Signal(object)  # BatchResult, or None when the run failed as a whole

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.desk = desk
        self.context = context
        self.outcome: BatchResult | None = None
        self._run: Task | None = None
        self.setWindowTitle(self.tr("Month-end batch"))
        form = load_ui("batch_dialog.ui", self)
        self.month: QComboBox = child(form, QComboBox, "month")
        self.folder: QLineEdit = child(form, QLineEdit, "folder")
        self.choose_button: QPushButton = child(form, QPushButton, "chooseFolder")
        self.issue: QCheckBox = child(form, QCheckBox, "issue")
        self.error: QLabel = child(form, QLabel, "error")
        self.progress: QProgressBar = child(form, QProgressBar, "progress")
        self.status: QLabel = child(form, QLabel, "status")
        self.summary: QPlainTextEdit = child(form, QPlainTextEdit, "summary")
        self.open_button: QPushButton = child(form, QPushButton, "openFolder")
        self.start_button: QPushButton = child(form, QPushButton, "start")
        self.cancel_button: QPushButton = child(form, QPushButton, "cancel")
        self.close_button: QPushButton = child(form, QPushButton, "close")
        newest = Month.of(desk.clock.today())
        month = newest
        for _ in range(BATCH_MONTHS):
            self.month.addItem(month_title(month.label), month)
            month = month.previous()
        chosen = self.month.findText(month_title(context.month.label))
        self.month.setCurrentIndex(max(chosen, 0))
        remembered = _remembered_folder()
        self.folder.setText(str(remembered) if remembered else "")
        self.error.hide()
        self.progress.hide()
        self.status.setText(self.tr("Choose the month and the folder, then Start."))
        self.open_button.setEnabled(False)
        self.cancel_button.setEnabled(False)

        self.choose_button.clicked.connect(self.choose_folder)
        self.start_button.clicked.connect(self.start)
        self.cancel_button.clicked.connect(self.cancel)
        self.close_button.clicked.connect(self.reject)
        self.open_button.clicked.connect(self.open_folder)
        self.folder.textChanged.connect(self.error.hide)
        self.resize(680, 540)

    @classmethod
    def run_batch(cls, parent: QWidget | None, desk: Desk, context: DeskContext) -> None:
        dialog = cls(desk, context, parent)
        try:
            dialog.exec()
        finally:
            dialog.deleteLater()

    @property
    def running(self) -> bool:
        return self._run is not None

    def chosen_month(self) -> Month:
        month = self.month.currentData()
        assert isinstance(month, Month)
        return month

    def choose_folder(self) -> None:
        chosen = Prompts.folder(self, self.tr("Folder for the monthly reports"), self.folder.text())
        if chosen is not None:
            self.folder.setText(str(chosen))

    def _error(self, text: str) -> None:
        self.error.setText(text)
        self.error.setVisible(bool(text))

    # ------------------------------------------------------------ running

    def start(self) -> None:
        if self.running:
            return
        text = self.folder.text().strip()
        if not text:
            self._error(self.tr("Choose the folder the reports go to."))
            self.folder.setFocus()
            return
        folder = Path(text).expanduser()
        if not folder.is_dir():
            self._error(
                self.tr("The folder {folder} does not exist; choose another.").format(
                    folder=repr(str(folder))
                )
            )
            self.folder.setFocus()
            return
        month = self.chosen_month()
        issue = self.issue.isChecked()
        title = month_title(month.label)
        if issue and not Prompts.confirm(
            self,
            self.tr("Issue every report"),
            self.tr(
                "Issuing locks {month} for every customer whose report is written: hours dated "
                "in it can no longer be logged, changed or deleted, and each report becomes "
                "final. Months already issued are exported again as they were issued.\n\n"
                "Issue the {month} reports now?"
            ).format(month=title),
        ):
            return
        _remember_folder(folder)
        self._error("")
        self.outcome = None
        self.summary.clear()
        self.progress.setRange(0, 0)  # busy until the first report is counted
        self.progress.show()
        self.status.setText(self.tr("Gathering the figures for {month}…").format(month=title))
        self._set_inputs(False)
        self._run = run_task(
            self,
            self.tr("Writing the {month} reports…").format(month=title),
            _batch_work(self.desk, month, folder, issue),
            self._succeeded,
            self._failed,
            progressed=self._progressed,
        )

    def _set_inputs(self, enabled: bool) -> None:
        for widget in (self.month, self.folder, self.choose_button, self.issue):
            widget.setEnabled(enabled)
        self.start_button.setEnabled(enabled)
        self.close_button.setEnabled(enabled)
        self.cancel_button.setEnabled(not enabled)
        self.open_button.setEnabled(enabled and self.outcome is not None)

    def cancel(self) -> None:
        if self._run is None:
            return
        self._run.cancel()
        self.cancel_button.setEnabled(False)
        self.status.setText(self.tr("Cancelling: reports already written stay written…"))

    def _progressed(self, done: int, total: int, customer: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)
        if self.cancel_button.isEnabled():
            self.status.setText(
                self.tr("{done} of {total} done — {customer}").format(
                    done=QLocale().toString(done),
                    total=QLocale().toString(total),
                    customer=customer,
                )
            )

    def _finish(self) -> None:
        self._run = None

    def _succeeded(self, result: BatchResult) -> None:
        self._finish()
        self.outcome = result
        self._set_inputs(True)
        self.progress.setRange(0, max(len(result.items), 1))
        self.progress.setValue(len(result.written))
        self.status.setText(self._headline(result))
        self.summary.setPlainText(self._details(result))
        if any(item.result is not None and item.result.issued_now for item in result.items):
            self.context.notify_changed()
        self.open_button.setFocus()
        self.finishedRun.emit(result)

    def _failed(self, text: str) -> None:
        self._finish()
        self._set_inputs(True)
        self.progress.hide()
        self.status.setText(self.tr("Nothing was written."))
        self._error(text)
        self.finishedRun.emit(None)

    def _headline(self, result: BatchResult) -> str:
        title = month_title(result.month)
        written = len(result.written)
        not_written = [item for item in result.failed if item.cancelled]
        failed = len(result.failed) - len(not_written)
        parts = [
            self.tr(
                "Cancelled: wrote %Ln reports for {month}; {missing} not written.", "", written
            ).format(month=title, missing=QLocale().toString(len(not_written)))
            if result.cancelled
            else self.tr("Wrote %Ln reports for {month}.", "", written).format(month=title)
        ]
        if failed:
            parts.append(
                self.tr("{count} failed (reasons below).").format(count=QLocale().toString(failed))
            )
        if result.skipped:
            parts.append(
                self.tr(
                    "%Ln customers skipped: no monthly report in their tier that month.",
                    "",
                    len(result.skipped),
                )
            )
        return " ".join(parts)

    def _details(self, result: BatchResult) -> str:
        def written(item: BatchItem) -> str:
            report = item.result
            if report is None:
                return f"  {item.path.name} — {item.customer}"
            if report.issued_now:
                kind = self.tr("issued now")
            else:
                kind = self.tr("draft") if report.draft else self.tr("issued")
            due = self.tr("{amount} due").format(
                amount=format.money(report.total_due, report.currency)
            )
            return f"  {item.path.name} — {item.customer} · {kind} · {due}"

        cancelled = [i for i in result.failed if i.cancelled]
        failed = [i for i in result.failed if not i.cancelled]
        sections = [
            (self.tr("Failed"), [f"  {i.customer} — {i.error}" for i in failed]),
            (self.tr("Not written (cancelled)"), [f"  {i.customer}" for i in cancelled]),
            (self.tr("Written"), [written(i) for i in result.written]),
            (
                self.tr("Skipped (no monthly report in their tier)"),
                [f"  {n}" for n in result.skipped],
            ),
        ]
        return "\n\n".join(
            f"{title} ({QLocale().toString(len(lines))}):\n" + "\n".join(lines)
            for title, lines in sections
            if lines
        )

    def open_folder(self) -> None:
        folder = Path(self.folder.text().strip()).expanduser()
        if not SystemViewer.open(folder):
            self._error(
                self.tr("No application opened {folder}; open it from your file manager.").format(
                    folder=folder
                )
            )

    # ------------------------------------------------------------ closing

    def reject(self) -> None:
        if self.running:  # a batch under way is cancelled first, never abandoned
            self.cancel()
            return
        super().reject()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.running:
            self.cancel()
            event.ignore()
            return
        super().closeEvent(event)
