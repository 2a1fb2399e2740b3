"""The monthly service report service: figures from the ledger, export, issue and lock,
re-export of an issued month, atomic files, and the month-end batch."""

from __future__ import annotations

import gc
import hashlib
import io
import re
import weakref
from dataclasses import replace
from datetime import date, time
from decimal import Decimal
from pathlib import Path

import pytest
from pypdf import PdfReader
from sqlalchemy import select

from accountdesk.app import Desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.reports import BuiltReport, build_report, figures_from_json
from accountdesk.services import reports as reports_module
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reports import Reports, file_names
from accountdesk.services.reviews import Reviews
from tests.conftest import snapshot
from tests.reports.report_samples import sample_data

NOVEMBER = Month(2026, 11)
OCTOBER = Month(2026, 10)
# November can be issued once it has ended: the tests that issue it do so on this day.
AFTER_NOVEMBER = FixedClock(date(2026, 12, 1))


def reports_of(desk: Desk) -> Reports:
    return Reports(desk.sessions, desk.clock, desk.user)


def issuing(desk: Desk) -> Reports:
    """The report service on 1 December 2026, when November has ended and can be issued."""
    return Reports(desk.sessions, AFTER_NOVEMBER, desk.user)


def add(desk: Desk, name: str, tier: Tier = Tier.PROFESSIONAL, **kwargs: object) -> int:
    new = NewCustomer(name, tier, kwargs.pop("start", date(2026, 1, 5)), **kwargs)  # type: ignore[arg-type]
    return desk.portfolio.add_customer(new)


def log(
    desk: Desk,
    customer: str | int,
    day: date,
    hours: str,
    note: str,
    category: Category = Category.CONSULTING,
    engineer: str = "Tomás Ribeiro",
) -> int:
    seconds = int(Decimal(hours) * 3600)
    return desk.ledger.log(NewEntry(customer, day, seconds, category, engineer, note))


def pdf_text(path: Path) -> str:
    """All pages' text, wrapped cells read as one line."""
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


@pytest.fixture
def out(tmp_path: Path) -> Path:
    """The folder reports go to (the SQLite database lives beside it, in tmp_path)."""
    folder = tmp_path / "out"
    folder.mkdir()
    return folder


@pytest.fixture
def acme(desk: Desk) -> Desk:
    """The domain document's worked example: Professional, 6.5 h of consulting in
    November 2026 (4.00 included, 2.50 over, 1,250.00 USD)."""
    add(desk, "Acme Analytics", csm="Carla Souza", tam="Tomás Ribeiro", timezone="Europe/Lisbon")
    log(
        desk,
        "Acme Analytics",
        date(2026, 11, 3),
        "4",
        "Architecture review of the payment pipeline",
    )
    log(desk, "Acme Analytics", date(2026, 11, 10), "2.5", "Design review: ledger sharding")
    log(desk, "Acme Analytics", date(2026, 10, 14), "3", "October capacity planning")
    return desk


def test_worked_example_figures_in_the_report(acme: Desk, out: Path) -> None:
    target = out / "acme.pdf"
    result = reports_of(acme).export("Acme Analytics", NOVEMBER, target)
    text = pdf_text(target)
    assert re.search(
        r"Architecture consulting November 2026 "
        r"4\.00 h 6\.50 h 0\.00 h 2\.50 h 500\.00/h 1,250\.00",
        text,
    )
    assert "Fee for the period 5,000.00 USD" in text
    assert "Total due 6,250.00 USD" in text
    assert "Carla Souza" in text and "Tomás Ribeiro" in text
    assert "Architecture review of the payment pipeline" in text
    assert "October capacity planning" not in text  # another month's entry
    assert result.draft and not result.issued_now
    assert result.total_due == Decimal("6250.00")
    assert result.report_id.endswith("-DRAFT")
    assert result.sha256 == hashlib.sha256(target.read_bytes()).hexdigest()
    assert result.pages == len(PdfReader(target).pages)


