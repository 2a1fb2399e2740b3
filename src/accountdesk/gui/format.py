"""How numbers look in the window: money `1,250.00 USD`, hours `2.50 h`, right-aligned
in tabular figures; and the one red of what is wrong."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCore import QDate, QLocale, Qt

from accountdesk.domain.money import hours, money_text
from accountdesk.domain.tiers import UNLIMITED, Limit
from accountdesk.wording import plural as plural  # the window's figures use it as fmt.plural

NUMBER_ALIGNMENT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Red for what is wrong: a refusal's sentence, a limit exceeded (as a style sheet or a
# QColor takes it).
ERROR_COLOUR = "#b3261e"


def money(value: Decimal, currency: str = "USD") -> str:
    return f"{money_text(value)} {currency}"


def hours_text(seconds: int | Decimal) -> str:
    return f"{hours(seconds):,.2f} h"


def decimal_hours(value: Decimal) -> str:
    return f"{value:,.2f} h"


def limit_text(value: Limit) -> str:
    return "unlimited" if value is UNLIMITED else f"{value:,}"


def day(value: date | None) -> str:
    """A date in the user's locale (short format); ISO (2026-11-26) where no locale is
    set (the C locale's short format, `26 11 2026`, reads like neither)."""
    if value is None:
        return ""
    locale = QLocale()
    if locale.language() in (QLocale.Language.C, QLocale.Language.AnyLanguage):
        return value.isoformat()
    return locale.toString(
        QDate(value.year, value.month, value.day), QLocale.FormatType.ShortFormat
    )
