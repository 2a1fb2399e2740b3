"""Every dialog puts the cursor in the input a refusal names, says the refusal in words
and saves nothing; a refusal about no input of the dialog leaves the cursor alone.

The dialogs are driven as a user drives them: type, then Enter (the OK button)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.dialogs.customer import ContactDialog, CustomerDialog, TierChangeDialog
from accountdesk.gui.dialogs.review import ReviewOutcomeDialog
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot
from tests.gui.test_customers_view import POPUP, set_date

pytestmark = POPUP


def add(desk, name="Acme", tier=Tier.PROFESSIONAL, start=date(2026, 1, 1), **kw):
    return desk.portfolio.add_customer(NewCustomer(name, tier, start, **kw))


def opened(qtbot, dialog):
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def retype(qtbot, line, text):
    line.clear()
    qtbot.keyClicks(line, text)


def press_ok_from(qtbot, dialog, widget):
    """Enter in `widget`: the cursor is there when the dialog's OK button is pressed."""
    widget.setFocus()
    assert dialog.focusWidget() is widget
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def focused(dialog, widget):
    """The dialog's focus is in `widget` (an editable combo box's own line counts)."""
    now = dialog.focusWidget()
    return now is widget or (now is not None and now.parent() is widget)


# ---------------------------------------------------------------- a new customer


def new_customer_dialog(qtbot, desk):
    dialog = opened(qtbot, CustomerDialog(desk))
    qtbot.keyClicks(dialog.name, "Zeta")
    return dialog


def blank_name(qtbot, dialog):
    dialog.name.clear()


def taken_name(qtbot, dialog):
    retype(qtbot, dialog.name, "ACME")


def unknown_zone(qtbot, dialog):
    retype(qtbot, dialog.timezone, "Mars/Olympus")


def unknown_language(qtbot, dialog):
    dialog.language.lineEdit().clear()
    qtbot.keyClicks(dialog.language, "english")


def unknown_calendar(qtbot, dialog):
    retype(qtbot, dialog.holiday_calendar, "XX")


def fee_in_thousandths(qtbot, dialog):
    retype(qtbot, dialog.monthly_fee, "12.345")


def fee_in_words(qtbot, dialog):
    retype(qtbot, dialog.monthly_fee, "a lot")


def end_before_start(qtbot, dialog):
    set_date(qtbot, dialog.end, date(2025, 1, 1))


@pytest.mark.parametrize(
    ("mistake", "field", "words"),
    [
        (blank_name, "name", "A customer needs a name."),
        (taken_name, "name", "A customer called 'Acme' already exists."),
        (unknown_zone, "timezone", "'Mars/Olympus' is not a time zone"),
        (unknown_language, "language", "'english' is not a language code"),
        (unknown_calendar, "holiday_calendar", "is not a holiday calendar"),
        (fee_in_thousandths, "monthly_fee", "has more than two decimals"),
        (fee_in_words, "monthly_fee", "'a lot' is not a number"),
        (end_before_start, "end", "cannot end (2025-01-01) before it starts"),
    ],
)
def test_a_new_customer_refused_puts_the_cursor_in_the_field_at_fault(
    qtbot, sqlite_desk, mistake, field, words
):
    add(sqlite_desk)
    before = snapshot(sqlite_desk)
    dialog = new_customer_dialog(qtbot, sqlite_desk)
    mistake(qtbot, dialog)
    press_ok_from(qtbot, dialog, dialog.csm)
    assert dialog.isVisible()
    assert words in dialog.error_text
    assert focused(dialog, getattr(dialog, field))
    assert snapshot(sqlite_desk) == before


# ---------------------------------------------------------------- a customer edited


def test_an_edit_that_strands_hours_puts_the_cursor_in_the_start(qtbot, sqlite_desk):
    acme = add(sqlite_desk)
    sqlite_desk.ledger.log(
        NewEntry(acme, date(2026, 2, 10), 3600, Category.CONSULTING, "Ana", "Design")
    )
    before = snapshot(sqlite_desk)
    dialog = opened(qtbot, CustomerDialog(sqlite_desk, sqlite_desk.portfolio.customer(acme)))
    set_date(qtbot, dialog.start, date(2026, 3, 1))
    press_ok_from(qtbot, dialog, dialog.csm)
    assert "outside a contract from 2026-03-01" in dialog.error_text
    assert dialog.focusWidget() is dialog.start
    assert snapshot(sqlite_desk) == before


def test_an_edit_that_leaves_a_tier_change_out_puts_the_cursor_in_the_end(qtbot, sqlite_desk):
    acme = add(sqlite_desk)
    sqlite_desk.portfolio.change_tier(acme, Tier.ENTERPRISE, date(2026, 10, 1))
    before = snapshot(sqlite_desk)
    dialog = opened(qtbot, CustomerDialog(sqlite_desk, sqlite_desk.portfolio.customer(acme)))
    if dialog.open_ended.isChecked():
        qtbot.keyClick(dialog.open_ended, Qt.Key.Key_Space)
    set_date(qtbot, dialog.end, date(2026, 9, 30))
    press_ok_from(qtbot, dialog, dialog.csm)
    assert "the contract must start before and end after every tier change" in dialog.error_text
    assert dialog.focusWidget() is dialog.end
    assert snapshot(sqlite_desk) == before


