"""A support case's dialog: a new case, or one step on a selected case (its first
response, a wait on the customer, an escalation with its reason, its resolution).

Times are typed on the customer's clock (their time zone is named beside each field).
The dialog carries the step out itself, as an undoable command on the window's stack,
when the user confirms: a refusal is shown under the form with the cursor in the field
it names, and the dialog stays open with what was typed.
"""

from __future__ import annotations

from datetime import UTC, datetime
from enum import StrEnum
from zoneinfo import ZoneInfo

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.sla import ESCALATION_LEVELS
from accountdesk.domain.tiers import Severity
from accountdesk.gui import format
from accountdesk.gui.qtmodels.cases import local_time
from accountdesk.gui.undo import (
    CaseEdits,
    CaseStep,
    EscalateCase,
    OpenCase,
    ResolveCase,
    RespondToCase,
    WaitOnCustomer,
    perform,
)
from accountdesk.services.cases import CaseInfo
from accountdesk.services.ledger_browser import CustomerName

ERROR_STYLE = f"color: {format.ERROR_COLOUR}; font-weight: bold;"
TIME_FORMAT = "yyyy-MM-dd HH:mm"


class Step(StrEnum):
    NEW = "new"
    RESPOND = "respond"
    WAIT = "wait"
    ESCALATE = "escalate"
    RESOLVE = "resolve"


# The window's title and the confirming button's text, translated where shown.
TITLES = {
    Step.NEW: (
        str(QT_TRANSLATE_NOOP("CaseDialog", "New case")),
        str(QT_TRANSLATE_NOOP("CaseDialog", "Open case")),
    ),
    Step.RESPOND: (
        str(QT_TRANSLATE_NOOP("CaseDialog", "First response")),
        str(QT_TRANSLATE_NOOP("CaseDialog", "Record response")),
    ),
    Step.WAIT: (
        str(QT_TRANSLATE_NOOP("CaseDialog", "Waiting on the customer")),
        str(QT_TRANSLATE_NOOP("CaseDialog", "Record wait")),
    ),
    Step.ESCALATE: (
        str(QT_TRANSLATE_NOOP("CaseDialog", "Escalate")),
        str(QT_TRANSLATE_NOOP("CaseDialog", "Escalate")),
    ),
    Step.RESOLVE: (
        str(QT_TRANSLATE_NOOP("CaseDialog", "Resolve")),
        str(QT_TRANSLATE_NOOP("CaseDialog", "Resolve")),
    ),
}


