"""The window's dates and numbers follow its locale; English stays as the report writes."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QLocale

from accountdesk import wording
from accountdesk.gui import format as fmt


@pytest.fixture
def locale(request: pytest.FixtureRequest) -> Iterator[None]:
    # As the window's start sets them: the locale, and the words of that language.
    before = QLocale()
    QLocale.setDefault(QLocale(request.param))
    wording.use_language(request.param[:2])
    try:
        yield
    finally:
        QLocale.setDefault(before)
        wording.use_language("en")


@pytest.mark.parametrize("locale", ["de_DE"], indirect=True)
def test_german_window_shows_german_months_and_decimal_comma(locale: None) -> None:
    assert "März" in fmt.long_day(date(2026, 3, 5))
    assert fmt.money(Decimal("1250.00")) == "1.250,00 USD"
    assert fmt.decimal_hours(Decimal("2.5")) == "2,50 h"


@pytest.mark.parametrize("locale", ["en_US"], indirect=True)
def test_english_window_keeps_the_report_wording(locale: None) -> None:
    assert fmt.long_day(date(2026, 11, 26)) == "26 November 2026"
    assert fmt.short_day(date(2026, 11, 26)) == "26 Nov"
    assert fmt.money(Decimal("1250")) == "1,250.00 USD"
