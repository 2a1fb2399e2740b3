"""Allowances, overage and fees through the service, on both databases (worked examples
from the rules, to the cent)."""

from datetime import date
from decimal import Decimal

import pytest

from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import UNLIMITED, Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer


def log(desk, day, hours, category=Category.CONSULTING, customer="Acme"):
    desk.ledger.log(NewEntry(customer, day, int(hours * 3600), category, "jdoe", "work"))


def figures(usage, category):
    (a,) = [a for a in usage.allowances if a.category is category]
    return (
        a.period.label,
        str(a.included_hours),
        str(a.used_hours),
        str(a.remaining_hours),
        str(a.overage_hours),
        str(a.overage_rate),
        str(a.overage_charge),
    )


def test_professional_six_and_a_half_hours_is_two_and_a_half_overage(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    log(desk, date(2026, 11, 3), 4)
    log(desk, date(2026, 11, 20), 2.5)
    usage = desk.entitlements.usage("Acme", Month(2026, 11))
    assert figures(usage, Category.CONSULTING) == (
        "2026-11",
        "4.00",
        "6.50",
        "0.00",
        "2.50",
        "500.00",
        "1250.00",
    )
    assert usage.overage_total == Decimal("1250.00")
    assert usage.fee == Decimal("5000.00")
    assert [a.category for a in usage.allowances] == [Category.CONSULTING]


def test_upgrade_mid_month_prorates_allowances_and_fee(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    usage = desk.entitlements.usage("Acme", Month(2026, 11))
    assert usage.fee == Decimal("15000.00")
    assert figures(usage, Category.CONSULTING)[1] == "12.00"
    assert figures(usage, Category.DEVELOPMENT)[:2] == ("2026-Q4", "20.00")


def test_quarterly_overage_falls_in_the_month_the_allowance_was_crossed(desk):
    desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, date(2026, 1, 1)))
    for day in (12, 13, 14):
        log(desk, date(2026, 10, day), 10, Category.DEVELOPMENT, "Big")
    log(desk, date(2026, 11, 9), 15, Category.DEVELOPMENT, "Big")  # crosses 40 h by 5
    log(desk, date(2026, 11, 20), 5, Category.DEVELOPMENT, "Big")
    by_month = {
        month: figures(desk.entitlements.usage("Big", Month(2026, month)), Category.DEVELOPMENT)
        for month in (10, 11)
    }
    # No overage in October: no overage line, so no rate either.
    assert by_month[10] == ("2026-Q4", "40.00", "30.00", "10.00", "0.00", "None", "0.00")
    assert by_month[11] == ("2026-Q4", "40.00", "50.00", "0.00", "10.00", "400.00", "4000.00")


