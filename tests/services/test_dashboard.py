"""The Home dashboard through the service, on both databases: overage by customer,
allowances past 80 %, overdue reviews, renewals, hours by month; the same figures as
each customer's own usage; a fixed number of queries however big the portfolio."""

from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import delete, event

from accountdesk.app import open_desk
from accountdesk.db import models as m
from accountdesk.domain.clock import FixedClock
from accountdesk.domain.errors import Refused
from accountdesk.domain.forecast import Level, level
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewKind, ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer

NOVEMBER = Month(2026, 11)
TODAY = date(2026, 11, 26)


def log(desk, customer, day, hours, category=Category.CONSULTING):
    desk.ledger.log(NewEntry(customer, day, round(hours * 3600), category, "jdoe", "work"))


@pytest.fixture
def portfolio(desk):
    add = desk.portfolio.add_customer
    add(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    add(NewCustomer("Beta", Tier.PROFESSIONAL, date(2026, 1, 1)))
    add(NewCustomer("Gamma", Tier.ENTERPRISE, date(2026, 1, 1)))
    add(NewCustomer("Delta", Tier.PROFESSIONAL, date(2026, 1, 1), end=TODAY + timedelta(30)))
    add(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 1)))
    add(NewCustomer("Gone", Tier.PROFESSIONAL, date(2025, 1, 1), end=date(2026, 6, 30)))
    add(NewCustomer("Later", Tier.ENTERPRISE, date(2026, 1, 1), end=TODAY + timedelta(61)))
    log(desk, "Acme", date(2026, 11, 3), 4)
    log(desk, "Acme", date(2026, 11, 20), 2.5)  # the worked example: 2.50 h over
    log(desk, "Beta", date(2026, 11, 10), 3.5)  # 87.5 %: amber, no overage
    for day in (5, 6, 7, 8):
        log(desk, "Gamma", date(2026, 10, day), 10, Category.DEVELOPMENT)  # 40 h in October
    log(desk, "Gamma", date(2026, 11, 9), 5, Category.DEVELOPMENT)  # 5 h over, in November
    log(desk, "Gamma", date(2026, 11, 9), 2)  # consulting 2 of 20 h: fine
    log(desk, "Delta", date(2026, 11, 2), 1)
    return desk


def test_overage_by_customer_largest_charge_first(portfolio):
    overview = portfolio.dashboard.overview(NOVEMBER)
    assert [(o.customer, o.overage_seconds, o.charge) for o in overview.overages] == [
        ("Gamma", Decimal(5 * 3600), Decimal("2000.00")),
        ("Acme", Decimal(2.5 * 3600), Decimal("1250.00")),
    ]
    assert overview.overage_total == Decimal("3250.00")


def test_overage_falls_in_the_month_the_allowance_was_crossed(portfolio):
    october = portfolio.dashboard.overview(Month(2026, 10))
    assert october.overages == ()  # Gamma's 40 h were exactly the quarter's allowance
    assert [(a.customer, a.level) for a in october.allowance_alerts] == [
        ("Gamma", Level.NEARLY_USED)
    ]


def test_allowances_past_80_percent_fullest_first(portfolio):
    alerts = portfolio.dashboard.overview(NOVEMBER).allowance_alerts
    assert [(a.customer, a.category, a.level) for a in alerts] == [
        ("Acme", Category.CONSULTING, Level.OVER),  # 163 %
        ("Gamma", Category.DEVELOPMENT, Level.OVER),  # 113 % of the quarter
        ("Beta", Category.CONSULTING, Level.NEARLY_USED),  # 88 %
    ]
    acme = alerts[0]
    assert (acme.used_seconds, acme.included_hours, acme.period) == (
        6.5 * 3600,
        Decimal("4.00"),
        NOVEMBER,
    )
    assert alerts[1].period.label == "2026-Q4"


def test_renewals_are_contracts_ending_within_60_days(portfolio):
    renewals = portfolio.dashboard.overview(NOVEMBER).renewals
    assert [(r.customer, r.tier, r.ends, r.days_left) for r in renewals] == [
        ("Delta", Tier.PROFESSIONAL, date(2026, 12, 26), 30)
    ]


def test_overdue_reviews_are_planned_ones_whose_time_passed_in_the_customers_zone(db_url, desk):
    for name, timezone in (("Zeta", "UTC"), ("West", "America/Los_Angeles")):
        desk.portfolio.add_customer(
            NewCustomer(name, Tier.PROFESSIONAL, date(2026, 1, 26), timezone=timezone)
        )
    # Planned back in October, so that some of them are past by now.
    earlier = open_desk(db_url, clock=FixedClock(date(2026, 10, 1)), user="tester")
    try:
        earlier.reviews.plan(until=date(2026, 11, 30))
    finally:
        earlier.close()
    # Today the QBR has the day (one review a day); the monthly review is tomorrow.
    assert [r.kind for r in desk.reviews.reviews("Zeta") if r.due == TODAY] == [ReviewKind.QBR]
    tomorrow = next(r for r in desk.reviews.reviews("Zeta") if r.due > TODAY)
    with pytest.raises(Refused):  # not held before its time
        desk.reviews.mark(tomorrow.id, ReviewState.HELD, notes="Went well")

    overdue = desk.dashboard.overview(NOVEMBER).overdue_reviews
    # Zeta: 26 Oct and today's 10:00 UTC QBR (now is 12:00 UTC).
    # West: 26 Oct only; today's QBR is at 10:00 in Los Angeles, 18:00 UTC.
    assert [
        (o.customer, o.count, o.oldest_due, o.oldest_kind, o.days_overdue) for o in overdue
    ] == [
        ("Zeta", 2, date(2026, 10, 26), ReviewKind.ARCHITECTURE_REVIEW, 31),
        ("West", 1, date(2026, 10, 26), ReviewKind.ARCHITECTURE_REVIEW, 31),
    ]  # oldest first; as old, more of them first


