"""Customers, contract history, tier changes and named-contact limits."""

from datetime import date
from decimal import Decimal

import pytest

from accountdesk.domain.errors import Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.tiers import UNLIMITED, Tier
from accountdesk.services.portfolio import NewCustomer
from tests.conftest import snapshot


def add(desk, name="Acme", tier=Tier.PROFESSIONAL, start=date(2026, 1, 1), **kw):
    return desk.portfolio.add_customer(NewCustomer(name, tier, start, **kw))


def test_customer_is_stored_with_its_first_contract_term(desk):
    new_id = add(
        desk,
        csm="Ann",
        tam="Tom",
        timezone="Europe/Berlin",
        language="de",
        monthly_fee=Decimal("4500.00"),
    )
    detail = desk.portfolio.customer(new_id)
    assert detail.name == "Acme"
    assert detail.summary.tier is Tier.PROFESSIONAL
    assert (detail.summary.csm, detail.summary.tam) == ("Ann", "Tom")
    assert (detail.timezone, detail.language) == ("Europe/Berlin", "de")
    assert [(t.tier, t.effective_from, t.monthly_fee) for t in detail.terms] == [
        (Tier.PROFESSIONAL, date(2026, 1, 1), Decimal("4500.00"))
    ]


def test_the_window_knows_at_once_whether_there_is_any_customer(desk):
    # It shows its remembered view at once on a portfolio, the welcome page on none.
    assert desk.portfolio.any_customers() is False
    add(desk)
    assert desk.portfolio.any_customers() is True


def test_customers_are_found_by_id_or_name_in_any_case(desk):
    new_id = add(desk)
    assert desk.portfolio.customer(str(new_id)).name == "Acme"
    assert desk.portfolio.customer("Acme").id == new_id
    # Names are unique in any case, so a name typed in another case is unambiguous.
    assert desk.portfolio.customer("acme").id == new_id
    with pytest.raises(Refused, match="no customer called 'acmee'"):
        desk.portfolio.customer("acmee")


@pytest.mark.parametrize(
    "name",
    ['Zoë & <Sons> "Ltd"', "O'Brien; DROP TABLE customer;--", "株式会社テスト", "Rocket 🚀 Labs"],
)
def test_names_with_markup_quotes_emoji_and_japanese_are_stored_intact(desk, name):
    new_id = add(desk, name=name)
    assert desk.portfolio.customer(new_id).name == name
    assert desk.portfolio.customer(name).id == new_id
    assert [c.name for c in desk.portfolio.customers(search=name[:4])] == [name]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"name": "  "}, "needs a name"),
        ({"timezone": "Mars/Olympus"}, "not a time zone"),
        ({"language": "english"}, "not a language code"),
        ({"end": date(2025, 12, 31)}, "cannot end"),
        ({"holiday_calendar": "XX"}, "not a holiday calendar"),
    ],
)
def test_bad_customer_is_refused_and_nothing_is_stored(desk, change, message):
    before = snapshot(desk)
    with pytest.raises(Refused, match=message):
        add(desk, **change)
    assert snapshot(desk) == before


def test_duplicate_name_is_refused_ignoring_case(desk):
    add(desk)
    before = snapshot(desk)
    with pytest.raises(Refused, match="already exists"):
        add(desk, name="ACME")
    assert snapshot(desk) == before


def test_tier_change_adds_a_term_and_keeps_history(desk):
    add(desk)
    detail = desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    assert [(t.tier, t.effective_from, t.effective_to) for t in detail.terms] == [
        (Tier.PROFESSIONAL, date(2026, 1, 1), date(2026, 11, 15)),
        (Tier.ENTERPRISE, date(2026, 11, 16), None),
    ]
    assert detail.summary.tier is Tier.ENTERPRISE
    assert detail.summary.named_contact_limit is UNLIMITED


def test_tier_change_prorates_the_month(desk):
    add(desk)
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 16))
    usage = desk.entitlements.usage("Acme", Month(2026, 11))
    assert usage.fee == Decimal("15000.00")
    assert usage.tiers == (Tier.PROFESSIONAL, Tier.ENTERPRISE)


@pytest.mark.parametrize(
    ("tier", "effective", "message"),
    [
        (Tier.ENTERPRISE, date(2025, 12, 1), "outside Acme's contract"),
        (Tier.PROFESSIONAL, date(2026, 6, 1), "already on Professional"),
    ],
)
def test_bad_tier_change_is_refused_and_nothing_changes(desk, tier, effective, message):
    add(desk)
    before = snapshot(desk)
    with pytest.raises(Refused, match=message):
        desk.portfolio.change_tier("Acme", tier, effective)
    assert snapshot(desk) == before


