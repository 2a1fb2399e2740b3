"""Monthly service reports from the window (being built)."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from accountdesk.app import Desk
from accountdesk.gui.context import DeskContext


def export_monthly_report(parent: QWidget, desk: Desk, context: DeskContext) -> None:
    """Reports ▸ Monthly report for this customer…"""


def month_end_batch(parent: QWidget, desk: Desk, context: DeskContext) -> None:
    """Reports ▸ Month-end batch…"""