def test_figures_match_the_usage_service(acme: Desk) -> None:
    figures = reports_of(acme).figures("Acme Analytics", NOVEMBER)
    usage = acme.entitlements.usage("Acme Analytics", NOVEMBER)
    assert figures.fee == usage.fee == Decimal("5000.00")
    (line,) = figures.allowances
    (expected,) = usage.allowances
    assert (line.included_hours, line.used_hours, line.overage_hours, line.overage_charge) == (
        expected.included_hours,
        expected.used_hours,
        expected.overage_hours,
        expected.overage_charge,
    )
    assert figures.total_due == usage.fee + usage.overage_total
    assert [e.description for e in figures.entries] == [
        "Architecture review of the payment pipeline",
        "Design review: ledger sharding",
    ]
    assert [t.month for t in figures.trend] == [
        "2026-06",
        "2026-07",
        "2026-08",
        "2026-09",
        "2026-10",
        "2026-11",
    ]


def test_tier_change_in_the_month_prorates_the_fee(desk: Desk, out: Path) -> None:
    add(desk, "Borealis")
    desk.portfolio.change_tier("Borealis", Tier.ENTERPRISE, date(2026, 11, 16))
    reports_of(desk).export("Borealis", NOVEMBER, out / "b.pdf")
    text = pdf_text(out / "b.pdf")
    assert "Professional: 1–15 Nov 2026" in text
    assert "Enterprise: 16–30 Nov 2026" in text
    assert "Fee for the period 15,000.00 USD" in text
    assert re.search(r"Architecture consulting included .*? 12\.00 h", text)


def test_draft_until_issued_then_no_draft_mark(acme: Desk, out: Path) -> None:
    service = issuing(acme)
    service.export("Acme Analytics", NOVEMBER, out / "draft.pdf")
    pages = PdfReader(out / "draft.pdf").pages
    assert all("DRAFT" in page.extract_text() for page in pages)
    result = service.issue("Acme Analytics", NOVEMBER, out / "issued.pdf")
    assert "DRAFT" not in pdf_text(out / "issued.pdf").upper()
    assert result.issued_now and not result.draft
    assert re.fullmatch(r"SR-\d{5}-202611", result.report_id)
    assert result.report_id in pdf_text(out / "issued.pdf")


def test_the_running_month_is_issued_only_once_it_has_ended_in_the_customers_zone(
    acme: Desk, out: Path
) -> None:
    before = snapshot(acme)
    with pytest.raises(Refused) as refused:
        reports_of(acme).issue("Acme Analytics", NOVEMBER, out / "acme.pdf")
    assert refused.value.message == (
        "November 2026 can be issued for Acme Analytics from 1 December 2026, once it has "
        "ended in Europe/Lisbon."
    )
    assert snapshot(acme) == before
    assert list(out.iterdir()) == []
    # A draft of the running month can still be exported.
    assert reports_of(acme).export("Acme Analytics", NOVEMBER, out / "draft.pdf").draft
    # 05:00 UTC on 1 December: November has ended in Lisbon, not yet in Los Angeles.
    add(acme, "West Coast", timezone="America/Los_Angeles")
    early = Reports(acme.sessions, FixedClock(date(2026, 12, 1), time(5, 0)), acme.user)
    with pytest.raises(Refused, match=r"from 1 December 2026, once it has ended in America/"):
        early.issue("West Coast", NOVEMBER, out / "west.pdf")
    assert acme.portfolio.customer("West Coast").locked_months == ()
    assert early.issue("Acme Analytics", NOVEMBER, out / "acme.pdf").issued_now


def test_issue_stores_figures_and_digest_and_locks_the_month(acme: Desk, out: Path) -> None:
    target = out / "issued.pdf"
    result = issuing(acme).issue("Acme Analytics", NOVEMBER, target)
    with acme.sessions.begin() as s:
        (row,) = s.scalars(select(m.IssuedReport)).all()
        assert row.month == "2026-11" and row.revision == 1
        assert row.report_id == result.report_id
        assert row.issued_by == "tester"
        assert row.sha256 == hashlib.sha256(target.read_bytes()).hexdigest() == result.sha256
        figures = figures_from_json(row.figures)
        assert s.get(m.LockedMonth, (row.customer_id, "2026-11")) is not None
        audit = s.scalars(select(m.AuditEntry).where(m.AuditEntry.action == "issue_report")).all()
        assert len(audit) == 1 and result.report_id in audit[0].detail
    assert figures.total_due == Decimal("6250.00")
    assert figures.issued_by == "tester" and not figures.draft
    assert acme.portfolio.customer("Acme Analytics").locked_months == ("2026-11",)


