"""The Cases view's list: one row per support case, its due moment in the customer's
time zone and the time left counting down.

The countdown runs on what was loaded: each case carries its response clock (coverage,
the customer's business calendar, its waits), so `tick(now)` asks the domain's
`standing` where each case stands at `now` without reading the database again. Only
the rows the view draws are worked out, once per tick.
"""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from accountdesk.domain.clock import time_zone
from accountdesk.domain.forecast import Level
from accountdesk.domain.sla import (
    ESCALATION_LEVELS,
    CaseStanding,
    CaseState,
    CaseTimes,
    Target,
    standing,
)
from accountdesk.domain.tiers import Coverage
from accountdesk.gui import format
from accountdesk.gui.qtmodels.dashboard import CardModel
from accountdesk.gui.widgets import BADGE_BACKGROUND, BADGE_INK, LEVEL_COLOUR

if TYPE_CHECKING:
    from accountdesk.services.cases import CaseInfo

REFERENCE, CUSTOMER, TITLE, SEVERITY, LEVEL, OPENED, DUE, LEFT, STATE = range(9)
HEADERS = (
    str(QT_TRANSLATE_NOOP("CasesModel", "Case")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Customer")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Title")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Severity")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Level")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Opened")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Due")),
    str(QT_TRANSLATE_NOOP("CasesModel", "Time left")),
    str(QT_TRANSLATE_NOOP("CasesModel", "State")),
)
CASE_ROLE = Qt.ItemDataRole.UserRole + 11  # the CaseInfo as loaded
STATE_ROLE = Qt.ItemDataRole.UserRole + 12  # the CaseState's value now (after the countdown)
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)
# Amber at risk, red breached: the badges' colours, whose ink reads on them in a light
# and a dark window alike; the state is said in words as well.
STATE_LEVEL = {CaseState.AT_RISK: Level.NEARLY_USED, CaseState.BREACHED: Level.OVER}

Index = QModelIndex | QPersistentModelIndex


def now_standing(case: CaseInfo, now: datetime) -> CaseStanding:
    """Where `case` stands at `now`, from what was loaded (no database)."""
    if case.clock is None or case.target_minutes is None:
        return CaseStanding(case.due, case.state, timedelta(0), case.left)
    clock = case.clock
    return standing(
        CaseTimes(case.opened_at, case.first_response_at, case.resolved_at),
        Target(case.target_minutes, clock.coverage),
        clock.calendar,
        clock.waiting,
        now,
    )


def span_text(left: timedelta) -> str:
    """`2 h 05 min 09 s`, `12 min 30 s`, `3 d 4 h 10 min` (whole seconds)."""
    seconds = max(0, int(left.total_seconds()))
    days, rest = divmod(seconds, 86_400)
    hours, rest = divmod(rest, 3600)
    minutes, seconds = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("CasesModel", "{days} d {hours} h {minutes} min").format(
            days=days, hours=hours, minutes=f"{minutes:02d}"
        )
    if hours:
        return QCoreApplication.translate(
            "CasesModel", "{hours} h {minutes} min {seconds} s"
        ).format(hours=hours, minutes=f"{minutes:02d}", seconds=f"{seconds:02d}")
    return QCoreApplication.translate("CasesModel", "{minutes} min {seconds} s").format(
        minutes=minutes, seconds=f"{seconds:02d}"
    )


def local_time(moment: datetime | None, zone: str) -> str:
    """`2026-11-26 15:30 CET`: an instant on the customer's clock."""
    if moment is None:
        return "—"
    here = moment.astimezone(time_zone(zone))
    return f"{format.day_time(here)} {here:%Z}"


def left_text(case: CaseInfo, now: datetime, where: CaseStanding) -> str:
    if where.state is CaseState.NO_TARGET:
        return QCoreApplication.translate("CasesModel", "no target")
    if case.answered_at is not None:
        return QCoreApplication.translate("CasesModel", "answered")
    if where.state is CaseState.BREACHED and where.due is not None:
        return QCoreApplication.translate("CasesModel", "overdue {span}").format(
            span=span_text(now - where.due)
        )
    return "" if where.left is None else span_text(where.left)


def clock_words(case: CaseInfo) -> str:
    if case.clock is None:
        return QCoreApplication.translate(
            "CasesModel", "The tier promises no response time for this severity."
        )
    if case.clock.coverage is Coverage.ALWAYS:
        return QCoreApplication.translate("CasesModel", "The clock runs around the clock (24x7).")
    return QCoreApplication.translate(
        "CasesModel",
        "The clock runs in business hours only: 09:00-17:00 Monday to Friday in "
        "{zone}, without the customer's public holidays.",
    ).format(zone=case.timezone)


class CasesModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._cases: list[CaseInfo] = []
        self.now = datetime.now(UTC)
        self._standing: dict[int, CaseStanding] = {}  # this tick's, by row

    # ------------------------------------------------------------ contents

    def set_cases(self, cases: Sequence[CaseInfo], now: datetime) -> None:
        self.beginResetModel()
        self._cases = list(cases)
        self.now = now
        self._standing = {}
        self.endResetModel()

    def tick(self, now: datetime) -> None:
        """The countdown moves on to `now`: the rows' time left and state are worked
        out again as they are drawn."""
        self.now = now
        self._standing = {}
        if self._cases:
            self.dataChanged.emit(
                self.index(0, DUE),
                self.index(len(self._cases) - 1, STATE),
                [
                    Qt.ItemDataRole.DisplayRole,
                    Qt.ItemDataRole.BackgroundRole,
                    Qt.ItemDataRole.ForegroundRole,
                    Qt.ItemDataRole.ToolTipRole,
                ],
            )

    @property
    def cases(self) -> list[CaseInfo]:
        return list(self._cases)

    def case(self, row: int) -> CaseInfo | None:
        return self._cases[row] if 0 <= row < len(self._cases) else None

    def row_of(self, case_id: int) -> int:
        return next((row for row, c in enumerate(self._cases) if c.id == case_id), -1)

    def standing(self, row: int) -> CaseStanding:
        found = self._standing.get(row)
        if found is None:
            found = self._standing[row] = now_standing(self._cases[row], self.now)
        return found

    # ------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._cases)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._cases):
            return None
        row, column = index.row(), index.column()
        case = self._cases[row]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(case, row, column)
        if role == CASE_ROLE:
            return case
        if role == STATE_ROLE:
            return self.standing(row).state.value
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            if column not in (LEFT, STATE) or (column == LEFT and case.answered_at is not None):
                return None
            level = STATE_LEVEL.get(self.standing(row).state)
            if level is None:
                return None
            colours = BADGE_BACKGROUND if role == Qt.ItemDataRole.BackgroundRole else BADGE_INK
            return QColor(colours[level])
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (LEVEL, LEFT):
            return int(format.NUMBER_ALIGNMENT.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"<p style='white-space:pre-wrap'>{html.escape(self._tooltip(case, row))}</p>"
        return None

    def _text(self, case: CaseInfo, row: int, column: int) -> str:
        if column == REFERENCE:
            return case.reference
        if column == CUSTOMER:
            return case.customer
        if column == TITLE:
            return case.title
        if column == SEVERITY:
            return case.severity.label
        if column == LEVEL:
            return str(case.escalation_level)
        if column == OPENED:
            return local_time(case.opened_at, case.timezone)
        where = self.standing(row)
        if column == DUE:
            return local_time(where.due, case.timezone)
        if column == LEFT:
            return left_text(case, self.now, where)
        if case.resolved_at is not None:
            return self.tr("{state}, resolved").format(state=where.state.label)
        return where.state.label

    def _tooltip(self, case: CaseInfo, row: int) -> str:
        where = self.standing(row)
        lines = [
            f"{case.reference} · {case.customer}: {case.title}",
            self.tr("{severity}, level {level} ({escalation})").format(
                severity=case.severity.label,
                level=case.escalation_level,
                escalation=ESCALATION_LEVELS[case.escalation_level],
            ),
            self.tr("Opened {when}").format(when=local_time(case.opened_at, case.timezone)),
        ]
        if where.due is not None:
            lines.append(
                self.tr("Response due {when} ({state})").format(
                    when=local_time(where.due, case.timezone), state=where.state.label
                )
            )
        if case.first_response_at is not None:
            lines.append(
                self.tr("Answered {when}").format(
                    when=local_time(case.first_response_at, case.timezone)
                )
            )
        if case.resolved_at is not None:
            lines.append(
                self.tr("Resolved {when}").format(when=local_time(case.resolved_at, case.timezone))
            )
        lines.append(clock_words(case))
        return "\n".join(lines)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CasesModel", HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in (LEVEL, LEFT):
            return int(format.NUMBER_ALIGNMENT.value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class SlaCardModel(CardModel["CaseInfo"]):  # named: Home loads before the services
    """Home's card: cases at risk now, then those breached in the month, by due time.
    Each row carries its case (CASE_ROLE) so a double click opens it in Cases."""

    headers = (
        str(QT_TRANSLATE_NOOP("SlaCardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("SlaCardModel", "Case")),
        str(QT_TRANSLATE_NOOP("SlaCardModel", "State")),
    )

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.now = datetime.now(UTC)

    def set_cases(self, cases: Sequence[CaseInfo], now: datetime) -> None:
        self.now = now
        self.set_rows(cases)

    def _detail(self, item: CaseInfo) -> str:
        return f"{item.reference} ({item.severity.label}): {item.title}"

    def _figure(self, item: CaseInfo) -> str:
        where = now_standing(item, self.now)
        if where.state is CaseState.AT_RISK and where.left is not None:
            return self.tr("at risk, {span} left").format(span=span_text(where.left))
        return self.tr("breached {when}").format(when=local_time(where.due, item.timezone))

    def _colour(self, item: CaseInfo) -> QColor | None:
        level = STATE_LEVEL.get(now_standing(item, self.now).state)
        return None if level is None else QColor(LEVEL_COLOUR[level])

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        found = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and isinstance(found, str) and found:
            return QCoreApplication.translate("SlaCardModel", found)
        return found

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == CASE_ROLE and index.isValid() and 0 <= index.row() < len(self._rows):
            return self._rows[index.row()]
        return super().data(index, role)
