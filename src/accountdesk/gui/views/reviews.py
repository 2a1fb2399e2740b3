"""The Reviews view: the agenda of planned reviews (Overdue, This week, Later), the past
ones of a month (held, cancelled, missed), and the actions that record an outcome,
plan ahead and export a calendar file.

Reviews are read off the GUI thread (an agenda over thousands of customers takes a
moment), and only while the view is on screen: a change elsewhere marks it stale and
it reloads when shown.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QItemSelectionModel,
    QLocale,
    QModelIndex,
    QStandardPaths,
    Signal,
)
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStackedWidget,
    QTreeView,
    QWidget,
)

from accountdesk.app import Desk
from accountdesk.domain.errors import Refused
from accountdesk.domain.reviews import ReviewState
from accountdesk.gui import format
from accountdesk.gui.context import DeskContext
from accountdesk.gui.dialogs.review import ReviewOutcomeDialog
from accountdesk.gui.prompts import Prompts
from accountdesk.gui.qtmodels.reviews import (
    CUSTOMER,
    DATE,
    KIND,
    NOTES,
    STATE,
    TIME,
    ReviewGroup,
    ReviewsModel,
    day_text,
)
from accountdesk.gui.tasks import Cancelled, Progress, Work, run_task, saving
from accountdesk.gui.uiload import child, load_ui
from accountdesk.gui.undo import RecordOutcome, ReviewEdits, performed
from accountdesk.gui.views import LoadedWhenShown
from accountdesk.reports import slug
from accountdesk.services.reviews import PLANNING_HORIZON, Agenda, ReviewInfo
from accountdesk.wording import REVIEW_STATE, month_title

COLUMN_WIDTHS = {KIND: 210, DATE: 120, TIME: 200, CUSTOMER: 280, STATE: 150}
OPEN_ROWS = 5000  # rows a load opens at most: the tree lays out every open row
# The past has a Notes column; the state is the group's, so it needs less room.
HISTORY_WIDTHS = {CUSTOMER: 240, STATE: 90}


Loaded = tuple[str | None, Agenda | list[ReviewInfo]]


class ReviewsView(LoadedWhenShown):
    title = str(QT_TRANSLATE_NOOP("ReviewsView", "Reviews"))
    watches = frozenset({"customer", "contract_term", "contact", "review", "tier"})
    loading_title = str(QT_TRANSLATE_NOOP("ReviewsView", "Loading reviews…"))
    progress_dialog = True
    loaded = Signal()  # the reviews on screen are the database's as of now

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        form = load_ui("reviews_view.ui", self)
        self.edits = ReviewEdits(
            desk.reviews, context.notify_changed, lambda message: Prompts.error(self, message), self
        )
        self.heading: QLabel = child(form, QLabel, "heading")
        self.scope: QLabel = child(form, QLabel, "scope")
        self.plan_button: QPushButton = child(form, QPushButton, "planAhead")
        self.export_button: QPushButton = child(form, QPushButton, "exportIcs")
        self.show_agenda: QRadioButton = child(form, QRadioButton, "showAgenda")
        self.show_history: QRadioButton = child(form, QRadioButton, "showHistory")
        self.filter: QLineEdit = child(form, QLineEdit, "filter")
        self.held_button: QPushButton = child(form, QPushButton, "held")
        self._held_tip = self.held_button.toolTip()
        self.cancel_button: QPushButton = child(form, QPushButton, "cancelReview")
        self.missed_button: QPushButton = child(form, QPushButton, "missed")
        self.hint: QLabel = child(form, QLabel, "hint")
        self.message: QLabel = child(form, QLabel, "message")
        self.pages: QStackedWidget = child(form, QStackedWidget, "pages")
        self.tree: QTreeView = child(form, QTreeView, "agenda")
        self.empty_page: QWidget = child(form, QWidget, "emptyPage")
        self.empty_text: QLabel = child(form, QLabel, "emptyText")
        self.empty_plan: QPushButton = child(form, QPushButton, "emptyPlan")

        font = self.heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self.heading.setFont(font)
        self.message.hide()

        self.model = ReviewsModel(self)
        self.tree.setModel(self.model)
        header = self.tree.header()
        header.setStretchLastSection(True)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in COLUMN_WIDTHS.items():
            self.tree.setColumnWidth(column, width)

        self.held_action = QAction(self.tr("Held…"), self)
        self.cancel_action = QAction(self.tr("Cancel…"), self)
        self.missed_action = QAction(self.tr("Missed"), self)
        self.open_action = QAction(self.tr("Open customer"), self)
        separator = QAction(self)
        separator.setSeparator(True)
        self.tree.addActions(
            [self.held_action, self.cancel_action, self.missed_action, separator, self.open_action]
        )

        self._groups: list[ReviewGroup] = []  # as loaded, before the filter
        self._customer_name: str | None = None
        self._opened: dict[str, bool] = {}  # groups the user opened or closed
        self._arranging = False
        self._keep: tuple[int, str, int] | None = None  # selected (review id, group, row)

        self.held_button.clicked.connect(self.mark_held)
        self.held_action.triggered.connect(self.mark_held)
        self.cancel_button.clicked.connect(self.mark_cancelled)
        self.cancel_action.triggered.connect(self.mark_cancelled)
        self.missed_button.clicked.connect(self.mark_missed)
        self.missed_action.triggered.connect(self.mark_missed)
        self.open_action.triggered.connect(self._open_selected_customer)
        self.plan_button.clicked.connect(self.plan_ahead)
        self.empty_plan.clicked.connect(self.plan_ahead)
        self.export_button.clicked.connect(self.export_ics)
        self.show_agenda.toggled.connect(self._mode_changed)
        self.filter.textChanged.connect(self._show)
        self.tree.activated.connect(self._activated)  # a double click or Enter
        self.tree.expanded.connect(self._group_opened)
        self.tree.collapsed.connect(self._group_closed)
        self.tree.selectionModel().selectionChanged.connect(self._update_actions)
        context.customerChanged.connect(self._customer_changed)
        context.monthChanged.connect(self._month_changed)
        self._update_scope()
        self._update_actions()

    # ------------------------------------------------------------ View

    def focus_search(self) -> None:
        self.filter.setFocus()
        self.filter.selectAll()

    @property
    def history_mode(self) -> bool:
        return self.show_history.isChecked()

    # ------------------------------------------------------------ loading

    def _read(self) -> Work:
        self._remember_selection()
        customer_id = self.context.customer_id
        month = self.context.month
        history = self.history_mode
        desk = self.desk

        def work(progress: Progress, cancelled: Cancelled) -> Loaded:
            name = None if customer_id is None else desk.portfolio.customer(customer_id).name
            if history:
                return name, desk.reviews.history(month.first, month.last, customer_id)
            return name, desk.reviews.agenda(customer_id)

        return work

    def _loaded(self, result: Loaded) -> None:
        name, reviews = result
        self._customer_name = name
        if isinstance(reviews, Agenda):
            week_end = format.day(reviews.week_last)
            self._groups = [
                ReviewGroup("overdue", self.tr("Overdue"), reviews.overdue),
                ReviewGroup(
                    "this_week",
                    self.tr("This week (to {day})").format(day=week_end),
                    reviews.this_week,
                ),
                ReviewGroup("later", self.tr("Later"), reviews.later),
            ]
        else:
            self._groups = [
                ReviewGroup(
                    state.value,
                    REVIEW_STATE[state.value],
                    tuple(r for r in reviews if r.state is state),
                )
                for state in (ReviewState.MISSED, ReviewState.CANCELLED, ReviewState.HELD)
            ]
        self._update_scope()
        self._show()
        self.loaded.emit()

    def _load_failed(self, message: str) -> None:
        self._groups = []
        self._show()
        self._say(self.tr("The reviews could not be read: {reason}").format(reason=message))
        self.loaded.emit()

    # ------------------------------------------------------------ showing

    def _show(self) -> None:
        """Put the loaded reviews, as filtered, on screen."""
        words = self.filter.text().casefold().split()
        groups = self._groups
        if words:
            groups = [
                ReviewGroup(
                    g.key,
                    g.title,
                    tuple(
                        r
                        for r in g.reviews
                        if all(w in f"{r.customer} {r.kind.label}".casefold() for w in words)
                    ),
                )
                for g in groups
            ]
        self.model.set_groups(groups, self.desk.clock.today())
        self.tree.setColumnHidden(NOTES, not self.history_mode)
        # The tree lays out every row of an open group, so groups start open, in order,
        # only while a few thousand rows are open; the user's own choice always wins.
        self._arranging = True
        budget = OPEN_ROWS
        for row, group in enumerate(self.model.groups):
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            opened = self._opened.get(group.key, len(group.reviews) <= budget)
            budget -= len(group.reviews) if opened else 0
            self.tree.setExpanded(self.model.index(row, 0), opened)
        self._arranging = False
        self._restore_selection()
        self._update_hint()
        if self.model.review_count():
            self.pages.setCurrentWidget(self.tree)
        else:
            self.empty_text.setText(self._empty_sentence(bool(words)))
            self.empty_plan.setVisible(not self.history_mode and not words)
            self.pages.setCurrentWidget(self.empty_page)
        self._update_actions()

    def _empty_sentence(self, filtered: bool) -> str:
        loaded = sum(len(g.reviews) for g in self._groups)
        if filtered and loaded:
            return self.tr(
                "No review matches “{typed}”. Clear the filter to see all {count}."
            ).format(typed=self.filter.text().strip(), count=QLocale().toString(loaded))
        days = PLANNING_HORIZON.days
        name = self._customer_name
        if self.history_mode:
            month = month_title(self.context.month.label)
            if name:
                return self.tr(
                    "No held, cancelled or missed reviews were due in {month} for {customer}. "
                    "Step the month in the toolbar to look at another month, or switch back to "
                    "the Agenda."
                ).format(month=month, customer=name)
            return self.tr(
                "No held, cancelled or missed reviews were due in {month}. Step the month in "
                "the toolbar to look at another month, or switch back to the Agenda."
            ).format(month=month)
        if name:
            return self.tr(
                "No reviews are planned for {customer}. Plan ahead to schedule what their tier "
                "owes over the next {days} days; a Community contract includes no reviews."
            ).format(customer=name, days=days)
        return self.tr(
            "No reviews are planned. Plan ahead to schedule the reviews each customer's tier "
            "owes over the next {days} days."
        ).format(days=days)

    def _update_hint(self) -> None:
        counts = {g.key: len(g.reviews) for g in self._groups}
        if self.history_mode:
            self.hint.setText(
                self.tr(
                    "Reviews due in {month} whose outcome is recorded: {held} held · "
                    "{cancelled} cancelled · {missed} missed. Step the month in the toolbar "
                    "to see another."
                ).format(
                    month=month_title(self.context.month.label),
                    held=QLocale().toString(counts.get("held", 0)),
                    cancelled=QLocale().toString(counts.get("cancelled", 0)),
                    missed=QLocale().toString(counts.get("missed", 0)),
                )
            )
        else:
            self.hint.setText(
                self.tr(
                    "{overdue} overdue · {week} this week · {later} later. Select a review to "
                    "record how it went: Held…, Cancel… or Missed. Times are in each "
                    "customer's time zone."
                ).format(
                    overdue=QLocale().toString(counts.get("overdue", 0)),
                    week=QLocale().toString(counts.get("this_week", 0)),
                    later=QLocale().toString(counts.get("later", 0)),
                )
            )

    def _update_scope(self) -> None:
        chosen = self.context.customer_id is not None
        name = self._customer_name if chosen else None
        self.scope.setText(f"· {name}" if name else self.tr("· All customers"))
        self.export_button.setEnabled(chosen)
        self.export_button.setToolTip(
            self.tr(
                "Write this customer's reviews to an iCalendar (.ics) file for any calendar app"
            )
            if chosen
            else self.tr(
                "Choose a customer in the toolbar to export their reviews to a calendar file"
            )
        )
        if chosen:
            plan = self.tr(
                "Schedule the reviews this customer's tier owes over the next {days} days "
                "(never twice)"
            )
        else:
            plan = self.tr(
                "Schedule the reviews each customer's tier owes over the next {days} days "
                "(never twice)"
            )
        self.plan_button.setToolTip(plan.format(days=PLANNING_HORIZON.days))

    def _say(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    # ------------------------------------------------------------ selection

    def selected_review(self) -> ReviewInfo | None:
        rows = self.tree.selectionModel().selectedRows(0)
        return self.model.review(rows[0]) if rows else None

    def select_review(self, review_id: int) -> bool:
        index = self.model.index_of(review_id)
        if not index.isValid():
            return False
        self._select(index)
        return True

    def _select(self, index: QModelIndex) -> None:
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.tree.selectionModel().setCurrentIndex(index, flags)
        self.tree.scrollTo(index)

    def _remember_selection(self) -> None:
        rows = self.tree.selectionModel().selectedRows(0)
        review = self.model.review(rows[0]) if rows else None
        if review is not None:
            key = self._group_key(rows[0])
            self._keep = (review.id, key, rows[0].row())

    def _restore_selection(self) -> None:
        """Keep the selected review; if it left the list (marked held, say), select the
        one that took its place, so a list can be worked through from the keyboard."""
        if self._keep is None:
            return
        review_id, key, row = self._keep
        if self.select_review(review_id):
            return
        group = self.model.group_index(key)
        count = self.model.rowCount(group)
        if group.isValid() and count:
            self._select(self.model.index(min(row, count - 1), 0, group))

    def _group_opened(self, index: QModelIndex) -> None:
        if not self._arranging:
            self._opened[self._group_key(index)] = True

    def _group_closed(self, index: QModelIndex) -> None:
        if not self._arranging:
            self._opened[self._group_key(index)] = False

    def _group_key(self, index: QModelIndex) -> str:
        parent = index.parent()
        top = parent if parent.isValid() else index
        groups = self.model.groups
        return groups[top.row()].key if 0 <= top.row() < len(groups) else ""

    def _update_actions(self) -> None:
        review = self.selected_review()
        if review is not None:
            current = self.tree.currentIndex()
            self._keep = (review.id, self._group_key(current), current.row())
        started = review is not None and review.starts_at <= self.desk.clock.now()
        can_hold = started  # a review is held once its time has come
        can_cancel = review is not None and review.state is not ReviewState.CANCELLED
        can_miss = started and review is not None and review.state is not ReviewState.MISSED
        for button, action, enabled in (
            (self.held_button, self.held_action, can_hold),
            (self.cancel_button, self.cancel_action, can_cancel),
            (self.missed_button, self.missed_action, can_miss),
        ):
            button.setEnabled(enabled)
            action.setEnabled(enabled)
        self.open_action.setEnabled(review is not None)
        if review is not None and not started:
            self.missed_button.setToolTip(self.tr("This review has not happened yet."))
            self.held_button.setToolTip(self.tr("This review has not happened yet."))
        else:
            self.missed_button.setToolTip(
                self.tr("Record that the selected review did not take place")
            )
            self.held_button.setToolTip(self._held_tip)

    # ------------------------------------------------------------ actions

    def mark_held(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        recorded = ReviewOutcomeDialog.held(self, self.desk, review)
        if recorded is not None:
            self._recorded(review, recorded, "held")

    def mark_cancelled(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        recorded = ReviewOutcomeDialog.cancelled(self, self.desk, review)
        if recorded is not None:
            self._recorded(review, recorded, "cancelled")

    def mark_missed(self) -> None:
        review = self.selected_review()
        if review is None:
            return
        try:
            reviews = self.desk.reviews
            recorded = saving(lambda: reviews.mark(review.id, ReviewState.MISSED))
        except Refused as refused:
            Prompts.error(self, str(refused))
            return
        self._recorded(review, recorded, "missed")

    def _recorded(self, before: ReviewInfo, review: ReviewInfo, what: str) -> None:
        performed(self.context.undo, RecordOutcome(self.edits, before, review))
        said = {
            "held": self.tr(
                "Recorded the {review} with {customer} on {day} as held (Ctrl+Z undoes it)."
            ),
            "cancelled": self.tr(
                "Recorded the {review} with {customer} on {day} as cancelled (Ctrl+Z undoes it)."
            ),
            "missed": self.tr(
                "Recorded the {review} with {customer} on {day} as missed (Ctrl+Z undoes it)."
            ),
        }[what]
        self._say(
            said.format(
                review=review.kind.label.lower(), customer=review.customer, day=day_text(review.due)
            )
        )

    def plan_ahead(self) -> None:
        customer_id = self.context.customer_id
        name = self._customer_name if customer_id is not None else None
        reviews = self.desk.reviews
        planning = self.tr("Planning reviews… {customer}")

        def work(progress: Any, cancelled: Any) -> tuple[list[ReviewInfo], str | None, bool]:
            def every_percent(done: int, total: int, customer: str) -> None:
                if done % max(1, total // 100) == 0:
                    progress(done, total, planning.format(customer=customer))

            planned = reviews.plan(customer_id or None, progress=every_percent, cancelled=cancelled)
            return planned, name, cancelled()

        run_task(
            self,
            self.tr("Planning reviews…"),
            work,
            self._planned,
            self._task_failed,
            dialog=True,
        )

    def _planned(self, outcome: tuple[list[ReviewInfo], str | None, bool]) -> None:
        planned, name, stopped = outcome
        days = PLANNING_HORIZON.days
        if planned and name:
            said = self.tr(
                "Planned %Ln new reviews for {customer} over the next {days} days.",
                "",
                len(planned),
            )
        elif planned:
            said = self.tr("Planned %Ln new reviews over the next {days} days.", "", len(planned))
        elif name:
            said = self.tr(
                "Nothing new to plan for {customer}: every review owed over the next {days} "
                "days is already on the agenda."
            )
        else:
            said = self.tr(
                "Nothing new to plan: every review owed over the next {days} days is already "
                "on the agenda."
            )
        said = said.format(customer=name, days=days)
        if stopped:
            said += " " + self.tr("Planning stopped early; plan again to finish.")
        self._say(said)
        self.context.notify_changed()

    def _task_failed(self, text: str) -> None:
        Prompts.error(self, text)

    def export_ics(self) -> None:
        customer_id = self.context.customer_id
        if customer_id is None:
            return
        name = self._customer_name or self.tr("customer {id}").format(id=customer_id)
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation
        )
        suggested = f"{slug(name) or f'customer-{customer_id}'}-reviews.ics"
        target = Prompts.save_file(
            self,
            self.tr("Export {customer}'s reviews").format(customer=name),
            str(Path(documents) / suggested) if documents else suggested,
            self.tr("iCalendar files (*.ics)"),
        )
        if target is None:
            return
        if not target.suffix:
            target = target.with_suffix(".ics")
        reviews = self.desk.reviews

        def work(progress: Progress, cancelled: Cancelled) -> tuple[int, str, Path]:
            return reviews.export_ics(customer_id, target), name, target

        run_task(
            self,
            self.tr("Exporting reviews…"),
            work,
            self._exported,
            self._task_failed,
            dialog=True,
            cancellable=False,
        )

    def _exported(self, outcome: tuple[int, str, Path]) -> None:
        count, name, target = outcome
        self._say(
            self.tr(
                "Wrote %Ln reviews of {customer} to {file}; open it in any calendar app.", "", count
            ).format(customer=name, file=target)
        )

    # ------------------------------------------------------------ reactions

    def _mode_changed(self, agenda: bool) -> None:
        widths = COLUMN_WIDTHS if agenda else {**COLUMN_WIDTHS, **HISTORY_WIDTHS}
        for column, width in widths.items():
            self.tree.setColumnWidth(column, width)
        self._keep = None
        self._groups = []
        self.refresh()

    def _customer_changed(self, _customer: object) -> None:
        self.refresh()

    def _month_changed(self, _month: object) -> None:
        if self.history_mode:
            self.refresh()

    def _activated(self, index: QModelIndex) -> None:
        review = self.model.review(index)
        if review is not None and index.column() == CUSTOMER:
            self.context.openCustomer.emit(review.customer_id)

    def _open_selected_customer(self) -> None:
        review = self.selected_review()
        if review is not None:
            self.context.openCustomer.emit(review.customer_id)
