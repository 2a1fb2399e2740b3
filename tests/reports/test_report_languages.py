"""One report per language from the same data, read back: the headings in the
customer's language, the locale's numbers and dates, the same totals, CJK intact."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from pypdf import PdfReader

from accountdesk.reports.pdf import build_report
from accountdesk.wording import LANGUAGES, words
from tests.reports.report_samples import pages_text, sample_data

# (a heading, "Total due", the month title) as each language's reader sees them
EXPECTED = {
    "en": ("MONTHLY SERVICE REPORT", "Total due", "November 2026"),
    "es": ("INFORME MENSUAL DE SERVICIO", "Total a pagar", "noviembre de 2026"),
    "pt": ("RELATÓRIO MENSAL DE SERVIÇO", "Valor total a pagar", "novembro de 2026"),
    "fr": ("RAPPORT MENSUEL DE SERVICE", "Montant total dû", "novembre 2026"),
    "de": ("MONATLICHER SERVICEBERICHT", "Fälliger Gesamtbetrag", "November 2026"),
    "ja": ("月次サービスレポート", "ご請求額合計", "2026年11月"),
    "zh": ("月度服务报告", "应付总额", "2026年11月"),
}

# The total due, 6,250.00 USD, as each locale writes money (CLDR).
TOTAL = {
    "en": "6,250.00 USD",
    "es": "6.250,00 US$",
    "pt": "US$ 6.250,00",
    "fr": "6 250,00 $US",
    "de": "6.250,00 $",
    "ja": "$6,250.00",
    "zh": "US$6,250.00",
}

# A ledger day in a table: ISO in English, the locale's short date elsewhere.
DAY = {
    "en": "2026-11-03",
    "es": "3/11/2026",
    "pt": "03/11/2026",
    "fr": "03/11/2026",
    "de": "3.11.2026",
    "ja": "2026/11/3",
    "zh": "2026/11/3",
}


def _plain(text: str) -> str:
    """Extracted text with the locale's no-break spaces as plain ones."""
    return text.replace("\u202f", " ").replace("\xa0", " ")


@pytest.fixture(scope="module")
def reports() -> dict[str, bytes]:
    data = sample_data()
    return {lang: build_report(replace(data, language=lang)).pdf for lang in (*LANGUAGES, "xx")}


@pytest.fixture(scope="module")
def texts(reports: dict[str, bytes]) -> dict[str, str]:
    return {lang: _plain("\n".join(pages_text(pdf))) for lang, pdf in reports.items()}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_headings_numbers_and_dates_in_the_language(texts: dict[str, str], lang: str) -> None:
    text = texts[lang]
    heading, total_due, month = EXPECTED[lang]
    assert heading in text
    assert total_due in text
    assert month in text
    assert _plain(TOTAL[lang]) in text
    assert DAY[lang] in text
    # The same hours, in the locale's decimals: 6.50 used of 4.00 included.
    assert words(lang).hours(Decimal("6.5")).replace("\xa0", " ") in text.replace("\n", "")


@pytest.mark.parametrize("lang", [x for x in LANGUAGES if x != "en"])
def test_no_english_heading_is_left(texts: dict[str, str], lang: str) -> None:
    for english in ("Total due", "Allowances", "Hours logged in", "Page 1 of", "Amount due"):
        assert english not in texts[lang]


def test_user_text_is_printed_as_entered_in_every_language(texts: dict[str, str]) -> None:
    for text in texts.values():
        assert "Acme Analytics" in text
        assert "Design review: ledger sharding" in text


@pytest.mark.parametrize("lang", ["ja", "zh"])
def test_cjk_reports_extract_intact_with_every_font_embedded(
    reports: dict[str, bytes], texts: dict[str, str], lang: str
) -> None:
    flat = texts[lang].replace("\n", "")
    assert EXPECTED[lang][0] in flat
    assert words(lang).category("consulting") in flat
    for page in PdfReader(io.BytesIO(reports[lang])).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            descendant = font.get("/DescendantFonts")
            described = descendant[0].get_object() if descendant else font
            descriptor = described["/FontDescriptor"].get_object()
            assert any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")), font[
                "/BaseFont"
            ]


def test_a_language_outside_the_seven_gives_english(texts: dict[str, str]) -> None:
    assert texts["xx"] == texts["en"]


def test_one_japanese_month_title_and_long_day() -> None:
    ja = words("ja")
    assert ja.month_title("2026-11") == "2026年11月"
    assert ja.long_day(date(2026, 11, 26)) == "2026年11月26日"
    assert words("pt").long_day(date(2026, 11, 26)) == "26 de novembro de 2026"
    assert words("de").long_day(date(2026, 11, 26)) == "26. November 2026"
