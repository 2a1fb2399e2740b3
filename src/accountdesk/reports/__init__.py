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
    SlaBreachLine,
    SlaSection,
    SlaSeverityLine,
    TierSpan,
    figures_from_json,
    figures_to_json,
)

_BUILDER = {"SECTIONS", "BuiltReport", "Section", "build_report"}


def __getattr__(name: str) -> object:
    # ReportLab is heavy to import; the window and the command line need it only when a
    # PDF is built, so the builder's names are looked up on first use.
    if name in _BUILDER:
        from accountdesk.reports import pdf

        return getattr(pdf, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


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
    "SlaBreachLine",
    "SlaSection",
    "SlaSeverityLine",
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
