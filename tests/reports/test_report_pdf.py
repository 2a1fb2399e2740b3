"""The PDF builder, read back with pypdf: what a client sees on the pages."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

from accountdesk.reports import (
    SECTIONS,
    AdjustmentLine,
    ChargeLine,
    EntryLine,
    MonthlyReportData,
    TierSpan,
    build_report,
)
from accountdesk.reports.data import CorrectionLine
from accountdesk.reports.pdf import Styles
from tests.reports.report_samples import issued, pages_text, sample_data


def text_of(data: MonthlyReportData) -> str:
    """All pages' text, with the line breaks of wrapped cells read as spaces."""
    return " ".join(" ".join(pages_text(build_report(data).pdf)).split())


def test_worked_example_figures_appear() -> None:
    text = text_of(sample_data())
    assert "Acme Analytics" in text
    assert "Professional" in text
    assert "November 2026" in text
    # the allowance row: included, used, remaining, overage, rate, charge
    assert re.search(
        r"Architecture consulting\s+November 2026\s+"
        r"4\.00 h\s+6\.50 h\s+0\.00 h\s+2\.50 h\s+500\.00/h\s+1,250\.00",
        text,
    )
    assert "5,000.00 USD" in text  # the fee
    assert "1,250.00 USD" in text  # the overage
    assert "6,250.00 USD" in text  # the total due
    assert "Carla Souza" in text and "Tomás Ribeiro" in text


def test_every_ledger_entry_is_listed_with_its_hours() -> None:
    text = text_of(sample_data())
    for description in (
        "Architecture review of the payment pipeline",
        "Design review: ledger sharding",
        "Settlement batch stalled; restarted the worker pool",
    ):
        assert description in text
    assert "4.00 h" in text and "2.50 h" in text and "0.75 h" in text
    assert "Total, 3 entries" in text and "7.25 h" in text


def test_draft_mark_on_every_page_until_issued() -> None:
    many = tuple(
        EntryLine(i, date(2026, 11, 1 + i % 26), "consulting", "Eve", 1800, f"Session {i}")
        for i in range(120)
    )
    draft = pages_text(build_report(sample_data(entries=many)).pdf)
    assert len(draft) > 1
    assert all("DRAFT" in page for page in draft)
    final = pages_text(build_report(issued(sample_data(entries=many))).pdf)
    assert len(final) == len(draft)
    assert not any("DRAFT" in page.upper() for page in final)


def test_pages_are_numbered_and_carry_the_report_id() -> None:
    pages = pages_text(build_report(issued(sample_data())).pdf)
    for number, page in enumerate(pages, start=1):
        assert f"Page {number} of {len(pages)}" in page
        assert "SR-00007-202611" in page
        assert "DIOTEC 360" in page


def test_three_hundred_entries_run_over_pages_with_the_header_repeated() -> None:
    entries = tuple(
        EntryLine(
            1000 + i,
            date(2026, 11, 1) + timedelta(days=i % 26),
            ("consulting", "development", "training", "incident")[i % 4],
            f"Engineer {i % 7}",
            (15 + i % 90) * 60,
            f"Work item {i:03d}: investigation and follow-up",
        )
        for i in range(300)
    )
    built = build_report(sample_data(entries=entries))
    pages = pages_text(built.pdf)
    assert built.pages == len(pages) >= 5
    holding = [p for p in pages if re.search(r"Work item \d{3}", p)]
    assert len(holding) >= 4
    for page in holding:
        assert re.search(r"Date\s+Category\s+Engineer\s+Description\s+Hours", page), page[:300]
    text = "\n".join(pages)
    assert all(f"Work item {i:03d}:" in text for i in range(300))
    assert "Total, 300 entries" in text


