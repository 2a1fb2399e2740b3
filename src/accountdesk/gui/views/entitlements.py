"""The Entitlements view: what the toolbar's customer is entitled to in the toolbar's
month, and what is left of it.

One card per hour allowance: "2.50 h left of 4.00 h", a bar that turns amber at 80 %
and red past 100 %, the hours used, the overage and its charge, the period, and a
forecast of when the allowance runs out at the pace so far (domain.forecast); an
overage charged at several rates shows one line per rate. Below: the month's fee and
overage together, the hours logged, the month's response SLA (Professional and
Enterprise: cases due, met, attainment against the target, the credit), and the seats
and sessions used.

A month whose report was issued shows that report's stored figures and says so; the
customer's adjustments to issued months that wait for the next report are listed
with their total whenever there are any, whichever month is shown.

One customer's month is a few indexed queries (milliseconds even beside a million
ledger entries), so it is read on the GUI thread; and only while the view is on
screen: a change elsewhere marks it stale and it reloads when shown.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QBoxLayout,
    QComboBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLayout,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from accountdesk import wording as text
from accountdesk.app import Desk
from accountdesk.domain.allowances import AllowanceUsage
from accountdesk.domain.forecast import Outlook, forecast, level
from accountdesk.domain.money import money_text
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.tiers import UNLIMITED
from accountdesk.gui import format
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.reports import export_monthly_report
from accountdesk.gui.qtmodels.dashboard import short_day
from accountdesk.gui.tasks import Cancelled, Progress, Work
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.views import CASES, CONTRACTS_AND_HOURS, LoadedWhenShown
from accountdesk.gui.widgets import AllowanceCard, plain_label, scaled_font
from accountdesk.reports.data import AdjustmentLine
from accountdesk.services.cases import CustomerSla
from accountdesk.services.entitlements import MonthUsage, SeatUsage
from accountdesk.services.portfolio import CustomerDetail

EMPTY_TEXT = str(
    QT_TRANSLATE_NOOP(
        "EntitlementsView", "Choose a customer in the toolbar to see what they are entitled to"
    )
)


def period_text(allowance: AllowanceUsage, month: Month, today: date) -> str:
    """`November 2026`; a quarter as `Q4 2026 to date`, or as at an earlier month's end."""
    period = allowance.period
    if isinstance(period, Month):
        return text.month_title(period.label)
    name = QCoreApplication.translate("EntitlementsView", "Q{number} {year}").format(
        number=period.number, year=period.year
    )
    if month == period.months[2] and today > period.last:
        return name
    if month == Month.of(today):
        return QCoreApplication.translate("EntitlementsView", "{quarter} to date").format(
            quarter=name
        )
    return QCoreApplication.translate("EntitlementsView", "{quarter} to the end of {month}").format(
        quarter=name, month=text.MONTHS[month.month - 1]
    )


