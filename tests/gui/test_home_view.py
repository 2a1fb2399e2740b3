"""The Home view: four cards that list the right customers and open them on a double
click or Enter, the find box over them, the portfolio chart, loading off the GUI
thread, and the item models checked with qtmodeltester."""

import threading
from datetime import date, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import QPoint, QSettings, Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication, QFrame, QProgressDialog, QToolTip

from accountdesk.app import open_desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.forecast import Level
from accountdesk.domain.periods import Month, Quarter
from accountdesk.domain.reviews import ReviewKind
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.qtmodels.dashboard import (
    CUSTOMER,
    DETAIL,
    FIGURE,
    ID_ROLE,
    AllowanceAlertModel,
    OverageModel,
    OverdueReviewsModel,
    RenewalsModel,
)
from accountdesk.gui.tasks import SHOW_AFTER_MS
from accountdesk.gui.views.home import HomeView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.overview import AllowanceAlert, Overage, OverdueReviews, Renewal
from accountdesk.services.portfolio import NewCustomer

NOVEMBER = Month(2026, 11)
TODAY = date(2026, 11, 26)


def log(desk, customer, day, hours, category=Category.CONSULTING):
    desk.ledger.log(NewEntry(customer, day, round(hours * 3600), category, "jdoe", "work"))


@pytest.fixture
def portfolio(sqlite_desk, sqlite_url):
    """Known overage (Acme), an allowance at 87.5 % (Beta), an overdue review (Zeta),
    a renewal in 30 days (Delta), and a customer with nothing to report (Calm)."""
    add = sqlite_desk.portfolio.add_customer
    ids = {
        "Acme": add(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1))),
        "Beta": add(NewCustomer("Beta", Tier.PROFESSIONAL, date(2026, 1, 1))),
        "Delta": add(
            NewCustomer("Delta", Tier.ENTERPRISE, date(2026, 1, 1), end=TODAY + timedelta(30))
        ),
        "Calm": add(NewCustomer("Calm", Tier.COMMUNITY, date(2026, 1, 1))),
        "Zeta": add(NewCustomer("Zeta", Tier.PROFESSIONAL, date(2026, 1, 26))),
    }
    log(sqlite_desk, "Acme", date(2026, 11, 3), 4)
    log(sqlite_desk, "Acme", date(2026, 11, 20), 2.5)  # 2.50 h over: 1,250.00 USD
    log(sqlite_desk, "Beta", date(2026, 11, 10), 3.5)
    log(sqlite_desk, "Delta", date(2026, 10, 6), 3, Category.TRAINING)
    # Zeta's reviews were planned in October; the one of 26 October was never recorded.
    earlier = open_desk(sqlite_url, clock=FixedClock(date(2026, 10, 1)), user="tester")
    try:
        earlier.reviews.plan("Zeta", until=date(2026, 11, 20))
    finally:
        earlier.close()
    return ids


def customers(card):
    """The customer names a card's list shows now, top to bottom."""
    return [card.proxy.index(row, CUSTOMER).data() for row in range(card.proxy.rowCount())]


def home(qtbot, desk, month=NOVEMBER):
    view = HomeView(desk, DeskContext(month))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    return view


def click_row(qtbot, card, row):
    index = card.proxy.index(row, CUSTOMER)
    card.list.scrollTo(index)
    point = card.list.visualRect(index).center()
    qtbot.mouseClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=point)


