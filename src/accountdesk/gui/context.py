"""What every view is about: the customer and month chosen in the toolbar.

The toolbar's customer picker and month stepper drive every view, so the context is
never chosen twice. Any write through a service is followed by `notify_changed`, so
every view refreshes what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from accountdesk.domain.periods import Month


class DeskContext(QObject):
    customerChanged = Signal(object)  # int | None: None means all customers
    monthChanged = Signal(object)  # Month
    dataChanged = Signal()  # something in the database changed
    openCustomer = Signal(int)  # show this customer in the Customers view
    engineerChanged = Signal(str)  # the user gave the name their hours are logged under
    openEntitlements = Signal(int)  # show this customer in the Entitlements view
    openCase = Signal(object)  # CaseInfo: show this case in the Cases view

    def __init__(self, month: Month, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._customer: int | None = None
        self._month = month
        # One undo history for the window: ledger edits and other reversible actions.
        self.undo = QUndoStack(self)

    @property
    def customer_id(self) -> int | None:
        return self._customer

    @property
    def month(self) -> Month:
        return self._month

    def set_customer(self, customer_id: int | None) -> None:
        if customer_id != self._customer:
            self._customer = customer_id
            self.customerChanged.emit(customer_id)

    def set_month(self, month: Month) -> None:
        if month != self._month:
            self._month = month
            self.monthChanged.emit(month)

    def notify_changed(self) -> None:
        self.dataChanged.emit()
