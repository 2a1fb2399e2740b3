"""The report's reviews, told from one list: the counts (owed, held, not held, coming
up) are those of the rows below them, whether the reviews were planned or not."""

from __future__ import annotations

import io
from collections import Counter
from datetime import date, datetime, time
from pathlib import Path
from zoneinfo import ZoneInfo

from pypdf import PdfReader

from accountdesk.app import Desk
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Tier
from accountdesk.reports.data import MonthlyReportData
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reports import Reports
from accountdesk.services.reviews import Reviews

NOVEMBER = Month(2026, 11)


def reports_of(desk: Desk) -> Reports:
    return Reports(desk.sessions, desk.clock, desk.user)


def pdf_text(path: Path) -> str:
    pages = PdfReader(io.BytesIO(path.read_bytes())).pages
    return " ".join(" ".join(page.extract_text() for page in pages).split())


def assert_one_story(figures: MonthlyReportData) -> None:
    """Every count is the count of the month's rows of that kind."""
    rows = Counter(r.kind for r in figures.reviews)
    assert {t.kind: t.owed for t in figures.review_tallies} == dict(rows)
    for tally in figures.review_tallies:
        of_kind = [r for r in figures.reviews if r.kind == tally.kind]
        assert tally.held == sum(r.state == "held" for r in of_kind)
        assert tally.not_held is not None and tally.coming_up is not None
        assert tally.owed == tally.held + tally.not_held + tally.coming_up
        # Today is 26 November; 10:00 in Berlin has passed.
        assert tally.coming_up == sum(
            r.state == "planned" or (r.state == "unplanned" and r.due > date(2026, 11, 26))
            for r in of_kind
        )


def test_reviews_never_planned_are_listed_with_the_counts_not_left_out(desk: Desk, tmp_path):
    """The reproduction: reviews planned only from today. The report said 'Architecture
    review, Owed 3, Held 0' and then 'No reviews were due in November 2026'."""
    desk.portfolio.add_customer(
        NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    desk.reviews.plan("Big")  # from 26 November on
    figures = reports_of(desk).figures("Big", NOVEMBER)
    assert_one_story(figures)
    states = {(r.due, r.kind): r.state for r in figures.reviews}
    assert states[(date(2026, 11, 2), "architecture_review")] == "unplanned"
    assert states[(date(2026, 11, 5), "tam_checkin")] == "unplanned"
    assert states[(date(2026, 11, 30), "architecture_review")] == "planned"
    architecture = next(t for t in figures.review_tallies if t.kind == "architecture_review")
    assert (architecture.owed, architecture.held, architecture.coming_up) == (5, 0, 1)
    # The QBR whose day passed unplanned was caught up on the 27th: it is that one.
    assert states.get((date(2026, 11, 27), "qbr")) == "planned"
    assert sum(r.kind == "qbr" for r in figures.reviews) == 1
    # Only planned reviews after the month are "coming up after" it.
    assert figures.upcoming and all(r.due > date(2026, 11, 30) for r in figures.upcoming)

    reports_of(desk).export("Big", NOVEMBER, tmp_path / "big.pdf")
    text = pdf_text(tmp_path / "big.pdf")
    assert "No reviews were due" not in text
    assert "Owed Held Not held Coming up" in text
    assert "Architecture review 5 0 4 1" in text
    assert "Not scheduled" in text and "Scheduled" in text
    assert "Coming up after November 2026" in text


def test_held_missed_and_the_time_it_was_held_read_the_same_in_counts_and_rows(
    desk: Desk, tmp_path
) -> None:
    desk.portfolio.add_customer(
        NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    Reviews(desk.sessions, FixedClock(date(2026, 10, 20))).plan("Pro", until=date(2026, 11, 30))
    november = [r for r in desk.reviews.reviews("Pro") if r.due.month == 11]
    qbr = next(r for r in november if r.kind is ReviewKind.QBR)
    monthly = next(r for r in november if r.kind is ReviewKind.ARCHITECTURE_REVIEW)
    assert (qbr.due, monthly.due) == (date(2026, 11, 5), date(2026, 11, 6))  # not one day
    late = datetime.combine(date(2026, 11, 9), time(15, 0), tzinfo=ZoneInfo("Europe/Berlin"))
    desk.reviews.mark(qbr.id, ReviewState.HELD, summary="Roadmap agreed", held_at=late)
    desk.reviews.mark(monthly.id, ReviewState.MISSED)
    figures = reports_of(desk).figures("Pro", NOVEMBER)
    assert_one_story(figures)
    assert [(t.kind, t.owed, t.held, t.not_held, t.coming_up) for t in figures.review_tallies] == [
        ("architecture_review", 1, 0, 1, 0),
        ("qbr", 1, 1, 0, 0),
    ]
    held = next(r for r in figures.reviews if r.kind == "qbr")
    assert held.held_at == "2026-11-09 15:00"
    reports_of(desk).export("Pro", NOVEMBER, tmp_path / "pro.pdf")
    text = pdf_text(tmp_path / "pro.pdf")
    assert "Held 2026-11-09 15:00 Roadmap agreed" in text
    assert "Missed" in text


def test_a_month_that_owed_no_review_says_so_and_counts_nothing(desk: Desk) -> None:
    # The contract starts on Monday 30 November: its first week owes nothing.
    desk.portfolio.add_customer(NewCustomer("New", Tier.ENTERPRISE, date(2026, 11, 30)))
    figures = reports_of(desk).figures("New", NOVEMBER)
    assert figures.reviews == () and figures.review_tallies == ()


def test_an_issued_month_keeps_its_review_counts_and_rows(desk: Desk, tmp_path) -> None:
    desk.portfolio.add_customer(
        NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin")
    )
    Reviews(desk.sessions, FixedClock(date(2026, 9, 20))).plan("Pro", until=date(2026, 10, 31))
    (october,) = [r for r in desk.reviews.reviews("Pro") if r.due.month == 10]
    desk.reviews.mark(october.id, ReviewState.HELD, notes="Capacity plan")
    reports = reports_of(desk)
    reports.issue("Pro", Month(2026, 10), tmp_path / "issued.pdf")
    issued = reports.figures("Pro", Month(2026, 10))
    assert [(t.kind, t.owed, t.held, t.not_held, t.coming_up) for t in issued.review_tallies] == [
        ("architecture_review", 1, 1, 0, 0)
    ]
    assert issued.reviews[0].held_at == "2026-10-05 10:00"
    # Recorded otherwise later, the issued month still tells what it told.
    desk.reviews.mark(october.id, ReviewState.CANCELLED, reason="Entered by mistake")
    assert reports.figures("Pro", Month(2026, 10)) == issued
    reports.export("Pro", Month(2026, 10), tmp_path / "again.pdf")
    assert (tmp_path / "again.pdf").read_bytes() == (tmp_path / "issued.pdf").read_bytes()
