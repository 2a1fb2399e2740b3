"""The reviews agenda as a two-level tree: groups (Overdue, This week, Later; or the
outcomes of a month) and the reviews in them. Rows are built on demand from plain
`ReviewInfo` values, so tens of thousands of reviews cost nothing until they scroll
into view."""

from __future__ import annotations

import html
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from accountdesk.domain.reviews import ReviewState
from accountdesk.gui import format
from accountdesk.services.reviews import ReviewInfo

KIND, DATE, TIME, CUSTOMER, STATE, NOTES = range(6)
HEADERS = (
    str(QT_TRANSLATE_NOOP("ReviewsModel", "Review")),
    str(QT_TRANSLATE_NOOP("ReviewsModel", "Date")),
    str(QT_TRANSLATE_NOOP("ReviewsModel", "Time (customer's zone)")),
    str(QT_TRANSLATE_NOOP("ReviewsModel", "Customer")),
    str(QT_TRANSLATE_NOOP("ReviewsModel", "State")),
    str(QT_TRANSLATE_NOOP("ReviewsModel", "Notes")),
)
COLUMN_COUNT = len(HEADERS)

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the review's id; None on a group row
CUSTOMER_ID_ROLE = Qt.ItemDataRole.UserRole + 2
REVIEW_ROLE = Qt.ItemDataRole.UserRole + 3  # the ReviewInfo itself
GROUP_ROLE = Qt.ItemDataRole.UserRole + 4  # the group's key, on group and review rows

# Translucent, so the tint reads on light and dark palettes alike.
OVERDUE_BACKGROUND = QColor(220, 53, 69, 38)
OVERDUE_TEXT = QColor(198, 40, 40)

_STATE = {
    ReviewState.PLANNED: str(QT_TRANSLATE_NOOP("ReviewsModel", "Planned")),
    ReviewState.HELD: str(QT_TRANSLATE_NOOP("ReviewsModel", "Held")),
    ReviewState.CANCELLED: str(QT_TRANSLATE_NOOP("ReviewsModel", "Cancelled")),
    ReviewState.MISSED: str(QT_TRANSLATE_NOOP("ReviewsModel", "Missed")),
}

Index = QModelIndex | QPersistentModelIndex
_ROOT = QModelIndex()  # the invalid index: the top of the tree
_NO_FLAGS = Qt.ItemFlag.NoItemFlags
_GROUP_FLAGS = Qt.ItemFlag.ItemIsEnabled
_REVIEW_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


@dataclass(frozen=True)
class ReviewGroup:
    key: str  # overdue, this_week, later, held, cancelled, missed
    title: str
    reviews: tuple[ReviewInfo, ...]


def day_text(value: date) -> str:
    """`Thu 2026-11-26`: the weekday helps when planning a week."""
    return format.weekday_day(value)


def time_text(review: ReviewInfo) -> str:
    return f"{review.starts_at:%H:%M} {review.starts_at.tzinfo}"


def state_text(review: ReviewInfo, today: date) -> str:
    if not review.overdue:
        return QCoreApplication.translate("ReviewsModel", _STATE[review.state])
    late = (today - review.due).days
    if late <= 0:
        return QCoreApplication.translate("ReviewsModel", "Overdue (today)")
    if late == 1:  # module-level: Qt's plural forms need a class, and two forms do here
        return QCoreApplication.translate("ReviewsModel", "Overdue by 1 day")
    return QCoreApplication.translate("ReviewsModel", "Overdue by {count} days").format(
        count=QLocale().toString(late)
    )


def plain_tooltip(text: str) -> str:
    """Tool tips guess whether text is markup; user text is escaped so it never is."""
    return f"<p style='white-space:pre-wrap'>{html.escape(text)}</p>"


def outcome_text(review: ReviewInfo) -> str:
    """What was recorded: a cancellation's reason, else the summary for the client, else
    the internal notes."""
    if review.state is ReviewState.CANCELLED:
        return review.reason
    return review.summary or review.notes


