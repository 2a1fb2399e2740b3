"""The Reviews view: the agenda's groups for a pinned clock, recording outcomes through
the dialogs, plan ahead, the calendar export, and what the view says when empty."""

from __future__ import annotations

from datetime import date

import icalendar
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox

from accountdesk.app import Desk
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Tier
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.review import ReviewOutcomeDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.reviews import CUSTOMER, STATE, TIME, ReviewsModel
from accountdesk.gui.views.reviews import ReviewsView
from accountdesk.services.loading import find_customer
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reviews import plan_customer
from tests.conftest import snapshot

# The pinned clock: Thursday 2026-11-26, 12:00 UTC. "This week" runs to Sunday 29th.


def plan_between(desk: Desk, name: str, first: date, last: date) -> None:
    """Reviews as planning would have placed them in the past (setting the scene only)."""
    with desk.sessions.begin() as s:
        plan_customer(s, find_customer(s, name), first, last)


@pytest.fixture
def desk(sqlite_desk: Desk) -> Desk:
    desk = sqlite_desk
    # Monthly reviews on the 5th, QBR in the quarter's second month, Berlin time.
    desk.portfolio.add_customer(
        NewCustomer("Pro Berlin", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    # Weekly reviews on Thursdays, New York time: today 10:00 there is 15:00 UTC, to come.
    desk.portfolio.add_customer(
        NewCustomer("Big NY", Tier.ENTERPRISE, date(2026, 1, 8), timezone="America/New_York")
    )
    # Monthly on the 26th, Berlin time: today 10:00 there was 09:00 UTC, overdue.
    desk.portfolio.add_customer(
        NewCustomer("Early Berlin", Tier.PROFESSIONAL, date(2026, 1, 26), timezone="Europe/Berlin")
    )
    desk.portfolio.add_customer(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 5)))
    plan_between(desk, "Pro Berlin", date(2026, 10, 1), date(2027, 1, 31))
    plan_between(desk, "Early Berlin", date(2026, 11, 26), date(2026, 11, 26))
    desk.reviews.plan("Big NY", until=date(2026, 12, 6))
    return desk


def make_view(qtbot, desk: Desk, customer: int | None = None) -> ReviewsView:
    context = DeskContext(Month(2026, 11))
    context.set_customer(customer)
    view = ReviewsView(desk, context)
    context.dataChanged.connect(view.refresh)  # as the main window does for every view
    qtbot.addWidget(view)
    view.resize(1200, 700)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    return view


def group_rows(model: ReviewsModel) -> dict[str, list[tuple[str, date, str]]]:
    return {
        group.key: [(r.customer, r.due, r.kind.value) for r in group.reviews]
        for group in model.groups
    }


def click_row(qtbot, view: ReviewsView, review_id: int, column: int = 0) -> None:
    index = view.model.index_of(review_id, column)
    assert index.isValid()
    view.tree.scrollTo(index)
    rect = view.tree.visualRect(index)
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.selected_review() is not None
    assert view.selected_review().id == review_id


def review_of(desk: Desk, customer: str, due: date, kind: ReviewKind):
    return next(r for r in desk.reviews.reviews(customer) if r.due == due and r.kind is kind)


def test_the_model_passes_the_model_tester(qtbot, qtmodeltester, desk):
    view = make_view(qtbot, desk)
    assert view.model.review_count() > 0
    qtmodeltester.check(view.model)
    view.model.set_groups([], date(2026, 11, 26))
    qtmodeltester.check(view.model)


