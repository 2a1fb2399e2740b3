"""wording speaks one language per Words; its module-level names speak the window's."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from accountdesk import wording
from accountdesk.wording import LANGUAGES, language_of, use_language, words


@pytest.fixture
def japanese_window() -> Iterator[None]:
    use_language("ja")
    try:
        yield
    finally:
        use_language("en")


def test_module_names_follow_the_window_language(japanese_window: None) -> None:
    assert wording.month_title("2026-11") == "2026年11月"
    assert wording.CATEGORY["onsite"] == "オンサイト"
    assert wording.REVIEW_KIND.get("qbr") == "四半期ビジネスレビュー（QBR）"
    assert wording.MONTHS[10] == "11月"
    assert wording.category("consulting") == "コンサルティング"
    assert wording.TIER["enterprise"] == "Enterprise"


def test_english_is_the_default_and_unchanged() -> None:
    assert wording.current().language == "en"
    assert wording.money_with(Decimal("1250"), "USD") == "1,250.00 USD"
    assert wording.MONTHS[10] == "November"
    assert dict(wording.CATEGORY)["onsite"] == "On-site"
    assert wording.plural(2, "entry", "entries") == "2 entries"


@pytest.mark.parametrize(
    ("code", "language"),
    [("pt-BR", "pt"), ("zh_Hans", "zh"), ("JA", "ja"), ("xx", "en"), ("", "en"), (None, "en")],
)
def test_language_codes(code: str | None, language: str) -> None:
    assert language_of(code) == language


@pytest.mark.parametrize("lang", LANGUAGES)
def test_plural_forms_per_language(lang: str) -> None:
    w = words(lang)
    line = ("{count} line, listed above", "{count} lines, listed above")
    one, two, zero = (w.ngettext(*line, n) for n in (1, 2, 0))
    if lang in ("ja", "zh"):
        assert one == two  # one form
    else:
        assert one != two
    # French and Brazilian Portuguese count zero as one ("0 ligne").
    assert (zero == one) == (lang in ("fr", "pt", "ja", "zh"))


@given(
    cents=st.integers(min_value=-(10**9), max_value=10**9),
    lang=st.sampled_from(LANGUAGES),
)
def test_money_keeps_its_digits_in_every_locale(cents: int, lang: str) -> None:
    """Formatting moves separators, never the amount: the digits are the cents'."""
    value = Decimal(cents) / 100
    shown = words(lang).money(value)
    digits = "".join(c for c in shown if c.isdigit())
    assert int(digits) == abs(cents)
    assert shown.startswith(wording.MINUS) == (cents < 0)


def test_dates_in_a_table_and_a_span() -> None:
    assert words("de").day(date(2026, 11, 26)) == "26.11.2026"
    assert words("ja").span(date(2026, 11, 1), date(2026, 11, 15)) == "2026年11月1日～15日"