def test_overage_is_charged_at_the_rate_of_the_tier_in_force_on_the_entry_date(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    log(desk, date(2026, 11, 2), 12)  # the whole 12.00 h prorated allowance
    log(desk, date(2026, 11, 10), 1)  # 1 h over, Professional day: 500
    log(desk, date(2026, 11, 20), 2)  # 2 h over, Enterprise day: 2 x 400
    usage = desk.entitlements.usage("Acme", Month(2026, 11))
    # Two rates in the month: no single rate, one line per rate adding up to the total.
    assert figures(usage, Category.CONSULTING)[4:] == ("3.00", "None", "1300.00")
    (consulting,) = [a for a in usage.allowances if a.category is Category.CONSULTING]
    assert [
        (str(line.hours), str(line.rate), str(line.charge), line.tier)
        for line in consulting.overage_lines
    ] == [
        ("1.00", "500.00", "500.00", Tier.PROFESSIONAL),
        ("2.00", "400.00", "800.00", Tier.ENTERPRISE),
    ]


def test_unused_hours_do_not_roll_over_unless_the_contract_says_so(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.portfolio.add_customer(
        NewCustomer("Carry", Tier.PROFESSIONAL, date(2026, 1, 1), rollover=True)
    )
    for name in ("Acme", "Carry"):
        log(desk, date(2026, 10, 5), 1, customer=name)  # 3 h unused in October
        log(desk, date(2026, 11, 5), 6, customer=name)
    plain = desk.entitlements.usage("Acme", Month(2026, 11))
    carried = desk.entitlements.usage("Carry", Month(2026, 11))
    assert figures(plain, Category.CONSULTING)[1:5] == ("4.00", "6.00", "0.00", "2.00")
    # Only October's unused hours carry, and at most one month's allowance (4 h) of them.
    assert figures(carried, Category.CONSULTING)[1:5] == ("8.00", "6.00", "2.00", "0.00")


def test_days_outside_the_contract_carry_no_allowance_and_no_fee(desk):
    desk.portfolio.add_customer(
        NewCustomer("Late", Tier.PROFESSIONAL, date(2026, 11, 16), end=date(2027, 3, 31))
    )
    usage = desk.entitlements.usage("Late", Month(2026, 11))
    assert usage.fee == Decimal("2500.00")
    assert figures(usage, Category.CONSULTING)[1] == "2.00"
    after = desk.entitlements.usage("Late", Month(2027, 4))
    assert after.fee == Decimal("0.00")
    assert after.allowances == ()


def test_per_contract_fee_is_used_for_the_period(desk):
    desk.portfolio.add_customer(
        NewCustomer("Acme", Tier.ENTERPRISE, date(2026, 1, 1), monthly_fee=Decimal("31000.00"))
    )
    assert desk.entitlements.usage("Acme", Month(2026, 11)).fee == Decimal("31000.00")


@pytest.mark.parametrize(
    ("tier", "named", "seats"),
    [
        (Tier.PROFESSIONAL, 10, 2),
        (Tier.ENTERPRISE, UNLIMITED, UNLIMITED),
    ],
)
def test_seats_used_are_counted_against_the_tier(desk, tier, named, seats):
    desk.portfolio.add_customer(NewCustomer("Acme", tier, date(2026, 1, 1)))
    desk.portfolio.add_contact("Acme", "A", "a@acme.test", named=True, training_seat=True)
    desk.portfolio.add_contact("Acme", "B", "b@acme.test", named=True)
    seats = {
        s.item: (s.included, s.used) for s in desk.entitlements.usage("Acme", Month(2026, 11)).seats
    }
    assert seats["named_contacts"] == (named, 2)
    assert seats["online_training_seats"] == (seats["online_training_seats"][0], 1)
    assert seats["online_training_seats"][0] == (2 if tier is Tier.PROFESSIONAL else UNLIMITED)


def test_onsite_sessions_count_per_contract_year(desk):
    desk.portfolio.add_customer(NewCustomer("Big", Tier.ENTERPRISE, date(2025, 3, 1)))
    log(desk, date(2026, 2, 10), 8, Category.ONSITE, "Big")  # contract year 1
    log(desk, date(2026, 4, 10), 8, Category.ONSITE, "Big")  # contract year 2
    log(desk, date(2026, 4, 10), 4, Category.ONSITE, "Big")  # same visit, second engineer
    seats = {s.item: s for s in desk.entitlements.usage("Big", Month(2026, 11)).seats}
    assert (seats["onsite_training_sessions"].included, seats["onsite_training_sessions"].used) == (
        2,
        1,
    )
    assert seats["onsite_training_sessions"].period == "2026-03-01/2027-03-01"


def test_incident_hours_are_tracked_but_never_billed(desk):
    desk.portfolio.add_customer(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1)))
    log(desk, date(2026, 11, 3), 10, Category.INCIDENT)
    usage = desk.entitlements.usage("Acme", Month(2026, 11))
    assert usage.hours_by_category[Category.INCIDENT] == 10 * 3600
    assert usage.overage_total == Decimal("0.00")
