"""The Customers view: table, search, detail tabs, and its dialogs driven like a user."""

from datetime import date

import pytest
from PySide6.QtCore import QEvent, QSettings, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.gui import settings
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.customer import ContactDialog, CustomerDialog, TierChangeDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.customers import (
    ID_ROLE,
    SORT_ROLE,
    ContactsModel,
    ContractTermsModel,
    CustomersTableModel,
)
from accountdesk.gui.views.customers import CustomersView
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import TODAY, snapshot

MARKUP = 'Zoë & <Sons> "Ltd"'
# Typing in a field with completion opens the completer's popup, which the offscreen
# platform cannot raise or give the keyboard to; it says so, and that is all.
POPUP = pytest.mark.qt_log_ignore(
    r"This plugin does not support raise\(\)",
    "This plugin does not support grabbing the keyboard",
    extend=True,
)


def add(desk, name="Acme", tier=Tier.PROFESSIONAL, start=date(2026, 1, 1), **kw):
    return desk.portfolio.add_customer(NewCustomer(name, tier, start, **kw))


def loaded(qtbot, view):
    qtbot.waitUntil(lambda: view.ready)
    return view


def customers_view(qtbot, desk):
    """The view on `desk` as the main window holds it (a data change refreshes it),
    shown and read."""
    context = DeskContext(Month.of(TODAY))
    view = CustomersView(desk, context)
    context.setParent(view)
    context.dataChanged.connect(view.refresh)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    qtbot.waitExposed(view)
    return loaded(qtbot, view)


@pytest.fixture
def open_view(qtbot, sqlite_desk):
    return lambda: customers_view(qtbot, sqlite_desk)


def names(view):
    model = view.model
    return [model.index(row, model.NAME).data() for row in range(model.rowCount())]


