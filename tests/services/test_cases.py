"""Support cases through the service: their life, the month's SLA and credit, the
import from a help desk (on SQLite and PostgreSQL)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path

import pytest

from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.sla import CaseState
from accountdesk.domain.tiers import Severity, Tier
from accountdesk.services.case_import import parse_mapping
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot

DATA = Path(__file__).parent.parent / "data"
OCTOBER = Month(2026, 10)


@pytest.fixture
def cases(desk):
    add = desk.portfolio.add_customer
    add(NewCustomer("Pro", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="Europe/Berlin"))
    add(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 5), timezone="UTC"))
    add(NewCustomer("Mid", Tier.PROFESSIONAL, date(2026, 1, 5), timezone="UTC"))
    add(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 5)))
    return desk


def test_a_case_lives_open_wait_escalate_respond_resolve(cases):
    c = cases.cases
    opened = c.open("Big", "P1", "Checkout down", reference="T-1", at="2026-11-26T09:00Z")
    assert opened.severity is Severity.CRITICAL and opened.target_minutes == 15
    assert opened.due == datetime(2026, 11, 26, 9, 15, tzinfo=UTC)
    assert opened.state is CaseState.BREACHED  # now is 12:00, nobody answered
    waited = c.wait("T-1", "2026-11-26T09:05Z", "2026-11-26T11:52Z")
    assert waited.due == datetime(2026, 11, 26, 12, 2, tzinfo=UTC)  # 13 of 15 min gone
    assert waited.state is CaseState.AT_RISK
    c.escalate("T-1", 2, "customer's CTO called")
    escalated = c.escalate("T-1", 3)
    assert escalated.escalation_level == 3
    assert [(e.from_level, e.to_level, e.reason) for e in escalated.escalations] == [
        (1, 2, "customer's CTO called"),
        (2, 3, ""),
    ]
    answered = c.respond("T-1", "2026-11-26T13:00+01:00")
    assert answered.state is CaseState.MET
    resolved = c.resolve("T-1", "2026-11-26T12:00Z")
    assert not resolved.is_open
    assert [x.reference for x in c.cases("Big", open_only=True)] == []
    assert [x.reference for x in c.cases(month=Month(2026, 11))] == ["T-1"]


def test_a_case_without_a_reference_gets_the_next_one(cases):
    first = cases.cases.open("Pro", "normal", "Question", at="2026-11-26T08:00Z")
    second = cases.cases.open("Pro", "low", "Another", at="2026-11-26T08:00Z")
    assert (first.reference, second.reference) == ("CASE-1", "CASE-2")


def test_community_cases_have_no_target(cases):
    case = cases.cases.open("Free", "urgent", "Help", at="2026-11-26T08:00Z")
    assert case.state is CaseState.NO_TARGET and case.due is None


@pytest.mark.parametrize(
    ("call", "field", "words"),
    [
        (lambda c: c.open("Big", "P1", "x", at="2026-11-26T09:00"), Field.AT, "no time zone"),
        (lambda c: c.open("Big", "P1", "x", at="2026-11-27T09:00Z"), Field.AT, "future"),
        (lambda c: c.open("Big", "P1", " ", at="2026-11-26T09:00Z"), Field.TITLE, "title"),
        (lambda c: c.open("Big", "Blocker", "x"), Field.SEVERITY, "not a severity"),
        (lambda c: c.open("Big", "P1", "x", at="2025-11-26T09:00Z"), Field.AT, "no contract"),
        (lambda c: c.open("Big", "P1", "x", reference="T-1"), Field.REFERENCE, "already has"),
        (lambda c: c.respond("T-1", "2026-11-26T07:00Z"), Field.AT, "before that"),
        (lambda c: c.respond("T-9", "2026-11-26T09:00Z"), Field.CASE, "no case"),
        (lambda c: c.wait("T-1", "2026-11-26T10:00Z", "2026-11-26T09:00Z"), Field.UNTIL, "after"),
        (lambda c: c.wait("T-1", "2026-11-26T10:00Z", "2026-11-27T09:00Z"), Field.UNTIL, "future"),
        (lambda c: c.escalate("T-1", 5), Field.LEVEL, "escalation level"),
        (lambda c: c.escalate("T-1", 1), Field.LEVEL, "already"),
        (lambda c: c.resolve("T-1", "2026-11-26T07:59Z"), Field.AT, "before that"),
    ],
)
def test_refusals_say_why_and_change_nothing(cases, call, field, words):
    cases.cases.open("Big", "P1", "Down", reference="T-1", at="2026-11-26T08:00Z")
    before = snapshot(cases)
    with pytest.raises(Refused, match=words) as refused:
        call(cases.cases)
    assert refused.value.field is field
    assert snapshot(cases) == before


def test_a_reference_two_customers_share_is_named_with_its_customer(cases):
    cases.cases.open("Big", "P2", "One", reference="42", at="2026-11-26T08:00Z")
    cases.cases.open("Mid", "P2", "Two", reference="42", at="2026-11-26T08:00Z")
    with pytest.raises(Refused, match="Big:42") as refused:
        cases.cases.respond("42", "2026-11-26T09:00Z")
    assert refused.value.field is Field.CASE
    assert cases.cases.respond("Mid:42", "2026-11-26T09:00Z").customer == "Mid"
    assert cases.cases.case("Big:42").first_response_at is None


# The month's SLA: attainment and credit.


def test_no_case_due_no_attainment_no_credit(cases):
    sla = cases.cases.sla("Big", OCTOBER)
    assert sla.figures.due == 0 and sla.figures.attainment is None
    assert not sla.figures.breach and sla.figures.credit == Decimal("0.00")
    assert sla.figures.target == Decimal("99.90")


def test_all_met_and_exactly_at_target_is_met(cases):
    c = cases.cases
    # Professional critical: 4 business hours, Berlin. Monday 09:00 -> 13:00 exactly.
    c.open("Pro", "critical", "a", reference="A", at="2026-10-05T09:00+02:00")
    c.respond("A", "2026-10-05T13:00+02:00")
    c.open("Pro", "high", "b", reference="B", at="2026-10-09T16:00+02:00")  # a Friday
    c.respond("B", "2026-10-12T15:00+02:00")  # 1 h Friday + 6 h Monday < 8 h
    sla = c.sla("Pro", OCTOBER)
    assert (sla.figures.due, sla.figures.met, sla.figures.attainment) == (2, 2, Decimal("100.00"))
    assert not sla.figures.breach


def test_one_breach_on_enterprise_credits_ten_percent_of_the_fee(cases):
    c = cases.cases
    c.open("Big", "critical", "a", reference="A", at="2026-10-05T10:00Z")
    c.respond("A", "2026-10-05T10:10Z")
    c.open("Big", "critical", "b", reference="B", at="2026-10-06T10:00Z")
    c.respond("B", "2026-10-06T10:30Z")
    sla = c.sla("Big", OCTOBER)
    assert sla.figures.attainment == Decimal("50.00") and sla.figures.breach
    assert sla.fee == Decimal("25000.00") and sla.figures.credit == Decimal("2500.00")
    assert [b.reference for b in sla.breaches] == ["B"]


def test_a_contract_percentage_sets_the_credit(cases):
    cases.cases.open("Big", "critical", "b", reference="B", at="2026-10-06T10:00Z")
    assert cases.cases.set_service_credit("Big", Decimal("12.5")) == Decimal("12.5")
    assert cases.cases.sla("Big", OCTOBER).figures.credit == Decimal("3125.00")
    with pytest.raises(Refused, match="no service credit") as refused:
        cases.cases.set_service_credit("Pro", Decimal(5))
    assert refused.value.field is Field.SERVICE_CREDIT


def test_professional_breach_is_reported_without_credit(cases):
    c = cases.cases
    c.open("Pro", "critical", "a", reference="A", at="2026-10-05T09:00+02:00")
    c.respond("A", "2026-10-06T10:00+02:00")  # 9 business hours
    sla = c.sla("Pro", OCTOBER)
    assert sla.figures.attainment == Decimal("0.00") and sla.figures.breach
    assert sla.figures.credit == Decimal("0.00") and sla.figures.credit_pct is None


def test_tier_change_mid_month_runs_each_case_on_the_tier_at_opening(cases):
    cases.portfolio.change_tier("Mid", Tier.ENTERPRISE, date(2026, 10, 16))
    c = cases.cases
    c.open("Mid", "critical", "before", reference="A", at="2026-10-05T09:00Z")
    c.respond("A", "2026-10-05T09:30Z")  # 30 min: met on Professional's 4 h
    c.open("Mid", "critical", "after", reference="B", at="2026-10-20T09:00Z")
    c.respond("B", "2026-10-20T09:30Z")  # 30 min: late on Enterprise's 15 min
    sla = c.sla("Mid", OCTOBER)
    assert [(x.reference, x.tier, x.state) for x in sla.cases] == [
        ("A", Tier.PROFESSIONAL, CaseState.MET),
        ("B", Tier.ENTERPRISE, CaseState.BREACHED),
    ]
    # 5,000 x 15/31 + 25,000 x 16/31 = 15,322.58; the credit is 10 % of it.
    assert sla.fee == Decimal("15322.58") and sla.figures.credit == Decimal("1532.26")


def test_an_unanswered_case_counts_once_past_due(cases):
    c = cases.cases
    c.open("Big", "critical", "a", reference="A", at="2026-10-30T23:50Z")  # due 31st 00:05
    c.open("Big", "normal", "b", reference="B", at="2026-11-26T11:00Z")  # due in November
    sla = c.sla("Big", OCTOBER)
    assert [x.reference for x in sla.cases] == ["A"] and sla.figures.attainment == 0


# Import from a help desk.


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


HEADER = "reference,customer,title,severity,opened,first_response,resolved\n"


def test_import_is_idempotent_and_an_updated_export_updates(cases, tmp_path):
    rows = (
        "Z-1,Big,Down,Urgent,2026-10-05T10:00Z,2026-10-05T10:10Z,\n"
        "Z-2,Pro,Slow,P3,2026-10-06T10:00+02:00,,\n"
    )
    path = write(tmp_path / "cases.csv", HEADER + rows)
    first = cases.cases.import_cases(path)
    assert (first.added, first.updated, first.unchanged) == (2, 0, 0)
    before = snapshot(cases)
    again = cases.cases.import_cases(path)
    assert (again.added, again.updated, again.unchanged) == (0, 0, 2)
    assert snapshot(cases) == before
    cases.cases.escalate("Z-2", 2, "kept")
    updated = write(
        tmp_path / "cases2.csv",
        HEADER + rows.replace(",,\n", ",2026-10-06T11:00+02:00,2026-10-07T09:00Z\n"),
    )
    result = cases.cases.import_cases(updated)
    assert (result.added, result.updated, result.unchanged) == (0, 1, 1)
    z2 = cases.cases.case("Z-2")
    assert z2.first_response_at == datetime(2026, 10, 6, 9, 0, tzinfo=UTC)
    assert z2.escalation_level == 2 and z2.escalations[0].reason == "kept"


@pytest.mark.parametrize(
    ("row", "words"),
    [
        ("Z-3,Big,x,P1,2026-10-05T10:00,,", "line 3: the opened time '2026-10-05T10:00' says no"),
        ("Z-3,Nobody,x,P1,2026-10-05T10:00Z,,", "line 3: there is no customer"),
        ("Z-3,Big,x,Blocker,2026-10-05T10:00Z,,", "line 3: 'Blocker' is not a severity"),
        ("Z-3,Big,x,P1,2026-10-05T10:00Z,2026-10-05T09:00Z,", "line 3: the case was answered"),
        ("Z-1,Big,x,P1,2026-10-05T10:00Z,,", "line 3: case Z-1 of Big is on line 2"),
        ("Z-3,Big,x,P1,,,", "line 3: the opened is empty"),
    ],
)
def test_a_bad_row_is_named_by_its_line_and_nothing_is_imported(cases, tmp_path, row, words):
    path = write(
        tmp_path / "cases.csv", HEADER + "Z-1,Big,ok,P1,2026-10-05T10:00Z,,\n" + row + "\n"
    )
    before = snapshot(cases)
    with pytest.raises(Refused) as refused:
        cases.cases.import_cases(path)
    assert f"cases.csv {words}" in str(refused.value)
    assert snapshot(cases) == before


@pytest.fixture
def help_desk_customers(desk):
    add = desk.portfolio.add_customer
    add(NewCustomer("Acme Corp", Tier.ENTERPRISE, date(2026, 1, 1), timezone="Europe/Berlin"))
    add(NewCustomer("Globex", Tier.PROFESSIONAL, date(2026, 1, 1), timezone="UTC"))
    return desk


def test_a_zendesk_export_imports_through_its_mapping(help_desk_customers):
    c = help_desk_customers.cases
    mapping = parse_mapping(DATA / "zendesk_tickets.toml")
    result = c.import_cases(DATA / "zendesk_tickets.csv", mapping)
    assert (result.added, result.updated, result.unchanged) == (3, 0, 0)
    down = c.case("4711")
    assert (down.customer, down.severity, down.engineer) == (
        "Acme Corp",
        Severity.CRITICAL,
        "Jo Smith",
    )
    assert down.opened_at == datetime(2026, 10, 5, 7, 12, 44, tzinfo=UTC)
    assert down.first_response_at == down.opened_at + timedelta(minutes=11)
    assert down.state is CaseState.MET  # 11 minutes for a 15-minute target
    again = c.import_cases(DATA / "zendesk_tickets.csv", mapping)
    assert again.unchanged == 3


def test_a_jira_export_imports_through_its_mapping(help_desk_customers):
    c = help_desk_customers.cases
    mapping = parse_mapping(DATA / "jira_issues.toml")
    result = c.import_cases(DATA / "jira_issues.csv", mapping)
    assert result.added == 3
    webhook = c.case("SUP-101")
    assert webhook.severity is Severity.CRITICAL and webhook.state is CaseState.MET
    assert webhook.opened_at == datetime(2026, 10, 5, 7, 20, tzinfo=UTC)  # 09:20 in Berlin
    assert c.case("SUP-103").severity is Severity.LOW
    assert c.case("SUP-102").resolved_at is None


def test_jira_times_without_the_mappings_zone_are_refused(help_desk_customers, tmp_path):
    text = (DATA / "jira_issues.toml").read_text().replace('timezone = "Europe/Berlin"\n', "")
    mapping = parse_mapping(write(tmp_path / "jira.toml", text))
    with pytest.raises(Refused, match=r"jira_issues\.csv line 2: the opened time .* says no time"):
        help_desk_customers.cases.import_cases(DATA / "jira_issues.csv", mapping)


def test_a_severity_map_alone_maps_severities(help_desk_customers, tmp_path):
    mapping = parse_mapping(write(tmp_path / "map.toml", 'Blocker = "critical"\n'))
    path = write(tmp_path / "c.csv", HEADER + "B-1,Globex,x,Blocker,2026-10-05T10:00Z,,\n")
    help_desk_customers.cases.import_cases(path, mapping)
    assert help_desk_customers.cases.case("B-1").severity is Severity.CRITICAL


def test_the_portfolio_attainment_counts_every_customer_with_an_sla(cases):
    c = cases.cases
    c.open("Big", "critical", "a", reference="A", at="2026-10-05T10:00Z")
    c.respond("A", "2026-10-05T10:10Z")
    c.open("Pro", "critical", "b", reference="B", at="2026-10-05T09:00+02:00")
    c.respond("B", "2026-10-06T10:00+02:00")  # late
    c.open("Mid", "critical", "c", reference="C", at="2026-10-05T09:00Z")
    c.respond("C", "2026-10-05T09:30Z")
    c.open("Free", "critical", "d", reference="D", at="2026-10-05T09:00Z")  # no SLA
    month = c.sla("Free", OCTOBER)
    assert month.tier is Tier.COMMUNITY and month.figures.target is None
    portfolio = c.portfolio_sla(OCTOBER)
    assert [x.customer for x in portfolio.customers] == ["Big", "Mid", "Pro"]
    assert (portfolio.due, portfolio.met, portfolio.attainment) == (3, 2, Decimal("66.67"))


def test_a_case_that_waited_weeks_falls_due_in_the_month_its_clock_ran_out(cases):
    c = cases.cases
    # Opened on 1 September; the customer kept it waiting until 20 October, so its 48
    # business hours ran out late in October: October's case, not September's.
    c.open("Pro", "low", "Licence question", reference="W-1", at="2026-09-01T08:00Z")
    c.wait("W-1", "2026-09-01T09:00Z", "2026-10-20T09:00Z")
    answered = c.respond("W-1", "2026-10-21T09:00Z")
    assert answered.due is not None and Month.of(answered.due.date()) == OCTOBER
    # Opened the same day and never waited: due (and breached) in September.
    c.open("Pro", "low", "Other question", reference="W-2", at="2026-09-01T08:00Z")
    c.respond("W-2", "2026-10-21T09:00Z")
    october = c.sla("Pro", OCTOBER)
    assert [x.reference for x in october.cases] == ["W-1"]
    assert (october.figures.due, october.figures.met) == (1, 1)
    assert [x.reference for x in c.sla("Pro", Month(2026, 9)).cases] == ["W-2"]
    portfolio = c.portfolio_sla(OCTOBER)
    assert [(x.customer, x.figures.due) for x in portfolio.customers] == [("Pro", 1)]
