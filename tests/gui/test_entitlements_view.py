"""The Entitlements view: one card per allowance for the toolbar's customer and month,
with the worked example to the cent, the bar's colours, the forecast line, the fee and
seats; the empty state; refreshing when the context changes."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QComboBox, QLabel

from accountdesk.domain.forecast import Level
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.views.entitlements import EntitlementsView
from accountdesk.gui.widgets import BADGE_BACKGROUND, BADGE_INK, LEVEL_COLOUR
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

NOVEMBER = Month(2026, 11)


def log(desk, customer, day, hours, category=Category.CONSULTING):
    desk.ledger.log(NewEntry(customer, day, round(hours * 3600), category, "jdoe", "work"))


def shown(qtbot, desk, customer_id=None, month=NOVEMBER):
    context = DeskContext(month)
    context.set_customer(customer_id)
    view = EntitlementsView(desk, context)
    qtbot.addWidget(view)
    view.resize(1100, 700)
    view.show()
    qtbot.waitExposed(view)
    return settled(qtbot, view)


def card_of(view, category_value):
    """The allowance card of a category."""
    return next(c for c in view.cards if c.objectName() == f"{category_value}Card")


def settled(qtbot, view):
    """The view reads off the window's thread: wait until it shows the newest read."""
    qtbot.waitUntil(lambda: view.loader.current)
    return view


@pytest.fixture
def acme(sqlite_desk):
    """The worked example: Professional, 6.5 h of consulting in November 2026."""
    acme_id = sqlite_desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    log(sqlite_desk, "Acme", date(2026, 11, 3), 4)
    log(sqlite_desk, "Acme", date(2026, 11, 20), 2.5)
    return acme_id


def test_without_a_customer_it_says_what_to_do(qtbot, sqlite_desk):
    view = shown(qtbot, sqlite_desk)
    assert view.pages.currentWidget() is view.empty_page
    assert view.empty_heading.text() == (
        "Choose a customer in the toolbar to see what they are entitled to"
    )


def test_the_worked_example_card_is_used_up_and_red(qtbot, sqlite_desk, acme):
    view = shown(qtbot, sqlite_desk, acme)
    assert view.pages.currentWidget() is view.content_page
    assert view.customer_name.text() == "Acme"
    assert [card.objectName() for card in view.cards] == ["consultingCard"]
    card = card_of(view, "consulting")
    assert card.title.text() == "Architecture consulting"
    assert card.period.text() == "November 2026"
    assert card.headline.text() == "0.00 h left of 4.00 h"
    assert card.used.text() == "6.50 h  (163 %)"
    assert card.overage_hours.text() == "2.50 h"
    assert card.overage_charge.text() == "1,250.00 USD"
    assert card.overage_caption.text() == "Overage charge at 500.00 USD/h"
    assert card.bar.level is Level.OVER
    assert card.bar.colour() == LEVEL_COLOUR[Level.OVER]
    assert card.bar.value() == card.bar.maximum()  # full, and red
    assert card.badge.text() == "Over allowance"
    assert card.forecast.text() == (
        "The allowance is used up; further hours are overage at 500.00 USD/h."
    )
    # Figures are right-aligned.
    assert card.overage_charge.alignment() & Qt.AlignmentFlag.AlignRight


def test_fee_overage_and_seats_below_the_cards(qtbot, sqlite_desk, acme):
    sqlite_desk.portfolio.add_contact("Acme", "Ana", "ana@acme.test", named=True)
    view = shown(qtbot, sqlite_desk, acme)
    assert view.fee_value.text() == "5,000.00 USD"
    assert view.overage_value.text() == "1,250.00 USD"
    assert view.total_value.text() == "6,250.00 USD"
    assert view.hours_value.text() == "Hours logged: Consulting 6.50 h"
    seats = {
        label.objectName(): label.text()
        for label in view.findChildren(QLabel)
        if label.objectName().endswith("Value") and label.parent() is not None
    }
    assert seats["named_contactsValue"] == "1 of 10"
    assert seats["online_training_seatsValue"] == "0 of 2"
    assert seats["onsite_training_sessionsValue"] == "0 of 0"


