"""Money that was reported never changes: issued statements, corrections, adjustments,
a rate on every charge, hours kept exactly, the rollover cap, and tier changes that
would orphan entries. Each reproduction of the issue, on SQLite and PostgreSQL."""

from __future__ import annotations

import io
from collections.abc import Iterator
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader

from accountdesk.app import Desk, open_desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.money import parse_duration
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import MovingClock, snapshot

D = Decimal
SEPTEMBER, OCTOBER, NOVEMBER = Month(2026, 9), Month(2026, 10), Month(2026, 11)


@pytest.fixture
def moving() -> MovingClock:
    return MovingClock(date(2026, 11, 28))


@pytest.fixture
def desk(db_url: str, moving: MovingClock) -> Iterator[Desk]:
    desk = open_desk(db_url, clock=moving, user="tester")
    yield desk
    desk.engine.dispose()


def customer(desk: Desk, name: str, tier: Tier, **kwargs: object) -> None:
    desk.portfolio.add_customer(NewCustomer(name, tier, date(2026, 1, 1), **kwargs))  # type: ignore[arg-type]


def log(
    desk: Desk, name: str, day: date, hours: str, category: Category = Category.CONSULTING
) -> int:
    entry = NewEntry(name, day, parse_duration(hours), category, "Ana Lima", "work")
    return desk.ledger.log(entry)


def issue(desk: Desk, name: str, month: Month, folder: Path) -> Path:
    target = folder / f"{name}-{month.label}.pdf"
    desk.reports.issue(name, month, target)
    return target


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


def test_a_charge_shows_the_rate_it_was_charged_at(desk: Desk) -> None:
    customer(desk, "B", Tier.ENTERPRISE)
    desk.portfolio.change_tier("B", Tier.PROFESSIONAL, date(2026, 10, 16))
    log(desk, "B", date(2026, 10, 5), "24")
    consulting = desk.entitlements.usage("B", OCTOBER).allowances[0]
    assert (consulting.included_hours, consulting.overage_hours) == (D("11.74"), D("12.26"))
    assert [(x.hours, x.rate, x.charge, x.tier) for x in consulting.overage_lines] == [
        (D("12.26"), D("400.00"), D("4904.00"), Tier.ENTERPRISE)
    ]
    assert consulting.overage_rate == D("400.00")  # never the month-end tier's 500


def test_a_month_charged_at_two_rates_shows_a_line_per_rate_and_no_single_rate(
    desk: Desk, moving: MovingClock, tmp_path: Path
) -> None:
    customer(desk, "C", Tier.PROFESSIONAL)
    desk.portfolio.change_tier("C", Tier.ENTERPRISE, date(2026, 10, 16))
    log(desk, "C", date(2026, 10, 2), "14")  # 1.74 h over 12.26 prorated, at 500
    log(desk, "C", date(2026, 10, 20), "3")  # 3.00 h over, at 400
    consulting = desk.entitlements.usage("C", OCTOBER).allowances[0]
    assert consulting.overage_rate is None
    lines = [(x.hours, x.rate, x.charge) for x in consulting.overage_lines]
    assert lines == [(D("1.74"), D("500.00"), D("870.00")), (D("3.00"), D("400.00"), D("1200.00"))]
    assert all(hours * rate == charge for hours, rate, charge in lines)
    pdf = issue(desk, "C", OCTOBER, tmp_path)
    text = pdf_text(pdf)
    assert "1.74 h at 500.00 USD an hour = 870.00 USD" in text
    assert "3.00 h at 400.00 USD an hour = 1,200.00 USD" in text
    # The issued month shows the same lines afterwards.
    stored = desk.entitlements.usage("C", OCTOBER)
    assert stored.issued is not None
    assert [(x.hours, x.rate, x.charge) for x in stored.allowances[0].overage_lines] == lines


def test_a_correction_becomes_an_adjustment_and_never_enters_the_next_month(
    desk: Desk, moving: MovingClock, tmp_path: Path
) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    entry = log(desk, "P", date(2026, 10, 5), "6")
    issue(desk, "P", OCTOBER, tmp_path)
    issued_october = desk.entitlements.usage("P", OCTOBER)
    desk.ledger.correct(entry, parse_duration("3"), "Booked twice")
    # October still shows what was issued; November's allowance is untouched.
    october = desk.entitlements.usage("P", OCTOBER)
    assert (october.allowances, october.fee) == (issued_october.allowances, issued_october.fee)
    november = desk.entitlements.usage("P", NOVEMBER)
    consulting = november.allowances[0]
    assert (consulting.used_hours, consulting.remaining_hours, consulting.included_hours) == (
        D("0.00"),
        D("4.00"),
        D("4.00"),
    )
    [adjustment] = november.pending
    assert (adjustment.month, adjustment.hours, adjustment.amount) == (
        "2026-10",
        D("-2.00"),
        D("-1000.00"),
    )
    assert "Booked twice" in adjustment.reason
    moving.day = date(2026, 12, 2)
    pdf = issue(desk, "P", NOVEMBER, tmp_path)
    figures = desk.reports.figures("P", NOVEMBER)
    assert figures.total_due == D("4000.00")
    text = pdf_text(pdf)
    assert "Adjustments to earlier months" in text and "\u22121,000.00" in text
    assert desk.entitlements.usage("P", NOVEMBER).pending == ()  # billed once, not again