def test_an_issued_month_refuses_new_entries(acme: Desk, out: Path) -> None:
    issuing(acme).issue("Acme Analytics", NOVEMBER, out / "issued.pdf")
    with pytest.raises(Refused, match="locked"):
        log(acme, "Acme Analytics", date(2026, 11, 20), "1", "late entry")
    log(acme, "Acme Analytics", date(2026, 10, 20), "1", "October is still open")


def test_issuing_twice_is_refused_and_changes_nothing(acme: Desk, out: Path) -> None:
    service = issuing(acme)
    first = out / "issued.pdf"
    service.issue("Acme Analytics", NOVEMBER, first)
    issued_bytes = first.read_bytes()
    before = snapshot(acme)
    with pytest.raises(Refused) as refused:
        service.issue("Acme Analytics", NOVEMBER, first)
    assert re.fullmatch(
        r"The 2026-11 report for Acme Analytics was already issued on 2026-12-01 by tester "
        r"\(report SR-\d{5}-202611\); export it to get it again\.",
        refused.value.message,
    )
    with pytest.raises(Refused, match="already issued"):
        service.issue("Acme Analytics", NOVEMBER, out / "again.pdf")
    assert snapshot(acme) == before
    assert first.read_bytes() == issued_bytes
    assert sorted(p.name for p in out.iterdir()) == ["issued.pdf"]


def test_reexport_of_an_issued_month_reproduces_it_not_the_live_ledger(
    acme: Desk, out: Path
) -> None:
    service = reports_of(acme)
    # October goes 1.00 h over its 4.00 h (500.00 USD): 3 h on the 14th, 2 h on the 20th.
    log(acme, "Acme Analytics", date(2026, 10, 20), "2", "October load test")
    issued = service.issue("Acme Analytics", OCTOBER, out / "issued.pdf")
    october_entry = acme.ledger.entries("Acme Analytics", OCTOBER)[0].id
    # The ledger moves on: a correction of the issued month, recorded in November.
    acme.ledger.correct(october_entry, 2 * 3600, "Booked an hour too much <by mistake>")
    again = service.export("Acme Analytics", OCTOBER, out / "again.pdf")
    assert (out / "again.pdf").read_bytes() == (out / "issued.pdf").read_bytes()
    assert again.matches_issued is True and not again.draft and not again.issued_now
    assert again.report_id == issued.report_id
    assert service.figures("Acme Analytics", OCTOBER).entries[0].seconds == 3 * 3600
    # ... and the correction reaches November's report as an adjustment to October:
    # the hour taken back was an hour of overage, so 500.00 USD is credited.
    figures = service.figures("Acme Analytics", NOVEMBER)
    assert [(a.month, a.kind, a.category, a.hours, a.amount) for a in figures.adjustments] == [
        ("2026-10", "overage", "consulting", Decimal("-1.00"), Decimal("-500.00"))
    ]
    service.export("Acme Analytics", NOVEMBER, out / "november.pdf")
    text = pdf_text(out / "november.pdf")
    assert "Adjustments to earlier months" in text
    assert re.search(
        r"October 2026 Overage: Architecture consulting .*?\u22121\.00 h \u2212500\.00", text
    )
    assert (
        f"entry {october_entry} of 2026-10-14 corrected: Booked an hour too much <by mistake>"
        in text
    )
    assert "Total due 5,750.00 USD" in text  # 5,000.00 + 1,250.00 - 500.00


def test_a_reopened_month_can_be_issued_again_as_a_new_revision(acme: Desk, out: Path) -> None:
    service = reports_of(acme)
    first = service.issue("Acme Analytics", OCTOBER, out / "r1.pdf")
    acme.ledger.reopen_month("Acme Analytics", OCTOBER, "Hours were missing")
    assert service.export("Acme Analytics", OCTOBER, out / "open.pdf").draft
    log(acme, "Acme Analytics", date(2026, 10, 21), "2", "Forgotten workshop")
    second = service.issue("Acme Analytics", OCTOBER, out / "r2.pdf")
    assert second.report_id == f"{first.report_id}-R2"
    assert "Forgotten workshop" in pdf_text(out / "r2.pdf")
    assert service.export("Acme Analytics", OCTOBER, out / "copy.pdf").matches_issued