class CaseDialog(QDialog):
    def __init__(
        self,
        desk: Desk,
        stack: QUndoStack,
        edits: CaseEdits,
        step: Step,
        case: CaseInfo | None = None,
        customers: list[CustomerName] | None = None,
        customer_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        if (case is None) != (step is Step.NEW):
            raise ValueError("A new case has no case yet; every other step needs one.")
        self.desk, self.stack, self.edits = desk, stack, edits
        self.step = step
        self.case = case
        self.done_case: CaseInfo | None = None  # the case as the step left it
        title, ok_text = TITLES[step]
        self.setWindowTitle(QCoreApplication.translate("CaseDialog", title))
        self.setMinimumWidth(520)

        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        outer.addWidget(self.heading)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        outer.addWidget(self.facts)
        self.form = QFormLayout()
        outer.addLayout(self.form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(QCoreApplication.translate("CaseDialog", ok_text))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.zone_labels: list[QLabel] = []
        self.zone = ZoneInfo(case.timezone if case is not None else "UTC")
        self.fields: dict[Field, QWidget] = {}
        if step is Step.NEW:
            self._new_case(customers or [], customer_id)
        else:
            assert case is not None
            self._case_step(case)

    # ------------------------------------------------------------ building

    def _time_field(self, label: str) -> QDateTimeEdit:
        edit = QDateTimeEdit()
        edit.setDisplayFormat(TIME_FORMAT)
        edit.setCalendarPopup(True)
        zone = QLabel()
        self.zone_labels.append(zone)
        row = QHBoxLayout()
        row.addWidget(edit, 1)
        row.addWidget(zone)
        caption = QLabel(label)  # its own label: a row of a layout gets no buddy
        caption.setBuddy(edit)
        self.form.addRow(caption, row)
        self._set_time(edit, self.desk.clock.now())
        return edit

    def _set_time(self, edit: QDateTimeEdit, moment: datetime) -> None:
        here = moment.astimezone(self.zone)
        edit.setDateTime(
            QDateTime(QDate(here.year, here.month, here.day), QTime(here.hour, here.minute))
        )

    def _new_case(self, customers: list[CustomerName], customer_id: int | None) -> None:
        self.heading.setText(self.tr("A new support case"))
        self.facts.setText(
            self.tr(
                "Its response target is the tier's for the severity, counted from the time it "
                "opened, on the customer's clock."
            )
        )
        self.customer = QComboBox()
        for each in customers:
            self.customer.addItem(each.name, each.id)
        index = self.customer.findData(customer_id)
        self.customer.setCurrentIndex(max(0, index))
        self.severity = QComboBox()
        for severity in Severity:
            self.severity.addItem(severity.label, severity.value)
        self.severity.setCurrentIndex(self.severity.findData(Severity.NORMAL.value))
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("What the customer reported"))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(
            self.tr("The help desk's ticket number, or the next CASE-n")
        )
        self.form.addRow(self.tr("&Customer:"), self.customer)
        self.form.addRow(self.tr("&Severity:"), self.severity)
        self.form.addRow(self.tr("&Title:"), self.title)
        self.form.addRow(self.tr("&Reference:"), self.reference)
        self.at = self._time_field(self.tr("&Opened:"))
        self.fields = {
            Field.CUSTOMER: self.customer,
            Field.SEVERITY: self.severity,
            Field.TITLE: self.title,
            Field.REFERENCE: self.reference,
            Field.AT: self.at,
        }
        self.customer.currentIndexChanged.connect(self._customer_chosen)
        self.title.textChanged.connect(self.error.hide)
        self._customer_chosen()
        self.title.setFocus()

    def _customer_chosen(self) -> None:
        customer_id = self.customer.currentData()
        if customer_id is None:
            return
        at = self._moment(self.at)
        self.zone = ZoneInfo(self.desk.portfolio.customer(int(customer_id)).timezone)
        self._set_time(self.at, at)  # the same instant, on the new customer's clock
        self._name_zone()

    def _name_zone(self) -> None:
        for label in self.zone_labels:
            label.setText(str(self.zone))

    def _case_step(self, case: CaseInfo) -> None:
        self.heading.setText(f"{case.reference} · {case.customer}: {case.title}")
        facts = [
            self.tr("{severity}, level {level} ({escalation})").format(
                severity=case.severity.label,
                level=case.escalation_level,
                escalation=ESCALATION_LEVELS[case.escalation_level],
            ),
            self.tr("opened {when}").format(when=local_time(case.opened_at, case.timezone)),
        ]
        if case.due is not None:
            facts.append(
                self.tr("response due {when}").format(when=local_time(case.due, case.timezone))
            )
        if case.first_response_at is not None:
            facts.append(
                self.tr("answered {when}").format(
                    when=local_time(case.first_response_at, case.timezone)
                )
            )
        self.facts.setText(" · ".join(facts))
        if self.step in (Step.RESPOND, Step.RESOLVE):
            self.at = self._time_field(
                self.tr("&At:") if self.step is Step.RESPOND else self.tr("&Resolved:")
            )
            self.fields = {Field.AT: self.at}
            self.at.setFocus()
        elif self.step is Step.WAIT:
            self.start = self._time_field(self.tr("&From:"))
            self.until = self._time_field(self.tr("&Until:"))
            self._set_time(self.start, max(case.opened_at, self.desk.clock.now()))
            self.fields = {Field.FROM: self.start, Field.UNTIL: self.until}
            self.start.setFocus()
        else:
            self.level = QComboBox()
            for level, who in ESCALATION_LEVELS.items():
                self.level.addItem(f"{level} — {who}", level)
            self.level.setCurrentIndex(min(case.escalation_level, len(ESCALATION_LEVELS) - 1))
            self.reason = QLineEdit()
            self.reason.setPlaceholderText(self.tr("Why it goes up (kept in the case's history)"))
            self.form.addRow(self.tr("&Level:"), self.level)
            self.form.addRow(self.tr("Rea&son:"), self.reason)
            self.fields = {Field.LEVEL: self.level, Field.REASON: self.reason}
            self.reason.setFocus()
        self._name_zone()

    # ------------------------------------------------------------ values

    def _moment(self, edit: QDateTimeEdit) -> datetime:
        """The moment in a time field, on the customer's clock."""
        shown = edit.dateTime()
        day, clock = shown.date(), shown.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.zone
        ).astimezone(UTC)

    def set_moment(self, edit: QDateTimeEdit, moment: datetime) -> None:
        """Put an instant in a time field, on the customer's clock (for tests and
        callers that know the time)."""
        self._set_time(edit, moment)

    def command(self) -> OpenCase | CaseStep:
        if self.step is Step.NEW:
            return OpenCase(
                self.edits,
                int(self.customer.currentData()),
                self.customer.currentText(),
                str(self.severity.currentData()),
                self.title.text(),
                self.reference.text().strip(),
                self._moment(self.at),
            )
        assert self.case is not None
        if self.step is Step.RESPOND:
            return RespondToCase(self.edits, self.case, self._moment(self.at))
        if self.step is Step.RESOLVE:
            return ResolveCase(self.edits, self.case, self._moment(self.at))
        if self.step is Step.WAIT:
            return WaitOnCustomer(
                self.edits, self.case, self._moment(self.start), self._moment(self.until)
            )
        return EscalateCase(
            self.edits, self.case, int(self.level.currentData()), self.reason.text()
        )

    # ------------------------------------------------------------ confirming

    def accept(self) -> None:
        if self.step is Step.NEW and self.customer.currentData() is None:
            self.show_refusal(
                Refused(self.tr("Add a customer before opening a case."), Field.CUSTOMER)
            )
            return
        command = self.command()
        try:
            perform(self.stack, command)
        except Refused as refused:
            self.show_refusal(refused)
            return
        self.done_case = command.opened if isinstance(command, OpenCase) else command.after
        super().accept()

    def show_refusal(self, refused: Refused) -> None:
        """The sentence under the form, the cursor in the field it names."""
        self.error.setText(refused.message)
        self.error.show()
        field = None if refused.field is None else self.fields.get(refused.field)
        if field is not None:
            field.setFocus()
            if isinstance(field, QLineEdit):
                field.selectAll()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    # Tests replace this instead of clicking through a modal dialog.

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        desk: Desk,
        stack: QUndoStack,
        edits: CaseEdits,
        step: Step,
        case: CaseInfo | None = None,
        customers: list[CustomerName] | None = None,
        customer_id: int | None = None,
    ) -> CaseInfo | None:
        """Carry the step out through the dialog; the case as it left it, None when
        dismissed."""
        dialog = cls(desk, stack, edits, step, case, customers, customer_id, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.done_case if accepted else None
        finally:
            dialog.deleteLater()
