"""Late answers and late cases after a month was issued: the month's own SLA figures
never change, and the difference in its service credit reaches the next report as an
adjustment (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

from accountdesk.db import models as m
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Tier
from accountdesk.services.loading import find_customer
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.statements import portfolio_pending, statement_of

SEPTEMBER, OCTOBER, NOVEMBER = Month(2026, 9), Month(2026, 10), Month(2026, 11)
D = Decimal
FEE = D("25000.00")  # Enterprise, a whole month
CREDIT = D("2500.00")  # 10 % of it


@pytest.fixture
def sla_desk(desk):
    desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 1)))
    desk.portfolio.add_customer(NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 1)))
    return desk


def stored(desk) -> dict[str, str]:
    with desk.sessions() as s:
        return {row.report_id: row.figures for row in s.scalars(select(m.IssuedReport))}


def figures(desk, customer: str, month: Month):
    with desk.sessions() as s:
        statement = statement_of(s, find_customer(s, customer).id, month)
        assert statement is not None
        return statement.figures


def pending(desk, customer: str = "Big"):
    return desk.entitlements.usage(customer, NOVEMBER).pending


def test_a_backdated_answer_in_time_takes_the_credit_back(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.cases.open("Big", "critical", "Down", reference="Z-1", at="2026-09-10T09:00Z")
    desk.reports.issue("Big", SEPTEMBER, tmp_path / "september.pdf")  # unanswered: breach
    september = figures(desk, "Big", SEPTEMBER)
    assert september.sla is not None and september.sla.credit == CREDIT
    assert september.total_due == FEE - CREDIT
    before = stored(desk)

    # The help desk had answered at 09:05; it is recorded after the month was issued.
    desk.cases.respond("Z-1", "2026-09-10T09:05Z")
    [line] = pending(desk)
    assert (line.month, line.kind, line.category, line.hours, line.amount) == (
        "2026-09",
        "service_credit",
        "",
        D(0),
        CREDIT,  # the credit given is charged back
    )
    assert "100.00 %" in line.reason and "issued as 0.00 %" in line.reason
    with desk.sessions() as s:
        [waiting] = portfolio_pending(s)
    assert (waiting.customer, waiting.total) == ("Big", CREDIT)

    desk.reports.issue("Big", OCTOBER, tmp_path / "october.pdf")
    october = figures(desk, "Big", OCTOBER)
    assert [(a.month, a.kind, a.amount) for a in october.adjustments] == [
        ("2026-09", "service_credit", CREDIT)
    ]
    assert october.total_due == FEE + CREDIT
    assert pending(desk) == ()
    assert stored(desk).items() >= before.items()  # September's statement as it was
    assert figures(desk, "Big", SEPTEMBER) == september


def test_a_case_imported_into_an_issued_month_earns_its_credit_later(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.cases.open("Big", "high", "Slow", reference="Z-1", at="2026-10-05T09:00Z")
    desk.cases.respond("Z-1", "2026-10-05T09:30Z")
    desk.reports.issue("Big", OCTOBER, tmp_path / "october.pdf")
    october = figures(desk, "Big", OCTOBER)
    assert october.sla is not None and (october.sla.attainment, october.sla.credit) == (
        D("100.00"),
        D("0.00"),
    )
    before = stored(desk)
    export = tmp_path / "cases.csv"
    export.write_text(
        "reference,customer,title,severity,opened,first_response,resolved\n"
        "ZD-7,Big,Checkout down,urgent,2026-10-20T09:00Z,2026-10-20T11:00Z,\n",
        encoding="utf-8",
    )
    desk.cases.import_cases(export)
    [line] = pending(desk)
    assert (line.month, line.kind, line.amount) == ("2026-10", "service_credit", -CREDIT)
    assert "50.00 %" in line.reason and "issued as 100.00 %" in line.reason
    # The draft of November carries it, as a credit in its total due.
    result = desk.reports.export("Big", NOVEMBER, tmp_path / "november.pdf")
    assert result.total_due == FEE - CREDIT
    assert stored(desk) == before
    # Answered later still, or re-imported: nothing more changes.
    desk.cases.import_cases(export)
    assert [a.amount for a in pending(desk)] == [-CREDIT]


def test_a_late_answer_to_a_case_breached_unanswered_changes_nothing(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.cases.open("Big", "critical", "Down", reference="Z-1", at="2026-10-30T09:00Z")
    desk.reports.issue("Big", OCTOBER, tmp_path / "october.pdf")
    desk.cases.respond("Z-1", "2026-11-02T09:00Z")  # late, as the statement said
    assert pending(desk) == ()


def test_an_issued_month_keeps_the_credit_percentage_it_stated(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.cases.open("Big", "critical", "Down", reference="Z-1", at="2026-10-05T09:00Z")
    desk.reports.issue("Big", OCTOBER, tmp_path / "october.pdf")
    desk.cases.set_service_credit("Big", D("20"))
    assert pending(desk) == ()
    # A case answered later is settled at October's 10 %, not today's 20 %.
    desk.cases.respond("Z-1", "2026-10-05T09:10Z")
    assert [a.amount for a in pending(desk)] == [CREDIT]


def test_professional_months_have_no_credit_to_adjust(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.reports.issue("Pro", OCTOBER, tmp_path / "october.pdf")
    desk.cases.open("Pro", "critical", "Down", reference="P-1", at="2026-10-05T09:00Z")
    assert pending(desk, "Pro") == ()
    sla = desk.cases.sla("Pro", OCTOBER)
    assert sla.issued is not None and sla.figures.due == 0  # as issued


def test_sla_of_an_issued_month_shows_what_was_issued(sla_desk, tmp_path: Path):
    desk = sla_desk
    desk.cases.open("Big", "critical", "Down", reference="Z-1", at="2026-10-05T09:00Z")
    desk.reports.issue("Big", OCTOBER, tmp_path / "october.pdf")
    desk.cases.respond("Z-1", "2026-10-05T09:10Z")
    sla = desk.cases.sla("Big", OCTOBER)
    assert sla.issued == figures(desk, "Big", OCTOBER).report_id
    assert (sla.figures.met, sla.figures.credit) == (0, CREDIT)  # as issued
    assert [c.reference for c in sla.breaches] == ["Z-1"]
    assert [a.amount for a in sla.pending] == [CREDIT]
    live = desk.cases.sla("Big", NOVEMBER)
    assert live.issued is None and live.pending == ()