def test_tier_change_into_an_issued_month_is_refused(desk):
    add(desk)
    desk.ledger.lock_month("Acme", Month(2026, 10))
    before = snapshot(desk)
    with pytest.raises(Refused, match="already issued"):
        desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 10, 20))
    assert snapshot(desk) == before
    desk.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2026, 11, 1))


def test_eleventh_named_contact_on_professional_is_refused_naming_the_limit(desk):
    add(desk)
    for n in range(10):
        desk.portfolio.add_contact("Acme", f"Person {n}", f"p{n}@acme.test", named=True)
    before = snapshot(desk)
    with pytest.raises(Refused, match="includes 10 named support contacts"):
        desk.portfolio.add_contact("Acme", "Eleven", "p11@acme.test", named=True)
    assert snapshot(desk) == before
    desk.portfolio.add_contact("Acme", "Not named", "x@acme.test")  # unnamed ones are free
    assert desk.portfolio.customer("Acme").summary.named_contacts == 10


def test_a_named_contact_who_left_makes_room_for_the_next(desk):
    add(desk)
    ids = [
        desk.portfolio.add_contact("Acme", f"Person {n}", f"p{n}@acme.test", named=True)
        for n in range(10)
    ]
    left = desk.portfolio.remove_contact(ids[3])
    assert (left.name, left.named) == ("Person 3", True)
    desk.portfolio.add_contact("Acme", "Successor", "s@acme.test", named=True)
    detail = desk.portfolio.customer("Acme")
    assert detail.summary.named_contacts == 10
    assert "Person 3" not in [c.name for c in detail.contacts]


def test_editing_a_contact_keeps_its_own_place_under_the_limit(desk):
    add(desk)
    ids = [
        desk.portfolio.add_contact("Acme", f"Person {n}", f"p{n}@acme.test", named=True)
        for n in range(10)
    ]
    name = "Ann Ó'Neil <CTO>"
    changed = desk.portfolio.update_contact(ids[0], name, "ann@acme.test", True, False)
    assert (changed.name, changed.email, changed.named) == (name, "ann@acme.test", True)
    spare = desk.portfolio.add_contact("Acme", "Spare", "spare@acme.test")
    before = snapshot(desk)
    with pytest.raises(Refused, match="includes 10 named support contacts"):
        desk.portfolio.update_contact(spare, "Spare", "spare@acme.test", True, False)
    with pytest.raises(Refused, match="not an e-mail address"):
        desk.portfolio.update_contact(ids[1], "Person 1", "nowhere", True, False)
    with pytest.raises(Refused, match="no contact"):
        desk.portfolio.update_contact(99_999, "X", "x@acme.test", False, False)
    with pytest.raises(Refused, match="no contact"):
        desk.portfolio.remove_contact(99_999)
    assert snapshot(desk) == before
    desk.portfolio.update_contact(ids[1], "Person 1", "p1@acme.test", False, False)
    desk.portfolio.update_contact(spare, "Spare", "spare@acme.test", True, False)  # room now
    assert desk.portfolio.customer("Acme").summary.named_contacts == 10


def test_community_has_no_named_contacts_and_enterprise_unlimited(desk):
    add(desk, name="Free", tier=Tier.COMMUNITY)
    with pytest.raises(Refused, match="includes no named support contacts"):
        desk.portfolio.add_contact("Free", "A", "a@free.test", named=True)
    add(desk, name="Big", tier=Tier.ENTERPRISE)
    for n in range(25):
        desk.portfolio.add_contact("Big", f"P{n}", f"p{n}@big.test", named=True)
    assert desk.portfolio.customer("Big").summary.named_contacts == 25


def test_downgrade_keeps_contacts_but_flags_the_account_over_its_limit(desk):
    add(desk, tier=Tier.ENTERPRISE)
    for n in range(12):
        desk.portfolio.add_contact("Acme", f"P{n}", f"p{n}@acme.test", named=True)
    desk.portfolio.change_tier("Acme", Tier.PROFESSIONAL, date(2026, 11, 1))
    summary = desk.portfolio.customer("Acme").summary
    assert summary.named_contacts == 12
    assert summary.over_contact_limit
    assert [c.over_contact_limit for c in desk.portfolio.customers()] == [True]


def test_training_seats_are_limited_by_tier(desk):
    add(desk)
    desk.portfolio.add_contact("Acme", "A", "a@acme.test", training_seat=True)
    desk.portfolio.add_contact("Acme", "B", "b@acme.test", training_seat=True)
    with pytest.raises(Refused, match="includes 2 online training seats"):
        desk.portfolio.add_contact("Acme", "C", "c@acme.test", training_seat=True)


def test_contact_needs_an_email_address(desk):
    add(desk)
    with pytest.raises(Refused, match="not an e-mail address"):
        desk.portfolio.add_contact("Acme", "A", "not-an-address")