def test_agenda_groups_overdue_this_week_and_later_for_the_pinned_clock(qtbot, desk):
    view = make_view(qtbot, desk)
    groups = group_rows(view.model)
    assert list(groups) == ["overdue", "this_week", "later"]
    # One review a day: the QBR keeps the 5th (and the 26th), the monthly review moves on.
    assert groups["overdue"] == [
        ("Pro Berlin", date(2026, 10, 5), "architecture_review"),
        ("Pro Berlin", date(2026, 11, 5), "qbr"),
        ("Pro Berlin", date(2026, 11, 6), "architecture_review"),
        # Today 10:00 in Berlin has passed; today 10:00 in New York has not.
        ("Early Berlin", date(2026, 11, 26), "qbr"),
    ]
    # Q4's business review, never planned before today, is caught up tomorrow.
    assert groups["this_week"] == [
        ("Big NY", date(2026, 11, 26), "architecture_review"),
        ("Big NY", date(2026, 11, 27), "qbr"),
    ]
    later = groups["later"]
    assert later and all(due > date(2026, 11, 29) for _, due, _ in later)
    assert ("Pro Berlin", date(2026, 12, 7), "architecture_review") in later
    # The agenda holds planned reviews only, every one of them once.
    planned = desk.reviews.reviews(state=ReviewState.PLANNED)
    assert view.model.review_count() == len(planned)


def test_rows_show_kind_local_time_customer_and_state_with_overdue_highlighted(qtbot, desk):
    view = make_view(qtbot, desk)
    model = view.model
    overdue = model.group_index("overdue")
    first = model.index(0, 0, overdue)
    assert model.data(first) == "Architecture review"
    assert model.data(first.siblingAtColumn(TIME)) == "10:00 Europe/Berlin"
    assert model.data(first.siblingAtColumn(CUSTOMER)) == "Pro Berlin"
    assert model.data(first.siblingAtColumn(STATE)) == "Overdue by 52 days"
    assert model.data(first, Qt.ItemDataRole.BackgroundRole) is not None
    today = model.index(3, STATE, overdue)
    assert model.data(today) == "Overdue (today)"
    upcoming = model.index(0, 0, model.group_index("this_week"))
    assert model.data(upcoming.siblingAtColumn(TIME)) == "10:00 America/New_York"
    assert model.data(upcoming.siblingAtColumn(STATE)) == "Planned"
    assert model.data(upcoming, Qt.ItemDataRole.BackgroundRole) is None
    assert model.data(overdue).startswith("Overdue · 4 reviews")
    assert "4 overdue · 2 this week" in view.hint.text()


def test_held_with_notes_and_attendees_through_the_dialog(qtbot, desk, monkeypatch):
    view = make_view(qtbot, desk)
    target = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)

    def drive(parent, desk_, review):
        dialog = ReviewOutcomeDialog(desk_, review, ReviewState.HELD, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.attendees, "Carla Souza, Ana Lima")
        qtbot.keyClicks(dialog.notes, "Roadmap agreed; upgrade in Q1.")
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.recorded

    monkeypatch.setattr(ReviewOutcomeDialog, "held", drive)
    click_row(qtbot, view, target.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.held_button.click()
    held = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)
    assert held.state is ReviewState.HELD
    assert held.notes == "Roadmap agreed; upgrade in Q1."
    assert held.attendees == "Carla Souza, Ana Lima"
    assert not view.model.index_of(target.id).isValid()  # off the agenda
    assert "held" in view.message.text()
    # The row that took its place is selected, so the list can be worked through.
    assert view.selected_review() is not None
    assert view.selected_review().id != target.id


def test_a_recorded_outcome_is_undone_and_redone(qtbot, desk):
    view = make_view(qtbot, desk)
    past = review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW)
    click_row(qtbot, view, past.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.missed_button.click()
    assert "Ctrl+Z" in view.message.text()
    stack = view.context.undo
    assert stack.undoText().startswith("Mark the architecture review with Pro Berlin")

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        stack.undo()
    again = review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW)
    assert again == past  # planned (and overdue) again, nothing else changed
    assert view.model.index_of(past.id).isValid()  # back on the agenda

    with qtbot.waitSignal(view.loaded, timeout=10_000):
        stack.redo()
    assert (
        review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW).state
        is ReviewState.MISSED
    )