def forecast_text(
    allowance: AllowanceUsage,
    month: Month,
    today: date,
    start: date,
    end: date | None,
    issued: str | None = None,
) -> str:
    """The card's forecast line. Only the current month has a pace to go by: an earlier
    month's figures are final (or counted to its end), a later one has not begun, and an
    issued month's are its report's, whatever is logged later."""
    period = allowance.period
    quarter = isinstance(period, Quarter)  # the sentences name the allowance's period
    current = Month.of(today)
    if issued is not None:
        if quarter:
            return QCoreApplication.translate(
                "EntitlementsView",
                "Issued: these are the report's figures; hours logged or corrected later "
                "go on the next report as adjustments, not into this quarter.",
            )
        return QCoreApplication.translate(
            "EntitlementsView",
            "Issued: these are the report's figures; hours logged or corrected later "
            "go on the next report as adjustments, not into this month.",
        )
    if month > current:
        return QCoreApplication.translate(
            "EntitlementsView", "{month} has not started yet."
        ).format(month=text.month_title(month.label))
    if month < current:
        if period.last < today:
            if quarter:
                return QCoreApplication.translate(
                    "EntitlementsView", "The quarter is over; these are its final figures."
                )
            return QCoreApplication.translate(
                "EntitlementsView", "The month is over; these are its final figures."
            )
        return QCoreApplication.translate(
            "EntitlementsView", "Counted to the end of {month}; the forecast is on {current}."
        ).format(month=text.month_title(month.label), current=text.month_title(current.label))
    first = max(period.first, start)
    last = period.last if end is None else min(period.last, end)
    outlook = forecast(allowance.included_hours, allowance.used_seconds, first, last, today)
    rate = allowance.overage_rate
    if outlook.outlook is Outlook.NOT_STARTED:
        return QCoreApplication.translate(
            "EntitlementsView", "The contract starts on {day}."
        ).format(day=short_day(first))
    if outlook.outlook is Outlook.ENDED:
        return QCoreApplication.translate(
            "EntitlementsView", "The contract ended on {day}."
        ).format(day=short_day(last))
    if outlook.outlook is Outlook.NOTHING_INCLUDED:
        return QCoreApplication.translate(
            "EntitlementsView", "No hours are included; every hour logged is overage."
        )
    if outlook.outlook is Outlook.NOTHING_USED:
        if quarter:
            return QCoreApplication.translate(
                "EntitlementsView",
                "Nothing used yet: the whole allowance is there for the quarter.",
            )
        return QCoreApplication.translate(
            "EntitlementsView", "Nothing used yet: the whole allowance is there for the month."
        )
    if outlook.outlook is Outlook.USED_UP:
        if rate is None:
            return QCoreApplication.translate(
                "EntitlementsView", "The allowance is used up; further hours are overage."
            )
        return QCoreApplication.translate(
            "EntitlementsView", "The allowance is used up; further hours are overage at {rate}/h."
        ).format(rate=format.money(rate))
    if outlook.outlook is Outlook.RUNS_OUT:
        assert outlook.runs_out_on is not None
        return QCoreApplication.translate(
            "EntitlementsView", "At this pace the allowance runs out on {day}."
        ).format(day=short_day(outlook.runs_out_on))
    if last < period.last:
        return QCoreApplication.translate(
            "EntitlementsView", "At this pace the allowance lasts until the contract ends on {day}."
        ).format(day=short_day(last))
    if quarter:
        return QCoreApplication.translate(
            "EntitlementsView", "At this pace the allowance lasts the quarter."
        )
    return QCoreApplication.translate(
        "EntitlementsView", "At this pace the allowance lasts the month."
    )


def overage_lines_text(allowance: AllowanceUsage) -> str:
    """`1.74 h at 500.00 = 870.00 · 3.00 h at 400.00 = 1,200.00` when the overage was
    charged at several rates; nothing with one rate (the caption names it) or none."""
    lines = allowance.overage_lines
    if len({line.rate for line in lines}) < 2:
        return ""
    return " · ".join(
        QCoreApplication.translate("EntitlementsView", "{hours} at {rate} = {charge}").format(
            hours=format.decimal_hours(line.hours),
            rate=money_text(line.rate or Decimal(0)),
            charge=money_text(line.charge),
        )
        for line in lines
    )


def adjustment_what(line: AdjustmentLine) -> str:
    """`Fee`, or `Architecture consulting overage`."""
    if line.kind == "fee":
        return QCoreApplication.translate("EntitlementsView", "Fee")
    if line.kind == "service_credit":
        return QCoreApplication.translate("EntitlementsView", "SLA service credit")
    return QCoreApplication.translate("EntitlementsView", "{allowance} overage").format(
        allowance=text.ALLOWANCE.get(line.category, text.category(line.category))
    )


def seat_text(seat: SeatUsage) -> str:
    if seat.included is UNLIMITED:
        return QCoreApplication.translate("EntitlementsView", "{used} (unlimited)").format(
            used=f"{seat.used:,}"
        )
    return QCoreApplication.translate("EntitlementsView", "{used} of {included}").format(
        used=f"{seat.used:,}", included=f"{seat.included:,}"
    )


def seat_note(seat: SeatUsage) -> str:
    if "/" in seat.period:
        first = date.fromisoformat(seat.period.split("/")[0])
        return QCoreApplication.translate(
            "EntitlementsView", "this contract year, from {day}"
        ).format(day=text.long_day(first))
    return QCoreApplication.translate("EntitlementsView", "today")


Loaded = tuple[MonthUsage, CustomerDetail, date, CustomerSla] | None