def test_an_empty_portfolio_has_nothing_to_show(desk):
    overview = desk.dashboard.overview(NOVEMBER)
    assert overview.customers == 0
    assert (overview.overages, overview.allowance_alerts, overview.renewals) == ((), (), ())
    assert overview.overdue_reviews == ()
    months = desk.dashboard.hours_by_month(NOVEMBER)
    assert len(months) == 12 and all(m.total_seconds == 0 for m in months)


def test_hours_by_month_for_the_whole_portfolio_per_category(portfolio):
    months = portfolio.dashboard.hours_by_month(NOVEMBER)
    assert [m.month.label for m in months] == [
        "2025-12",
        *(f"2026-{n:02d}" for n in range(1, 12)),
    ]
    november, october = months[-1], months[-2]
    assert november.seconds[Category.CONSULTING] == (4 + 2.5 + 3.5 + 2 + 1) * 3600
    assert november.seconds[Category.DEVELOPMENT] == 5 * 3600
    assert october.seconds == {c: (40 * 3600 if c is Category.DEVELOPMENT else 0) for c in Category}
    assert all(m.total_seconds == 0 for m in months[:-2])


def test_hours_by_month_can_span_a_shorter_window(portfolio):
    months = portfolio.dashboard.hours_by_month(Month(2027, 1), months=3)
    assert [m.month.label for m in months] == ["2026-11", "2026-12", "2027-01"]
    assert months[0].total_seconds == 18 * 3600


def test_the_dashboard_agrees_with_each_customers_own_usage(sqlite_desk, clock):
    """The whole-portfolio sums follow the same rules as one customer's usage: rollover,
    tier changes, quarters and corrections included (the demo has them all)."""
    generate_demo(sqlite_desk.sessions, clock, customers=40, months=8, seed=7)
    customers = sqlite_desk.portfolio.customers()
    seen = {"overage": 0, "alerts": 0}
    for month in (NOVEMBER, Month(2026, 10), Month(2026, 7)):
        overview = sqlite_desk.dashboard.overview(month)
        charges = {o.customer_id: o.charge for o in overview.overages}
        alerted = {a.customer_id: a for a in overview.allowance_alerts}
        for customer in customers:
            usage = sqlite_desk.entitlements.usage(customer.id, month)
            assert charges.get(customer.id, Decimal(0)) == usage.overage_total, customer.name
            levels = [level(a.included_hours, a.used_seconds) for a in usage.allowances]
            assert (customer.id in alerted) == any(x is not Level.FINE for x in levels)
        seen["overage"] += len(overview.overages)
        seen["alerts"] += len(overview.allowance_alerts)
    assert seen["overage"] and seen["alerts"], "the comparison must not be an empty one"


def test_a_fixed_number_of_queries_however_many_customers(sqlite_desk, clock):
    def statements(run):
        said: list[str] = []

        def counted(_conn, _cursor, statement, *_):
            said.append(statement)

        event.listen(sqlite_desk.engine, "before_cursor_execute", counted)
        try:
            run()
        finally:
            event.remove(sqlite_desk.engine, "before_cursor_execute", counted)
        return said

    def queries(run):
        return len(statements(run))

    def with_nothing_kept():
        with sqlite_desk.sessions.begin() as s:
            s.execute(delete(m.AllowanceFigures))
        return queries(lambda: sqlite_desk.dashboard.overview(NOVEMBER))

    generate_demo(sqlite_desk.sessions, clock, customers=60, months=6, seed=3)
    small = with_nothing_kept()
    for index in range(40):
        sqlite_desk.portfolio.add_customer(
            NewCustomer(f"Extra {index}", Tier.PROFESSIONAL, date(2026, 1, 1))
        )
        log(sqlite_desk, f"Extra {index}", date(2026, 11, 2), 5)
    big = with_nothing_kept()
    assert small == big <= 15  # the rules' answers written too: one statement
    # Nothing changed since: the answers as kept, nothing run again, nothing written.
    again = statements(lambda: sqlite_desk.dashboard.overview(NOVEMBER))
    assert len(again) < big
    assert not [s for s in again if s.lstrip().upper().startswith(("INSERT", "DELETE"))]
    # The sums by day, and the corrections moved to the month of the entry they correct.
    assert queries(lambda: sqlite_desk.dashboard.hours_by_month(NOVEMBER)) <= 3