def test_cancel_without_a_reason_is_refused_inline_and_changes_nothing(qtbot, desk):
    review = review_of(desk, "Pro Berlin", date(2026, 11, 6), ReviewKind.ARCHITECTURE_REVIEW)
    before = snapshot(desk)
    dialog = ReviewOutcomeDialog(desk, review, ReviewState.CANCELLED)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == "Cancelling a review needs a reason."
    assert dialog.recorded is None
    assert snapshot(desk) == before
    # Typing a reason clears the message; Enter cancels the review.
    qtbot.keyClicks(dialog.reason, "Customer offsite")
    assert not dialog.error.isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    cancelled = review_of(desk, "Pro Berlin", date(2026, 11, 6), ReviewKind.ARCHITECTURE_REVIEW)
    assert cancelled.state is ReviewState.CANCELLED
    assert cancelled.reason == "Customer offsite"


def test_cancel_through_the_view_then_find_it_in_the_past(qtbot, desk, monkeypatch):
    view = make_view(qtbot, desk)
    target = review_of(desk, "Pro Berlin", date(2026, 11, 6), ReviewKind.ARCHITECTURE_REVIEW)

    def drive(parent, desk_, review):
        dialog = ReviewOutcomeDialog(desk_, review, ReviewState.CANCELLED, parent)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.reason, "Moved into the QBR")
        qtbot.keyClick(dialog.reason, Qt.Key.Key_Return)
        return dialog.recorded

    monkeypatch.setattr(ReviewOutcomeDialog, "cancelled", drive)
    click_row(qtbot, view, target.id)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.cancel_button.click()
    assert not view.model.index_of(target.id).isValid()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_history.click()
    groups = group_rows(view.model)
    assert groups["cancelled"] == [("Pro Berlin", date(2026, 11, 6), "architecture_review")]
    index = view.model.index_of(target.id, 5)
    assert view.model.data(index) == "Moved into the QBR"
    assert not view.tree.isColumnHidden(5)


def test_dismissing_a_dialog_changes_nothing(qtbot, desk, monkeypatch):
    view = make_view(qtbot, desk)
    target = review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW)
    monkeypatch.setattr(ReviewOutcomeDialog, "held", lambda *args: None)
    before = snapshot(desk)
    click_row(qtbot, view, target.id)
    view.held_button.click()
    assert snapshot(desk) == before


def test_missed_for_a_past_review_only(qtbot, desk):
    view = make_view(qtbot, desk)
    past = review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW)
    click_row(qtbot, view, past.id)
    assert view.missed_button.isEnabled()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.missed_button.click()
    assert (
        review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW).state
        is ReviewState.MISSED
    )
    coming = review_of(desk, "Big NY", date(2026, 11, 26), ReviewKind.ARCHITECTURE_REVIEW)
    click_row(qtbot, view, coming.id)
    assert not view.missed_button.isEnabled()
    # Nor held before its time: the button says why; it can still be cancelled.
    assert not view.held_button.isEnabled() and view.cancel_button.isEnabled()
    assert view.held_button.toolTip() == "This review has not happened yet."


def test_a_refused_missed_is_said_in_words(qtbot, desk, monkeypatch):
    view = make_view(qtbot, desk)
    coming = review_of(desk, "Big NY", date(2026, 11, 26), ReviewKind.ARCHITECTURE_REVIEW)
    click_row(qtbot, view, coming.id)
    errors: list[str] = []
    monkeypatch.setattr(Prompts, "error", lambda parent, text: errors.append(text))
    before = snapshot(desk)
    view.mark_missed()  # as if the button had been enabled
    assert errors and "cannot be missed before it happens" in errors[0]
    assert snapshot(desk) == before


def test_plan_ahead_adds_the_reviews_the_tiers_owe(qtbot, sqlite_desk):
    desk = sqlite_desk
    desk.portfolio.add_customer(NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 5)))
    view = make_view(qtbot, desk)
    assert view.pages.currentWidget() is view.empty_page
    assert "Plan ahead" in view.empty_text.text()
    assert view.empty_plan.isVisible()
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.plan_button.click()
    planned = desk.reviews.reviews()
    assert planned and all(r.state is ReviewState.PLANNED for r in planned)
    assert view.message.text() == f"Planned {len(planned)} new reviews over the next 90 days."
    assert view.model.review_count() == len(planned)
    assert view.pages.currentWidget() is view.tree
    # Planning again never duplicates.
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.plan_button.click()
    assert len(desk.reviews.reviews()) == len(planned)
    assert view.message.text().startswith("Nothing new to plan")


