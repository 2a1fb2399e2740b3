"""Who changed what, in the window: the Customers view's History tab, an entry's
History…, and an edit refused because someone else changed the row first (Reload)."""

from __future__ import annotations

import os
from datetime import UTC, date, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit

from accountdesk.app import open_desk
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.customer import CustomerDialog
from accountdesk.gui.dialogs.review import ReviewOutcomeDialog
from accountdesk.gui.history import HistoryDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.ledger import HOURS
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.gui.test_customers_view import customers_view as shown_customers

NOVEMBER = Month(2026, 11)
NOON = f"{datetime(2026, 11, 26, 12, 0, tzinfo=UTC).astimezone():%H:%M}"


@pytest.fixture
def shots(tmp_path) -> Path:
    """Where the views are drawn to look at: $ACCOUNTDESK_SHOTS, else the test's folder."""
    folder = Path(os.environ.get("ACCOUNTDESK_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    return folder


@pytest.fixture
def desk(sqlite_desk):
    sqlite_desk.acme = sqlite_desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    return sqlite_desk


@pytest.fixture
def sara(desk):
    """A colleague on the same database, in another session."""
    other = open_desk(str(desk.engine.url), clock=desk.clock, user="Sara Okafor")
    yield other
    other.close()


@pytest.fixture
def reloads(monkeypatch):
    """The Reload question, answered Reload; what it said is kept."""
    asked: list[str] = []

    def answer(cls, parent, text):
        asked.append(text)
        return True

    monkeypatch.setattr(Prompts, "reload", classmethod(answer))
    return asked


def customers_view(qtbot, desk):
    view = shown_customers(qtbot, desk)
    view.context.set_customer(desk.acme)
    qtbot.waitUntil(lambda: view.detail is not None and view.detail.id == desk.acme)
    return view


def test_the_history_tab_lists_a_customers_changes_newest_first_and_filters(
    qtbot, desk, sara, shots
) -> None:
    sara.portfolio.update_customer("Acme", {"csm": "Sara Okafor"})
    desk.portfolio.set_notes("Acme", "Renewal in March")
    desk.ledger.log(
        NewEntry("Acme", date(2026, 11, 3), 5400, Category.CONSULTING, "Ana", "Sizing call")
    )
    view = customers_view(qtbot, desk)
    view.tabs.setCurrentWidget(view.history)
    history = view.history
    qtbot.waitUntil(lambda: len(history.shown_rows()) == 4)
    rows = history.shown_rows()
    assert [row[2] for row in rows] == ["Log entry", "Set notes", "Update customer", "Add customer"]
    assert rows[2][1].startswith("Sara Okafor (") and rows[2][4] == "csm: — → Sara Okafor"
    assert rows[1][4] == "notes: — → Renewal in March"
    assert history.count_label.text() == "4 changes"

    view.splitter.setSizes([420, 780])
    qtbot.wait(50)
    view.grab().save(str(shots / "customers-history.png"))

    qtbot.keyClicks(history.search, "sara")
    assert [row[2] for row in history.shown_rows()] == ["Update customer"]
    assert history.count_label.text() == "1 of 4 changes"
    history.search.clear()
    history.action.setCurrentIndex(history.action.findData("Set notes"))
    assert [row[4] for row in history.shown_rows()] == ["notes: — → Renewal in March"]


def test_a_customer_changed_by_someone_else_is_refused_and_reloaded(
    qtbot, desk, sara, reloads
) -> None:
    view = customers_view(qtbot, desk)
    view.edit_customer()
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    sara.portfolio.update_customer("Acme", {"csm": "Sara Okafor"})  # while the dialog is open
    dialog.tam.setText("Li")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    sentence = f"Sara Okafor changed this customer at {NOON}; reload to see the change."
    assert reloads == [sentence]
    assert dialog.isVisible() and dialog.error_text == sentence
    assert (dialog.csm.text(), dialog.tam.text()) == ("Sara Okafor", "")  # as stored now
    dialog.tam.setText("Li")
    with qtbot.waitSignal(dialog.saved):
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    summary = desk.portfolio.customer("Acme").summary
    assert (summary.csm, summary.tam) == ("Sara Okafor", "Li")  # nothing lost


def ledger_view(qtbot, desk):
    context = DeskContext(NOVEMBER)
    view = LedgerView(desk, context)
    context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    return view


def test_an_entrys_history_and_an_edit_refused_after_someone_elses(
    qtbot, desk, sara, reloads, shots
) -> None:
    entry_id = desk.ledger.log(
        NewEntry("Acme", date(2026, 11, 3), 5400, Category.CONSULTING, "Ana", "Sizing call")
    )
    view = ledger_view(qtbot, desk)
    row = view.model.row_of(entry_id)
    view.table.setCurrentIndex(view.model.index(row, HOURS))
    shown = desk.ledger.entry(entry_id)
    sara.ledger.update(
        entry_id, NewEntry("Acme", shown.day, 7200, shown.category, "Ana", "Sizing call")
    )

    view.edit_selected()
    (editor,) = [e for e in view.table.findChildren(QLineEdit) if e.isVisible()]
    editor.selectAll()
    qtbot.keyClicks(editor, "3")
    with qtbot.waitSignal(view.loaded, timeout=10_000):  # Reload reads the ledger again
        qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert reloads == [f"Sara Okafor changed this entry at {NOON}; reload to see the change."]
    assert desk.ledger.entry(entry_id).seconds == 7200
    assert view.model.index(view.model.row_of(entry_id), HOURS).data() == "2.00 h"

    view.table.setCurrentIndex(view.model.index(view.model.row_of(entry_id), HOURS))
    view.history_of_selected()
    dialog = view.history_dialog
    assert isinstance(dialog, HistoryDialog)
    qtbot.waitUntil(lambda: len(dialog.panel.shown_rows()) == 2)
    rows = dialog.panel.shown_rows()
    assert [r[2] for r in rows] == ["Edit entry", "Log entry"]
    assert rows[0][1].startswith("Sara Okafor") and rows[0][4] == "hours: 1.50 h → 2.00 h"
    dialog.grab().save(str(shots / "entry-history.png"))
    dialog.close()


def test_a_review_outcome_recorded_by_someone_else_first_is_refused_and_reloaded(
    qtbot, desk, sara, reloads
) -> None:
    planned = desk.reviews.plan("Acme")[0]
    dialog = ReviewOutcomeDialog(desk, planned, ReviewState.CANCELLED)
    qtbot.addWidget(dialog)
    dialog.show()
    sara.reviews.mark(planned.id, ReviewState.CANCELLED, reason="Moved into the QBR")
    qtbot.keyClicks(dialog.reason, "Customer offsite")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    sentence = f"Sara Okafor changed this review at {NOON}; reload to see the change."
    assert reloads == [sentence]
    assert dialog.isVisible() and dialog.recorded is None
    assert dialog.error.text() == sentence and dialog.error.isVisibleTo(dialog)
    assert dialog.reason.text() == "Moved into the QBR"  # as Sara recorded it
    (stored,) = [r for r in desk.reviews.reviews("Acme") if r.id == planned.id]
    assert stored.reason == "Moved into the QBR"