def type_text(qtbot, widget, text):
    """Type like a user; QTest only knows the keys of ASCII, so the rest arrive as text."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
        else:
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(
                    widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char)
                )


def set_date(qtbot, edit, day):
    """Select the year with the keyboard and type the digits; the edit moves on by itself."""
    qtbot.keyClick(edit, Qt.Key.Key_Home)
    for _ in range(4):
        qtbot.keyClick(edit, Qt.Key.Key_Right, Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClicks(edit, day.strftime("%Y%m%d"))
    assert edit.date().toString(Qt.DateFormat.ISODate) == day.isoformat()


def select(qtbot, view, customer_id):
    row = view.model.row_of(customer_id)
    rect = view.table.visualRect(view.model.index(row, CustomersTableModel.TIER))
    qtbot.mouseClick(view.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.context.customer_id == customer_id
    loaded(qtbot, view)  # the detail is read off the window's thread


# ---------------------------------------------------------------- models


def test_item_models_pass_the_model_tester(qtmodeltester, sqlite_desk):
    acme = add(sqlite_desk, end=date(2026, 12, 31), csm="Ann", tam="Tom")
    add(sqlite_desk, name=MARKUP, tier=Tier.ENTERPRISE)
    add(sqlite_desk, name="Free", tier=Tier.COMMUNITY, start=date(2027, 1, 1))
    sqlite_desk.portfolio.change_tier(acme, Tier.ENTERPRISE, date(2026, 11, 16))
    sqlite_desk.portfolio.add_contact(acme, "Ann", "ann@acme.test", named=True)
    sqlite_desk.portfolio.add_contact(acme, "Bob", "bob@acme.test", training_seat=True)

    customers = CustomersTableModel()
    customers.set_rows(
        sqlite_desk.portfolio.customer_table(Month(2026, 11)), TODAY, Month(2026, 11)
    )
    qtmodeltester.check(customers)
    customers.sort(CustomersTableModel.RENEWAL, Qt.SortOrder.DescendingOrder)
    customers.set_search("ac")
    qtmodeltester.check(customers)
    assert customers.index(0, customers.NAME).data(ID_ROLE) == acme
    assert customers.index(0, customers.RENEWAL).data() == "in 35 days"
    assert customers.index(0, customers.RENEWAL).data(SORT_ROLE) == date(2026, 12, 31).toordinal()

    detail = sqlite_desk.portfolio.customer(acme)
    terms = ContractTermsModel()
    terms.set_terms(detail.terms, TODAY)
    qtmodeltester.check(terms)
    assert terms.index(1, terms.FEE).data() == "25,000.00 USD"
    assert terms.index(1, terms.FEE).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )

    contacts = ContactsModel()
    contacts.set_contacts(detail.contacts)
    qtmodeltester.check(contacts)
    assert contacts.index(0, contacts.NAMED).data() == ContactsModel.MARK


# ---------------------------------------------------------------- the table


def test_table_shows_the_portfolio_with_renewal_consulting_and_flags(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk, end=date(2026, 12, 31), csm="Ann", tam="Tom")
    add(sqlite_desk, name="Beta", tier=Tier.ENTERPRISE)
    from accountdesk.domain.tiers import Category
    from accountdesk.services.ledger import NewEntry

    sqlite_desk.ledger.log(
        NewEntry(acme, date(2026, 11, 3), 9000, Category.CONSULTING, "Tom", "work")
    )
    view = open_view()
    model = view.model
    row = model.row_of(acme)
    cells = {c: model.index(row, c).data() for c in range(model.columnCount())}
    assert cells[model.NAME] == "Acme"
    assert cells[model.TIER] == "Professional"
    assert (cells[model.CSM], cells[model.TAM]) == ("Ann", "Tom")
    assert cells[model.RENEWAL] == "in 35 days"
    assert cells[model.CONSULTING] == "2.50 h"
    assert cells[model.FLAGS] == "renewal due"
    assert model.headerData(model.CONSULTING, Qt.Orientation.Horizontal) == ("Consulting Nov 2026")
    assert model.index(row, model.CONSULTING).data(Qt.ItemDataRole.TextAlignmentRole) & (
        Qt.AlignmentFlag.AlignRight
    )
    assert view.count_label.text() == "2 customers"


def test_downgrade_flags_the_account_over_its_contact_limit(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk, tier=Tier.ENTERPRISE)
    for n in range(12):
        sqlite_desk.portfolio.add_contact(acme, f"P{n}", f"p{n}@acme.test", named=True)
    sqlite_desk.portfolio.change_tier(acme, Tier.PROFESSIONAL, date(2026, 11, 1))
    view = open_view()
    flags = view.model.index(0, CustomersTableModel.FLAGS).data()
    assert flags == "over contact limit (12 of 10 named)"
    view.context.set_customer(acme)
    loaded(qtbot, view)
    assert view.values["flags"].text().startswith("over contact limit")
    assert view.named_count.text() == "12 of 10 named contacts — over the tier's limit"


def test_search_filters_as_you_type(qtbot, open_view, sqlite_desk):
    for name, csm in (("Acme", "Ann"), ("Acorn Ltd", "Bob"), ("Beta", "Zack")):
        add(sqlite_desk, name=name, csm=csm)
    view = open_view()
    assert names(view) == ["Acme", "Acorn Ltd", "Beta"]
    qtbot.keyClicks(view.search, "ac")
    assert names(view) == ["Acme", "Acorn Ltd", "Beta"]  # Beta's CSM is Zack
    qtbot.keyClicks(view.search, "m")
    assert names(view) == ["Acme"]
    assert view.count_label.text() == "1 of 3"
    view.search.clear()
    qtbot.keyClicks(view.search, "bob")
    assert names(view) == ["Acorn Ltd"]
    qtbot.keyClicks(view.search, "xyz")
    assert view.master_stack.currentIndex() == 1
    assert "No customer, CSM or TAM matches “bobxyz”" in view.empty_label.text()
    qtbot.keyClick(view.search, Qt.Key.Key_Escape)
    assert view.search.text() == ""
    assert len(names(view)) == 3
    assert view.master_stack.currentWidget() is view.table


def test_sorting_by_a_header_keeps_the_selection(qtbot, open_view, sqlite_desk):
    add(sqlite_desk, name="Acme", end=date(2027, 6, 30))
    beta = add(sqlite_desk, name="Beta", end=date(2026, 12, 31))
    add(sqlite_desk, name="Core")
    view = open_view()
    select(qtbot, view, beta)
    view.table.sortByColumn(CustomersTableModel.RENEWAL, Qt.SortOrder.AscendingOrder)
    assert names(view) == ["Beta", "Acme", "Core"]
    assert view.table.currentIndex().row() == 0
    view.table.sortByColumn(CustomersTableModel.NAME, Qt.SortOrder.DescendingOrder)
    assert names(view) == ["Core", "Beta", "Acme"]
    assert view.model.customer_id(view.table.currentIndex().row()) == beta


def test_ctrl_f_puts_the_cursor_in_the_search_box(qtbot, open_view, sqlite_desk):
    add(sqlite_desk)
    view = open_view()
    view.search.setText("old")
    view.activateWindow()
    view.focus_search()
    assert view.search.selectedText() == "old"
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view.search)


def test_selecting_a_row_sets_the_context_and_the_context_selects_the_row(
    qtbot, open_view, sqlite_desk
):
    acme = add(sqlite_desk)
    beta = add(sqlite_desk, name="Beta", tier=Tier.ENTERPRISE)
    view = open_view()
    assert view.detail_stack.currentIndex() == 0  # says what to do
    with qtbot.waitSignal(view.context.customerChanged) as changed:
        select(qtbot, view, beta)
    assert changed.args == [beta]
    assert view.customer_name.text() == "Beta"
    assert view.tier_badge.text().strip() == "Enterprise"
    view.context.set_customer(acme)  # as the toolbar's picker does
    loaded(qtbot, view)
    assert view.model.customer_id(view.table.currentIndex().row()) == acme
    assert view.customer_name.text() == "Acme"
    view.context.set_customer(None)
    loaded(qtbot, view)
    assert not view.table.selectionModel().hasSelection()
    assert view.detail_stack.currentIndex() == 0


def test_user_text_is_shown_literally(qtbot, open_view, sqlite_desk):
    customer = add(sqlite_desk, name=MARKUP, csm="<b>Ann</b>")
    sqlite_desk.portfolio.add_contact(customer, "<i>Eve</i>", "eve@x.test", named=True)
    view = open_view()
    assert names(view) == [MARKUP]
    select(qtbot, view, customer)
    assert view.customer_name.text() == MARKUP
    assert view.values["csm"].text() == "<b>Ann</b>"
    for label in view.detail_page.findChildren(QLabel):
        if label.text() and ("<" in label.text() or "&" in label.text()):
            assert label.textFormat() is Qt.TextFormat.PlainText, label.objectName()
    assert view.contacts_model.index(0, ContactsModel.NAME).data() == "<i>Eve</i>"
    view.change_tier()
    assert MARKUP in view.dialog.current.text()
    assert view.dialog.current.textFormat() is Qt.TextFormat.PlainText
    view.dialog.reject()


# ---------------------------------------------------------------- adding and editing


@POPUP
def test_add_a_customer_with_the_keyboard(qtbot, open_view, sqlite_desk):
    add(sqlite_desk, name="Existing", csm="Ann Lee")
    view = open_view()
    view.add_customer()
    dialog = view.dialog
    assert isinstance(dialog, CustomerDialog)
    qtbot.waitExposed(dialog)
    type_text(qtbot, dialog.name, MARKUP)
    qtbot.keyClicks(dialog.tier, "Enterprise")
    qtbot.keyClicks(dialog.monthly_fee, "27,500")
    set_date(qtbot, dialog.start, date(2026, 2, 1))
    assert dialog.end.date().toString(Qt.DateFormat.ISODate) == "2027-01-31"  # follows
    dialog.timezone.clear()
    qtbot.keyClicks(dialog.timezone, "America/New_York")
    dialog.language.lineEdit().clear()
    qtbot.keyClicks(dialog.language, "de")
    qtbot.keyClicks(dialog.csm, "Ann Lee")
    qtbot.keyClicks(dialog.tam, "Tom")
    qtbot.keyClicks(dialog.holiday_calendar, "us-ny")
    qtbot.keyClick(dialog.rollover, Qt.Key.Key_Space)
    with qtbot.waitSignal(dialog.saved) as saved:
        qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()

    detail = sqlite_desk.portfolio.customer(MARKUP)
    assert detail.id == saved.args[0]
    assert detail.summary.tier is Tier.ENTERPRISE
    assert (detail.summary.start, detail.summary.end) == (date(2026, 2, 1), date(2027, 1, 31))
    assert (detail.timezone, detail.language, detail.holiday_calendar) == (
        "America/New_York",
        "de",
        "US-NY",
    )
    assert (detail.summary.csm, detail.summary.tam, detail.rollover) == ("Ann Lee", "Tom", True)
    assert str(detail.terms[0].monthly_fee) == "27500.00"
    # The new customer is chosen, shown and selected once the table has reloaded.
    assert view.context.customer_id == detail.id
    qtbot.waitUntil(lambda: view.ready and view.model.total == 2)
    assert view.model.customer_id(view.table.currentIndex().row()) == detail.id
    assert view.customer_name.text() == MARKUP


def test_time_zone_field_completes_iana_names(qtbot, open_view, sqlite_desk):
    view = open_view()
    view.add_customer()
    dialog = view.dialog
    completer = dialog.timezone.completer()
    completer.setCompletionPrefix("berl")
    assert completer.currentCompletion() == "Europe/Berlin"
    dialog.reject()


def test_duplicate_name_is_shown_in_the_dialog_and_nothing_is_stored(qtbot, open_view, sqlite_desk):
    add(sqlite_desk)
    view = open_view()
    before = snapshot(sqlite_desk)
    view.add_customer()
    dialog = view.dialog
    qtbot.keyClicks(dialog.name, "ACME")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error_text == "A customer called 'Acme' already exists."
    assert dialog.name.text() == "ACME"  # what was typed is kept
    assert snapshot(sqlite_desk) == before
    # The name is selected to be typed again; adding to it clears the message and saves.
    assert dialog.name.selectedText() == "ACME"
    qtbot.keyClick(dialog.name, Qt.Key.Key_End)
    qtbot.keyClicks(dialog.name, " Labs")
    assert dialog.error_text == ""
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sqlite_desk.portfolio.customer("ACME Labs").summary.tier is Tier.PROFESSIONAL


@pytest.mark.parametrize(
    ("field", "text", "message"),
    [
        ("timezone", "Mars/Olympus", "'Mars/Olympus' is not a time zone"),
        ("monthly_fee", "12.345", "has more than two decimals"),
        ("holiday_calendar", "XX", "is not a holiday calendar"),
    ],
)
@POPUP
def test_bad_fields_are_explained_in_the_dialog(
    qtbot, open_view, sqlite_desk, field, text, message
):
    view = open_view()
    before = snapshot(sqlite_desk)
    view.add_customer()
    dialog = view.dialog
    qtbot.keyClicks(dialog.name, "Acme")
    getattr(dialog, field).clear()
    qtbot.keyClicks(getattr(dialog, field), text)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert message in dialog.error_text
    assert snapshot(sqlite_desk) == before


def test_end_before_start_is_refused_in_words(qtbot, open_view, sqlite_desk):
    view = open_view()
    view.add_customer()
    dialog = view.dialog
    qtbot.keyClicks(dialog.name, "Acme")
    set_date(qtbot, dialog.end, date(2025, 1, 1))
    dialog.ok_button.click()
    assert "cannot end (2025-01-01) before it starts (2026-11-26)" in dialog.error_text
    qtbot.keyClick(dialog.open_ended, Qt.Key.Key_Space)
    dialog.ok_button.click()
    assert sqlite_desk.portfolio.customer("Acme").summary.end is None


def test_edit_a_customer(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk, csm="Ann")
    add(sqlite_desk, name="Beta")
    view = open_view()
    select(qtbot, view, acme)
    view.edit_button.click()
    dialog = view.dialog
    assert not dialog.tier.isEnabled()  # the tier changes with Change tier…
    assert dialog.name.text() == "Acme"
    dialog.csm.clear()
    type_text(qtbot, dialog.csm, "Zoë")
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "beta")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert "already exists" in dialog.error_text
    dialog.name.clear()
    qtbot.keyClicks(dialog.name, "Acme Group")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert sqlite_desk.portfolio.customer(acme).summary.csm == "Zoë"
    qtbot.waitUntil(lambda: view.customer_name.text() == "Acme Group")
    qtbot.waitUntil(lambda: "Acme Group" in names(view))


def test_dialogs_open_through_replaceable_classmethods(qtbot, open_view, monkeypatch):
    def quietly(cls, parent, desk, people):
        return cls(desk, None, people, parent)  # built, never shown

    monkeypatch.setattr(CustomerDialog, "open_new", classmethod(quietly))
    view = open_view()
    view.add_customer()
    assert isinstance(view.dialog, CustomerDialog)
    assert not view.dialog.isVisible()


# ---------------------------------------------------------------- tier change


def test_change_tier_previews_the_prorated_month_before_saving(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk)
    view = open_view()
    select(qtbot, view, acme)
    before = snapshot(sqlite_desk)
    view.tier_button.click()
    dialog = view.dialog
    assert isinstance(dialog, TierChangeDialog)
    qtbot.keyClicks(dialog.tier, "Enterprise")
    set_date(qtbot, dialog.effective, date(2026, 11, 16))
    qtbot.waitUntil(lambda: "15,000.00" in dialog.preview_text())
    assert dialog.preview_text() == (
        "Fee 5,000.00 → 15,000.00 USD; consulting 4.00 → 12.00 h; custom development 0.00 → 20.00 h"
    )

    def shown():
        return [x.text() for x in dialog.preview_box.findChildren(QLabel) if x.isVisible()]

    qtbot.waitUntil(lambda: "15,000.00 USD" in shown())  # the grid shows after the text
    visible = shown()
    assert "12.00 h" in visible
    assert "5,000.00 USD" in visible
    assert "15 of 30 days of November 2026" in dialog.preview_note.text()
    assert snapshot(sqlite_desk) == before  # a preview saves nothing

    qtbot.keyClick(dialog.monthly_fee, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    terms = sqlite_desk.portfolio.customer(acme).terms
    assert [(t.tier, t.effective_from) for t in terms] == [
        (Tier.PROFESSIONAL, date(2026, 1, 1)),
        (Tier.ENTERPRISE, date(2026, 11, 16)),
    ]
    qtbot.waitUntil(lambda: view.terms_model.rowCount() == 2)
    assert view.tier_badge.text().strip() == "Enterprise"


def test_change_tier_refusal_is_shown_in_the_dialog(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk, end=date(2026, 12, 31))
    view = open_view()
    select(qtbot, view, acme)
    view.change_tier()
    dialog = view.dialog
    qtbot.keyClicks(dialog.tier, "Enterprise")
    set_date(qtbot, dialog.effective, date(2027, 2, 1))
    dialog.update_preview()
    assert "outside Acme's contract" in dialog.error_text
    assert dialog.preview_text() == ""
    before = snapshot(sqlite_desk)
    dialog.ok_button.click()
    assert dialog.isVisible()
    assert snapshot(sqlite_desk) == before


# ---------------------------------------------------------------- contacts and notes


def test_eleventh_named_contact_is_refused_naming_the_limit(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk)
    for n in range(10):
        sqlite_desk.portfolio.add_contact(acme, f"P{n}", f"p{n}@acme.test", named=n < 7)
    view = open_view()
    select(qtbot, view, acme)
    assert view.named_count.text() == "7 of 10 named contacts"

    def add_named(name):
        view.contact_button.click()
        dialog = view.dialog
        assert isinstance(dialog, ContactDialog)
        qtbot.keyClicks(dialog.name, name)
        qtbot.keyClicks(dialog.email, f"{name.lower()}@acme.test")
        qtbot.keyClick(dialog.named, Qt.Key.Key_Space)
        qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
        return dialog

    for name in ("Eight", "Nine", "Ten"):
        assert not add_named(name).isVisible()
    qtbot.waitUntil(lambda: view.named_count.text() == "10 of 10 named contacts")
    before = snapshot(sqlite_desk)
    dialog = add_named("Eleven")
    assert dialog.isVisible()
    assert dialog.error_text == (
        "Acme's Professional tier includes 10 named support contacts, and all 10 are taken."
    )
    assert snapshot(sqlite_desk) == before
    dialog.reject()
    assert view.contacts_model.rowCount() == 13


def click_contact(qtbot, view, row):
    rect = view.contacts_table.visualRect(view.contacts_model.index(row, 0))
    qtbot.mouseClick(view.contacts_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def test_a_contact_is_edited_and_one_who_left_is_removed(
    qtbot, open_view, sqlite_desk, monkeypatch
):
    acme = add(sqlite_desk)
    for n in range(10):
        sqlite_desk.portfolio.add_contact(acme, f"P{n}", f"p{n}@acme.test", named=True)
    sqlite_desk.portfolio.add_contact(acme, "Spare", "spare@acme.test")
    view = open_view()
    select(qtbot, view, acme)
    view.tabs.setCurrentIndex(2)
    assert not view.edit_contact_button.isEnabled()
    assert not view.remove_contact_button.isEnabled()

    # The spare contact cannot become named while all ten places are taken.
    click_contact(qtbot, view, 10)
    assert view.selected_contact().name == "Spare"
    view.edit_contact_button.click()
    dialog = view.dialog
    assert isinstance(dialog, ContactDialog)
    assert dialog.email.text() == "spare@acme.test"
    before = snapshot(sqlite_desk)
    qtbot.keyClick(dialog.named, Qt.Key.Key_Space)
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert "all 10 are taken" in dialog.error_text
    assert snapshot(sqlite_desk) == before
    dialog.reject()

    # P3 left the customer: removed (after a question), the spare one takes the place.
    asked = []
    monkeypatch.setattr(
        Prompts, "confirm", classmethod(lambda cls, parent, title, text: asked.append(text) or True)
    )
    click_contact(qtbot, view, 3)
    view.remove_contact_button.click()
    assert asked == ["Remove P3 (a named support contact) from Acme's contacts?"]
    qtbot.waitUntil(lambda: view.named_count.text() == "9 of 10 named contacts")
    assert "P3" not in [c.name for c in sqlite_desk.portfolio.customer(acme).contacts]
    # A double click opens the contact, as Edit contact… does.
    names = [view.contacts_model.index(r, 0).data() for r in range(view.contacts_model.rowCount())]
    spare = names.index("Spare")
    click_contact(qtbot, view, spare)
    rect = view.contacts_table.visualRect(view.contacts_model.index(spare, 0))
    qtbot.mouseDClick(view.contacts_table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: view.dialog is not dialog)
    dialog = view.dialog
    qtbot.keyClick(dialog.named, Qt.Key.Key_Space)
    dialog.email.clear()
    qtbot.keyClicks(dialog.email, "spare.named@acme.test")
    qtbot.keyClick(dialog.email, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: view.named_count.text() == "10 of 10 named contacts")
    changed = next(c for c in sqlite_desk.portfolio.customer(acme).contacts if c.name == "Spare")
    assert (changed.email, changed.named) == ("spare.named@acme.test", True)


def test_contacts_tab_says_what_to_do_when_empty(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk)
    view = open_view()
    select(qtbot, view, acme)
    assert view.contacts_stack.currentIndex() == 1
    assert "Add contact" in view.form.findChild(QLabel, "contactsEmpty").text()


def test_notes_are_saved_through_the_service(qtbot, open_view, sqlite_desk):
    acme = add(sqlite_desk)
    beta = add(sqlite_desk, name="Beta")
    view = open_view()
    select(qtbot, view, acme)
    view.tabs.setCurrentIndex(3)
    assert not view.save_notes_button.isEnabled()
    qtbot.keyClicks(view.notes, "Renewal call <Tuesday> & budget")
    assert view.save_notes_button.isEnabled()
    view.save_notes_button.click()
    assert sqlite_desk.portfolio.customer(acme).notes == "Renewal call <Tuesday> & budget"
    assert view.notes_status.text() == "Saved."
    # Typed and not saved: kept when another customer is chosen.
    qtbot.keyClicks(view.notes, "!")
    select(qtbot, view, beta)
    assert sqlite_desk.portfolio.customer(acme).notes == "Renewal call <Tuesday> & budget!"
    assert view.notes.toPlainText() == ""


def test_notes_that_cannot_be_saved_say_so_instead_of_vanishing(
    qtbot, open_view, sqlite_desk, monkeypatch
):
    from accountdesk.logs import log_path

    acme = add(sqlite_desk)
    beta = add(sqlite_desk, name="Beta")
    view = open_view()
    select(qtbot, view, acme)
    view.tabs.setCurrentIndex(3)
    # The database itself refuses to change a customer (a real database error).
    with sqlite_desk.engine.begin() as connection:
        connection.exec_driver_sql(
            "CREATE TRIGGER refuse BEFORE UPDATE ON customer "
            "BEGIN SELECT RAISE(ABORT, 'the database refused'); END"
        )
    qtbot.keyClicks(view.notes, "Call back on Tuesday")
    view.save_notes_button.click()
    assert view.notes_status.text().startswith("Not saved: Something went wrong")
    assert "the database refused" in log_path().read_text()
    assert view.save_notes_button.isEnabled()  # still there to try again

    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    select(qtbot, view, beta)  # switching saves the notes typed: it cannot
    assert said[0].startswith("The notes typed for Acme could not be saved.")
    assert str(log_path()) in said[0]
    assert said[0].endswith("Call back on Tuesday")  # what was typed is not lost
    assert sqlite_desk.portfolio.customer(acme).notes == ""


def test_notes_of_a_customer_gone_meanwhile_say_so(qtbot, open_view, sqlite_desk, monkeypatch):
    acme = add(sqlite_desk)
    beta = add(sqlite_desk, name="Beta")
    view = open_view()
    select(qtbot, view, acme)
    view.tabs.setCurrentIndex(3)
    qtbot.keyClicks(view.notes, "Call back on Tuesday")
    with sqlite_desk.engine.begin() as connection:  # removed behind the window's back
        for table in ("contact", "contract_term", "ledger_entry", "review"):
            connection.exec_driver_sql(f"DELETE FROM {table} WHERE customer_id = {acme}")
        connection.exec_driver_sql(f"DELETE FROM customer WHERE id = {acme}")
    said = []
    monkeypatch.setattr(Prompts, "error", classmethod(lambda cls, parent, text: said.append(text)))
    view.context.set_customer(beta)
    loaded(qtbot, view)
    assert said[0].startswith("The notes typed for Acme could not be saved. There is no customer")
    assert "Call back on Tuesday" in said[0]


def test_the_main_window_opens_the_dialog_with_ctrl_n(qtbot, sqlite_desk):
    from accountdesk.gui.main_window import MainWindow

    add(sqlite_desk)
    main = MainWindow(sqlite_desk)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.up_to_date)
    view = main.view(CustomersView)
    assert main.new_customer_action.shortcut() == QKeySequence(QKeySequence.StandardKey.New)
    main.new_customer_action.trigger()
    assert main.current_view() is view
    assert isinstance(view.dialog, CustomerDialog)
    assert view.dialog.isVisible()
    view.dialog.reject()
    qtbot.waitUntil(lambda: view.ready)


def test_first_customer_from_the_welcome_page(qtbot, sqlite_desk):
    from accountdesk.gui.main_window import MainWindow

    main = MainWindow(sqlite_desk)
    qtbot.addWidget(main)
    main.show()
    qtbot.waitUntil(lambda: main.up_to_date)
    assert main.pages.currentWidget() is main.welcome
    main.welcome.findChild(QPushButton, "addCustomer").click()
    dialog = main.view(CustomersView).dialog
    assert isinstance(dialog, CustomerDialog)
    assert dialog.isVisible()
    qtbot.keyClicks(dialog.name, "Acme")
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: main.has_customers)
    assert sqlite_desk.portfolio.customer("Acme").summary.tier is Tier.PROFESSIONAL
    assert main.context.customer_id == sqlite_desk.portfolio.customer("Acme").id


def test_the_month_in_the_toolbar_drives_the_consulting_column(qtbot, open_view, sqlite_desk):
    from accountdesk.domain.tiers import Category
    from accountdesk.services.ledger import NewEntry

    acme = add(sqlite_desk)
    sqlite_desk.ledger.log(
        NewEntry(acme, date(2026, 10, 5), 4500, Category.CONSULTING, "Tom", "work")
    )
    view = open_view()
    view.context.set_customer(acme)
    assert view.model.index(0, CustomersTableModel.CONSULTING).data() == "0.00 h"
    view.context.set_month(Month(2026, 10))
    qtbot.waitUntil(lambda: view.ready)
    assert view.model.index(0, CustomersTableModel.CONSULTING).data() == "1.25 h"
    assert view.model.headerData(CustomersTableModel.CONSULTING, Qt.Orientation.Horizontal) == (
        "Consulting Oct 2026"
    )
    assert view.values["consulting"].text() == "1.25 h used of 4.00 h in October 2026"


@pytest.fixture
def forget_columns():
    """The customers' column widths and sort this test remembers are forgotten after it:
    another test's view (in the same process) would open with them."""
    yield
    QSettings().remove(settings.columns("customers"))


def test_column_widths_and_sort_are_remembered(qtbot, sqlite_desk, forget_columns):
    from accountdesk.domain.periods import Month
    from accountdesk.gui.context import DeskContext
    from accountdesk.gui.qtmodels.customers import CustomersTableModel
    from accountdesk.gui.views.customers import CustomersView

    first = CustomersView(sqlite_desk, DeskContext(Month(2026, 11)))
    qtbot.addWidget(first)
    first.table.horizontalHeader().resizeSection(CustomersTableModel.TIER, 177)
    first.table.sortByColumn(CustomersTableModel.TIER, Qt.SortOrder.DescendingOrder)
    again = CustomersView(sqlite_desk, DeskContext(Month(2026, 11)))
    qtbot.addWidget(again)
    header = again.table.horizontalHeader()
    assert header.sectionSize(CustomersTableModel.TIER) == 177
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        CustomersTableModel.TIER,
        Qt.SortOrder.DescendingOrder,
    )
