"""Recording how a review went: held (a summary for the client, internal notes,
attendees, when it was held) or cancelled (a reason).

The dialog records the outcome itself when the user confirms, so a refusal (a
cancellation without a reason, a review whose time has not come) is shown inline and
the dialog stays open with what was typed; nothing is stored until the service
accepts it. The caller tells the window that data changed.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.reviews import ReviewState
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.reviews import day_text, state_text, time_text
from accountdesk.gui.tasks import saving
from accountdesk.gui.uiload import child, load_ui
from accountdesk.services.reviews import ReviewInfo


class ReviewOutcomeDialog(QDialog):
    def __init__(
        self, desk: Desk, review: ReviewInfo, state: ReviewState, parent: QWidget | None = None
    ) -> None:
        if state not in (ReviewState.HELD, ReviewState.CANCELLED):
            raise ValueError("The dialog records a held or a cancelled review.")
        super().__init__(parent)
        self.desk = desk
        self.review = review
        self.state = state
        self.recorded: ReviewInfo | None = None
        form = load_ui("review_dialog.ui", self)
        self.heading = child(form, QLabel, "heading")
        self.when = child(form, QLabel, "when")
        self.attendees = child(form, QLineEdit, "attendees")
        self.summary = child(form, QPlainTextEdit, "summary")
        self.notes = child(form, QPlainTextEdit, "notes")
        self.reason = child(form, QLineEdit, "reason")
        self.held_at = child(form, QDateTimeEdit, "heldAt")
        zone_label = child(form, QLabel, "heldAtZone")
        self.error = child(form, QLabel, "error")
        self.buttons = child(form, QDialogButtonBox, "buttons")
        fields = child(form, QFormLayout, "fields")
        # The inputs a refusal can name, for the cursor to go to.
        self.fields: dict[Field, QWidget] = {
            Field.REASON: self.reason,
            Field.HELD_AT: self.held_at,
            Field.SUMMARY: self.summary,
            Field.NOTES: self.notes,
        }
        self.zone = review.starts_at.tzinfo
        zone_label.setText(str(self.zone))

        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.15)
        self.heading.setFont(font)
        self.heading.setText(f"{review.kind.label} · {review.customer}")
        self.when.setText(
            self.tr("{day}, {time} ({minutes} minutes) · {state}").format(
                day=day_text(review.due),
                time=time_text(review),
                minutes=review.minutes,
                state=state_text(review, desk.clock.today()).lower(),
            )
        )
        self.error.hide()
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        back = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        if state is ReviewState.HELD:
            self.setWindowTitle(self.tr("Review held"))
            ok.setText(self.tr("Mark held"))
            fields.setRowVisible(self.reason, False)
            # When it was held: as recorded, else its planned time, on the customer's clock.
            shown = review.held_at or review.starts_at
            self.held_at.setDateTime(
                QDateTime(
                    QDate(shown.year, shown.month, shown.day), QTime(shown.hour, shown.minute)
                )
            )
            self.attendees.setText(review.attendees)
            self.summary.setPlainText(review.summary)
            self.notes.setPlainText(review.notes)
            self.summary.setFocus()
        else:
            self.setWindowTitle(self.tr("Cancel the review"))
            ok.setText(self.tr("Cancel the review"))
            back.setText(self.tr("Keep it"))
            fields.setRowVisible(self.attendees, False)
            fields.setRowVisible(self.summary, False)
            fields.setRowVisible(self.notes, False)
            fields.setRowVisible(child(form, QHBoxLayout, "heldAtRow"), False)
            self.reason.setText(review.reason)
            self.reason.setFocus()
        self.reason.textChanged.connect(self.error.hide)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 440 if state is ReviewState.HELD else 180)

    def accept(self) -> None:
        reviews, review = self.desk.reviews, self.review
        try:
            if self.state is ReviewState.HELD:
                summary = self.summary.toPlainText().strip()
                notes = self.notes.toPlainText().strip()
                attendees = self.attendees.text().strip()
                held_at = self.held_at_value()
                self.recorded = saving(
                    lambda: reviews.mark(
                        review.id,
                        ReviewState.HELD,
                        summary=summary,
                        notes=notes,
                        attendees=attendees,
                        held_at=held_at,
                        version=review.version,
                    )
                )
            else:
                reason = self.reason.text()
                self.recorded = saving(
                    lambda: reviews.mark(
                        review.id, ReviewState.CANCELLED, reason=reason, version=review.version
                    )
                )
        except Refused as refused:
            self.error.setText(refused.message)
            self.error.show()
            field = None if refused.field is None else self.fields.get(refused.field)
            if field is not None and field.isVisibleTo(self):
                field.setFocus()
            if refused.field is Field.VERSION and Prompts.reload(self, refused.message):
                self.reload()
                self.error.setText(refused.message)
                self.error.show()
            return
        super().accept()

    def reload(self) -> None:
        """Read the review again (someone else recorded an outcome since)."""
        found = [
            r for r in self.desk.reviews.reviews(self.review.customer_id) if r.id == self.review.id
        ]
        if found:
            self.review = found[0]
            self.attendees.setText(self.review.attendees)
            self.notes.setPlainText(self.review.notes)
            self.reason.setText(self.review.reason)

    def held_at_value(self) -> datetime:
        """The moment in the Held on box, on the customer's clock."""
        shown = self.held_at.dateTime()
        day, clock = shown.date(), shown.time()
        return datetime(
            day.year(), day.month(), day.day(), clock.hour(), clock.minute(), tzinfo=self.zone
        )

    # Tests replace these two instead of clicking through a modal dialog.

    @classmethod
    def held(cls, parent: QWidget | None, desk: Desk, review: ReviewInfo) -> ReviewInfo | None:
        """Ask for a summary, notes and attendees and mark the review held; None when
        dismissed."""
        return cls._ask(parent, desk, review, ReviewState.HELD)

    @classmethod
    def cancelled(cls, parent: QWidget | None, desk: Desk, review: ReviewInfo) -> ReviewInfo | None:
        """Ask for a reason and cancel the review; None when dismissed."""
        return cls._ask(parent, desk, review, ReviewState.CANCELLED)

    @classmethod
    def _ask(
        cls, parent: QWidget | None, desk: Desk, review: ReviewInfo, state: ReviewState
    ) -> ReviewInfo | None:
        dialog = cls(desk, review, state, parent)
        try:
            accepted = dialog.exec() == QDialog.DialogCode.Accepted
            return dialog.recorded if accepted else None
        finally:
            dialog.deleteLater()