def test_a_correction_to_zero_takes_the_entry_back_and_can_be_undone(
    desk: Desk, tmp_path: Path
) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    entry = log(desk, "P", date(2026, 10, 5), "6")
    issue(desk, "P", OCTOBER, tmp_path)
    preview = desk.ledger.preview_correction(entry, 0, "Not our work")
    assert [(a.hours, a.amount) for a in preview] == [(D("-2.00"), D("-1000.00"))]
    correction = desk.ledger.correct(entry, 0, "Not our work")
    assert desk.ledger.entry(correction).seconds == -6 * 3600
    with pytest.raises(Refused) as again:
        desk.ledger.correct(entry, 0, "Not our work")
    assert again.value.field is Field.HOURS
    desk.ledger.delete(correction)  # undo, while its month is open
    assert desk.entitlements.usage("P", NOVEMBER).pending == ()


def test_an_issued_month_keeps_its_figures_and_late_hours_become_an_adjustment(
    desk: Desk, moving: MovingClock, tmp_path: Path
) -> None:
    customer(desk, "E", Tier.ENTERPRISE)
    log(desk, "E", date(2026, 10, 6), "15", Category.DEVELOPMENT)
    log(desk, "E", date(2026, 10, 7), "15", Category.DEVELOPMENT)
    log(desk, "E", date(2026, 11, 3), "20", Category.DEVELOPMENT)
    moving.day = date(2026, 12, 2)
    issue(desk, "E", NOVEMBER, tmp_path)  # October still open
    issued = desk.entitlements.usage("E", NOVEMBER)
    development = next(a for a in issued.allowances if a.category is Category.DEVELOPMENT)
    assert (development.overage_hours, development.overage_charge) == (D("10.00"), D("4000.00"))
    log(desk, "E", date(2026, 10, 20), "10", Category.DEVELOPMENT)
    again = desk.entitlements.usage("E", NOVEMBER)
    assert again.allowances == issued.allowances  # the statement, not the live ledger
    [adjustment] = again.pending
    assert (adjustment.month, adjustment.hours, adjustment.amount) == (
        "2026-11",
        D("10.00"),
        D("4000.00"),
    )
    assert "Q4 2026" in adjustment.reason


def test_a_downgrade_after_an_issued_month_is_billed_as_an_adjustment(
    desk: Desk, tmp_path: Path
) -> None:
    customer(desk, "E", Tier.ENTERPRISE)
    log(desk, "E", date(2026, 10, 6), "24", Category.DEVELOPMENT)
    log(desk, "E", date(2026, 10, 7), "24", Category.DEVELOPMENT)
    issue(desk, "E", OCTOBER, tmp_path)
    issued = desk.entitlements.usage("E", OCTOBER)
    assert issued.overage_total == D("3200.00")  # 8 h over 40 h at 400
    desk.portfolio.change_tier("E", Tier.PROFESSIONAL, date(2026, 11, 1))
    october = desk.entitlements.usage("E", OCTOBER)
    assert october.allowances == issued.allowances
    # Q4's development allowance is now 40 x 31/92 = 13.48 h: 34.52 h over, 26.52 more.
    development = [a for a in october.pending if a.category == "development"]
    assert [(a.month, a.hours, a.amount) for a in development] == [
        ("2026-10", D("26.52"), D("10608.00"))
    ]
    assert "allowance changed" in development[0].reason


def test_a_tier_change_that_would_orphan_entries_is_refused(desk: Desk) -> None:
    customer(desk, "E", Tier.ENTERPRISE)
    log(desk, "E", date(2026, 10, 6), "24", Category.DEVELOPMENT)
    log(desk, "E", date(2026, 10, 9), "24", Category.DEVELOPMENT)
    before = snapshot(desk)
    with pytest.raises(Refused) as caught:
        desk.portfolio.change_tier("E", Tier.PROFESSIONAL, date(2026, 10, 1))
    assert caught.value.field is Field.EFFECTIVE
    assert "2 entries of Development from 2026-10-06" in caught.value.message
    with pytest.raises(Refused, match=r"Consulting|Development"):
        desk.portfolio.change_tier("E", Tier.COMMUNITY, date(2026, 9, 1))
    assert snapshot(desk) == before
    desk.portfolio.change_tier("E", Tier.PROFESSIONAL, date(2026, 10, 10))  # after them


