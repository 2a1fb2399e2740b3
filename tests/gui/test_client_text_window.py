"""The window says which text the client reads and which stays with the team: the
ledger's quick-entry bar and table, and the dialog of a held review."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel

from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.review import ReviewOutcomeDialog
from accountdesk.gui.qtmodels.ledger import DESCRIPTION, NOTE
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.loading import find_customer
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reviews import plan_customer
from tests.conftest import snapshot

NOVEMBER = Month(2026, 11)


@pytest.fixture
def desk(sqlite_desk):
    sqlite_desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    QSettings().setValue("engineer", "Ana")
    yield sqlite_desk
    QSettings().remove("engineer")


def open_ledger(qtbot, desk) -> LedgerView:
    view = LedgerView(desk, DeskContext(NOVEMBER))
    view.context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    return view


def label_of(widget) -> str:
    """The text of the label whose buddy is `widget`, without its mnemonic."""
    window = widget.window()
    (label,) = [w for w in window.findChildren(QLabel) if w.buddy() is widget]
    return label.text().replace("&", "")


def test_the_ledger_says_which_text_the_client_reads(qtbot, desk) -> None:
    view = open_ledger(qtbot, desk)
    assert label_of(view.description_edit) == "Description (client sees this)"
    assert label_of(view.note_edit) == "Internal note (team only)"
    assert "report" in view.description_edit.toolTip()
    assert "never" in view.note_edit.toolTip()
    headers = view.model.headerData
    assert "client" in headers(DESCRIPTION, Qt.Orientation.Horizontal).lower()
    assert "internal" in headers(NOTE, Qt.Orientation.Horizontal).lower()


def test_billable_hours_without_a_description_are_refused_at_the_description(qtbot, desk) -> None:
    view = open_ledger(qtbot, desk)
    view.customer_edit.setText("Acme")
    view.category_combo.setCurrentIndex(view.category_combo.findData("consulting"))
    qtbot.keyClicks(view.note_edit, "only for us")
    before = snapshot(desk)
    qtbot.keyClicks(view.hours_edit, "1.5")
    qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    assert "need a description the client reads" in view.quick_message.text()
    assert view.focusWidget() is view.description_edit
    assert snapshot(desk) == before
    # Described, the same entry is logged, its note kept apart.
    qtbot.keyClicks(view.description_edit, "Tuned the slow queries")
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        qtbot.keyClick(view.hours_edit, Qt.Key.Key_Return)
    (entry,) = desk.ledger.entries("Acme", NOVEMBER)
    assert (entry.description, entry.note) == ("Tuned the slow queries", "only for us")


def test_the_review_dialog_says_which_text_the_client_reads(qtbot, desk) -> None:
    with desk.sessions.begin() as s:
        plan_customer(s, find_customer(s, "Acme"), date(2026, 10, 1), date(2026, 11, 30))
    (qbr,) = [
        r
        for r in desk.reviews.reviews("Acme")
        if r.kind is ReviewKind.QBR and r.due < date(2026, 11, 26)
    ]
    dialog = ReviewOutcomeDialog(desk, qbr, ReviewState.HELD)
    qtbot.addWidget(dialog)
    dialog.show()
    assert label_of(dialog.summary) == "Summary for the client:"
    assert label_of(dialog.notes) == "Internal notes (team only):"
    assert dialog.focusWidget() is dialog.summary
    qtbot.keyClicks(dialog.summary, "Roadmap agreed")
    qtbot.keyClicks(dialog.notes, "Their CTO is leaving")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    held = desk.reviews.reviews("Acme")
    (marked,) = [r for r in held if r.id == qbr.id]
    assert (marked.summary, marked.notes) == ("Roadmap agreed", "Their CTO is leaving")