def test_community_customers_get_no_report(desk: Desk, out: Path) -> None:
    add(desk, "Hobbyist", Tier.COMMUNITY)
    before = snapshot(desk)
    for action in (reports_of(desk).export, reports_of(desk).issue):
        with pytest.raises(Refused) as refused:
            action("Hobbyist", NOVEMBER, out / "h.pdf")
        assert refused.value.message == (
            "Hobbyist is on the Community tier in 2026-11, which includes no monthly "
            "service report."
        )
    assert snapshot(desk) == before
    assert list(out.iterdir()) == []


@pytest.mark.parametrize(
    ("month", "message"),
    [
        (Month(2026, 12), "2026-12 has not begun yet"),
        (Month(2025, 12), "contract does not cover 2025-12"),
    ],
)
def test_months_without_a_report_are_refused(
    acme: Desk, out: Path, month: Month, message: str
) -> None:
    with pytest.raises(Refused, match=message):
        reports_of(acme).export("Acme Analytics", month, out / "x.pdf")
    assert list(out.iterdir()) == []


def test_unknown_customer_and_missing_folder_are_refused(acme: Desk, out: Path) -> None:
    with pytest.raises(Refused, match="no customer called 'Nobody'"):
        reports_of(acme).export("Nobody", NOVEMBER, out / "x.pdf")
    with pytest.raises(Refused, match="does not exist"):
        reports_of(acme).issue("Acme Analytics", NOVEMBER, out / "no" / "x.pdf")
    assert acme.portfolio.customer("Acme Analytics").locked_months == ()


def test_a_report_holds_only_its_own_customer(acme: Desk, out: Path) -> None:
    add(acme, 'Zoë & <Sons> "Ltd"', csm="Other CSM", tam="Other TAM")
    log(
        acme,
        'Zoë & <Sons> "Ltd"',
        date(2026, 11, 4),
        "1.5",
        "Zoe-only: <font> tuning",
        engineer="Zed Engineer",
    )
    log(
        acme,
        'Zoë & <Sons> "Ltd"',
        date(2026, 11, 5),
        "2",
        "Zoe-only: replication drill",
        engineer="Zed Engineer",
    )
    service = reports_of(acme)
    service.export("Acme Analytics", NOVEMBER, out / "acme.pdf")
    service.export('Zoë & <Sons> "Ltd"', NOVEMBER, out / "zoe.pdf")
    acme_text, zoe_text = pdf_text(out / "acme.pdf"), pdf_text(out / "zoe.pdf")
    acme_notes = [e.description for e in acme.ledger.entries("Acme Analytics", NOVEMBER)]
    zoe_notes = [e.description for e in acme.ledger.entries('Zoë & <Sons> "Ltd"', NOVEMBER)]
    assert all(note in acme_text and note not in zoe_text for note in acme_notes)
    assert all(note in zoe_text and note not in acme_text for note in zoe_notes)
    for other in ("Zoë", "Zed Engineer", "Other CSM", "Zoe-only"):
        assert other not in acme_text
    for other in ("Acme", "Carla Souza", "Tomás Ribeiro"):
        assert other not in zoe_text
    assert 'Zoë & <Sons> "Ltd"' in zoe_text  # escaped, shown literally
    assert "Zoe-only: <font> tuning" in zoe_text


def test_reviews_held_missed_and_coming_up(acme: Desk, out: Path) -> None:
    # Planned a month ago, so November's reviews exist; then the next 90 days from today.
    Reviews(acme.sessions, FixedClock(date(2026, 10, 20))).plan(
        "Acme Analytics", until=date(2026, 11, 30)
    )
    acme.reviews.plan("Acme Analytics")
    november = [r for r in acme.reviews.reviews("Acme Analytics") if r.due.month == 11]
    review = next(r for r in november if r.kind is ReviewKind.ARCHITECTURE_REVIEW)
    acme.reviews.mark(
        review.id,
        ReviewState.HELD,
        summary="Split the <ledger> & the API",
        notes="Their CTO seems unhappy",
    )
    figures = reports_of(acme).figures("Acme Analytics", NOVEMBER)
    assert [(t.kind, t.owed, t.held) for t in figures.review_tallies] == [
        ("architecture_review", 1, 1),
        ("qbr", 1, 0),
    ]
    assert {r.state for r in figures.reviews} == {"held", "overdue"}
    assert figures.upcoming and all(r.due > date(2026, 11, 26) for r in figures.upcoming)
    reports_of(acme).export("Acme Analytics", NOVEMBER, out / "r.pdf")
    text = pdf_text(out / "r.pdf")
    assert "Split the <ledger> & the API" in text
    assert "unhappy" not in text  # the internal notes stay with the team
    assert "Not yet recorded" in text
    assert "Coming up" in text and figures.upcoming[0].due.isoformat() in text


