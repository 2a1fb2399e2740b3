"""The Cases view: support cases with the time left until their response is due,
counting down on the customer's clock (business hours where the tier's coverage is
business hours), amber at risk and red breached; the actions that move a case on
(each undoable); and below, the month's response SLA per customer with its target
and credit.

Cases are read off the window's thread, and only while the view is on screen. The
countdown then runs every second on what was read (`CasesModel.tick`): the database
is read again only when something changes, never to move the clock.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QSortFilterProxyModel,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)

from accountdesk import wording as text
from accountdesk.app import Desk
from accountdesk.domain.forecast import Level
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import CaseState, attainment
from accountdesk.domain.tiers import Severity
from accountdesk.gui import format
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.case import CaseDialog, Step
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.cases import (
    CASE_ROLE,
    CUSTOMER,
    DUE,
    LEFT,
    LEVEL,
    OPENED,
    REFERENCE,
    SEVERITY,
    STATE,
    TITLE,
    CasesModel,
    now_standing,
    span_text,
)
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.undo import CaseEdits
from accountdesk.gui.views import CASES, LoadedWhenShown
from accountdesk.gui.widgets import BADGE_BACKGROUND, BADGE_INK, scaled_font
from accountdesk.services.cases import CaseInfo, CustomerSla
from accountdesk.services.ledger_browser import CustomerName

TICK_MS = 1000
COLUMN_WIDTHS = {  # the title takes what is left
    REFERENCE: 100,
    CUSTOMER: 160,
    SEVERITY: 75,
    LEVEL: 50,
    OPENED: 160,
    DUE: 160,
    STATE: 90,
}
LONGEST_LEFT = timedelta(days=10, hours=23, minutes=59)  # the time-left column fits this
ATTAINMENT_WIDTHS = (0, 110, 70, 70, 110, 90, 190)  # the customer takes what is left


class Which(StrEnum):
    OPEN = "open"
    AT_RISK = "at_risk"
    BREACHED = "breached"
    MONTH = "month"


# The choice's words, translated where shown; and the same inside the scope line.
WHICH_WORDS = {
    Which.OPEN: str(QT_TRANSLATE_NOOP("CasesView", "Open cases")),
    Which.AT_RISK: str(QT_TRANSLATE_NOOP("CasesView", "At risk now")),
    Which.BREACHED: str(QT_TRANSLATE_NOOP("CasesView", "Breached")),
    Which.MONTH: str(QT_TRANSLATE_NOOP("CasesView", "All opened this month")),
}
WHICH_SCOPE = {
    Which.OPEN: str(QT_TRANSLATE_NOOP("CasesView", "open cases")),
    Which.AT_RISK: str(QT_TRANSLATE_NOOP("CasesView", "at risk now")),
    Which.BREACHED: str(QT_TRANSLATE_NOOP("CasesView", "breached ({month})")),
    Which.MONTH: str(QT_TRANSLATE_NOOP("CasesView", "all opened this month ({month})")),
}


@dataclass(frozen=True)
class Loaded:
    cases: tuple[CaseInfo, ...]
    customer: str | None
    customers: tuple[CustomerName, ...]
    now: datetime


@dataclass(frozen=True)
class SlaLoaded:
    slas: tuple[CustomerSla, ...]
    month: Month
    customer: str | None


def attainment_text(value: Any) -> str:
    if value is None:
        return "—"
    return QCoreApplication.translate("CasesView", "{value} %").format(value=value)


class CasesView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("CasesView", "Cases"))
    # What it shows: the cases, their customers' zones and calendars, the tiers' targets.
    watches = CASES | {"customer", "contract_term", "tier"}
    loading_title = str(QT_TRANSLATE_NOOP("CasesView", "Reading the cases…"))
    loaded = Signal()  # the cases on screen are the database's as of now
    sla_loaded = Signal()  # and so is the month's SLA below them

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        form = load_ui("cases_view.ui", self)
        self.heading: QLabel = child(form, QLabel, "heading")
        self.scope: QLabel = child(form, QLabel, "scope")
        self.new_button: QPushButton = child(form, QPushButton, "newCase")
        self.which: QComboBox = child(form, QComboBox, "state")
        self.severity: QComboBox = child(form, QComboBox, "severity")
        self.filter: QLineEdit = child(form, QLineEdit, "filter")
        self.respond_button: QPushButton = child(form, QPushButton, "respond")
        self.wait_button: QPushButton = child(form, QPushButton, "wait")
        self.escalate_button: QPushButton = child(form, QPushButton, "escalate")
        self.resolve_button: QPushButton = child(form, QPushButton, "resolve")
        self.message: QLabel = child(form, QLabel, "message")
        self.pages: QStackedWidget = child(form, QStackedWidget, "pages")
        self.tree: QTreeView = child(form, QTreeView, "cases")
        self.empty_text: QLabel = child(form, QLabel, "emptyText")
        self.sla_box: QGroupBox = child(form, QGroupBox, "slaBox")
        self.portfolio: QLabel = child(form, QLabel, "portfolio")
        self.attainment: QTreeWidget = child(form, QTreeWidget, "attainment")
        split = child(form, QSplitter, "split")
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 1)
        self.heading.setFont(scaled_font(self.heading, 1.4, bold=True))
        self.message.hide()

        for which, words in WHICH_WORDS.items():
            self.which.addItem(QCoreApplication.translate("CasesView", words), which.value)
        self.severity.addItem(self.tr("Any", "severity"), None)
        for severity in Severity:
            self.severity.addItem(severity.label, severity.value)

        self.model = CasesModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterKeyColumn(-1)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.proxy.setDynamicSortFilter(False)  # the countdown must not reorder rows
        self.tree.setModel(self.proxy)
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(TITLE, QHeaderView.ResizeMode.Stretch)
        header.setMinimumSectionSize(40)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)
        self.tree.setColumnWidth(
            LEFT,
            self.fontMetrics().horizontalAdvance(
                QCoreApplication.translate("CasesModel", "overdue {span}").format(
                    span=span_text(LONGEST_LEFT)
                )
            )
            + 24,
        )
        sla_header = self.attainment.header()
        sla_header.setStretchLastSection(False)
        sla_header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column, width in enumerate(ATTAINMENT_WIDTHS[1:], start=1):
            self.attainment.setColumnWidth(column, width)
        for column in range(2, len(ATTAINMENT_WIDTHS)):  # figures: right-aligned
            self.attainment.headerItem().setTextAlignment(column, format.NUMBER_ALIGNMENT)
        split.setSizes([480, 200])

        self.edits = CaseEdits(
            desk.cases, context.notify_changed, lambda message: Prompts.error(self, message), self
        )
        self._all: tuple[CaseInfo, ...] = ()  # as loaded, before the filters
        self._result: Loaded | None = None
        self._select_id: int | None = None
        # The month's SLA is read on its own, after the list: across a large portfolio
        # it takes longer, and the cases to act on come first.
        self.sla_loader = Loader(
            self,
            self.tr("Reading the month's SLA…"),
            self._read_sla,
            self._show_sla,
            self._sla_failed,
        )
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)

        self.new_button.clicked.connect(self.new_case)
        self.respond_button.clicked.connect(lambda: self.step(Step.RESPOND))
        self.wait_button.clicked.connect(lambda: self.step(Step.WAIT))
        self.escalate_button.clicked.connect(lambda: self.step(Step.ESCALATE))
        self.resolve_button.clicked.connect(lambda: self.step(Step.RESOLVE))
        self.which.currentIndexChanged.connect(lambda _: self.refresh())
        self.severity.currentIndexChanged.connect(lambda _: self._show())
        self.filter.textChanged.connect(self.proxy.setFilterFixedString)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        context.customerChanged.connect(lambda _: self.refresh())
        context.monthChanged.connect(lambda _: self.refresh())
        self._update_actions()

    # ------------------------------------------------------------ View

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    def hideEvent(self, event: QHideEvent) -> None:
        self.timer.stop()  # nobody sees the countdown
        super().hideEvent(event)

    # ------------------------------------------------------------ loading

    @property
    def chosen(self) -> Which:
        return Which(str(self.which.currentData()))

    def choose(self, which: Which) -> None:
        self.which.setCurrentIndex(self.which.findData(which.value))

    def _read(self) -> Work:
        customer_id, month, which = self.context.customer_id, self.context.month, self.chosen
        desk = self.desk
        self._remember_selection()

        def work(progress: Progress, cancelled: Cancelled) -> Loaded:
            cases = desk.cases
            if which is Which.MONTH:
                found = cases.cases(customer_id, month=month)
            else:
                found = cases.cases(customer_id, open_only=True)
                if which is Which.BREACHED:  # and those answered late, opened this month
                    ids = {c.id for c in found}
                    found += [c for c in cases.cases(customer_id, month=month) if c.id not in ids]
            names = tuple(desk.ledger_browser.customers())
            name = next((c.name for c in names if c.id == customer_id), None)
            return Loaded(tuple(found), name, names, desk.clock.now())

        return work

    def _read_sla(self) -> Work:
        customer_id, month, cases = self.context.customer_id, self.context.month, self.desk.cases

        def work(progress: Progress, cancelled: Cancelled) -> SlaLoaded:
            if customer_id is None:
                return SlaLoaded(cases.portfolio_sla(month).customers, month, None)
            sla = cases.sla(customer_id, month)
            return SlaLoaded((sla,), month, sla.customer)

        return work

    def _sla_failed(self, message: str) -> None:
        self.attainment.clear()
        self.portfolio.setText(
            self.tr("The month's SLA could not be read: {message}").format(message=message)
        )
        self.sla_loaded.emit()

    def _loaded(self, result: Loaded) -> None:
        self._result = result
        self._all = result.cases
        self._show()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        self._result = None
        self._all = ()
        self._show()
        self._say(self.tr("The cases could not be read: {message}").format(message=message))
        self.loaded.emit()

    # ------------------------------------------------------------ showing

    def _show(self) -> None:
        now = self.desk.clock.now()
        severity = self.severity.currentData()
        which = self.chosen
        wanted = {
            Which.AT_RISK: {CaseState.AT_RISK},
            Which.BREACHED: {CaseState.BREACHED},
        }.get(which)
        shown = [
            c
            for c in self._all
            if (severity is None or c.severity.value == severity)
            and (wanted is None or now_standing(c, now).state in wanted)
        ]
        # Soonest due first; no target last.
        shown.sort(key=lambda c: (c.due is None, c.due or c.opened_at, c.id))
        self.model.set_cases(shown, now)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the model's order
        loaded = self._result
        name = loaded.customer if loaded is not None else None
        month = text.month_title(self.context.month.label)
        # A line of three parts, each a phrase of its own.
        parts = (
            name or self.tr("All customers"),
            QCoreApplication.translate("CasesView", WHICH_SCOPE[which]).format(month=month),
            self.tr("%Ln cases", "", len(shown)),
        )
        self.scope.setText(" · ".join(parts))
        if shown:
            self.pages.setCurrentWidget(self.tree)
        else:
            self.empty_text.setText(self._empty_sentence(which, name, month))
            self.pages.setCurrentWidget(self.empty_text)
        self._restore_selection()
        self._update_actions()

    def _empty_sentence(self, which: Which, name: str | None, month: str) -> str:
        if name:
            sentence = {
                Which.OPEN: self.tr("No open cases for {customer}. Open one with New case…."),
                Which.AT_RISK: self.tr("No case for {customer} is at risk now."),
                Which.BREACHED: self.tr(
                    "No case for {customer} breached its response target in {month}."
                ),
                Which.MONTH: self.tr("No case for {customer} opened in {month}."),
            }[which]
        else:
            sentence = {
                Which.OPEN: self.tr("No open cases. Open one with New case…."),
                Which.AT_RISK: self.tr("No case is at risk now."),
                Which.BREACHED: self.tr("No case breached its response target in {month}."),
                Which.MONTH: self.tr("No case opened in {month}."),
            }[which]
        return sentence.format(customer=name, month=month)

    def refresh(self) -> None:
        super().refresh()
        self.sla_loader.refresh()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.sla_loader.shown()
        self.timer.start()
        self.tick()

    def _show_sla(self, loaded: SlaLoaded) -> None:
        month = text.month_title(loaded.month.label)
        self.sla_box.setTitle(self.tr("Response SLA in {month}").format(month=month))
        self.attainment.clear()
        due = met = 0
        for sla in loaded.slas:
            figures = sla.figures
            if figures.target is not None:
                due, met = due + figures.due, met + figures.met
            credit = (
                "—"
                if figures.credit_pct is None
                else format.money(figures.credit)
                if figures.breach
                else self.tr("none ({percent} % if breached)").format(percent=figures.credit_pct)
            )
            item = QTreeWidgetItem(
                [
                    sla.customer,
                    sla.tier.label if sla.tier is not None else "—",
                    f"{figures.due:,}",
                    f"{figures.met:,}",
                    attainment_text(figures.attainment),
                    self.tr("no SLA")
                    if figures.target is None
                    else attainment_text(figures.target),
                    credit,
                ]
            )
            for column in (2, 3, 4, 5, 6):
                item.setTextAlignment(column, format.NUMBER_ALIGNMENT)
            if figures.breach:
                # red, as a breached case; the credit too when the tier gives one
                for column in (4, 6) if figures.credit_pct is not None else (4,):
                    item.setBackground(column, QBrush(BADGE_BACKGROUND[Level.OVER]))
                    item.setForeground(column, QBrush(BADGE_INK[Level.OVER]))
                item.setToolTip(
                    4,
                    self.tr("Below the target of {target} %: the SLA is breached.").format(
                        target=figures.target
                    ),
                )
            self.attainment.addTopLevelItem(item)
        if not loaded.slas or (loaded.customer is not None and loaded.slas[0].figures.due == 0):
            self.portfolio.setText(
                self.tr("No cases were due in {month}.").format(month=month)
                if not loaded.slas or loaded.slas[0].figures.target is not None
                else self.tr("{customer}'s tier has no response SLA.").format(
                    customer=loaded.customer
                )
            )
        elif loaded.customer is None:
            percent = attainment_text(attainment(due, met))
            self.portfolio.setText(
                self.tr(
                    "Portfolio: %Ln cases due in {month}, {met} met, {percent} attainment.", "", due
                ).format(month=month, met=f"{met:,}", percent=percent)
            )
        else:
            self.portfolio.setText(
                self.tr(
                    "{customer}: cases whose response fell due in {month} and are decided."
                ).format(customer=loaded.customer, month=month)
            )
        self.sla_loaded.emit()

    def tick(self) -> None:
        """The countdown moves on a second: from what was read, no database."""
        self.model.tick(self.desk.clock.now())

    # ------------------------------------------------------------ selection

    def selected_case(self) -> CaseInfo | None:
        index = self.tree.currentIndex()
        if not index.isValid() or not self.tree.selectionModel().isSelected(index):
            return None
        found = self.proxy.mapToSource(index).data(CASE_ROLE)
        return found if isinstance(found, CaseInfo) else None

    def select_case(self, case_id: int) -> bool:
        row = self.model.row_of(case_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        self.tree.setCurrentIndex(index)
        self.tree.scrollTo(index)
        return True

    def show_case(self, case: CaseInfo) -> None:
        """Show `case` in the list and select it (Home's SLA card opens it here)."""
        self._select_id = case.id
        self.filter.clear()
        self.severity.setCurrentIndex(0)
        state = now_standing(case, self.desk.clock.now()).state
        self.choose(Which.BREACHED if state is CaseState.BREACHED else Which.OPEN)
        self.refresh()

    def _remember_selection(self) -> None:
        case = self.selected_case()
        if case is not None and self._select_id is None:
            self._select_id = case.id

    def _restore_selection(self) -> None:
        if self._select_id is not None and self.select_case(self._select_id):
            self._select_id = None

    def _update_actions(self) -> None:
        case = self.selected_case()
        running = case is not None and case.resolved_at is None
        self.respond_button.setEnabled(running and case is not None and case.answered_at is None)
        self.wait_button.setEnabled(running)
        self.escalate_button.setEnabled(running)
        self.resolve_button.setEnabled(running)

    # ------------------------------------------------------------ actions

    def new_case(self) -> None:
        customers = list(self._result.customers) if self._result is not None else []
        if not customers:
            customers = list(self.desk.ledger_browser.customers())
        done = CaseDialog.ask(
            self,
            self.desk,
            self.context.undo,
            self.edits,
            Step.NEW,
            customers=customers,
            customer_id=self.context.customer_id,
        )
        if done is not None:
            self._done(
                done,
                self.tr("Opened case {case} for {customer}").format(
                    case=done.reference, customer=done.customer
                ),
            )

    def step(self, step: Step) -> None:
        case = self.selected_case()
        if case is None:
            return
        done = CaseDialog.ask(self, self.desk, self.context.undo, self.edits, step, case)
        if done is not None:
            said = {
                Step.RESPOND: self.tr("Recorded the first response to case {case} of {customer}"),
                Step.WAIT: self.tr("Recorded a wait on the customer in case {case} of {customer}"),
                Step.ESCALATE: self.tr("Escalated to level {level} case {case} of {customer}"),
                Step.RESOLVE: self.tr("Resolved case {case} of {customer}"),
            }[step]
            self._done(
                done,
                said.format(
                    level=done.escalation_level, case=done.reference, customer=done.customer
                ),
            )

    def _done(self, case: CaseInfo, said: str) -> None:
        self._select_id = case.id
        self._say(self.tr("{done} (Ctrl+Z undoes it).").format(done=said))

    def _say(self, message: str) -> None:
        self.message.setText(message)
        self.message.setVisible(bool(message))
