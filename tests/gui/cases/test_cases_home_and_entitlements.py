"""Support cases outside their own view: Home's card "SLA at risk now / breached this
month" (a row opens the case in Cases), Entitlements' attainment beside the hours,
and the Cases view in the window's navigation on Ctrl+6."""

from __future__ import annotations

from datetime import date

from PySide6.QtGui import QKeySequence

from accountdesk.app import Desk
from accountdesk.domain.tiers import Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.main_window import CASES, MainWindow
from accountdesk.gui.qtmodels.cases import CASE_ROLE
from accountdesk.gui.qtmodels.dashboard import CUSTOMER, DETAIL, FIGURE
from accountdesk.gui.views.cases import CasesView
from accountdesk.gui.views.entitlements import EntitlementsView
from accountdesk.gui.views.home import HomeView
from accountdesk.services.portfolio import NewCustomer
from tests.gui.cases.portfolio import NOVEMBER


def window(qtbot, desk: Desk) -> MainWindow:
    shown = MainWindow(desk)
    qtbot.addWidget(shown)
    shown.show()
    qtbot.waitExposed(shown)
    qtbot.waitUntil(lambda: shown.up_to_date)
    return shown


def sla_rows(home: HomeView) -> list[tuple[str, str, str]]:
    proxy = home.sla.proxy
    return [
        (
            proxy.index(r, CUSTOMER).data(),
            proxy.index(r, DETAIL).data(),
            proxy.index(r, FIGURE).data(),
        )
        for r in range(proxy.rowCount())
    ]


def test_home_lists_cases_at_risk_now_then_those_breached_this_month(qtbot, desk, ids, clock):
    clock.move(minutes=2)  # INC-1: 12 of its 15 minutes gone
    context = DeskContext(NOVEMBER)
    home = HomeView(desk, context)
    qtbot.addWidget(home)
    home.resize(1200, 900)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    assert home.sla.title.text() == "SLA at risk now / breached in November 2026"
    assert home.sla.count.text() == "2"
    assert sla_rows(home) == [
        ("Acme", "INC-1 (Critical): Database down", "at risk, 3 min 00 s left"),
        ("Acme", "INC-00 (Critical): Outage", "breached 2026-11-03 11:15 CET"),
    ]
    home.filter.setText("beta")
    assert home.sla.pages.currentWidget() is home.sla.empty


def test_home_says_so_when_no_case_is_at_risk_or_breached(qtbot, desk, clock):
    desk.portfolio.add_customer(NewCustomer("Calm", Tier.ENTERPRISE, date(2026, 1, 1)))
    context = DeskContext(NOVEMBER)
    home = HomeView(desk, context)
    qtbot.addWidget(home)
    with qtbot.waitSignal(home.loaded, timeout=10_000):
        home.show()
    assert home.sla.pages.currentWidget() is home.sla.empty
    assert home.sla.empty.text() == (
        "No case is at risk now, and none breached its response target in November 2026."
    )


def test_a_row_of_homes_card_opens_the_case_in_cases(qtbot, desk, ids, clock):
    clock.move(minutes=2)
    main = window(qtbot, desk)
    main.show_view(1)
    home = main.views[0]
    assert isinstance(home, HomeView)
    qtbot.waitUntil(lambda: home.sla.proxy.rowCount() == 2, timeout=10_000)
    index = home.sla.proxy.index(1, DETAIL)  # INC-00, breached and resolved
    assert index.data(CASE_ROLE).reference == "INC-00"
    cases = main.views[CASES]
    assert isinstance(cases, CasesView)
    with qtbot.waitSignal(cases.loaded, timeout=10_000):
        home.sla.list.activated.emit(index)
    assert main.current_view() is cases
    assert main.context.customer_id == ids["Acme"]
    selected = cases.selected_case()
    assert selected is not None and selected.reference == "INC-00"


def test_cases_is_the_sixth_view_on_ctrl_6(qtbot, desk, ids):
    main = window(qtbot, desk)
    action = main.view_actions[CASES]
    assert action.text() == "Cases"
    assert action.shortcut() == QKeySequence("Ctrl+6")
    action.trigger()
    assert isinstance(main.current_view(), CasesView)
    assert main.navigation.item(CASES).text() == "Cases"


def entitlements(qtbot, desk: Desk, customer_id: int) -> EntitlementsView:
    context = DeskContext(NOVEMBER)
    view = EntitlementsView(desk, context)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.set_customer(customer_id)
    return view


def test_entitlements_shows_the_months_attainment_and_credit(qtbot, desk, ids):
    view = entitlements(qtbot, desk, ids["Acme"])
    assert view.sla_box.isVisibleTo(view)
    assert view.sla_box.title() == "Response SLA in November 2026"
    lines = view.sla_text.text().splitlines()
    assert lines[0] == "Cases due: 2, met: 1"
    assert lines[1] == "Attainment 50.00 % against a target of 99.90 % — breached"
    assert lines[2].startswith("Service credit: ")
    assert lines[2].endswith("USD (10 % of the fee)")
    credit = desk.cases.sla("Acme", NOVEMBER).figures.credit
    assert f"{credit:,.2f}" in lines[2]


def test_entitlements_says_no_cases_were_due(qtbot, desk, ids):
    view = entitlements(qtbot, desk, ids["Beta"])
    assert view.sla_box.isVisibleTo(view)
    assert view.sla_text.text() == "No cases were due in November 2026 (target 99.50 %)."


def test_entitlements_shows_no_sla_for_community(qtbot, desk, ids):
    view = entitlements(qtbot, desk, ids["Calm"])
    assert not view.sla_box.isVisibleTo(view)
