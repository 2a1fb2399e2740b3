"""Correcting an entry of an issued month from the window: the dialog shows the
adjustment the next report will carry before saving; saving records a linked
correction; Ctrl+Z takes it back. And reopening a month from the Reports menu."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QDialog

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.correction import CorrectionDialog
from accountdesk.gui.views.ledger import LedgerView
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

OCTOBER, NOVEMBER = Month(2026, 10), Month(2026, 11)


@pytest.fixture
def desk(sqlite_desk, tmp_path):
    sqlite_desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    sqlite_desk.entry = sqlite_desk.ledger.log(
        NewEntry("Acme", date(2026, 10, 5), 6 * 3600, Category.CONSULTING, "Ana", "Design")
    )
    sqlite_desk.reports.issue("Acme", OCTOBER, tmp_path / "october.pdf")
    return sqlite_desk


def open_ledger(qtbot, desk, month):
    context = DeskContext(month)
    context.set_customer(1)
    view = LedgerView(desk, context)
    context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.resize(1200, 600)
        view.show()
    return view, context


def test_a_locked_entry_is_corrected_with_a_preview_and_the_correction_undone(
    qtbot, desk, monkeypatch
):
    view, context = open_ledger(qtbot, desk, OCTOBER)
    row = view.model.row_of(desk.entry)
    view.table.setCurrentIndex(view.model.index(row, 0))
    assert not view.edit_button.isEnabled()
    assert view.correct_button.isEnabled()
    assert "Record a correction" in view.selection_notice.text()
    seen = {}

    def fill_and_save(dialog: CorrectionDialog) -> int:
        dialog.hours_edit.setText("3")
        dialog.update_preview()
        seen["preview"] = dialog.preview.text()
        dialog.accept()  # no reason yet: refused, the dialog stays open on the reason
        seen["refusal"] = dialog.preview.text()
        dialog.reason_edit.setText("Booked twice")
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(CorrectionDialog, "exec", fill_and_save)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.correct_button.click()
    assert "credit of 1,000.00 USD" in seen["preview"] and "October 2026" in seen["preview"]
    assert "needs a reason" in seen["refusal"]
    [adjustment] = desk.entitlements.usage("Acme", NOVEMBER).pending
    assert (adjustment.hours, adjustment.amount) == (Decimal("-2.00"), Decimal("-1000.00"))
    assert "Booked twice" in adjustment.reason
    assert desk.entitlements.usage("Acme", OCTOBER).issued  # October itself is untouched
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.undo.undo()
    assert desk.entitlements.usage("Acme", NOVEMBER).pending == ()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        context.undo.redo()
    assert len(desk.entitlements.usage("Acme", NOVEMBER).pending) == 1


def test_cancelling_the_correction_saves_nothing(qtbot, desk, monkeypatch):
    view, _ = open_ledger(qtbot, desk, OCTOBER)
    view.table.setCurrentIndex(view.model.index(view.model.row_of(desk.entry), 0))
    monkeypatch.setattr(CorrectionDialog, "exec", lambda dialog: QDialog.DialogCode.Rejected)
    view.correct_button.click()
    assert desk.entitlements.usage("Acme", NOVEMBER).pending == ()


def test_reopen_month_from_the_reports_menu_is_undoable(qtbot, desk, monkeypatch):
    from accountdesk.gui.main_window import MainWindow
    from accountdesk.gui.prompts import Prompts

    window = MainWindow(desk)
    qtbot.addWidget(window)
    window.context.set_customer(1)
    window.context.set_month(OCTOBER)
    monkeypatch.setattr(Prompts, "text", classmethod(lambda cls, *a, **k: "Client disputed"))
    action = next(a for a in window.reports_menu.actions() if a.text() == "Reopen month…")
    action.trigger()
    assert desk.entitlements.usage("Acme", OCTOBER).issued is None
    window.context.undo.undo()
    assert desk.entitlements.usage("Acme", OCTOBER).issued is not None
