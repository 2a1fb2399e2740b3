"""The Hours ledger view (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from accountdesk.app import Desk
from accountdesk.gui.context import DeskContext
from accountdesk.gui.views import View


class LedgerView(View):
    title = "Hours ledger"

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        QVBoxLayout(self).addWidget(QLabel("Hours ledger"))

    def focus_quick_entry(self) -> None:
        """Put the focus in the quick-entry bar (Ctrl+L)."""