def test_customer_text_is_escaped_not_markup() -> None:
    name = 'Zoë & <Sons> "Ltd"'
    data = sample_data(
        customer=name,
        csm="<b>Carla</b>",
        entries=(
            EntryLine(
                1,
                date(2026, 11, 3),
                "consulting",
                "O'Brien & Co",
                3600,
                "a note <font> & <b>not bold</b> &amp; <br/> <para>",
            ),
        ),
    )
    text = text_of(data)
    assert name in text
    assert "<b>Carla</b>" in text
    assert "a note <font> & <b>not bold</b> &amp; <br/> <para>" in text
    assert "O'Brien & Co" in text


def test_japanese_and_chinese_text_extracts_intact() -> None:
    data = sample_data(
        customer="株式会社みらいデータ",
        entries=(
            EntryLine(
                1,
                date(2026, 11, 3),
                "consulting",
                "山田太郎",
                3600,
                "アーキテクチャレビュー：決済基盤の設計確認",
            ),
            EntryLine(2, date(2026, 11, 4), "consulting", "王芳", 3600, "数据库迁移方案评审"),
        ),
    )
    pages = pages_text(build_report(data).pdf)
    text = "\n".join(pages)
    assert "株式会社みらいデータ" in pages[0]
    assert "山田太郎" in text
    assert "アーキテクチャレビュー：決済基盤の設計確認" in text.replace("\n", "")
    assert "数据库迁移方案评审" in text


def test_same_data_same_bytes() -> None:
    data = issued(sample_data())
    assert build_report(data).pdf == build_report(data).pdf


def test_tier_change_in_the_month_is_shown_with_its_proration() -> None:
    data = sample_data(
        tiers=(
            TierSpan(
                "professional",
                "Professional",
                date(2026, 11, 1),
                date(2026, 11, 15),
                Decimal("5000.00"),
            ),
            TierSpan(
                "enterprise",
                "Enterprise",
                date(2026, 11, 16),
                date(2026, 11, 30),
                Decimal("25000.00"),
            ),
        ),
        fee=Decimal("15000.00"),
    )
    text = text_of(data)
    assert "Professional: 1–15 Nov 2026" in text
    assert "Enterprise: 16–30 Nov 2026" in text
    assert "15 of 30 days at 5,000.00 USD a month" in text
    assert "15 of 30 days at 25,000.00 USD a month" in text


def test_adjustments_to_earlier_months_are_listed() -> None:
    """Money adjustments to issued months: month, what changed, hours, amount, reason;
    their sum is a line of the amount due."""
    data = sample_data(
        adjustments=(
            AdjustmentLine(
                "2026-10",
                "overage",
                "consulting",
                Decimal("-1.50"),
                Decimal("-750.00"),
                "entry 12 of 2026-10-14 corrected: Booked twice <by mistake>",
                (40,),
            ),
            AdjustmentLine(
                "2026-09",
                "fee",
                "",
                Decimal("0"),
                Decimal("250.00"),
                "the contract's fee or dates changed after the month was issued",
            ),
        ),
        charges=(
            *sample_data().charges,
            ChargeLine("adjustments", "", Decimal("-500.00")),
        ),
    )
    assert data.total_due == Decimal("5750.00")
    text = text_of(data)
    section = text[text.index("Adjustments to earlier months Month What changed Hours") :]
    assert re.search(
        r"^Adjustments to earlier months Month What changed Hours Amount \(USD\) "
        r"October 2026 Overage: Architecture consulting "
        r"entry 12 of 2026-10-14 corrected: Booked twice <by mistake> "
        r"\u22121\.50 h \u2212750\.00 "
        r"September 2026 Fee "
        r"the contract's fee or dates changed after the month was issued 250\.00 "
        r"Total adjustments \u2212500\.00",
        section,
    ), section[:600]
    assert "Corrections recorded this month" not in text
    assert re.search(
        r"Adjustments to earlier months 2 lines, listed above \u2212500\.00 "
        r"Total due 5,750\.00 USD",
        text,
    )