def test_hours_are_kept_exactly_as_typed(desk: Desk) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    first = log(desk, "P", date(2026, 11, 2), "3.99")
    second = log(desk, "P", date(2026, 11, 3), "0.01")
    assert (desk.ledger.entry(first).hours, desk.ledger.entry(second).hours) == ("3.99", "0.01")
    log(desk, "P", date(2026, 11, 4), "2.87")
    consulting = desk.entitlements.usage("P", NOVEMBER).allowances[0]
    assert consulting.used_hours == D("6.87")
    [line] = consulting.overage_lines
    assert (line.hours, line.charge) == (D("2.87"), D("1435.00"))  # 2.87 x 500, exactly
    with pytest.raises(Refused, match="two decimals"):
        parse_duration("3.999")


def test_rollover_never_holds_more_than_the_next_periods_own_allowance(desk: Desk) -> None:
    customer(desk, "R", Tier.ENTERPRISE, rollover=True)
    desk.portfolio.change_tier("R", Tier.PROFESSIONAL, date(2026, 10, 1))
    consulting = desk.entitlements.usage("R", OCTOBER).allowances[0]
    assert consulting.included_hours == D("8.00")  # 4.00 own + at most 4.00 carried


def test_only_the_latest_issued_month_can_be_reopened_and_the_next_issue_is_a_revision(
    desk: Desk, moving: MovingClock, tmp_path: Path
) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    log(desk, "P", date(2026, 10, 5), "6")
    issue(desk, "P", OCTOBER, tmp_path)
    moving.day = date(2026, 12, 2)
    issue(desk, "P", NOVEMBER, tmp_path)
    before = snapshot(desk)
    with pytest.raises(Refused, match="Only the latest issued month"):
        desk.ledger.reopen_month("P", OCTOBER, "Client disputed")
    assert snapshot(desk) == before
    desk.ledger.reopen_month("P", NOVEMBER, "Client disputed")
    desk.ledger.undo_reopen("P", NOVEMBER)
    assert desk.entitlements.usage("P", NOVEMBER).issued is not None
    desk.ledger.reopen_month("P", NOVEMBER, "Client disputed")
    log(desk, "P", date(2026, 11, 20), "5")
    reissued = issue(desk, "P", NOVEMBER, tmp_path)
    figures = desk.reports.figures("P", NOVEMBER)
    assert figures.report_id.endswith("-R2")
    assert f"replaces {figures.replaces}" in pdf_text(reissued)
    assert figures.replaces is not None and not figures.replaces.endswith("-R2")
    assert figures.total_due == D("5500.00")


def test_the_running_month_cannot_be_issued(desk: Desk, tmp_path: Path) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    before = snapshot(desk)
    with pytest.raises(Refused) as caught:
        desk.reports.issue("P", NOVEMBER, tmp_path / "p.pdf")
    assert "from 1 December 2026" in caught.value.message
    assert caught.value.field is Field.MONTH
    assert snapshot(desk) == before and not (tmp_path / "p.pdf").exists()


def test_portfolio_figures_count_a_correction_in_its_entrys_month(
    desk: Desk, tmp_path: Path
) -> None:
    customer(desk, "P", Tier.PROFESSIONAL)
    entry = log(desk, "P", date(2026, 10, 5), "6")
    log(desk, "P", date(2026, 11, 2), "5")
    issue(desk, "P", OCTOBER, tmp_path)
    desk.ledger.correct(entry, parse_duration("3"), "Booked twice")  # recorded 1 November
    [row] = desk.portfolio.customer_table(NOVEMBER)
    assert row.consulting_seconds == 5 * 3600
    months = desk.dashboard.hours_by_month(NOVEMBER, 2)
    assert [each.seconds[Category.CONSULTING] for each in months] == [3 * 3600, 5 * 3600]
    [overage] = desk.dashboard.overview(NOVEMBER).overages
    assert (overage.overage_seconds, overage.charge) == (D(3600), D("500.00"))


def test_an_entry_with_a_correction_is_not_deleted_from_under_it(
    desk: Desk, tmp_path: Path
) -> None:
    """Found by the conservation property: reopen a corrected month, delete the entry."""
    customer(desk, "P", Tier.PROFESSIONAL)
    entry = log(desk, "P", date(2026, 10, 5), "6")
    issue(desk, "P", OCTOBER, tmp_path)
    correction = desk.ledger.correct(entry, parse_duration("3"), "Booked twice")
    desk.ledger.reopen_month("P", OCTOBER, "Client disputed")
    before = snapshot(desk)
    for attempt in (lambda: desk.ledger.delete(entry), lambda: desk.ledger.delete_many([entry])):
        with pytest.raises(Refused, match="has a correction") as caught:
            attempt()
        assert caught.value.field is Field.ENTRY
    assert snapshot(desk) == before
    with pytest.raises(Refused, match="has a correction"):  # it would count 6 h - 3 h = 3 h
        desk.ledger.update(
            entry, NewEntry("P", date(2026, 10, 5), 3600, Category.CONSULTING, "Ana", "work")
        )
    again = desk.ledger.correct(entry, parse_duration("2"), "Only two hours in the end")
    assert desk.entitlements.usage("P", OCTOBER).allowances[0].used_hours == D("2.00")
    desk.ledger.delete_many([entry, correction, again])  # together: nothing left dangling
    assert desk.ledger.entries("P", OCTOBER) == []
