"""Every refusal about one input names that input (`Refused.field`), so that a form can
put the cursor there and a script can say which option to fix, whatever the wording."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from accountdesk.app import Desk
from accountdesk.domain.errors import Field, Refused
from accountdesk.domain.periods import Month
from accountdesk.domain.reviews import ReviewState
from accountdesk.domain.tiers import Category, Tier
from accountdesk.services.demo import generate_demo
from accountdesk.services.ledger import NewEntry
from accountdesk.services.portfolio import NewCustomer
from accountdesk.services.reports import Reports
from tests.conftest import snapshot

Action = Callable[[Desk], object]


@pytest.fixture
def world(desk: Desk) -> Desk:
    """Customers set up so that each refusal below has one cause:
    Acme (Professional, 2026 to 2027), Free (Community), Hours (an entry on 10 March),
    Changes (to Enterprise from 1 June), Issued (March 2026 issued)."""
    add = desk.portfolio.add_customer
    add(NewCustomer("Acme", Tier.PROFESSIONAL, date(2026, 1, 1), end=date(2027, 12, 31)))
    add(NewCustomer("Free", Tier.COMMUNITY, date(2026, 1, 1)))
    add(NewCustomer("Hours", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.ledger.log(entry(customer="Hours", day=date(2026, 3, 10)))
    add(NewCustomer("Changes", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.portfolio.change_tier("Changes", Tier.ENTERPRISE, date(2026, 6, 1))
    add(NewCustomer("Issued", Tier.PROFESSIONAL, date(2026, 1, 1)))
    desk.ledger.lock_month("Issued", Month(2026, 3))
    return desk


def entry(
    customer: str = "Acme",
    day: date = date(2026, 11, 3),
    seconds: int = 90,
    category: Category = Category.CONSULTING,
    engineer: str = "jdoe",
) -> NewEntry:
    return NewEntry(customer, day, seconds, category, engineer, "work")


def new(name: str = "Newco", **changes: object) -> NewCustomer:
    fields: dict[str, object] = {"tier": Tier.PROFESSIONAL, "start": date(2026, 1, 1)}
    return NewCustomer(name, **{**fields, **changes})  # type: ignore[arg-type]


def refused_field(desk: Desk, action: Action) -> Field | None:
    """The field `action`'s refusal names; and the refusal changed nothing."""
    before = snapshot(desk)
    with pytest.raises(Refused) as refused:
        action(desk)
    assert snapshot(desk) == before
    return refused.value.field


