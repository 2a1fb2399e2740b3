"""The monthly service report: plain data in, PDF bytes out. No database, no Qt."""

from __future__ import annotations

import re
import unicodedata

from accountdesk.reports.data import (
    AdjustmentLine,
    AllowanceLine,
    CategoryHours,
    ChargeLine,
    EntryLine,
    MonthHours,
    MonthlyReportData,
    ReviewLine,
    ReviewTally,
    SeatLine,
    TierSpan,
    figures_from_json,
    figures_to_json,
)
from accountdesk.reports.pdf import SECTIONS, BuiltReport, Section, build_report

__all__ = [
    "SECTIONS",
    "AdjustmentLine",
    "AllowanceLine",
    "BuiltReport",
    "CategoryHours",
    "ChargeLine",
    "EntryLine",
    "MonthHours",
    "MonthlyReportData",
    "ReviewLine",
    "ReviewTally",
    "SeatLine",
    "Section",
    "TierSpan",
    "build_report",
    "figures_from_json",
    "figures_to_json",
    "slug",
]


def slug(name: str) -> str:
    """A customer name as a file-name part: `Zoë & Sons, Ltd.` as `zoe-sons-ltd`.
    Empty when nothing Latin is left (the caller falls back to the customer id)."""
    ascii_only = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_only.lower()).strip("-")[:60].strip("-")
