"""The Customers view's dialogs: add or edit a customer, change its tier (with the
effective month's fee and allowances previewed before anything is saved), add a
contact.

Each dialog saves through the services itself, so that a refusal is shown in words
inside the dialog, which stays open with what was typed; nothing is saved then.
`saved` is emitted with the id after a successful save; the caller refreshes the
window (`DeskContext.notify_changed`). The `open_*` classmethods show a dialog
without blocking and return it; tests replace them or drive the returned dialog.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, timedelta
from decimal import Decimal
from zoneinfo import available_timezones

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
)

from accountdesk import wording
from accountdesk.app import Desk
from accountdesk.domain.allowances import AllowanceUsage
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import money_text, parse_money
from accountdesk.domain.periods import Month, Period, Quarter, add_months
from accountdesk.domain.tiers import UNLIMITED, Category, Tier, TierSpec, custom_price
from accountdesk.gui import format as fmt
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.tasks import saving
from accountdesk.gui.uiload import child, load_ui
from accountdesk.services.portfolio import ContactInfo, CustomerDetail, NewCustomer

# The languages the tier catalog offers support in; any two-letter code is accepted.
# The names are translated where shown (context "CustomerDialog").
LANGUAGES = (
    ("en", str(QT_TRANSLATE_NOOP("CustomerDialog", "English"))),
    ("es", str(QT_TRANSLATE_NOOP("CustomerDialog", "Spanish"))),
    ("pt", str(QT_TRANSLATE_NOOP("CustomerDialog", "Portuguese"))),
    ("fr", str(QT_TRANSLATE_NOOP("CustomerDialog", "French"))),
    ("de", str(QT_TRANSLATE_NOOP("CustomerDialog", "German"))),
    ("ja", str(QT_TRANSLATE_NOOP("CustomerDialog", "Japanese"))),
    ("zh", str(QT_TRANSLATE_NOOP("CustomerDialog", "Chinese"))),
)
ERROR_STYLE = f"color: {fmt.ERROR_COLOUR}; font-weight: bold;"
ALLOWANCE_NAMES = {  # (in a table, in a sentence); translated where shown
    Category.CONSULTING: (
        str(QT_TRANSLATE_NOOP("TierChangeDialog", "Consulting")),
        str(QT_TRANSLATE_NOOP("TierChangeDialog", "consulting")),
    ),
    Category.DEVELOPMENT: (
        str(QT_TRANSLATE_NOOP("TierChangeDialog", "Custom development")),
        str(QT_TRANSLATE_NOOP("TierChangeDialog", "custom development")),
    ),
}

_ZONES: list[str] | None = None


def time_zones() -> list[str]:
    """The IANA time zone names, sorted (read once: the tz database does not change)."""
    global _ZONES
    if _ZONES is None:
        _ZONES = sorted(available_timezones())
    return _ZONES


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def completer(words: Sequence[str], parent: QWidget) -> QCompleter:
    found = QCompleter(list(words), parent)
    found.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    found.setFilterMode(Qt.MatchFlag.MatchContains)
    found.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    found.setMaxVisibleItems(12)
    return found


def fee_or_none(text: str) -> Decimal | None:
    """A typed monthly fee; blank means the tier's catalog price."""
    try:
        return parse_money(text, "monthly fee") if text.strip() else None
    except Refused as refused:
        raise refused.about(Field.MONTHLY_FEE) from None