class EntitlementsView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("EntitlementsView", "Entitlements"))
    watches = CONTRACTS_AND_HOURS | CASES
    loaded = Signal()  # the view shows the database as of now
    loading_title = str(QT_TRANSLATE_NOOP("EntitlementsView", "Reading the entitlements…"))

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        form = load_ui("entitlements_view.ui", self)
        self.pages: QStackedWidget = child(form, QStackedWidget, "pages")
        self.empty_page: QWidget = child(form, QWidget, "emptyPage")
        self.content_page: QWidget = child(form, QWidget, "contentPage")
        self.empty_heading: QLabel = child(form, QLabel, "emptyHeading")
        self.customer_name: QLabel = child(form, QLabel, "customerName")
        self.month_title: QLabel = child(form, QLabel, "monthTitle")
        self.report_button: QPushButton = child(form, QPushButton, "exportReport")
        self.report_button.clicked.connect(
            lambda: export_monthly_report(self.window(), self.desk, self.context)
        )
        self.summary: QLabel = child(form, QLabel, "summary")
        self.message: QLabel = child(form, QLabel, "message")
        self.issued_note: QLabel = child(form, QLabel, "issuedNote")
        self.pending_box: QGroupBox = child(form, QGroupBox, "pendingBox")
        pending = child(form, QGridLayout, "pendingGrid")
        self.pending_grid = pending
        self.cards_host: QWidget = child(form, QWidget, "cards")
        self.fee_value: QLabel = child(form, QLabel, "feeValue")
        self.fee_caption: QLabel = child(form, QLabel, "feeCaption")
        self.overage_value: QLabel = child(form, QLabel, "overageValue")
        self.total_value: QLabel = child(form, QLabel, "totalValue")
        self.total_caption: QLabel = child(form, QLabel, "totalCaption")
        self.hours_value: QLabel = child(form, QLabel, "hoursValue")
        self.month_box: QGroupBox = child(form, QGroupBox, "monthBox")
        seats = child(form, QGroupBox, "seatsBox").layout()
        assert isinstance(seats, QGridLayout)  # as the layout file builds it
        self.seats_grid = seats

        self.empty_heading.setFont(scaled_font(self.empty_heading, 1.4, bold=True))
        self.customer_name.setFont(scaled_font(self.customer_name, 1.6, bold=True))
        self.month_title.setFont(scaled_font(self.month_title, 1.3, bold=True))
        for label in (self.total_caption, self.total_value):
            label.setFont(scaled_font(label, 1.0, bold=True))
        # QUiLoader drops a box layout's stretch factors, so they are set here.
        lower = child(form, QHBoxLayout, "lowerRow")
        self.sla_box = QGroupBox(self.tr("Response SLA"))
        self.sla_box.setObjectName("slaBox")
        self.sla_text = plain_label()
        self.sla_text.setObjectName("slaText")
        self.sla_text.setWordWrap(True)
        QVBoxLayout(self.sla_box).addWidget(self.sla_text)
        lower.insertWidget(1, self.sla_box)  # beside the fee and hours
        for column in range(3):
            lower.setStretch(column, 1)
        self.cards: list[AllowanceCard] = []
        self.usage: MonthUsage | None = None
        context.customerChanged.connect(lambda _: self.refresh())
        context.monthChanged.connect(lambda _: self.refresh())
        self._show_empty(QCoreApplication.translate("EntitlementsView", EMPTY_TEXT))

    # ------------------------------------------------------------ View

    def focus_search(self) -> None:
        """Ctrl+F: the customer is chosen in the toolbar, so that is where it goes."""
        window = self.window()
        picker = window.findChild(QComboBox, "customerPicker") if window else None
        if picker is not None:
            picker.setFocus()
            line = picker.lineEdit()
            if line is not None:
                line.selectAll()

    # ------------------------------------------------------------ loading

    def _read(self) -> Work:
        customer_id, month = self.context.customer_id, self.context.month
        desk = self.desk

        def work(progress: Progress, cancelled: Cancelled) -> Loaded:
            if customer_id is None:
                return None
            usage = desk.entitlements.usage(customer_id, month)
            sla = desk.cases.sla(customer_id, month)
            return usage, desk.portfolio.customer(customer_id), desk.clock.today(), sla

        return work

    def _loaded(self, result: Loaded) -> None:
        if result is None:
            self._show_empty(QCoreApplication.translate("EntitlementsView", EMPTY_TEXT))
        else:
            self._show(*result[:3])
            self._show_sla(result[3])
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        # Refused: the customer was removed meanwhile.
        self._show_empty(
            self.tr(
                "{reason} Choose a customer in the toolbar to see what they are entitled to."
            ).format(reason=message)
        )
        self.loaded.emit()

    def _show_empty(self, message: str) -> None:
        self.usage = None
        self.empty_heading.setText(message)
        self.pages.setCurrentWidget(self.empty_page)

    def _show(self, usage: MonthUsage, detail: CustomerDetail, today: date) -> None:
        self.usage = usage
        month = usage.month
        month_name = text.month_title(month.label)
        summary = detail.summary
        self.customer_name.setText(usage.customer)
        self.month_title.setText(month_name)
        then = self.tr(" then ", "between the tiers of one month")
        tiers = then.join(tier.label for tier in usage.tiers) or summary.tier.label
        if summary.end is None:
            contract = self.tr("contract from {start}").format(start=text.long_day(summary.start))
        else:
            contract = self.tr("contract from {start} to {end}").format(
                start=text.long_day(summary.start), end=text.long_day(summary.end)
            )
        people = [self.tr("CSM {name}").format(name=summary.csm)] * bool(summary.csm) + [
            self.tr("TAM {name}").format(name=summary.tam)
        ] * bool(summary.tam)
        self.summary.setText(" · ".join([tiers, contract, *people]))

        covered = summary.start <= month.last and (
            summary.end is None or summary.end >= month.first
        )
        if not covered:
            self.message.setText(
                self.tr(
                    "{customer}'s contract does not cover {month}, so nothing is included "
                    "in it; choose another month with the Month arrows."
                ).format(customer=usage.customer, month=month_name)
            )
        elif not usage.allowances:
            self.message.setText(
                self.tr(
                    "{tier} includes no consulting or development hours in {month}; hours "
                    "logged are tracked below but not measured against an allowance."
                ).format(tier=tiers, month=month_name)
            )
        self.message.setVisible(not covered or not usage.allowances)
        if usage.issued is not None:
            self.issued_note.setText(
                self.tr(
                    "Issued — these are the figures of report {report}. Changes "
                    "made since reach the client as adjustments on the next report."
                ).format(report=usage.issued)
            )
        self.issued_note.setVisible(usage.issued is not None)
        self._show_cards(usage, detail, today)

        if usage.issued is not None:
            box_title = self.tr("Fee and hours in {month}, as issued")
        else:
            box_title = self.tr("Fee and hours in {month}")
        self.month_box.setTitle(box_title.format(month=month_name))
        partial = summary.start > month.first or (
            summary.end is not None and summary.end < month.last
        )
        prorated = covered and (len(usage.tiers) > 1 or partial)
        self.fee_caption.setText(self.tr("Fee, prorated by days") if prorated else self.tr("Fee"))
        self.fee_value.setText(format.money(usage.fee, usage.currency))
        self.overage_value.setText(format.money(usage.overage_total, usage.currency))
        self.total_value.setText(format.money(usage.fee + usage.overage_total, usage.currency))
        logged = [
            f"{text.category(category.value)} {format.hours_text(seconds)}"
            for category, seconds in usage.hours_by_category.items()
            if seconds
        ]
        if logged:
            listed = self.tr(", ", "separates the categories of a list").join(logged)
            self.hours_value.setText(self.tr("Hours logged: {hours}").format(hours=listed))
        elif covered and usage.allowances:
            self.hours_value.setText(
                self.tr("No hours logged in {month}; log them in the Hours view (Ctrl+4).").format(
                    month=month_name
                )
            )
        else:
            self.hours_value.setText(
                self.tr("No hours logged in {month}.").format(month=month_name)
            )
        self._show_seats(usage.seats)
        self._show_pending(usage.pending, usage.currency)
        self.pages.setCurrentWidget(self.content_page)

    def _show_sla(self, sla: CustomerSla) -> None:
        """The month's attainment beside the hours; nothing for a tier without an SLA."""
        figures = sla.figures
        self.sla_box.setVisible(figures.target is not None)
        if figures.target is None:
            return
        month = text.month_title(sla.month.label)
        self.sla_box.setTitle(self.tr("Response SLA in {month}").format(month=month))
        if figures.attainment is None:
            self.sla_text.setText(
                self.tr("No cases were due in {month} (target {target} %).").format(
                    month=month, target=figures.target
                )
            )
            return
        if figures.breach:
            attainment = self.tr(
                "Attainment {attainment} % against a target of {target} % — breached"
            )
        else:
            attainment = self.tr("Attainment {attainment} % against a target of {target} %")
        lines = [
            self.tr("Cases due: {due}, met: {met}").format(
                due=f"{figures.due:,}", met=f"{figures.met:,}"
            ),
            attainment.format(attainment=figures.attainment, target=figures.target),
        ]
        if figures.credit_pct is not None:
            lines.append(
                self.tr("Service credit: {credit} ({percent} % of the fee)").format(
                    credit=format.money(figures.credit, "USD"), percent=figures.credit_pct
                )
                if figures.breach
                else self.tr("No service credit ({percent} % of the fee if breached)").format(
                    percent=figures.credit_pct
                )
            )
        self.sla_text.setText("\n".join(lines))

    def _show_cards(self, usage: MonthUsage, detail: CustomerDetail, today: date) -> None:
        layout = self.cards_host.layout()
        assert isinstance(layout, QBoxLayout)  # as the layout file builds it
        _clear(layout)
        self.cards = []
        for allowance in usage.allowances:
            card = AllowanceCard(self.cards_host)
            card.setObjectName(f"{allowance.category.value}Card")
            card.setMaximumWidth(620)
            card.show_allowance(
                title=text.ALLOWANCE.get(allowance.category.value, allowance.category.value),
                period=period_text(allowance, usage.month, today),
                included_hours=allowance.included_hours,
                remaining_hours=allowance.remaining_hours,
                used_hours=allowance.used_hours,
                used_fraction=allowance.used_fraction,
                level=level(allowance.included_hours, allowance.used_seconds),
                overage_hours=allowance.overage_hours,
                overage_charge=allowance.overage_charge,
                overage_rate=allowance.overage_rate,
                currency=usage.currency,
                forecast=forecast_text(
                    allowance,
                    usage.month,
                    today,
                    detail.summary.start,
                    detail.summary.end,
                    usage.issued,
                ),
                overage_lines=overage_lines_text(allowance),
            )
            layout.addWidget(card, 1)
            self.cards.append(card)
        layout.addStretch(0)
        self.cards_host.setVisible(bool(self.cards))

    def _show_seats(self, seats: tuple[SeatUsage, ...]) -> None:
        grid = self.seats_grid
        _clear(grid)
        for row, seat in enumerate(seats):
            figure = plain_label(seat_text(seat))
            figure.setAlignment(format.NUMBER_ALIGNMENT)
            figure.setObjectName(f"{seat.item}Value")
            note = plain_label(seat_note(seat))
            note.setForegroundRole(QPalette.ColorRole.PlaceholderText)
            name = plain_label(text.SEAT.get(seat.item, seat.item))
            # Longer words (German) wrap instead of pushing the view past the window.
            for label in (name, note):
                label.setWordWrap(True)
                label.setMinimumWidth(90)
            grid.addWidget(name, row, 0)
            grid.addWidget(figure, row, 1)
            grid.addWidget(note, row, 2)
        grid.setColumnStretch(2, 1)

    def _show_pending(self, pending: tuple[AdjustmentLine, ...], currency: str) -> None:
        """The adjustments the next report will carry: one row each, and their total."""
        grid = self.pending_grid
        _clear(grid)
        self.pending_box.setVisible(bool(pending))
        if not pending:
            return
        headers = (
            self.tr("Month", "column of the adjustments"),
            self.tr("What", "column of the adjustments"),
            self.tr("Hours", "column of the adjustments"),
            self.tr("Amount", "column of the adjustments"),
            self.tr("Reason", "column of the adjustments"),
        )
        for column, header in enumerate(headers):
            label = plain_label(header)
            label.setFont(scaled_font(label, 1.0, bold=True))
            if column in (2, 3):
                label.setAlignment(format.NUMBER_ALIGNMENT)
            grid.addWidget(label, 0, column)
        for row, line in enumerate(pending, start=1):
            hours = text.hours(line.hours) if line.kind == "overage" else ""
            cells = (
                text.month_title(line.month),
                adjustment_what(line),
                hours,
                text.money_with(line.amount, currency),
                line.reason,
            )
            for column, value in enumerate(cells):
                label = plain_label(value)
                if column in (2, 3):
                    label.setAlignment(format.NUMBER_ALIGNMENT)
                if column == 4:
                    label.setWordWrap(True)
                grid.addWidget(label, row, column)
        total = sum((line.amount for line in pending), Decimal("0.00"))
        caption = plain_label(self.tr("Together on the next report"))
        figure = plain_label(text.money_with(total, currency))
        figure.setObjectName("pendingTotal")
        figure.setAlignment(format.NUMBER_ALIGNMENT)
        for label in (caption, figure):
            label.setFont(scaled_font(label, 1.0, bold=True))
        last = len(pending) + 1
        grid.addWidget(caption, last, 0, 1, 3)
        grid.addWidget(figure, last, 3)
        grid.setColumnStretch(4, 1)

    def pending_rows(self) -> list[list[str]]:
        """The adjustments as the box shows them, row by row (headers first)."""
        grid = self.pending_grid
        rows = []
        for row in range(grid.rowCount()):
            labels: list[QLabel] = []
            for column in range(grid.columnCount()):
                item = grid.itemAtPosition(row, column)
                widget = item.widget() if item is not None else None
                # A label spanning columns is found in each of them: once is enough.
                if isinstance(widget, QLabel) and all(widget is not x for x in labels):
                    labels.append(widget)
            cells = [label.text() for label in labels]
            if cells:
                rows.append(cells)
        return rows


def _clear(layout: QLayout) -> None:
    """Take every item out of `layout`, its widgets deleted."""
    while layout.count():
        item = layout.takeAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            widget.deleteLater()
