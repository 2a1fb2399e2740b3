"""Editing customers, previewing a tier change, and the customers table in bulk."""

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import event

from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


def add(desk, name="Acme", tier=Tier.PROFESSIONAL, start=date(2026, 1, 1), **kw):
    return desk.portfolio.add_customer(NewCustomer(name, tier, start, **kw))


def log(desk, customer, day, hours, category=Category.CONSULTING):
    return desk.ledger.log(NewEntry(customer, day, int(hours * 3600), category, "Tom", "work"))


# ---------------------------------------------------------------- update_customer


def test_update_customer_changes_the_details_and_keeps_the_history(desk):
    new_id = add(desk, end=date(2026, 12, 31))
    detail = desk.portfolio.update_customer(
        new_id,
        {
            "name": "Acme Europe",
            "timezone": "Europe/Berlin",
            "language": "DE",
            "csm": "  Ann ",
            "tam": "",
            "holiday_calendar": "de",
            "end": date(2027, 12, 31),
        },
    )
    assert detail.name == "Acme Europe"
    assert (detail.timezone, detail.language, detail.holiday_calendar) == (
        "Europe/Berlin",
        "de",
        "DE",
    )
    assert (detail.summary.csm, detail.summary.tam) == ("Ann", None)
    assert detail.summary.end == date(2027, 12, 31)
    assert [(t.tier, t.effective_from) for t in detail.terms] == [
        (Tier.PROFESSIONAL, date(2026, 1, 1))
    ]
    assert desk.portfolio.customer("Acme Europe").id == new_id


def test_moving_the_start_moves_the_first_term(desk):
    new_id = add(desk)
    detail = desk.portfolio.update_customer(new_id, {"start": date(2025, 7, 1)})
    assert detail.summary.start == date(2025, 7, 1)
    assert detail.terms[0].effective_from == date(2025, 7, 1)


def test_a_customer_may_change_the_case_of_its_own_name(desk):
    new_id = add(desk)
    assert desk.portfolio.update_customer(new_id, {"name": "ACME"}).name == "ACME"


def test_nothing_changed_is_not_an_error(desk):
    new_id = add(desk)
    before = snapshot(desk)
    desk.portfolio.update_customer(new_id, {"name": "Acme", "language": "en"})
    assert snapshot(desk) == before


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"name": "BETA"}, "called 'Beta' already exists"),
        ({"timezone": "Mars/Olympus"}, "not a time zone"),
        ({"language": "english"}, "not a language code"),
        ({"end": date(2025, 12, 31)}, "cannot end"),
        ({"holiday_calendar": "XX"}, "not a holiday calendar"),
        ({"tier": Tier.ENTERPRISE}, "change with a tier change"),
        ({"monthly_fee": Decimal(1)}, "change with a tier change"),
        ({"colour": "red"}, "colour cannot be changed"),
    ],
)
def test_bad_edit_is_refused_and_nothing_changes(desk, change, message):
    new_id = add(desk)
    add(desk, name="Beta")
    before = snapshot(desk)
    with pytest.raises(Refused, match=message):
        desk.portfolio.update_customer(new_id, change)
    assert snapshot(desk) == before


def test_contract_dates_must_keep_every_entry_inside(desk):
    new_id = add(desk)
    log(desk, "Acme", date(2026, 3, 10), 2)
    log(desk, "Acme", date(2026, 4, 2), 1)
    before = snapshot(desk)
    with pytest.raises(Refused, match=r"2 hours entries \(2026-03-10 to 2026-04-02\) outside"):
        desk.portfolio.update_customer(new_id, {"start": date(2026, 5, 1)})
    with pytest.raises(Refused, match="1 hours entry"):
        desk.portfolio.update_customer(new_id, {"end": date(2026, 3, 31)})
    assert snapshot(desk) == before


def test_contract_dates_must_keep_every_tier_change_inside(desk):
    new_id = add(desk)
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 6, 1))
    before = snapshot(desk)
    with pytest.raises(Refused, match="changes to Enterprise on 2026-06-01"):
        desk.portfolio.update_customer(new_id, {"start": date(2026, 6, 1)})
    with pytest.raises(Refused, match="changes to Enterprise on 2026-06-01"):
        desk.portfolio.update_customer(new_id, {"end": date(2026, 5, 31)})
    assert snapshot(desk) == before


def test_contract_dates_cannot_change_an_issued_month(desk):
    new_id = add(desk, start=date(2026, 2, 10))
    desk.ledger.lock_month("Acme", Month(2026, 2))
    before = snapshot(desk)
    with pytest.raises(Refused, match="report for 2026-02 is already issued"):
        desk.portfolio.update_customer(new_id, {"start": date(2026, 2, 1)})
    assert snapshot(desk) == before
    # A change that leaves February's days as they were is fine.
    assert desk.portfolio.update_customer(new_id, {"end": date(2027, 1, 31)}).summary.end