def test_corrections_recorded_in_the_month_are_still_listed() -> None:
    """Reports issued by older versions listed the correction entries of the month; their
    stored figures still show them, under their own heading."""
    data = sample_data(
        corrections=(
            CorrectionLine(
                40,
                date(2026, 11, 1),
                "consulting",
                "Eve",
                -5400,
                12,
                date(2026, 10, 14),
                14400,
                "Booked twice <by mistake>",
            ),
        ),
    )
    text = text_of(data)
    assert "Corrections recorded this month" in text
    assert "Adjustments to earlier months" not in text  # no money adjustment on it
    assert re.search(
        r"2026-11-01 Entry 12 of 2026-10-14, was 4\.00 h Consulting "
        r"\u22121\.50 h Booked twice <by mistake> Total change \u22121\.50 h",
        text,
    ), text


def test_reviews_and_seats_are_shown() -> None:
    text = text_of(sample_data())
    assert "Agreed to split the ledger service" in text
    assert "Held" in text
    assert "Quarterly business review" in text
    assert "2026-12-07" in text  # coming up
    assert "Named support contacts" in text
    assert "Online training seats" in text


def test_an_empty_month_still_makes_a_report() -> None:
    data = sample_data(
        entries=(),
        hours_by_category=(),
        trend=(),
        reviews=(),
        review_tallies=(),
        upcoming=(),
        allowances=(),
        charges=sample_data().charges[:1],
    )
    text = text_of(data)
    assert "No hours were logged in November 2026." in text
    assert "5,000.00 USD" in text


def test_a_new_section_slots_in_before_the_amount_due() -> None:
    def cases(data: MonthlyReportData, styles: Styles) -> list:
        return [styles.para("Support cases and SLA", styles.heading)]

    sections = (*SECTIONS[:-1], cases, SECTIONS[-1])
    text = "\n".join(pages_text(build_report(sample_data(), sections).pdf))
    assert text.index("Support cases and SLA") < text.index("Amount due")


def test_pdf_metadata_names_the_report_and_dates_it_by_the_report() -> None:
    from io import BytesIO

    from pypdf import PdfReader

    data = issued(sample_data(customer="Zoë & Co"))
    meta = PdfReader(BytesIO(build_report(data).pdf)).metadata
    assert meta is not None
    assert meta.title == "Monthly service report — Zoë & Co — November 2026"
    assert meta.creation_date == data.issued_at


def _words(count: int) -> str:
    """`count` characters of distinct words, so that every one can be looked for."""
    words = " ".join(f"note{index:05d}" for index in range(count // 10 + 1))
    return words[:count].rsplit(" ", 1)[0]


def test_a_note_longer_than_a_page_wraps_on_over_the_next_pages() -> None:
    data = sample_data()
    for length in (6_000, 20_000):
        note = _words(length)
        entry = replace(data.entries[0], description=note)
        review = replace(data.reviews[0], summary=note)
        built = build_report(
            replace(data, entries=(entry, *data.entries[1:]), reviews=(review, *data.reviews[1:]))
        )
        pages = pages_text(built.pdf)
        assert len(pages) > 3
        text = " ".join(" ".join(pages).split())
        assert text.count(note.split()[-1]) == 2  # the last word, of both notes
        for word in note.split():
            assert word in text
        # each page the note runs onto starts with its table's header row
        continued = [page for page in pages if "note00500" in page]
        assert all("Description" in page or "Summary" in page for page in continued)


def test_rows_that_fit_on_a_page_are_never_cut() -> None:
    """A row is split only when it is taller than a page; any other row moves whole to
    the next page, as before, so an issued report rebuilds to the same bytes."""
    data = sample_data()
    entries = tuple(
        replace(
            data.entries[index % 3],
            description=f"begin{index:03d} {'word ' * (index % 90)}end{index:03d}",
        )
        for index in range(300)
    )
    pages = pages_text(build_report(replace(data, entries=entries)).pdf)
    for index in range(300):
        assert [f"begin{index:03d}" in page for page in pages] == [
            f"end{index:03d}" in page for page in pages
        ]