def test_a_refusal_about_no_field_of_the_dialog_leaves_the_cursor_alone(qtbot, sqlite_desk):
    acme = add(sqlite_desk)
    dialog = opened(qtbot, CustomerDialog(sqlite_desk, sqlite_desk.portfolio.customer(acme)))
    with sqlite_desk.engine.begin() as connection:  # removed behind the window's back
        for table in ("contact", "contract_term", "ledger_entry", "review"):
            connection.exec_driver_sql(f"DELETE FROM {table} WHERE customer_id = {acme}")
        connection.exec_driver_sql(f"DELETE FROM customer WHERE id = {acme}")
    press_ok_from(qtbot, dialog, dialog.tam)
    assert dialog.error_text.startswith("There is no customer")
    assert dialog.focusWidget() is dialog.tam


# ---------------------------------------------------------------- a tier change


@pytest.mark.parametrize(
    ("tier", "effective", "fee", "field", "words"),
    [
        ("Enterprise", date(2027, 2, 1), "", "effective", "outside Acme's contract"),
        ("Enterprise", date(2026, 11, 16), "12.345", "monthly_fee", "more than two decimals"),
        ("Enterprise", date(2026, 11, 16), "-5", "monthly_fee", "must be zero or more"),
        ("Professional", date(2026, 11, 16), "", "tier", "already on Professional"),
    ],
)
def test_a_tier_change_refused_puts_the_cursor_in_the_field_at_fault(
    qtbot, sqlite_desk, tier, effective, fee, field, words
):
    acme = add(sqlite_desk, end=date(2026, 12, 31))
    before = snapshot(sqlite_desk)
    dialog = opened(qtbot, TierChangeDialog(sqlite_desk, sqlite_desk.portfolio.customer(acme)))
    dialog.tier.setCurrentIndex(dialog.tier.findText(tier))
    set_date(qtbot, dialog.effective, effective)
    qtbot.keyClicks(dialog.monthly_fee, fee)
    other = dialog.tier if field != "tier" else dialog.monthly_fee
    other.setFocus()
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert words in dialog.error_text
    assert dialog.focusWidget() is getattr(dialog, field)
    assert snapshot(sqlite_desk) == before


# ---------------------------------------------------------------- a contact


@pytest.mark.parametrize(
    ("tier", "name", "email", "named", "seat", "field", "words"),
    [
        (Tier.PROFESSIONAL, "", "ann@acme.test", False, False, "name", "needs a name"),
        (Tier.PROFESSIONAL, "Ann", "ann at acme", False, False, "email", "not an e-mail"),
        (Tier.PROFESSIONAL, "Ann", "ann@acme.test", True, False, "named", "all 10 are taken"),
        (Tier.COMMUNITY, "Ann", "ann@acme.test", False, True, "training_seat", "includes no"),
    ],
)
def test_a_contact_refused_puts_the_cursor_in_the_field_at_fault(
    qtbot, sqlite_desk, tier, name, email, named, seat, field, words
):
    acme = add(sqlite_desk, tier=tier)
    if tier is Tier.PROFESSIONAL:
        for n in range(10):
            sqlite_desk.portfolio.add_contact(acme, f"P{n}", f"p{n}@acme.test", named=True)
    before = snapshot(sqlite_desk)
    dialog = opened(qtbot, ContactDialog(sqlite_desk, sqlite_desk.portfolio.customer(acme)))
    qtbot.keyClicks(dialog.name, name)
    qtbot.keyClicks(dialog.email, email)
    dialog.named.setChecked(named)
    dialog.training_seat.setChecked(seat)
    press_ok_from(qtbot, dialog, dialog.email if field != "email" else dialog.name)
    assert dialog.isVisible()
    assert words in dialog.error_text
    assert dialog.focusWidget() is getattr(dialog, field)
    assert snapshot(sqlite_desk) == before


# ---------------------------------------------------------------- a review's outcome


def test_a_cancellation_without_a_reason_puts_the_cursor_in_the_reason(qtbot, sqlite_desk):
    add(sqlite_desk, timezone="Europe/Berlin")
    sqlite_desk.reviews.plan("Acme", until=date(2026, 12, 31))
    agenda = sqlite_desk.reviews.agenda("Acme")
    review = (agenda.this_week + agenda.later)[0]
    before = snapshot(sqlite_desk)
    dialog = opened(qtbot, ReviewOutcomeDialog(sqlite_desk, review, ReviewState.CANCELLED))
    dialog.buttons.setFocus()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.text() == "Cancelling a review needs a reason."
    assert dialog.focusWidget() is dialog.reason
    assert dialog.recorded is None
    assert snapshot(sqlite_desk) == before


def test_a_review_gone_meanwhile_is_said_without_moving_the_cursor(qtbot, sqlite_desk):
    add(sqlite_desk, timezone="Europe/Berlin")
    sqlite_desk.reviews.plan("Acme", until=date(2026, 12, 31))
    agenda = sqlite_desk.reviews.agenda("Acme")
    review = (agenda.this_week + agenda.later)[0]
    dialog = opened(qtbot, ReviewOutcomeDialog(sqlite_desk, review, ReviewState.HELD))
    qtbot.keyClicks(dialog.notes, "Went through the roadmap")
    with sqlite_desk.engine.begin() as connection:  # removed behind the window's back
        connection.exec_driver_sql(f"DELETE FROM review WHERE id = {review.id}")
    press_ok_from(qtbot, dialog, dialog.attendees)
    assert dialog.isVisible()
    assert dialog.error.text() == f"There is no review {review.id}."
    assert dialog.focusWidget() is dialog.attendees
    assert dialog.notes.toPlainText() == "Went through the roadmap"  # kept, to try again
