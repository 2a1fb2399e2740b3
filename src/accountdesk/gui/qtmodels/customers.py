"""Item models of the Customers view: the customers table, a customer's contract
history and its contacts.

The customers table holds the whole portfolio (plain rows from one service call) and
filters and sorts it in memory, so that typing in the search box and clicking a
header stay instant with thousands of customers.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date
from functools import cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from accountdesk.domain.contracts import RENEWAL_WINDOW_DAYS
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import UNLIMITED
from accountdesk.gui import format as fmt
from accountdesk.gui.collation import name_key, names
from accountdesk.services.portfolio import ContactInfo, CustomerRow, CustomerSummary, TermInfo
from accountdesk.wording import short_month_name

ID_ROLE = Qt.ItemDataRole.UserRole + 1  # the row's database id (customer, contact)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2  # a value that sorts as the column should

WARNING = QColor(fmt.ERROR_COLOUR)  # red: over a limit
ATTENTION = QColor("#9a5b00")  # amber: coming up soon
MUTED = QColor("#6b6b6b")  # grey: over and done with

Index = QModelIndex | QPersistentModelIndex


class CustomerCounts(QObject):
    """The customers' phrases with a count: tr() on a class, as plural forms are read
    from tr() calls only (a module function's translate() loses its count)."""

    def in_days(self, days: int) -> str:
        return self.tr("in %n days", "", days)

    def ended_days_ago(self, days: int) -> str:
        return self.tr("ended %n days ago", "", days)

    def named_unlimited(self, count: int) -> str:
        return self.tr("%n named contacts (unlimited)", "", count)

    def named_of(self, count: int, limit: int) -> str:
        if count > limit:
            text = self.tr("{count} of %n named contacts — over the tier's limit", "", limit)
        else:
            text = self.tr("{count} of %n named contacts", "", limit)
        return text.format(count=f"{count:,}")


@cache
def counts() -> CustomerCounts:
    return CustomerCounts()


def renewal_text(end: date | None, today: date) -> str:
    """`in 41 days`, `today`, `ended 3 days ago`, or `no end date`."""
    if end is None:
        return QCoreApplication.translate("CustomersTableModel", "no end date")
    days = (end - today).days
    if days == 0:
        return QCoreApplication.translate("CustomersTableModel", "today")
    if days > 0:
        return counts().in_days(days)
    return counts().ended_days_ago(-days)


def flags_of(summary: CustomerSummary, today: date) -> list[str]:
    """What a CSM should notice about an account, in words."""
    flags = []
    if summary.over_contact_limit:
        flags.append(
            QCoreApplication.translate(
                "CustomersTableModel", "over contact limit ({count} of {limit} named)"
            ).format(
                count=summary.named_contacts, limit=fmt.limit_text(summary.named_contact_limit)
            )
        )
    if summary.start > today:
        flags.append(
            QCoreApplication.translate("CustomersTableModel", "starts {day}").format(
                day=fmt.day(summary.start)
            )
        )
    days = summary.renewal_in_days(today)
    if days is not None and days < 0:
        flags.append(QCoreApplication.translate("CustomersTableModel", "contract ended"))
    elif days is not None and days <= RENEWAL_WINDOW_DAYS:
        flags.append(QCoreApplication.translate("CustomersTableModel", "renewal due"))
    return flags


class CustomersTableModel(QAbstractTableModel):
    # What a CSM scans for comes first; people and dates are a scroll away.
    NAME, TIER, RENEWAL, CONSULTING, FLAGS, CSM, TAM, START, END = range(9)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Name")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Tier")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Renewal")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Consulting")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Flags")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "CSM")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "TAM")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "Start")),
        str(QT_TRANSLATE_NOOP("CustomersTableModel", "End")),
    )
    NUMERIC = frozenset({RENEWAL, CONSULTING})

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._all: list[CustomerRow] = []
        self._rows: list[CustomerRow] = []  # what the search lets through, in order
        self._search = ""
        self._today = date.today()
        self._month: Month | None = None
        self._sort: tuple[int, Qt.SortOrder] = (self.NAME, Qt.SortOrder.AscendingOrder)

    # ------------------------------------------------------------ filling

    def set_rows(self, rows: Sequence[CustomerRow], today: date, month: Month) -> None:
        self.beginResetModel()
        self._all = list(rows)
        self._today = today
        self._month = month
        self._order()
        self._rows = self._filtered()
        self.endResetModel()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, self.CONSULTING, self.CONSULTING)

    def set_search(self, text: str) -> None:
        """Keep the customers whose name, CSM or TAM holds `text` (any case)."""
        text = text.strip().casefold()
        if text == self._search:
            return
        self.beginResetModel()
        self._search = text
        self._rows = self._filtered()
        self.endResetModel()

    @property
    def search(self) -> str:
        return self._search

    @property
    def total(self) -> int:
        """Customers in the portfolio, whether the search shows them or not."""
        return len(self._all)

    def _filtered(self) -> list[CustomerRow]:
        if not self._search:
            return list(self._all)
        wanted = self._search
        return [
            row
            for row in self._all
            if wanted in row.summary.name.casefold()
            or wanted in (row.summary.csm or "").casefold()
            or wanted in (row.summary.tam or "").casefold()
        ]

    # ------------------------------------------------------------ lookups

    def customer_id(self, row: int) -> int | None:
        return self._rows[row].id if 0 <= row < len(self._rows) else None

    def row_of(self, customer_id: int | None) -> int:
        """The row showing the customer, or -1 (unknown, or hidden by the search)."""
        for row, each in enumerate(self._rows):
            if each.id == customer_id:
                return row
        return -1

    def people(self) -> tuple[list[str], list[str]]:
        """The CSMs and TAMs named in the portfolio (for completion), sorted."""
        csms = {csm for r in self._all if (csm := r.summary.csm)}
        tams = {tam for r in self._all if (tam := r.summary.tam)}
        return names(csms), names(tams)

    # ------------------------------------------------------------ Qt model

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == self.CONSULTING and self._month is not None:
                return self.tr("Consulting {month}").format(
                    month=short_month_name(self._month.first)
                )
            return QCoreApplication.translate("CustomersTableModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section in self.NUMERIC:
            return fmt.NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ToolTipRole and section == self.CONSULTING:
            return self.tr("Consulting hours logged in the month chosen in the toolbar")
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == ID_ROLE:
            return row.id
        if role == SORT_ROLE:
            return self._key(column)(row)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in self.NUMERIC:
            return fmt.NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._colour(row, column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.NAME, self.FLAGS):
            return self._text(row, column) or None
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self.layoutAboutToBeChanged.emit()
        before = [(index, self.customer_id(index.row())) for index in self.persistentIndexList()]
        self._sort = (column, order)
        self._order()
        self._rows = self._filtered()
        rows = {each.id: number for number, each in enumerate(self._rows)}
        old = [index for index, _ in before]
        new = [
            self.index(rows[customer_id], index.column()) if customer_id in rows else QModelIndex()
            for index, customer_id in before
        ]
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _order(self) -> None:
        column, order = self._sort
        # Two stable sorts: rows equal in the column stay in name order.
        self._all.sort(key=self._key(self.NAME))
        if column != self.NAME or order is Qt.SortOrder.DescendingOrder:
            self._all.sort(key=self._key(column), reverse=order is Qt.SortOrder.DescendingOrder)

    # ------------------------------------------------------------ cells

    def _text(self, row: CustomerRow, column: int) -> str:
        s = row.summary
        if column == self.NAME:
            return s.name
        if column == self.TIER:
            return s.tier.label
        if column == self.CSM:
            return s.csm or ""
        if column == self.TAM:
            return s.tam or ""
        if column == self.START:
            return fmt.day(s.start)
        if column == self.END:
            return fmt.day(s.end)
        if column == self.RENEWAL:
            return renewal_text(s.end, self._today)
        if column == self.CONSULTING:
            return fmt.hours_text(row.consulting_seconds)
        if column == self.FLAGS:
            return "; ".join(flags_of(s, self._today))
        return ""

    def _colour(self, row: CustomerRow, column: int) -> QBrush | None:
        s = row.summary
        if column == self.FLAGS and s.over_contact_limit:
            return QBrush(WARNING)
        if column in (self.RENEWAL, self.FLAGS):
            days = s.renewal_in_days(self._today)
            if days is not None and days < 0:
                return QBrush(MUTED)
            if days is not None and days <= RENEWAL_WINDOW_DAYS:
                return QBrush(ATTENTION)
        if column == self.CONSULTING and row.consulting_seconds == 0:
            return QBrush(MUTED)
        return None

    def _key(self, column: int) -> Callable[[CustomerRow], Any]:
        far = date.max.toordinal()
        keys: dict[int, Callable[[CustomerRow], Any]] = {
            self.NAME: lambda r: name_key(r.summary.name),
            self.TIER: lambda r: list(type(r.summary.tier)).index(r.summary.tier),
            # Customers without a CSM (TAM) last.
            self.CSM: lambda r: (not r.summary.csm, name_key(r.summary.csm or "")),
            self.TAM: lambda r: (not r.summary.tam, name_key(r.summary.tam or "")),
            self.START: lambda r: r.summary.start.toordinal(),
            self.END: lambda r: r.summary.end.toordinal() if r.summary.end else far,
            self.RENEWAL: lambda r: r.summary.end.toordinal() if r.summary.end else far,
            self.CONSULTING: lambda r: r.consulting_seconds,
            self.FLAGS: lambda r: (
                -len(flags_of(r.summary, self._today)),
                name_key(r.summary.name),
            ),
        }
        return keys.get(column, keys[self.NAME])


class ContractTermsModel(QAbstractTableModel):
    """A customer's contract history, oldest term first; the term in force is bold."""

    TIER, FROM, TO, FEE = range(4)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ContractTermsModel", "Tier")),
        str(QT_TRANSLATE_NOOP("ContractTermsModel", "From")),
        str(QT_TRANSLATE_NOOP("ContractTermsModel", "To")),
        str(QT_TRANSLATE_NOOP("ContractTermsModel", "Monthly fee")),
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._terms: list[TermInfo] = []
        self._today = date.today()

    def set_terms(self, terms: Sequence[TermInfo], today: date) -> None:
        self.beginResetModel()
        self._terms = list(terms)
        self._today = today
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._terms)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContractTermsModel", self.HEADERS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == self.FEE:
            return fmt.NUMBER_ALIGNMENT
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._terms):
            return None
        term = self._terms[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.TIER:
                return term.tier.label
            if column == self.FROM:
                return fmt.day(term.effective_from)
            if column == self.TO:
                return fmt.day(term.effective_to) if term.effective_to else self.tr("open-ended")
            if column == self.FEE:
                return fmt.money(term.monthly_fee)
            return None
        if role == ID_ROLE:
            return term.effective_from.isoformat()
        if role == Qt.ItemDataRole.TextAlignmentRole and column == self.FEE:
            return fmt.NUMBER_ALIGNMENT
        if role == Qt.ItemDataRole.FontRole and self._in_force(term):
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and self._in_force(term):
            return self.tr("In force today")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def _in_force(self, term: TermInfo) -> bool:
        return term.effective_from <= self._today and (
            term.effective_to is None or self._today <= term.effective_to
        )


class ContactsModel(QAbstractTableModel):
    """A customer's contacts; named support contacts are marked."""

    NAME, NAMED, TRAINING, EMAIL = range(4)
    HEADERS = (
        str(QT_TRANSLATE_NOOP("ContactsModel", "Name")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "Named")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "Training")),
        str(QT_TRANSLATE_NOOP("ContactsModel", "E-mail")),
    )
    MARK = str(QT_TRANSLATE_NOOP("ContactsModel", "★ named"))

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._contacts: list[ContactInfo] = []

    def set_contacts(self, contacts: Sequence[ContactInfo]) -> None:
        self.beginResetModel()
        # Named contacts first: they are the ones allowed to open cases.
        self._contacts = sorted(contacts, key=lambda c: (not c.named, name_key(c.name)))
        self.endResetModel()

    def contact_id(self, row: int) -> int | None:
        return self._contacts[row].id if 0 <= row < len(self._contacts) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._contacts)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation is not Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return QCoreApplication.translate("ContactsModel", self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._contacts):
            return None
        contact = self._contacts[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return contact.name
            if column == self.EMAIL:
                return contact.email
            if column == self.NAMED:
                return (
                    QCoreApplication.translate("ContactsModel", self.MARK) if contact.named else ""
                )
            if column == self.TRAINING:
                return self.tr("training seat") if contact.training_seat else ""
            return None
        if role == ID_ROLE:
            return contact.id
        if role == Qt.ItemDataRole.FontRole and contact.named and column == self.NAME:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable


def named_contacts_text(summary: CustomerSummary) -> str:
    """`7 of 10 named contacts`, `3 named contacts (unlimited)`, or what the tier allows."""
    limit = summary.named_contact_limit
    count = summary.named_contacts
    if limit is UNLIMITED:
        return counts().named_unlimited(count)
    if limit == 0 and count == 0:
        return QCoreApplication.translate(
            "CustomersView", "The {tier} tier includes no named contacts"
        ).format(tier=summary.tier.label)
    return counts().named_of(count, limit)
