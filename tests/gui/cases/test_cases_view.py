"""The Cases view: open cases counting down on the customer's clock (business hours
stand still overnight), amber at risk and red breached, without reading the database
to move the clock; the filters; the month's attainment; the case dialog's steps, each
undone with Ctrl+Z; refusals on the field they name; and the model under
qtmodeltester."""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from sqlalchemy import event

from accountdesk.app import Desk
from accountdesk.domain.forecast import Level
from accountdesk.domain.sla import CaseState
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.case import CaseDialog, Step
from accountdesk.gui.qtmodels.cases import LEFT, REFERENCE, STATE, STATE_ROLE, CasesModel
from accountdesk.gui.views.cases import CasesView, Which
from accountdesk.gui.widgets import BADGE_BACKGROUND
from tests.gui.cases.portfolio import NOVEMBER


def make_view(qtbot, desk: Desk, context: DeskContext | None = None) -> CasesView:
    context = context or DeskContext(NOVEMBER)
    view = CasesView(desk, context)
    context.dataChanged.connect(view.refresh)  # as the main window does for every view
    qtbot.addWidget(view)
    view.resize(1300, 700)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def rows(view: CasesView) -> dict[str, dict[int, str]]:
    """The rows on screen by case reference: column -> text."""
    proxy = view.proxy
    return {
        proxy.index(r, REFERENCE).data(): {
            c: proxy.index(r, c).data() for c in range(proxy.columnCount())
        }
        for r in range(proxy.rowCount())
    }


def cell(view: CasesView, reference: str, column: int, role: int = Qt.ItemDataRole.DisplayRole):
    proxy = view.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, REFERENCE).data() == reference:
            return proxy.index(r, column).data(role)
    raise LookupError(reference)


def select(view: CasesView, reference: str) -> None:
    proxy = view.proxy
    for r in range(proxy.rowCount()):
        if proxy.index(r, REFERENCE).data() == reference:
            view.tree.setCurrentIndex(proxy.index(r, 0))
            return
    raise LookupError(reference)


class Queries:
    """Counts the statements the desk sends to its database."""

    def __init__(self, desk: Desk) -> None:
        self.count = 0
        event.listen(desk.engine, "before_cursor_execute", self._one)

    def _one(self, *args: object) -> None:
        self.count += 1


def test_open_cases_count_down_every_second_without_reading_the_database(qtbot, desk, ids, clock):
    view = make_view(qtbot, desk)
    shown = rows(view)
    assert set(shown) == {"INC-1", "B-7"}  # open cases only, by default
    # Due at 10:05 UTC: 11:05 on Acme's clock in Berlin.
    assert shown["INC-1"][LEFT] == "5 min 00 s"
    assert "2026-11-26 11:05 CET" in shown["INC-1"][6]
    assert shown["INC-1"][STATE] == "due"
    queries = Queries(desk)
    clock.move(seconds=1)
    qtbot.waitUntil(lambda: cell(view, "INC-1", LEFT) == "4 min 59 s", timeout=3000)
    clock.move(seconds=1)
    qtbot.waitUntil(lambda: cell(view, "INC-1", LEFT) == "4 min 58 s", timeout=3000)
    assert queries.count == 0  # the countdown runs on what was read
    # Past 75 % of the 15 minutes: at risk, amber.
    clock.move(minutes=2)
    view.tick()
    assert cell(view, "INC-1", STATE) == "at risk"
    assert cell(view, "INC-1", LEFT, Qt.ItemDataRole.BackgroundRole) == QColor(
        BADGE_BACKGROUND[Level.NEARLY_USED]
    )
    # Past due: breached, red, and how long overdue.
    clock.move(minutes=4)
    view.tick()
    assert cell(view, "INC-1", STATE) == "breached"
    assert cell(view, "INC-1", LEFT).startswith("overdue 1 min")
    assert cell(view, "INC-1", STATE, Qt.ItemDataRole.BackgroundRole) == QColor(
        BADGE_BACKGROUND[Level.OVER]
    )
    assert cell(view, "INC-1", STATE, STATE_ROLE) == CaseState.BREACHED.value
    assert queries.count == 0


