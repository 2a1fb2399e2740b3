"""The Home view's lists as table models: customer, what is wrong, and the figure
that says how much (right-aligned). Every row carries the customer's id, so a click
opens the customer."""

from __future__ import annotations

import html
from collections.abc import Sequence
from datetime import date
from typing import Any, Generic, TypeVar

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

from accountdesk import wording as text
from accountdesk.domain.forecast import Level
from accountdesk.gui import format
from accountdesk.gui.format import day_with_year as day_with_year  # the views import it here
from accountdesk.gui.format import short_day as short_day  # the views import it here
from accountdesk.gui.widgets import LEVEL_COLOUR, percent
from accountdesk.services.overview import (
    AllowanceAlert,
    CustomerAdjustments,
    Overage,
    OverdueReviews,
    Renewal,
)

CUSTOMER, DETAIL, FIGURE = range(3)
ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the customer's id
# Combined once: the tree asks for every row's flags as it lays the rows out.
ROW_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)

Index = QModelIndex | QPersistentModelIndex
Row = TypeVar("Row")


class CardModel(QAbstractTableModel, Generic[Row]):
    """Rows of one Home card. Subclasses say what each column shows."""

    headers: tuple[str, str, str] = ("Customer", "", "")

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows: list[Row] = []
        self.today = date.today()  # the view sets the desk's today; dates read against it

    def set_rows(self, rows: Sequence[Row]) -> bool:
        """Show `rows`; False when they are the rows shown already (nothing is reset:
        a refresh after someone's change leaves the lists it did not change alone)."""
        new = list(rows)
        if new == self._rows:
            return False
        self.beginResetModel()
        self._rows = new
        self.endResetModel()
        return True

    def customer_id(self, row: int) -> int:
        return self._customer_id(self._rows[row])

    # ------------------------------------------------------------ what subclasses say

    def _customer_id(self, item: Row) -> int:
        return int(item.customer_id)  # type: ignore[attr-defined]

    def _customer(self, item: Row) -> str:
        return str(item.customer)  # type: ignore[attr-defined]

    def _detail(self, item: Row) -> str:
        raise NotImplementedError

    def _figure(self, item: Row) -> str:
        raise NotImplementedError

    def _tooltip(self, item: Row) -> str:
        return f"{self._customer(item)}: {self._detail(item)}, {self._figure(item)}"

    def _colour(self, item: Row) -> QColor | None:
        return None

    # ------------------------------------------------------------ QAbstractTableModel

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 3

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        item = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == CUSTOMER:
                return self._customer(item)
            if column == DETAIL:
                return self._detail(item)
            return self._figure(item)
        if role == ID_ROLE:
            return self._customer_id(item)
        if role == Qt.ItemDataRole.TextAlignmentRole and column == FIGURE:
            return int(format.NUMBER_ALIGNMENT.value)
        if role == Qt.ItemDataRole.ToolTipRole:
            # Tool tips guess whether text is markup; escaped, a name never is.
            return f"<p style='white-space:pre-wrap'>{html.escape(self._tooltip(item))}</p>"
        if role == Qt.ItemDataRole.DecorationRole and column == FIGURE:
            return self._colour(item)
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < 3:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("CardModel", self.headers[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == FIGURE:
            return int(format.NUMBER_ALIGNMENT.value)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.isValid() else Qt.ItemFlag.NoItemFlags


class OverageModel(CardModel[Overage]):
    """This month's overage by customer, largest charge first."""

    headers = (
        str(QT_TRANSLATE_NOOP("CardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("CardModel", "Overage")),
        str(QT_TRANSLATE_NOOP("CardModel", "Charge")),
    )

    def _detail(self, item: Overage) -> str:
        return format.hours_text(item.overage_seconds)

    def _figure(self, item: Overage) -> str:
        return format.money(item.charge, item.currency)

    def _tooltip(self, item: Overage) -> str:
        return self.tr("{customer}: {hours} over the allowances, charged {charge}").format(
            customer=item.customer,
            hours=format.hours_text(item.overage_seconds),
            charge=format.money(item.charge, item.currency),
        )


class AllowanceAlertModel(CardModel[AllowanceAlert]):
    """Customers past 80 % of an allowance, fullest first."""

    headers = (
        str(QT_TRANSLATE_NOOP("CardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("CardModel", "Allowance")),
        str(QT_TRANSLATE_NOOP("CardModel", "Used")),
    )

    def _detail(self, item: AllowanceAlert) -> str:
        used = format.hours_text(item.used_seconds)
        included = format.decimal_hours(item.included_hours)
        return self.tr("{category} {used} of {included}").format(
            category=text.category(item.category.value), used=used, included=included
        )

    def _figure(self, item: AllowanceAlert) -> str:
        fraction = item.used_fraction
        return self.tr("all overage") if fraction is None else percent(fraction)

    def _colour(self, item: AllowanceAlert) -> QColor:
        return QColor(LEVEL_COLOUR[item.level])

    def _tooltip(self, item: AllowanceAlert) -> str:
        if item.level is Level.OVER:
            said = self.tr("{customer}: {allowance} over in {period}, {used} of {included}")
        else:
            said = self.tr("{customer}: {allowance} nearly used in {period}, {used} of {included}")
        return said.format(
            customer=item.customer,
            allowance=text.ALLOWANCE[item.category.value],
            period=text.period(item.period.label),
            used=format.hours_text(item.used_seconds),
            included=format.decimal_hours(item.included_hours),
        )


class OverdueReviewsModel(CardModel[OverdueReviews]):
    """Customers with reviews past their time and not recorded, longest overdue first."""

    headers = (
        str(QT_TRANSLATE_NOOP("CardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("CardModel", "Oldest overdue")),
        str(QT_TRANSLATE_NOOP("CardModel", "Late")),
    )

    def _detail(self, item: OverdueReviews) -> str:
        oldest = self.tr("{review}, {day}").format(
            review=item.oldest_kind.label, day=day_with_year(item.oldest_due, self.today)
        )
        more = item.count - 1
        return self.tr("{oldest} (+%Ln more)", "", more).format(oldest=oldest) if more else oldest

    def _figure(self, item: OverdueReviews) -> str:
        days = item.days_overdue
        return self.tr("today") if days == 0 else self.tr("%Ln days", "", days)

    def _tooltip(self, item: OverdueReviews) -> str:
        return self.tr(
            "{customer}: %Ln reviews not recorded; the oldest, {review}, was due {day}",
            "",
            item.count,
        ).format(
            customer=item.customer,
            review=item.oldest_kind.label,
            day=day_with_year(item.oldest_due, self.today),
        )


class RenewalsModel(CardModel[Renewal]):
    """Contracts ending within 60 days, soonest first."""

    headers = (
        str(QT_TRANSLATE_NOOP("CardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("CardModel", "Contract ends")),
        str(QT_TRANSLATE_NOOP("CardModel", "In")),
    )

    def _detail(self, item: Renewal) -> str:
        return self.tr("{tier}, {day}").format(
            tier=item.tier.label, day=day_with_year(item.ends, self.today)
        )

    def _figure(self, item: Renewal) -> str:
        days = item.days_left
        return self.tr("today") if days == 0 else self.tr("%Ln days", "", days)

    def _tooltip(self, item: Renewal) -> str:
        return self.tr(
            "{customer}'s {tier} contract ends on {day}, in %Ln days", "", item.days_left
        ).format(customer=item.customer, tier=item.tier.label, day=text.long_day(item.ends))


class PendingAdjustmentsModel(CardModel[CustomerAdjustments]):
    """Customers whose next report carries adjustments to issued months, the largest
    total (charge or credit) first."""

    headers = (
        str(QT_TRANSLATE_NOOP("CardModel", "Customer")),
        str(QT_TRANSLATE_NOOP("CardModel", "Adjustments to")),
        str(QT_TRANSLATE_NOOP("CardModel", "Total")),
    )

    def _detail(self, item: CustomerAdjustments) -> str:
        return ", ".join(text.short_month(month.label) for month in item.months)

    def _figure(self, item: CustomerAdjustments) -> str:
        return text.money_with(item.total, item.currency)

    def _tooltip(self, item: CustomerAdjustments) -> str:
        months = ", ".join(text.month_title(month.label) for month in item.months)
        if item.total < 0:
            said = self.tr(
                "{customer}: %Ln adjustments to {months} wait for the next report, together "
                "a credit of {amount}",
                "",
                len(item.lines),
            )
        else:
            said = self.tr(
                "{customer}: %Ln adjustments to {months} wait for the next report, together "
                "a charge of {amount}",
                "",
                len(item.lines),
            )
        return said.format(
            customer=item.customer,
            months=months,
            amount=text.money_with(abs(item.total), item.currency),
        )
