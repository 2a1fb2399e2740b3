"""A PostgreSQL server that stops taking connections while the window is open: a
dialog's save says so in the dialog, which keeps what was typed, and Home says it on
a line of its own, and the ledger, asked for rows as it paints, once; once the server is
back, the same OK saves, and the views read again."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt, QThreadPool
from PySide6.QtWidgets import QScrollArea

from accountdesk.app import Desk, open_desk
from accountdesk.db.engine import masked
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.customer import CustomerDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.ledger import BLOCK, DESCRIPTION
from accountdesk.gui.views.home import HomeView
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger_browser import LedgerFilter
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import server_away, snapshot
from tests.gui.test_customers_view import POPUP


def closed(qtbot, desk: Desk) -> None:
    """Close `desk` once the views' reads are done (Home's chart and cases follow its
    figures): none is left running into the next test, on a database dropped by then."""
    qtbot.waitUntil(lambda: QThreadPool.globalInstance().activeThreadCount() == 0)
    desk.close()


def shown_ledger(
    qtbot, monkeypatch, url: str, clock, customers: int
) -> tuple[Desk, LedgerView, list[str]]:
    """The ledger shown on a demo portfolio of `customers` at `url`, its first rows
    read, and the list of what its message boxes would say."""
    said: list[str] = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    desk = open_desk(url, clock=clock, user="Sara Okafor")
    generate_demo(desk.sessions, clock, customers, 6, 1)
    view = LedgerView(desk, DeskContext(Month(2026, 11)))
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.resize(1200, 600)
        view.show()
    return desk, view, said


@POPUP
@pytest.mark.postgres
def test_a_save_while_the_server_is_away_is_said_and_kept_for_later(
    qtbot, postgres_url, postgres_server, clock
):
    desk = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    acme = desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    dialog = CustomerDialog(desk, desk.portfolio.customer(acme))
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.csm.clear()
    qtbot.keyClicks(dialog.csm, "Sara Okafor")
    before = snapshot(desk)
    with server_away(postgres_server, postgres_url):
        qtbot.keyClick(dialog.csm, Qt.Key.Key_Return)
        assert dialog.isVisible()
        assert dialog.error_text.startswith(
            f"Cannot reach the database {masked(postgres_url)}: connection failed"
        )
        assert dialog.csm.text() == "Sara Okafor"  # what was typed is still there
    assert snapshot(desk) == before
    qtbot.keyClick(dialog.csm, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert desk.portfolio.customer(acme).summary.csm == "Sara Okafor"
    closed(qtbot, desk)


@pytest.mark.postgres
def test_home_says_it_could_not_read_on_a_line_of_its_own_and_reads_once_back(
    qtbot, postgres_url, postgres_server, clock
):
    desk = open_desk(postgres_url, clock=clock, user="Sara Okafor")
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    view = HomeView(desk, DeskContext(Month(2026, 11)))
    qtbot.addWidget(view)
    view.resize(1100, 720)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.show()
    assert not view.problem.isVisible()
    with server_away(postgres_server, postgres_url):
        view.refresh()
        qtbot.waitUntil(view.problem.isVisible, timeout=20_000)
    said = view.problem.text()
    assert said.startswith(
        f"The dashboard could not be read: Cannot reach the database {masked(postgres_url)}"
    )
    assert view.status.text() == ""
    # The long reason wraps on its line: Home stays as wide as the window.
    scroll = view.findChild(QScrollArea)
    assert not scroll.horizontalScrollBar().isVisible()
    with qtbot.waitSignal(view.figures_shown, timeout=20_000):
        view.refresh()
    assert not view.problem.isVisible()
    closed(qtbot, desk)


@pytest.mark.postgres
def test_the_ledger_scrolled_while_the_server_is_away_says_so_once_and_reads_once_back(
    qtbot, postgres_url, postgres_server, clock, monkeypatch
):
    desk, view, said = shown_ledger(qtbot, monkeypatch, postgres_url, clock, customers=12)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.all_months.setChecked(True)
    view.table.viewport().repaint()
    model = view.model
    last = model.rowCount() - 1
    assert last > 2 * BLOCK and not model.is_built(last)
    with server_away(postgres_server, postgres_url):
        view.table.scrollToBottom()
        view.table.viewport().repaint()  # the rows at the end are asked for as they paint
        qtbot.waitUntil(lambda: bool(said))
        view.table.viewport().repaint()  # painted again: not read again, not said again
        qtbot.wait(100)
    assert len(said) == 1
    assert said[0].startswith(f"Cannot reach the database {masked(postgres_url)}")
    assert model.index(last, DESCRIPTION).data() is None  # blank, not "(deleted)"
    # Read again (the window does on the next change notice, or F5): the rows come.
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    view.table.scrollToBottom()
    view.table.viewport().repaint()
    expected = desk.ledger_browser.rows([model.ids[-1]])[0].description
    assert model.index(last, DESCRIPTION).data() == expected
    assert len(said) == 1
    closed(qtbot, desk)


@pytest.mark.postgres
def test_the_engineer_filter_the_server_could_not_list_is_no_second_message_box(
    qtbot, postgres_url, postgres_server, clock, monkeypatch, caplog
):
    desk, view, said = shown_ledger(qtbot, monkeypatch, postgres_url, clock, customers=3)
    view.table.viewport().repaint()
    assert view.model.is_built(0)
    # The rows are read and painted; the filter lists the engineers a moment after, with
    # the server away by then (no event is processed before it goes).
    with server_away(postgres_server, postgres_url):
        qtbot.waitUntil(lambda: "could not be listed" in caplog.text, timeout=20_000)
        qtbot.wait(100)
    assert said == []  # in the log, not in a box of its own
    assert view.engineer_filter.count() <= 1  # nothing listed yet
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.refresh()
    engineers = desk.ledger_browser.engineers(LedgerFilter(month=Month(2026, 11)))
    qtbot.waitUntil(lambda: view.engineer_filter.count() == 1 + len(engineers), timeout=20_000)
    assert engineers and said == []
    closed(qtbot, desk)