def test_a_business_hours_clock_stands_still_outside_the_customers_hours(qtbot, desk, ids, clock):
    # 10:00 UTC is 05:00 in New York: Beta's high case (8 business hours, 1 of them
    # gone on Wednesday afternoon) has 7 hours left, and they do not run down at night.
    view = make_view(qtbot, desk)
    assert cell(view, "B-7", LEFT) == "7 h 00 min 00 s"
    clock.move(hours=3, minutes=30)  # 08:30 in New York
    view.tick()
    assert cell(view, "B-7", LEFT) == "7 h 00 min 00 s"
    clock.move(hours=1)  # 09:30: the clock runs from 09:00
    view.tick()
    assert cell(view, "B-7", LEFT) == "6 h 30 min 00 s"
    assert "2026-11-26 16:00 EST" in cell(view, "B-7", 6)  # due on Beta's clock


def test_the_countdown_stops_when_the_view_is_hidden(qtbot, desk, ids):
    view = make_view(qtbot, desk)
    assert view.timer.isActive()
    view.hide()
    assert not view.timer.isActive()


def test_filters_by_customer_severity_and_state(qtbot, desk, ids, clock):
    context = DeskContext(NOVEMBER)
    view = make_view(qtbot, desk, context)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.set_customer(ids["Beta"])
    assert set(rows(view)) == {"B-7"}
    assert view.scope.text().startswith("Beta")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.set_customer(None)
    view.severity.setCurrentIndex(view.severity.findData("critical"))
    assert set(rows(view)) == {"INC-1"}
    view.severity.setCurrentIndex(0)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.choose(Which.MONTH)
    assert set(rows(view)) == {"INC-1", "B-7", "INC-0", "INC-00"}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.choose(Which.BREACHED)
    assert set(rows(view)) == {"INC-00"}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.choose(Which.AT_RISK)
    assert rows(view) == {}
    assert view.empty_text.text() == "No case is at risk now."
    clock.move(minutes=3)  # INC-1: 13 of 15 minutes gone
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert set(rows(view)) == {"INC-1"}
    view.filter.setText("beta")
    assert rows(view) == {}


def test_the_months_attainment_per_customer_with_target_and_credit(qtbot, desk, ids):
    context = DeskContext(NOVEMBER)
    view = CasesView(desk, context)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.sla_loaded, timeout=10_000):
        view.show()
    table = view.attainment
    shown = {
        table.topLevelItem(r).text(0): [table.topLevelItem(r).text(c) for c in range(7)]
        for r in range(table.topLevelItemCount())
    }
    # Acme: one met, one breached: 50 % against 99.90 %, 10 % of the fee credited.
    acme = shown["Acme"]
    assert acme[1:6] == ["Enterprise", "2", "1", "50.00 %", "99.90 %"]
    assert acme[6].endswith("USD")
    assert "Beta" not in shown  # nothing fell due for Beta in November yet
    assert (
        view.portfolio.text()
        == "Portfolio: 2 cases due in November 2026, 1 met, 50.00 % attainment."
    )
    assert view.sla_box.title() == "Response SLA in November 2026"
    with qtbot.waitSignal(view.sla_loaded, timeout=10_000):
        context.set_customer(ids["Beta"])
    assert view.portfolio.text() == "No cases were due in November 2026."
    with qtbot.waitSignal(view.sla_loaded, timeout=10_000):
        context.set_customer(ids["Calm"])
    assert view.portfolio.text() == "Calm's tier has no response SLA."


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, desk, ids):
    view = make_view(qtbot, desk)
    qtmodeltester.check(view.model)
    model = CasesModel()
    model.set_cases(desk.cases.cases(month=NOVEMBER), datetime(2026, 11, 26, 10, tzinfo=UTC))
    qtmodeltester.check(model)
    model.set_cases([], datetime(2026, 11, 26, 10, tzinfo=UTC))
    qtmodeltester.check(model)


# ---------------------------------------------------------------- the dialog


def dialog(view: CasesView, step: Step, reference: str | None = None) -> CaseDialog:
    case = None
    if reference is not None:
        select(view, reference)
        case = view.selected_case()
        assert case is not None
    shown = CaseDialog(
        view.desk,
        view.context.undo,
        view.edits,
        step,
        case,
        list(view.desk.ledger_browser.customers()),
        view.context.customer_id,
        view,
    )
    return shown


def accepted(qtbot, view: CasesView, shown: CaseDialog) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        shown.accept()
    assert shown.result() == CaseDialog.DialogCode.Accepted


def undo(qtbot, view: CasesView) -> None:
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.undo.undo()