def test_cards_list_the_right_customers(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    assert view.heading.text() == "Portfolio in November 2026"
    assert customers(view.overage) == ["Acme"]
    assert view.overage.title.text() == "Overage in November 2026"
    assert view.overage.count.text() == "1,250.00 USD"
    row = [view.overage.proxy.index(0, c).data() for c in (CUSTOMER, DETAIL, FIGURE)]
    assert row == ["Acme", "2.50 h", "1,250.00 USD"]
    assert customers(view.alerts) == ["Acme", "Beta"]
    assert view.alerts.proxy.index(1, FIGURE).data() == "88 %"
    assert customers(view.reviews) == ["Zeta"]
    assert view.reviews.proxy.index(0, DETAIL).data() == "Architecture review, 26 Oct"
    assert view.reviews.proxy.index(0, FIGURE).data() == "31 days"
    assert customers(view.renewals) == ["Delta"]
    assert view.renewals.proxy.index(0, FIGURE).data() == "30 days"
    for card in view.cards:
        assert card.pages.currentWidget() is card.list
        # Figures are right-aligned.
        alignment = card.proxy.index(0, FIGURE).data(Qt.ItemDataRole.TextAlignmentRole)
        assert Qt.AlignmentFlag(alignment) & Qt.AlignmentFlag.AlignRight


def test_the_arrow_keys_move_down_a_list_a_row_at_a_time(qtbot, sqlite_desk, portfolio):
    """A card's list is a table: Down goes to the next row (and selects all of it),
    Tab leaves the list rather than walking its cells."""
    view = home(qtbot, sqlite_desk)
    card = view.alerts  # Acme, then Beta
    card.list.setFocus()
    card.list.setCurrentIndex(card.proxy.index(0, CUSTOMER))
    qtbot.keyClick(card.list, Qt.Key.Key_Down)
    assert card.list.currentIndex().row() == 1
    assert card.list.selectionModel().isRowSelected(1)
    with qtbot.waitSignal(view.context.openCustomer) as opened:
        qtbot.keyClick(card.list, Qt.Key.Key_Return)
    assert opened.args == [portfolio["Beta"]]
    assert not card.list.tabKeyNavigation()


@pytest.mark.parametrize("card_name", ["overage", "alerts", "reviews", "renewals"])
def test_a_click_selects_a_row_and_a_double_click_opens_the_customer(
    qtbot, sqlite_desk, portfolio, card_name
):
    view = home(qtbot, sqlite_desk)
    card = getattr(view, card_name)
    expected = card.proxy.index(0, CUSTOMER).data(ID_ROLE)
    opened = []
    view.context.openCustomer.connect(opened.append)
    click_row(qtbot, card, 0)
    # One click selects the row, as in every list; nothing opens.
    assert card.list.selectionModel().isRowSelected(0)
    assert card.list.currentIndex().row() == 0
    assert opened == []
    point = card.list.visualRect(card.proxy.index(0, CUSTOMER)).center()
    with qtbot.waitSignal(view.context.openCustomer) as signal:
        qtbot.mouseDClick(card.list.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert signal.args == [expected]
    assert opened == [expected]  # once, not once per click
    assert expected == portfolio[card.proxy.index(0, CUSTOMER).data()]


def test_enter_on_a_row_opens_the_customer_too(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    table = view.renewals.list
    table.setCurrentIndex(view.renewals.proxy.index(0, CUSTOMER))
    with qtbot.waitSignal(view.context.openCustomer) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [portfolio["Delta"]]


def test_find_filters_every_card_by_customer_name(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    view.focus_search()
    assert view.focusWidget() is view.filter
    qtbot.keyClicks(view.filter, "bet")
    assert customers(view.alerts) == ["Beta"]
    assert customers(view.overage) == []
    assert view.overage.pages.currentWidget() is view.overage.empty
    assert view.overage.empty.text() == "No customer matching “bet” in this list."
    view.filter.clear()
    assert customers(view.overage) == ["Acme"]
    assert view.overage.pages.currentWidget() is view.overage.list


def test_changing_the_month_reloads_the_cards(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.context.set_month(Month(2026, 10))
    assert view.heading.text() == "Portfolio in October 2026"
    assert customers(view.overage) == []
    assert view.overage.pages.currentWidget() is view.overage.empty
    assert view.overage.empty.text() == (
        "No overage in October 2026: every customer stayed within their allowances."
    )
    assert customers(view.renewals) == ["Delta"]  # renewals are as of today


def test_a_new_entry_shows_after_the_window_refreshes(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    log(sqlite_desk, "Beta", date(2026, 11, 24), 1.5)  # 5 of 4 h: 1 h over
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    assert customers(view.overage) == ["Acme", "Beta"]
    assert view.overage.count.text() == "1,750.00 USD"


def test_a_refresh_while_hidden_waits_until_shown(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    view.hide()
    log(sqlite_desk, "Beta", date(2026, 11, 24), 1.5)
    view.refresh()
    assert customers(view.overage) == ["Acme"]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    assert customers(view.overage) == ["Acme", "Beta"]


def test_the_chart_shows_twelve_months_stacked_by_category(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    months = view.chart.months
    assert len(months) == 12
    assert (months[0].month, months[-1].month) == (Month(2025, 12), NOVEMBER)
    assert months[-1].seconds[Category.CONSULTING] == 10 * 3600
    assert months[-2].seconds[Category.TRAINING] == 3 * 3600
    assert view.chart_pages.currentWidget() is not view.chart_empty
    assert view.chart_total.text() == "13.00 h in total"
    assert view.chart.describe(months[-1]) == "November 2026: 10.00 h\nConsulting: 10.00 h"
    assert view.chart.month_at(11.2) is months[-1]
    assert view.chart.month_at(10.5) is None  # between two bars
    # What the chart draws: every month, the legend, the axis.
    drawn = view.chart.svg()
    for label in ("Dec 2025", "Jan 2026", "Oct", "Nov", "Consulting", "Incident", "hours"):
        assert f">{label}</text>" in drawn


def test_the_cards_show_first_and_the_chart_and_cases_follow(qtbot, sqlite_desk, portfolio):
    """The cards are what a CSM looks at first: they are shown before the chart's twelve
    months are summed and the open cases read, and the chart's panel says so."""
    view = HomeView(sqlite_desk, DeskContext(NOVEMBER))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    at_figures: list[tuple[list[str], bool, str]] = []
    view.figures_shown.connect(
        lambda: at_figures.append(
            (
                customers(view.overage),
                view.chart_pages.currentWidget() is view.chart_empty,
                view.chart_empty.text(),
            )
        )
    )
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    assert at_figures == [(["Acme"], True, "Adding up the hours of twelve months…")]
    assert view.chart_pages.currentWidget() is not view.chart_empty  # drawn since
    assert view.chart_total.text() == "13.00 h in total"


def test_hovering_a_month_shows_its_figures(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    chart = view.chart
    chart.resize(800, 300)
    qtbot.waitUntil(lambda: chart.plot_area().width() > 600)
    plot = chart.plot_area()
    slot = plot.width() / 12
    last_bar = QPoint(int(plot.left() + slot * 11.5), int(plot.bottom() - 2))
    qtbot.mouseMove(chart, last_bar)
    qtbot.waitUntil(QToolTip.isVisible)
    assert QToolTip.text() == "November 2026: 10.00 h\nConsulting: 10.00 h"
    between = QPoint(int(plot.left() + slot * 11), int(plot.bottom() - 2))
    qtbot.mouseMove(chart, between)
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def test_the_chart_follows_the_palette(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    dark = QPalette(view.chart.palette())
    dark.setColor(QPalette.ColorRole.Text, QColor("#f0f0f0"))
    dark.setColor(QPalette.ColorRole.Base, QColor("#202020"))
    view.chart.setPalette(dark)
    qtbot.waitUntil(lambda: "rgb(94%,94%,94%)" in view.chart.svg())
    image = view.chart.grab().toImage()
    assert image.pixelColor(2, 2) == QColor("#202020")  # the background too


def test_an_empty_portfolio_says_what_each_card_is_for(qtbot, sqlite_desk):
    view = home(qtbot, sqlite_desk)
    for card in view.cards:
        assert card.pages.currentWidget() is card.empty
        assert card.empty.text()
    assert view.reviews.empty.text().startswith("No overdue reviews.")
    assert view.chart_pages.currentWidget() is view.chart_empty


def test_loading_runs_off_the_gui_thread(qtbot, sqlite_desk, portfolio, monkeypatch):
    threads = []
    overview = sqlite_desk.dashboard.overview

    def watched(month, *since):
        threads.append(threading.current_thread() is threading.main_thread())
        return overview(month, *since)

    monkeypatch.setattr(sqlite_desk.dashboard, "overview", watched)
    home(qtbot, sqlite_desk)
    assert threads == [False]


def test_a_slow_dashboard_says_updating_and_never_blocks_the_window(
    qtbot, sqlite_desk, portfolio, monkeypatch
):
    release = threading.Event()
    overview = sqlite_desk.dashboard.overview

    def slow(month, *since):
        release.wait(20)  # held until the test has looked at the window
        return overview(month, *since)

    monkeypatch.setattr(sqlite_desk.dashboard, "overview", slow)
    view = HomeView(sqlite_desk, DeskContext(NOVEMBER))
    qtbot.addWidget(view)
    view.show()
    qtbot.wait(SHOW_AFTER_MS * 2)  # past the point where a progress dialog would appear
    assert view.status.text() == "Updating…"
    assert QApplication.activeModalWidget() is None
    assert not [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QProgressDialog) and w.isVisible()
    ]
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        release.set()
    assert customers(view.overage) == ["Acme"]


# ----------------------------------------------------------------------------- models


def _models():
    today = TODAY
    overage = OverageModel()
    overage.set_rows(
        [
            Overage(1, "Acme", Decimal(9000), Decimal("1250.00")),  # 2.50 h
            Overage(2, "Beta", Decimal(900), Decimal(125)),  # 0.25 h
        ]
    )
    alerts = AllowanceAlertModel()
    alerts.set_rows(
        [
            # 6.50 h used of 4.00 h
            AllowanceAlert(1, "Acme", Category.CONSULTING, NOVEMBER, Decimal(4), 23400, Level.OVER),
            AllowanceAlert(
                3, "Gamma", Category.DEVELOPMENT, Quarter(2026, 4), Decimal(0), 3600, Level.OVER
            ),
        ]
    )
    reviews = OverdueReviewsModel()
    reviews.today = today
    reviews.set_rows([OverdueReviews(4, "Zeta", 3, date(2026, 10, 26), ReviewKind.QBR, 31)])
    renewals = RenewalsModel()
    renewals.today = today
    renewals.set_rows([Renewal(5, "Delta", Tier.ENTERPRISE, date(2027, 1, 5), 40)])
    return overage, alerts, reviews, renewals


@pytest.mark.parametrize("index", range(4))
def test_card_models_pass_qtmodeltester(qtmodeltester, index):
    model = _models()[index]
    qtmodeltester.check(model)
    model.set_rows([])
    qtmodeltester.check(model)


def test_model_rows_read_in_words(qtbot):
    overage, alerts, reviews, renewals = _models()

    def row(model, r=0):
        return [model.index(r, c).data() for c in (CUSTOMER, DETAIL, FIGURE)]

    assert row(overage) == ["Acme", "2.50 h", "1,250.00 USD"]
    assert row(alerts) == ["Acme", "Consulting 6.50 h of 4.00 h", "163 %"]
    assert row(alerts, 1) == ["Gamma", "Development 1.00 h of 0.00 h", "all overage"]
    assert row(reviews) == ["Zeta", "Quarterly business review, 26 Oct (+2 more)", "31 days"]
    assert row(renewals) == ["Delta", "Enterprise, 5 Jan 2027", "40 days"]
    assert overage.index(1, CUSTOMER).data(ID_ROLE) == 2
    assert overage.headerData(FIGURE, Qt.Orientation.Horizontal) == "Charge"


def test_tooltips_never_read_a_name_as_markup(qtbot):
    model = OverageModel()
    model.set_rows([Overage(1, "<b>Bold</b>", Decimal(3600), Decimal(500))])
    tip = model.index(0, CUSTOMER).data(Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt;" in tip


# ------------------------------------------------------------ adjustments waiting


@pytest.fixture
def adjusted(sqlite_desk, tmp_path):
    """October issued for three customers; since then one entry corrected down (a
    credit of 1,000.00), one up (a charge of 500.00); the third unchanged."""
    add = sqlite_desk.portfolio.add_customer
    ids = {
        name: add(NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 1)))
        for name in ("Credit", "Charge", "Quiet")
    }
    entries = {
        name: sqlite_desk.ledger.log(
            NewEntry(name, date(2026, 10, 5), 6 * 3600, Category.CONSULTING, "jdoe", "work")
        )
        for name in ids
    }
    for name in ids:
        sqlite_desk.reports.issue(name, Month(2026, 10), tmp_path / f"{name}.pdf")
    sqlite_desk.ledger.correct(entries["Credit"], 3 * 3600, "Booked twice")
    sqlite_desk.ledger.correct(entries["Charge"], 7 * 3600, "An hour was missing")
    return ids


def test_adjustments_waiting_are_listed_largest_first(qtbot, sqlite_desk, adjusted):
    view = home(qtbot, sqlite_desk)
    assert view.pending_card.isVisible()
    assert view.pending.title.text() == "Adjustments waiting for the next report"
    assert view.pending.count.text() == "2"
    assert customers(view.pending) == ["Credit", "Charge"]  # Quiet has none
    rows = [
        [view.pending.proxy.index(r, c).data() for c in (CUSTOMER, DETAIL, FIGURE)]
        for r in range(2)
    ]
    assert rows == [
        ["Credit", "Oct 2026", "\u22121,000.00 USD"],
        ["Charge", "Oct 2026", "500.00 USD"],
    ]
    tip = view.pending.proxy.index(0, FIGURE).data(Qt.ItemDataRole.ToolTipRole)
    assert "1 adjustment to October 2026 waits for the next report" in tip
    assert "a credit of 1,000.00 USD" in tip
    qtbot.keyClicks(view.filter, "char")
    assert customers(view.pending) == ["Charge"]


def test_double_click_or_enter_opens_a_customer_with_adjustments(qtbot, sqlite_desk, adjusted):
    view = home(qtbot, sqlite_desk)
    table = view.pending.list
    qtbot.waitUntil(lambda: table.viewport().height() > 40)  # the card laid out
    index = view.pending.proxy.index(0, CUSTOMER)
    point = table.visualRect(index).center()
    with qtbot.waitSignal(view.context.openEntitlements) as opened:
        # A double click as a mouse makes it: a click, then a second press and release.
        qtbot.mouseClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseDClick(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
        qtbot.mouseRelease(table.viewport(), Qt.MouseButton.LeftButton, pos=point)
    assert opened.args == [adjusted["Credit"]]
    table.setCurrentIndex(view.pending.proxy.index(1, CUSTOMER))
    with qtbot.waitSignal(view.context.openEntitlements) as opened:
        qtbot.keyClick(table, Qt.Key.Key_Return)
    assert opened.args == [adjusted["Charge"]]


def test_opening_it_shows_the_adjustments_in_entitlements(qtbot, sqlite_desk, adjusted):
    from accountdesk.gui.main_window import MainWindow
    from accountdesk.gui.views.entitlements import EntitlementsView

    QSettings().clear()  # no customer, month or view remembered from another test
    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    home_view = window.view(HomeView)
    qtbot.waitUntil(lambda: home_view.pending.proxy.rowCount() == 2, timeout=20_000)
    home_view.pending.list.setCurrentIndex(home_view.pending.proxy.index(0, CUSTOMER))
    qtbot.keyClick(home_view.pending.list, Qt.Key.Key_Return)
    entitlements = window.view(EntitlementsView)
    qtbot.waitUntil(lambda: window.pages.currentWidget() is entitlements)
    qtbot.waitUntil(lambda: entitlements.loader.current and entitlements.usage is not None)
    assert entitlements.customer_name.text() == "Credit"
    assert entitlements.pending_box.isVisible()
    assert entitlements.pending_rows()[-1] == ["Together on the next report", "\u22121,000.00 USD"]


def test_without_adjustments_the_card_stays_out_of_the_way(qtbot, sqlite_desk, portfolio):
    view = home(qtbot, sqlite_desk)
    assert not view.pending_card.isVisible()
    assert view.pending.proxy.rowCount() == 0
    # Its row leaves no empty band: the cases' card follows the reviews' card at once.
    reviews = view.findChild(QFrame, "reviewsCard")
    spacing = view._grid.verticalSpacing()

    def gap() -> int:
        return view.sla_card.geometry().top() - reviews.geometry().bottom()

    qtbot.waitUntil(lambda: gap() <= 2 * spacing + 2, timeout=5_000)


def test_with_adjustments_their_card_takes_its_place_between_the_others(
    qtbot, sqlite_desk, adjusted
):
    view = home(qtbot, sqlite_desk)
    reviews = view.findChild(QFrame, "reviewsCard")
    pending = view.pending_card
    qtbot.waitUntil(lambda: pending.height() >= 2 * view.pending.list.sizeHintForRow(0))
    assert reviews.geometry().bottom() < pending.geometry().top()
    assert pending.geometry().bottom() < view.sla_card.geometry().top()


def test_the_adjustments_model_passes_qtmodeltester(qtmodeltester):
    from accountdesk.gui.qtmodels.dashboard import PendingAdjustmentsModel
    from accountdesk.reports.data import AdjustmentLine
    from accountdesk.services.overview import CustomerAdjustments

    line = AdjustmentLine("2026-10", "overage", "consulting", Decimal(-2), Decimal(-1000), "x")
    fee = AdjustmentLine("2026-09", "fee", "", Decimal(0), Decimal(250), "y")
    model = PendingAdjustmentsModel()
    model.set_rows([CustomerAdjustments(7, "<b>Credit</b>", (line, fee))])
    qtmodeltester.check(model)
    assert [model.index(0, c).data() for c in (CUSTOMER, DETAIL, FIGURE)] == [
        "<b>Credit</b>",
        "Sep 2026, Oct 2026",
        "\u2212750.00 USD",
    ]
    assert model.index(0, CUSTOMER).data(ID_ROLE) == 7
    assert "&lt;b&gt;Credit&lt;/b&gt;: 2 adjustments" in model.index(0, CUSTOMER).data(
        Qt.ItemDataRole.ToolTipRole
    )
    model.set_rows([])
    qtmodeltester.check(model)