PORTFOLIO: dict[str, tuple[Action, Field]] = {
    "a new customer without a name": (lambda d: d.portfolio.add_customer(new("  ")), Field.NAME),
    "a name already taken": (lambda d: d.portfolio.add_customer(new("acme")), Field.NAME),
    "an unknown time zone": (
        lambda d: d.portfolio.add_customer(new(timezone="Mars/Base")),
        Field.TIMEZONE,
    ),
    "a language that is no code": (
        lambda d: d.portfolio.add_customer(new(language="english")),
        Field.LANGUAGE,
    ),
    "an unknown holiday calendar": (
        lambda d: d.portfolio.add_customer(new(holiday_calendar="XX")),
        Field.HOLIDAY_CALENDAR,
    ),
    "a negative monthly fee": (
        lambda d: d.portfolio.add_customer(new(monthly_fee=Decimal("-1"))),
        Field.MONTHLY_FEE,
    ),
    "a monthly fee with three decimals": (
        lambda d: d.portfolio.add_customer(new(monthly_fee=Decimal("1.005"))),
        Field.MONTHLY_FEE,
    ),
    "an end before the start": (
        lambda d: d.portfolio.add_customer(new(end=date(2025, 12, 31))),
        Field.END,
    ),
    "changing a customer that does not exist": (
        lambda d: d.portfolio.update_customer("Nobody", {"csm": "Ann"}),
        Field.CUSTOMER,
    ),
    "renaming to nothing": (
        lambda d: d.portfolio.update_customer("Acme", {"name": ""}),
        Field.NAME,
    ),
    "renaming to a name taken": (
        lambda d: d.portfolio.update_customer("Acme", {"name": "FREE"}),
        Field.NAME,
    ),
    "changing to an unknown time zone": (
        lambda d: d.portfolio.update_customer("Acme", {"timezone": "Nowhere"}),
        Field.TIMEZONE,
    ),
    "changing to a language that is no code": (
        lambda d: d.portfolio.update_customer("Acme", {"language": "e"}),
        Field.LANGUAGE,
    ),
    "changing to an unknown holiday calendar": (
        lambda d: d.portfolio.update_customer("Acme", {"holiday_calendar": "ZZ-9"}),
        Field.HOLIDAY_CALENDAR,
    ),
    "changing the tier in the details": (
        lambda d: d.portfolio.update_customer("Acme", {"tier": Tier.ENTERPRISE}),
        Field.TIER,
    ),
    "changing the fee in the details": (
        lambda d: d.portfolio.update_customer("Acme", {"monthly_fee": Decimal(5)}),
        Field.MONTHLY_FEE,
    ),
    "an end before the start, changed": (
        lambda d: d.portfolio.update_customer("Acme", {"end": date(2025, 6, 1)}),
        Field.END,
    ),
    "a start after an hours entry": (
        lambda d: d.portfolio.update_customer("Hours", {"start": date(2026, 4, 1)}),
        Field.START,
    ),
    "an end before an hours entry": (
        lambda d: d.portfolio.update_customer("Hours", {"end": date(2026, 3, 1)}),
        Field.END,
    ),
    "a start after a tier change": (
        lambda d: d.portfolio.update_customer("Changes", {"start": date(2026, 7, 1)}),
        Field.START,
    ),
    "an end before a tier change": (
        lambda d: d.portfolio.update_customer("Changes", {"end": date(2026, 5, 31)}),
        Field.END,
    ),
    "a start inside an issued month": (
        lambda d: d.portfolio.update_customer("Issued", {"start": date(2026, 3, 15)}),
        Field.START,
    ),
    "an end inside an issued month": (
        lambda d: d.portfolio.update_customer("Issued", {"end": date(2026, 3, 20)}),
        Field.END,
    ),
    "switching rollover once a month is issued": (
        lambda d: d.portfolio.update_customer("Issued", {"rollover": True}),
        Field.ROLLOVER,
    ),
    "a tier change for a customer that does not exist": (
        lambda d: d.portfolio.change_tier("Nobody", Tier.ENTERPRISE, date(2026, 11, 1)),
        Field.CUSTOMER,
    ),
    "a tier change outside the contract": (
        lambda d: d.portfolio.change_tier("Acme", Tier.ENTERPRISE, date(2028, 1, 1)),
        Field.EFFECTIVE,
    ),
    "a tier change before an issued month": (
        lambda d: d.portfolio.change_tier("Issued", Tier.ENTERPRISE, date(2026, 2, 1)),
        Field.EFFECTIVE,
    ),
    "a tier change to the tier in force": (
        lambda d: d.portfolio.change_tier("Acme", Tier.PROFESSIONAL, date(2026, 11, 1)),
        Field.TIER,
    ),
    "a tier change with a negative fee": (
        lambda d: d.portfolio.change_tier(
            "Acme", Tier.ENTERPRISE, date(2026, 11, 1), Decimal("-5")
        ),
        Field.MONTHLY_FEE,
    ),
    "a preview of a tier change before an issued month": (
        lambda d: d.portfolio.preview_tier_change("Issued", Tier.ENTERPRISE, date(2026, 3, 1)),
        Field.EFFECTIVE,
    ),
    "a contact without a name": (
        lambda d: d.portfolio.add_contact("Acme", " ", "ann@acme.test"),
        Field.NAME,
    ),
    "a contact without an e-mail address": (
        lambda d: d.portfolio.add_contact("Acme", "Ann", "ann at acme"),
        Field.EMAIL,
    ),
    "a contact of a customer that does not exist": (
        lambda d: d.portfolio.add_contact("Nobody", "Ann", "ann@acme.test"),
        Field.CUSTOMER,
    ),
    "a named contact the tier does not include": (
        lambda d: d.portfolio.add_contact("Free", "Ann", "ann@free.test", named=True),
        Field.NAMED,
    ),
    "a training seat the tier does not include": (
        lambda d: d.portfolio.add_contact("Free", "Ann", "ann@free.test", training_seat=True),
        Field.TRAINING_SEAT,
    ),
    "changing a contact that is gone": (
        lambda d: d.portfolio.update_contact(999_999, "Ann", "ann@acme.test", False, False),
        Field.CONTACT,
    ),
}