def test_rollover_cannot_be_switched_once_a_month_is_issued(desk):
    new_id = add(desk)
    desk.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(desk)
    with pytest.raises(Refused, match="switching rollover"):
        desk.portfolio.update_customer(new_id, {"rollover": True})
    assert snapshot(desk) == before


# ---------------------------------------------------------------- preview_tier_change


def test_preview_shows_the_prorated_month_and_saves_nothing(desk):
    add(desk)
    before = snapshot(desk)
    was, will = desk.portfolio.preview_tier_change("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    assert snapshot(desk) == before
    assert (was.fee, will.fee) == (Decimal("5000.00"), Decimal("15000.00"))
    included = {a.category: a.included_hours for a in will.allowances}
    assert {a.category: a.included_hours for a in was.allowances} == {
        Category.CONSULTING: Decimal("4.00")
    }
    assert included == {
        Category.CONSULTING: Decimal("12.00"),
        Category.DEVELOPMENT: Decimal("20.00"),
    }
    assert will.tiers == (Tier.PROFESSIONAL, Tier.ENTERPRISE)
    # And the change itself gives what the preview promised.
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    assert desk.entitlements.usage("Acme", Month(2026, 11)) == will


def test_preview_with_a_contract_price(desk):
    add(desk)
    _, will = desk.portfolio.preview_tier_change(
        "Acme", Tier.ENTERPRISE, date(2026, 11, 16), Decimal("30000")
    )
    assert will.fee == Decimal("17500.00")


@pytest.mark.parametrize(
    ("tier", "effective", "message"),
    [
        (Tier.ENTERPRISE, date(2025, 12, 1), "outside Acme's contract"),
        (Tier.PROFESSIONAL, date(2026, 11, 20), "already on Professional"),
        (Tier.ENTERPRISE, date(2026, 10, 20), "already issued"),
    ],
)
def test_preview_refuses_what_the_change_refuses(desk, tier, effective, message):
    add(desk)
    desk.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(desk)
    with pytest.raises(Refused, match=message):
        desk.portfolio.preview_tier_change("Acme", tier, effective)
    with pytest.raises(Refused, match=message):
        desk.portfolio.change_tier("Acme", tier, effective)
    assert snapshot(desk) == before


# ---------------------------------------------------------------- the table in bulk


def test_customer_table_has_this_months_consulting_for_every_customer(desk):
    add(desk)
    add(desk, name="Beta", tier=Tier.ENTERPRISE)
    add(desk, name="Free", tier=Tier.COMMUNITY)
    log(desk, "Acme", date(2026, 11, 2), 1.5)
    log(desk, "Acme", date(2026, 11, 20), 2)
    log(desk, "Acme", date(2026, 10, 30), 3)  # another month
    log(desk, "Beta", date(2026, 11, 3), 4, Category.DEVELOPMENT)  # another category
    rows = desk.portfolio.customer_table(Month(2026, 11))
    assert [(r.summary.name, r.consulting_seconds) for r in rows] == [
        ("Acme", 3.5 * 3600),
        ("Beta", 0),
        ("Free", 0),
    ]
    assert [r.summary for r in rows] == desk.portfolio.customers()
    assert [r.summary.name for r in desk.portfolio.customer_table(Month(2026, 11), "et")] == [
        "Beta"
    ]


def test_customer_table_takes_the_same_queries_for_3_or_30_customers(desk):
    def statements() -> int:
        count = 0

        def counted(*_args):
            nonlocal count
            count += 1

        event.listen(desk.engine, "before_cursor_execute", counted)
        try:
            desk.portfolio.customer_table(Month(2026, 11))
        finally:
            event.remove(desk.engine, "before_cursor_execute", counted)
        return count

    for n in range(3):
        add(desk, name=f"C{n}")
    few = statements()
    for n in range(3, 30):
        add(desk, name=f"C{n}")
        desk.portfolio.add_contact(f"C{n}", "P", f"p{n}@c.test", named=True)
    # 7: one of them finds the corrections, which count in their entry's month.
    assert statements() == few <= 7


def test_customer_table_tier_is_the_one_in_force_today(desk):
    add(desk)
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    desk.portfolio.change_tier("Acme", Tier.COMMUNITY, date(2026, 12, 1))
    (row,) = desk.portfolio.customer_table(Month(2026, 11))
    assert row.summary.tier is Tier.ENTERPRISE