class _FormDialog(QDialog):
    """A dialog built from a `.ui` form with an inline error line and OK / Cancel.

    `fields` maps the inputs a refusal can name to the dialog's widgets for them, so a
    refusal puts the cursor where it can be fixed (`show_refusal`)."""

    tier: QComboBox
    monthly_fee: QLineEdit
    desk: Desk
    fields: dict[Field, QWidget]

    def __init__(self, ui: str, title: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = load_ui(ui, self)
        self.fields = {}
        self.error = child(self.form, QLabel, "error")
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = child(self.form, QDialogButtonBox, "buttons")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.ok_button.setDefault(True)

    def chosen_tier(self) -> Tier:
        # The combo box hands its data back as a plain string.
        return Tier(self.tier.currentData())

    @property
    def ok_button(self) -> QPushButton:
        button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        assert isinstance(button, QPushButton)  # a button box's buttons are push buttons
        return button

    def show_error(self, message: str, field: QWidget | None = None) -> None:
        """Say what is wrong under the form, and put the cursor where it can be fixed."""
        self.error.setText(message)
        self.error.show()
        if field is not None:
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            if isinstance(field, QLineEdit):
                field.selectAll()

    def show_refusal(self, refused: Refused) -> None:
        """Say why the request was refused, with the cursor in the field it names; a
        refusal that names no field of this dialog leaves the cursor where it is."""
        field = None if refused.field is None else self.fields.get(refused.field)
        self.show_error(refused.message, field)
        if refused.field is Field.VERSION and Prompts.reload(self, refused.message):
            self.reload()
            self.show_error(refused.message)  # still said, over what is stored now

    def reload(self) -> None:
        """Read again what the dialog edits (after someone else changed it)."""

    def clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    @property
    def error_text(self) -> str:
        return self.error.text() if self.error.isVisibleTo(self) else ""

    def price_agreed(self, tier: Tier, fee: Decimal | None) -> bool:
        """A fee off the catalog's price is saved only once the user confirms it; if not,
        the cursor goes back to the fee."""
        spec = next((t for t in self.desk.catalog.tiers() if t.key is tier), None)
        unusual = custom_price(spec, fee) if spec is not None else None
        if unusual is None:
            return True
        question = self.tr("{unusual} Agree this custom price for the contract?").format(
            unusual=unusual
        )
        if Prompts.confirm(self, self.tr("Custom price"), question):
            return True
        self.show_error(
            self.tr("The custom price was not agreed; nothing was saved."), self.monthly_fee
        )
        return False


class CustomerDialog(_FormDialog):
    """Add a customer, or edit one's details (not its tier: that is a tier change)."""

    saved = Signal(int)  # the customer's id

    def __init__(
        self,
        desk: Desk,
        detail: CustomerDetail | None = None,
        people: tuple[Sequence[str], Sequence[str]] = ((), ()),
        parent: QWidget | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("CustomerDialog", "New customer")
            if detail is None
            else QCoreApplication.translate("CustomerDialog", "Edit {customer}").format(
                customer=detail.name
            )
        )
        super().__init__("customer_dialog.ui", title, parent)
        self.desk = desk
        self.detail = detail
        self.setMinimumWidth(520)
        form = self.form
        self.name = child(form, QLineEdit, "name")
        self.tier = child(form, QComboBox, "tier")
        self.monthly_fee = child(form, QLineEdit, "monthlyFee")
        self.start = child(form, QDateEdit, "start")
        self.end = child(form, QDateEdit, "end")
        self.open_ended = child(form, QCheckBox, "openEnded")
        self.timezone = child(form, QLineEdit, "timezone")
        self.language = child(form, QComboBox, "language")
        self.csm = child(form, QLineEdit, "csm")
        self.tam = child(form, QLineEdit, "tam")
        self.holiday_calendar = child(form, QLineEdit, "holidayCalendar")
        self.rollover = child(form, QCheckBox, "rollover")
        self.tier_note = child(form, QLabel, "tierNote")
        self.fields = {
            Field.NAME: self.name,
            Field.TIER: self.tier,
            Field.MONTHLY_FEE: self.monthly_fee,
            Field.START: self.start,
            Field.END: self.end,
            Field.TIMEZONE: self.timezone,
            Field.LANGUAGE: self.language,
            Field.CSM: self.csm,
            Field.TAM: self.tam,
            Field.HOLIDAY_CALENDAR: self.holiday_calendar,
            Field.ROLLOVER: self.rollover,
        }

        self._tiers = {spec.key: spec for spec in desk.catalog.tiers()}
        for spec in self._tiers.values():
            self.tier.addItem(spec.name, spec.key)
        for code, language in LANGUAGES:
            name = QCoreApplication.translate("CustomerDialog", language)
            self.language.addItem(f"{code} — {name}", code)
        self.timezone.setCompleter(completer(time_zones(), self))
        csms, tams = people
        self.csm.setCompleter(completer(csms, self))
        self.tam.setCompleter(completer(tams, self))
        self.tier.currentIndexChanged.connect(self._tier_chosen)
        self.open_ended.toggled.connect(lambda on: self.end.setEnabled(not on))
        self._end_follows_start = detail is None
        self.start.dateChanged.connect(self._start_changed)
        self.end.dateChanged.connect(self._end_edited)
        for line in (self.name, self.timezone, self.csm, self.tam, self.holiday_calendar):
            line.textEdited.connect(self.clear_error)
        self.monthly_fee.textEdited.connect(self.clear_error)

        if detail is None:
            self._fill_new()
        else:
            self._fill(detail)
        self.name.setFocus()

    # ------------------------------------------------------------ opening

    @classmethod
    def open_new(
        cls,
        parent: QWidget,
        desk: Desk,
        people: tuple[Sequence[str], Sequence[str]] = ((), ()),
    ) -> CustomerDialog:
        dialog = cls(desk, None, people, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    @classmethod
    def open_edit(
        cls,
        parent: QWidget,
        desk: Desk,
        detail: CustomerDetail,
        people: tuple[Sequence[str], Sequence[str]] = ((), ()),
    ) -> CustomerDialog:
        dialog = cls(desk, detail, people, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # ------------------------------------------------------------ filling

    def _fill_new(self) -> None:
        today = self.desk.clock.today()
        self.tier.setCurrentIndex(max(0, self.tier.findData(Tier.PROFESSIONAL)))
        self._tier_chosen()
        self.start.setDate(qdate(today))
        self.end.setDate(qdate(add_months(today, 12) - timedelta(days=1)))
        self.timezone.setText("UTC")
        self.language.setCurrentIndex(0)
        self.tier_note.hide()
        self.ok_button.setText(self.tr("Add customer"))

    def _fill(self, detail: CustomerDetail) -> None:
        s = detail.summary
        self.name.setText(s.name)
        self.tier.setCurrentIndex(max(0, self.tier.findData(s.tier)))
        today = self.desk.clock.today()
        current = next(
            (
                t
                for t in detail.terms
                if t.effective_from <= today and (t.effective_to is None or today <= t.effective_to)
            ),
            detail.terms[-1] if detail.terms else None,
        )
        if current is not None:
            self.monthly_fee.setText(money_text(current.monthly_fee))
        self.tier.setEnabled(False)
        self.monthly_fee.setEnabled(False)
        self.start.setDate(qdate(s.start))
        self.end.setDate(qdate(s.end or add_months(s.start, 12) - timedelta(days=1)))
        self.open_ended.setChecked(s.end is None)
        self.timezone.setText(detail.timezone)
        index = self.language.findData(detail.language)
        if index >= 0:
            self.language.setCurrentIndex(index)
        else:
            self.language.setEditText(detail.language)
        self.csm.setText(s.csm or "")
        self.tam.setText(s.tam or "")
        self.holiday_calendar.setText(detail.holiday_calendar or "")
        self.rollover.setChecked(detail.rollover)
        self.ok_button.setText(self.tr("Save"))

    def _tier_chosen(self, *_: object) -> None:
        spec = self._tiers.get(self.chosen_tier())
        if spec is not None:
            placeholder = (
                self.tr("{fee} ({tier}'s starting price)")
                if spec.fee_is_starting_price
                else self.tr("{fee} ({tier}'s price)")
            )
            self.monthly_fee.setPlaceholderText(
                placeholder.format(fee=money_text(spec.monthly_fee), tier=spec.name)
            )

    def _start_changed(self, value: QDate) -> None:
        self.clear_error()
        if self._end_follows_start:
            self.end.blockSignals(True)
            self.end.setDate(qdate(add_months(pydate(value), 12) - timedelta(days=1)))
            self.end.blockSignals(False)

    def _end_edited(self, _: QDate) -> None:
        self.clear_error()
        self._end_follows_start = False

    def reload(self) -> None:
        if self.detail is not None:
            self.detail = self.desk.portfolio.customer(self.detail.id)
            self._fill(self.detail)

    # ------------------------------------------------------------ saving

    def language_code(self) -> str:
        text = self.language.currentText().strip()
        index = self.language.findText(text)
        if index >= 0:
            return str(self.language.itemData(index))
        return text.split()[0] if text else ""

    def accept(self) -> None:
        try:
            fee = fee_or_none(self.monthly_fee.text()) if self.detail is None else None
        except Refused as refused:
            self.show_refusal(refused)
            return
        end = None if self.open_ended.isChecked() else pydate(self.end.date())
        fields = {
            "name": self.name.text(),
            "start": pydate(self.start.date()),
            "end": end,
            "timezone": self.timezone.text().strip(),
            "language": self.language_code(),
            "csm": self.csm.text(),
            "tam": self.tam.text(),
            "holiday_calendar": self.holiday_calendar.text().strip() or None,
            "rollover": self.rollover.isChecked(),
        }
        if self.detail is None and not self.price_agreed(self.chosen_tier(), fee):
            return
        portfolio, detail = self.desk.portfolio, self.detail
        try:
            if detail is None:
                new = NewCustomer(tier=self.chosen_tier(), monthly_fee=fee, **fields)  # type: ignore[arg-type]
                customer_id = saving(lambda: portfolio.add_customer(new))
            else:
                version = detail.version  # refused once someone changed it since
                customer_id = saving(
                    lambda: portfolio.update_customer(detail.id, fields, version).id
                )
        except Refused as refused:
            self.show_refusal(refused)
            return
        self.saved.emit(customer_id)
        super().accept()


class TierChangeDialog(_FormDialog):
    """Upgrade or downgrade from a date; the effective month's fee and allowances are
    shown before and after (prorated by days) while the choice is being made."""

    saved = Signal(int)  # the customer's id
    PREVIEW_DELAY_MS = 150  # typing a date fires on every digit; wait for a pause

    def __init__(self, desk: Desk, detail: CustomerDetail, parent: QWidget | None = None) -> None:
        title = QCoreApplication.translate("TierChangeDialog", "Change tier — {customer}")
        super().__init__("tier_change_dialog.ui", title.format(customer=detail.name), parent)
        self.desk = desk
        self.detail = detail
        self.setMinimumWidth(560)
        form = self.form
        self.current = child(form, QLabel, "current")
        self.tier = child(form, QComboBox, "tier")
        self.effective = child(form, QDateEdit, "effective")
        self.monthly_fee = child(form, QLineEdit, "monthlyFee")
        self.preview_box = child(form, QGroupBox, "previewBox")
        self.preview_grid = child(form, QGridLayout, "previewGrid")
        self.preview_note = child(form, QLabel, "previewNote")
        self.fields = {
            Field.TIER: self.tier,
            Field.EFFECTIVE: self.effective,
            Field.MONTHLY_FEE: self.monthly_fee,
        }
        self._preview_line = ""
        self._tiers = {spec.key: spec for spec in desk.catalog.tiers()}

        s = detail.summary
        in_force = next((t for t in reversed(detail.terms) if t.tier is s.tier), None)
        if in_force is not None:
            current = self.tr("{customer} is on {tier} since {day} at {fee} a month.").format(
                customer=s.name,
                tier=s.tier.label,
                day=fmt.day(in_force.effective_from),
                fee=fmt.money(in_force.monthly_fee),
            )
        else:
            current = self.tr("{customer} is on {tier}.").format(customer=s.name, tier=s.tier.label)
        self.current.setText(current)
        for spec in self._tiers.values():
            self.tier.addItem(spec.name, spec.key)
        order = list(self._tiers)
        proposed = order[min(order.index(s.tier) + 1, len(order) - 1)] if s.tier in order else None
        if proposed is s.tier and len(order) > 1:
            proposed = order[order.index(s.tier) - 1]
        self.tier.setCurrentIndex(max(0, self.tier.findData(proposed)))
        today = desk.clock.today()
        self.effective.setDate(qdate(min(max(today, s.start), s.end or today)))
        self._tier_chosen()

        self._timer = QTimer(self, singleShot=True, interval=self.PREVIEW_DELAY_MS)
        self._timer.timeout.connect(self.update_preview)
        self.tier.currentIndexChanged.connect(self._tier_chosen)
        self.tier.currentIndexChanged.connect(self.schedule_preview)
        self.effective.dateChanged.connect(self.schedule_preview)
        self.monthly_fee.textChanged.connect(self.schedule_preview)
        self.ok_button.setText(self.tr("Change tier"))
        self.update_preview()
        self.tier.setFocus()

    @classmethod
    def open_for(cls, parent: QWidget, desk: Desk, detail: CustomerDetail) -> TierChangeDialog:
        dialog = cls(desk, detail, parent)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def _tier_chosen(self, *_: object) -> None:
        spec = self._tiers.get(self.chosen_tier())
        if spec is not None:
            self.monthly_fee.setPlaceholderText(
                self.tr("{fee} ({tier}'s price)").format(
                    fee=money_text(spec.monthly_fee), tier=spec.name
                )
            )

    def schedule_preview(self, *_: object) -> None:
        self._timer.start()

    def _choice(self) -> tuple[Tier, date, Decimal | None]:
        return (
            self.chosen_tier(),
            pydate(self.effective.date()),
            fee_or_none(self.monthly_fee.text()),
        )

    # ------------------------------------------------------------ preview

    def update_preview(self) -> None:
        """Ask the services what the change would do to the effective month (nothing is
        saved) and show it, or say why the change cannot be made."""
        self._timer.stop()
        self._clear_preview()
        try:
            tier, effective, fee = self._choice()
            before, after = self.desk.portfolio.preview_tier_change(
                self.detail.id, tier, effective, fee
            )
        except Refused as refused:
            self.error.setText(refused.message)
            self.error.show()
            self.preview_box.setTitle(self.tr("Effect on the month"))
            self.preview_note.setText(self.tr("Nothing to preview until the change can be made."))
            return
        self.clear_error()
        month = before.month
        name = wording.month_name(month.first)
        self.preview_box.setTitle(
            self.tr("Effect on {month} (prorated by days)").format(month=name)
        )
        rows = [
            (
                self.tr("Fee for {month}").format(month=name),
                fmt.money(before.fee),
                fmt.money(after.fee),
            )
        ]
        parts = [
            self.tr("Fee {before} → {after}").format(
                before=money_text(before.fee), after=fmt.money(after.fee)
            )
        ]
        was = {a.category: a for a in before.allowances}
        now = {a.category: a for a in after.allowances}
        for category in [c for c in ALLOWANCE_NAMES if c in was or c in now]:
            old, new = was.get(category), now.get(category)
            period = (new or old).period  # type: ignore[union-attr]
            title, short = (self.tr(name) for name in ALLOWANCE_NAMES[category])
            rows.append(
                (
                    self.tr("{allowance} ({period})").format(
                        allowance=title, period=_period_name(period)
                    ),
                    _included(old),
                    _included(new),
                )
            )
            parts.append(
                self.tr("{allowance} {before} → {after}").format(
                    allowance=short, before=_included(old, unit=False), after=_included(new)
                )
            )
        if before.overage_total or after.overage_total:
            rows.append(
                (
                    self.tr("Overage charge so far"),
                    fmt.money(before.overage_total),
                    fmt.money(after.overage_total),
                )
            )
        self._fill_grid(rows)
        self._preview_line = "; ".join(parts)
        self.preview_box.setAccessibleDescription(self._preview_line)
        self.preview_note.setText(self._note(tier, effective, month))
        # More rows (an allowance, the overage) need more height than the dialog had.
        wanted = self.sizeHint().height()
        if self.isVisible() and self.height() < wanted:
            self.resize(self.width(), wanted)

    def _note(self, tier: Tier, effective: date, month: Month) -> str:
        days = (month.last - effective).days + 1
        end = self.detail.summary.end
        if end is not None and end < month.last:
            days = (end - effective).days + 1
        name = wording.month_name(month.first)
        notes = [
            self.tr(
                "{days} of %n days of {month} fall under {tier} from {day}.", "", month.days
            ).format(days=days, month=name, tier=tier.label, day=fmt.day(effective))
        ]
        spec = self._tiers.get(tier)
        named = self.detail.summary.named_contacts
        limit = spec.named_contacts if spec is not None else UNLIMITED
        if limit is not UNLIMITED and named > limit:
            notes.append(
                self.tr(
                    "{customer} keeps its %n named contacts; {tier} "
                    "includes {limit}, so the account will be flagged as over its limit.",
                    "",
                    named,
                ).format(customer=self.detail.name, tier=tier.label, limit=limit)
            )
        notes.append(self.tr("Nothing is saved until you choose Change tier."))
        return " ".join(notes)

    def _clear_preview(self) -> None:
        self._preview_line = ""
        while self.preview_grid.count():
            item = self.preview_grid.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()  # deleteLater waits for the event loop; hide it now
                widget.deleteLater()
        self.preview_box.setAccessibleDescription("")

    def _fill_grid(self, rows: list[tuple[str, str, str]]) -> None:
        for column, text in ((1, self.tr("Before")), (3, self.tr("After"))):
            head = QLabel(text)
            head.setAlignment(fmt.NUMBER_ALIGNMENT)
            font = head.font()
            font.setBold(True)
            head.setFont(font)
            self.preview_grid.addWidget(head, 0, column)
        for number, (what, old, new) in enumerate(rows, start=1):
            changed = old != new
            cells = (what, old, "→", new)
            for column, text in enumerate(cells):
                label = QLabel(text)
                label.setTextFormat(Qt.TextFormat.PlainText)
                if column in (1, 3):
                    label.setAlignment(fmt.NUMBER_ALIGNMENT)
                if column == 3 and changed:
                    font = label.font()
                    font.setBold(True)
                    label.setFont(font)
                self.preview_grid.addWidget(label, number, column)
        self.preview_grid.setColumnStretch(0, 1)

    def preview_text(self) -> str:
        """The preview in one line: `Fee 5,000.00 → 15,000.00 USD; consulting 4.00 → 12.00 h`."""
        return self._preview_line

    # ------------------------------------------------------------ saving

    def accept(self) -> None:
        try:
            tier, effective, fee = self._choice()
            if not self.price_agreed(tier, fee):
                return
            portfolio, customer = self.desk.portfolio, self.detail.id
            saving(lambda: portfolio.change_tier(customer, tier, effective, fee))
        except Refused as refused:
            self.show_refusal(refused)
            return
        self.saved.emit(self.detail.id)
        super().accept()


class ContactDialog(_FormDialog):
    """A new contact of a customer, named support contact or not; or, given `contact`,
    that contact to change."""

    saved = Signal(int)  # the contact's id

    def __init__(
        self,
        desk: Desk,
        detail: CustomerDetail,
        parent: QWidget | None = None,
        contact: ContactInfo | None = None,
    ) -> None:
        title = (
            QCoreApplication.translate("ContactDialog", "New contact — {customer}")
            if contact is None
            else QCoreApplication.translate("ContactDialog", "Contact — {customer}")
        )
        super().__init__("contact_dialog.ui", title.format(customer=detail.name), parent)
        self.desk = desk
        self.detail = detail
        self.contact = contact
        self.setMinimumWidth(460)
        form = self.form
        self.name = child(form, QLineEdit, "name")
        self.email = child(form, QLineEdit, "email")
        self.named = child(form, QCheckBox, "named")
        self.training_seat = child(form, QCheckBox, "trainingSeat")
        self.limits = child(form, QLabel, "limits")
        self.fields = {
            Field.NAME: self.name,
            Field.EMAIL: self.email,
            Field.NAMED: self.named,
            Field.TRAINING_SEAT: self.training_seat,
        }
        spec = next((t for t in desk.catalog.tiers() if t.key is detail.summary.tier), None)
        self.limits.setText(_contact_limits(detail, spec))
        if contact is not None:
            self._fill(contact)
        for line in (self.name, self.email):
            line.textEdited.connect(self.clear_error)
        for box in (self.named, self.training_seat):
            box.toggled.connect(self.clear_error)
        self.ok_button.setText(self.tr("Add contact") if contact is None else self.tr("Save"))
        self.name.setFocus()

    def _fill(self, contact: ContactInfo) -> None:
        self.name.setText(contact.name)
        self.email.setText(contact.email)
        self.named.setChecked(contact.named)
        self.training_seat.setChecked(contact.training_seat)

    def reload(self) -> None:
        if self.contact is not None:
            self.contact = self.desk.portfolio.contact(self.contact.id)
            self._fill(self.contact)

    @classmethod
    def open_for(
        cls,
        parent: QWidget,
        desk: Desk,
        detail: CustomerDetail,
        contact: ContactInfo | None = None,
    ) -> ContactDialog:
        dialog = cls(desk, detail, parent, contact)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def accept(self) -> None:
        fields = (
            self.name.text(),
            self.email.text(),
            self.named.isChecked(),
            self.training_seat.isChecked(),
        )
        portfolio, customer, contact = self.desk.portfolio, self.detail.id, self.contact
        try:
            if contact is None:
                contact_id = saving(lambda: portfolio.add_contact(customer, *fields))
            else:
                contact_id = saving(
                    lambda: portfolio.update_contact(contact.id, *fields, contact.version).id
                )
        except Refused as refused:
            self.show_refusal(refused)
            return
        self.saved.emit(contact_id)
        super().accept()


def _contact_limits(detail: CustomerDetail, spec: TierSpec | None) -> str:
    named = sum(c.named for c in detail.contacts)
    seats = sum(c.training_seat for c in detail.contacts)
    tier = detail.summary.tier.label
    if spec is None:
        return QCoreApplication.translate(
            "ContactDialog", "{named} named contacts, {seats} training seats."
        ).format(named=named, seats=seats)
    # Two phrases of their own, one per limit, in one line.
    if spec.named_contacts is UNLIMITED:
        named_part = QCoreApplication.translate(
            "ContactDialog", "{count} named contacts (unlimited on {tier})"
        )
    elif spec.named_contacts == 0:
        named_part = QCoreApplication.translate("ContactDialog", "No named contacts on {tier}")
    else:
        named_part = QCoreApplication.translate(
            "ContactDialog", "{count} of {limit} named contacts used"
        )
    if spec.training_seats is UNLIMITED:
        seats_part = QCoreApplication.translate(
            "ContactDialog", "{count} training seats (unlimited on {tier})"
        )
    elif spec.training_seats == 0:
        seats_part = QCoreApplication.translate("ContactDialog", "no training seats on {tier}")
    else:
        seats_part = QCoreApplication.translate(
            "ContactDialog", "{count} of {limit} training seats used"
        )
    return QCoreApplication.translate("ContactDialog", "{named}; {seats}.").format(
        named=named_part.format(count=named, limit=spec.named_contacts, tier=tier),
        seats=seats_part.format(count=seats, limit=spec.training_seats, tier=tier),
    )


def _period_name(period: Period) -> str:
    if isinstance(period, Quarter):
        return QCoreApplication.translate("TierChangeDialog", "Q{number} {year}").format(
            number=period.number, year=period.year
        )
    return wording.month_name(period.first)


def _included(usage: AllowanceUsage | None, unit: bool = True) -> str:
    hours = usage.included_hours if usage is not None else Decimal(0)
    return fmt.decimal_hours(hours) if unit else f"{hours:,.2f}"
