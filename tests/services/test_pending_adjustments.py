"""The adjustments waiting for the next report across the whole portfolio, on both
databases: only customers with an issued month can have any, the largest total (charge
or credit) comes first, and a report that carries them takes them off the list."""

from datetime import date
from decimal import Decimal
from pathlib import Path

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.statements import portfolio_pending

OCTOBER, NOVEMBER = Month(2026, 10), Month(2026, 11)
D = Decimal


def log(desk, customer, day, hours, category=Category.CONSULTING):
    return desk.ledger.log(NewEntry(customer, day, round(hours * 3600), category, "jdoe", "work"))


def pending(desk):
    with desk.sessions() as s:
        return portfolio_pending(s)


def test_only_customers_with_adjustments_are_listed_largest_first(desk, tmp_path: Path):
    for name in ("Credit", "Charge", "Quiet", "Open"):
        desk.portfolio.add_customer(NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 1)))
    credit = log(desk, "Credit", date(2026, 10, 5), 6)  # 2 h over: 1,000.00 billed
    charge = log(desk, "Charge", date(2026, 10, 5), 6)
    log(desk, "Quiet", date(2026, 10, 5), 6)
    log(desk, "Open", date(2026, 10, 5), 6)  # October never issued: nothing to adjust
    for name in ("Credit", "Charge", "Quiet"):
        desk.reports.issue(name, OCTOBER, tmp_path / f"{name}.pdf")
    assert pending(desk) == ()

    desk.ledger.correct(credit, 3 * 3600, "Booked twice")  # 2 h over become none
    desk.ledger.correct(charge, 7 * 3600, "An hour was missing")  # 1 h more over
    found = pending(desk)
    assert [(p.customer, p.total, p.months) for p in found] == [
        ("Credit", D("-1000.00"), (OCTOBER,)),
        ("Charge", D("500.00"), (OCTOBER,)),
    ]
    [line] = found[0].lines
    assert (line.month, line.kind, line.category, line.hours) == (
        "2026-10",
        "overage",
        "consulting",
        D("-2.00"),
    )
    assert "Booked twice" in line.reason
    # The same figures as the customer's own usage says.
    assert found[0].lines == desk.entitlements.usage("Credit", NOVEMBER).pending


def test_the_next_report_carries_them_off_the_list(desk, tmp_path: Path):
    desk.portfolio.add_customer(NewCustomer("Credit", Tier.PROFESSIONAL, date(2026, 1, 1)))
    entry = log(desk, "Credit", date(2026, 9, 7), 6)
    desk.reports.issue("Credit", Month(2026, 9), tmp_path / "september.pdf")
    desk.ledger.correct(entry, 3 * 3600, "Booked twice")
    assert [p.customer for p in pending(desk)] == ["Credit"]
    desk.reports.issue("Credit", OCTOBER, tmp_path / "october.pdf")
    assert pending(desk) == ()
    assert desk.dashboard.overview(NOVEMBER).pending == ()


def test_the_dashboard_lists_them(desk, tmp_path: Path):
    desk.portfolio.add_customer(NewCustomer("Credit", Tier.PROFESSIONAL, date(2026, 1, 1)))
    entry = log(desk, "Credit", date(2026, 10, 5), 6)
    desk.reports.issue("Credit", OCTOBER, tmp_path / "october.pdf")
    desk.ledger.correct(entry, 0, "Not our work")
    [waiting] = desk.dashboard.overview(NOVEMBER).pending
    assert (waiting.customer, waiting.total) == ("Credit", D("-1000.00"))


def test_home_counts_a_correction_in_its_entrys_month_as_usage_does(desk, tmp_path: Path):
    """A correction is dated in the next open month, but counts on the day of the entry
    it corrects: it never shows as overage of the month it was recorded in."""
    add = desk.portfolio.add_customer
    add(NewCustomer("Monthly", Tier.PROFESSIONAL, date(2026, 1, 1)))
    add(NewCustomer("Quarterly", Tier.ENTERPRISE, date(2026, 1, 1)))
    monthly = log(desk, "Monthly", date(2026, 10, 5), 6)
    log(desk, "Quarterly", date(2026, 10, 6), 20, Category.DEVELOPMENT)
    quarterly = log(desk, "Quarterly", date(2026, 10, 7), 20, Category.DEVELOPMENT)
    log(desk, "Quarterly", date(2026, 11, 3), 5, Category.DEVELOPMENT)  # 5 h over Q4's 40
    for name in ("Monthly", "Quarterly"):
        desk.reports.issue(name, OCTOBER, tmp_path / f"{name}.pdf")
    desk.ledger.correct(monthly, 11 * 3600, "Five hours were left out")  # October's
    desk.ledger.correct(quarterly, 10 * 3600, "Booked twice")  # Q4 now 35 h to date
    overview = desk.dashboard.overview(NOVEMBER)
    assert [o.customer for o in overview.overages] == []  # neither is over in November
    assert [a.customer for a in overview.allowance_alerts] == ["Quarterly"]  # 35 of 40 h
    [alert] = overview.allowance_alerts
    development = desk.entitlements.usage("Quarterly", NOVEMBER).allowances[1]
    assert (alert.used_seconds, development.used_seconds) == (35 * 3600, 35 * 3600)
    assert desk.entitlements.usage("Monthly", NOVEMBER).allowances[0].used_seconds == 0
    # Q4's overage was none as issued and is none now: only October's consulting moved.
    assert [(p.customer, p.total) for p in overview.pending] == [("Monthly", D("2500.00"))]
