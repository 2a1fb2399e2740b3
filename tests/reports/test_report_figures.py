"""Report figures as data: JSON round trip, how numbers read, file names, resources."""

from __future__ import annotations

import json
import pickle
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accountdesk import shipped as report_resources
from accountdesk import wording as text
from accountdesk.reports import figures_from_json, figures_to_json, slug
from accountdesk.reports.fonts import CJK, SANS, markup, runs
from tests.reports.report_samples import issued, sample_data


def test_figures_round_trip_through_json_exactly() -> None:
    for data in (sample_data(), issued(sample_data()), sample_data(contract_end=date(2027, 1, 4))):
        stored = figures_to_json(data)
        assert figures_from_json(stored) == data
        assert figures_to_json(figures_from_json(stored)) == stored


def test_figures_keep_money_and_hours_as_decimal_strings() -> None:
    document = json.loads(figures_to_json(sample_data()))
    assert document["format"] == 3  # 3: the SLA section and service credit
    line = document["report"]["allowances"][0]
    assert line["overage_charge"] == "1250.00"
    assert line["used_hours"] == "6.50"
    assert document["report"]["generated_at"] == "2026-11-26T12:00:00+00:00"


def test_figures_stored_before_a_field_existed_still_load() -> None:
    document = json.loads(figures_to_json(sample_data()))
    del document["report"]["vendor"]
    document["report"]["field_from_the_future_that_is_ignored"] = 1
    loaded = figures_from_json(json.dumps(document))
    assert loaded.vendor == sample_data().vendor


def test_figures_of_a_newer_format_are_refused() -> None:
    document = json.loads(figures_to_json(sample_data()))
    document["format"] = 99
    with pytest.raises(ValueError, match="newer AccountDesk"):
        figures_from_json(json.dumps(document))


def test_report_data_pickles_for_the_worker_processes() -> None:
    data = sample_data()
    assert pickle.loads(pickle.dumps(data)) == data


def test_totals() -> None:
    data = sample_data()
    assert data.total_due == Decimal("6250.00")
    assert data.overage_total == Decimal("1250.00")
    assert data.draft and not issued(data).draft


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        (Decimal("1250"), "1,250.00"),
        (Decimal("1234567.891"), "1,234,567.89"),
        (Decimal("0.005"), "0.01"),
        (Decimal("-1250.5"), "\u22121,250.50"),
        (Decimal("0"), "0.00"),
    ],
)
def test_money_reads_with_thousands_and_two_decimals(value: Decimal, shown: str) -> None:
    assert text.money(value) == shown


def test_money_and_hours_with_units() -> None:
    assert text.money_with(Decimal("1250"), "USD") == "1,250.00 USD"
    assert text.hours(Decimal("2.5")) == "2.50 h"
    assert text.seconds_as_hours(23400) == "6.50 h"
    assert text.seconds_as_hours(-5400) == "\u22121.50 h"
    assert text.seconds_as_hours(36) == "0.01 h"


def test_periods_and_spans_read_as_words() -> None:
    assert text.month_title("2026-11") == "November 2026"
    assert text.period("2026-Q4") == "Q4 2026"
    assert text.span(date(2026, 11, 1), date(2026, 11, 15)) == "1–15 November 2026"
    assert text.span(date(2026, 11, 16), date(2026, 12, 3)) == "16 November 2026 – 3 December 2026"
    assert text.short_span(date(2026, 11, 16), date(2026, 11, 30)) == "16–30 Nov 2026"
    assert text.short_span(date(2026, 12, 16), date(2027, 1, 3)) == "16 Dec 2026 – 3 Jan 2027"
    assert text.short_month("2026-11") == "Nov 2026"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Acme Analytics", "acme-analytics"),
        ('Zoë & <Sons> "Ltd"', "zoe-sons-ltd"),
        ("  ../../etc/passwd ", "etc-passwd"),
        ("株式会社みらい", ""),
        ("Müller GmbH & Co. KG", "muller-gmbh-co-kg"),
    ],
)
def test_slug(name: str, expected: str) -> None:
    assert slug(name) == expected


def test_markup_escapes_and_routes_cjk_to_the_fallback_font() -> None:
    assert markup('Zoë & <Sons> "Ltd"') == 'Zoë &amp; &lt;Sons&gt; "Ltd"'
    assert markup("a\nb") == "a<br/>b"
    assert markup("x\x00y\x07") == "xy"
    assert runs("Acme 株式会社") == [(SANS, "Acme "), (CJK, "株式会社")]
    assert markup("<株>") == f'&lt;<font face="{CJK}">株</font>&gt;'


def test_resources_come_from_the_package_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    packaged = tmp_path / "resources" / "fonts"
    packaged.mkdir(parents=True)
    (packaged / "DejaVuSans.ttf").write_bytes(b"packaged")
    monkeypatch.setattr(report_resources.resources, "files", lambda _package: tmp_path)
    assert report_resources.resource_path("fonts/DejaVuSans.ttf") == packaged / "DejaVuSans.ttf"


def test_resources_fall_back_to_the_checkout(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(report_resources.resources, "files", lambda _package: tmp_path)
    found = report_resources.resource_path("fonts/DejaVuSans.ttf")
    assert found.is_file()
    assert found.parent.parent.name == "resources"
    assert report_resources.resource_path("logo.png").is_file()
    with pytest.raises(FileNotFoundError, match="installation is incomplete"):
        report_resources.resource_path("fonts/NoSuchFont.ttf")


def test_every_font_has_its_licence_beside_it() -> None:
    fonts = report_resources.resource_path("fonts/DejaVuSans.ttf").parent
    assert (fonts / "LICENSE-DejaVu.txt").is_file()
    assert (fonts / "LICENSE-DroidSansFallback.txt").is_file()


def test_replace_on_report_data_keeps_the_original() -> None:
    data = sample_data()
    assert replace(data, customer="Other").customer == "Other"
    assert data.customer == "Acme Analytics"
