"""The report's SLA section and service credit, gathered from real cases and read back
from the PDF with pypdf: a met month, a breached Enterprise month (the credit taken off
the total due), a Professional breach (listed, no credit), a month without cases, and
no section for Community. The stored statement carries the section and the credit."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.reports import build_report, figures_from_json, figures_to_json
from accountdesk.reports.data import MonthlyReportData
from accountdesk.services.ledger import NewEntry
from accountdesk.services.loading import find_customer
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reports import sla_section
from accountdesk.services.statements import statement_of
from tests.reports.report_samples import pages_text, sample_data

OCTOBER = Month(2026, 10)
D = Decimal
HEADING = "Support cases and SLA"


@pytest.fixture
def desk(sqlite_desk):
    add = sqlite_desk.portfolio.add_customer
    add(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 1), timezone="America/New_York"))
    add(NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 1), timezone="Europe/Berlin"))
    add(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 1)))
    return sqlite_desk


def text_of(pdf: bytes) -> str:
    return " ".join(" ".join(pages_text(pdf)).split())


def issue(desk, customer: str, month: Month, folder: Path) -> tuple[str, MonthlyReportData]:
    path = folder / f"{customer}-{month.label}.pdf"
    desk.reports.issue(customer, month, path)
    with desk.sessions() as s:
        statement = statement_of(s, find_customer(s, customer).id, month)
    assert statement is not None
    return text_of(path.read_bytes()), statement.figures


def test_a_met_month_shows_its_attainment_and_no_credit(desk, tmp_path: Path):
    desk.cases.open("Big", "critical", "Checkout down", reference="Z-1", at="2026-10-05T09:00Z")
    desk.cases.respond("Z-1", "2026-10-05T09:10Z")
    desk.cases.open("Big", "normal", "Question", reference="Z-2", at="2026-10-06T09:00Z")
    desk.cases.respond("Z-2", "2026-10-06T10:00Z")
    text, figures = issue(desk, "Big", OCTOBER, tmp_path)
    assert HEADING in text
    assert "The SLA was met: 100.00 % against a target of 99.90 %." in text
    assert "Responses not made in time" not in text
    assert "service credit" not in text.lower()
    assert figures.sla is not None and (figures.sla.due, figures.sla.met) == (2, 2)
    assert figures.total_due == figures.fee + figures.overage_total


def test_a_breached_enterprise_month_takes_the_credit_off_the_total(desk, tmp_path: Path):
    # 30 h of consulting in October: some of it overage, so the total has all three parts.
    for day in range(5, 15):
        desk.ledger.log(
            NewEntry("Big", date(2026, 10, day), 3 * 3600, Category.CONSULTING, "A", "Design")
        )
    title = "<b>Login & SSO</b> broken"  # user text: shown as written, never markup
    desk.cases.open("Big", "critical", title, reference="Z-9", at="2026-10-05T09:00Z")
    desk.cases.respond("Z-9", "2026-10-05T10:30Z")  # due 09:15: late
    desk.cases.open("Big", "high", "Slow reports", reference="Z-10", at="2026-10-20T12:00Z")
    desk.cases.respond("Z-10", "2026-10-20T12:30Z")  # met (1 h)
    text, figures = issue(desk, "Big", OCTOBER, tmp_path)

    sla = figures.sla
    assert sla is not None
    assert (sla.due, sla.met, sla.attainment, sla.breach) == (2, 1, D("50.00"), True)
    assert sla.credit_pct == D("10") and sla.credit == (figures.fee / 10).quantize(D("0.01"))
    assert figures.service_credit == -sla.credit
    assert figures.overage_total > 0
    assert figures.total_due == figures.fee + figures.overage_total - sla.credit

    assert "The SLA was not met: 50.00 % against a target of 99.90 %." in text
    assert "SLA service credit" in text
    money = f"{sla.credit:,.2f}"
    assert f"\u2212{money}" in text  # a line of the amount due, deducted
    assert f"{figures.total_due:,.2f} USD" in text
    # The breach, with its times in New York (EDT, UTC-4) and its title as written.
    assert "Z-9" in text and title in text
    assert "2026-10-05 05:15" in text and "2026-10-05 06:30" in text
    assert "Times in America/New_York." in text
    assert "Slow reports" not in text  # met cases are counted, not listed


def test_a_professional_breach_is_listed_without_credit(desk, tmp_path: Path):
    # Friday 16:00 Berlin, critical (4 business hours): due Monday 12:00, answered 14:00.
    desk.cases.open("Pro", "critical", "Outage", reference="P-1", at="2026-10-09T14:00Z")
    desk.cases.respond("P-1", "2026-10-12T12:00Z")
    text, figures = issue(desk, "Pro", OCTOBER, tmp_path)
    assert figures.sla is not None
    assert (figures.sla.attainment, figures.sla.breach) == (D("0.00"), True)
    assert figures.sla.credit == 0 and figures.sla.credit_pct is None
    assert "The SLA was not met: 0.00 % against a target of 99.50 %." in text
    assert "P-1" in text and "2026-10-12 12:00" in text and "2026-10-12 14:00" in text
    assert "service credit" not in text.lower()
    assert all(charge.kind != "service_credit" for charge in figures.charges)


def test_a_month_without_cases_says_so(desk, tmp_path: Path):
    # A case due in November does not count in October.
    desk.cases.open("Big", "low", "Later", reference="Z-3", at="2026-11-02T09:00Z")
    text, figures = issue(desk, "Big", OCTOBER, tmp_path)
    assert HEADING in text
    assert "No cases were due this month." in text
    assert figures.sla is not None and figures.sla.attainment is None
    assert figures.total_due == figures.fee


def test_an_unanswered_case_past_due_is_a_breach(desk, tmp_path: Path):
    desk.cases.open("Big", "critical", "Down", reference="Z-4", at="2026-10-30T09:00Z")
    text, figures = issue(desk, "Big", OCTOBER, tmp_path)
    assert figures.sla is not None and figures.sla.breach
    assert "No response" in text


def test_community_has_no_section(desk):
    with desk.sessions() as s:
        free = find_customer(s, "Free")
        assert sla_section(s, free, OCTOBER, desk.clock.now()) is None
    assert HEADING not in text_of(build_report(sample_data()).pdf)  # sla None: none shown


def test_the_stored_statement_carries_the_section_and_reexports_the_same(desk, tmp_path: Path):
    desk.cases.open("Big", "critical", "Down", reference="Z-5", at="2026-10-05T09:00Z")
    desk.cases.respond("Z-5", "2026-10-05T11:00Z")
    _, figures = issue(desk, "Big", OCTOBER, tmp_path)
    first = (tmp_path / f"Big-{OCTOBER.label}.pdf").read_bytes()
    stored = figures_to_json(figures)
    assert json.loads(stored)["format"] == 3
    assert figures_from_json(stored) == figures
    again = desk.reports.export("Big", OCTOBER, tmp_path / "again.pdf")
    assert again.matches_issued and (tmp_path / "again.pdf").read_bytes() == first


def test_figures_stored_before_the_section_load_without_it():
    document = json.loads(figures_to_json(sample_data()))
    document["format"] = 2
    del document["report"]["sla"]
    loaded = figures_from_json(json.dumps(document))
    assert loaded.sla is None and loaded == replace(sample_data(), sla=None)