class ReviewsModel(QAbstractItemModel):
    """Group rows at the top level (internal id 0); a review's internal id is its
    group's row + 1."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._groups: list[ReviewGroup] = []
        self._today = date.today()
        self._bold = QFont()
        self._bold.setBold(True)

    # ------------------------------------------------------------ content

    def set_groups(self, groups: Sequence[ReviewGroup], today: date) -> None:
        self.beginResetModel()
        self._groups = [group for group in groups if group.reviews]
        self._today = today
        self.endResetModel()

    @property
    def groups(self) -> list[ReviewGroup]:
        return list(self._groups)

    def review_count(self) -> int:
        return sum(len(group.reviews) for group in self._groups)

    def review(self, index: Index) -> ReviewInfo | None:
        if not index.isValid() or index.internalId() == 0:
            return None
        return self._groups[index.internalId() - 1].reviews[index.row()]

    def index_of(self, review_id: int, column: int = 0) -> QModelIndex:
        for number, group in enumerate(self._groups):
            for row, review in enumerate(group.reviews):
                if review.id == review_id:
                    return self.createIndex(row, column, number + 1)
        return QModelIndex()

    def group_index(self, key: str) -> QModelIndex:
        for number, group in enumerate(self._groups):
            if group.key == key:
                return self.createIndex(number, 0, 0)
        return QModelIndex()

    # ------------------------------------------------------------ structure

    # The view lays out every row of a group it expands, calling these for each: they
    # are kept to plain comparisons (no hasIndex round trip, no flag arithmetic).

    def index(self, row: int, column: int, parent: Index = _ROOT) -> QModelIndex:
        if row < 0 or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        if not parent.isValid():
            if row < len(self._groups):
                return self.createIndex(row, column, 0)
            return QModelIndex()
        if parent.internalId() == 0 and parent.column() == 0:
            group = parent.row()
            if group < len(self._groups) and row < len(self._groups[group].reviews):
                return self.createIndex(row, column, group + 1)
        return QModelIndex()

    def parent(self, index: Index | None = None) -> Any:
        if index is None:  # QObject.parent()
            return super().parent()
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = _ROOT) -> int:
        if not parent.isValid():
            return len(self._groups)
        if parent.column() != 0 or parent.internalId() != 0:
            return 0
        return len(self._groups[parent.row()].reviews)

    def columnCount(self, parent: Index = _ROOT) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = _ROOT) -> bool:
        return self.rowCount(parent) > 0

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return _NO_FLAGS
        return _GROUP_FLAGS if index.internalId() == 0 else _REVIEW_FLAGS

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        horizontal = orientation == Qt.Orientation.Horizontal
        if horizontal and role == Qt.ItemDataRole.DisplayRole and 0 <= section < len(HEADERS):
            return QCoreApplication.translate("ReviewsModel", HEADERS[section])
        return None

    # ------------------------------------------------------------ data

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if index.internalId() == 0:
            return self._group_data(self._groups[index.row()], index.column(), role)
        group = self._groups[index.internalId() - 1]
        return self._review_data(group, group.reviews[index.row()], index.column(), role)

    def _group_data(self, group: ReviewGroup, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and column == KIND:
            count = len(group.reviews)
            return self.tr("{group} · %Ln reviews", "", count).format(group=group.title)
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and group.key == "overdue":
            return QBrush(OVERDUE_TEXT)
        if role == GROUP_ROLE:
            return group.key
        return None

    def _review_data(self, group: ReviewGroup, review: ReviewInfo, column: int, role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(review, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(review, column)
        if role == ID_ROLE:
            return review.id
        if role == CUSTOMER_ID_ROLE:
            return review.customer_id
        if role == REVIEW_ROLE:
            return review
        if role == GROUP_ROLE:
            return group.key
        if review.overdue:
            if role == Qt.ItemDataRole.BackgroundRole:
                return QBrush(OVERDUE_BACKGROUND)
            if role == Qt.ItemDataRole.ForegroundRole and column == STATE:
                return QBrush(OVERDUE_TEXT)
        return None

    def _display(self, review: ReviewInfo, column: int) -> str:
        if column == KIND:
            return review.kind.label
        if column == DATE:
            return day_text(review.due)
        if column == TIME:
            return time_text(review)
        if column == CUSTOMER:
            return review.customer
        if column == STATE:
            return state_text(review, self._today)
        if column == NOTES:
            return " ".join(outcome_text(review).split())
        return ""

    def _tooltip(self, review: ReviewInfo, column: int) -> str | None:
        text = self._tooltip_text(review, column)
        return None if text is None else plain_tooltip(text)

    def _tooltip_text(self, review: ReviewInfo, column: int) -> str | None:
        if column == CUSTOMER:
            return self.tr("Double-click (or press Enter) to open {customer}.").format(
                customer=review.customer
            )
        if column == TIME:
            when = format.day_time(review.starts_at.astimezone())
            return self.tr("{minutes} minutes; your time: {when}").format(
                minutes=review.minutes, when=when
            )
        if column in (NOTES, STATE):
            lines = []
            if review.held_at is not None:
                held = f"{review.held_at:%Y-%m-%d %H:%M} {review.held_at.tzinfo}"
                lines.append(self.tr("Held on: {when}").format(when=held))
            if review.attendees:
                lines.append(self.tr("Attendees: {names}").format(names=review.attendees))
            if review.summary:
                lines.append(self.tr("Summary for the client: {text}").format(text=review.summary))
            if review.notes:
                lines.append(self.tr("Internal notes: {text}").format(text=review.notes))
            if review.reason:
                lines.append(self.tr("Reason: {text}").format(text=review.reason))
            return "\n".join(lines) or None
        return None