def test_three_and_a_half_of_four_hours_is_amber_with_a_date(qtbot, sqlite_desk):
    beta = sqlite_desk.portfolio.add_customer(
        NewCustomer("Beta", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    log(sqlite_desk, "Beta", date(2026, 11, 10), 3.5)
    card = card_of(shown(qtbot, sqlite_desk, beta), "consulting")
    assert card.headline.text() == "0.50 h left of 4.00 h"
    assert card.bar.level is Level.NEARLY_USED
    assert card.bar.colour() == LEVEL_COLOUR[Level.NEARLY_USED]
    assert card.bar.value() == 875  # of 1000: 87.5 %
    assert card.badge.text() == "Nearly used"
    assert card.overage_charge.text() == "0.00 USD"
    # 3.5 h in the 26 days to today; the last 0.5 h takes four more days at that pace.
    assert card.forecast.text() == "At this pace the allowance runs out on 30 Nov."


def test_a_slow_month_is_green_and_lasts(qtbot, sqlite_desk):
    slow = sqlite_desk.portfolio.add_customer(
        NewCustomer("Slow", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    log(sqlite_desk, "Slow", date(2026, 11, 2), 1)
    card = card_of(shown(qtbot, sqlite_desk, slow), "consulting")
    assert card.bar.level is Level.FINE
    assert card.bar.colour() == LEVEL_COLOUR[Level.FINE]
    assert card.forecast.text() == "At this pace the allowance lasts the month."


def test_changing_the_month_in_the_context_refreshes_the_view(qtbot, sqlite_desk, acme):
    view = shown(qtbot, sqlite_desk, acme)
    view.context.set_month(Month(2026, 10))
    settled(qtbot, view)
    card = card_of(view, "consulting")
    assert view.month_title.text() == "October 2026"
    assert card.period.text() == "October 2026"
    assert card.headline.text() == "4.00 h left of 4.00 h"
    assert card.overage_charge.text() == "0.00 USD"
    assert card.bar.level is Level.FINE
    assert card.forecast.text() == "The month is over; these are its final figures."
    view.context.set_month(Month(2026, 12))
    settled(qtbot, view)
    assert card_of(view, "consulting").forecast.text() == "December 2026 has not started yet."
    view.context.set_month(NOVEMBER)
    settled(qtbot, view)
    assert card_of(view, "consulting").headline.text() == "0.00 h left of 4.00 h"


def test_changing_the_customer_refreshes_and_clearing_it_empties(qtbot, sqlite_desk, acme):
    other = sqlite_desk.portfolio.add_customer(
        NewCustomer("Other", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    view = shown(qtbot, sqlite_desk, acme)
    view.context.set_customer(other)
    settled(qtbot, view)
    assert view.customer_name.text() == "Other"
    assert card_of(view, "consulting").headline.text() == "4.00 h left of 4.00 h"
    assert card_of(view, "consulting").forecast.text() == (
        "Nothing used yet: the whole allowance is there for the month."
    )
    view.context.set_customer(None)
    settled(qtbot, view)
    assert view.pages.currentWidget() is view.empty_page


def test_a_change_while_hidden_shows_when_the_view_comes_back(qtbot, sqlite_desk, acme):
    view = shown(qtbot, sqlite_desk, acme)
    view.hide()
    log(sqlite_desk, "Acme", date(2026, 11, 24), 1)
    view.refresh()  # what the window does after any change: stale while hidden
    assert card_of(view, "consulting").overage_hours.text() == "2.50 h"
    view.show()
    settled(qtbot, view)
    assert card_of(view, "consulting").overage_hours.text() == "3.50 h"


def test_enterprise_has_a_card_per_allowance_quarterly_to_date(qtbot, sqlite_desk):
    big = sqlite_desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 1)))
    log(sqlite_desk, "Big", date(2026, 10, 12), 10, Category.DEVELOPMENT)
    for day in (9, 10, 11, 12, 13):
        log(sqlite_desk, "Big", date(2026, 11, day), 7, Category.DEVELOPMENT)  # 45 of 40 h
    log(sqlite_desk, "Big", date(2026, 11, 9), 5)
    view = shown(qtbot, sqlite_desk, big)
    assert [card.objectName() for card in view.cards] == ["consultingCard", "developmentCard"]
    development = card_of(view, "development")
    assert development.title.text() == "Custom development"
    assert development.period.text() == "Q4 2026 to date"
    assert development.headline.text() == "0.00 h left of 40.00 h"
    assert development.overage_hours.text() == "5.00 h"
    assert development.overage_charge.text() == "2,000.00 USD"
    assert development.bar.level is Level.OVER
    assert card_of(view, "consulting").headline.text() == "15.00 h left of 20.00 h"
    view.context.set_month(Month(2026, 10))
    settled(qtbot, view)
    assert card_of(view, "development").period.text() == "Q4 2026 to the end of October"


def test_community_has_no_cards_and_says_why(qtbot, sqlite_desk):
    free = sqlite_desk.portfolio.add_customer(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 1)))
    view = shown(qtbot, sqlite_desk, free)
    assert view.cards == []
    assert not view.cards_host.isVisible()
    assert view.message.isVisible()
    assert "includes no consulting or development hours" in view.message.text()
    assert view.fee_value.text() == "0.00 USD"


def test_a_tier_change_in_the_month_prorates_the_fee(qtbot, sqlite_desk, acme):
    sqlite_desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    view = shown(qtbot, sqlite_desk, acme)
    assert view.summary.text().startswith("Professional then Enterprise")
    assert view.fee_caption.text() == "Fee, prorated by days"
    assert view.fee_value.text() == "15,000.00 USD"  # the rules' worked example
    assert card_of(view, "consulting").headline.text() == "5.50 h left of 12.00 h"


def test_a_month_outside_the_contract_says_so(qtbot, sqlite_desk):
    later = sqlite_desk.portfolio.add_customer(
        NewCustomer("Later", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    view = shown(qtbot, sqlite_desk, later, Month(2025, 6))
    assert view.message.text().startswith("Later's contract does not cover June 2025")


def test_names_are_shown_as_written_never_as_markup(qtbot, sqlite_desk):
    odd = sqlite_desk.portfolio.add_customer(
        NewCustomer("<b>Bold</b> & Co", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    view = shown(qtbot, sqlite_desk, odd)
    assert view.customer_name.text() == "<b>Bold</b> & Co"
    assert view.customer_name.textFormat() == Qt.TextFormat.PlainText


def test_find_goes_to_the_toolbars_customer_picker(qtbot, sqlite_desk, acme):
    from accountdesk.gui.main_window import MainWindow

    window = MainWindow(sqlite_desk)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.waitUntil(lambda: window.up_to_date)
    view = window.view(EntitlementsView)
    window.show_view(window.views.index(view) + 1)
    view.focus_search()
    picker = window.findChild(QComboBox, "customerPicker")
    # Offscreen there is no active window, so ask the window where its focus went.
    assert window.focusWidget() in (picker, picker.lineEdit())


def _contrast(a: QColor, b: QColor) -> float:
    def luminance(colour: QColor) -> float:
        def channel(value: float) -> float:
            return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

        return (
            0.2126 * channel(colour.redF())
            + 0.7152 * channel(colour.greenF())
            + 0.0722 * channel(colour.blueF())
        )

    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("base", ["#ffffff", "#1e1e1e", "#2b2b2b"])
def test_level_colours_read_on_light_and_dark_palettes(base):
    for level in Level:
        assert _contrast(LEVEL_COLOUR[level], QColor(base)) >= 3, (level, base)
        assert _contrast(BADGE_BACKGROUND[level], BADGE_INK[level]) >= 4.5, level


def test_cards_take_their_colours_from_the_palette(qtbot, sqlite_desk, acme):
    view = shown(qtbot, sqlite_desk, acme)
    dark = QPalette(view.palette())
    dark.setColor(QPalette.ColorRole.Base, QColor("#1e1e1e"))
    dark.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#e6e6e6"))
    dark.setColor(QPalette.ColorRole.Text, QColor("#e6e6e6"))
    view.setPalette(dark)
    card = card_of(view, "consulting")
    assert card.backgroundRole() is QPalette.ColorRole.Base
    assert card.palette().color(QPalette.ColorRole.Base) == QColor("#1e1e1e")
    text = card.headline.palette().color(card.headline.foregroundRole())
    assert _contrast(text, QColor("#1e1e1e")) >= 4.5
    assert "palette(base)" in card.bar.styleSheet()


# ------------------------------------------------------------ issued months, adjustments

OCTOBER = Month(2026, 10)


def entry(desk, customer, day, hours, category=Category.CONSULTING):
    return desk.ledger.log(NewEntry(customer, day, round(hours * 3600), category, "jdoe", "work"))


def test_an_issued_month_says_whose_figures_it_shows(qtbot, sqlite_desk, tmp_path):
    paid = sqlite_desk.portfolio.add_customer(
        NewCustomer("Paid", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    entry(sqlite_desk, "Paid", date(2026, 10, 5), 6)  # 2 h over: 1,000.00
    sqlite_desk.reports.issue("Paid", OCTOBER, tmp_path / "october.pdf")
    report = sqlite_desk.entitlements.usage("Paid", OCTOBER).issued
    assert report
    entry(sqlite_desk, "Paid", date(2026, 11, 2), 1)
    view = shown(qtbot, sqlite_desk, paid, OCTOBER)
    assert view.issued_note.isVisible()
    assert view.issued_note.text().startswith(
        f"Issued \N{EM DASH} these are the figures of report {report}."
    )
    card = card_of(view, "consulting")
    assert card.overage_charge.text() == "1,000.00 USD"
    assert card.forecast.text().startswith("Issued: these are the report's figures;")
    assert "pace" not in card.forecast.text()
    assert view.month_box.title() == "Fee and hours in October 2026, as issued"
    assert not view.pending_box.isVisible()  # nothing changed since
    # The running month is not issued and says nothing of the kind.
    view.context.set_month(NOVEMBER)
    settled(qtbot, view)
    assert not view.issued_note.isVisible()
    assert card_of(view, "consulting").forecast.text().startswith("At this pace")


def test_an_overage_at_two_rates_shows_a_line_per_rate(qtbot, sqlite_desk, tmp_path):
    two = sqlite_desk.portfolio.add_customer(
        NewCustomer("Two", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    sqlite_desk.portfolio.change_tier("Two", Tier.ENTERPRISE, date(2026, 10, 16))
    entry(sqlite_desk, "Two", date(2026, 10, 2), 14)  # 1.74 h over 12.26 h, at 500
    entry(sqlite_desk, "Two", date(2026, 10, 20), 3)  # 3.00 h over, at 400
    view = shown(qtbot, sqlite_desk, two, OCTOBER)
    card = card_of(view, "consulting")
    lines = "1.74 h at 500.00 = 870.00 · 3.00 h at 400.00 = 1,200.00"
    assert card.overage_hours.text() == "4.74 h"
    assert card.overage_charge.text() == "2,070.00 USD"
    assert card.overage_caption.text() == "Overage charge"  # no one rate to name
    assert card.overage_lines.isVisible()
    assert card.overage_lines.text() == lines
    # Issued, the stored statement shows the same lines.
    sqlite_desk.reports.issue("Two", OCTOBER, tmp_path / "october.pdf")
    view.refresh()
    settled(qtbot, view)
    assert view.issued_note.isVisible()
    assert card_of(view, "consulting").overage_lines.text() == lines


def test_one_rate_is_named_in_the_caption_and_no_lines_are_shown(qtbot, sqlite_desk, acme):
    card = card_of(shown(qtbot, sqlite_desk, acme), "consulting")
    assert card.overage_caption.text() == "Overage charge at 500.00 USD/h"
    assert not card.overage_lines.isVisible()


def test_a_correction_shows_as_an_adjustment_for_the_next_report(qtbot, sqlite_desk, tmp_path):
    paid = sqlite_desk.portfolio.add_customer(
        NewCustomer("Paid", Tier.PROFESSIONAL, date(2026, 1, 1))
    )
    booked = entry(sqlite_desk, "Paid", date(2026, 10, 5), 6)
    sqlite_desk.reports.issue("Paid", OCTOBER, tmp_path / "october.pdf")
    sqlite_desk.ledger.correct(booked, 3 * 3600, "Booked twice")
    view = shown(qtbot, sqlite_desk, paid)  # November, the month the toolbar shows
    assert view.pending_box.isVisible()
    assert view.pending_box.title() == "Adjustments for the next report"
    assert view.pending_rows() == [
        ["Month", "What", "Hours", "Amount", "Reason"],
        [
            "October 2026",
            "Architecture consulting overage",
            "\u22122.00 h",
            "\u22121,000.00 USD",
            f"entry {booked} of 2026-10-05 corrected: Booked twice",
        ],
        ["Together on the next report", "\u22121,000.00 USD"],
    ]
    # November's own allowance is untouched by it.
    assert card_of(view, "consulting").headline.text() == "4.00 h left of 4.00 h"
    # The issued month itself still shows what was issued, and the adjustment too.
    view.context.set_month(OCTOBER)
    settled(qtbot, view)
    assert card_of(view, "consulting").overage_charge.text() == "1,000.00 USD"
    assert view.pending_box.isVisible()
