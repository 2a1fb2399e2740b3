"""Record a correction of an entry of an issued month.

The issued statement never changes: the correction is its own entry, linked to the one
it corrects, and the change reaches the client as an adjustment on the next report
issued. The dialog shows that adjustment, as the services compute it, before saving.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from accountdesk import wording
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import parse_duration
from accountdesk.gui import format as fmt
from accountdesk.gui.qtmodels.ledger import hours_for_editing
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.ledger import EntryInfo, Ledger

PREVIEW_AFTER_MS = 250


def typed_seconds(text: str) -> int:
    """The hours the entry should have had; 0 takes it back entirely."""
    if text.strip() in ("0", "0.0", "0.00", "0,0", "0,00", "0:00"):
        return 0
    return parse_duration(text)


def adjustment_text(lines: tuple[AdjustmentLine, ...]) -> str:
    if not lines:
        return QCoreApplication.translate(
            "CorrectionDialog", "No money changes: the month's charges stay as issued."
        )
    parts = []
    for line in lines:
        # One whole phrase per kind and sign: the words around the amount differ.
        if line.kind == "fee":
            phrase = (
                QCoreApplication.translate(
                    "CorrectionDialog", "{month}, the fee: a charge of {amount} USD"
                )
                if line.amount > 0
                else QCoreApplication.translate(
                    "CorrectionDialog", "{month}, the fee: a credit of {amount} USD"
                )
            )
        else:
            phrase = (
                QCoreApplication.translate(
                    "CorrectionDialog",
                    "{month}, {category} overage: a charge of {amount} USD ({hours})",
                )
                if line.amount > 0
                else QCoreApplication.translate(
                    "CorrectionDialog",
                    "{month}, {category} overage: a credit of {amount} USD ({hours})",
                )
            )
        parts.append(
            phrase.format(
                month=wording.month_title(line.month),
                category=wording.category(line.category),
                amount=wording.money(abs(line.amount)),
                hours=wording.hours(line.hours),
            )
        )
    changes = QCoreApplication.translate(
        "CorrectionDialog", "; ", "separates the changes of a list"
    ).join(parts)
    return QCoreApplication.translate(
        "CorrectionDialog", "The next report issued will carry {changes}."
    ).format(changes=changes)


class CorrectionDialog(QDialog):
    """New hours and a reason; the resulting adjustment is shown before saving."""

    def __init__(self, ledger: Ledger, entry: EntryInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Record a correction"))
        self.ledger = ledger
        self.entry = entry
        self.seconds: int | None = None
        about = QLabel(
            self.tr(
                "Entry {entry}: {hours} of {category} for {customer} on {day}, by "
                "{engineer}. Its month is issued, so the entry stays as it is and the "
                "correction is recorded beside it."
            ).format(
                entry=entry.id,
                hours=fmt.hours_text(entry.seconds),
                category=wording.category(entry.category.value).lower(),
                customer=entry.customer,
                day=fmt.day(entry.day),
                engineer=entry.engineer,
            )
        )
        about.setWordWrap(True)
        self.hours_edit = QLineEdit(hours_for_editing(entry.seconds))
        self.hours_edit.setObjectName("correctedHours")
        self.hours_edit.setToolTip(
            self.tr("What the entry should have been; 0 takes it back entirely")
        )
        self.reason_edit = QLineEdit()
        self.reason_edit.setObjectName("correctionReason")
        self.reason_edit.setPlaceholderText(
            self.tr("Why, in a few words (kept with the correction)")
        )
        self.preview = QLabel()
        self.preview.setObjectName("correctionPreview")
        self.preview.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Hours it should have been:"), self.hours_edit)
        form.addRow(self.tr("Reason:"), self.reason_edit)
        layout = QVBoxLayout(self)
        layout.addWidget(about)
        layout.addLayout(form)
        layout.addWidget(self.preview)
        layout.addWidget(self.buttons)
        self._fields = {Field.HOURS: self.hours_edit, Field.REASON: self.reason_edit}
        self._timer = QTimer(self, singleShot=True, interval=PREVIEW_AFTER_MS)
        self._timer.timeout.connect(self.update_preview)
        self.hours_edit.textChanged.connect(lambda _: self._timer.start())
        self.reason_edit.textChanged.connect(lambda _: self._timer.start())
        self.resize(520, self.sizeHint().height())
        self.update_preview()

    def _asked(self) -> tuple[int, str]:
        try:
            seconds = typed_seconds(self.hours_edit.text())
        except Refused as refused:
            raise refused.about(Field.HOURS) from None
        # The preview needs a reason to run the rules; the reason itself is checked on Save.
        return seconds, self.reason_edit.text().strip() or "(preview)"

    def update_preview(self) -> None:
        """What the correction would add to the next report, or why it cannot be made."""
        try:
            seconds, reason = self._asked()
            lines = self.ledger.preview_correction(self.entry.id, seconds, reason)
        except Refused as refused:
            self.preview.setText(str(refused))
            self.preview.setStyleSheet(f"color: {fmt.ERROR_COLOUR}")
            return
        self.preview.setStyleSheet("")
        self.preview.setText(adjustment_text(lines))

    def accept(self) -> None:
        reason = self.reason_edit.text().strip()
        try:
            seconds, _ = self._asked()
            if not reason:
                raise Refused(self.tr("A correction needs a reason."), Field.REASON)
        except Refused as refused:
            self.preview.setText(str(refused))
            self.preview.setStyleSheet(f"color: {fmt.ERROR_COLOUR}")
            widget = self._fields.get(refused.field) if refused.field else None
            if widget is not None:
                widget.setFocus()
            return
        self.seconds = seconds
        super().accept()

    @property
    def reason(self) -> str:
        return self.reason_edit.text().strip()