@pytest.mark.parametrize(("action", "field"), PORTFOLIO.values(), ids=PORTFOLIO.keys())
def test_portfolio_refusals_name_their_field(world: Desk, action: Action, field: Field) -> None:
    assert refused_field(world, action) is field


def test_a_full_training_seat_limit_names_its_field(world: Desk) -> None:
    for n in range(2):
        world.portfolio.add_contact("Acme", f"Seat {n}", f"s{n}@acme.test", training_seat=True)
    ann = world.portfolio.add_contact("Acme", "Ann", "ann@acme.test")
    assert (
        refused_field(
            world, lambda d: d.portfolio.update_contact(ann, "Ann", "a@a.test", False, True)
        )
        is Field.TRAINING_SEAT
    )


LEDGER: dict[str, tuple[Action, Field]] = {
    "hours for a customer that does not exist": (
        lambda d: d.ledger.log(entry(customer="Nobody")),
        Field.CUSTOMER,
    ),
    "no hours": (lambda d: d.ledger.log(entry(seconds=0)), Field.HOURS),
    "more than a day's hours": (lambda d: d.ledger.log(entry(seconds=24 * 3600 + 1)), Field.HOURS),
    "a day in the future": (lambda d: d.ledger.log(entry(day=date(2026, 11, 27))), Field.DAY),
    "a day outside the contract": (
        lambda d: d.ledger.log(entry(day=date(2025, 12, 31))),
        Field.DAY,
    ),
    "a day in an issued month": (
        lambda d: d.ledger.log(entry(customer="Issued", day=date(2026, 3, 2))),
        Field.DAY,
    ),
    "a category the tier does not include": (
        lambda d: d.ledger.log(entry(category=Category.DEVELOPMENT)),
        Field.CATEGORY,
    ),
    "no engineer": (lambda d: d.ledger.log(entry(engineer=" ")), Field.ENGINEER),
    "changing an entry that is gone": (
        lambda d: d.ledger.update(999_999, entry()),
        Field.ENTRY,
    ),
    "changing an entry to a future day": (
        lambda d: d.ledger.update(hours_entry(d), entry(customer="Hours", day=date(2027, 1, 4))),
        Field.DAY,
    ),
    "changing an entry to a customer that does not exist": (
        lambda d: d.ledger.update(hours_entry(d), entry(customer="Nobody")),
        Field.CUSTOMER,
    ),
    "changing an entry to no hours": (
        lambda d: d.ledger.update(hours_entry(d), entry(customer="Hours", seconds=0)),
        Field.HOURS,
    ),
    "moving an entry into an issued month": (
        lambda d: d.ledger.update(hours_entry(d), entry(customer="Issued", day=date(2026, 3, 2))),
        Field.DAY,
    ),
    "a correction without a reason": (
        lambda d: d.ledger.correct(hours_entry(d), 30, " "),
        Field.REASON,
    ),
    "a correction of an entry in an open month": (
        lambda d: d.ledger.correct(hours_entry(d), 30, "booked twice"),
        Field.ENTRY,
    ),
    "reopening without a reason": (
        lambda d: d.ledger.reopen_month("Issued", Month(2026, 3), ""),
        Field.REASON,
    ),
    "reopening a month not issued": (
        lambda d: d.ledger.reopen_month("Acme", Month(2026, 3), "a typo"),
        Field.MONTH,
    ),
    "issuing a month twice": (
        lambda d: d.ledger.lock_month("Issued", Month(2026, 3)),
        Field.MONTH,
    ),
}


