"""The Home view: what needs attention across the portfolio in the toolbar's month.

Four cards, each a short list whose rows open the customer: this month's overage by
customer (largest charge first), allowances past 80 %, overdue reviews and renewals
within 60 days; and, when there are any, the adjustments to issued months that wait
for each customer's next report (largest total first); the support cases at risk now
or breached in the month (a row opens the case in Cases); below them, the portfolio's
hours by month as a stacked chart. The find box filters every list by customer name,
so a customer's overage is one Ctrl+F and a few letters away.

The figures are read off the GUI thread (thousands of customers take a moment), and
only while the view is on screen: a change elsewhere marks it stale and it reloads
when shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStackedWidget,
    QStyle,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from accountdesk import wording as text
from accountdesk.domain.periods import Month
from accountdesk.gui import format
from accountdesk.gui.context import DeskContext
from accountdesk.gui.qtmodels.cases import CASE_ROLE, SlaCardModel
from accountdesk.gui.qtmodels.dashboard import (
    CUSTOMER,
    DETAIL,
    FIGURE,
    ID_ROLE,
    AllowanceAlertModel,
    CardModel,
    OverageModel,
    OverdueReviewsModel,
    PendingAdjustmentsModel,
    RenewalsModel,
)
from accountdesk.gui.tasks import Cancelled, Loader, Progress, Work
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.views import CASES, CONTRACTS_AND_HOURS, LoadedWhenShown
from accountdesk.gui.widgets import scaled_font
from accountdesk.services.overview import Overview, PortfolioMonth

if TYPE_CHECKING:
    from accountdesk.app import Desk
    from accountdesk.db.notices import Change
    from accountdesk.gui.chart import HoursChart
    from accountdesk.services.cases import CaseInfo

PENDING_ROW = 2  # the adjustments' card, in the cards' grid
CONTENTS_PRECISION = 50  # rows measured to size a column to its contents
ANY_HEIGHT = 16_777_215  # QWIDGETSIZE_MAX: no limit


@dataclass
class Card:
    """One of the lists: its model, the filter over it, and its widgets."""

    model: CardModel[Any]
    proxy: QSortFilterProxyModel
    title: QLabel
    count: QLabel
    pages: QStackedWidget
    list: QTableView
    empty: QLabel
    empty_text: str = ""  # what to say when the list is empty (no filter typed)
    # The columns' widths for their contents (figure, customer, detail), measured when
    # the rows change: a resize only shares out the room again.
    widths: tuple[int, int, int] | None = None


class HomeView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("HomeView", "Home"))
    watches = CONTRACTS_AND_HOURS | CASES | {"review", "setting"}
    loading_title = str(
        QT_TRANSLATE_NOOP("HomeView", "Loading the dashboard…")
    )  # no dialog: the view says "Updating…"
    figures_shown = Signal()  # the cards of hours, reviews and renewals show the database
    loaded = Signal()  # and the chart and the support cases' card too

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        form = load_ui("home_view.ui", self)
        self.heading: QLabel = child(form, QLabel, "heading")
        self.as_of: QLabel = child(form, QLabel, "asOf")
        self.status: QLabel = child(form, QLabel, "status")
        self.problem: QLabel = child(form, QLabel, "problem")
        self.filter: QLineEdit = child(form, QLineEdit, "filter")
        self.chart_title: QLabel = child(form, QLabel, "chartTitle")
        self.chart_total: QLabel = child(form, QLabel, "chartTotal")
        self.chart_pages: QStackedWidget = child(form, QStackedWidget, "chartPages")
        self.chart_empty: QLabel = child(form, QLabel, "chartEmpty")
        self.heading.setFont(scaled_font(self.heading, 1.4, bold=True))
        self.as_of.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.chart_title.setFont(scaled_font(self.chart_title, 1.1, bold=True))
        # QUiLoader drops a box layout's stretch factors: the cards get three parts of
        # the height, the chart two (rows 2 and 3, below the header and the problem).
        layout = child(form, QVBoxLayout, "homeLayout")
        layout.setStretch(2, 3)
        layout.setStretch(3, 2)
        self._chart_host: QWidget = child(form, QWidget, "chartHost")
        self._no_hours = self.chart_empty.text()  # as the layout file words it
        self._chart: HoursChart | None = None

        self.overage = self._card(form, "overage", OverageModel(self))
        self.alerts = self._card(form, "alerts", AllowanceAlertModel(self))
        self.reviews = self._card(form, "reviews", OverdueReviewsModel(self))
        self.renewals = self._card(form, "renewals", RenewalsModel(self))
        self.pending = self._card(form, "pending", PendingAdjustmentsModel(self))
        self.pending.list.setToolTip(
            self.tr("Open a customer to see the adjustments in Entitlements.")
        )
        self.pending_card: QFrame = child(form, QFrame, "pendingCard")
        self.pending_card.hide()  # shown while some customer has adjustments waiting
        grid = self._grid = child(form, QGridLayout, "cards")
        self.sla = self._sla_card(grid)
        for row, stretch in enumerate((2, 2, 0, 1)):  # adjustments and cases: short lists
            grid.setRowStretch(row, stretch)
        self.cards = (self.overage, self.alerts, self.reviews, self.renewals)

        self.overview: Overview | None = None
        # The chart and the support cases' card are read once the figures are shown:
        # twelve months of the whole portfolio, and every open case, take longer than
        # the figures, and the cards are what a CSM looks at first.
        self._adding_up = self.tr("Adding up the hours of twelve months…")
        self.chart_loader = Loader(
            self,
            self._adding_up,
            self._read_chart,
            self._chart_read,
            self._load_failed,
            while_shown=False,
        )
        self._following: set[Loader] = set()  # read after the figures, not yet shown
        self.cases_loader = Loader(
            self,
            self.tr("Reading the support cases…"),
            self._read_cases,
            self._cases_loaded,
            self._load_failed,
            while_shown=False,
        )
        self.filter.textChanged.connect(self._filter)
        context.monthChanged.connect(lambda _: self.refresh())
        # The customers changed since the figures shown were read (from change notices),
        # None when everything must be read again; and whether the hours changed.
        self._stale: frozenset[int] | None = None
        self._hours_stale = True
        # Whether the cases' card must be read again: every open case and the month's
        # take seconds at thousands of customers, so a teammate's logged hour leaves it.
        self._cases_stale = True
        self._months: tuple[PortfolioMonth, ...] = ()
        self._by_notice = False

    def _card(self, form: QWidget, prefix: str, model: CardModel[Any]) -> Card:
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(CUSTOMER)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        card = Card(
            model=model,
            proxy=proxy,
            title=child(form, QLabel, f"{prefix}Title"),
            count=child(form, QLabel, f"{prefix}Count"),
            pages=child(form, QStackedWidget, f"{prefix}Pages"),
            list=child(form, QTableView, f"{prefix}List"),
            empty=child(form, QLabel, f"{prefix}Empty"),
        )
        self._set_up(card, self.tr("Double-click a customer, or press Enter, to open it."))
        return card

    def _set_up(self, card: Card, tip: str) -> None:
        """What every card's list does: a table, not a tree, because a tree lays out
        every row of its model when shown (thousands, each asked of the Python model:
        a fifth of a second for Home's cards at 5,000 customers), where a table asks
        only about the rows on screen."""
        card.title.setFont(scaled_font(card.title, 1.1, bold=True))
        card.count.setFont(scaled_font(card.count, 1.1, bold=True))
        table = card.list
        # A list of lines, as a tree shows one: whole rows selected, no grid, no row
        # numbers, and Tab leaving the list rather than walking its cells.
        table.setAlternatingRowColors(True)
        table.setEditTriggers(QTableView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QTableView.SelectionMode.SingleSelection)
        table.setShowGrid(False)
        table.setWordWrap(False)
        table.setTabKeyNavigation(False)
        table.setCornerButtonEnabled(False)
        table.verticalHeader().hide()
        table.setModel(card.proxy)
        header = table.horizontalHeader()
        header.setHighlightSections(False)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # A list's headings over its text, as a tree's are (a table centres them).
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        # Sized to their contents once per load (see _show), not kept sized: a header
        # that resizes to contents measures its rows again whenever the view is hidden
        # or shown, which made leaving Home take 20 ms. Sized on the first rows only:
        # measuring thousands would stall the window. A longer text further down is
        # elided, and its tool tip has it whole.
        header.setResizeContentsPrecision(CONTENTS_PRECISION)
        # One line a row, as tall as its text (set once there are rows, see _fit).
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        # Columns shared out and the list cut to whole rows whenever its room changes.
        card.pages.installEventFilter(self)
        table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        table.setToolTip(tip)
        # Qt's convention for item views: a click selects, a double click or Enter opens
        # (`activated`, which on a desktop set to open on one click is that click).
        table.activated.connect(self._open)

    def _sla_card(self, grid: QGridLayout) -> Card:
        """The support cases' card, below the others (built here: its rows are cases)."""
        frame = QFrame()
        frame.setObjectName("slaCard")
        frame.setFrameShape(QFrame.Shape.StyledPanel)
        layout = QVBoxLayout(frame)
        layout.setSpacing(6)
        title_row = QHBoxLayout()
        title, count = QLabel(self.tr("SLA at risk now / breached this month")), QLabel()
        count.setAlignment(format.NUMBER_ALIGNMENT)
        title_row.addWidget(title, 1)
        title_row.addWidget(count)
        layout.addLayout(title_row)
        pages = QStackedWidget()
        table, empty = QTableView(), QLabel()
        table.setObjectName("slaList")
        table.setAccessibleName(self.tr("SLA at risk now / breached this month"))
        empty.setWordWrap(True)
        empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        pages.addWidget(table)
        pages.addWidget(empty)
        layout.addWidget(pages)
        grid.addWidget(frame, 3, 0, 1, 2)
        self.sla_card = frame
        model = SlaCardModel(self)
        proxy = QSortFilterProxyModel(self)
        proxy.setSourceModel(model)
        proxy.setFilterKeyColumn(CUSTOMER)
        proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        card = Card(model, proxy, title, count, pages, table, empty)
        self._set_up(card, self.tr("Double-click a case, or press Enter, to open it in Cases."))
        return card

    # ------------------------------------------------------------ View

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    # ------------------------------------------------------------ loading

    def refresh(self) -> None:
        if not self._by_notice:  # asked by the window or the user: read everything
            self._stale, self._hours_stale, self._cases_stale = None, True, True
        super().refresh()

    def changed_elsewhere(self, change: Change) -> None:
        """Someone else's change: only the customers it names are read again (the
        others' lines are kept), and the chart only when hours changed."""
        if not self.shows(change):
            return
        if self._stale is not None and change.customers and "tier" not in change.tables:
            self._stale = self._stale | change.customers
        else:
            self._stale = None
        self._hours_stale = self._hours_stale or "ledger_entry" in change.tables
        # A case's customer renamed or its tier changed shows in the card too.
        self._cases_stale = self._cases_stale or bool(
            change.tables & (CASES | {"customer", "contract_term", "tier"})
        )
        self._by_notice = True
        try:
            super().changed_elsewhere(change)
        finally:
            self._by_notice = False

    def _read(self) -> Work:
        month = self.context.month
        dashboard = self.desk.dashboard
        self.status.setText(self.tr("Updating…"))
        since, stale = self.overview, self._stale
        self._stale = frozenset()

        def work(progress: Progress, cancelled: Cancelled) -> Overview:
            return dashboard.overview(month, since, stale)

        return work

    def _read_chart(self) -> Work:
        month, dashboard = self.context.month, self.desk.dashboard
        months = () if self._hours_stale else self._months
        self._hours_stale = False

        def work(progress: Progress, cancelled: Cancelled) -> tuple[PortfolioMonth, ...]:
            # Loaded here, off the window's thread: ReportLab's graphics take a while.
            import accountdesk.gui.chart  # noqa: F401

            if not months or months[-1].month != month:
                return dashboard.hours_by_month(month)
            return months

        return work

    def _read_cases(self) -> Work:
        month, cases = self.context.month, self.desk.cases

        def work(progress: Progress, cancelled: Cancelled) -> tuple[list[CaseInfo], datetime]:
            return cases.at_risk_or_breached(month)

        return work

    def _loaded(self, overview: Overview) -> None:
        self._show_figures(overview)
        self.figures_shown.emit()
        self._following = {self.chart_loader}
        self.chart_loader.load()
        if self._cases_stale:
            self._cases_stale = False
            self._following.add(self.cases_loader)
            self.cases_loader.load()

    def show_kept(self, overview: Overview) -> None:
        """Figures the window read from what the database keeps before it was open
        (services.home_at_start): shown as they are, saying that Home is updating; the
        first read on the open database reads them again, with the chart and the
        support cases' card."""
        self.loader.stale = False  # shown, it waits for that read: no desk to read yet
        self._show_figures(overview)
        self.status.setText(self.tr("Updating…"))

    def _followed(self, loader: Loader) -> None:
        if loader not in self._following:
            return  # begun for figures shown earlier: `loaded` was said for them
        self._following.discard(loader)
        if not self._following:
            self.status.clear()
            self.loaded.emit()

    def _chart_read(self, months: tuple[PortfolioMonth, ...]) -> None:
        shown, self._months = self._months, months
        if months != shown or self.chart_pages.currentWidget() is not self._chart_host:
            self._show_chart(months)
        self._followed(self.chart_loader)

    def _cases_loaded(self, result: tuple[list[CaseInfo], datetime]) -> None:
        at_risk, now = result
        self.sla.model.set_cases(at_risk, now)  # type: ignore[attr-defined]
        self._show_sla_card()
        self._followed(self.cases_loader)

    def _load_failed(self, message: str) -> None:
        # read everything next time
        self._stale, self._hours_stale, self._cases_stale = None, True, True
        self.status.clear()
        self.problem.setText(
            self.tr("The dashboard could not be read: {reason}").format(reason=message)
        )
        self.problem.show()

    # ------------------------------------------------------------ showing

    def _show_figures(self, overview: Overview) -> None:
        self.problem.hide()
        self._show(overview)
        if self._chart is None:  # the first chart: say what the empty panel waits for
            self.chart_empty.setText(self._adding_up)
            self.chart_pages.setCurrentWidget(self.chart_empty)

    def _show(self, overview: Overview) -> None:
        before, self.overview = self.overview, overview
        # A refresh of the same day's month re-lays only the lists that changed.
        same_day = (
            before is not None and before.month == overview.month and before.today == overview.today
        )
        month = text.month_title(overview.month.label)
        today = overview.today
        self.heading.setText(self.tr("Portfolio in {month}").format(month=month))
        self.as_of.setText(
            self.tr(
                "%Ln customers · reviews and renewals as of {day}", "", overview.customers
            ).format(day=text.long_day(today))
        )
        for card in self.cards:
            card.model.today = today
        lists = (
            (self.overage, overview.overages),
            (self.alerts, overview.allowance_alerts),
            (self.reviews, overview.overdue_reviews),
            (self.renewals, overview.renewals),
            (self.pending, overview.pending),
        )
        changed = {id(card) for card, rows in lists if card.model.set_rows(rows)}

        self.overage.title.setText(self.tr("Overage in {month}").format(month=month))
        self.overage.count.setText(format.money(overview.overage_total))
        self.overage.count.setToolTip(
            self.tr("All customers' overage charges in the month together")
        )
        self.overage.empty_text = self.tr(
            "No overage in {month}: every customer stayed within their allowances."
        ).format(month=month)
        self.alerts.title.setText(self.tr("Allowances past 80 % in {month}").format(month=month))
        self.alerts.count.setText(QLocale().toString(len(overview.allowance_alerts)))
        self.alerts.empty_text = self.tr(
            "No allowance is past 80 % in {month}. Customers show here as they near "
            "their included hours."
        ).format(month=month)
        self.reviews.count.setText(QLocale().toString(len(overview.overdue_reviews)))
        self.reviews.empty_text = self.tr(
            "No overdue reviews. A planned review shows here once its time has passed "
            "and it is not marked held, cancelled or missed in the Reviews view."
        )
        self.renewals.count.setText(QLocale().toString(len(overview.renewals)))
        self.renewals.empty_text = self.tr(
            "No contract ends in the next 60 days. Contracts show here two months before they end."
        )
        self.pending.count.setText(QLocale().toString(len(overview.pending)))
        self.pending.count.setToolTip(
            self.tr("Customers whose next report carries adjustments to months already issued")
        )
        self.pending.empty_text = self.tr("No adjustments are waiting for a report.")
        self.pending_card.setVisible(bool(overview.pending))
        # A hidden card's row keeps its share of the height, as an empty band: it gets
        # a share only while the card shows.
        self._grid.setRowStretch(PENDING_ROW, 1 if overview.pending else 0)
        for card in (*self.cards, self.pending):
            card.count.setAccessibleName(f"{card.title.text()}: {card.count.text()}")
            if id(card) in changed or not same_day:
                self._fit(card)
        self._filter()

    def _show_sla_card(self) -> None:
        month = text.month_title(self.context.month.label)
        self.sla.count.setText(QLocale().toString(self.sla.model.rowCount()))
        self.sla.title.setText(self.tr("SLA at risk now / breached in {month}").format(month=month))
        self.sla.empty_text = self.tr(
            "No case is at risk now, and none breached its response target in {month}."
        ).format(month=month)
        self.sla.count.setAccessibleName(f"{self.sla.title.text()}: {self.sla.count.text()}")
        self._fit(self.sla)
        self._filter()

    @property
    def chart(self) -> HoursChart:
        """Built when first drawn: ReportLab's charts need not load before the window shows."""
        if self._chart is None:
            from accountdesk.gui.chart import HoursChart

            self._chart = HoursChart()
            layout = self._chart_host.layout()
            assert layout is not None  # as the layout file builds it
            layout.addWidget(self._chart)
        return self._chart

    def _show_chart(self, months: tuple[PortfolioMonth, ...]) -> None:
        total = sum(each.total_seconds for each in months)
        if months:
            first, last = months[0].month, months[-1].month
            self.chart_title.setText(
                self.tr("Hours by month, whole portfolio: {first} to {last}").format(
                    first=_short(first), last=_short(last)
                )
            )
        self.chart_total.setText(
            self.tr("{hours} in total").format(hours=format.hours_text(total)) if total else ""
        )
        if total == 0:
            self.chart_empty.setText(self._no_hours)
            self.chart_pages.setCurrentWidget(self.chart_empty)
            self.chart.set_months(())
            return
        self.chart.set_months(months)
        self.chart_pages.setCurrentWidget(self._chart_host)

    def _filter(self) -> None:
        typed = self.filter.text().strip()
        for card in (*self.cards, self.pending, self.sla):
            card.proxy.setFilterFixedString(typed)
            if card.proxy.rowCount():
                card.pages.setCurrentWidget(card.list)
                continue
            if typed and card.model.rowCount():
                card.empty.setText(
                    self.tr("No customer matching “{typed}” in this list.").format(typed=typed)
                )
            else:
                card.empty.setText(card.empty_text)
            card.pages.setCurrentWidget(card.empty)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            for card in (*self.cards, self.sla):
                if watched is card.pages:
                    self._fit(card, measure=False)
        return super().eventFilter(watched, event)

    def _fit(self, card: Card, measure: bool = True) -> None:
        """Whole rows only (a row cut in half reads as a broken one), and the customer's
        name first: any room the columns leave goes to the name; short of room, the
        name still gets its width up to three fifths of the row, and the detail is
        elided (its tool tip has it whole). The columns' contents are measured again
        only when asked (`measure`, the rows changed): a resize only shares out the
        room, and the window is resized many times as it opens."""
        table, header = card.list, card.list.horizontalHeader()
        rows = card.proxy.rowCount()
        row_height = table.sizeHintForRow(0) if rows else 0
        lines = table.verticalHeader()
        if row_height > 0 and lines.defaultSectionSize() != row_height:
            lines.setMinimumSectionSize(row_height)
            lines.setDefaultSectionSize(row_height)
        frame = 2 * table.frameWidth()
        if row_height > 0:
            above = frame + header.sizeHint().height()
            whole = max(1, (card.pages.height() - above) // row_height)
            table.setMaximumHeight(above + whole * row_height)
        else:
            whole = 0
            table.setMaximumHeight(ANY_HEIGHT)
        if measure or card.widths is None:
            card.widths = (
                max(table.sizeHintForColumn(FIGURE), header.sectionSizeHint(FIGURE)),
                max(table.sizeHintForColumn(CUSTOMER), header.sectionSizeHint(CUSTOMER)),
                max(table.sizeHintForColumn(DETAIL), header.sectionSizeHint(DETAIL)),
            )
        figure, name, detail = card.widths
        extent = table.style().pixelMetric(QStyle.PixelMetric.PM_ScrollBarExtent, None, table)
        scrollbar = extent if rows > whole else 0
        room = max(0, card.pages.width() - frame - scrollbar - figure)
        if name + detail <= room:
            name = room - detail
        else:
            name = min(name, max(room - detail, room * 3 // 5))
        header.resizeSection(FIGURE, figure)
        header.resizeSection(CUSTOMER, name)
        header.resizeSection(DETAIL, room - name)

    def _open(self, index: QModelIndex) -> None:
        case = index.data(CASE_ROLE)
        if case is not None:  # the SLA card: the case itself
            self.context.openCase.emit(case)
            return
        customer_id = index.data(ID_ROLE)
        if customer_id is None:
            return
        if index.model() is self.pending.proxy:  # where the adjustments are listed
            self.context.openEntitlements.emit(int(customer_id))
        else:
            self.context.openCustomer.emit(int(customer_id))


def _short(month: Month) -> str:
    return text.short_month(month.label)