def test_plan_ahead_for_the_chosen_customer_only(qtbot, sqlite_desk):
    desk = sqlite_desk
    pro = desk.portfolio.add_customer(NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 5)))
    desk.portfolio.add_customer(NewCustomer("Other", Tier.PROFESSIONAL, date(2026, 1, 5)))
    view = make_view(qtbot, desk, customer=pro)
    with qtbot.waitSignal(view.loaded, timeout=20_000):
        view.plan_button.click()
    assert {r.customer for r in desk.reviews.reviews()} == {"Pro"}
    assert " for Pro " in view.message.text()


def test_the_customer_in_the_toolbar_filters_the_agenda(qtbot, desk):
    view = make_view(qtbot, desk)
    big = desk.portfolio.customer("Big NY").id
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.set_customer(big)
    customers = {r.customer for g in view.model.groups for r in g.reviews}
    assert customers == {"Big NY"}
    assert view.scope.text() == "· Big NY"
    free = desk.portfolio.customer("Free").id
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.set_customer(free)
    assert view.pages.currentWidget() is view.empty_page
    assert "No reviews are planned for Free" in view.empty_text.text()


def test_export_ics_writes_a_calendar_for_the_chosen_customer(qtbot, desk, monkeypatch, tmp_path):
    view = make_view(qtbot, desk)
    assert not view.export_button.isEnabled()  # all customers: nothing to export
    pro = desk.portfolio.customer("Pro Berlin").id
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.set_customer(pro)
    assert view.export_button.isEnabled()
    asked: list[str] = []

    def save_file(parent, caption, suggested, filters):
        asked.append(suggested)
        return tmp_path / "pro"

    monkeypatch.setattr(Prompts, "save_file", save_file)
    view.export_button.click()
    target = tmp_path / "pro.ics"
    qtbot.waitUntil(lambda: target.exists() and "Wrote" in view.message.text(), timeout=10_000)
    assert asked[0].endswith("pro-berlin-reviews.ics")
    calendar = icalendar.Calendar.from_ical(target.read_bytes())
    events = list(calendar.walk("VEVENT"))
    assert len(events) == len(desk.reviews.reviews("Pro Berlin"))
    assert all("Pro Berlin" in str(event["summary"]) for event in events)


def test_double_clicking_the_customer_opens_it(qtbot, desk):
    view = make_view(qtbot, desk)
    review = review_of(desk, "Big NY", date(2026, 11, 26), ReviewKind.ARCHITECTURE_REVIEW)
    index = view.model.index_of(review.id, CUSTOMER)
    view.tree.scrollTo(index)
    center = view.tree.visualRect(index).center()
    # A double click is a press and release, then the double-click press (as a mouse sends).
    qtbot.mouseClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    with qtbot.waitSignal(view.context.openCustomer) as opened:
        qtbot.mouseDClick(view.tree.viewport(), Qt.MouseButton.LeftButton, pos=center)
    assert opened.args == [review.customer_id]
    # Enter opens it too, as in every list of the window.
    view.tree.setCurrentIndex(index)
    with qtbot.waitSignal(view.context.openCustomer) as opened:
        qtbot.keyClick(view.tree, Qt.Key.Key_Return)
    assert opened.args == [review.customer_id]


def test_filter_and_find(qtbot, desk):
    view = make_view(qtbot, desk)
    view.focus_search()
    assert view.filter.hasFocus()
    qtbot.keyClicks(view.filter, "early")
    assert {r.customer for g in view.model.groups for r in g.reviews} == {"Early Berlin"}
    view.filter.clear()
    qtbot.keyClicks(view.filter, "nobody here")
    assert view.pages.currentWidget() is view.empty_page
    assert "Clear the filter" in view.empty_text.text()
    assert not view.empty_plan.isVisible()


