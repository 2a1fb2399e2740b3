"""The Entitlements view (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from accountdesk.app import Desk
from accountdesk.gui.context import DeskContext
from accountdesk.gui.views import View


class EntitlementsView(View):
    title = "Entitlements"

    def __init__(self, desk: Desk, context: DeskContext, parent: QWidget | None = None) -> None:
        super().__init__(desk, context, parent)
        QVBoxLayout(self).addWidget(QLabel("Entitlements"))