def hours_entry(desk: Desk) -> int:
    return desk.ledger.entries("Hours", Month(2026, 3))[0].id


@pytest.mark.parametrize(("action", "field"), LEDGER.values(), ids=LEDGER.keys())
def test_ledger_refusals_name_their_field(world: Desk, action: Action, field: Field) -> None:
    assert refused_field(world, action) is field


def test_an_entry_of_an_issued_month_names_the_entry(world: Desk) -> None:
    world.ledger.lock_month("Hours", Month(2026, 3))
    fixed = hours_entry(world)
    assert refused_field(world, lambda d: d.ledger.update(fixed, entry("Hours"))) is Field.ENTRY
    assert refused_field(world, lambda d: d.ledger.delete(fixed)) is Field.ENTRY
    assert refused_field(world, lambda d: d.ledger.delete_many([fixed])) is Field.ENTRY
    assert refused_field(world, lambda d: d.ledger.correct(fixed, 90, "same")) is Field.HOURS


def test_review_refusals_name_their_field(world: Desk) -> None:
    planned = world.reviews.plan("Acme")
    later = max(planned, key=lambda r: r.due)
    assert refused_field(world, lambda d: d.reviews.mark(999_999, ReviewState.HELD)) is Field.REVIEW
    assert (
        refused_field(world, lambda d: d.reviews.mark(later.id, ReviewState.CANCELLED, reason=" "))
        is Field.REASON
    )
    assert (
        refused_field(world, lambda d: d.reviews.mark(later.id, ReviewState.MISSED)) is Field.STATE
    )
    assert (
        refused_field(world, lambda d: d.reviews.plan("Acme", until=date(2026, 1, 1)))
        is Field.UNTIL
    )
    assert refused_field(world, lambda d: d.reviews.plan("Nobody")) is Field.CUSTOMER


def test_report_refusals_name_their_field(world: Desk, tmp_path: Path) -> None:
    reports = Reports(world.sessions, world.clock, world.user)
    target = tmp_path / "report.pdf"
    cases: list[tuple[Action, Field]] = [
        (lambda d: reports.export("Acme", Month(2026, 12), target), Field.MONTH),
        (lambda d: reports.export("Acme", Month(2025, 12), target), Field.MONTH),
        (lambda d: reports.export("Free", Month(2026, 11), target), Field.MONTH),
        (lambda d: reports.export("Nobody", Month(2026, 11), target), Field.CUSTOMER),
        (lambda d: reports.export("Acme", Month(2026, 11), tmp_path), Field.FILE),
        (lambda d: reports.issue("Acme", Month(2026, 11), tmp_path), Field.FILE),
        (lambda d: reports.export("Acme", Month(2026, 11), tmp_path / "x" / "r.pdf"), Field.FILE),
        (lambda d: reports.issue("Acme", Month(2026, 11), tmp_path / "x" / "r.pdf"), Field.FILE),
        (lambda d: reports.issue("Issued", Month(2026, 3), target), Field.MONTH),
        (lambda d: reports.export_all(Month(2026, 11), tmp_path / "missing"), Field.FOLDER),
        (lambda d: reports.export_all(Month(2027, 1), tmp_path), Field.MONTH),
    ]
    for action, field in cases:
        assert refused_field(world, action) is field
    assert not target.exists()


def test_demo_refusals_name_their_field(desk: Desk) -> None:
    def demo(customers: int, months: int) -> Action:
        return lambda d: generate_demo(d.sessions, d.clock, customers, months)

    assert refused_field(desk, demo(0, 12)) is Field.CUSTOMERS
    assert refused_field(desk, demo(10**9, 12)) is Field.CUSTOMERS
    assert refused_field(desk, demo(5, 0)) is Field.MONTHS
    assert refused_field(desk, demo(5, 10**4)) is Field.MONTHS