def test_japanese_customer_name_extracts_intact(desk: Desk, out: Path) -> None:
    add(desk, "株式会社みらいデータ", Tier.ENTERPRISE, language="ja", timezone="Asia/Tokyo")
    log(
        desk,
        "株式会社みらいデータ",
        date(2026, 11, 2),
        "3",
        "決済基盤のアーキテクチャレビュー",
        engineer="山田太郎",
    )
    reports_of(desk).export("株式会社みらいデータ", NOVEMBER, out / "ja.pdf")
    first_page = PdfReader(out / "ja.pdf").pages[0].extract_text()
    assert "株式会社みらいデータ" in first_page
    text = pdf_text(out / "ja.pdf").replace(" ", "")
    assert "決済基盤のアーキテクチャレビュー" in text and "山田太郎" in text


# --- atomic files ---------------------------------------------------------------


def test_a_builder_crash_leaves_no_file(
    acme: Desk, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def crash(*_args: object, **_kwargs: object) -> object:
        assert next(p.name for p in out.iterdir()).endswith(".partial")  # mid-write
        raise RuntimeError("renderer crashed")

    monkeypatch.setattr(reports_module, "build_report", crash)
    before = snapshot(acme)
    with pytest.raises(RuntimeError):
        reports_of(acme).export("Acme Analytics", NOVEMBER, out / "acme.pdf")
    with pytest.raises(RuntimeError):
        issuing(acme).issue("Acme Analytics", NOVEMBER, out / "acme.pdf")
    assert list(out.iterdir()) == []
    assert snapshot(acme) == before  # not issued, not locked


def test_a_crash_mid_write_keeps_the_old_file_and_leaves_no_partial(
    acme: Desk, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = out / "acme.pdf"
    target.write_bytes(b"last month's copy")

    def half_then_fail(partial: Path, content: bytes) -> None:
        partial.write_bytes(content[: len(content) // 2])
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(reports_module, "_write", half_then_fail)
    before = snapshot(acme)
    # A full disk is the user's to fix: a sentence, not an error nobody expected.
    with pytest.raises(Refused, match="The disk is full; nothing was written"):
        issuing(acme).issue("Acme Analytics", NOVEMBER, target)
    with pytest.raises(Refused, match="The disk is full; nothing was written"):
        reports_of(acme).export("Acme Analytics", NOVEMBER, target)
    assert [p.name for p in out.iterdir()] == ["acme.pdf"]
    assert target.read_bytes() == b"last month's copy"
    assert snapshot(acme) == before


def test_a_folder_in_the_way_is_refused_before_anything_changes(acme: Desk, out: Path) -> None:
    (out / "acme.pdf").mkdir()
    before = snapshot(acme)
    for action in (reports_of(acme).export, reports_of(acme).issue):
        with pytest.raises(Refused, match="is a folder; name a file for the report"):
            action("Acme Analytics", NOVEMBER, out / "acme.pdf")
    assert snapshot(acme) == before
    assert [p.name for p in out.iterdir()] == ["acme.pdf"]


def test_a_file_that_cannot_be_put_in_place_after_issuing_says_so(
    acme: Desk, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The database commits first (an issued PDF never exists for a month that is not
    issued); if the file then cannot be renamed into place, the sentence says the month
    is issued and how to get the file."""
    import accountdesk.files

    def refuse(_source: object, _target: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(accountdesk.files.os, "replace", refuse)
    with pytest.raises(Refused) as refused:
        issuing(acme).issue("Acme Analytics", NOVEMBER, out / "acme.pdf")
    assert re.fullmatch(
        r"2026-11 is issued for Acme Analytics \(report SR-\d{5}-202611\), but '.*acme\.pdf' "
        r"could not be written \(Permission denied\); export the month again to get the file\.",
        refused.value.message,
    )
    assert list(out.iterdir()) == []
    monkeypatch.undo()
    again = reports_of(acme).export("Acme Analytics", NOVEMBER, out / "acme.pdf")
    assert again.matches_issued and not again.draft


# --- the month-end batch ----------------------------------------------------------


@pytest.fixture
def portfolio(sqlite_desk: Desk) -> Desk:
    desk = sqlite_desk
    add(desk, "Acme Analytics")
    add(desk, "Borealis Bank", Tier.ENTERPRISE)
    add(desk, "Hobbyist", Tier.COMMUNITY)
    add(desk, "株式会社みらい", Tier.ENTERPRISE)
    add(desk, "Late Starter", start=date(2026, 12, 1))
    for name in ("Acme Analytics", "Borealis Bank", "株式会社みらい"):
        log(desk, name, date(2026, 11, 2), "5", f"Work for {name}")
    return desk


def test_batch_writes_one_named_file_per_customer_with_a_report(portfolio: Desk, out: Path) -> None:
    seen: list[tuple[int, int, str]] = []
    batch = reports_of(portfolio).export_all(
        NOVEMBER, out, progress=lambda done, total, name: seen.append((done, total, name))
    )
    ids = {c.name: c.id for c in portfolio.portfolio.customers()}
    expected = {
        "acme-analytics-2026-11.pdf",
        "borealis-bank-2026-11.pdf",
        f"customer-{ids['株式会社みらい']}-2026-11.pdf",
    }
    assert {p.name for p in out.iterdir()} == expected
    assert [item.customer for item in batch.items] == [
        "Acme Analytics",
        "Borealis Bank",
        "株式会社みらい",
    ]
    assert all(item.ok and item.result and item.result.draft for item in batch.items)
    assert set(batch.skipped) == {"Hobbyist", "Late Starter"}
    gathering = [(done, total) for done, total, what in seen if what.startswith("Gathering")]
    writing = [(done, total) for done, total, what in seen if not what.startswith("Gathering")]
    assert gathering == [(n, 5) for n in range(5)]  # every customer, reports or not
    assert sorted(writing) == [(1, 3), (2, 3), (3, 3)]
    for item in batch.items:
        text = pdf_text(item.path)
        assert f"Work for {item.customer}" in text
        assert all(
            f"Work for {other.customer}" not in text for other in batch.items if other is not item
        )


def test_one_customer_failing_does_not_stop_the_others(portfolio: Desk, out: Path) -> None:
    (out / "borealis-bank-2026-11.pdf").mkdir()  # something in the way of one file
    batch = reports_of(portfolio).export_all(NOVEMBER, out)
    failed = {item.customer: item.error for item in batch.failed}
    assert list(failed) == ["Borealis Bank"]
    assert failed["Borealis Bank"]
    assert not any(item.cancelled for item in batch.items)  # it failed; nobody cancelled it
    assert [item.customer for item in batch.written] == ["Acme Analytics", "株式会社みらい"]
    assert (out / "acme-analytics-2026-11.pdf").is_file()
    assert not [p for p in out.iterdir() if p.name.endswith(".partial")]


def test_workers_that_cannot_start_leave_the_reports_to_this_process(
    portfolio: Desk, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    class Unreachable:  # a pool whose fork server cannot be reached
        def submit(self, *args: object) -> None:
            raise EOFError

        def shutdown(self, **kwargs: object) -> None:
            raise EOFError

    monkeypatch.setattr(reports_module, "_pdf_pool", Unreachable)
    batch = reports_of(portfolio).export_all(NOVEMBER, out)
    assert [item.customer for item in batch.written] == [
        "Acme Analytics",
        "Borealis Bank",
        "株式会社みらい",
    ]
    assert not batch.failed
    for item in batch.items:
        assert f"Work for {item.customer}" in pdf_text(item.path)


def test_batch_issue_locks_each_month_and_can_run_again(portfolio: Desk, out: Path) -> None:
    service = issuing(portfolio)
    (out / "borealis-bank-2026-11.pdf").mkdir()
    first = service.export_all(NOVEMBER, out, issue=True)
    assert [item.customer for item in first.failed] == ["Borealis Bank"]
    assert all(item.result and item.result.issued_now for item in first.written)
    assert portfolio.portfolio.customer("Borealis Bank").locked_months == ()  # not issued
    assert portfolio.portfolio.customer("Acme Analytics").locked_months == ("2026-11",)
    issued_bytes = (out / "acme-analytics-2026-11.pdf").read_bytes()
    assert "DRAFT" not in pdf_text(out / "acme-analytics-2026-11.pdf")
    # Fix what was in the way and run the batch again: only the missing one is issued.
    (out / "borealis-bank-2026-11.pdf").rmdir()
    second = service.export_all(NOVEMBER, out, issue=True)
    assert not second.failed
    newly = [item.customer for item in second.items if item.result and item.result.issued_now]
    assert newly == ["Borealis Bank"]
    again = next(item for item in second.items if item.customer == "Acme Analytics")
    assert again.result is not None and again.result.matches_issued
    assert (out / "acme-analytics-2026-11.pdf").read_bytes() == issued_bytes
    with portfolio.sessions.begin() as s:
        assert len(s.scalars(select(m.IssuedReport)).all()) == 3


def test_batch_can_be_cancelled_between_customers(portfolio: Desk, out: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 5 + 1  # asked once per customer gathered, then per report

    batch = reports_of(portfolio).export_all(NOVEMBER, out, cancelled=cancelled)
    assert batch.cancelled
    assert len(batch.written) == 1 and len(batch.failed) == 2
    assert all("Cancelled" in (item.error or "") for item in batch.failed)
    assert all(item.cancelled for item in batch.failed)
    assert not any(item.cancelled for item in batch.written)
    assert len(list(out.iterdir())) == 1


def test_batch_refuses_a_missing_folder_and_a_month_not_begun(portfolio: Desk, out: Path) -> None:
    with pytest.raises(Refused, match="does not exist"):
        reports_of(portfolio).export_all(NOVEMBER, out / "missing")
    with pytest.raises(Refused, match="has not begun"):
        reports_of(portfolio).export_all(Month(2027, 1), out)


def test_a_pdf_that_fails_in_a_worker_fails_alone(out: Path) -> None:
    good = sample_data()
    bad = replace(good, month="not-a-month")  # the builder cannot title this page
    builder = reports_module._Builder()
    jobs = [
        reports_module._Job(n, f"Customer {n}", out / f"{n}.pdf", data, None)
        for n, data in enumerate([good, bad, good])
    ]
    try:
        for job in jobs:
            builder.add(job)
        outcomes = {job.customer_id: outcome for job, outcome in builder.results()}
    finally:
        builder.close()
    assert isinstance(outcomes[1], ValueError)
    assert isinstance(outcomes[0], BuiltReport) and isinstance(outcomes[2], BuiltReport)
    assert outcomes[0].pdf == outcomes[2].pdf == build_report(good).pdf


def test_a_failed_build_lets_go_of_the_pool_when_the_batch_ends(out: Path) -> None:
    """Nothing of the worker pool waits for the garbage collector: its semaphores are
    released when the batch ends, not at some later moment (when a collection inside
    the resource tracker would make their release reentrant)."""
    good = sample_data()
    bad = replace(good, month="not-a-month")
    builder = reports_module._Builder()
    gc.collect()
    gc.disable()
    try:
        for n, data in enumerate([good, bad]):
            builder.add(reports_module._Job(n, f"Customer {n}", out / f"{n}.pdf", data, None))
        assert builder._pool is not None
        pool = weakref.ref(builder._pool)
        try:
            outcomes = [outcome for _, outcome in builder.results()]
        finally:
            builder.close()
        assert any(isinstance(outcome, ValueError) for outcome in outcomes)
        del builder, outcomes
        assert pool() is None
    finally:
        gc.enable()


def test_a_pool_that_cannot_be_made_leaves_the_reports_to_this_process(
    portfolio: Desk, out: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def no_semaphores() -> None:
        raise PermissionError("no shared memory for semaphores")

    monkeypatch.setattr(reports_module, "_pdf_pool", no_semaphores)
    batch = reports_of(portfolio).export_all(NOVEMBER, out)
    assert [item.customer for item in batch.written] == [
        "Acme Analytics",
        "Borealis Bank",
        "株式会社みらい",
    ]
    assert not batch.failed


def test_file_names_never_clash() -> None:
    names = file_names([(1, "Acme Inc"), (2, "ACME, Inc."), (3, "Zoë"), (4, "株式会社")], NOVEMBER)
    assert names == {
        1: "acme-inc-1-2026-11.pdf",
        2: "acme-inc-2-2026-11.pdf",
        3: "zoe-2026-11.pdf",
        4: "customer-4-2026-11.pdf",
    }


def test_batch_can_be_cancelled_while_figures_are_gathered(portfolio: Desk, out: Path) -> None:
    asked: list[int] = []

    def cancelled() -> bool:
        asked.append(1)
        return len(asked) > 2  # the third customer is never gathered

    batch = reports_of(portfolio).export_all(NOVEMBER, out, cancelled=cancelled)
    assert batch.cancelled
    assert list(out.iterdir()) == []
    assert all(not item.ok for item in batch.items)


@pytest.mark.parametrize("length", [6_000, 20_000])
def test_a_month_with_a_note_of_thousands_of_characters_is_issued(
    acme: Desk, out: Path, length: int
) -> None:
    words = " ".join(f"note{index:05d}" for index in range(length // 10))
    log(acme, "Acme Analytics", date(2026, 11, 12), "1", words)
    target = out / "acme.pdf"
    result = issuing(acme).issue("Acme Analytics", NOVEMBER, target)
    assert result.issued_now and result.pages > 3
    text = pdf_text(target)
    assert all(word in text for word in words.split())  # every word, across the pages
    again = reports_of(acme).export("Acme Analytics", NOVEMBER, out / "again.pdf")
    assert again.matches_issued
    batch = reports_of(acme).export_all(NOVEMBER, out)
    assert [item.error for item in batch.items] == [None]


# --- whether a month can be issued now --------------------------------------------


def test_the_running_month_cannot_be_issued_and_says_from_when(acme: Desk) -> None:
    assert reports_of(acme).issue_blocker("Acme Analytics", NOVEMBER) == (
        "November 2026 can be issued for Acme Analytics from 1 December 2026, once it has "
        "ended in Europe/Lisbon."
    )
    assert reports_of(acme).issue_blocker("Acme Analytics", OCTOBER) is None


def test_a_month_ends_in_the_customers_time_zone(desk: Desk) -> None:
    add(desk, "Lisbon Co", timezone="Europe/Lisbon")
    add(desk, "Seattle Co", timezone="America/Los_Angeles")
    # 00:30 UTC on 1 December: already December in Lisbon, still 30 November in Seattle.
    clock = FixedClock(date(2026, 12, 1), time(0, 30))
    service = Reports(desk.sessions, clock, desk.user)
    assert service.issue_blocker("Lisbon Co", NOVEMBER) is None
    assert service.issue_blocker("Seattle Co", NOVEMBER) == (
        "November 2026 can be issued for Seattle Co from 1 December 2026, once it has ended "
        "in America/Los_Angeles."
    )


def test_an_issued_month_says_who_issued_it_and_when(acme: Desk, out: Path) -> None:
    service = reports_of(acme)
    issued = service.issue("Acme Analytics", OCTOBER, out / "october.pdf")
    assert service.issue_blocker("Acme Analytics", OCTOBER) == (
        f"October 2026 was issued for Acme Analytics by {acme.user} on 26 November 2026 at "
        f"12:00 UTC (report {issued.report_id}); export it to get the same report again."
    )
    acme.ledger.reopen_month("Acme Analytics", OCTOBER, "Hours were missing")
    assert service.issue_blocker("Acme Analytics", OCTOBER) is None


def test_a_month_without_a_report_says_why_it_cannot_be_issued(desk: Desk) -> None:
    add(desk, "Hobbyist", Tier.COMMUNITY)
    assert reports_of(desk).issue_blocker("Hobbyist", OCTOBER) == (
        "Hobbyist is on the Community tier in 2026-10, which includes no monthly service report."
    )