def test_past_reviews_follow_the_month_in_the_toolbar(qtbot, desk):
    october = review_of(desk, "Pro Berlin", date(2026, 10, 5), ReviewKind.ARCHITECTURE_REVIEW)
    desk.reviews.mark(october.id, ReviewState.HELD, notes="Went well")
    view = make_view(qtbot, desk)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_history.click()
    assert view.pages.currentWidget() is view.empty_page
    assert "November 2026" in view.empty_text.text()
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.context.set_month(Month(2026, 10))
    assert group_rows(view.model) == {
        "held": [("Pro Berlin", date(2026, 10, 5), "architecture_review")]
    }
    assert "1 held" in view.hint.text()


def test_a_hidden_view_loads_only_when_shown(qtbot, desk):
    context = DeskContext(Month(2026, 11))
    view = ReviewsView(desk, context)
    qtbot.addWidget(view)
    view.refresh()
    assert view.model.review_count() == 0  # nothing read while off screen
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show()
    assert view.model.review_count() > 0


def test_user_text_is_never_markup(qtbot, sqlite_desk):
    desk = sqlite_desk
    desk.portfolio.add_customer(
        NewCustomer("<b>Bold</b> & Co", Tier.PROFESSIONAL, date(2026, 1, 5))
    )
    plan_between(desk, "<b>Bold</b> & Co", date(2026, 11, 1), date(2026, 11, 30))
    view = make_view(qtbot, desk)
    review = view.model.groups[0].reviews[0]
    index = view.model.index_of(review.id, CUSTOMER)
    assert view.model.data(index) == "<b>Bold</b> & Co"
    tip = view.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert "&lt;b&gt;Bold&lt;/b&gt; &amp; Co" in tip
    dialog = ReviewOutcomeDialog(desk, review, ReviewState.HELD)
    qtbot.addWidget(dialog)
    assert dialog.heading.textFormat() == Qt.TextFormat.PlainText
    assert "<b>Bold</b> & Co" in dialog.heading.text()


def test_the_dialog_only_records_held_or_cancelled(qtbot, desk):
    review = desk.reviews.reviews()[0]
    with pytest.raises(ValueError):
        ReviewOutcomeDialog(desk, review, ReviewState.MISSED)


def test_refused_marks_leave_the_database_as_it_was(desk):
    review = desk.reviews.reviews()[0]
    before = snapshot(desk)
    with pytest.raises(Refused):
        desk.reviews.mark(review.id, ReviewState.CANCELLED, reason="  ")
    assert snapshot(desk) == before


def test_planning_reports_progress_and_stops_when_cancelled(sqlite_desk):
    desk = sqlite_desk
    for name in ("A", "B", "C"):
        desk.portfolio.add_customer(NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 5)))
    before = snapshot(desk)
    assert desk.reviews.plan(cancelled=lambda: True) == []
    assert snapshot(desk) == before
    told: list[tuple[int, int, str]] = []
    planned = desk.reviews.plan(progress=lambda *args: told.append(args))
    assert told == [(0, 3, "A"), (1, 3, "B"), (2, 3, "C")]
    assert {r.customer for r in planned} == {"A", "B", "C"}