def test_a_new_case_from_the_dialog_and_ctrl_z_takes_it_back(qtbot, desk, ids, clock):
    context = DeskContext(NOVEMBER)
    context.set_customer(ids["Acme"])
    view = make_view(qtbot, desk, context)
    shown = dialog(view, Step.NEW)
    qtbot.addWidget(shown)
    assert shown.customer.currentText() == "Acme"
    assert shown.zone_labels[0].text() == "Europe/Berlin"
    # Opening time shown on Acme's clock: 11:00 in Berlin is 10:00 UTC.
    assert shown.at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-26 11:00"
    shown.severity.setCurrentIndex(shown.severity.findData("high"))
    # No title: refused, on the title field, and the dialog stays open.
    shown.accept()
    assert shown.error_text == "A case needs a title."
    assert shown.focusWidget() is shown.title or not shown.isVisible()
    assert len(desk.cases.cases("Acme", open_only=True)) == 1
    shown.title.setText("Invoices missing")
    accepted(qtbot, view, shown)
    assert shown.done_case is not None and shown.done_case.reference == "CASE-4"
    assert "CASE-4" in rows(view)
    assert view.context.undo.undoText() == "Open case CASE-4 for Acme"
    undo(qtbot, view)
    assert "CASE-4" not in rows(view)
    assert {c.reference for c in desk.cases.cases("Acme")} == {"INC-1", "INC-0", "INC-00"}
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.undo.redo()
    assert "CASE-4" in rows(view)


def test_a_refused_time_is_shown_on_its_field(qtbot, desk, ids):
    view = make_view(qtbot, desk)
    shown = dialog(view, Step.RESPOND, "INC-1")
    qtbot.addWidget(shown)
    shown.show()
    shown.set_moment(shown.at, datetime(2026, 11, 26, 9, 0, tzinfo=UTC))  # before it opened
    shown.accept()
    assert "cannot be answered before that" in shown.error_text
    assert shown.focusWidget() is shown.at
    assert desk.cases.case("Acme:INC-1").first_response_at is None


def test_respond_wait_escalate_and_resolve_each_undone(qtbot, desk, ids, clock):
    view = make_view(qtbot, desk)
    cases = desk.cases

    # Escalate with a reason.
    shown = dialog(view, Step.ESCALATE, "INC-1")
    qtbot.addWidget(shown)
    assert shown.level.currentData() == 2
    shown.reason.setText("Production down for all users")
    accepted(qtbot, view, shown)
    after = cases.case("Acme:INC-1")
    assert after.escalation_level == 2
    assert after.escalations[-1].reason == "Production down for all users"
    undo(qtbot, view)
    assert cases.case("Acme:INC-1").escalation_level == 1
    assert cases.case("Acme:INC-1").escalations == ()

    # Wait on the customer: the clock stops in it, and comes back when undone.
    shown = dialog(view, Step.WAIT, "INC-1")
    qtbot.addWidget(shown)
    shown.set_moment(shown.start, datetime(2026, 11, 26, 9, 55, tzinfo=UTC))
    shown.set_moment(shown.until, datetime(2026, 11, 26, 10, 0, tzinfo=UTC))
    accepted(qtbot, view, shown)
    assert cell(view, "INC-1", LEFT) == "10 min 00 s"
    undo(qtbot, view)
    assert cell(view, "INC-1", LEFT) == "5 min 00 s"
    assert cases.case("Acme:INC-1").waiting == ()

    # The first response.
    shown = dialog(view, Step.RESPOND, "INC-1")
    qtbot.addWidget(shown)
    accepted(qtbot, view, shown)
    assert cases.case("Acme:INC-1").first_response_at == datetime(2026, 11, 26, 10, tzinfo=UTC)
    assert cell(view, "INC-1", LEFT) == "answered"
    assert cell(view, "INC-1", STATE) == "met"
    undo(qtbot, view)
    assert cases.case("Acme:INC-1").first_response_at is None

    # Resolved: it leaves the open cases; undone, it is back.
    shown = dialog(view, Step.RESOLVE, "B-7")
    qtbot.addWidget(shown)
    accepted(qtbot, view, shown)
    assert "B-7" not in rows(view)
    assert not cases.case("Beta:B-7").is_open
    undo(qtbot, view)
    assert "B-7" in rows(view)
    assert cases.case("Beta:B-7").is_open


def test_the_actions_follow_the_selected_case(qtbot, desk, ids):
    view = make_view(qtbot, desk)
    assert not view.respond_button.isEnabled()
    select(view, "INC-1")
    assert view.respond_button.isEnabled()
    assert view.resolve_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.choose(Which.MONTH)
    select(view, "INC-00")  # resolved: nothing to do
    assert not view.respond_button.isEnabled()
    assert not view.escalate_button.isEnabled()