@pytest.fixture
def any_desk(db_url, clock):
    """The same scene on SQLite and on PostgreSQL."""
    from accountdesk.app import open_desk

    opened = open_desk(db_url, clock=clock, user="tester")
    opened.portfolio.add_customer(
        NewCustomer("Pro Berlin", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    plan_between(opened, "Pro Berlin", date(2026, 10, 1), date(2027, 1, 31))
    yield opened
    opened.close()


def test_agenda_and_past_reviews_read_the_same_on_both_databases(any_desk):
    desk = any_desk
    agenda = desk.reviews.agenda()
    assert [(r.due, r.kind.value) for r in agenda.overdue] == [
        (date(2026, 10, 5), "architecture_review"),
        (date(2026, 11, 5), "qbr"),
        (date(2026, 11, 6), "architecture_review"),
    ]
    assert agenda.this_week == ()
    assert [r.due for r in agenda.later] == [date(2026, 12, 7), date(2027, 1, 5)]
    assert agenda.week_last == date(2026, 11, 29)
    assert len(agenda) == 5
    first = agenda.overdue[0]
    assert str(first.starts_at.tzinfo) == "Europe/Berlin"
    desk.reviews.mark(first.id, ReviewState.MISSED)
    desk.reviews.mark(agenda.overdue[1].id, ReviewState.HELD, notes="Fine")
    assert [r.state for r in desk.reviews.history(date(2026, 10, 1), date(2026, 11, 30))] == [
        ReviewState.HELD,  # the latest first
        ReviewState.MISSED,
    ]
    assert desk.reviews.history(date(2026, 10, 1), date(2026, 10, 31), "Pro Berlin")[0].id == (
        first.id
    )
    assert len(desk.reviews.agenda("Pro Berlin")) == 3


def test_big_groups_start_closed_and_the_users_choice_is_kept(qtbot, desk, monkeypatch):
    from accountdesk.gui.views import reviews as reviews_view

    monkeypatch.setattr(reviews_view, "OPEN_ROWS", 3)  # as if there were thousands
    view = make_view(qtbot, desk)
    overdue = view.model.group_index("overdue")  # 4 reviews: over the budget
    this_week = view.model.group_index("this_week")  # 2 reviews
    assert not view.tree.isExpanded(overdue)
    assert view.tree.isExpanded(this_week)
    view.tree.expand(overdue)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.refresh()
    assert view.tree.isExpanded(view.model.group_index("overdue"))


def test_the_held_dialog_refuses_a_review_whose_time_has_not_come(qtbot, desk):
    review = review_of(desk, "Big NY", date(2026, 11, 27), ReviewKind.QBR)  # tomorrow
    before = snapshot(desk)
    dialog = ReviewOutcomeDialog(desk, review, ReviewState.HELD)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClicks(dialog.notes, "Roadmap agreed")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert dialog.error.text() == (
        f"Review {review.id} is planned for 2026-11-27 at 10:00 America/New_York; "
        "it can be marked held once its time has come."
    )
    assert dialog.recorded is None
    assert dialog.notes.toPlainText() == "Roadmap agreed"  # kept
    assert snapshot(desk) == before


def test_the_held_dialog_records_when_it_was_held_on_the_customer_s_clock(qtbot, desk):
    review = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)
    dialog = ReviewOutcomeDialog(desk, review, ReviewState.HELD)
    qtbot.addWidget(dialog)
    dialog.show()
    # It offers the planned time, in Berlin.
    assert dialog.held_at.dateTime().toString("yyyy-MM-dd HH:mm") == "2026-11-05 10:00"
    assert dialog.held_at.isVisible()
    assert "Europe/Berlin" in dialog.findChild(type(dialog.heading), "heldAtZone").text()
    # A moment still to come is refused there, the cursor put on it.
    dialog.held_at.setDateTime(dialog.held_at.dateTime().addDays(30))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible() and "is still to come" in dialog.error.text()
    assert dialog.focusWidget() is dialog.held_at
    # Held the next day at 14:30.
    dialog.held_at.setDateTime(dialog.held_at.dateTime().addDays(-29).addSecs(4 * 3600 + 1800))
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert not dialog.isVisible()
    held = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)
    assert held.held_at is not None
    assert held.held_at.strftime("%Y-%m-%d %H:%M %Z") == "2026-11-06 14:30 CET"


def test_the_cancel_dialog_does_not_ask_when_it_was_held(qtbot, desk):
    review = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)
    dialog = ReviewOutcomeDialog(desk, review, ReviewState.CANCELLED)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.held_at.isVisible()


def test_a_held_review_s_tip_says_when_it_was_held(qtbot, desk):
    review = review_of(desk, "Pro Berlin", date(2026, 11, 5), ReviewKind.QBR)
    desk.reviews.mark(review.id, ReviewState.HELD, notes="Fine")
    view = make_view(qtbot, desk)
    with qtbot.waitSignal(view.loaded, timeout=10_000):
        view.show_history.click()
    tip = view.model.data(view.model.index_of(review.id, STATE), Qt.ItemDataRole.ToolTipRole)
    assert "Held on: 2026-11-05 10:00 Europe/Berlin" in tip
